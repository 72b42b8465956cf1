"""Questions about funding: free-text answers, suggestions, the topic browser and feedback (the Leader-group finder is ``conversations.leader_finder``).

Private chats: any text outside a conversation is a question. Groups: /ask (/kysy), a reply to the bot
or an @mention. The advisor handoff lives in ``conversations.handoff`` and is registered from here.
"""

from __future__ import annotations

import asyncio
import threading
import logging
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from telegram import Message, MessageEntity, Update
from telegram.ext import Application, CallbackQueryHandler, CommandHandler, MessageHandler, filters

from bot.callback_data import CallbackData
from bot.content import Html, validate_common
from bot.core import BotContext, services_of
from bot.domain.faq import FaqIndex, MatchResult, words
from bot.domain.faq_hybrid import Decision, HybridMatcher, attach_scope, build_matcher, programme_of
from bot.domain.faq_model import CATEGORIES, FaqEntry, load_entries
from bot.domain.office_hours import OfficeHours
from bot.domain.text import is_meaningful, markdown_to_html, shorten
from bot.domain.small_talk import small_talk
from bot.storage.faq import FaqRepository
from bot.storage.faq_context import FaqContextRepository
from bot.telegram_io import edit_or_send, keyboard, reply_html

from . import handoff, leader_finder
from .common import command_names, is_private, main_menu

log = logging.getLogger(__name__)

FIND_GROUP_ENTRY = "leader-find-group"
MAX_QUESTION = 2000


@dataclass
class FaqServices:
    """What the FAQ handlers share: the index and matcher (built once), office hours and storage."""

    index: FaqIndex
    hours: OfficeHours
    repo: FaqRepository
    context_repo: FaqContextRepository | None = None
    matcher: HybridMatcher | None = None

    def entry(self, lang: str, entry_id: str) -> FaqEntry | None:
        return self.index.entries.get(lang, {}).get(entry_id)


@lru_cache(maxsize=4)
def _index_for(content_dir: Path) -> FaqIndex:
    """One index per content folder for the whole process (restarts in tests reuse it)."""
    return FaqIndex.build(load_entries(content_dir))


@lru_cache(maxsize=4)
def _matcher_for(content_dir: Path, cache_dir: Path, enabled: bool) -> HybridMatcher:
    """The hybrid matcher (model and entry vectors from the cache) for the process; lexical-only if it fails."""
    return build_matcher(_index_for(content_dir), cache_dir, enabled, with_scope=False)


# A warm cache loads in about a second; a cold one (new content, first start) takes 10–60 s on 2 cores, which
# must not hold up the other features' start-up (reminders due now): past this wait it finishes in the background.
MATCHER_STARTUP_WAIT = 8.0


async def _load_matcher(application: Application) -> None:
    """At start-up, in a daemon thread: the model and the entries' vectors (built once per content version)."""
    services = services_of(application)
    settings = services.settings
    cache_dir = (settings.faq_cache_dir or settings.database_path.parent).resolve()
    faq = services.extras["faq"]
    loop = asyncio.get_running_loop()
    ready: asyncio.Future = loop.create_future()

    def build() -> None:
        try:
            matcher = _matcher_for(settings.content_dir.resolve(), cache_dir, settings.faq_semantic)
        except BaseException as exc:  # noqa: BLE001 - reported on the loop; the lexical matcher stays
            loop.call_soon_threadsafe(lambda: ready.done() or ready.set_exception(exc))
            return
        loop.call_soon_threadsafe(lambda: ready.done() or ready.set_result(matcher))
        try:  # after the matcher is in use: the word rules decide scope meanwhile
            attach_scope(matcher, cache_dir)
        except Exception as exc:  # noqa: BLE001 - the word rules keep deciding scope
            log.warning("FAQ: the scope examples did not load (%s); word rules decide scope", type(exc).__name__)

    def install(future: asyncio.Future) -> None:
        if future.cancelled() or future.exception() is not None:
            log.warning("FAQ: the semantic matcher did not load; lexical matching only")
            return
        faq.matcher = future.result()

    ready.add_done_callback(install)
    # A daemon thread: a shutdown during a cold build does not wait for it.
    threading.Thread(target=build, name="faq-matcher", daemon=True).start()
    try:
        await asyncio.wait_for(asyncio.shield(ready), MATCHER_STARTUP_WAIT)
    except asyncio.TimeoutError:
        log.info("FAQ: building the embedding cache in the background; lexical matching until it is ready")


