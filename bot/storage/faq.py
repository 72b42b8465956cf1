"""FAQ feedback, unanswered questions and the advisor questions (with their outbox)."""

from __future__ import annotations

import sqlite3
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

    # -- advisor questions ------------------------------------------------------------------------

    async def add_advisor_question(self, *, user_id: int, first_name: str, lang: str, question: str,
                                   unanswered_id: int | None, now: datetime) -> int | None:
        """Stored first (as pending), so the question survives a failed forward or a restart.

        None when this unanswered question was already sent (the button pressed twice)."""
        async with self.db.transaction() as conn:
            cursor = await conn.execute(
                "INSERT OR IGNORE INTO advisor_questions (user_id, first_name, lang, question, unanswered_id, status, "
                "created_at) VALUES (?, ?, ?, ?, ?, 'pending', ?)",
                (user_id, first_name, lang, question, unanswered_id, to_db(now)),
            )
            return cursor.lastrowid if cursor.rowcount else None

    async def advisor_question(self, question_id: int) -> sqlite3.Row | None:
        return await self.db.fetchone("SELECT * FROM advisor_questions WHERE id = ?", (question_id,))

    async def pending_forwards(self) -> list[sqlite3.Row]:
        return await self.db.fetchall("SELECT * FROM advisor_questions WHERE status = 'pending' ORDER BY id")

    async def mark_forwarded(self, question_id: int, chat_id: int, message_id: int, now: datetime) -> None:
        await self.db.execute(
            "UPDATE advisor_questions SET status = 'forwarded', coordinator_chat_id = ?, forwarded_message_id = ?, "
            "forwarded_at = ?, attempts = attempts + 1, last_error = NULL WHERE id = ? AND status = 'pending'",
            (chat_id, message_id, to_db(now), question_id),
        )

    async def forward_failed(self, question_id: int, error: str) -> None:
        await self.db.execute(
            "UPDATE advisor_questions SET attempts = attempts + 1, last_error = ? WHERE id = ?",
            (error[:200], question_id),
        )

    async def by_forwarded_message(self, chat_id: int, message_id: int) -> sqlite3.Row | None:
        return await self.db.fetchone(
            "SELECT * FROM advisor_questions WHERE coordinator_chat_id = ? AND forwarded_message_id = ?",
            (chat_id, message_id),
        )

    async def record_answer(self, question_id: int, answer: str, advisor_user_id: int, now: datetime) -> bool:
        """Store an advisor's reply for delivery; False when the question was already answered."""
        changed = await self.db.execute(
            "UPDATE advisor_questions SET status = 'answered', answer = ?, answered_by_user_id = ?, "
            "answered_at = ?, delivery = 'pending' WHERE id = ? AND status = 'forwarded'",
            (answer, advisor_user_id, to_db(now), question_id),
        )
        return changed > 0

    async def pending_deliveries(self) -> list[sqlite3.Row]:
        return await self.db.fetchall(
            "SELECT * FROM advisor_questions WHERE status = 'answered' AND delivery = 'pending' ORDER BY id"
        )

    async def set_delivery(self, question_id: int, delivery: str) -> None:
        await self.db.execute("UPDATE advisor_questions SET delivery = ? WHERE id = ?", (delivery, question_id))

    async def open_questions(self, limit: int = 20) -> list[sqlite3.Row]:
        """Questions not answered yet, oldest first (pending ones have not reached the chat yet)."""
        return await self.db.fetchall(
            "SELECT * FROM advisor_questions WHERE status IN ('pending', 'forwarded') ORDER BY id LIMIT ?", (limit,)
        )

    async def count_open(self) -> int:
        return await self.db.fetchval(
            "SELECT COUNT(*) FROM advisor_questions WHERE status IN ('pending', 'forwarded')"
        )
