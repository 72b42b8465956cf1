"""The bot joining and leaving groups, and groups becoming supergroups."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.constants import ChatMemberStatus
from telegram.error import TelegramError
from telegram.ext import Application, ChatMemberHandler, MessageHandler, filters

from bot.core import BotContext
from bot.domain.language import resolve_language
from bot.telegram_io import reply_html

from .common import GROUP_TYPES

log = logging.getLogger(__name__)

_PRESENT = (ChatMemberStatus.MEMBER, ChatMemberStatus.ADMINISTRATOR, ChatMemberStatus.RESTRICTED)


async def _admin_names(context: BotContext, chat_id: int) -> str:
    """The human admins' names, to say who can configure the bot here."""
    try:
        admins = await context.bot.get_chat_administrators(chat_id)
    except TelegramError as exc:
        log.info("could not list admins of %s: %s", chat_id, exc)
        return context.plain("reminders.group.admins_fallback")
    names = [m.user.first_name for m in admins if not m.user.is_bot and m.user.first_name]
    return ", ".join(names[:10]) if names else context.plain("reminders.group.admins_fallback")


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
        # The group's language: a choice made earlier, else that of the person who added the bot.
        stored = await services.chats.language(chat.id)
        adder = change.from_user.language_code if change.from_user else None
        lang = resolve_language(stored, adder, services.settings.default_language)
        await services.chats.upsert(chat.id, chat.type, chat.title, lang)
        context.lang = lang
        await services.hooks.run("chat_joined", context.application, chat.id)
        await reply_html(update, context, context.t("reminders.group.intro", admins=await _admin_names(context, chat.id)))
    elif was_in and not is_in:
        log.info("removed from group %s", chat.id)
        await services.chats.set_active(chat.id, False)
        await services.hooks.run("chat_left", context.application, chat.id)


async def migrated(update: Update, context: BotContext) -> None:
    """A group became a supergroup: its data (reminders included) moves to the new id."""
    message = update.effective_message
    if message.migrate_to_chat_id:
        await context.services.chats.migrate(message.chat_id, message.migrate_to_chat_id)
        await context.services.hooks.run("chat_migrated", context.application, message.chat_id, message.migrate_to_chat_id)


def register(application: Application) -> None:
    application.add_handler(ChatMemberHandler(membership_changed, ChatMemberHandler.MY_CHAT_MEMBER))
    application.add_handler(MessageHandler(filters.StatusUpdate.MIGRATE, migrated))