def faq_services(context_or_app) -> FaqServices:
    application = getattr(context_or_app, "application", context_or_app)
    return services_of(application).extras["faq"]


# -- rendering ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class VoteButton(CallbackData, prefix="fqv"):
    """👍/👎 under an answer to a question: the stored answer (faq_asked) and the vote."""

    asked_id: int
    helpful: bool


def _answer_markup(context: BotContext, entry_id: str, private: bool, asked_id: int | None = None,
                   related: tuple[str, ...] = ()):
    if asked_id is not None:
        votes = [VoteButton(asked_id, True).pack(), VoteButton(asked_id, False).pack()]
    else:  # an answer picked from the topics or a button: the vote is stored, there is no question to follow up
        votes = [f"faq:fb:{entry_id}:1", f"faq:fb:{entry_id}:0"]
    rows = [[(context.plain("faq.buttons.helpful"), votes[0]), (context.plain("faq.buttons.not_helpful"), votes[1])]]
    rows += entry_rows(context, related)
    if entry_id == FIND_GROUP_ENTRY and private:
        rows.append([leader_finder.finder_button(context)])
    if private:
        rows.append([(context.plain("faq.buttons.topics"), "faq:topics")])
    return keyboard(rows)


def entry_rows(context: BotContext, entry_ids) -> list[list[tuple[str, str]]]:
    """One button per entry (its title in the reader's language) that shows the entry."""
    faq = faq_services(context)
    entries = [faq.entry(context.lang, e) for e in entry_ids]
    return [[(shorten(e.title, 60), f"faq:show:{e.id}")] for e in entries if e is not None]


def _answer_text(context: BotContext, entry: FaqEntry, note_programme: bool = False, related: bool = False) -> str:
    text = context.t("faq.answer", title=entry.title, body=Html(markdown_to_html(entry.body)))
    programme = programme_of(entry.category)
    if entry.varies:
        text += "\n\n" + context.t(f"faq.varies.{programme or 'other'}")
    if note_programme and programme:
        text += "\n\n" + context.t(f"faq.about_programme.{programme}")
    if entry.id == FIND_GROUP_ENTRY:
        text += "\n\n" + leader_finder.national_line(context)
    if related:
        text += "\n\n" + context.t("faq.related")
    return text


async def send_answer(update: Update, context: BotContext, entry_id: str, *, asked_id: int | None = None,
                      related: tuple[str, ...] = (), note_programme: bool = False) -> None:
    """An entry in the reader's language, with 👍/👎 and any related questions as buttons."""
    entry = faq_services(context).entry(context.lang, entry_id)
    if entry is None:
        return
    text = _answer_text(context, entry, note_programme, bool(related))
    await reply_html(update, context, text, _answer_markup(context, entry_id, is_private(update), asked_id, related))


def _topics_markup(context: BotContext):
    return keyboard([[(context.plain(f"faq.topics.{c}"), f"faq:cat:{c}")] for c in CATEGORIES])


# -- answering a question -------------------------------------------------------------------------


async def answer_question(update: Update, context: BotContext, question: str) -> None:
    """Match a question and answer, suggest, or admit not knowing (and store what went unanswered)."""
    if not is_meaningful(question):
        await reply_html(update, context, context.t("faq.not_meaningful"))
        return
    said = small_talk(question)
    if said is not None:  # "moi", "kiitos!": a person, not a question
        markup = main_menu(context) if is_private(update) else None
        await reply_html(update, context, context.t(f"faq.small_talk.{said}", name=update.effective_user.first_name), markup)
        return
    question = question[:MAX_QUESTION]
    faq = faq_services(context)
    chat_id, user_id = update.effective_chat.id, update.effective_user.id
    programme = await context_programme(context, chat_id, user_id)
    matcher = faq.matcher or HybridMatcher(faq.index)
    # The model takes ~10 ms of CPU per question: a worker thread keeps the event loop free.
    decision = await asyncio.to_thread(matcher.match, question, programme)
    if decision.named_programme and faq.context_repo is not None:
        await faq.context_repo.set_programme(chat_id, user_id, decision.named_programme, context.services.clock())
    result = decision.as_match_result()
    log.debug("faq match: %s %.3f %s (context %s)", decision.kind, decision.confidence, decision.best, programme)
    if _wants_group(question, result) and await leader_finder.answer_if_municipality(update, context, question):
        return
    if decision.kind == "answer":
        await _answer(update, context, question, decision)
        return
    await _not_answered(update, context, question, decision)


