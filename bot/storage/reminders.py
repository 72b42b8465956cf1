"""Projects, reminders and snoozes, with the sent-log as ``repo.log``: persistence only (the delivery
decisions live in ``bot.reminder_delivery``).

The database is the source of truth. Each reminder row keeps a cursor (the last slot handled) and
``next_fire_at`` (when to look at it next); the scheduler only arms a timer for the smallest
``next_fire_at``. Before a message is sent its sent-log row is claimed with an INSERT on the UNIQUE
key (reminder, occurrence, slot) and committed, so a second round, a second process or a restart can
never send it again. If the bot dies after the claim and before the result is written, the row stays
``sending`` and is marked ``uncertain`` at the next start — not resent (at-most-once for that gap).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from ..domain.milestones import Milestone, ProjectPlan
from ..domain.reminders import (
    Cursor,
    Rule,
    cursor_at,
    format_leads,
    local_to_utc,
    next_slot,
    parse_leads,
)
from .db import Database, from_db, to_db
from .reminder_log import SentLog


@dataclass
class Reminder:
    reminder_id: int
    chat_id: int
    created_by_user_id: int | None
    project_id: int | None
    project_name: str | None
    kind: str
    number: int
    text: str
    rule: Rule
    active: bool
    next_fire_at: datetime | None
    cursor: Cursor | None


@dataclass
class Project:
    project_id: int
    chat_id: int
    name: str
    funding: str
    decision: date | None
    start: date
    end: date
    period_months: int | None


_SELECT = (
    "SELECT r.*, p.name AS project_name FROM reminders r LEFT JOIN projects p ON p.project_id = r.project_id"
)


def _row_to_reminder(row) -> Reminder:
    cursor = None
    if row["cursor_fire_at"] is not None:
        cursor = (from_db(row["cursor_fire_at"]), row["cursor_occurrence"], -row["cursor_lead"])
    return Reminder(
        reminder_id=row["reminder_id"],
        chat_id=row["chat_id"],
        created_by_user_id=row["created_by_user_id"],
        project_id=row["project_id"],
        project_name=row["project_name"],
        kind=row["kind"],
        number=row["number"],
        text=row["text"],
        rule=Rule(from_db(row["due_at"]), row["recurrence"], parse_leads(row["lead_days"])),
        active=bool(row["active"]),
        next_fire_at=from_db(row["next_fire_at"]),
        cursor=cursor,
    )


def _cursor_values(cursor: Cursor) -> tuple[str, str, int]:
    return to_db(cursor[0]), cursor[1], -cursor[2]


async def _finish(conn, draft_key: tuple[str, int, int] | None) -> None:
    if draft_key is not None:
        await conn.execute("DELETE FROM flow_drafts WHERE flow = ? AND chat_id = ? AND user_id = ?", draft_key)


class ReminderRepository:
    def __init__(self, db: Database) -> None:
        self.db = db
        self.log = SentLog(db)

    # -- projects ---------------------------------------------------------------------------------

    async def create_project(
        self, chat_id: int, user_id: int | None, plan: ProjectPlan, milestones: list[Milestone],
        at: time, lead_days: tuple[int, ...], now: datetime, finish_draft: tuple[str, int, int] | None = None,
    ) -> int:
        """The project and one reminder per confirmed milestone, in one transaction (which also
        deletes the set-up's draft ``(flow, chat_id, user_id)``, so a redelivered answer cannot save it twice)."""
        stamp = to_db(now)
        async with self.db.transaction() as conn:
            await _finish(conn, finish_draft)
            cur = await conn.execute(
                "INSERT INTO projects (chat_id, created_by_user_id, name, funding, decision_date, start_date, end_date,"
                " period_months, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (chat_id, user_id, plan.name, plan.funding, plan.decision.isoformat() if plan.decision else None,
                 plan.start.isoformat(), plan.end.isoformat(), plan.period_months, stamp),
            )
            project_id = cur.lastrowid
            for milestone in milestones:
                rule = Rule(local_to_utc(milestone.due, at), "none", lead_days)
                await self._insert(conn, chat_id, user_id, rule, "", milestone.kind, milestone.number, project_id, now)
        return project_id

    async def fundings(self, chat_id: int) -> set[str]:
        """The programmes ('leader', 'esr') of a chat's projects (read by the FAQ to break ties)."""
        rows = await self.db.fetchall("SELECT DISTINCT funding FROM projects WHERE chat_id = ?", (chat_id,))
        return {row["funding"] for row in rows}

    async def project(self, project_id: int) -> Project | None:
        row = await self.db.fetchone("SELECT * FROM projects WHERE project_id = ?", (project_id,))
        if row is None:
            return None
        return Project(row["project_id"], row["chat_id"], row["name"], row["funding"],
                       date.fromisoformat(row["decision_date"]) if row["decision_date"] else None,
                       date.fromisoformat(row["start_date"]), date.fromisoformat(row["end_date"]), row["period_months"])

    # -- reminders --------------------------------------------------------------------------------

    async def _insert(self, conn, chat_id, user_id, rule: Rule, text, kind, number, project_id, now: datetime) -> int:
        slot = next_slot(rule, cursor_at(now))
        stamp = to_db(now)
        cur = await conn.execute(
            "INSERT INTO reminders (chat_id, created_by_user_id, project_id, kind, number, text, due_at, recurrence,"
            " lead_days, active, next_fire_at, cursor_fire_at, cursor_occurrence, cursor_lead, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?)",
            (chat_id, user_id, project_id, kind, number, text, to_db(rule.due_at), rule.recurrence,
             format_leads(rule.lead_days), to_db(slot.fire_at) if slot else None, *_cursor_values(cursor_at(now)),
             stamp, stamp),
        )
        return cur.lastrowid

    async def create(self, chat_id: int, user_id: int | None, rule: Rule, text: str, now: datetime,
                     finish_draft: tuple[str, int, int] | None = None) -> int:
        """A reminder of one's own; the set-up's draft goes in the same transaction."""
        async with self.db.transaction() as conn:
            await _finish(conn, finish_draft)
            return await self._insert(conn, chat_id, user_id, rule, text, "custom", 0, None, now)

    async def get(self, reminder_id: int) -> Reminder | None:
        row = await self.db.fetchone(f"{_SELECT} WHERE r.reminder_id = ?", (reminder_id,))
        return _row_to_reminder(row) if row else None

    async def for_chat(self, chat_id: int, include_inactive: bool = False) -> list[Reminder]:
        """The chat's reminders, those with a next message first (soonest first)."""
        rows = await self.db.fetchall(
            f"{_SELECT} WHERE r.chat_id = ? {'' if include_inactive else 'AND r.active = 1'}"
            " ORDER BY r.next_fire_at IS NULL, r.next_fire_at, r.due_at, r.reminder_id",
            (chat_id,),
        )
        return [_row_to_reminder(r) for r in rows]

    async def count_inactive(self, chat_id: int) -> int:
        return await self.db.fetchval("SELECT COUNT(*) FROM reminders WHERE chat_id = ? AND active = 0", (chat_id,))

    async def delete(self, reminder_id: int) -> bool:
        return await self.db.execute("DELETE FROM reminders WHERE reminder_id = ?", (reminder_id,)) > 0

    async def done_occurrences(self, reminder_id: int) -> set[str]:
        rows = await self.db.fetchall("SELECT occurrence FROM reminder_done WHERE reminder_id = ?", (reminder_id,))
        return {r[0] for r in rows}

    async def _reschedule(self, conn, reminder_id: int, rule: Rule, cursor: Cursor, now: datetime) -> None:
        done = {r[0] for r in await (await conn.execute(
            "SELECT occurrence FROM reminder_done WHERE reminder_id = ?", (reminder_id,))).fetchall()}
        slot = next_slot(rule, cursor, done)
        await conn.execute(
            "UPDATE reminders SET next_fire_at = ?, cursor_fire_at = ?, cursor_occurrence = ?, cursor_lead = ?,"
            " updated_at = ? WHERE reminder_id = ?",
            (to_db(slot.fire_at) if slot else None, *_cursor_values(cursor), to_db(now), reminder_id),
        )

    async def change_rule(self, reminder_id: int, rule: Rule, now: datetime) -> None:
        """New recurrence or lead times; slots already in the past are not sent afterwards."""
        async with self.db.transaction() as conn:
            await conn.execute(
                "UPDATE reminders SET recurrence = ?, lead_days = ? WHERE reminder_id = ?",
                (rule.recurrence, format_leads(rule.lead_days), reminder_id),
            )
            await self._reschedule(conn, reminder_id, rule, cursor_at(now), now)

    async def mark_done(self, reminder: Reminder, occurrence: str, user_id: int | None, now: datetime) -> bool:
        """Mark an occurrence done; False if it already was."""
        async with self.db.transaction() as conn:
            cur = await conn.execute(
                "INSERT OR IGNORE INTO reminder_done (reminder_id, occurrence, done_by_user_id, done_at) VALUES (?, ?, ?, ?)",
                (reminder.reminder_id, occurrence, user_id, to_db(now)),
            )
            if cur.rowcount == 0:
                return False
            await self._reschedule(conn, reminder.reminder_id, reminder.rule, reminder.cursor or cursor_at(now), now)
            await conn.execute("DELETE FROM reminder_snoozes WHERE reminder_id = ? AND occurrence = ?",
                               (reminder.reminder_id, occurrence))
        return True

    async def is_done(self, reminder_id: int, occurrence: str) -> bool:
        return await self.db.fetchval(
            "SELECT 1 FROM reminder_done WHERE reminder_id = ? AND occurrence = ?", (reminder_id, occurrence)) is not None

    async def snooze(self, reminder_id: int, occurrence: str, due_at: datetime, user_id: int | None) -> bool:
        """A pending snooze for the occurrence; False (nothing changed) if one is already pending."""
        return await self.db.execute(
            "INSERT OR IGNORE INTO reminder_snoozes (reminder_id, occurrence, due_at, created_by_user_id)"
            " VALUES (?, ?, ?, ?)", (reminder_id, occurrence, to_db(due_at), user_id),
        ) == 1

    async def pending_snooze(self, reminder_id: int, occurrence: str) -> datetime | None:
        return from_db(await self.db.fetchval(
            "SELECT due_at FROM reminder_snoozes WHERE reminder_id = ? AND occurrence = ?", (reminder_id, occurrence)))

    async def delete_snooze(self, snooze_id: int) -> None:
        await self.db.execute("DELETE FROM reminder_snoozes WHERE snooze_id = ?", (snooze_id,))

    async def deactivate_chat(self, chat_id: int) -> int:
        """Telegram says the chat is unreachable (blocked, kicked): stop its reminders, keep them."""
        return await self.db.execute(
            "UPDATE reminders SET active = 0, next_fire_at = NULL WHERE chat_id = ? AND active = 1", (chat_id,))

    async def reactivate_chat(self, chat_id: int, now: datetime) -> int:
        """The chat is reachable again: its reminders resume from now on (nothing from the gap is sent)."""
        rows = await self.db.fetchall(f"{_SELECT} WHERE r.chat_id = ? AND r.active = 0", (chat_id,))
        async with self.db.transaction() as conn:
            for row in rows:
                reminder = _row_to_reminder(row)
                await conn.execute("UPDATE reminders SET active = 1 WHERE reminder_id = ?", (reminder.reminder_id,))
                await self._reschedule(conn, reminder.reminder_id, reminder.rule, cursor_at(now), now)
        return len(rows)

    # -- scheduling -------------------------------------------------------------------------------

    async def next_due(self) -> datetime | None:
        """The earliest moment anything needs the scheduler (a reminder slot or a snooze)."""
        first = await self.db.fetchval(
            "SELECT MIN(next_fire_at) FROM reminders WHERE active = 1 AND next_fire_at IS NOT NULL")
        snooze = await self.db.fetchval(
            "SELECT MIN(s.due_at) FROM reminder_snoozes s JOIN reminders r ON r.reminder_id = s.reminder_id"
            " WHERE r.active = 1")
        candidates = [from_db(x) for x in (first, snooze) if x is not None]
        return min(candidates) if candidates else None

    async def due_reminders(self, now: datetime, limit: int) -> list[Reminder]:
        rows = await self.db.fetchall(
            f"{_SELECT} WHERE r.active = 1 AND r.next_fire_at IS NOT NULL AND r.next_fire_at <= ?"
            " ORDER BY r.next_fire_at, r.reminder_id LIMIT ?",
            (to_db(now), limit),
        )
        return [_row_to_reminder(r) for r in rows]

    async def due_snoozes(self, now: datetime) -> list:
        return await self.db.fetchall(
            "SELECT s.snooze_id, s.occurrence, s.due_at, s.reminder_id FROM reminder_snoozes s"
            " JOIN reminders r ON r.reminder_id = s.reminder_id WHERE r.active = 1 AND s.due_at <= ? ORDER BY s.due_at",
            (to_db(now),),
        )

    async def set_next(self, reminder_id: int, next_fire_at: datetime | None, cursor: Cursor | None) -> None:
        if cursor is None:
            await self.db.execute("UPDATE reminders SET next_fire_at = ? WHERE reminder_id = ?",
                                  (to_db(next_fire_at) if next_fire_at else None, reminder_id))
            return
        await self.db.execute(
            "UPDATE reminders SET next_fire_at = ?, cursor_fire_at = ?, cursor_occurrence = ?, cursor_lead = ?"
            " WHERE reminder_id = ?",
            (to_db(next_fire_at) if next_fire_at else None, *_cursor_values(cursor), reminder_id),
        )
