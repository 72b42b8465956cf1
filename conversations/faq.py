"""Questions about funding: free-text answers, suggestions, the topic browser and feedback (the Leader-group finder is ``conversations.leader_finder``).

Private chats: any text outside a conversation is a question. Groups: /ask (/kysy), a reply to the bot
or an @mention. The advisor handoff lives in ``conversations.handoff`` and is registered from here.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from telegram import Message, MessageEntity, Update
from telegram.ext import Application, CallbackQueryHandler, CommandHandler, MessageHandler, filters

from bot.content import Html, validate_common
from bot.core import BotContext, services_of
from bot.domain.faq import FaqIndex, MatchResult, words
from bot.domain.faq_model import CATEGORIES, FaqEntry, load_entries
from bot.domain.office_hours import OfficeHours
from bot.domain.text import is_meaningful, markdown_to_html, shorten
from bot.storage.faq import FaqRepository
from bot.telegram_io import edit_or_send, keyboard, reply_html

from . import handoff, leader_finder
from .common import command_names, is_private

log = logging.getLogger(__name__)

FIND_GROUP_ENTRY = "leader-find-group"
MAX_QUESTION = 2000


@dataclass
class FaqServices:
    """What the FAQ handlers share: the index (built once), office hours and storage."""

    index: FaqIndex
    hours: OfficeHours
    repo: FaqRepository

    def entry(self, lang: str, entry_id: str) -> FaqEntry | None:
        return self.index.entries.get(lang, {}).get(entry_id)


@lru_cache(maxsize=4)
def _index_for(content_dir: Path) -> FaqIndex:
    """One index per content folder for the whole process (restarts in tests reuse it)."""
    return FaqIndex.build(load_entries(content_dir))


def faq_services(context_or_app) -> FaqServices:
    application = getattr(context_or_app, "application", context_or_app)
    return services_of(application).extras["faq"]


# -- rendering ------------------------------------------------------------------------------------


def _answer_markup(context: BotContext, entry_id: str, private: bool):
    rows = [[(context.plain("faq.buttons.helpful"), f"faq:fb:{entry_id}:1"),
             (context.plain("faq.buttons.not_helpful"), f"faq:fb:{entry_id}:0")]]
    if entry_id == FIND_GROUP_ENTRY and private:
        rows.append([leader_finder.finder_button(context)])
    if private:
        rows.append([(context.plain("faq.buttons.topics"), "faq:topics")])
    return keyboard(rows)


def _answer_text(context: BotContext, entry: FaqEntry) -> str:
    text = context.t("faq.answer", title=entry.title, body=Html(markdown_to_html(entry.body)))
    if entry.id == FIND_GROUP_ENTRY:
        text += "\n\n" + leader_finder.national_line(context)
    return text


async def send_answer(update: Update, context: BotContext, entry_id: str) -> None:
    """An entry in the reader's language, with 👍/👎."""
    entry = faq_services(context).entry(context.lang, entry_id)
    if entry is None:
        return
    await reply_html(update, context, _answer_text(context, entry), _answer_markup(context, entry_id, is_private(update)))


def _topics_markup(context: BotContext):
    return keyboard([[(context.plain(f"faq.topics.{c}"), f"faq:cat:{c}")] for c in CATEGORIES])


# -- answering a question -------------------------------------------------------------------------


async def answer_question(update: Update, context: BotContext, question: str) -> None:
    """Match a question and answer, suggest, or admit not knowing (and store what went unanswered)."""
    if not is_meaningful(question):
        await reply_html(update, context, context.t("faq.not_meaningful"))
        return
    question = question[:MAX_QUESTION]
    faq = faq_services(context)
    result = faq.index.search(question)
    log.debug("faq match: %s %.3f %s", result.decision, result.confidence, result.best)
    if _wants_group(question, result) and await leader_finder.answer_if_municipality(update, context, question):
        return
    if result.decision == "answer":
        await send_answer(update, context, result.best)
        return
    await _not_answered(update, context, question, result)