async def context_programme(context: BotContext, chat_id: int, user_id: int) -> str | None:
    """The programme this person is dealing with: last named here, else their interview's track, else the
    chat's projects (when all are of one programme)."""
    faq = faq_services(context)
    extras = context.services.extras
    if faq.context_repo is not None:
        named = await faq.context_repo.programme(chat_id, user_id)
        if named:
            return named
    interviews = extras.get("interview_repo")
    if interviews is not None:
        stored = await interviews.draft(user_id)
        if stored is not None and stored.draft.track in ("leader", "esr"):
            return stored.draft.track
    from .reminders.feature import ReminderFeature  # noqa: PLC0415 - features look each other up at run time

    reminders = context.services.features.find(ReminderFeature)
    if reminders is not None:
        fundings = await reminders.repo.fundings(chat_id)
        if len(fundings) == 1:
            return next(iter(fundings))
    return None


async def _answer(update: Update, context: BotContext, question: str, decision: Decision) -> None:
    """A clear best entry: stored (so 👎 can offer the next ones), then sent with any related questions."""
    faq = faq_services(context)
    asked_id = None
    if faq.context_repo is not None:
        asked_id = await faq.context_repo.add_asked(
            user_id=update.effective_user.id, chat_id=update.effective_chat.id, lang=context.lang, question=question,
            entry_id=decision.best, next_entries=decision.after(decision.best, 2), now=context.services.clock(),
        )
    await send_answer(update, context, decision.best, asked_id=asked_id, related=decision.related,
                      note_programme=decision.named_programme is None)


def _wants_group(question: str, result: MatchResult) -> bool:
    """A municipality was named: show its group when that is what the question is about."""
    if result.off_topic:
        return False
    return result.best == FIND_GROUP_ENTRY or len(words(question)) <= 3 or result.decision == "none"


async def _not_answered(update: Update, context: BotContext, question: str, decision: Decision) -> None:
    """Suggestions (the three best and the advisor) for an in-domain question, or a refusal with the advisor."""
    faq = faq_services(context)
    private = is_private(update)
    stored = "off_topic" if decision.off_topic else ("suggest" if decision.kind == "suggest" else "none")
    # Stored before answering, so the button below can refer to it.
    row_id = await faq.repo.unanswered(
        user_id=update.effective_user.id, chat_id=update.effective_chat.id, lang=context.lang, question=question,
        decision=stored, best_entry=decision.best, confidence=decision.confidence, now=context.services.clock(),
    )
    advisor_ready = private and context.services.settings.coordinator_chat_id is not None
    advisor_row = [(context.plain("faq.buttons.advisor"), handoff.AdvisorButton("adv", row_id).pack())] if advisor_ready else None
    topics_row = [(context.plain("faq.buttons.topics"), "faq:topics")]
    if decision.kind == "suggest":
        rows = entry_rows(context, decision.related)
        text = context.t("faq.suggest")
        if advisor_row:
            rows.append(advisor_row)
            text += "\n\n" + context.t("faq.suggest_advisor")
        elif private:  # no advisors' chat: the people who can answer are the area's Leader group or ESR+ project
            rows.append([leader_finder.finder_button(context)])
            text += "\n\n" + context.t("faq.downvoted_contacts")
        if private:
            rows.append(topics_row)
        await reply_html(update, context, text, keyboard(rows))
        return
    if not private:
        await reply_html(update, context, context.t("faq.off_topic" if decision.off_topic else "faq.group_no_answer"))
        return
    if decision.off_topic:
        text = context.t("faq.off_topic")
        if advisor_row:
            text += "\n\n" + context.t("faq.refused_advisor")
        await reply_html(update, context, text, keyboard([r for r in (advisor_row, topics_row) if r]))
    elif advisor_row:
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
        context_repo=FaqContextRepository(services.db),
        matcher=HybridMatcher(_index_for(services.settings.content_dir.resolve())),
    )
    services.extras.setdefault("startup", []).append(_load_matcher)
    handoff.register(application)
    from . import faq_feedback  # noqa: PLC0415 - it imports this module

    faq_feedback.register(application)
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
