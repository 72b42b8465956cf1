"""The database connection, transactions and migrations."""

from __future__ import annotations

import asyncio
import logging
import os
import sqlite3
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, AsyncIterator, Iterable

import aiosqlite

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def utcnow() -> datetime:
    return datetime.now(UTC)


def to_db(moment: datetime) -> str:
    """Store moments as ISO 8601 UTC text; they sort and compare correctly as strings."""
    if moment.tzinfo is None:
        raise ValueError("naive datetime")
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def from_db(text: str | None) -> datetime | None:
    if text is None:
        return None
    return datetime.strptime(text, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)


class _Cursor:
    """The part of aiosqlite's cursor the repositories use, over a finished sqlite3 cursor."""

    def __init__(self, cursor: sqlite3.Cursor) -> None:
        self._cursor = cursor
        self.rowcount = cursor.rowcount
        self.lastrowid = cursor.lastrowid

    async def fetchone(self) -> sqlite3.Row | None:
        return self._cursor.fetchone()

    async def fetchall(self) -> list[sqlite3.Row]:
        return self._cursor.fetchall()

    async def close(self) -> None:
        self._cursor.close()


class _Inline:
    """What ``transaction()`` yields: ``await conn.execute(...)`` as with aiosqlite, run in place."""

    def __init__(self, raw: sqlite3.Connection) -> None:
        self._raw = raw

    async def execute(self, sql: str, params: Iterable[Any] = ()) -> _Cursor:
        return _Cursor(self._raw.execute(sql, tuple(params)))

    async def executemany(self, sql: str, rows: Iterable[Iterable[Any]]) -> _Cursor:
        return _Cursor(self._raw.executemany(sql, [tuple(r) for r in rows]))


