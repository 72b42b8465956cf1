"""Builds the PTB Application: settings, storage, content and every feature's ``register``."""

from __future__ import annotations

import asyncio
import logging

from telegram import BotCommand, BotCommandScopeAllGroupChats, BotCommandScopeAllPrivateChats, Update
from telegram.ext import Application, ApplicationBuilder, ContextTypes, TypeHandler

import conversations
from conversations import errors

from .content import Catalog
from .core import BotContext, Services
from .runner import PollingRunner, make_bot
from .settings import Settings
from .storage import Database
from .storage.users import ChatRepository, UpdateLog, UserRepository

log = logging.getLogger(__name__)


async def _set_language(update: Update, context: BotContext) -> None:
    """Resolve the language once per update, before any feature handler runs."""
    context.lang = await context.services.language_for(update)


async def _post_init(application: Application) -> None:
    """Command menus per language and chat type, then each feature's start-up work."""
    services: Services = application.bot_data["services"]
    catalog = services.catalog
    for lang in ("en", "fi"):
        code = None if lang == "en" else "fi"
        for scope, section in ((BotCommandScopeAllPrivateChats(), "private"), (BotCommandScopeAllGroupChats(), "group")):
            commands = [BotCommand(name, desc) for name, desc in catalog.section(lang, f"commands.{section}").values()]
            await application.bot.set_my_commands(commands, scope=scope, language_code=code)
    for hook in services.extras.get("startup", []):
        await hook(application)


async def _post_shutdown(application: Application) -> None:
    services: Services = application.bot_data["services"]
    for hook in services.extras.get("shutdown", []):
        await hook(application)


def build_application(settings: Settings, db: Database, catalog: Catalog, clock=None) -> Application:
    """The Application with every feature registered; no Updater, the PollingRunner feeds it."""
    application = (
        ApplicationBuilder()
        # A redelivered button press must not fail on its late answer; see runner.RedeliverySafeBot.
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
    application.bot_data["services"] = services
    application.add_handler(TypeHandler(Update, _set_language), group=-10)
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
        await self.application.initialize()
        # post_init runs only inside PTB's run_polling, which is not used here, so call it directly.
        await _post_init(self.application)
        await self.application.start()
        self.runner = PollingRunner(self.application, self.application.bot_data["services"].updates, self.settings.poll_timeout)
        log.info("bot @%s started", self.application.bot.username)

    async def run(self) -> None:
        """Poll until ``stop_event`` is set, then shut down cleanly."""
        try:
            await self.runner.run(self.stop_event)
        finally:
            await self.shutdown()

    async def shutdown(self) -> None:
        if self.application is not None:
            if self.application.running:
                await self.application.stop()
            await _post_shutdown(self.application)
            await self.application.shutdown()
            self.application = None
        if self.db is not None:
            await self.db.close()
            self.db = None
        log.info("bot stopped")
