"""The needs-mapping interview (alkukartoitus) that ends in an idea paper, and /mypapers.

The draft in SQLite is the source of truth: every answer is written before the bot replies, and the
open question, the answers and the position are all in it. In memory there are only two indexes:
``active`` (users whose stored draft is active, loaded at start-up so the message filter can decide
synchronously) and ``seen`` (users who answered in this process recently). A user who is active but
not seen — after a restart, or after a long pause — is offered "continue / start over" instead of
having a stray message taken as an answer. See ``interview.md`` for the diagram.
"""

from __future__ import annotations

import asyncio
import io
import logging
import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from telegram import InputFile, Message, Update
from telegram.constants import ChatAction
from telegram.ext import Application, CallbackQueryHandler, CommandHandler, MessageHandler, filters

from bot.content import Html, validate_common
from bot.core import BotContext, services_of
from bot.domain import interview as iv
from bot.domain.budget import BudgetRules, EsrBudget
from bot.domain.paper import (
    answer_text,
    budget_rows,
    format_date,
    format_money,
    plain_for,
    render_paper,
    section_questions,
    track_label,
    warning_texts,
)
from bot.domain.text import shorten
from bot.storage.interview import InterviewRepository
from bot.telegram_io import keyboard, reply_html

from .common import command_names, is_group, is_private, main_menu

log = logging.getLogger(__name__)

# After this long without an answer, a message is not taken as an answer before asking.
IDLE = timedelta(hours=6)
REVIEW_SHORT = 110
CURRENT_SHORT = 300


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


# -- small helpers --------------------------------------------------------------------------------


def _runtime(context: BotContext) -> Runtime:
    return context.services.extras["interview_runtime"]


def _repo(context: BotContext) -> InterviewRepository:
    return context.services.extras["interview_repo"]


def _rules(context: BotContext) -> BudgetRules:
    return context.services.extras["interview_rules"]


def _now(context: BotContext) -> datetime:
    return context.services.clock()


def _today(context: BotContext):
    return _now(context).astimezone(ZoneInfo(context.services.settings.bot_timezone)).date()


def _plain(context: BotContext):
    return plain_for(context.services.catalog, context.lang)


def _mark_seen(context: BotContext, user_id: int) -> None:
    runtime = _runtime(context)
    runtime.active.add(user_id)
    runtime.seen[user_id] = _now(context)


def _forget(context: BotContext, user_id: int) -> None:
    runtime = _runtime(context)
    runtime.active.discard(user_id)
    runtime.seen.pop(user_id, None)


def _is_live(context: BotContext, user_id: int) -> bool:
    seen = _runtime(context).seen.get(user_id)
    return seen is not None and _now(context) - seen < IDLE


async def _save(context: BotContext, user_id: int, draft: iv.Draft) -> None:
    await _repo(context).save(user_id, draft, "active", _now(context))
    _mark_seen(context, user_id)


def _has(context: BotContext, key: str) -> bool:
    return context.services.catalog.has(context.lang, key)


# -- views ----------------------------------------------------------------------------------------


def _params(context: BotContext, draft: iv.Draft) -> dict[str, object]:
    """Every placeholder a question text may use, computed from the draft."""
    rules = _rules(context)
    lt = iv.leader_type(draft)
    budget = iv.compute_budget(draft, rules)
    own = "—"
    if isinstance(budget, EsrBudget):
        own = format_money(budget.own, context.lang)
    elif budget is not None:
        own = format_money(budget.own_funding, context.lang)
    params: dict[str, object] = {
        "flat": rules.esr.flat_rate,
        "max": rules.leader.types[lt].max_rate,
        "min_age": rules.leader.talkoot.min_age,
        "own": own,
        "line_n": 1,
        "line_total": 1,
        "track": context.plain(f"interview.track_label.{iv.recommendation(draft).track}_short"),
    }
    question = draft.question
    if question is not None and question.kind == iv.BUDGET:
        lines = iv.budget_lines(draft, question.id, rules)
        params["line_n"], params["line_total"] = min(draft.sub, len(lines) - 1) + 1, len(lines)
    return params


