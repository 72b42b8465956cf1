"""The reminder delivery round: which due slot goes out, late, missed or skipped; retries and pauses.

The scheduler (conversations/reminders/scheduler.py) calls ``DeliveryService.deliver_due`` with a
``send`` coroutine that talks to Telegram; this module decides, ``ReminderRepository`` only persists.
Before a message is sent its sent-log row is claimed (INSERT on the UNIQUE key, committed), so a
second round, a second process or a restart never sends it twice; a claim a crash left ``sending``
becomes ``uncertain`` at the next start and is not resent (at-most-once for that gap).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Awaitable, Callable

from .domain.reminders import Rule, Slot, cursor_at, decide, due_slots, local_to_utc, next_slot, to_local
from .storage.db import from_db
from .storage.reminders import Reminder, ReminderRepository

log = logging.getLogger(__name__)

RETRY_LATER = timedelta(seconds=30)


@dataclass
class Outgoing:
    """One message for the sender: the reminder, the slot and how it goes out."""

    reminder: Reminder
    slot: Slot
    late: bool = False
    snooze_id: int | None = None


@dataclass(frozen=True)
class Outcome:
    """What the sender reports: ``sent`` (with message id), ``gone`` (403: the chat is unreachable),
    ``uncertain`` (timed out: it may have arrived), ``retry`` (certainly not sent; try again later),
    ``failed`` (refused for good)."""

    status: str
    message_id: int | None = None
    chat_id: int | None = None


Sender = Callable[[Outgoing], Awaitable[Outcome]]

# How a sender's outcome is logged.
_FINAL = {"gone": "failed", "failed": "failed", "uncertain": "uncertain"}


@dataclass
class RoundStats:
    sent: int = 0
    late: int = 0
    missed: int = 0
    skipped: int = 0
    failed: int = 0
    gone_chats: int = 0


class DeliveryService:
    """Sends what is due, one message at a time (the sender waits out Telegram's limits)."""

    def __init__(self, repo: ReminderRepository) -> None:
        self.repo = repo

    async def deliver_due(
        self, now: Callable[[], datetime], started_at: datetime, grace: timedelta, send: Sender,
        should_stop: Callable[[], bool] = lambda: False, batch: int = 500,
    ) -> RoundStats:
        """Every due reminder slot, then every due snooze."""
        stats = RoundStats()
        gone: set[int] = set()
        seen: set[int] = set()
        while not should_stop():
            reminders = [r for r in await self.repo.due_reminders(now(), batch) if r.reminder_id not in seen]
            if not reminders:
                break
            for reminder in reminders:
                if should_stop():
                    return stats
                seen.add(reminder.reminder_id)
                if reminder.chat_id not in gone:
                    await self._deliver_reminder(reminder, now(), started_at, grace, send, stats, gone)
        if not should_stop():
            await self._deliver_snoozes(now(), started_at, send, stats, gone)
        return stats

    async def _deliver_reminder(self, reminder: Reminder, moment: datetime, started_at: datetime, grace: timedelta,
                                send: Sender, stats: RoundStats, gone: set[int]) -> None:
        repo, rid = self.repo, reminder.reminder_id
        done = await repo.done_occurrences(rid)
        cursor = reminder.cursor or cursor_at(moment)
        for decision in decide(due_slots(reminder.rule, cursor, moment, done), moment, started_at, grace):
            slot = decision.slot
            if decision.status in ("skipped", "missed"):
                if await repo.log.claim(rid, slot.occurrence, slot.slot, reminder.chat_id, decision.status, slot.fire_at, moment):
                    setattr(stats, decision.status, getattr(stats, decision.status) + 1)
                    if decision.status == "missed":
                        log.info("reminder %s occurrence %s missed (its day passed while the bot was down)",
                                 rid, slot.occurrence)
                cursor = slot.key
                continue
            if not await repo.log.claim(rid, slot.occurrence, slot.slot, reminder.chat_id, "sending", slot.fire_at, moment):
                cursor = slot.key  # handled before (a crash, or another round): never twice
                continue
            late = decision.status == "late"
            outcome = await send(Outgoing(reminder, slot, late=late))
            if outcome.status == "retry":
                await repo.log.release(rid, slot.occurrence, slot.slot)
                await repo.set_next(rid, moment + RETRY_LATER, cursor)
                return
            final = ("late" if late else "sent") if outcome.status == "sent" else _FINAL[outcome.status]
            await repo.log.finish(rid, slot.occurrence, slot.slot, final, outcome.message_id, moment)
            cursor = slot.key
            if outcome.status == "sent":
                stats.sent += 1
                stats.late += late
            elif outcome.status == "gone":
                await self._pause(outcome.chat_id or reminder.chat_id, gone)
                stats.gone_chats += 1
                return
            else:
                stats.failed += 1
        following = next_slot(reminder.rule, cursor, done)
        await repo.set_next(rid, following.fire_at if following else None, cursor)

    async def _pause(self, chat_id: int, gone: set[int]) -> None:
        gone.add(chat_id)
        await self.repo.deactivate_chat(chat_id)
        log.info("chat %s is unreachable; its reminders are paused", chat_id)

    async def _deliver_snoozes(self, moment: datetime, started_at: datetime, send: Sender,
                               stats: RoundStats, gone: set[int]) -> None:
        repo = self.repo
        for row in await repo.due_snoozes(moment):
            reminder = await repo.get(row["reminder_id"])
            if reminder is None or not reminder.active or reminder.chat_id in gone:
                continue
            rid, occurrence, slot_name = reminder.reminder_id, row["occurrence"], f"s{row['snooze_id']}"
            due_at = from_db(row["due_at"])
            done = await repo.is_done(rid, occurrence)
            claimed = await repo.log.claim(rid, occurrence, slot_name, reminder.chat_id,
                                       "skipped" if done else "sending", due_at, moment)
            await repo.delete_snooze(row["snooze_id"])
            if not claimed or done:
                continue
            slot = Slot(due_at, occurrence, 0, deadline_of(reminder.rule, occurrence))
            late = due_at < started_at
            outcome = await send(Outgoing(reminder, slot, late=late, snooze_id=row["snooze_id"]))
            if outcome.status == "retry":
                await repo.log.release(rid, occurrence, slot_name)
                await repo.snooze(rid, occurrence, moment + RETRY_LATER, None)
                continue
            final = ("late" if late else "sent") if outcome.status == "sent" else _FINAL[outcome.status]
            await repo.log.finish(rid, occurrence, slot_name, final, outcome.message_id, moment)
            if outcome.status == "sent":
                stats.sent += 1
            elif outcome.status == "gone":
                await self._pause(outcome.chat_id or reminder.chat_id, gone)


def deadline_of(rule: Rule, occurrence: str) -> datetime:
    """The UTC deadline of an occurrence named by its Helsinki date."""
    return local_to_utc(date.fromisoformat(occurrence), to_local(rule.due_at).time())
