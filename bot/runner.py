"""Long polling that confirms an update to Telegram only after its handling is committed, and is fair.

PTB's Updater confirms a batch when it asks for the next one, before the handlers have finished, so
a crash in between silently drops what the user typed. Here the offset sent to ``getUpdates`` is the
*watermark*: the lowest update not handled yet (every update below it is handled and recorded in
``processed_updates``); an update redelivered after a crash is found there and skipped.

Chats are independent: each chat has its own lane (its updates in order, one at a time) and fetching
never waits for a slow lane; updates already fetched and still in a lane are not fetched twice. A
flooding user is bounded (``FloodControl``): identical repeats are collapsed, more than a few waiting
updates are skipped (recorded as handled) and the user is told once to slow down.

On stop (SIGTERM) the handlers already running get ``stop_grace`` seconds to finish; whatever is still
running then is cancelled, left unmarked and unconfirmed, and so handled again on the next start, and
so are updates that were waiting in a lane.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Awaitable, Callable

from telegram import Update
from telegram.error import InvalidToken, RetryAfter, TelegramError, TimedOut
from telegram.ext import Application

from .flood import MAX_WAITING_PER_USER, FloodControl, Lane as _Lane  # noqa: F401 - MAX_WAITING_PER_USER re-exported
from .storage.users import UpdateLog

log = logging.getLogger(__name__)


async def _wait(stop: asyncio.Event, seconds: float) -> bool:
    """Sleep, but wake at once on stop; True if stopping."""
    try:
        await asyncio.wait_for(stop.wait(), seconds)
    except asyncio.TimeoutError:
        return False
    return True


def chat_key(update: Update) -> int:
    """Updates of one chat are handled in order; different chats run side by side."""
    if update.effective_chat is not None:
        return update.effective_chat.id
    if update.effective_user is not None:
        return update.effective_user.id
    return 0


# While updates are in flight a long poll would return them at once; poll again after this long (or
# as soon as one finishes), so a slow chat delays the next fetch by at most this much.
RECHECK_SECONDS = 0.25
class PollingRunner:
    def __init__(self, application: Application, update_log: UpdateLog, poll_timeout: int = 30,
                 stop_grace: float = 5.0, on_flood: Callable[[Update], Awaitable[None]] | None = None,
                 flood: FloodControl | None = None) -> None:
        self.app = application
        self.update_log = update_log
        self.poll_timeout = poll_timeout
        # docker stop waits 10 s before SIGKILL; this leaves room for the rest of the shutdown.
        self.stop_grace = stop_grace
        self.on_flood = on_flood
        self.flood = flood or FloodControl()
        self.offset: int | None = None  # the watermark: every update below it is handled
        self.handled = 0
        self.skipped = 0
        self._done: dict[int, bool] = {}  # fetched updates at or above the watermark: handled yet?
        self._max_seen: int | None = None
        self._lanes: dict[int, _Lane] = {}
        self._progress = asyncio.Event()
        self._side: set[asyncio.Task] = set()
        self._horizon: int | None = None  # the newest update handled before this start

    # -- the fetch loop -------------------------------------------------------------------------

    async def run(self, stop: asyncio.Event) -> None:
        self._horizon = await self.update_log.highest()
        await self._delete_webhook(stop)
        backoff = 1.0
        try:
            while not stop.is_set():
                timeout = self.poll_timeout
                if self._in_flight():
                    if await self._wait_progress(stop):
                        break
                    timeout = 0 if self._in_flight() else self.poll_timeout
                known = frozenset(self._done)
                fetch = asyncio.ensure_future(self.app.bot.fetch_updates(self.offset, timeout, skip=known))
                stopping = asyncio.ensure_future(stop.wait())
                done, _ = await asyncio.wait({fetch, stopping}, return_when=asyncio.FIRST_COMPLETED)
                if fetch not in done:
                    # Nothing fetched is lost: these updates were not confirmed and come again next start.
                    fetch.cancel()
                    await asyncio.gather(fetch, return_exceptions=True)
                    break
                stopping.cancel()
                try:
                    updates, last_id = fetch.result()
                except TimedOut:
                    continue
                except InvalidToken:
                    raise
                except RetryAfter as exc:
                    delay = exc.retry_after if isinstance(exc.retry_after, (int, float)) else exc.retry_after.total_seconds()
                    if await _wait(stop, float(delay)):
                        break
                    continue
                except TelegramError as exc:
                    # NetworkError, or Conflict while an old instance still polls: wait and try again.
                    log.warning("getUpdates failed (%s); retrying in %.0f s", exc.__class__.__name__, backoff)
                    if await _wait(stop, backoff):
                        break
                    backoff = min(backoff * 2, 30.0)
                    continue
                backoff = 1.0
                await self.accept(updates, last_id)
        finally:
            await self._stop_lanes()
        self._advance()
        await self._confirm()

    async def _delete_webhook(self, stop: asyncio.Event) -> None:
        """A token once used with a webhook refuses getUpdates until it is removed; pending updates are kept."""
        backoff = 1.0
        while not stop.is_set():
            try:
                await self.app.bot.delete_webhook(drop_pending_updates=False)
                return
            except InvalidToken:
                raise
            except TelegramError as exc:
                log.warning("deleteWebhook failed (%s); retrying in %.0f s", exc.__class__.__name__, backoff)
                if await _wait(stop, backoff):
                    return
                backoff = min(backoff * 2, 30.0)

    def _in_flight(self) -> bool:
        return not all(self._done.values())

    async def _wait_progress(self, stop: asyncio.Event) -> bool:
        """Wait until the watermark moves (something can be confirmed) or RECHECK_SECONDS pass; True if stopping."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + RECHECK_SECONDS
        before = self.offset
        while not stop.is_set():
            self._progress.clear()
            waiters = {asyncio.ensure_future(self._progress.wait()), asyncio.ensure_future(stop.wait())}
            await asyncio.wait(waiters, timeout=max(0.0, deadline - loop.time()), return_when=asyncio.FIRST_COMPLETED)
            for waiter in waiters:
                waiter.cancel()
            self._advance()
            if self.offset != before or not self._in_flight() or loop.time() >= deadline:
                break
        return stop.is_set()

    def _advance(self) -> None:
        """Move the watermark to the lowest unhandled update (or past everything fetched)."""
        if self._max_seen is None:
            return
        unfinished = [uid for uid, done in self._done.items() if not done]
        watermark = min(unfinished) if unfinished else self._max_seen + 1
        if self.offset is None or watermark > self.offset:
            self.offset = watermark
            self._done = {uid: done for uid, done in self._done.items() if uid >= watermark}

    # -- lanes ----------------------------------------------------------------------------------

    async def accept(self, updates: list[Update], last_id: int | None) -> None:
        """Put newly fetched updates in their chats' lanes (skipping ones handled before a restart)."""
        if last_id is not None:
            self._max_seen = last_id if self._max_seen is None else max(self._max_seen, last_id)
        fresh = [u for u in updates if u.update_id not in self._done and (self.offset is None or u.update_id >= self.offset)]
        if not fresh:
            self._advance()
            return
        # Only an update at or below the newest handled before this start can have been handled already.
        horizon = self._horizon
        maybe = [u.update_id for u in fresh if horizon is not None and u.update_id <= horizon]
        seen = await self.update_log.seen(maybe) if maybe else set()
        for update in fresh:
            if update.update_id in seen:
                log.info("update %s was handled before a restart; skipped", update.update_id)
                self._done[update.update_id] = True
                continue
            self._done[update.update_id] = False
            key = chat_key(update)
            lane = self._lanes.setdefault(key, _Lane())
            verdict = self.flood.verdict(update, lane)
            if verdict != "run":
                await self._skip(update, lane, verdict)
                continue
            lane.waiting.append(update)
            if lane.task is None:
                lane.task = asyncio.ensure_future(self._drain(key, lane))
        self._advance()

    async def _drain(self, key: int, lane: _Lane) -> None:
        try:
            while lane.waiting:
                update = lane.waiting.popleft()
                lane.current = update
                try:
                    # process_update hands handler errors to the error handler; this is for anything else.
                    await self.app.process_update(update)
                except Exception:  # noqa: BLE001 - one broken update must not strand its chat's lane
                    log.exception("update %s could not be handled; skipped", update.update_id)
                try:
                    await self.update_log.mark([update.update_id])
                except Exception:  # noqa: BLE001 - the database failing must not stop every later update
                    log.exception("update %s handled but not recorded (a crash now would handle it again)",
                                  update.update_id)
                lane.current = None
                self._done[update.update_id] = True
                self.handled += 1
                self._progress.set()
                if self.handled % 1000 == 0:
                    await self.update_log.prune(update.update_id - 10_000)
        finally:
            lane.task = None
            lane.current = None
            if not lane.waiting and self._lanes.get(key) is lane:
                del self._lanes[key]

    async def _skip(self, update: Update, lane: _Lane, verdict: str) -> None:
        """A repeat or a flood: recorded as handled without running it; the sender hears it once."""
        await self.update_log.mark([update.update_id])
        self._done[update.update_id] = True
        self.skipped += 1
        user_id = update.effective_user.id
        log.info("update %s skipped (%s)", update.update_id, verdict)
        if update.callback_query is not None:
            self._background(self._answer_quietly(update.callback_query.id))
        if verdict == "flood" and user_id not in lane.warned and self.on_flood is not None:
            lane.warned.add(user_id)
            self._background(self.on_flood(update))

    async def _answer_quietly(self, query_id: str) -> None:
        try:
            await self.app.bot.answer_callback_query(query_id)
        except TelegramError:
            pass

    def _background(self, coro) -> None:
        task = asyncio.ensure_future(coro)
        self._side.add(task)
        task.add_done_callback(self._side.discard)

    async def _stop_lanes(self) -> None:
        """Waiting updates stay unconfirmed (they come again); running ones get the grace period."""
        for lane in self._lanes.values():
            lane.waiting.clear()
        running = [lane.task for lane in self._lanes.values() if lane.task is not None] + list(self._side)
        if not running:
            return
        _, pending = await asyncio.wait(running, timeout=self.stop_grace)
        if pending:
            log.warning("stopping: handling still running after %.0f s is cancelled; it runs again on the next start",
                        self.stop_grace)
            for task in pending:
                task.cancel()
            await asyncio.gather(*pending, return_exceptions=True)

    async def _confirm(self) -> None:
        """On a clean stop, confirm what was handled, so the next start does not fetch it again."""
        if self.offset is None:
            return
        try:
            await asyncio.wait_for(self.app.bot.fetch_updates(self.offset, 0, limit=1), 3)
        except (TelegramError, asyncio.TimeoutError) as exc:
            # Harmless: the next start skips the handled updates via processed_updates.
            log.info("could not confirm the last updates on stop: %s", exc.__class__.__name__)

    async def handle_batch(self, updates: list[Update]) -> None:
        """Accept a batch and wait until its lanes are empty (for benchmarks and tests)."""
        if self._horizon is None:
            self._horizon = await self.update_log.highest()
        await self.accept(updates, updates[-1].update_id if updates else None)
        while self._lanes:
            await asyncio.gather(*[lane.task for lane in list(self._lanes.values()) if lane.task is not None])