def _budget_prompt(context: BotContext, draft: iv.Draft, qid: str) -> str:
    rules = _rules(context)
    lines = iv.budget_lines(draft, qid, rules)
    line = lines[min(draft.sub, len(lines) - 1)]
    talkoot = rules.leader.talkoot
    value = {"volunteer_hours": talkoot.hour_value, "machine_hours": talkoot.machine_hour_value}.get(line, 0)
    prompt = context.t(f"interview.budget_prompts.{line}", value=format_money(value, context.lang))
    current = (draft.answers.get(qid) or {}).get(line) if isinstance(draft.answers.get(qid), dict) else None
    if current is not None:
        shown = f"{current} h" if qid == "talkoot" else format_money(current, context.lang)
        prompt += "\n" + context.t("interview.current_answer", answer=shown)
    return prompt


def question_view(context: BotContext, draft: iv.Draft, prefix: str = ""):
    """The open question: progress, text, hint, the current answer, and its buttons."""
    question = draft.question
    if question is None:
        return review_view(context, draft, prefix)
    if draft.mode == "org_check":
        return org_check_view(context, draft, prefix)
    qid, p = question.id, context.plain
    n, total = iv.progress(draft)
    params = _params(context, draft)
    parts = [context.t("interview.progress", n=n, total=total), context.t(f"interview.questions.{qid}.text", **params)]
    if qid == "recommend":
        parts.append(_recommendation_text(context, draft))
    if question.kind == iv.BUDGET:
        parts.append(_budget_prompt(context, draft, qid))
    parts.append(context.t("interview.hint_prefix") + context.t(f"interview.questions.{qid}.hint", **params))
    current = draft.answers.get(qid)
    if question.kind == iv.MULTI and current:
        items = "\n".join(Html("• " + _esc(context, shorten(str(item), 200))) for item in current)
        parts.append(context.t("interview.current_items", count=len(current)) + "\n" + items)
    elif question.kind in (iv.TEXT, iv.DATE, iv.AMOUNT) and current:
        shown = answer_text(draft, qid, _plain(context), context.lang, _rules(context))
        parts.append(context.t("interview.current_answer", answer=shorten(str(shown), CURRENT_SHORT)))
    text = "\n\n".join(x for x in [prefix, *parts] if x)

    rows: list[list[tuple[str, str]]] = []
    if question.kind in (iv.CHOICE, iv.RATE):
        options = iv.choice_options(draft, question, _rules(context))
        chosen = str(current) if current is not None else None
        labels = [(("✓ " if chosen == value else "") + (f"{value} %" if question.kind == iv.RATE else p(f"interview.options.{qid}.{value}")),
                   f"iv:a:{qid}:{value}") for value in options]
        if question.kind == iv.RATE:
            rows.append(labels)
        else:
            rows.extend([label] for label in labels)
    if question.kind == iv.MULTI:
        row = [(p("interview.buttons.done"), f"iv:d:{qid}")]
        if current:
            row.append((p("interview.buttons.clear"), f"iv:c:{qid}"))
        rows.append(row)
    if question.kind == iv.BUDGET:
        key = "interview.buttons.skip_hours" if qid == "talkoot" else "interview.buttons.skip_line"
        rows.append([(p(key), f"iv:s:{qid}:{draft.sub}")])
    nav = [(p("interview.buttons.example"), f"iv:x:{qid}")]
    if n > 1 or draft.sub > 0:
        nav.append((p("interview.buttons.back"), f"iv:b:{qid}:{draft.sub}"))
    if question.optional and question.kind != iv.BUDGET:
        nav.append((p("interview.buttons.skip"), f"iv:s:{qid}:{draft.sub}"))
    rows.append(nav)
    return text, keyboard(rows)


def _esc(context: BotContext, value: str) -> str:
    from bot.content import escape

    return escape(value)


