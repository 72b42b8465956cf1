"""The sent-log of reminders: one row per message slot ever handled, claimed (committed) before sending.

The UNIQUE key (reminder, occurrence, slot) makes a second round, a second process or a restart unable
to send a slot again; the row's message id lets a Done or snooze press be checked against the message
that reminded of that occurrence.
"""

from __future__ import annotations

import logging
from datetime import datetime

from .db import Database, to_db

log = logging.getLogger(__name__)


class SentLog:
    def __init__(self, db: Database) -> None:
        self.db = db

    async def recover_claims(self) -> int:
        """Claims left ``sending`` by a crash: the message may have gone out, so it is never resent."""
        count = await self.db.execute("UPDATE reminder_sent SET status = 'uncertain' WHERE status = 'sending'")
        if count:
            log.warning("%d reminder(s) were being sent when the bot stopped; not resent (at-most-once)", count)
        return count

    async def claim(self, reminder_id: int, occurrence: str, slot: str, chat_id: int, status: str,
                    fire_at: datetime, now: datetime) -> bool:
        """Insert the sent-log row (committed at once); False if that slot was handled before."""
        async with self.db.transaction() as conn:
            cur = await conn.execute(
                "INSERT OR IGNORE INTO reminder_sent (reminder_id, occurrence, slot, chat_id, status, fire_at, claimed_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                (reminder_id, occurrence, slot, chat_id, status, to_db(fire_at), to_db(now)),
            )
            return cur.rowcount == 1

    async def finish(self, reminder_id: int, occurrence: str, slot: str, status: str,
                     message_id: int | None, now: datetime) -> None:
        await self.db.execute(
            "UPDATE reminder_sent SET status = ?, message_id = ?, sent_at = ? WHERE reminder_id = ? AND occurrence = ? AND slot = ?",
            (status, message_id, to_db(now) if status in ("sent", "late") else None, reminder_id, occurrence, slot),
        )

    async def release(self, reminder_id: int, occurrence: str, slot: str) -> None:
        """Undo a claim for a message that certainly did not go out, so it is tried again."""
        await self.db.execute("DELETE FROM reminder_sent WHERE reminder_id = ? AND occurrence = ? AND slot = ?",
                              (reminder_id, occurrence, slot))

    async def rows(self, reminder_id: int) -> list:
        return await self.db.fetchall(
            "SELECT occurrence, slot, status FROM reminder_sent WHERE reminder_id = ? ORDER BY claimed_at, slot",
            (reminder_id,))

    async def sent_occurrence(self, reminder_id: int, message_id: int) -> str | None:
        """The occurrence the bot's message ``message_id`` reminded of (None: no such reminder message)."""
        return await self.db.fetchval(
            "SELECT occurrence FROM reminder_sent WHERE reminder_id = ? AND message_id = ?", (reminder_id, message_id))

    async def latest_sent_occurrence(self, reminder_id: int) -> str | None:
        """The newest occurrence a message went out for: the one a Done or snooze may apply to."""
        return await self.db.fetchval(
            "SELECT MAX(occurrence) FROM reminder_sent WHERE reminder_id = ? AND message_id IS NOT NULL", (reminder_id,))
