"""The Bot object the application uses: late button answers harmless, one bad update skipped, HTTP set-up."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.error import BadRequest
from telegram.ext import AIORateLimiter, ExtBot
from telegram.request import HTTPXRequest

log = logging.getLogger(__name__)


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
                            allowed_updates=Update.ALL_TYPES, skip=frozenset()) -> tuple[list[Update], int | None]:
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
            if item.get("update_id") in skip:
                continue  # still being handled from an earlier fetch: not parsed again
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
