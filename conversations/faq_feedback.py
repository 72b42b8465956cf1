"""👍/👎 under an FAQ answer: the vote is stored; 👎 offers the next two candidates and the advisor in one tap."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.error import TelegramError
from telegram.ext import Application, CallbackQueryHandler

from bot.core import BotContext
from bot.telegram_io import keyboard, reply_html

from . import handoff
from .common import is_private
from .faq import VoteButton, entry_rows, faq_services

log = logging.getLogger(__name__)


async def vote(update: Update, context: BotContext) -> None:
    """A vote on an answer to a question; 👎 from the asker in a private chat leads on."""
    query = update.callback_query
    button = VoteButton.parse(query.data)
    faq = faq_services(context)
    asked = await faq.context_repo.asked(button.asked_id) if button else None
    # A button carries the id of a question asked in this chat; any other id is forged or stale.
    if button is None or asked is None or query.message is None or asked.chat_id != query.message.chat.id:
        await query.answer(context.plain("faq.expired"), show_alert=True)
        return
    user_id = update.effective_user.id
    await faq.repo.feedback(
        user_id=user_id, chat_id=query.message.chat.id, message_id=query.message.message_id,
        entry_id=asked.entry_id, lang=context.lang, helpful=button.helpful, now=context.services.clock(),
    )
    private = is_private(update)
    if button.helpful or not private or asked.user_id != user_id:
        await query.answer(context.plain("faq.feedback_up" if button.helpful else "faq.feedback_down"))
        if private:
            await _drop_votes(query)
        return
    await query.answer()
    await _drop_votes(query)
    # Stored as an unanswered question first, so the advisor button can send it (conversations.handoff).
    row_id = await faq.repo.unanswered(
        user_id=user_id, chat_id=query.message.chat.id, lang=context.lang, question=asked.question,
        decision="downvoted", best_entry=asked.entry_id, confidence=0.0, now=context.services.clock(),
    )
    rows = entry_rows(context, asked.next_entries)
    text = context.t("faq.downvoted") if rows else ""
    if context.services.settings.coordinator_chat_id is not None:
        rows.append([(context.plain("faq.buttons.advisor"), handoff.AdvisorButton("adv", row_id).pack())])
        text = (text + "\n\n" if text else "") + context.t("faq.downvoted_advisor")
    else:
        rows.append([(context.plain("faq.buttons.find_group"), "faq:find")])
        text = (text + "\n\n" if text else "") + context.t("faq.downvoted_contacts")
    rows.append([(context.plain("faq.buttons.topics"), "faq:topics")])
    await reply_html(update, context, text, keyboard(rows))


async def _drop_votes(query) -> None:
    """Take the 👍/👎 row off the answer (other buttons stay)."""
    markup = query.message.reply_markup
    rest = [row for row in (markup.inline_keyboard if markup else [])
            if not any(VoteButton.matches(b.callback_data) for b in row)]
    try:
        await query.edit_message_reply_markup(keyboard([[(b.text, b.callback_data) for b in row] for row in rest])
                                              if rest else None)
    except TelegramError as exc:
        log.debug("could not remove the vote buttons: %s", exc)


def register(application: Application) -> None:
    application.add_handler(CallbackQueryHandler(vote, pattern=VoteButton.matches))
