"""Advisor tickets: questions sent to the advisors, every copy's message id, and the claims that make
forwarding and delivery happen once.

Every state change is a conditional ``UPDATE … WHERE state = …``: the caller that changes the row is
the one that may act (send), so a reply handler and the outbox job, or two processes, never both do.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime

from .db import Database, to_db

MAX_FORWARD_ATTEMPTS = 3
# Decisions under which the FAQ offers "send to an advisor" (in a private chat): the stored offer.
OFFERED_DECISIONS = ("suggest", "none", "downvoted")  # where the bot shows "send to an advisor"


class HandoffRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    # -- the offer and the ticket -------------------------------------------------------------------

    async def offered_question(self, unanswered_id: int, user_id: int) -> str | None:
        """The question of an offer this bot made to this user (button shown), else None."""
        return await self.db.fetchval(
            "SELECT question FROM faq_unanswered WHERE id = ? AND user_id = ? AND chat_id = user_id "
            f"AND decision IN ({','.join('?' * len(OFFERED_DECISIONS))})",
            (unanswered_id, user_id, *OFFERED_DECISIONS),
        )

    async def open_ticket(self, *, user_id: int, first_name: str, lang: str, question: str, unanswered_id: int,
                          now: datetime) -> int | None:
        """Stored first (as pending); None when this offer already has a ticket (pressed twice)."""
        async with self.db.transaction() as conn:
            cursor = await conn.execute(
                "INSERT OR IGNORE INTO advisor_questions (user_id, first_name, lang, question, unanswered_id, status, "
                "created_at) VALUES (?, ?, ?, ?, ?, 'pending', ?)",
                (user_id, first_name, lang, question, unanswered_id, to_db(now)),
            )
            return cursor.lastrowid if cursor.rowcount else None

    async def ticket(self, ticket_id: int) -> sqlite3.Row | None:
        return await self.db.fetchone("SELECT * FROM advisor_questions WHERE id = ?", (ticket_id,))

    # -- forwarding -------------------------------------------------------------------------------

    async def claim_forward(self, ticket_id: int) -> int | None:
        """Take a ticket for one forward attempt; the attempt number, or None if someone else has it."""
        async with self.db.transaction() as conn:
            cursor = await conn.execute(
                "UPDATE advisor_questions SET status = 'sending', attempts = attempts + 1 WHERE id = ? AND "
                "(status = 'pending' OR (status = 'uncertain' AND attempts < ?))",
                (ticket_id, MAX_FORWARD_ATTEMPTS),
            )
            if not cursor.rowcount:
                return None
            row = await (await conn.execute("SELECT attempts FROM advisor_questions WHERE id = ?", (ticket_id,))).fetchone()
            return row[0]

    async def forwarded(self, ticket_id: int, chat_id: int, message_id: int, now: datetime) -> None:
        """The copy arrived: remember its id; the ticket waits for a reply (unless one came already)."""
        async with self.db.transaction() as conn:
            await conn.execute(
                "INSERT OR IGNORE INTO advisor_messages (question_id, chat_id, message_id) VALUES (?, ?, ?)",
                (ticket_id, chat_id, message_id),
            )
            await conn.execute(
                "UPDATE advisor_questions SET status = 'forwarded', forwarded_at = ?, last_error = NULL "
                "WHERE id = ? AND status = 'sending'", (to_db(now), ticket_id),
            )

    async def forward_refused(self, ticket_id: int, error: str) -> None:
        """Telegram definitely did not post it (chat unreachable): back to the outbox."""
        await self.db.execute(
            "UPDATE advisor_questions SET status = 'pending', last_error = ? WHERE id = ? AND status = 'sending'",
            (error[:200], ticket_id),
        )

    async def forward_uncertain(self, ticket_id: int, error: str) -> None:
        """The request may or may not have been posted (response lost): replies to any copy count."""
        await self.db.execute(
            "UPDATE advisor_questions SET status = 'uncertain', last_error = ? WHERE id = ? AND status = 'sending'",
            (error[:200], ticket_id),
        )

    async def recover_after_crash(self) -> None:
        """At start-up, before any worker runs: a claim left by a killed process has an unknown outcome."""
        async with self.db.transaction() as conn:
            await conn.execute("UPDATE advisor_questions SET status = 'uncertain' WHERE status = 'sending'")
            await conn.execute("UPDATE advisor_questions SET delivery = 'uncertain' WHERE delivery = 'sending'")

    async def to_forward(self) -> list[int]:
        rows = await self.db.fetchall(
            "SELECT id FROM advisor_questions WHERE status = 'pending' OR (status = 'uncertain' AND attempts < ?) "
            "ORDER BY id", (MAX_FORWARD_ATTEMPTS,))
        return [row[0] for row in rows]

    async def by_message(self, chat_id: int, message_id: int) -> sqlite3.Row | None:
        return await self.db.fetchone(
            "SELECT q.* FROM advisor_messages m JOIN advisor_questions q ON q.id = m.question_id "
            "WHERE m.chat_id = ? AND m.message_id = ?", (chat_id, message_id))

    async def learn_copy(self, ticket_id: int, chat_id: int, message_id: int) -> None:
        """A reply revealed a copy whose send response was lost: record its id too."""
        await self.db.execute(
            "INSERT OR IGNORE INTO advisor_messages (question_id, chat_id, message_id) VALUES (?, ?, ?)",
            (ticket_id, chat_id, message_id))

    async def copies(self, ticket_id: int) -> list[tuple[int, int]]:
        rows = await self.db.fetchall("SELECT chat_id, message_id FROM advisor_messages WHERE question_id = ?", (ticket_id,))
        return [(row[0], row[1]) for row in rows]

    # -- answers and delivery ---------------------------------------------------------------------

    async def record_answer(self, ticket_id: int, answer: str, advisor_user_id: int, now: datetime) -> bool:
        """Store an advisor's reply for delivery; False when the question was already answered."""
        changed = await self.db.execute(
            "UPDATE advisor_questions SET status = 'answered', answer = ?, answered_by_user_id = ?, answered_at = ?, "
            "delivery = 'pending' WHERE id = ? AND status IN ('sending', 'uncertain', 'forwarded')",
            (answer, advisor_user_id, to_db(now), ticket_id),
        )
        return changed > 0

    async def claim_delivery(self, ticket_id: int, *, resend: bool = False) -> bool:
        """Take an answer for sending (``resend``: one whose earlier send may not have arrived)."""
        state = "uncertain" if resend else "pending"
        changed = await self.db.execute(
            "UPDATE advisor_questions SET delivery = 'sending' WHERE id = ? AND delivery = ?", (ticket_id, state))
        return changed > 0

    async def set_delivery(self, ticket_id: int, delivery: str) -> None:
        await self.db.execute(
            "UPDATE advisor_questions SET delivery = ? WHERE id = ? AND delivery = 'sending'", (delivery, ticket_id))

    async def to_deliver(self) -> list[int]:
        rows = await self.db.fetchall("SELECT id FROM advisor_questions WHERE delivery = 'pending' ORDER BY id")
        return [row[0] for row in rows]

    async def uncertain_deliveries(self) -> list[sqlite3.Row]:
        return await self.db.fetchall("SELECT * FROM advisor_questions WHERE delivery = 'uncertain' ORDER BY id")

    # -- the advisors' view -----------------------------------------------------------------------

    async def open_questions(self, limit: int = 20) -> list[sqlite3.Row]:
        """Questions not answered yet, oldest first (pending ones have not reached the chat yet)."""
        return await self.db.fetchall(
            "SELECT * FROM advisor_questions WHERE status != 'answered' ORDER BY id LIMIT ?", (limit,))

    async def count_open(self) -> int:
        return await self.db.fetchval("SELECT COUNT(*) FROM advisor_questions WHERE status != 'answered'")

    async def tickets_of(self, user_id: int) -> list[tuple[int, str, list[tuple[int, int]]]]:
        """(id, status, copies in the advisors' chat) of each of a user's tickets (read before an erase)."""
        rows = await self.db.fetchall(
            "SELECT q.id, q.status, m.chat_id, m.message_id FROM advisor_questions q "
            "LEFT JOIN advisor_messages m ON m.question_id = q.id WHERE q.user_id = ? ORDER BY q.id", (user_id,))
        tickets: dict[int, tuple[int, str, list[tuple[int, int]]]] = {}
        for row in rows:
            ticket = tickets.setdefault(row[0], (row[0], row[1], []))
            if row[2] is not None:
                ticket[2].append((row[2], row[3]))
        return list(tickets.values())

    # -- where the advisors' group is -------------------------------------------------------------

    async def current_chat(self, configured_id: int) -> int:
        moved = await self.db.fetchval("SELECT chat_id FROM advisor_chat WHERE configured_id = ?", (configured_id,))
        return configured_id if moved is None else moved

    async def chat_moved(self, configured_id: int, new_chat_id: int, now: datetime) -> None:
        await self.db.execute(
            "INSERT INTO advisor_chat (configured_id, chat_id, updated_at) VALUES (?, ?, ?) "
            "ON CONFLICT (configured_id) DO UPDATE SET chat_id = excluded.chat_id, updated_at = excluded.updated_at",
            (configured_id, new_chat_id, to_db(now)))
