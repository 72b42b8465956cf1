"""The scheduler: one JobQueue job armed for the earliest due moment in the database, and the
Telegram side of a delivery round (send, wait out 429s, follow a migrated group, report 403)."""

from __future__ import annotations

import asyncio
import logging
from datetime import datetime, timedelta

from telegram.error import BadRequest, ChatMigrated, Forbidden, NetworkError, RetryAfter, TimedOut
from telegram.ext import Application

from bot.core import BotContext, services_of
from bot.reminder_delivery import Outcome, Outgoing
from bot.telegram_io import send_html

from .feature import feature_of
from .render import reminder_buttons, reminder_message

log = logging.getLogger(__name__)

JOB_NAME = "reminders:next"
# A long timer is re-checked now and then; cheap, and it follows a clock that tests move.
MAX_SLEEP = 3600.0
# Reminder sends per second: under Telegram's ~30/s overall, leaving room for answers to people.
# AIORateLimiter's bucket lets bursts through and Telegram then answers 429 (a 1 s stall each), so a
# steady pace of our own is faster for a mass delivery than hitting the limit.
SEND_RATE = 28.0
# Set-up drafts untouched this long are deleted at start-up (people coming back sooner are told).
DRAFTS_KEPT = timedelta(days=30)


class ReminderScheduler:
    """Arms one JobQueue job for the earliest moment the database has due, and runs delivery rounds."""

    def __init__(self, application: Application) -> None:
        self.application = application
        self.services = services_of(application)
        self.feature = feature_of(self.services)
        self.repo = self.feature.repo
        self.started_at: datetime | None = None
        self.stopping = False
        self._task: asyncio.Task | None = None
        self._again = False
        self._next_send = 0.0
        self.rounds = 0

    # hooks ------------------------------------------------------------------------------------

    async def startup(self, application: Application) -> None:
        """Settle claims a crash left open, then arm; what fell due while down goes out in the first round."""
        self.stopping = False
        self.started_at = self.services.clock()
        await self.repo.log.recover_claims()
        await self.feature.drafts.prune(self.started_at, DRAFTS_KEPT)
        await self.arm()

    async def shutdown(self, application: Application) -> None:
        """Let the message being sent finish and be logged; the rest waits for the next start."""
        self.stopping = True
        if self._task is not None and not self._task.done():
            try:
                await asyncio.wait_for(asyncio.shield(self._task), 30)
            except asyncio.TimeoutError:
                log.warning("reminder round still running at shutdown")

    # arming -----------------------------------------------------------------------------------

    async def arm(self) -> datetime | None:
        """(Re)arm the single timer for the earliest due moment in the database."""
        if self.stopping:
            return None
        job_queue = self.application.job_queue
        for job in job_queue.get_jobs_by_name(JOB_NAME):
            job.schedule_removal()
        due = await self.repo.next_due()
        if due is None:
            return None
        delay = max(0.0, min(MAX_SLEEP, (due - self.services.clock()).total_seconds()))
        job_queue.run_once(self._wake, when=delay, name=JOB_NAME)
        return due

    async def _wake(self, context: BotContext) -> None:
        """The timer fired: start a round in a task of its own, so stopping the JobQueue cannot cut it."""
        self.kick()

    def kick(self) -> None:
        if self.stopping:
            return
        if self._task is None or self._task.done():
            self._task = asyncio.get_running_loop().create_task(self._run())
        else:
            self._again = True

    async def _run(self) -> None:
        try:
            while not self.stopping:
                self._again = False
                await self.run_round()
                if not self._again:
                    break
            await self.arm()
        except Exception:
            log.exception("reminder round failed")
            if not self.stopping:
                self.application.job_queue.run_once(self._wake, when=30, name=JOB_NAME)

    async def run_round(self):
        rules = self.feature.rules
        stats = await self.feature.delivery.deliver_due(
            self.services.clock, self.started_at or self.services.clock(),
            timedelta(minutes=rules.late_after_minutes), self.send, lambda: self.stopping,
        )
        self.rounds += 1
        if stats.sent or stats.missed or stats.failed or stats.gone_chats:
            log.info("reminder round: %s", stats)
        return stats

    # sending ----------------------------------------------------------------------------------

    async def send(self, item: Outgoing) -> Outcome:
        """Send one reminder; wait out 429s (never drop), follow a migrated group, report 403 as gone."""
        bot = self.application.bot
        chat_id = item.reminder.chat_id
        lang = await self.services.language_for_chat(chat_id)
        text = reminder_message(self.services.catalog, lang, item, self.feature.hint_values)
        markup = reminder_buttons(self.services.catalog, lang, item.reminder.reminder_id, item.slot.occurrence)
        migrations = 0
        while True:
            await self._pace()
            try:
                message = await send_html(bot, chat_id, text, markup)
                return Outcome("sent", message.message_id, chat_id)
            except RetryAfter as exc:
                wait = exc.retry_after if isinstance(exc.retry_after, (int, float)) else exc.retry_after.total_seconds()
                log.info("429 while sending reminders; waiting %.0f s", wait)
                await asyncio.sleep(float(wait))
            except ChatMigrated as exc:
                migrations += 1
                if migrations > 3:
                    return Outcome("failed", chat_id=chat_id)
                await self.services.chats.migrate(chat_id, exc.new_chat_id)
                await self.services.hooks.run("chat_migrated", self.application, chat_id, exc.new_chat_id)
                log.info("chat %s became %s; reminders follow it", chat_id, exc.new_chat_id)
                chat_id = exc.new_chat_id
            except Forbidden as exc:
                log.info("chat %s refuses messages (%s)", chat_id, exc.message)
                if chat_id < 0:
                    await self.services.chats.set_active(chat_id, False)
                return Outcome("gone", chat_id=chat_id)
            except BadRequest as exc:
                if "chat not found" in exc.message.lower():
                    return Outcome("gone", chat_id=chat_id)
                log.error("reminder %s refused by Telegram: %s", item.reminder.reminder_id, exc.message)
                return Outcome("failed", chat_id=chat_id)
            except TimedOut:
                # The request may have reached Telegram; sending again could duplicate it.
                log.warning("reminder %s timed out; not resent", item.reminder.reminder_id)
                return Outcome("uncertain", chat_id=chat_id)
            except NetworkError as exc:
                log.warning("network error sending reminder %s (%s); will retry", item.reminder.reminder_id,
                            exc.__class__.__name__)
                return Outcome("retry", chat_id=chat_id)

    async def _pace(self) -> None:
        loop = asyncio.get_running_loop()
        wait = self._next_send - loop.time()
        if wait > 0:
            await asyncio.sleep(wait)
        self._next_send = max(loop.time(), self._next_send) + 1.0 / SEND_RATE
