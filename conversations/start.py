"""/start, /help and /cancel; the welcome and the main menu."""

from __future__ import annotations

from telegram import Update
from telegram.ext import Application, CallbackQueryHandler, CommandHandler

from bot.core import BotContext, services_of
from bot.telegram_io import edit_or_send, reply_html

from .common import command_names, is_private, main_menu


async def start(update: Update, context: BotContext) -> None:
    """Welcome in the user's language, with the main menu (a group gets its own introduction)."""
    if not is_private(update):
        await reply_html(update, context, context.t("start.group_intro"))
        return
    await reply_html(update, context, context.t("start.welcome", name=update.effective_user.first_name), main_menu(context))


async def help_command(update: Update, context: BotContext) -> None:
    """What the bot can do, command by command."""
    if is_private(update):
        await reply_html(update, context, context.t("help.private"), main_menu(context))
    else:
        await reply_html(update, context, context.t("help.group"))


async def cancel(update: Update, context: BotContext) -> None:
    """/cancel outside any conversation: nothing to stop, here is the menu."""
    await reply_html(update, context, context.t("cancel.nothing"), main_menu(context) if is_private(update) else None)


async def show_menu(update: Update, context: BotContext) -> None:
    """The main-menu button of an earlier message: show the menu again."""
    await update.callback_query.answer()
    await edit_or_send(update, context, context.t("menu.title"), main_menu(context))


def register(application: Application) -> None:
    catalog = services_of(application).catalog
    application.add_handler(CommandHandler("start", start))
    application.add_handler(CommandHandler(command_names(catalog, "help"), help_command))
    application.add_handler(CommandHandler(command_names(catalog, "cancel"), cancel))
    application.add_handler(CallbackQueryHandler(show_menu, pattern=r"^menu:main$"))