def _recommendation_text(context: BotContext, draft: iv.Draft) -> str:
    rec = iv.recommendation(draft)
    lines = [context.t("interview.recommendation.reasons_title")]
    lines += ["• " + context.t(f"interview.reasons.{r}") for r in rec.reasons]
    if rec.caveats:
        lines.append(context.t("interview.recommendation.caveats_title"))
        lines += ["• " + context.t(f"interview.caveats.{c}") for c in rec.caveats]
    return "\n".join(lines)


def org_check_view(context: BotContext, draft: iv.Draft, prefix: str = ""):
    verdict = iv.org_eligibility(draft)
    reason = verdict.reason if verdict is not None and verdict.reason else "informal"
    text = "\n\n".join(x for x in [
        prefix,
        context.t("interview.org_check.intro"),
        context.t(f"interview.org_check.reasons.{reason}"),
        context.t(f"interview.org_check.instead.{reason}"),
        context.t("interview.org_check.choose"),
    ] if x)
    p = context.plain
    return text, keyboard([
        [(p("interview.buttons.org_type_again"), "iv:o:type")],
        [(p("interview.buttons.org_track"), "iv:o:track")],
        [(p("interview.buttons.org_go"), "iv:o:go")],
    ])


def _section_summary(context: BotContext, draft: iv.Draft, section: str) -> str:
    plain, rules, lang = _plain(context), _rules(context), context.lang
    if section == "funding":
        return track_label(draft, plain)
    if section == "budget":
        budget = iv.compute_budget(draft, rules)
        if budget is None:
            return context.plain("interview.review.empty")
        own = budget.own if isinstance(budget, EsrBudget) else budget.own_funding
        aid = budget.aid if isinstance(budget, EsrBudget) else budget.public_aid
        return context.plain("interview.review.budget", total=format_money(budget.total, lang),
                             aid=format_money(aid, lang), own=format_money(own, lang))
    values = []
    for qid in section_questions(draft, section):
        value = answer_text(draft, qid, plain, lang, rules)
        if isinstance(value, list):
            values.append("; ".join(value))
        elif value:
            values.append(value)
    joiner = " – " if section == "schedule" else " · "
    return joiner.join(values) if values else context.plain("interview.review.empty")


def review_view(context: BotContext, draft: iv.Draft, prefix: str = ""):
    """Every section shortened, an Edit button per section, and "Create the paper"."""
    parts = [prefix, context.t("interview.review.title"), context.t("interview.review.intro")]
    sections = [s for s in iv.SECTIONS if section_questions(draft, s)]
    for section in sections:
        label = context.t(f"interview.sections.{section}")
        parts.append(f"<b>{label}</b>\n" + _esc(context, shorten(_section_summary(context, draft, section), REVIEW_SHORT)))
    warnings = iv.collect_warnings(draft, _today(context), _rules(context))
    if warnings:
        parts.append(context.t("interview.review.warnings", count=len(warnings)))
    text = "\n\n".join(x for x in parts if x)
    p = context.plain
    buttons = [(p("interview.buttons.edit", section=p(f"interview.sections.{s}")), f"iv:e:{s}") for s in sections]
    rows = [buttons[i:i + 2] for i in range(0, len(buttons), 2)]
    rows.append([(p("interview.buttons.make"), "iv:m")])
    return text, keyboard(rows)


def _budget_block(context: BotContext, draft: iv.Draft) -> str:
    budget = iv.compute_budget(draft, _rules(context))
    if budget is None:
        return ""
    lines = [context.t("interview.budget.computed_title")]
    for label, amount, total in budget_rows(budget, _plain(context), context.lang):
        line = _esc(context, f"{label}: {amount}")
        lines.append(f"<b>{line}</b>" if total else line)
    for text in warning_texts(budget.warnings, _plain(context), context.lang):
        lines.append("⚠️ " + _esc(context, text))
    return "\n".join(lines)


