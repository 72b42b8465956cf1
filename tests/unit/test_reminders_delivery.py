"""The delivery round against a real SQLite file and a stand-in sender: exactly once, late, missed, 403, retry."""

from __future__ import annotations

import asyncio
from datetime import date, datetime, time, timedelta

import pytest

from bot.domain.reminders import Rule, local_to_utc
from bot.storage import Database
from bot.reminder_delivery import DeliveryService, Outcome, Outgoing
from bot.storage.reminders import ReminderRepository
from bot.storage.users import UserRepository

GRACE = timedelta(minutes=15)


def hki(*args) -> datetime:
    return local_to_utc(date(*args[:3]), time(*args[3:]))


class Clock:
    def __init__(self, moment: datetime) -> None:
        self.now = moment

    def __call__(self) -> datetime:
        return self.now


class Crash(BaseException):
    """The process dies (not an Exception: nothing catches it on the way out)."""


class Telegram:
    """Records what reached the chats; can refuse chats or die right after a message went out."""

    def __init__(self) -> None:
        self.delivered: list[tuple[int, str, str, bool]] = []
        self.gone: set[int] = set()
        self.crash_after_send = False
        self.retry_next = 0

    async def send(self, item: Outgoing) -> Outcome:
        chat = item.reminder.chat_id
        if chat in self.gone:
            return Outcome("gone", chat_id=chat)
        if self.retry_next:
            self.retry_next -= 1
            return Outcome("retry", chat_id=chat)
        await asyncio.sleep(0)
        slot = f"s{item.snooze_id}" if item.snooze_id else item.slot.slot
        self.delivered.append((chat, item.slot.occurrence, slot, item.late))
        if self.crash_after_send:
            raise Crash()
        return Outcome("sent", len(self.delivered), chat)


@pytest.fixture
async def db(tmp_path):
    database = await Database(tmp_path / "r.sqlite3").connect()
    await database.migrate()
    yield database
    await database.close()


async def round_(repo, clock, tg, started=None):
    return await DeliveryService(repo).deliver_due(clock, started or hki(2027, 1, 1, 0, 0), GRACE, tg.send)


async def test_crash_between_send_and_log_never_sends_twice(db, tmp_path):
    clock = Clock(hki(2027, 3, 1, 12, 0))
    repo = ReminderRepository(db)
    await repo.create(-100, 7, Rule(hki(2027, 3, 3, 9, 0)), "Kokous", clock())
    tg = Telegram()
    tg.crash_after_send = True
    clock.now = hki(2027, 3, 3, 9, 0, 1)
    with pytest.raises(Crash):
        await round_(repo, clock, tg)
    assert len(tg.delivered) == 1
    await db.close()

    # Restart: the open claim is settled as uncertain, and nothing is sent again.
    db2 = await Database(tmp_path / "r.sqlite3").connect()
    repo2 = ReminderRepository(db2)
    assert await repo2.log.recover_claims() == 1
    tg.crash_after_send = False
    clock.now += timedelta(minutes=1)
    await round_(repo2, clock, tg, started=clock.now)
    assert len(tg.delivered) == 1
    assert [tuple(r) for r in await repo2.log.rows(1)] == [("2027-03-03", "0d", "uncertain")]
    await db2.close()


async def test_two_rounds_at_once_send_each_slot_once(db):
    clock = Clock(hki(2027, 3, 1, 12, 0))
    repo = ReminderRepository(db)
    for chat in range(1, 21):
        await repo.create(-chat, None, Rule(hki(2027, 3, 3, 9, 0)), f"R{chat}", clock())
    tg = Telegram()
    clock.now = hki(2027, 3, 3, 9, 0, 1)
    await asyncio.gather(round_(repo, clock, tg), round_(ReminderRepository(db), clock, tg))
    assert sorted(d[0] for d in tg.delivered) == sorted(-c for c in range(1, 21))


async def test_lead_times_each_once_then_done_stops_the_rest(db):
    clock = Clock(hki(2027, 3, 1, 12, 0))
    repo = ReminderRepository(db)
    rid = await repo.create(-5, None, Rule(hki(2027, 3, 17, 9, 0), "none", (14, 7, 1, 0)), "Maksuhakemus", clock())
    tg = Telegram()
    clock.now = hki(2027, 3, 3, 9, 0, 2)
    await round_(repo, clock, tg)
    await round_(repo, clock, tg)
    assert [d[2] for d in tg.delivered] == ["14d"]
    assert (await repo.get(rid)).next_fire_at == hki(2027, 3, 10, 9, 0)
    clock.now = hki(2027, 3, 10, 9, 0, 2)
    await round_(repo, clock, tg)
    assert [d[2] for d in tg.delivered] == ["14d", "7d"]
    assert await repo.mark_done(await repo.get(rid), "2027-03-17", 42, clock())
    assert not await repo.mark_done(await repo.get(rid), "2027-03-17", 43, clock())
    assert (await repo.get(rid)).next_fire_at is None
    clock.now = hki(2027, 3, 17, 10, 0)
    await round_(repo, clock, tg)
    assert [d[2] for d in tg.delivered] == ["14d", "7d"]