def _wants_group(question: str, result: MatchResult) -> bool:
    """A municipality was named: show its group when that is what the question is about."""
    if result.off_topic:
        return False
    return result.best == FIND_GROUP_ENTRY or len(words(question)) <= 3 or result.decision == "none"


async def _not_answered(update: Update, context: BotContext, question: str, result: MatchResult) -> None:
    faq = faq_services(context)
    private = is_private(update)
    decision = "off_topic" if result.off_topic else result.decision
    # Stored before answering, so the button below can refer to it.
    row_id = await faq.repo.unanswered(
        user_id=update.effective_user.id, chat_id=update.effective_chat.id, lang=context.lang, question=question,
        decision=decision, best_entry=result.best, confidence=result.confidence, now=context.services.clock(),
    )
    advisor_ready = private and context.services.settings.coordinator_chat_id is not None
    advisor_row = [(context.plain("faq.buttons.advisor"), f"faq:adv:{row_id}")] if advisor_ready else None
    topics_row = [(context.plain("faq.buttons.topics"), "faq:topics")]
    if result.decision == "suggest" and not result.off_topic:
        rows = []
        for entry_id in result.suggestions(3):
            entry = faq.entry(context.lang, entry_id)
            rows.append([(shorten(entry.title, 60), f"faq:show:{entry_id}")])
        text = context.t("faq.suggest")
        if advisor_row:
            rows.append(advisor_row)
            text += "\n\n" + context.t("faq.suggest_advisor")
        if private:
            rows.append(topics_row)
        await reply_html(update, context, text, keyboard(rows))
        return
    if result.off_topic:
        await reply_html(update, context, context.t("faq.off_topic"), keyboard([topics_row]) if private else None)
        return
    if not private:
        await reply_html(update, context, context.t("faq.group_no_answer"))
        return
    if advisor_row:
        await reply_html(update, context, context.t("faq.no_answer"), keyboard([advisor_row, topics_row]))
    else:
        rows = [[leader_finder.finder_button(context)], topics_row]
        await reply_html(update, context, context.t("faq.no_answer_contacts"), keyboard(rows))


# -- handlers -------------------------------------------------------------------------------------


async def private_text(update: Update, context: BotContext) -> None:
    """Any text in a private chat that no conversation took is a question."""
    await answer_question(update, context, update.effective_message.text or "")


async def ask_command(update: Update, context: BotContext) -> None:
    """/ask (/kysy) with the question after it; without one, say how."""
    question = " ".join(context.args or []).strip()
    if not question:
        key = "faq.private_usage" if is_private(update) else "faq.group_usage"
        await reply_html(update, context, context.t(key))
        return
    await answer_question(update, context, question)


async def group_addressed(update: Update, context: BotContext) -> None:
    """A reply to the bot or an @mention in a group: answer in the group's language."""
    message = update.effective_message
    if await handoff.maybe_advisor_reply(update, context):
        return
    text = _strip_mention(message, context.bot.username)
    if not text.strip():
        await reply_html(update, context, context.t("faq.group_usage"))
        return
    await answer_question(update, context, text)


def _strip_mention(message: Message, username: str | None) -> str:
    text = message.text or ""
    if username:
        text = text.replace(f"@{username}", " ")
    return " ".join(text.split())


async def browse(update: Update, context: BotContext) -> None:
    """/faq (/ukk) or the topics button: the topic list."""
    if update.callback_query:
        await update.callback_query.answer()
    await edit_or_send(update, context, context.t("faq.browse"), _topics_markup(context))


async def how_to_ask(update: Update, context: BotContext) -> None:
    """The main menu's "Ask about funding": how to ask, and the topics (the menu stays as it was)."""
    await update.callback_query.answer()
    await reply_html(update, context, context.t("faq.how_to_ask"), _topics_markup(context))