def _notes(context: BotContext, draft: iv.Draft, notes: list[str]) -> str:
    out = []
    for note in notes:
        if note in ("computed_esr", "computed_leader"):
            out.append(_budget_block(context, draft))
        else:
            out.append(context.t(f"interview.notes.{note}"))
    return "\n\n".join(x for x in out if x)


async def _show(update: Update, context: BotContext, draft: iv.Draft, prefix: str = "") -> None:
    text, markup = question_view(context, draft, prefix)
    await reply_html(update, context, text, markup)


async def _render(update: Update, context: BotContext, draft: iv.Draft, outcome: iv.Outcome, prefix: str = "") -> None:
    """Say what the step did, then ask the next thing."""
    if outcome.status == "item":
        text, markup = question_view(context, draft)
        saved = context.t("interview.item_saved", count=outcome.params["count"])
        await reply_html(update, context, saved, markup)
        return
    if outcome.status == "line":
        line = outcome.params["line"]
        values = draft.answers.get(draft.current) or {}
        raw = values.get(line, "0")
        amount = f"{raw} h" if draft.current == "talkoot" else format_money(raw, context.lang)
        prefix = context.t("interview.notes.line_saved", line=context.plain(f"interview.budget_lines.{line}"), amount=amount)
    notes = _notes(context, draft, outcome.notes)
    await _show(update, context, draft, "\n\n".join(x for x in (prefix, notes) if x))


def _error_text(context: BotContext, outcome: iv.Outcome) -> str:
    params = {k: (format_date(v, context.lang) if hasattr(v, "isoformat") else v) for k, v in outcome.params.items()}
    return "⚠️ " + context.t(f"interview.errors.{outcome.error}", **params)


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
    user_id = update.effective_user.id
    stored = await _repo(context).draft(user_id)
    if stored is not None and stored.draft.answers:
        await _offer_resume(update, context, stored.draft)
        return
    await _start_new(update, context)


async def _start_new(update: Update, context: BotContext, prefix: str = "") -> None:
    draft = iv.Draft()
    await _save(context, update.effective_user.id, draft)
    log.info("interview started by user %s", update.effective_user.id)
    await reply_html(update, context, "\n\n".join(x for x in (prefix, context.t("interview.intro")) if x))
    await _show(update, context, draft)


async def _offer_resume(update: Update, context: BotContext, draft: iv.Draft) -> None:
    title = draft.answers.get("title")
    title_html = context.t("interview.resume_title", title=shorten(str(title), 60)) if title else ""
    p = context.plain
    markup = keyboard([
        [(p("interview.buttons.continue"), "iv:r:c")],
        [(p("interview.buttons.start_over"), "iv:r:n")],
        [(p("interview.buttons.not_now"), "iv:r:p")],
    ])
    await reply_html(update, context, context.t("interview.resume", title=Html(title_html)), markup)


async def resume_choice(update: Update, context: BotContext, action: str) -> None:
    """Continue (re-ask the open question), start over (after a confirmation) or not now (pause)."""
    query = update.callback_query
    user_id = update.effective_user.id
    repo = _repo(context)
    stored = await repo.draft(user_id)
    if stored is None:
        await _expired(update, context)
        return
    await query.answer()
    if action in ("c", "k"):
        await _save(context, user_id, stored.draft)
        await _show(update, context, stored.draft)
    elif action == "n":
        p = context.plain
        await reply_html(update, context, context.t("interview.start_over_confirm"), keyboard([
            [(p("interview.buttons.start_over_yes"), "iv:r:y")], [(p("interview.buttons.keep"), "iv:r:k")]]))
    elif action == "y":
        await repo.discard(user_id)
        _forget(context, user_id)
        await _start_new(update, context, context.t("interview.started_over"))
    elif action == "p":
        await repo.set_status(user_id, "paused")
        _forget(context, user_id)
        await reply_html(update, context, context.t("interview.not_now"), main_menu(context))
    else:
        await _expired(update, context)


