"""After a step: echo the accepted answer on the question's own message, show the coach's flag, ask the next."""

from __future__ import annotations

import logging

from telegram import Update

from bot.core import BotContext
from bot.domain import interview as iv
from bot.domain.leader_groups import find_group
from bot.domain.paper import budget_rows, warning_texts
from bot.telegram_io import keyboard

from .interview_review import review_view
from .interview_views import btn, echo, has, plain_of, rules_of

log = logging.getLogger(__name__)

# Answers the coach reads (bot/domain/coach.py, written with the paper).
COACH_FIELDS = ("target_group", "actions", "results", "indicators", "risks", "goal", "work_plan")

try:
    from bot.domain.coach import review as coach_review  # type: ignore[import-not-found]
except ImportError:  # pragma: no cover - until the paper branch brings the coach
    coach_review = None


def coach_check(context: BotContext, draft: iv.Draft, qid: str) -> str | None:
    """Run the coach on a fresh answer; the first flag is recorded as open (kept unless improved)."""
    if coach_review is None or qid not in COACH_FIELDS or draft.answers.get(qid) in (None, "", []):
        return None
    try:
        flags = list(coach_review(qid, draft.answers[qid], lang=context.lang))
    except Exception:  # the coach must never stop the interview
        log.exception("coach failed on %s", qid)
        return None
    flags = [f for f in flags if has(context, f"coach.{f}.problem")]
    code = iv.coach_result(draft, qid, flags)
    if code:
        draft.pending_coach = (qid, code)  # type: ignore[attr-defined]
    return code


def find_municipality(context: BotContext, draft: iv.Draft) -> None:
    """The municipality named in the area answer, and for Leader its Leader group (the finder's domain API)."""
    area = str(draft.answers.get("area") or "")
    try:
        found = find_group(area)
    except Exception:
        log.exception("municipality lookup failed")
        return
    if found.municipality is None or found.kind not in ("found", "outside_leader"):
        draft.answers.pop("municipality", None)
        draft.answers.pop("leader_group", None)
        return
    draft.answers["municipality"] = found.municipality.fi
    if draft.track == "leader" and found.group is not None:
        draft.answers["leader_group"] = found.group.id
    else:
        draft.answers.pop("leader_group", None)


def _coach_view(context: BotContext, draft: iv.Draft):
    flagged = getattr(draft, "pending_coach", None)
    if not flagged:
        return "", None
    qid, code = flagged
    parts = [context.t(f"coach.{code}.problem")]
    for key in ("suggestion", "example"):
        if has(context, f"coach.{code}.{key}"):
            parts.append(context.t(f"coach.{code}.{key}"))
    p = context.plain
    improve = p("coach.buttons.improve") if has(context, "coach.buttons.improve") else p("interview.buttons.improve")
    keep = p("coach.buttons.keep") if has(context, "coach.buttons.keep") else p("interview.buttons.keep_flag")
    return "🧭 " + "\n".join(parts), keyboard([[(improve, btn("ci", qid)), (keep, btn("ck", qid))]])


def budget_block(context: BotContext, draft: iv.Draft) -> str:
    budget = iv.compute_budget(draft, rules_of(context))
    if budget is None:
        return ""
    from bot.content import escape

    lines = [context.t("interview.budget.computed_title")]
    for label, amount, total in budget_rows(budget, plain_of(context), context.lang):
        line = escape(f"{label}: {amount}")
        lines.append(f"<b>{line}</b>" if total else line)
    for text in warning_texts(budget.warnings, plain_of(context), context.lang):
        lines.append("⚠️ " + escape(text))
    return "\n".join(lines)


def notes_text(context: BotContext, draft: iv.Draft, notes: list[str]) -> str:
    out = []
    for note in notes:
        out.append(budget_block(context, draft) if note in ("computed_esr", "computed_leader") else context.t(f"interview.notes.{note}"))
    return "\n\n".join(x for x in out if x)


async def after_step(update: Update, context: BotContext, draft: iv.Draft, outcome: iv.Outcome, before: str,
                     was_editing: bool, chat_id: int, echo_msg: int | None = None) -> None:
    """Save, echo the answer by editing the question's message, then ask the next thing (or show the review)."""
    from . import interview as conv

    target = echo_msg or draft.msg_id
    if draft.coach_msg and draft.coach_msg != target:
        await conv.strip(context, chat_id, draft.coach_msg)
    draft.coach_msg = None
    echo_html = echo(context, draft, outcome) if outcome.answered else ""
    coach_html, coach_markup = _coach_view(context, draft)
    if hasattr(draft, "pending_coach"):
        del draft.pending_coach  # type: ignore[attr-defined]
    notes = notes_text(context, draft, outcome.notes)
    if coach_markup:
        draft.coach_msg = target
    await conv.save(context, update.effective_user.id, draft)
    if outcome.status == "review" and was_editing and not coach_markup:
        # An edit from the review comes back to the same message: the review is edited in place.
        text, markup = review_view(context, draft, "\n\n".join(x for x in (echo_html, notes) if x))
        if await conv.edit(context, chat_id, target, text, markup):
            draft.msg_id = target
            await conv.save(context, update.effective_user.id, draft)
            return
    edited = False
    if before and echo_html:
        body = "\n\n".join(x for x in (before, echo_html, coach_html) if x)
        edited = await conv.edit(context, chat_id, target, body, coach_markup)
    if not edited:
        draft.coach_msg = None
    prefix = notes if edited else "\n\n".join(x for x in (echo_html, notes) if x)
    await conv.ask(update, context, draft, prefix, keep_old=edited)
