"""What every handler gets: the services object and a context that knows the update's language."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Awaitable, Callable, TypeVar

from telegram import Update
from telegram.constants import ChatType
from telegram.ext import Application, CallbackContext, ExtBot

from .content import Catalog
from .domain.language import resolve_language
from .settings import Settings
from .storage import Database
from .storage.users import ChatRepository, UpdateLog, UserRepository


T = TypeVar("T")


@dataclass
class Hooks:
    """Declared feature hooks: a feature appends its coroutine to the list it needs."""

    startup: list[Callable[[Application], Awaitable[None]]] = field(default_factory=list)
    shutdown: list[Callable[[Application], Awaitable[None]]] = field(default_factory=list)
    # A person confirmed /deletedata, before their rows go: undo what lives outside the database
    # (the advisors' view of their questions).
    user_erasing: list[Callable[[Application, int], Awaitable[None]]] = field(default_factory=list)
    # A person used /deletedata (their rows are already gone): drop what is cached about them.
    user_erased: list[Callable[[Application, int], Awaitable[None]]] = field(default_factory=list)
    # A group became a supergroup (its rows already moved): old id, new id.
    chat_migrated: list[Callable[[Application, int, int], Awaitable[None]]] = field(default_factory=list)
    # The bot was added to (again) or removed from a group.
    chat_joined: list[Callable[[Application, int], Awaitable[None]]] = field(default_factory=list)
    chat_left: list[Callable[[Application, int], Awaitable[None]]] = field(default_factory=list)

    NAMES = ("startup", "shutdown", "user_erasing", "user_erased", "chat_migrated", "chat_joined", "chat_left")

    async def run(self, name: str, *args: Any) -> None:
        """Await every coroutine of one hook, in the order they were added."""
        for hook in list(getattr(self, name)):
            await hook(*args)


class Features:
    """Each feature's long-lived object, looked up by its type: ``services.features.get(ReminderFeature)``."""

    def __init__(self) -> None:
        self._items: dict[type, Any] = {}

    def add(self, item: Any) -> None:
        self._items[type(item)] = item

    def get(self, kind: type[T]) -> T:
        """The registered object of this type; KeyError if the feature is not registered."""
        return self._items[kind]

    def find(self, kind: type[T]) -> T | None:
        """The registered object of this type, or None."""
        return self._items.get(kind)


@dataclass
class Services:
    """Long-lived objects shared by all handlers: typed ``features`` and declared ``hooks``.

    ``extras`` is the older string-keyed dict, kept so code not yet moved keeps working; its hook
    keys (``extras["startup"]`` …) are the very lists in ``hooks``, so both spellings reach the same hooks.
    """

    settings: Settings
    db: Database
    catalog: Catalog
    users: UserRepository
    chats: ChatRepository
    updates: UpdateLog
    extras: dict[str, Any] = field(default_factory=dict)
    # The one source of "now" (aware, UTC); tests replace it to move time without sleeping.
    clock: Callable[[], datetime] = field(default=lambda: datetime.now(UTC))
    hooks: Hooks = field(default_factory=Hooks)
    features: Features = field(default_factory=Features)

    def __post_init__(self) -> None:
        for name in Hooks.NAMES:
            self.extras[name] = getattr(self.hooks, name)

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
