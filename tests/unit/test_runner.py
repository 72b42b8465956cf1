"""The at-least-once, per-chat polling loop against a scripted Telegram that behaves like the real one
(``getUpdates`` returns every unconfirmed update at or above the offset): what it confirms, skips,
orders, retries and how it bounds a flood."""

from __future__ import annotations

import asyncio

import pytest
from telegram import Update
from telegram.error import Conflict, InvalidToken, NetworkError

from bot.runner import MAX_WAITING_PER_USER, PollingRunner
from bot.storage import Database
from bot.storage.users import UpdateLog


def update(update_id: int, chat_id: int, text: str | None = None) -> Update:
    return Update.de_json({"update_id": update_id, "message": {
        "message_id": update_id, "date": 0, "chat": {"id": chat_id, "type": "private", "first_name": "A"},
        "from": {"id": chat_id, "is_bot": False, "first_name": "A"}, "text": text or f"m{update_id}"}}, None)


class ScriptedTelegram:
    """Holds updates until confirmed; process_update records and can be held per update."""

    def __init__(self) -> None:
        self.pending: list[Update] = []
        self.pushed: list[int] = []
        self.errors: list[Exception] = []
        self.offsets: list[int | None] = []
        self.handled: list[int] = []
        self.started: list[int] = []
        self.gates: dict[int, asyncio.Event] = {}
        self.broken: set[int] = set()
        self.recorded_at_confirm: dict[int, set[int]] = {}
        self.update_log: UpdateLog | None = None
        self.arrived = asyncio.Event()
        self.bot = self

    def push(self, *updates: Update) -> None:
        self.pending.extend(updates)
        self.pushed.extend(u.update_id for u in updates)
        self.arrived.set()

    async def delete_webhook(self, drop_pending_updates=False, **kwargs):
        assert drop_pending_updates is False  # what users sent while the bot was away is kept
        return True

    async def answer_callback_query(self, *args, **kwargs):
        return True

    async def fetch_updates(self, offset=None, timeout=0, limit=100, **kwargs):
        self.offsets.append(offset)
        if offset is not None and self.update_log is not None and offset not in self.recorded_at_confirm:
            below = [uid for uid in self.pushed if uid < offset]
            self.recorded_at_confirm[offset] = await self.update_log.seen(below) == set(below)
        if offset is not None:
            self.pending = [u for u in self.pending if u.update_id >= offset]
        if self.errors:
            raise self.errors.pop(0)
        if not self.pending and timeout:
            self.arrived.clear()
            try:
                await asyncio.wait_for(self.arrived.wait(), min(timeout, 0.2))
            except asyncio.TimeoutError:
                pass
        batch = self.pending[:limit]
        return list(batch), (batch[-1].update_id if batch else None)

    async def process_update(self, upd: Update) -> None:
        self.started.append(upd.update_id)
        if upd.update_id in self.broken:
            raise RuntimeError("the error handler itself failed")
        if upd.update_id in self.gates:
            await self.gates[upd.update_id].wait()
        await asyncio.sleep(0)
        self.handled.append(upd.update_id)


@pytest.fixture
async def update_log(tmp_path):
    db = await Database(tmp_path / "runner.sqlite3").connect()
    await db.migrate()
    yield UpdateLog(db)
    await db.close()


@pytest.fixture
def tg(update_log):
    scripted = ScriptedTelegram()
    scripted.update_log = update_log
    return scripted


async def until(condition) -> None:
    async def poll() -> None:
        while not condition():
            await asyncio.sleep(0.005)

    await asyncio.wait_for(poll(), 10)


class Running:
    def __init__(self, runner: PollingRunner) -> None:
        self.runner, self.stop = runner, asyncio.Event()
        self.task = asyncio.create_task(runner.run(self.stop))

    async def finish(self) -> None:
        self.stop.set()
        await asyncio.wait_for(self.task, 10)


async def test_an_offset_is_confirmed_only_after_everything_below_it_is_recorded(tg, update_log):
    tg.push(update(5, 1), update(6, 2))
    running = Running(PollingRunner(tg, update_log, poll_timeout=1))
    await until(lambda: 7 in tg.offsets)
    tg.push(update(7, 1))
    await until(lambda: 8 in tg.offsets)
    await running.finish()
    # Each getUpdates that confirms an offset comes after everything below it was recorded as handled.
    assert tg.recorded_at_confirm and all(tg.recorded_at_confirm.values()), tg.recorded_at_confirm
    assert sorted(tg.handled) == [5, 6, 7]


async def test_updates_handled_before_a_crash_are_skipped(tg, update_log):
    await update_log.mark([5])
    tg.push(update(5, 1), update(6, 1))
    running = Running(PollingRunner(tg, update_log, poll_timeout=1))
    await until(lambda: 7 in tg.offsets)
    await running.finish()
    assert tg.handled == [6]


