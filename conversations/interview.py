"""The needs-mapping interview (alkukartoitus) that ends in an idea paper: entry, typed answers, wiring.

The draft in SQLite is the source of truth: every answer is written before the bot replies, and the
open question, the answers, the position and the message carrying the live keyboard are all in it. In
memory there are only two indexes: ``active`` (users whose stored draft is active, loaded at start-up
so the message filter can decide synchronously) and ``seen`` (users who answered in this process
recently). A user who is active but not seen — after a restart, or after a long pause — is offered
"continue / start over" instead of having a stray message taken as an answer. Buttons are handled in
``interview_buttons``, what is shown in ``interview_views``, the paper in ``interview_paper``; see
``interview.md`` for the diagram.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from telegram import Message, Update
from telegram.error import BadRequest, NetworkError
from telegram.ext import Application, CallbackQueryHandler, CommandHandler, MessageHandler, filters

from bot.content import Html, validate_common
from bot.core import BotContext, services_of
from bot.domain import interview as iv
from bot.domain.budget import BudgetRules
from bot.domain.text import shorten
from bot.storage.interview import InterviewRepository
from bot.telegram_io import keyboard, reply_html, send_html

from . import interview_buttons, interview_paper
from .common import command_names, is_group, is_private
from .interview_calc_view import calc_view
from .interview_views import (
    IvButton, btn, choice_confirm_view, choice_labels, date_confirm_view, error_text, figure_confirm_view, item_confirm_view, qa_view, question_view, split_confirm_view, today_of,
)
from .interview_steps_view import after_step, coach_check, find_municipality

log = logging.getLogger(__name__)

# After this long without an answer, a message is not taken as an answer before asking.
IDLE = timedelta(hours=6)


@dataclass
class Runtime:
    """In-memory indexes over the stored drafts (see the module docstring)."""

    active: set[int] = field(default_factory=set)
    seen: dict[int, datetime] = field(default_factory=dict)


class _ActiveDraft(filters.MessageFilter):
    """Messages from users whose stored draft is active."""

    def __init__(self, runtime: Runtime) -> None:
        super().__init__(name="interview_active")
        self.runtime = runtime

    def filter(self, message: Message) -> bool:
        return message.from_user is not None and message.from_user.id in self.runtime.active


def _runtime(context: BotContext) -> Runtime:
    return context.services.extras["interview_runtime"]


def repo(context: BotContext) -> InterviewRepository:
    return context.services.extras["interview_repo"]


def now_of(context: BotContext) -> datetime:
    """The clock's now (tests set it)."""
    return context.services.clock()


def forget(context: BotContext, user_id: int) -> None:
    runtime = _runtime(context)
    runtime.active.discard(user_id)
    runtime.seen.pop(user_id, None)


def _is_live(context: BotContext, user_id: int) -> bool:
    seen = _runtime(context).seen.get(user_id)
    return seen is not None and now_of(context) - seen < IDLE


async def save(context: BotContext, user_id: int, draft: iv.Draft) -> None:
    await repo(context).save(user_id, draft, "active", now_of(context))
    runtime = _runtime(context)
    runtime.active.add(user_id)
    runtime.seen[user_id] = now_of(context)


# -- messages: one live keyboard at a time ----------------------------------------------------------


async def strip(context: BotContext, chat_id: int, message_id: int | None) -> None:
    """Remove a message's keyboard (an old question's buttons must not stay live)."""
    if not message_id:
        return
    try:
        await context.bot.edit_message_reply_markup(chat_id, message_id, reply_markup=None)
    except (BadRequest, NetworkError) as exc:
        log.debug("could not remove a keyboard: %s", exc)


async def edit(context: BotContext, chat_id: int, message_id: int | None, text: str, markup=None) -> bool:
    """Replace a message's text and keyboard; False when it cannot be edited."""
    if not message_id or len(text) > 4000:
        return False
    try:
        await context.bot.edit_message_text(text, chat_id, message_id, parse_mode="HTML", reply_markup=markup)
        return True
    except BadRequest as exc:
        return "not modified" in str(exc).lower()
    except NetworkError as exc:
        log.debug("edit failed: %s", exc)
        return False


async def post(update: Update, context: BotContext, draft: iv.Draft, text: str, markup, *, keep_old: bool = False) -> None:
    """Send a message that carries the live keyboard; the previous one loses its buttons."""
    chat_id = update.effective_chat.id
    if draft.msg_id and not keep_old:
        await strip(context, chat_id, draft.msg_id)
    message = await send_html(context.bot, chat_id, text, markup)
    draft.msg_id = message.message_id
    await save(context, update.effective_user.id, draft)