async def test_after_downtime_latest_slot_goes_once_marked_late(db):
    clock = Clock(hki(2027, 3, 1, 12, 0))
    repo = ReminderRepository(db)
    rid = await repo.create(-5, None, Rule(hki(2027, 3, 17, 9, 0), "none", (14, 7, 1, 0)), "Raportti", clock())
    tg = Telegram()
    clock.now = hki(2027, 3, 12, 8, 0)  # 14d and 7d fell due while the bot was down
    await round_(repo, clock, tg, started=clock.now)
    await round_(repo, clock, tg, started=clock.now)
    assert tg.delivered == [(-5, "2027-03-17", "7d", True)]
    assert {r["slot"]: r["status"] for r in await repo.log.rows(rid)} == {"14d": "skipped", "7d": "late"}


async def test_weekly_recurrence_keeps_going_and_logs_missed(db):
    clock = Clock(hki(2027, 3, 1, 8, 0))
    repo = ReminderRepository(db)
    rid = await repo.create(-5, None, Rule(hki(2027, 3, 1, 9, 0), "weekly"), "Viikkopalaveri", clock())
    tg = Telegram()
    clock.now = hki(2027, 3, 15, 12, 0)  # two weeks down
    await round_(repo, clock, tg, started=clock.now)
    assert tg.delivered == [(-5, "2027-03-15", "0d", True)]
    assert [r["status"] for r in await repo.log.rows(rid)] == ["missed", "missed", "late"]
    assert (await repo.get(rid)).next_fire_at == hki(2027, 3, 22, 9, 0)


async def test_gone_chat_is_paused_and_others_still_get_theirs(db):
    clock = Clock(hki(2027, 3, 1, 12, 0))
    repo = ReminderRepository(db)
    for chat in (-1, -2, -3):
        await repo.create(chat, None, Rule(hki(2027, 3, 3, 9, 0)), "A", clock())
        await repo.create(chat, None, Rule(hki(2027, 3, 3, 9, 0)), "B", clock())
    tg = Telegram()
    tg.gone = {-2}
    clock.now = hki(2027, 3, 3, 9, 0, 1)
    stats = await round_(repo, clock, tg)
    assert sorted(d[0] for d in tg.delivered) == [-3, -3, -1, -1]
    assert stats.gone_chats == 1
    assert [r.active for r in await repo.for_chat(-2, include_inactive=True)] == [False, False]
    assert await repo.next_due() is None
    assert await repo.reactivate_chat(-2, clock()) == 2


async def test_certain_failure_is_retried_not_dropped(db):
    clock = Clock(hki(2027, 3, 1, 12, 0))
    repo = ReminderRepository(db)
    await repo.create(-1, None, Rule(hki(2027, 3, 3, 9, 0)), "A", clock())
    tg = Telegram()
    tg.retry_next = 1
    clock.now = hki(2027, 3, 3, 9, 0, 1)
    await round_(repo, clock, tg)
    assert tg.delivered == [] and await repo.next_due() == clock.now + timedelta(seconds=30)
    clock.now += timedelta(seconds=31)
    await round_(repo, clock, tg)
    assert [d[0] for d in tg.delivered] == [-1]


async def test_snooze_sent_once_one_pending_per_occurrence_and_not_after_done(db):
    clock = Clock(hki(2027, 3, 1, 12, 0))
    repo = ReminderRepository(db)
    rid = await repo.create(-1, None, Rule(hki(2027, 3, 3, 9, 0)), "A", clock())
    tg = Telegram()
    clock.now = hki(2027, 3, 3, 9, 0, 1)
    await round_(repo, clock, tg)
    assert await repo.snooze(rid, "2027-03-03", hki(2027, 3, 4, 9, 0), 5)
    # A second snooze of the same occurrence while one is pending changes nothing.
    assert not await repo.snooze(rid, "2027-03-03", hki(2027, 3, 5, 9, 0), 5)
    assert await repo.pending_snooze(rid, "2027-03-03") == hki(2027, 3, 4, 9, 0)
    assert await repo.next_due() == hki(2027, 3, 4, 9, 0)
    clock.now = hki(2027, 3, 4, 9, 0, 1)
    await round_(repo, clock, tg)
    await round_(repo, clock, tg)
    assert [d[2] for d in tg.delivered] == ["0d", "s1"]
    # Delivered, so a new snooze may be asked for; Done then stops it.
    assert await repo.snooze(rid, "2027-03-03", hki(2027, 3, 5, 9, 0), 5)
    await repo.mark_done(await repo.get(rid), "2027-03-03", 5, clock())
    clock.now = hki(2027, 3, 5, 9, 0, 1)
    await round_(repo, clock, tg)
    assert [d[2] for d in tg.delivered] == ["0d", "s1"]


async def test_erasing_a_person_keeps_group_reminders_without_the_creator(db):
    clock = Clock(hki(2027, 3, 1, 12, 0))
    repo = ReminderRepository(db)
    await repo.create(77, 77, Rule(hki(2027, 3, 3, 9, 0)), "Oma", clock())
    group_rid = await repo.create(-9, 77, Rule(hki(2027, 3, 3, 9, 0)), "Ryhmän", clock())
    await repo.mark_done(await repo.get(group_rid), "2027-03-03", 77, clock())
    await UserRepository(db).erase(77)
    remaining = await repo.for_chat(-9, include_inactive=True)
    assert [(r.text, r.created_by_user_id) for r in remaining] == [("Ryhmän", None)]
    assert await repo.for_chat(77, include_inactive=True) == []
    assert await db.fetchval("SELECT done_by_user_id FROM reminder_done") is None