async def cancel(update: Update, context: BotContext) -> None:
    """/cancel during the interview: pause with everything kept."""
    user_id = update.effective_user.id
    await _repo(context).set_status(user_id, "paused")
    _forget(context, user_id)
    await reply_html(update, context, context.t("interview.paused"), main_menu(context))


# -- answers ---------------------------------------------------------------------------------------


async def _load_live(update: Update, context: BotContext) -> iv.Draft | None:
    """The stored draft if this message should be read as an answer; otherwise offer to resume."""
    user_id = update.effective_user.id
    stored = await _repo(context).draft(user_id)
    if stored is None or stored.status != "active":
        _forget(context, user_id)
        await idea(update, context)
        return None
    if not _is_live(context, user_id):
        await _offer_resume(update, context, stored.draft)
        return None
    return stored.draft


def _typed_option(context: BotContext, draft: iv.Draft, text: str) -> str | None:
    """A choice typed instead of pressed: match the button labels (and the values) loosely."""
    question = draft.question
    wanted = _fold(text)
    if not wanted:
        return None
    for value in iv.choice_options(draft, question, _rules(context)):
        label = context.plain(f"interview.options.{question.id}.{value}")
        if wanted in (_fold(label), _fold(label.split(" (")[0]), _fold(value)):
            return value
    return None


def _fold(text: str) -> str:
    return re.sub(r"[^\w+]+", " ", text.casefold()).strip()


async def on_text(update: Update, context: BotContext) -> None:
    """A typed answer to the open question (or a nudge back to the review's buttons)."""
    draft = await _load_live(update, context)
    if draft is None:
        return
    user_id = update.effective_user.id
    text = update.effective_message.text or ""
    if draft.mode == "review":
        await _show(update, context, draft, context.t("interview.review_use_buttons"))
        return
    if draft.mode == "org_check":
        await _show(update, context, draft, _error_text(context, iv.Outcome("error", "choose_button")))
        return
    question = draft.question
    if question.kind == iv.CHOICE:
        value = _typed_option(context, draft, text)
        outcome = iv.choose(draft, question.id, value, _rules(context)) if value else iv.Outcome("error", "choose_button")
    else:
        outcome = iv.answer_text(draft, text, _today(context), _rules(context))
    if outcome.status == "error":
        # Nothing is saved from a rejected answer; the question comes again with the reason.
        log.debug("rejected answer to %s: %s", question.id, outcome.error)
        await _show(update, context, draft, _error_text(context, outcome))
        return
    await _save(context, user_id, draft)
    await _render(update, context, draft, outcome)


async def on_media(update: Update, context: BotContext) -> None:
    """A sticker, photo or voice message during the interview: say so and ask again."""
    draft = await _load_live(update, context)
    if draft is None:
        return
    await _show(update, context, draft, context.t("interview.media"))


async def on_callback(update: Update, context: BotContext) -> None:
    """Every ``iv:`` button; anything malformed, stale or not the user's own gets the expired answer."""
    query = update.callback_query
    parts = (query.data or "").split(":")
    if len(parts) < 2 or parts[0] != "iv":
        await _expired(update, context)
        return
    action, args = parts[1], parts[2:]
    if not is_private(update):
        await _expired(update, context)
        return
    if action == "r" and len(args) == 1:
        await resume_choice(update, context, args[0])
        return
    if action in ("dl", "nv", "nvy") and len(args) == 1 and args[0].isdigit():
        await _paper_action(update, context, action, int(args[0]))
        return
    user_id = update.effective_user.id
    stored = await _repo(context).draft(user_id)
    if stored is None:
        await _expired(update, context)
        return
    draft, rules = stored.draft, _rules(context)
    if action == "x" and len(args) == 1 and draft.question is not None and args[0] == draft.question.id:
        await query.answer()
        qid = args[0]
        key = f"interview.questions.{qid}.example_esr" if draft.track == "esr" and _has(context, f"interview.questions.{qid}.example_esr") else f"interview.questions.{qid}.example"
        await reply_html(update, context, context.t("interview.example_title") + "\n" + context.t(key))
        return
    if action == "m" and not args:
        await _make_paper(update, context, draft)
        return
    outcome = _button_outcome(draft, action, args, rules)
    if outcome is None or (outcome.status == "error" and outcome.error == "stale"):
        await _expired(update, context)
        return
    await query.answer()
    if outcome.status == "error":
        await _show(update, context, draft, _error_text(context, outcome))
        return
    await _save(context, user_id, draft)
    await _render(update, context, draft, outcome)