async def show_topic(update: Update, context: BotContext) -> None:
    """The questions of one topic as buttons."""
    query = update.callback_query
    category = query.data.split(":", 2)[2]
    if category not in CATEGORIES:
        await query.answer(context.plain("faq.expired"), show_alert=True)
        return
    await query.answer()
    faq = faq_services(context)
    entries = [e for e in faq.index.entries[context.lang].values() if e.category == category]
    rows = [[(shorten(e.title, 60), f"faq:show:{e.id}")] for e in sorted(entries, key=lambda e: e.title)]
    rows.append([(context.plain("faq.buttons.back"), "faq:topics")])
    await edit_or_send(update, context, context.t("faq.topic", topic=context.plain(f"faq.topics.{category}")), keyboard(rows))


async def show_entry(update: Update, context: BotContext) -> None:
    """A suggestion or a browsed question was pressed: send its answer."""
    query = update.callback_query
    entry_id = query.data.split(":", 2)[2]
    if faq_services(context).entry(context.lang, entry_id) is None:
        await query.answer(context.plain("faq.expired"), show_alert=True)
        return
    await query.answer()
    await send_answer(update, context, entry_id)


async def feedback(update: Update, context: BotContext) -> None:
    """👍/👎 on an answer: stored (a second press changes the vote), then the buttons go."""
    query = update.callback_query
    parts = query.data.split(":")
    faq = faq_services(context)
    if len(parts) != 4 or parts[3] not in ("0", "1") or faq.entry(context.lang, parts[2]) is None or query.message is None:
        await query.answer(context.plain("faq.expired"), show_alert=True)
        return
    helpful = parts[3] == "1"
    await faq.repo.feedback(
        user_id=update.effective_user.id, chat_id=query.message.chat.id, message_id=query.message.message_id,
        entry_id=parts[2], lang=context.lang, helpful=helpful, now=context.services.clock(),
    )
    await query.answer(context.plain("faq.feedback_up" if helpful else "faq.feedback_down"))
    if is_private(update):
        # In a group others may still want to vote, so the buttons stay there.
        rest = [row for row in (query.message.reply_markup.inline_keyboard if query.message.reply_markup else [])
                if not any((b.callback_data or "").startswith("faq:fb:") for b in row)]
        try:
            await query.edit_message_reply_markup(keyboard([[(b.text, b.callback_data) for b in row] for row in rest]) if rest else None)
        except Exception as exc:  # noqa: BLE001 - an old message that can't be edited is fine
            log.debug("could not remove feedback buttons: %s", exc)


class _AddressedToBot(filters.MessageFilter):
    """A group message that replies to the bot or @mentions it."""

    def filter(self, message: Message) -> bool:
        bot = message.get_bot()
        reply = message.reply_to_message
        if reply is not None and reply.from_user is not None and reply.from_user.id == bot.id:
            return True
        username = (bot.username or "").lower()
        for entity in message.entities or ():
            if entity.type == MessageEntity.MENTION and message.parse_entity(entity).lower() == f"@{username}":
                return True
        return False


def register(application: Application) -> None:
    services = services_of(application)
    catalog = services.catalog
    hours = validate_common(catalog, "advisor", OfficeHours)
    services.extras["faq"] = FaqServices(
        index=_index_for(services.settings.content_dir.resolve()),
        hours=hours,
        repo=FaqRepository(services.db),
    )
    handoff.register(application)
    application.add_handler(CommandHandler(command_names(catalog, "ask"), ask_command))
    application.add_handler(CommandHandler(command_names(catalog, "faq"), browse))
    application.add_handler(CallbackQueryHandler(how_to_ask, pattern=r"^menu:ask$"))
    application.add_handler(CallbackQueryHandler(browse, pattern=r"^faq:topics$"))
    application.add_handler(CallbackQueryHandler(show_topic, pattern=r"^faq:cat:"))
    application.add_handler(CallbackQueryHandler(show_entry, pattern=r"^faq:show:"))
    application.add_handler(CallbackQueryHandler(feedback, pattern=r"^faq:fb:"))
    message = filters.UpdateType.MESSAGE
    application.add_handler(MessageHandler(filters.ChatType.PRIVATE & filters.TEXT & ~filters.COMMAND & message, private_text))
    application.add_handler(MessageHandler(filters.ChatType.GROUPS & filters.TEXT & ~filters.COMMAND & message & _AddressedToBot(), group_addressed))
