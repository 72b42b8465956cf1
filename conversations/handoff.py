"""A human behind the bot: the handlers of the advisor handoff (the protocol is in ``handoff_protocol``).

The asker presses "send to an advisor" under an answer the bot could not give (the button carries the
id of that stored offer); an advisor replies to the question in the advisors' group; the reply reaches
the asker once. After the asker's /deletedata their questions are withdrawn in the advisors' view.
"""

from __future__ import annotations

import logging
import re

from telegram import Update
from telegram.error import TelegramError
from telegram.ext import Application, CallbackQueryHandler, CommandHandler, MessageHandler, filters

from bot.core import BotContext, services_of
from bot.domain.text import shorten
from bot.storage.db import from_db
from bot.telegram_io import reply_html

from .handoff_protocol import (
    AdvisorButton, ResendButton, chat_migrated, coordinator, deliver, flush, forward, hours_of, repo_of, startup,
    when_text, _date, _time,
)

__all__ = ["AdvisorButton", "flush", "forward", "deliver", "maybe_advisor_reply", "register", "when_text"]

log = logging.getLogger(__name__)

OPEN_COMMANDS = ["open", "avoimet"]
# The first line of a forwarded question, in either language: "❓ <b>Question #12</b> – …".
_TICKET_IN_COPY = re.compile(r"^❓[^#\n]*#(\d{1,18})\b")


def _is_advisor_button(data: object) -> bool:
    return isinstance(data, str) and (data == "faq:adv" or data.startswith("faq:adv:"))


async def send_to_advisor(update: Update, context: BotContext) -> None:
    """"Send to an advisor": only for an offer this bot made to this user; store, forward, say when."""
    query = update.callback_query
    button = AdvisorButton.parse(query.data)
    repo = repo_of(context.application)
    user = update.effective_user
    question = await repo.offered_question(button.offer_id, user.id) if button else None
    if question is None or coordinator(context.application) is None:
        await query.answer(context.plain("faq.expired"), show_alert=True)
        return
    ticket_id = await repo.open_ticket(user_id=user.id, first_name=user.first_name or "?", lang=context.lang,
                                       question=question, unanswered_id=button.offer_id, now=context.services.clock())
    if ticket_id is None:
        await query.answer(context.plain("faq.advisor.already"), show_alert=True)
        return
    await query.answer()
    try:
        await query.edit_message_reply_markup(None)
    except TelegramError as exc:
        log.debug("could not remove the advisor button: %s", exc)
    state = await forward(context.application, ticket_id)
    when = when_text(context.services.catalog, context.lang, hours_of(context.application), context.services.clock())
    # "Sent" only when Telegram confirmed it; otherwise it is truly saved and the outbox keeps trying.
    key = "faq.advisor.sent" if state in ("forwarded", "answered") else "faq.advisor.queued"
    await reply_html(update, context, context.t(key, when=when))


async def maybe_advisor_reply(update: Update, context: BotContext) -> bool:
    """An advisor's reply to a forwarded question: store and deliver it. False for anything else."""
    message = update.effective_message
    chat_id = coordinator(context.application)
    replied = message.reply_to_message if message is not None else None
    if chat_id is None or replied is None or message.chat.id != chat_id:
        return False
    if replied.from_user is None or replied.from_user.id != context.bot.id:
        return False
    repo = repo_of(context.application)
    row = await repo.by_message(chat_id, replied.message_id)
    if row is None:
        found = _TICKET_IN_COPY.match(replied.text or "")
        if found is None:
            return False  # a reply to some other message of the bot (an FAQ answer): not a ticket
        number = int(found.group(1))
        row = await repo.ticket(number)
        if row is None:
            await reply_html(update, context, context.t("handoff.asker_gone", number=number))
            return True
        # A copy whose send response was lost: now its id is known.
        await repo.learn_copy(row["id"], chat_id, replied.message_id)
    if not message.text:
        await reply_html(update, context, context.t("faq.advisor.reply_text_only"))
        return True
    recorded = await repo.record_answer(row["id"], message.text, update.effective_user.id, context.services.clock())
    if not recorded:
        current = await repo.ticket(row["id"])
        if current["answer"] == message.text and current["answered_by_user_id"] == update.effective_user.id:
            # This very reply, delivered again after a crash: finish its delivery if it is still due.
            await deliver(context.application, row["id"])
            return True
        await reply_html(update, context, context.t("faq.advisor.already_answered", number=row["id"]))
        return True
    await deliver(context.application, row["id"])
    return True


async def advisor_media_reply(update: Update, context: BotContext) -> None:
    """A photo or sticker as a reply in the advisors' chat."""
    await maybe_advisor_reply(update, context)