def _button_outcome(draft: iv.Draft, action: str, args: list[str], rules: BudgetRules) -> iv.Outcome | None:
    """Apply a button to the draft; None for a payload that is not well-formed."""
    if action == "a" and len(args) == 2:
        return iv.choose(draft, args[0], args[1], rules)
    if action in ("b", "s") and len(args) == 2 and args[1].isdigit():
        if int(args[1]) != draft.sub:
            return iv.Outcome("error", "stale")
        return iv.back(draft, args[0]) if action == "b" else iv.skip(draft, args[0], rules)
    if action == "d" and len(args) == 1:
        return iv.done(draft, args[0])
    if action == "c" and len(args) == 1:
        return iv.clear_items(draft, args[0])
    if action == "o" and len(args) == 1:
        return iv.org_decision(draft, args[0])
    if action == "e" and len(args) == 1:
        return iv.start_edit(draft, args[0])
    return None


async def _expired(update: Update, context: BotContext) -> None:
    await update.callback_query.answer(context.plain("fallback.expired_button"), show_alert=True)


# -- the paper -------------------------------------------------------------------------------------


async def _make_paper(update: Update, context: BotContext, draft: iv.Draft) -> None:
    """Render, store (dropping the draft), then send the file and a short summary."""
    query = update.callback_query
    if draft.mode != "review":
        await _expired(update, context)
        return
    await query.answer()
    user_id, chat_id = update.effective_user.id, update.effective_chat.id
    await context.bot.send_chat_action(chat_id, ChatAction.UPLOAD_DOCUMENT)
    today, rules, lang = _today(context), _rules(context), context.lang
    warnings = iv.collect_warnings(draft, today, rules)
    data, info = await asyncio.to_thread(
        render_paper, draft, lang=lang, plain=_plain(context), today=today, rules=rules, warnings=warnings
    )
    await _repo(context).finish(user_id, info.title, info.track, lang, info.filename, draft.answers, data, _now(context))
    _forget(context, user_id)
    log.info("idea paper made for user %s (%s, %d bytes)", user_id, info.track, len(data))
    await context.bot.send_document(chat_id, InputFile(io.BytesIO(data), filename=info.filename),
                                    caption=context.plain("interview.summary.caption"))
    await reply_html(update, context, _summary(context, draft, info), _after_paper_menu(context))


def _summary(context: BotContext, draft: iv.Draft, info) -> str:
    lines = [context.t("interview.summary.ready", title=info.title),
             context.t("interview.summary.track", track=track_label(draft, _plain(context)))]
    budget = info.budget
    if budget is not None:
        aid = budget.aid if isinstance(budget, EsrBudget) else budget.public_aid
        own = budget.own if isinstance(budget, EsrBudget) else budget.own_funding
        lines.append(context.t("interview.summary.budget", total=format_money(budget.total, context.lang),
                               aid=format_money(aid, context.lang), own=format_money(own, context.lang)))
    lines.append(context.t("interview.summary.warnings", count=len(info.warnings)) if info.warnings
                 else context.t("interview.summary.no_warnings"))
    lines.append("")
    lines.append(context.t("interview.summary.next"))
    return "\n".join(lines)


def _after_paper_menu(context: BotContext):
    p = context.plain
    return keyboard([[(p("interview.buttons.my_papers"), "iv:list"), (p("interview.buttons.menu"), "menu:main")]])


