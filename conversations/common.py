"""Pieces several handlers share: the main menu, chat-type checks, the admin check."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.constants import ChatMemberStatus, ChatType
from telegram.error import TelegramError

from bot.core import BotContext
from bot.telegram_io import keyboard

log = logging.getLogger(__name__)

GROUP_TYPES = (ChatType.GROUP, ChatType.SUPERGROUP)


def main_menu(context: BotContext):
    """The main menu as inline buttons."""
    p = context.plain
    return keyboard(
        [
            [(p("menu.idea"), "menu:idea")],
            [(p("menu.ask"), "menu:ask")],
            [(p("menu.reminders"), "menu:reminders")],
            [(p("menu.language"), "menu:language"), (p("menu.privacy"), "menu:privacy")],
        ]
    )


def is_private(update: Update) -> bool:
    return update.effective_chat is not None and update.effective_chat.type == ChatType.PRIVATE


def is_group(update: Update) -> bool:
    return update.effective_chat is not None and update.effective_chat.type in GROUP_TYPES


async def is_chat_admin(context: BotContext, chat_id: int, user_id: int) -> bool:
    """Asks Telegram each time (no cache), so a demoted admin loses the right at once."""
    try:
        member = await context.bot.get_chat_member(chat_id, user_id)
    except TelegramError as exc:
        log.info("admin check failed for chat %s: %s", chat_id, exc)
        return False
    return member.status in (ChatMemberStatus.OWNER, ChatMemberStatus.ADMINISTRATOR)


def command_names(catalog, feature_id: str) -> list[str]:
    """Every language's name for a command (``help`` and ``apua``), from the command catalog."""
    names = {feature_id}
    for lang in ("fi", "en"):
        for section in ("private", "group"):
            entry = catalog.section(lang, f"commands.{section}").get(feature_id)
            if entry:
                names.add(entry[0])
    return sorted(names)