class Database:
    """A single SQLite connection shared by the whole bot.

    The short statements the bot makes (a row by key, an insert; well under a millisecond in WAL mode)
    run in place on the event loop: handing each to aiosqlite's worker thread and back cost more CPU
    than the statement itself (measured in bench/cost.py). aiosqlite still opens and closes the
    connection and runs the long jobs (migrations, backups) on its thread. ``transaction()`` serialises
    writers with a lock; a transaction's statements run without yielding, so nothing interleaves.
    """

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self._conn: aiosqlite.Connection | None = None
        self._write_lock = asyncio.Lock()

    async def connect(self) -> "Database":
        if str(self.path) != ":memory:":
            self.path.parent.mkdir(parents=True, exist_ok=True)
            private_file(self.path)
        # check_same_thread=False: statements run in place on the loop's thread (see the class docstring).
        self._conn = await aiosqlite.connect(self.path, isolation_level=None, check_same_thread=False)
        self._conn.row_factory = aiosqlite.Row
        # Deleted rows are overwritten with zeros, not just unlinked, so /deletedata leaves no trace in the file.
        await self._conn.execute("PRAGMA secure_delete=ON")
        await self._conn.execute("PRAGMA journal_mode=WAL")
        # NORMAL in WAL mode survives a process crash (SIGKILL); only a power cut can lose the last commits.
        await self._conn.execute("PRAGMA synchronous=NORMAL")
        await self._conn.execute("PRAGMA foreign_keys=ON")
        await self._conn.execute("PRAGMA busy_timeout=5000")
        return self

    async def close(self) -> None:
        if self._conn is not None:
            conn, self._conn = self._conn, None
            await conn.close()

    async def scrub(self) -> None:
        """Copy the WAL into the database file and truncate it, so deleted rows do not linger in ``-wal``.

        With ``secure_delete`` the pages a DELETE freed are zeroed in the WAL's newest copy, but the older
        copies of those pages (still holding the data) stay in the -wal file until a checkpoint resets it.
        """
        async with self._write_lock:
            busy, _, _ = await self._run(lambda c: c.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone())
        if busy:
            log.warning("WAL checkpoint after an erase was blocked by a reader; it runs again at the next erase")

    @property
    def conn(self) -> aiosqlite.Connection:
        if self._conn is None:
            raise RuntimeError("database is not connected")
        return self._conn

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[aiosqlite.Connection]:
        """A write transaction, committed when the block ends (before the bot answers anyone)."""
        async with self._write_lock:
            raw = self.conn._conn
            raw.execute("BEGIN IMMEDIATE")
            try:
                yield _Inline(raw)
            except BaseException:
                raw.execute("ROLLBACK")
                raise
            else:
                raw.execute("COMMIT")

    async def _run(self, fn):
        """Run ``fn(sqlite3_connection)`` in place (see the class docstring)."""
        return fn(self.conn._conn)  # aiosqlite keeps the sqlite3 connection here

    async def execute(self, sql: str, params: Iterable[Any] = ()) -> int:
        """One write statement, atomic on its own (autocommit); returns the number of changed rows."""
        params = tuple(params)
        async with self._write_lock:
            return await self._run(lambda c: c.execute(sql, params).rowcount)

    async def executemany(self, sql: str, rows: Iterable[Iterable[Any]]) -> int:
        """One statement for many rows in one transaction; returns the number of changed rows."""
        rows = [tuple(r) for r in rows]

        def work(c) -> int:
            c.execute("BEGIN IMMEDIATE")
            try:
                count = c.executemany(sql, rows).rowcount
            except BaseException:
                c.execute("ROLLBACK")
                raise
            c.execute("COMMIT")
            return count

        async with self._write_lock:
            return await self._run(work)

    async def insert(self, sql: str, params: Iterable[Any] = ()) -> int:
        """One INSERT, atomic on its own; returns the new row id."""
        params = tuple(params)
        async with self._write_lock:
            return await self._run(lambda c: c.execute(sql, params).lastrowid)

    async def fetchone(self, sql: str, params: Iterable[Any] = ()) -> sqlite3.Row | None:
        params = tuple(params)
        return await self._run(lambda c: c.execute(sql, params).fetchone())

    async def fetchall(self, sql: str, params: Iterable[Any] = ()) -> list[sqlite3.Row]:
        params = tuple(params)
        return await self._run(lambda c: c.execute(sql, params).fetchall())

    async def fetchval(self, sql: str, params: Iterable[Any] = ()) -> Any:
        row = await self.fetchone(sql, params)
        return None if row is None else row[0]

    # -- migrations ---------------------------------------------------------------------------

    async def migrate(self, directory: Path = MIGRATIONS_DIR) -> list[str]:
        """Apply every ``NNNN_name.sql`` not applied yet, each in its own transaction. Idempotent."""
        await self.conn.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations ("
            " version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
        )
        done = {row[0] for row in await self.fetchall("SELECT version FROM schema_migrations")}
        applied: list[str] = []
        for path in sorted(directory.glob("[0-9][0-9][0-9][0-9]_*.sql")):
            version = int(path.name[:4])
            if version in done:
                continue
            script = path.read_text(encoding="utf-8")
            async with self._write_lock:
                # executescript would commit on its own; wrapping it in BEGIN … COMMIT inside the
                # script keeps a half-applied migration from ever being recorded.
                try:
                    await self.conn.executescript(
                        "BEGIN IMMEDIATE;\n" + script + "\n;INSERT INTO schema_migrations VALUES "
                        f"({version}, '{path.stem}', '{to_db(utcnow())}');\nCOMMIT;"
                    )
                except Exception:
                    if self.conn.in_transaction:
                        await self.conn.execute("ROLLBACK")
                    raise
            applied.append(path.stem)
            log.info("applied migration %s", path.stem)
        return applied

    async def tables(self) -> list[str]:
        rows = await self.fetchall("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'")
        return [row[0] for row in rows]

    async def columns(self, table: str) -> list[tuple[str, bool]]:
        """(name, not null) for each column of a table."""
        rows = await self.fetchall(f'PRAGMA table_info("{table}")')
        return [(row["name"], bool(row["notnull"])) for row in rows]

    async def backup(self, target: Path) -> None:
        """A consistent copy of the live database with SQLite's online backup API."""
        target.parent.mkdir(parents=True, exist_ok=True)
        private_file(target)
        async with aiosqlite.connect(target) as dest:
            await self.conn.backup(dest)
            # A backup is a single file: no -wal for deleted data to linger in.
            await dest.execute("PRAGMA journal_mode=DELETE")


def private_file(path: Path) -> None:
    """Create (or tighten) a database file and its -wal/-shm siblings as readable by the owner only (0600)."""
    old = os.umask(0o077)
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        os.close(fd)
    finally:
        os.umask(old)
    for suffix in ("", "-wal", "-shm", "-journal"):
        sibling = Path(f"{path}{suffix}")
        if sibling.exists():
            os.chmod(sibling, 0o600)