async def my_papers(update: Update, context: BotContext) -> None:
    """/mypapers: finished papers, each with download and new-version buttons."""
    if update.callback_query is not None:
        await update.callback_query.answer()
    if not is_private(update):
        await reply_html(update, context, context.t("fallback.private_only"))
        return
    papers = await _repo(context).papers(update.effective_user.id, limit=10)
    if not papers:
        await reply_html(update, context, context.t("interview.mypapers.empty"))
        return
    tz = ZoneInfo(context.services.settings.bot_timezone)
    lines = [context.t("interview.mypapers.title")]
    rows = []
    p = context.plain
    for paper in papers:
        day = format_date(paper.created_at.astimezone(tz).date(), context.lang)
        track = p(f"interview.track_label.{paper.track}_short") if paper.track in ("esr", "leader") else paper.track
        lines.append(context.t("interview.mypapers.item", title=shorten(paper.title, 60), date=day, track=track))
        rows.append([(p("interview.buttons.download", title=shorten(paper.title, 28)), f"iv:dl:{paper.paper_id}"),
                     (p("interview.buttons.new_version"), f"iv:nv:{paper.paper_id}")])
    lines.append("")
    lines.append(context.t("interview.mypapers.hint"))
    await reply_html(update, context, "\n".join(lines), keyboard(rows))


async def _paper_action(update: Update, context: BotContext, action: str, paper_id: int) -> None:
    """Download again or start a new version; the owner check is in the query itself."""
    user_id = update.effective_user.id
    repo = _repo(context)
    if action == "dl":
        found = await repo.document(paper_id, user_id)
        if found is None:
            await _expired(update, context)
            return
        await update.callback_query.answer()
        filename, data = found
        await context.bot.send_chat_action(update.effective_chat.id, ChatAction.UPLOAD_DOCUMENT)
        await context.bot.send_document(update.effective_chat.id, InputFile(io.BytesIO(data), filename=filename),
                                        caption=context.plain("interview.summary.caption"))
        return
    answers = await repo.answers(paper_id, user_id)
    if answers is None:
        await _expired(update, context)
        return
    await update.callback_query.answer()
    stored = await repo.draft(user_id)
    if action == "nv" and stored is not None and stored.draft.answers:
        p = context.plain
        await reply_html(update, context, context.t("interview.mypapers.replace_draft"), keyboard([
            [(p("interview.buttons.new_version_yes"), f"iv:nvy:{paper_id}")], [(p("interview.buttons.keep"), "iv:r:k")]]))
        return
    draft = iv.Draft.prefilled(answers)
    await _save(context, user_id, draft)
    await _show(update, context, draft, context.t("interview.mypapers.prefilled"))


# -- wiring ----------------------------------------------------------------------------------------


def register(application: Application) -> None:
    services = services_of(application)
    runtime = Runtime()
    services.extras["interview_runtime"] = runtime
    services.extras["interview_repo"] = InterviewRepository(services.db)
    services.extras["interview_rules"] = validate_common(services.catalog, "budget", BudgetRules)

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
    application.add_handler(CommandHandler(command_names(catalog, "mypapers"), my_papers))
    application.add_handler(CommandHandler(command_names(catalog, "cancel"), cancel, filters=private & active))
    application.add_handler(CallbackQueryHandler(idea, pattern=r"^menu:idea$"))
    application.add_handler(CallbackQueryHandler(my_papers, pattern=r"^iv:list$"))
    application.add_handler(CallbackQueryHandler(on_callback, pattern=r"^iv:"))
    application.add_handler(MessageHandler(private & active & filters.UpdateType.MESSAGE & filters.TEXT & ~filters.COMMAND, on_text))
    application.add_handler(MessageHandler(
        private & active & filters.UpdateType.MESSAGE & (filters.Sticker.ALL | filters.PHOTO | filters.VOICE | filters.AUDIO
                                                        | filters.VIDEO | filters.VIDEO_NOTE | filters.Document.ALL | filters.LOCATION),
        on_media))
