"""/language (/kieli): a person's language, or a group's (admins only)."""

from __future__ import annotations

from telegram import Update
from telegram.ext import Application, CallbackQueryHandler, CommandHandler

from bot.core import BotContext, services_of
from bot.telegram_io import edit_or_send, keyboard, reply_html

from .common import command_names, is_chat_admin, is_group, is_private, main_menu


def _choices(context: BotContext):
    return keyboard([[(context.plain("language.fi"), "lang:set:fi"), (context.plain("language.en"), "lang:set:en")]])


async def ask_language(update: Update, context: BotContext) -> None:
    """Offer both languages; in a group only an admin may change it."""
    if is_group(update) and not await is_chat_admin(context, update.effective_chat.id, update.effective_user.id):
        await reply_html(update, context, context.t("language.admins_only"))
        return
    key = "language.choose_group" if is_group(update) else "language.choose"
    await reply_html(update, context, context.t(key), _choices(context))


async def menu_language(update: Update, context: BotContext) -> None:
    """The language button of the main menu."""
    await update.callback_query.answer()
    await edit_or_send(update, context, context.t("language.choose"), _choices(context))


async def set_language(update: Update, context: BotContext) -> None:
    """Store the chosen language and confirm in it."""
    query = update.callback_query
    lang = query.data.rsplit(":", 1)[-1]
    services = context.services
    chat = update.effective_chat
    if is_group(update):
        if not await is_chat_admin(context, chat.id, update.effective_user.id):
            await query.answer(context.plain("language.admins_only"), show_alert=True)
            return
        await services.chats.set_language(chat.id, chat.type, chat.title, lang)
        context.lang = lang
        await query.answer()
        await edit_or_send(update, context, context.t("language.set_group"))
        return
    await services.users.set_language(update.effective_user.id, lang)
    context.lang = lang
    await query.answer()
    await edit_or_send(update, context, context.t("language.set"), main_menu(context) if is_private(update) else None)


def register(application: Application) -> None:
    catalog = services_of(application).catalog
    application.add_handler(CommandHandler(command_names(catalog, "language"), ask_language))
    application.add_handler(CallbackQueryHandler(menu_language, pattern=r"^menu:language$"))
    application.add_handler(CallbackQueryHandler(set_language, pattern=r"^lang:set:(fi|en)$"))
