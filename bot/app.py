"""Builds the PTB Application: settings, storage, content and every feature's ``register``."""

from __future__ import annotations

import asyncio
import logging

from telegram import BotCommand, BotCommandScopeAllGroupChats, BotCommandScopeAllPrivateChats, Update
from telegram.error import BadRequest, InvalidToken, NetworkError, RetryAfter, TelegramError
from telegram.ext import (
    Application, ApplicationBuilder, ApplicationHandlerStop, CallbackQueryHandler, ContextTypes, TypeHandler,
)

import conversations
from conversations import errors

from .callback_data import INT_MAX, INT_MIN
from .content import Catalog
from .core import BotContext, Services
from .render import RenderService
from .runner import PollingRunner
from .telegram_bot import make_bot
from .settings import Settings
from .storage import Database
from .storage.users import ChatRepository, UpdateLog, UserRepository

log = logging.getLogger(__name__)


async def _set_language(update: Update, context: BotContext) -> None:
    """Resolve the language once per update, before any feature handler runs."""
    context.lang = await context.services.language_for(update)


def _out_of_range(data: object) -> bool:
    """Callback data with a number no SQLite INTEGER can hold, or a digit no button of ours has ("¹", "٣"): a forged
    button, which never reaches a feature (whose codecs check ``isdigit``, true for "¹", before ``int``)."""
    if not isinstance(data, str):
        return False
    if any(ch.isdigit() and not ch.isascii() for ch in data):
        return True
    for part in data.split(":"):
        digits = part[1:] if part.startswith("-") else part
        if digits.isascii() and digits.isdigit() and not INT_MIN <= int(part) <= INT_MAX:
            return True
    return False


async def _refuse_forged_ids(update: Update, context: BotContext) -> None:
    """Answer such a press at once (the spinner stops) and stop every other handler."""
    await update.callback_query.answer(context.plain("buttons.invalid"), show_alert=True)
    raise ApplicationHandlerStop


class Stopped(Exception):
    """A stop was asked for while start-up was still waiting for Telegram."""


async def retry_transient(what: str, call, stop: asyncio.Event, first_delay: float = 0.5, max_delay: float = 30.0):
    """Run ``call()`` until it succeeds; network errors, 5xx and 429 are waited out with backoff.

    A token Telegram rejects (``InvalidToken``) is raised at once; so is any other definite refusal
    (400/403). No network is retried for as long as it lasts, with one WARNING line per attempt, and a
    stop signal ends the wait at once (``Stopped``).
    """
    delay = first_delay
    while True:
        try:
            return await call()
        except InvalidToken:
            raise
        except RetryAfter as exc:
            wait = exc.retry_after if isinstance(exc.retry_after, (int, float)) else exc.retry_after.total_seconds()
            log.warning("%s: Telegram asks to wait %.0f s", what, wait)
            pause = float(wait)
        except NetworkError as exc:
            if isinstance(exc, BadRequest):  # PTB's BadRequest is a NetworkError, but a definite refusal
                raise
            log.warning("%s failed: cannot reach Telegram (%s); retrying in %.1f s", what, exc.message[:80], delay)
            pause = delay
            delay = min(delay * 2, max_delay)
        try:
            await asyncio.wait_for(stop.wait(), pause)
        except asyncio.TimeoutError:
            continue
        raise Stopped(what)


async def _post_init(application: Application, stop: asyncio.Event | None = None) -> None:
    """Command menus per language and chat type, then each feature's start-up work."""
    services: Services = application.bot_data["services"]
    stop = stop or asyncio.Event()
    catalog = services.catalog
    for lang in ("en", "fi"):
        code = None if lang == "en" else "fi"
        for scope, section in ((BotCommandScopeAllPrivateChats(), "private"), (BotCommandScopeAllGroupChats(), "group")):
            commands = [BotCommand(name, desc) for name, desc in catalog.section(lang, f"commands.{section}").values()]
            await retry_transient("setMyCommands", lambda: application.bot.set_my_commands(
                commands, scope=scope, language_code=code), stop)
    for hook in services.extras.get("startup", []):
        await hook(application)


