"""FAQ context: the programme a person last named in a chat, and the answers given (for 👎)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from .db import Database, to_db

KEEP_ANSWERS = timedelta(days=30)


@dataclass(frozen=True)
class Asked:
    """One answer the bot gave: whose, to which question, which entry, and what came next in the ranking."""

    id: int
    user_id: int
    chat_id: int
    lang: str
    question: str
    entry_id: str
    next_entries: tuple[str, ...]


class FaqContextRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    async def programme(self, chat_id: int, user_id: int) -> str | None:
        return await self.db.fetchval(
            "SELECT programme FROM faq_programme WHERE chat_id = ? AND user_id = ? ORDER BY id DESC LIMIT 1",
            (chat_id, user_id),
        )

    async def set_programme(self, chat_id: int, user_id: int, programme: str, now: datetime) -> None:
        async with self.db.transaction() as conn:
            await conn.execute("DELETE FROM faq_programme WHERE chat_id = ? AND user_id = ?", (chat_id, user_id))
            await conn.execute(
                "INSERT INTO faq_programme (chat_id, user_id, programme, updated_at) VALUES (?, ?, ?, ?)",
                (chat_id, user_id, programme, to_db(now)),
            )

    async def add_asked(self, *, user_id: int, chat_id: int, lang: str, question: str, entry_id: str,
                        next_entries: list[str], now: datetime) -> int:
        """Store an answer given (and drop this person's answers older than 30 days)."""
        async with self.db.transaction() as conn:
            await conn.execute("DELETE FROM faq_asked WHERE user_id = ? AND created_at < ?",
                               (user_id, to_db(now - KEEP_ANSWERS)))
            cur = await conn.execute(
                "INSERT INTO faq_asked (user_id, chat_id, lang, question, entry_id, next_entries, created_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (user_id, chat_id, lang, question, entry_id, ",".join(next_entries), to_db(now)),
            )
            return cur.lastrowid

    async def asked(self, asked_id: int) -> Asked | None:
        row = await self.db.fetchone("SELECT * FROM faq_asked WHERE id = ?", (asked_id,))
        if row is None:
            return None
        nxt = tuple(e for e in row["next_entries"].split(",") if e)
        return Asked(row["id"], row["user_id"], row["chat_id"], row["lang"], row["question"], row["entry_id"], nxt)