async def test_a_slow_chat_holds_neither_other_chats_nor_the_next_fetch(tg, update_log):
    tg.gates[1] = asyncio.Event()
    tg.push(update(1, 10), update(2, 20), update(3, 10))
    running = Running(PollingRunner(tg, update_log, poll_timeout=1))
    await until(lambda: 2 in tg.handled and 1 in tg.started)
    tg.push(update(4, 30))  # arrives while chat 10 is stuck
    await until(lambda: 4 in tg.handled)
    # Chat 10's second update waits its turn; nothing at or above the stuck one is confirmed.
    assert 3 not in tg.started
    assert all(offset is None or offset <= 1 for offset in tg.offsets)
    assert tg.started.count(2) == 1 and tg.started.count(4) == 1  # re-fetched, never handled twice
    tg.gates[1].set()
    await until(lambda: 5 in tg.offsets)
    await running.finish()
    assert tg.handled.index(1) < tg.handled.index(3)


@pytest.mark.parametrize("error", [NetworkError("down"), Conflict("another instance polls")])
async def test_get_updates_errors_are_retried(tg, update_log, monkeypatch, error):
    monkeypatch.setattr("bot.runner._wait", _no_wait)
    tg.errors = [error, error]
    tg.push(update(1, 1))
    running = Running(PollingRunner(tg, update_log, poll_timeout=1))
    await until(lambda: 1 in tg.handled)
    await running.finish()


async def _no_wait(stop: asyncio.Event, seconds: float) -> bool:
    return stop.is_set()


async def test_invalid_token_stops_the_loop(tg, update_log):
    tg.errors = [InvalidToken("rejected")]
    with pytest.raises(InvalidToken):
        await asyncio.wait_for(PollingRunner(tg, update_log).run(asyncio.Event()), 10)


async def test_stop_waits_for_running_handlers_within_the_grace_period(tg, update_log):
    tg.gates[1] = asyncio.Event()
    tg.push(update(1, 1))
    running = Running(PollingRunner(tg, update_log, poll_timeout=1, stop_grace=5))
    await until(lambda: 1 in tg.started)
    running.stop.set()
    tg.gates[1].set()
    await asyncio.wait_for(running.task, 10)
    assert tg.handled == [1] and await update_log.seen([1]) == {1}
    assert tg.offsets[-1] == 2, "a clean stop confirms what was handled"


async def test_stop_cancels_a_hanging_handler_and_leaves_it_for_the_next_start(tg, update_log):
    tg.gates[1] = asyncio.Event()  # never set: the handler hangs
    tg.push(update(1, 1), update(2, 1))
    running = Running(PollingRunner(tg, update_log, poll_timeout=1, stop_grace=0.05))
    await until(lambda: 1 in tg.started)
    await running.finish()
    assert tg.handled == [] and await update_log.seen([1, 2]) == set()
    assert all(offset is None or offset <= 1 for offset in tg.offsets), "an unfinished update must not be confirmed"


async def test_a_flood_is_bounded_and_told_once_and_nothing_is_left_unconfirmed(tg, update_log):
    told: list[int] = []

    async def on_flood(upd: Update) -> None:
        told.append(upd.update_id)

    tg.gates[1] = asyncio.Event()
    tg.push(*[update(i, 7) for i in range(1, 31)], update(31, 8))
    runner = PollingRunner(tg, update_log, poll_timeout=1, on_flood=on_flood)
    running = Running(runner)
    await until(lambda: 31 in tg.handled and runner.skipped == 30 - MAX_WAITING_PER_USER)  # the innocent chat is not behind the flood
    tg.gates[1].set()
    await until(lambda: 32 in tg.offsets)
    await running.finish()
    flooder = [i for i in tg.handled if i <= 30]
    assert flooder == list(range(1, MAX_WAITING_PER_USER + 1))  # the first ones, in order
    assert len(told) == 1
    assert await update_log.seen(list(range(1, 32))) == set(range(1, 32))


async def test_identical_repeats_are_collapsed(tg, update_log):
    tg.gates[1] = asyncio.Event()
    tg.push(*[update(i, 7, "/start") for i in range(1, 6)], update(6, 7, "/help"))
    runner = PollingRunner(tg, update_log, poll_timeout=1)
    running = Running(runner)
    await until(lambda: 1 in tg.started and runner.skipped == 4)
    tg.gates[1].set()
    await until(lambda: 7 in tg.offsets)
    await running.finish()
    assert tg.handled == [1, 6]


async def test_an_update_that_breaks_the_handling_does_not_strand_its_chat(tg, update_log):
    tg.broken.add(1)
    tg.push(update(1, 7), update(2, 7))
    running = Running(PollingRunner(tg, update_log, poll_timeout=1))
    await until(lambda: 3 in tg.offsets)
    await running.finish()
    assert tg.handled == [2]
