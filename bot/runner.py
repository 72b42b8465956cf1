"""Long polling that confirms an update to Telegram only after its handling is committed.

PTB's Updater confirms a batch when it asks for the next one, before the handlers have finished, so
a crash in between silently drops what the user typed. Here ``getUpdates`` is called with the new
offset only after every update of the batch has been handled and recorded in ``processed_updates``;
an update redelivered after a crash is found there and skipped.
"""

from __future__ import annotations

import asyncio
import logging
from collections import defaultdict

from telegram import Update
from telegram.error import InvalidToken, NetworkError, RetryAfter, TimedOut
from telegram.ext import Application

from .storage.users import UpdateLog

log = logging.getLogger(__name__)


def chat_key(update: Update) -> int:
    """Updates of one chat are handled in order; different chats run side by side."""
    if update.effective_chat is not None:
        return update.effective_chat.id
    if update.effective_user is not None:
        return update.effective_user.id
    return 0


class PollingRunner:
    def __init__(self, application: Application, update_log: UpdateLog, poll_timeout: int = 30) -> None:
        self.app = application
        self.update_log = update_log
        self.poll_timeout = poll_timeout
        self.offset: int | None = None
        self.handled = 0
        self._batches = 0

    async def run(self, stop: asyncio.Event) -> None:
        backoff = 1.0
        while not stop.is_set():
            fetch = asyncio.ensure_future(
                self.app.bot.get_updates(
                    offset=self.offset, timeout=self.poll_timeout, allowed_updates=Update.ALL_TYPES
                )
            )
            stopping = asyncio.ensure_future(stop.wait())
            done, _ = await asyncio.wait({fetch, stopping}, return_when=asyncio.FIRST_COMPLETED)
            if fetch not in done:
                # Nothing fetched is lost: these updates were not confirmed and come again next start.
                fetch.cancel()
                await asyncio.gather(fetch, return_exceptions=True)
                break
            stopping.cancel()
            try:
                updates = fetch.result()
            except TimedOut:
                continue
            except InvalidToken:
                raise
            except RetryAfter as exc:
                await asyncio.sleep(float(exc.retry_after if isinstance(exc.retry_after, (int, float)) else exc.retry_after.total_seconds()))
                continue
            except NetworkError as exc:
                log.warning("getUpdates failed (%s); retrying in %.0f s", exc.__class__.__name__, backoff)
                await asyncio.sleep(backoff)
                backoff = min(backoff * 2, 30.0)
                continue
            backoff = 1.0
            if updates:
                await self.handle_batch(updates)
                self.offset = updates[-1].update_id + 1

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