async def ask(update: Update, context: BotContext, draft: iv.Draft, prefix: str = "", *, keep_old: bool = False) -> None:
    """Show the open question (or the review) as a new message."""
    if draft.pending and draft.pending.get("kind") == "qa":
        text, markup = qa_view(context, draft)
    elif draft.pending and draft.pending.get("kind") == "split":
        text, markup = split_confirm_view(context, draft, draft.pending)
    elif draft.pending and draft.pending.get("kind") == "one_item":
        text, markup = item_confirm_view(context, draft, draft.pending, prefix)
    elif draft.pending and draft.pending.get("kind") == "hours_calc":
        text, markup = calc_view(context, draft, prefix)
    elif draft.pending and draft.pending.get("kind") == "date":
        from datetime import date as _date
        text, markup = date_confirm_view(context, draft, _date.fromisoformat(draft.pending["value"]), prefix)
    elif draft.pending and draft.pending.get("kind") == "figure":
        text, markup = figure_confirm_view(context, draft, draft.pending, prefix)
    elif draft.pending and draft.pending.get("kind") == "choice":
        text, markup = choice_confirm_view(context, draft, draft.pending, prefix)
    else:
        text, markup = question_view(context, draft, prefix)
    await post(update, context, draft, text, markup, keep_old=keep_old)


# -- entry: /idea, menu button, deep link, resume ------------------------------------------------


async def idea(update: Update, context: BotContext) -> None:
    """/idea: in a group, a deep link to the private chat; in private, start or offer to resume."""
    if update.callback_query is not None:
        await update.callback_query.answer()
    if is_group(update):
        link = f"https://t.me/{context.bot.username}?start=idea"
        await reply_html(update, context, context.t("interview.group_deeplink", link=link))
        return
    if not is_private(update):
        return
    stored = await repo(context).draft(update.effective_user.id)
    if stored is not None and stored.draft.answers:
        await offer_resume(update, context, stored.draft)
        return
    await start_new(update, context)


async def start_new(update: Update, context: BotContext, prefix: str = "") -> None:
    draft = iv.Draft()
    log.info("interview started by user %s", update.effective_user.id)
    await ask(update, context, draft, "\n\n".join(x for x in (prefix, context.t("interview.intro")) if x))


async def show_new(update: Update, context: BotContext, draft: iv.Draft, prefix: str = "") -> None:
    """Start from a prepared draft (a new version of a paper)."""
    await ask(update, context, draft, prefix)


async def offer_resume(update: Update, context: BotContext, draft: iv.Draft) -> None:
    title = draft.answers.get("title")
    title_html = context.t("interview.resume_title", title=shorten(str(title), 60)) if title else ""
    p = context.plain
    markup = keyboard([
        [(p("interview.buttons.continue"), btn("r", "c"))],
        [(p("interview.buttons.start_over"), btn("r", "n"))],
        [(p("interview.buttons.not_now"), btn("r", "p"))],
    ])
    await reply_html(update, context, context.t("interview.resume", title=Html(title_html)), markup)


async def continue_draft(update: Update, context: BotContext) -> None:
    """Re-show where the user is, or offer to start."""
    stored = await repo(context).draft(update.effective_user.id)
    if stored is None:
        await idea(update, context)
        return
    await ask(update, context, stored.draft, context.t("interview.continue_here"))


async def cancel(update: Update, context: BotContext) -> None:
    """/cancel during the interview: pause with everything kept."""
    from .common import main_menu

    user_id = update.effective_user.id
    stored = await repo(context).draft(user_id)
    if stored is not None:
        await strip(context, update.effective_chat.id, stored.draft.msg_id)
    await repo(context).set_status(user_id, "paused")
    forget(context, user_id)
    await reply_html(update, context, context.t("interview.paused"), main_menu(context))


# -- answers ---------------------------------------------------------------------------------------


async def load_live(update: Update, context: BotContext) -> iv.Draft | None:
    """The stored draft if this message should be read as an answer; otherwise offer to resume."""
    user_id = update.effective_user.id
    stored = await repo(context).draft(user_id)
    if stored is None or stored.status != "active":
        forget(context, user_id)
        await idea(update, context)
        return None
    if not _is_live(context, user_id):
        await offer_resume(update, context, stored.draft)
        return None
    return stored.draft


