"""/privacy (/tietosuoja) and /deletedata (/poistatiedot)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from telegram import Update
from telegram.ext import Application, CallbackQueryHandler, CommandHandler

from bot.callback_data import CallbackData
from bot.core import BotContext, services_of
from bot.telegram_io import edit_or_send, keyboard, reply_html

from .common import command_names, is_private, main_menu


@dataclass(frozen=True)
class PrivacyButton(CallbackData, prefix="privacy"):
    """The delete button under the privacy text (``privacy:delete``) and its confirmation (``…:yes`` / ``…:no``)."""

    action: Literal["delete"]
    answer: Literal["yes", "no"] | None = None

    def data(self) -> str:
        return self.pack().rstrip(":")


DELETE = PrivacyButton("delete").data()


async def privacy(update: Update, context: BotContext) -> None:
    """What is stored, why, for how long, and how to delete it."""
    markup = keyboard([[(context.plain("privacy.delete_button"), DELETE)]]) if is_private(update) else None
    await reply_html(update, context, context.t("privacy.text"), markup)


async def menu_privacy(update: Update, context: BotContext) -> None:
    """The privacy button of the main menu."""
    await update.callback_query.answer()
    await edit_or_send(
        update, context, context.t("privacy.text"), keyboard([[(context.plain("privacy.delete_button"), DELETE)]])
    )


def _confirm_markup(context: BotContext):
    return keyboard(
        [[(context.plain("deletedata.button_yes"), PrivacyButton("delete", "yes").data())],
         [(context.plain("deletedata.button_no"), PrivacyButton("delete", "no").data())]]
    )


async def delete_data(update: Update, context: BotContext) -> None:
    """Ask before deleting; only in a private chat, where nobody else sees it."""
    if not is_private(update):
        await reply_html(update, context, context.t("deletedata.private_only"))
        return
    await reply_html(update, context, context.t("deletedata.confirm"), _confirm_markup(context))


async def delete_button(update: Update, context: BotContext) -> None:
    """The delete button under the privacy text."""
    await update.callback_query.answer()
    await edit_or_send(update, context, context.t("deletedata.confirm"), _confirm_markup(context))


async def delete_confirmed(update: Update, context: BotContext) -> None:
    """Delete every row about this user, then tell them so."""
    query = update.callback_query
    user_id = update.effective_user.id
    button = PrivacyButton.parse(query.data)
    if button is None or button.answer is None:
        await query.answer(context.plain("fallback.expired_button"), show_alert=True)
        return
    if button.answer == "no":
        await query.answer()
        await edit_or_send(update, context, context.t("deletedata.cancelled"), main_menu(context))
        return
    services = context.services
    # Features read what they must undo outside the database (the advisors' view of a question) first.
    await services.hooks.run("user_erasing", context.application, user_id)
    await services.users.erase(user_id)
    context.user_data.clear()
    await services.hooks.run("user_erased", context.application, user_id)
    # The deleted rows' older page copies sit in the -wal file until a checkpoint truncates it.
    await services.db.scrub()
    await query.answer()
    await edit_or_send(update, context, context.t("deletedata.done"))


def register(application: Application) -> None:
    catalog = services_of(application).catalog
    application.add_handler(CommandHandler(command_names(catalog, "privacy"), privacy))
    application.add_handler(CommandHandler(command_names(catalog, "deletedata"), delete_data))
    application.add_handler(CallbackQueryHandler(menu_privacy, pattern=r"^menu:privacy$"))
    application.add_handler(CallbackQueryHandler(delete_button, pattern=lambda data: data == DELETE))
    application.add_handler(CallbackQueryHandler(
        delete_confirmed, pattern=lambda data: PrivacyButton.matches(data) and data != DELETE))