async def _slow_down(application: Application, update: Update) -> None:
    """Said once to someone who sends faster than the bot answers (runner.FloodControl skipped some)."""
    services: Services = application.bot_data["services"]
    lang = await services.language_for(update)
    message = update.effective_message
    try:
        await application.bot.send_message(
            update.effective_chat.id, services.catalog.t(lang, "flood.slow_down"), parse_mode="HTML",
            reply_to_message_id=message.message_id if message is not None and update.callback_query is None else None,
            allow_sending_without_reply=True)
    except TelegramError as exc:
        log.info("could not ask a chat to slow down: %s", exc.__class__.__name__)


async def _post_shutdown(application: Application) -> None:
    services: Services = application.bot_data["services"]
    try:
        for hook in services.extras.get("shutdown", []):
            await hook(application)
    finally:
        services.extras["render"].close()


def build_application(settings: Settings, db: Database, catalog: Catalog, clock=None) -> Application:
    """The Application with every feature registered; no Updater, the PollingRunner feeds it."""
    application = (
        ApplicationBuilder()
        # A redelivered button press must not fail on its late answer; see telegram_bot.RedeliverySafeBot.
        .bot(make_bot(settings.telegram_bot_token.get_secret_value(), settings.telegram_api_base_url,
                      settings.telegram_api_file_url))
        .updater(None)
        .context_types(ContextTypes(context=BotContext))
        .build()
    )
    services = Services(
        settings=settings,
        db=db,
        catalog=catalog,
        users=UserRepository(db),
        chats=ChatRepository(db),
        updates=UpdateLog(db),
    )
    if clock is not None:
        services.clock = clock
    # Bounded rendering for the idea paper (see bot/render.py); the interview calls extras["render"].run(...).
    services.extras["render"] = RenderService()
    application.bot_data["services"] = services
    application.add_handler(TypeHandler(Update, _set_language), group=-10)
    application.add_handler(CallbackQueryHandler(_refuse_forged_ids, pattern=_out_of_range), group=-9)
    for feature in conversations.FEATURES:
        feature.register(application)
    errors.register(application)
    return application


class BotProcess:
    """One running bot: database, application and polling, started and stopped as a unit."""

    def __init__(self, settings: Settings, clock=None) -> None:
        self.settings = settings
        self.clock = clock
        self.db: Database | None = None
        self.application: Application | None = None
        self.runner: PollingRunner | None = None
        self.stop_event = asyncio.Event()

    async def start(self) -> None:
        catalog = Catalog.load(self.settings.content_dir)
        self.db = await Database(self.settings.database_path).connect()
        await self.db.migrate()
        self.application = build_application(self.settings, self.db, catalog, self.clock)
        # getMe: a 502 or no network is waited out; a rejected token raises InvalidToken (exit 2).
        await retry_transient("getMe", self.application.initialize, self.stop_event)
        # post_init runs only inside PTB's run_polling, which is not used here, so call it directly.
        await _post_init(self.application, self.stop_event)
        await self.application.start()
        application = self.application
        self.runner = PollingRunner(application, application.bot_data["services"].updates, self.settings.poll_timeout,
                                    on_flood=lambda update: _slow_down(application, update))
        log.info("bot @%s started", self.application.bot.username)

    async def run(self) -> None:
        """Poll until ``stop_event`` is set, then shut down cleanly."""
        try:
            await self.runner.run(self.stop_event)
        finally:
            await self.shutdown()

    async def shutdown(self) -> None:
        """Stop everything that started; the database is closed on every path, so the process can end."""
        try:
            if self.application is not None:
                application, self.application = self.application, None
                try:
                    if application.running:
                        await application.stop()
                    await _post_shutdown(application)
                finally:
                    await application.shutdown()
        finally:
            if self.db is not None:
                db, self.db = self.db, None
                await db.close()
        log.info("bot stopped")
