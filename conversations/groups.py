"""The bot joining and leaving groups."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.constants import ChatMemberStatus
from telegram.ext import Application, ChatMemberHandler, MessageHandler, filters

from bot.core import BotContext
from bot.telegram_io import reply_html

from .common import GROUP_TYPES

log = logging.getLogger(__name__)

_PRESENT = (ChatMemberStatus.MEMBER, ChatMemberStatus.ADMINISTRATOR, ChatMemberStatus.RESTRICTED)


async def membership_changed(update: Update, context: BotContext) -> None:
    """Added to a group: remember it and introduce myself. Removed: stop sending there."""
    change = update.my_chat_member
    chat = change.chat
    if chat.type not in GROUP_TYPES:
        return
    services = context.services
    was_in = change.old_chat_member.status in _PRESENT
    is_in = change.new_chat_member.status in _PRESENT
    if is_in and not was_in:
        await services.chats.upsert(chat.id, chat.type, chat.title)
        context.lang = await services.chats.language(chat.id) or services.settings.default_language
        await reply_html(update, context, context.t("start.group_intro"))
    elif was_in and not is_in:
        log.info("removed from group %s", chat.id)
        await services.chats.set_active(chat.id, False)


async def migrated(update: Update, context: BotContext) -> None:
    """A group became a supergroup: its data moves to the new id."""
    message = update.effective_message
    if message.migrate_to_chat_id:
        await context.services.chats.migrate(message.chat_id, message.migrate_to_chat_id)
        for hook in context.services.extras.get("chat_migrated", []):
            await hook(context.application, message.chat_id, message.migrate_to_chat_id)


def register(application: Application) -> None:
    application.add_handler(ChatMemberHandler(membership_changed, ChatMemberHandler.MY_CHAT_MEMBER))
    application.add_handler(MessageHandler(filters.StatusUpdate.MIGRATE, migrated))
