"""The global error handler: the user hears that their answers are safe; the log gets the details."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.error import BadRequest, ChatMigrated, Forbidden, TelegramError
from telegram.ext import Application

from bot.core import BotContext
from bot.telegram_io import reply_html

log = logging.getLogger(__name__)


async def on_error(update: object, context: BotContext) -> None:
    """Log the failure; tell the user unless Telegram itself refuses to reach them."""
    error = context.error
    chat = update.effective_chat if isinstance(update, Update) else None
    if isinstance(error, Forbidden):
        # Blocked by the user or removed from the group: nobody to tell.
        log.info("skipped chat %s: %s", chat.id if chat else "?", error.message)
        if chat is not None and chat.id < 0:
            await context.services.chats.set_active(chat.id, False)
        return
    if isinstance(error, ChatMigrated):
        log.info("chat %s migrated to %s", chat.id if chat else "?", error.new_chat_id)
        return
    if isinstance(error, BadRequest) and "not modified" in error.message.lower():
        return
    update_id = update.update_id if isinstance(update, Update) else None
    log.error("error while handling update %s", update_id, exc_info=error)
    if chat is None:
        return
    try:
        # PTB gives the error handler a fresh context: the language the handler had is not in it.
        context.lang = await context.services.language_for(update)
    except Exception:  # noqa: BLE001 - the database may be what failed; the default language will do
        context.lang = context.services.settings.default_language
    query = update.callback_query
    if query is not None:
        try:
            await query.answer()  # stop the button's spinner
        except TelegramError:
            pass
    try:
        await reply_html(update, context, context.t("errors.generic"))
    except TelegramError as exc:
        log.info("could not tell chat %s about the error: %s", chat.id, exc)


def register(application: Application) -> None:
    application.add_error_handler(on_error)
