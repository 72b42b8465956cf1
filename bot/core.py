"""What every handler gets: the services object and a context that knows the update's language."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Callable

from telegram import Update
from telegram.constants import ChatType
from telegram.ext import Application, CallbackContext, ExtBot

from .content import Catalog
from .domain.language import resolve_language
from .settings import Settings
from .storage import Database
from .storage.users import ChatRepository, UpdateLog, UserRepository


@dataclass
class Services:
    """Long-lived objects shared by all handlers; features attach their own in ``extras``."""

    settings: Settings
    db: Database
    catalog: Catalog
    users: UserRepository
    chats: ChatRepository
    updates: UpdateLog
    extras: dict[str, Any] = field(default_factory=dict)
    # The one source of "now" (aware, UTC); tests replace it to move time without sleeping.
    clock: Callable[[], datetime] = field(default=lambda: datetime.now(UTC))

    async def language_for(self, update: Update) -> str:
        chat, user = update.effective_chat, update.effective_user
        default = self.settings.default_language
        if chat is not None and chat.type in (ChatType.GROUP, ChatType.SUPERGROUP):
            return await self.chats.language(chat.id) or default
        stored = await self.users.language(user.id) if user else None
        return resolve_language(stored, user.language_code if user else None, default)

    async def language_for_chat(self, chat_id: int) -> str:
        """For messages the bot starts itself (reminders, advisor replies), with no update to read."""
        if chat_id < 0:
            return await self.chats.language(chat_id) or self.settings.default_language
        return await self.users.language(chat_id) or self.settings.default_language


class BotContext(CallbackContext[ExtBot, dict, dict, dict]):
    """The callback context with the services, the update's language and a text lookup."""

    lang: str

    @property
    def services(self) -> Services:
        return self.application.bot_data["services"]

    def t(self, key: str, **values: object) -> str:
        return self.services.catalog.t(getattr(self, "lang", self.services.settings.default_language), key, **values)

    def plain(self, key: str, **values: object) -> str:
        return self.services.catalog.plain(getattr(self, "lang", self.services.settings.default_language), key, **values)


BotApplication = Application[ExtBot, BotContext, dict, dict, dict, Any]


def services_of(application: Application) -> Services:
    return application.bot_data["services"]