async def resend(update: Update, context: BotContext) -> None:
    """The advisors' "send again" under an answer whose delivery may not have arrived."""
    query = update.callback_query
    button = ResendButton.parse(query.data)
    if button is None or update.effective_chat.id != coordinator(context.application):
        await query.answer(context.plain("handoff.resend_gone"), show_alert=True)
        return
    row = await repo_of(context.application).ticket(button.ticket_id)
    if row is None or row["delivery"] != "uncertain":
        await query.answer(context.plain("handoff.resend_gone"), show_alert=True)
        return
    await query.answer()
    try:
        await query.edit_message_reply_markup(None)
    except TelegramError as exc:
        log.debug("could not remove the resend button: %s", exc)
    await deliver(context.application, button.ticket_id, resend=True)


async def open_questions(update: Update, context: BotContext) -> None:
    """/open (/avoimet) in the advisors' chat: questions still waiting for an answer."""
    if update.effective_chat.id != coordinator(context.application):
        await reply_html(update, context, context.t("faq.advisor.open_not_here"))
        return
    repo = repo_of(context.application)
    count = await repo.count_open()
    if not count:
        await reply_html(update, context, context.t("faq.advisor.open_none"))
        return
    tz = context.services.settings.tz
    lines = [context.t("faq.advisor.open_title", count=count)]
    rows = await repo.open_questions(20)
    for row in rows:
        created = from_db(row["created_at"]).astimezone(tz)
        waiting = context.t("faq.advisor.open_waiting") if row["status"] in ("pending", "sending") else ""
        lines.append(context.t("faq.advisor.open_item", number=row["id"], name=row["first_name"], language=row["lang"],
                               date=f"{_date(context.lang, created)} {_time(context.lang, created.time())}",
                               waiting=waiting, question=shorten(row["question"], 300)))
    if count > len(rows):
        lines.append(context.t("faq.advisor.open_more", count=count - len(rows)))
    await reply_html(update, context, "\n\n".join(lines))


async def _before_erase(application: Application, user_id: int) -> None:
    """Read which copies in the advisors' chat show this user's questions (the rows go in the erase)."""
    erasing = services_of(application).extras.setdefault("handoff_erasing", {})
    erasing[user_id] = await repo_of(application).tickets_of(user_id)


async def _after_erase(application: Application, user_id: int) -> None:
    """Withdraw the erased user's questions in the advisors' view: name and question removed."""
    services = services_of(application)
    tickets = services.extras.setdefault("handoff_erasing", {}).pop(user_id, [])
    chat_id = coordinator(application)
    if not tickets or chat_id is None:
        return
    lang = await services.language_for_chat(chat_id)
    for number, status, copies in tickets:
        for copy_chat, message_id in copies:
            try:
                await application.bot.edit_message_text(services.catalog.t(lang, "handoff.erased_copy", number=number),
                                                        copy_chat, message_id, parse_mode="HTML")
            except TelegramError as exc:
                log.info("could not withdraw a question copy: %s", exc.__class__.__name__)
    withdrawn = [f"#{number}" for number, status, _ in tickets if status != "answered"]
    if withdrawn:
        try:
            await application.bot.send_message(
                chat_id, services.catalog.t(lang, "handoff.erased_notice", numbers=", ".join(withdrawn)), parse_mode="HTML")
        except TelegramError as exc:
            log.info("could not tell the advisors about an erase: %s", exc.__class__.__name__)


class _InAdvisorsChat(filters.MessageFilter):
    """Messages in the advisors' group, wherever it lives now (it may have become a supergroup)."""

    def __init__(self, application: Application) -> None:
        super().__init__(name="InAdvisorsChat")
        self.application = application

    def filter(self, message) -> bool:
        return message.chat.id == coordinator(self.application)


def register(application: Application) -> None:
    services = services_of(application)
    services.extras.setdefault("startup", []).append(startup)
    services.hooks.user_erasing.append(_before_erase)
    services.extras.setdefault("user_erased", []).append(_after_erase)
    services.extras.setdefault("chat_migrated", []).append(chat_migrated)
    application.add_handler(CallbackQueryHandler(send_to_advisor, pattern=_is_advisor_button))
    application.add_handler(CallbackQueryHandler(resend, pattern=ResendButton.matches))
    application.add_handler(CommandHandler(OPEN_COMMANDS, open_questions))
    if services.settings.coordinator_chat_id is not None:
        application.add_handler(MessageHandler(
            _InAdvisorsChat(application) & filters.REPLY & ~filters.TEXT & filters.UpdateType.MESSAGE,
            advisor_media_reply,
        ))