async def on_text(update: Update, context: BotContext) -> None:
    """A typed answer to the open question (or a nudge back to the review's buttons)."""
    draft = await load_live(update, context)
    if draft is None:
        return
    text = update.effective_message.text or ""
    if draft.mode in ("review", "pick"):
        await ask(update, context, draft, context.t("interview.review_use_buttons"))
        return
    if draft.mode == "org_check":
        await ask(update, context, draft, error_text(context, iv.Outcome("error", "choose_button")))
        return
    pending = draft.pending or {}
    if pending.get("kind") == "qa":
        draft.pending = pending.get("resume")  # typed instead of pressing: back to the count it interrupted
    elif pending.get("kind") not in ("nothing_yet", "hours_calc", *iv.PROPOSALS):
        draft.pending = None  # a new message replaces an open "one thing or several / answer or question?"
    earlier = iv.resend_of(draft, text, now_of(context))
    if earlier:
        label = context.plain(f"interview.labels.{earlier}")
        await ask(update, context, draft, context.t("interview.resend", question=label))
        return
    if not draft.hurry and draft.question.kind not in (iv.TEXT, iv.MULTI) and not draft.pending and _says_hurry(context, text):
        iv.set_hurry(draft, True)
        await ask(update, context, draft, context.t("interview.hurry_on"))
        return
    question = draft.question
    before, was_editing = question_text_safe(context, draft), draft.editing
    outcome = iv.answer_text(draft, text, today_of(context), rules(context), lang=context.lang,
                             labels=choice_labels(context, draft, question))
    if outcome.status == "error":
        # Nothing is saved from a rejected answer; the question comes again with the reason.
        log.debug("rejected answer to %s: %s", question.id, outcome.error)
        await ask(update, context, draft, error_text(context, outcome))
        return
    if outcome.status in ("ask_qa", "confirm_date", "confirm_figure", "confirm_item", "confirm_split", "confirm_choice", "hours_calc"):
        await save(context, update.effective_user.id, draft)  # what was typed is kept before the bot answers
        await ask(update, context, draft)
        return
    if outcome.status == "same" and outcome.params.get("retype"):  # "ei" typed to a proposal: type it instead
        kind = draft.question.kind
        await ask(update, context, draft, context.t("interview.retype_figure" if kind == iv.BUDGET else "interview.retype_item"
                                                    if kind == iv.MULTI else "interview.retype_choice" if kind == iv.CHOICE
                                                    else "interview.retype_date"))
        return
    iv.remember(draft, question.id, str(outcome.params.get("item") or text), now_of(context))  # a lone item noted by "joo": the item
    await _enrich(context, draft, outcome)
    await after_step(update, context, draft, outcome, before, was_editing, update.effective_chat.id)


def _says_hurry(context: BotContext, text: str) -> bool:
    """A short message saying the user is in a hurry ("minulla on kiire") where no free text is expected."""
    folded = text.casefold()
    words = [w.strip() for w in context.plain("interview.hurry_words").split(",") if w.strip()]
    return len(text) <= 40 and any(word in folded for word in words)


def question_text_safe(context: BotContext, draft: iv.Draft) -> str:
    from .interview_views import question_text

    return question_text(context, draft) if draft.question is not None and draft.mode == "ask" else ""


async def _enrich(context: BotContext, draft: iv.Draft, outcome: iv.Outcome) -> None:
    """What an answer tells beyond itself: the municipality and Leader group of the area; the coach's flag."""
    if "area" in outcome.answered:
        find_municipality(context, draft)
    for qid in outcome.answered:
        coach_check(context, draft, qid)


async def on_media(update: Update, context: BotContext) -> None:
    """A sticker, photo or voice message during the interview: say so and ask again."""
    draft = await load_live(update, context)
    if draft is None:
        return
    await ask(update, context, draft, context.t("interview.media"))


def rules(context: BotContext) -> BudgetRules:
    return context.services.extras["interview_rules"]


# -- wiring ----------------------------------------------------------------------------------------


def register(application: Application) -> None:
    services = services_of(application)
    runtime = Runtime()
    services.extras["interview_runtime"] = runtime
    services.extras["interview_repo"] = InterviewRepository(services.db)
    services.extras["interview_rules"] = validate_common(services.catalog, "budget", BudgetRules)
    services.extras["interview_forget"] = forget
    services.extras["interview_continue"] = continue_draft
    services.extras["interview_show_new"] = show_new

    async def load_active(app: Application) -> None:
        runtime.active |= await services.extras["interview_repo"].active_users()

    async def erased(app: Application, user_id: int) -> None:
        runtime.active.discard(user_id)
        runtime.seen.pop(user_id, None)

    services.extras.setdefault("startup", []).append(load_active)
    services.extras.setdefault("user_erased", []).append(erased)

    catalog = services.catalog
    private = filters.ChatType.PRIVATE
    active = _ActiveDraft(runtime)
    idea_names = sorted(set(command_names(catalog, "idea")) | {"ideapaperi", "hankeidea"})
    application.add_handler(CommandHandler("start", idea, filters=private & filters.Regex(r"^/start(@\w+)?\s+idea\s*$")))
    application.add_handler(CommandHandler(idea_names, idea))
    application.add_handler(CommandHandler(command_names(catalog, "mypapers"), interview_paper.my_papers))
    application.add_handler(CommandHandler(command_names(catalog, "cancel"), cancel, filters=private & active))
    application.add_handler(CallbackQueryHandler(idea, pattern=r"^menu:idea$"))
    application.add_handler(CallbackQueryHandler(interview_buttons.on_callback, pattern=IvButton.matches))
    application.add_handler(MessageHandler(private & active & filters.UpdateType.MESSAGE & filters.TEXT & ~filters.COMMAND, on_text))
    application.add_handler(MessageHandler(
        private & active & filters.UpdateType.MESSAGE & (filters.Sticker.ALL | filters.PHOTO | filters.VOICE | filters.AUDIO
                                                        | filters.VIDEO | filters.VIDEO_NOTE | filters.Document.ALL | filters.LOCATION),
        on_media))
