"""FAQ feedback and unanswered questions (the advisor tickets are in ``bot.storage.handoff``)."""

from __future__ import annotations

from datetime import datetime

from .db import Database, to_db


class FaqRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    # -- feedback and unanswered ----------------------------------------------------------------

    async def feedback(self, *, user_id: int, chat_id: int, message_id: int, entry_id: str, lang: str,
                       helpful: bool, now: datetime) -> None:
        """Store a 👍/👎; pressing again on the same answer changes the vote instead of adding one."""
        stamp = to_db(now)
        await self.db.execute(
            "INSERT INTO faq_feedback (user_id, chat_id, message_id, entry_id, lang, helpful, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (user_id, chat_id, message_id) DO UPDATE SET "
            "helpful = excluded.helpful, entry_id = excluded.entry_id, updated_at = excluded.updated_at",
            (user_id, chat_id, message_id, entry_id, lang, int(helpful), stamp, stamp),
        )

    async def unanswered(self, *, user_id: int, chat_id: int, lang: str, question: str, decision: str,
                         best_entry: str | None, confidence: float, now: datetime) -> int:
        return await self.db.insert(
            "INSERT INTO faq_unanswered (user_id, chat_id, lang, question, decision, best_entry, confidence, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (user_id, chat_id, lang, question, decision, best_entry, confidence, to_db(now)),
        )

    async def unanswered_question(self, row_id: int, user_id: int) -> str | None:
        """The text of one of this user's unanswered questions (someone else's id gives nothing)."""
        return await self.db.fetchval(
            "SELECT question FROM faq_unanswered WHERE id = ? AND user_id = ?", (row_id, user_id)
        )
