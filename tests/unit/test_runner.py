"""The at-least-once polling loop with a scripted Telegram: what it confirms, skips, orders and retries."""

from __future__ import annotations

import asyncio

import pytest
from telegram import Update
from telegram.error import Conflict, InvalidToken, NetworkError

from bot.runner import PollingRunner
from bot.storage import Database
from bot.storage.users import UpdateLog


def update(update_id: int, chat_id: int) -> Update:
    return Update.de_json({"update_id": update_id, "message": {
        "message_id": update_id, "date": 0, "chat": {"id": chat_id, "type": "private", "first_name": "A"},
        "from": {"id": chat_id, "is_bot": False, "first_name": "A"}, "text": f"m{update_id}"}}, None)


class ScriptedTelegram:
    """get_updates answers from a script; process_update records and can be slowed down per update."""

    def __init__(self, batches: list, stop: asyncio.Event) -> None:
        self.batches = list(batches)
        self.stop = stop
        self.offsets: list[int | None] = []
        self.handled: list[int] = []
        self.started: list[int] = []
        self.gates: dict[int, asyncio.Event] = {}
        self.bot = self
        self.webhook_deleted = 0

    async def delete_webhook(self, drop_pending_updates=False, **kwargs):
        assert drop_pending_updates is False  # what users sent while the bot was away is kept
        self.webhook_deleted += 1
        return True

    async def fetch_updates(self, offset=None, timeout=0, limit=100, **kwargs):
        self.offsets.append(offset)
        if not self.batches:
            if self.stop.is_set():
                return [], None  # the confirming call of a clean stop
            self.stop.set()
            await asyncio.sleep(3600)
        item = self.batches.pop(0)
        if isinstance(item, Exception):
            raise item
        return item, (item[-1].update_id if item else None)

    async def process_update(self, upd: Update) -> None:
        self.started.append(upd.update_id)
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


async def until(condition) -> None:
    async def poll() -> None:
        while not condition():
            await asyncio.sleep(0.005)

    await asyncio.wait_for(poll(), 10)


async def run(runner: PollingRunner, stop: asyncio.Event) -> None:
    await asyncio.wait_for(runner.run(stop), 10)


async def test_offset_is_confirmed_only_after_the_batch_is_handled_and_recorded(update_log):
    stop = asyncio.Event()
    tg = ScriptedTelegram([[update(5, 1), update(6, 2)], [update(7, 1)]], stop)
    seen_when_confirming: list[set[int]] = []
    original = tg.fetch_updates

    async def fetch_updates(offset=None, *args, **kwargs):
        seen_when_confirming.append(await update_log.seen([5, 6, 7]))
        return await original(offset, *args, **kwargs)

    tg.fetch_updates = fetch_updates
    await run(PollingRunner(tg, update_log), stop)
    assert tg.offsets[:3] == [None, 7, 8]
    # Each getUpdates that confirms an offset comes after everything below it was recorded as handled.
    assert seen_when_confirming[1] == {5, 6} and seen_when_confirming[2] == {5, 6, 7}
    assert sorted(tg.handled) == [5, 6, 7]


async def test_updates_handled_before_a_crash_are_skipped(update_log):
    await update_log.mark([5])
    stop = asyncio.Event()
    tg = ScriptedTelegram([[update(5, 1), update(6, 1)]], stop)
    await run(PollingRunner(tg, update_log), stop)
    assert tg.handled == [6]
    assert await update_log.seen([5, 6]) == {5, 6}


async def test_one_chat_in_order_other_chats_side_by_side(update_log):
    stop = asyncio.Event()
    tg = ScriptedTelegram([[update(1, 10), update(2, 20), update(3, 10)]], stop)
    tg.gates[1] = asyncio.Event()
    task = asyncio.create_task(run(PollingRunner(tg, update_log), stop))
    await until(lambda: 2 in tg.handled and 1 in tg.started)
    # Chat 10's first update is stuck: chat 20 goes on, chat 10's second one waits its turn.
    assert 2 in tg.handled and 3 not in tg.started
    tg.gates[1].set()
    await task
    assert tg.handled.index(1) < tg.handled.index(3)


@pytest.mark.parametrize("error", [NetworkError("down"), Conflict("another instance polls")])
async def test_get_updates_errors_are_retried(update_log, monkeypatch, error):
    monkeypatch.setattr("bot.runner._wait", _no_wait)
    stop = asyncio.Event()
    tg = ScriptedTelegram([error, error, [update(1, 1)]], stop)
    await run(PollingRunner(tg, update_log), stop)
    assert tg.handled == [1]


async def _no_wait(stop: asyncio.Event, seconds: float) -> bool:
    return stop.is_set()


async def test_invalid_token_stops_the_loop(update_log):
    stop = asyncio.Event()
    tg = ScriptedTelegram([InvalidToken("rejected")], stop)
    with pytest.raises(InvalidToken):
        await run(PollingRunner(tg, update_log), stop)


async def test_stop_waits_for_running_handlers_within_the_grace_period(update_log):
    stop = asyncio.Event()
    tg = ScriptedTelegram([[update(1, 1)]], stop)
    tg.gates[1] = asyncio.Event()
    runner = PollingRunner(tg, update_log, stop_grace=5)
    task = asyncio.create_task(run(runner, stop))
    await until(lambda: 1 in tg.started)
    stop.set()
    tg.gates[1].set()
    await task
    assert tg.handled == [1] and await update_log.seen([1]) == {1}
    assert tg.offsets[-1] == 2, "a clean stop confirms what was handled"


async def test_stop_cancels_a_hanging_handler_and_leaves_it_for_the_next_start(update_log):
    stop = asyncio.Event()
    tg = ScriptedTelegram([[update(1, 1)]], stop)
    tg.gates[1] = asyncio.Event()  # never set: the handler hangs
    runner = PollingRunner(tg, update_log, stop_grace=0.05)
    task = asyncio.create_task(run(runner, stop))
    await until(lambda: 1 in tg.started)
    stop.set()
    await task
    assert tg.handled == [] and await update_log.seen([1]) == set()
    assert tg.offsets == [None], "an unfinished update must not be confirmed"
