"""Runs the real bot (PTB Application, HTTP stack, SQLite file) against the fake Bot API."""

from __future__ import annotations

import asyncio
import io
import sqlite3
from pathlib import Path
from typing import Any

from bot.app import BotProcess
from bot.settings import Settings

from .fakebot import FakeTelegram


def read_rows(db_path: Path, sql: str, params: tuple = ()) -> list[sqlite3.Row]:
    """Read the real database file from a second connection, as an inspector would."""
    conn = sqlite3.connect(db_path)
    conn.row_factory = sqlite3.Row
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


class BotHarness:
    def __init__(self, fake: FakeTelegram, db_path: Path, clock=None, **overrides: Any) -> None:
        self.fake = fake
        self.clock = clock
        self.db_path = db_path
        self.overrides = overrides
        self.process: BotProcess | None = None
        self.task: asyncio.Task | None = None

    @property
    def settings(self) -> Settings:
        values: dict[str, Any] = dict(
            telegram_bot_token=self.fake.token,
            telegram_api_base_url=self.fake.base_url,
            telegram_api_file_url=self.fake.file_url,
            database_path=self.db_path,
            default_language="fi",
            poll_timeout=5,
            log_level="DEBUG",
        )
        values.update(self.overrides)
        return Settings(_env_file=None, **values)

    @property
    def application(self):
        return self.process.application

    @property
    def services(self):
        return self.process.application.bot_data["services"]

    async def start(self) -> "BotHarness":
        self.process = BotProcess(self.settings, self.clock)
        await self.process.start()
        self.task = asyncio.create_task(self.process.run())
        return self

    async def stop(self) -> None:
        if self.process is None:
            return
        self.process.stop_event.set()
        await asyncio.wait_for(self.task, 15)
        self.process = None
        self.task = None

    async def restart(self, **overrides: Any) -> "BotHarness":
        await self.stop()
        self.overrides.update(overrides)
        return await self.start()

    def rows(self, sql: str, params: tuple = ()) -> list[sqlite3.Row]:
        return read_rows(self.db_path, sql, params)

    def rows_mentioning(self, value: int) -> dict[str, int]:
        """Every table and how many of its rows contain ``value`` in any column."""
        conn = sqlite3.connect(self.db_path)
        try:
            found: dict[str, int] = {}
            tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
            for table in tables:
                columns = [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')]
                where = " OR ".join(f'"{c}" = ? OR CAST("{c}" AS TEXT) LIKE ?' for c in columns)
                params = []
                for _ in columns:
                    params += [value, f"%{value}%"]
                count = conn.execute(f'SELECT COUNT(*) FROM "{table}" WHERE {where}', params).fetchone()[0]
                if count:
                    found[table] = count
            return found
        finally:
            conn.close()


def docx_text(data: bytes) -> str:
    """Every paragraph, table cell and footer of a DOCX as one string."""
    from docx import Document  # noqa: PLC0415 - only the paper tests need it

    doc = Document(io.BytesIO(data))
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    for section in doc.sections:
        parts.extend(p.text for p in section.footer.paragraphs)
    return "\n".join(parts)
