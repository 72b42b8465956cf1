"""Users, group chats and their languages; and erasing everything about a user."""

from __future__ import annotations

import logging

from .db import Database, to_db, utcnow

log = logging.getLogger(__name__)

# Tables whose rows are bookkeeping, never personal data.
_SKIP_TABLES = {"schema_migrations", "processed_updates"}


class UserRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    async def language(self, user_id: int) -> str | None:
        return await self.db.fetchval("SELECT language FROM users WHERE user_id = ?", (user_id,))

    async def set_language(self, user_id: int, language: str) -> None:
        now = to_db(utcnow())
        await self.db.execute(
            "INSERT INTO users (user_id, language, created_at, updated_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(user_id) DO UPDATE SET language = excluded.language, updated_at = excluded.updated_at",
            (user_id, language, now, now),
        )

    async def erase(self, user_id: int) -> dict[str, int]:
        """Delete every row about a user in every table, found by the column conventions.

        Rows that only mention the user as an actor (``*_user_id``) are deleted too, unless the
        column may be empty: then the reference is cleared and the row (a group's reminder, say)
        stays for the others.
        """
        counts: dict[str, int] = {}
        tables = [t for t in await self.db.tables() if t not in _SKIP_TABLES]
        plan = [(table, await self.db.columns(table)) for table in tables]
        async with self.db.transaction() as conn:
            for table, columns in plan:
                changed = 0
                for name, not_null in columns:
                    if name.endswith("_user_id") and not not_null:
                        cur = await conn.execute(f'UPDATE "{table}" SET "{name}" = NULL WHERE "{name}" = ?', (user_id,))
                        changed += cur.rowcount
                where = [f'"{n}" = ?' for n, nn in columns if n in ("user_id", "chat_id") or (n.endswith("_user_id") and nn)]
                if where:
                    cur = await conn.execute(f'DELETE FROM "{table}" WHERE {" OR ".join(where)}', (user_id,) * len(where))
                    changed += cur.rowcount
                if changed:
                    counts[table] = changed
        log.info("erased user data: %s", counts)
        return counts


class ChatRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    async def language(self, chat_id: int) -> str | None:
        return await self.db.fetchval("SELECT language FROM chats WHERE chat_id = ?", (chat_id,))

    async def upsert(self, chat_id: int, chat_type: str, title: str | None, language: str | None = None) -> None:
        now = to_db(utcnow())
        await self.db.execute(
            "INSERT INTO chats (chat_id, type, title, language, active, created_at, updated_at) VALUES (?, ?, ?, ?, 1, ?, ?) "
            "ON CONFLICT(chat_id) DO UPDATE SET type = excluded.type, title = excluded.title, active = 1, "
            "language = COALESCE(excluded.language, chats.language), updated_at = excluded.updated_at",
            (chat_id, chat_type, title, language, now, now),
        )

    async def set_language(self, chat_id: int, chat_type: str, title: str | None, language: str) -> None:
        await self.upsert(chat_id, chat_type, title, language)

    async def set_active(self, chat_id: int, active: bool) -> None:
        await self.db.execute(
            "UPDATE chats SET active = ?, updated_at = ? WHERE chat_id = ?", (int(active), to_db(utcnow()), chat_id)
        )


    async def migrate(self, old_chat_id: int, new_chat_id: int) -> int:
        """A group upgraded to a supergroup: every row of the old chat id moves to the new one."""
        moved = 0
        tables = [t for t in await self.db.tables() if t not in _SKIP_TABLES]
        plan = [(t, [n for n, _ in await self.db.columns(t)]) for t in tables]
        async with self.db.transaction() as conn:
            if await (await conn.execute("SELECT 1 FROM chats WHERE chat_id = ?", (new_chat_id,))).fetchone():
                await conn.execute("DELETE FROM chats WHERE chat_id = ?", (old_chat_id,))
            for table, columns in plan:
                if "chat_id" in columns:
                    cur = await conn.execute(f'UPDATE "{table}" SET chat_id = ? WHERE chat_id = ?', (new_chat_id, old_chat_id))
                    moved += cur.rowcount
        log.info("moved %d rows from chat %s to %s", moved, old_chat_id, new_chat_id)
        return moved


class UpdateLog:
    """Which updates have been handled, so a redelivery after a crash is not applied twice."""

    def __init__(self, db: Database) -> None:
        self.db = db

    async def seen(self, update_ids: list[int]) -> set[int]:
        if not update_ids:
            return set()
        marks = ",".join("?" * len(update_ids))
        rows = await self.db.fetchall(f"SELECT update_id FROM processed_updates WHERE update_id IN ({marks})", update_ids)
        return {row[0] for row in rows}

    async def mark(self, update_ids: list[int]) -> None:
        if not update_ids:
            return
        now = to_db(utcnow())
        if len(update_ids) == 1:  # the usual case: one statement, atomic on its own, one hop to the database thread
            await self.db.execute("INSERT OR IGNORE INTO processed_updates (update_id, processed_at) VALUES (?, ?)",
                                  (update_ids[0], now))
            return
        await self.db.executemany("INSERT OR IGNORE INTO processed_updates (update_id, processed_at) VALUES (?, ?)",
                                  [(uid, now) for uid in update_ids])

    async def highest(self) -> int | None:
        """The newest update handled; anything newer cannot have been handled before a restart."""
        return await self.db.fetchval("SELECT MAX(update_id) FROM processed_updates")

    async def prune(self, keep_after_id: int) -> None:
        """Telegram never redelivers a confirmed update, so old marks can go."""
        await self.db.execute("DELETE FROM processed_updates WHERE update_id < ?", (keep_after_id,))
