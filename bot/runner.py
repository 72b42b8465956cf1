"""Long polling that confirms an update to Telegram only after its handling is committed.

PTB's Updater confirms a batch when it asks for the next one, before the handlers have finished, so
a crash in between silently drops what the user typed. Here ``getUpdates`` is called with the new
offset only after every update of the batch has been handled and recorded in ``processed_updates``;
an update redelivered after a crash is found there and skipped.

On stop (SIGTERM) the handlers already running get ``stop_grace`` seconds to finish; whatever is still
running then is cancelled, left unmarked and unconfirmed, and so handled again on the next start.
"""

from __future__ import annotations

import asyncio
import logging
from collections import defaultdict

from telegram import Update
from telegram.error import BadRequest, InvalidToken, RetryAfter, TelegramError, TimedOut
from telegram.ext import AIORateLimiter, Application, ExtBot
from telegram.request import HTTPXRequest

from .storage.users import UpdateLog

log = logging.getLogger(__name__)


async def _wait(stop: asyncio.Event, seconds: float) -> bool:
    """Sleep, but wake at once on stop; True if stopping."""
    try:
        await asyncio.wait_for(stop.wait(), seconds)
    except asyncio.TimeoutError:
        return False
    return True


class RedeliverySafeBot(ExtBot):
    """An ExtBot whose late callback answers are harmless.

    Telegram accepts an answer to a button press only once and only for a short while. A press
    redelivered after a crash (its first handling may have answered it already), or one that waited
    while the bot was down, would otherwise fail at ``query.answer()`` and never reach the real work.
    """

    async def answer_callback_query(self, *args, **kwargs) -> bool:
        try:
            return await super().answer_callback_query(*args, **kwargs)
        except BadRequest as exc:
            if "query is too old" not in exc.message.lower() and "query id is invalid" not in exc.message.lower():
                raise
            log.info("a button press could not be answered any more (late or redelivered); going on")
            return False

    async def fetch_updates(self, offset: int | None, timeout: float, limit: int = 100,
                            allowed_updates=Update.ALL_TYPES) -> tuple[list[Update], int | None]:
        """getUpdates, read one update at a time; also the highest update_id fetched.

        PTB's ``get_updates`` fails the whole batch when one update cannot be read (a Bot API change
        this PTB does not know yet), and logs the raw updates (users' text) at CRITICAL. The same
        batch would then come back forever and the bot would answer nobody. Here that one update is
        logged without its content and skipped, and the rest are handled.
        """
        read_timeout = (self._request[0].read_timeout or 0) + timeout
        raw = await self._post(
            "getUpdates",
            {"offset": offset, "timeout": timeout, "limit": limit, "allowed_updates": list(allowed_updates)},
            read_timeout=read_timeout,
        )
        updates = []
        for item in raw:
            try:
                updates.append(Update.de_json(item, self))
            except Exception as exc:  # noqa: BLE001 - anything the parser throws is the same poison
                kinds = sorted(k for k in item if k != "update_id")
                log.error("update %s (%s) could not be read (%s); skipped", item.get("update_id"), kinds,
                          exc.__class__.__name__)
        return updates, (raw[-1]["update_id"] if raw else None)


def make_bot(token: str, base_url: str, base_file_url: str | None) -> RedeliverySafeBot:
    """The bot with the same HTTP set-up ApplicationBuilder would give it, plus the rate limiter."""
    return RedeliverySafeBot(
        token=token,
        base_url=base_url,
        base_file_url=base_file_url,
        # Not PTB's default of 256: httpcore checks every pooled connection (a syscall each) on every
        # request, so a pool that grows with concurrency costs more CPU than the bot's own work
        # (measured in bench/load.py: 16 connections doubled throughput). Telegram's ~30 messages/s
        # need far fewer than 16; a burst waits for a free connection (pool_timeout) instead of failing.
        request=HTTPXRequest(connection_pool_size=16, pool_timeout=20.0),
        get_updates_request=HTTPXRequest(connection_pool_size=1),
        # Waits out 429s instead of dropping the message.
        rate_limiter=AIORateLimiter(max_retries=5),
    )


def chat_key(update: Update) -> int:
    """Updates of one chat are handled in order; different chats run side by side."""
    if update.effective_chat is not None:
        return update.effective_chat.id
    if update.effective_user is not None:
        return update.effective_user.id
    return 0


class PollingRunner:
    def __init__(self, application: Application, update_log: UpdateLog, poll_timeout: int = 30,
                 stop_grace: float = 5.0) -> None:
        self.app = application
        self.update_log = update_log
        self.poll_timeout = poll_timeout
        # docker stop waits 10 s before SIGKILL; this leaves room for the rest of the shutdown.
        self.stop_grace = stop_grace
        self.offset: int | None = None
        self.handled = 0
        self._batches = 0

    async def run(self, stop: asyncio.Event) -> None:
        backoff = 1.0
        # A token once used with a webhook refuses getUpdates until the webhook is removed; pending
        # updates are kept (they are what users sent while the bot was away).
        while not stop.is_set():
            try:
                await self.app.bot.delete_webhook(drop_pending_updates=False)
                break
            except InvalidToken:
                raise
            except TelegramError as exc:
                log.warning("deleteWebhook failed (%s); retrying in %.0f s", exc.__class__.__name__, backoff)
                try:
                    await asyncio.wait_for(stop.wait(), backoff)  # a stop during the wait ends it at once
                except asyncio.TimeoutError:
                    pass
                backoff = min(backoff * 2, 30.0)
        backoff = 1.0
        while not stop.is_set():
            fetch = asyncio.ensure_future(self.app.bot.fetch_updates(self.offset, self.poll_timeout))
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
            if updates and not await self._handle_until_stopped(updates, stop):
                return
            if last_id is not None:
                self.offset = last_id + 1
        await self._confirm()

    async def _handle_until_stopped(self, updates: list[Update], stop: asyncio.Event) -> bool:
        """Handle a batch; False if a stop cut it off (its unmarked updates come again next start)."""
        handling = asyncio.ensure_future(self.handle_batch(updates))
        stopping = asyncio.ensure_future(stop.wait())
        await asyncio.wait({handling, stopping}, return_when=asyncio.FIRST_COMPLETED)
        stopping.cancel()
        if not handling.done():
            await asyncio.wait({handling}, timeout=self.stop_grace)
            if not handling.done():
                log.warning("stopping: handling still running after %.0f s is cancelled; it runs again on the next start",
                            self.stop_grace)
                handling.cancel()
                await asyncio.gather(handling, return_exceptions=True)
                return False
        handling.result()
        return True

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
        seen = await self.update_log.seen([u.update_id for u in updates])
        chains: dict[int, list[Update]] = defaultdict(list)
        for update in updates:
            if update.update_id in seen:
                log.info("update %s was handled before a restart; skipped", update.update_id)
                continue
            chains[chat_key(update)].append(update)
        await asyncio.gather(*(self._run_chain(chain) for chain in chains.values()))
        self._batches += 1
        if self._batches % 100 == 0:
            await self.update_log.prune(updates[-1].update_id - 10_000)

    async def _run_chain(self, chain: list[Update]) -> None:
        for update in chain:
            # process_update hands handler errors to the error handler; it does not raise them.
            await self.app.process_update(update)
            await self.update_log.mark([update.update_id])
            self.handled += 1
