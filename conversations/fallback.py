"""Whatever no feature took: a friendly word and the menu in private chats, silence in groups."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.ext import Application, CallbackQueryHandler, MessageHandler, TypeHandler, filters

from bot.core import BotContext
from bot.telegram_io import reply_html

from .common import main_menu

log = logging.getLogger(__name__)


async def not_text(update: Update, context: BotContext) -> None:
    """A sticker, photo, voice message, file or location in a private chat."""
    await reply_html(update, context, context.t("fallback.not_text"), main_menu(context))


async def unknown_text(update: Update, context: BotContext) -> None:
    """Text (or an unknown command) that nothing else handled."""
    await reply_html(update, context, context.t("fallback.text_outside"), main_menu(context))


async def edited(update: Update, context: BotContext) -> None:
    """Edits are not re-read; say so, so nobody waits for an answer to an edit."""
    await reply_html(update, context, context.t("fallback.edited"), main_menu(context))


async def expired_button(update: Update, context: BotContext) -> None:
    """A stale or forged callback payload: answer it so the spinner stops, never act on it."""
    log.info("unknown callback data from user %s", update.effective_user.id if update.effective_user else "?")
    await update.callback_query.answer(context.plain("fallback.expired_button"), show_alert=True)


async def ignore(update: Update, context: BotContext) -> None:
    """Group chatter, channel posts and service updates: nothing to say."""


def register(application: Application) -> None:
    private = filters.ChatType.PRIVATE
    application.add_handler(MessageHandler(private & filters.UpdateType.EDITED, edited))
    application.add_handler(MessageHandler(private & filters.TEXT & filters.UpdateType.MESSAGE, unknown_text))
    application.add_handler(MessageHandler(private & filters.UpdateType.MESSAGE, not_text))
    application.add_handler(CallbackQueryHandler(expired_button))
    application.add_handler(TypeHandler(Update, ignore))
