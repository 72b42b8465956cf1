"""Moving a draft without typing an answer: buttons (skip, keep, done, back), the review's edit, the short
path, the coach, "answer or question?" and spotting a resend. Each returns an ``Outcome`` to render."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal

from .budget import BudgetRules
from .interview import BUDGET, BY_ID, MULTI, PARTS, STAFF, Draft, Outcome, first_missing, part_questions, steps
from .interview_budget import budget_lines
from .interview_steps import Labels, _advance, _budget_line, _error, _open, answer_text

# The same text again within this time, after it was saved, is a resend after a lost reply. Short answers
# ("ei", "kyllä") can honestly repeat, so only texts of some length count.
RESEND_WINDOW = timedelta(minutes=3)
RESEND_MIN_LENGTH = 8


def org_decision(draft: Draft, decision: str) -> Outcome:
    """After an ineligible organisation type: ``type`` (choose again), ``track`` (rethink) or ``go`` (keep, warned)."""
    if draft.mode != "org_check":
        return _error("stale")
    if decision == "type":
        draft.mode, draft.current = "ask", "org_type"
        return Outcome("next")
    if decision == "track":
        draft.mode, draft.current, draft.editing = "ask", "track", True
        return Outcome("next")
    if decision == "go":
        draft.accepted_org, draft.mode = True, "ask"
        return _advance(draft)
    return _error("stale")


def skip(draft: Draft, qid: str, rules: BudgetRules | None = None) -> Outcome:
    """Skip an optional question, or one line of a budget (it counts as zero)."""
    question = _open(draft, qid)
    if question is None:
        return _error("stale")
    if question.kind == BUDGET:
        lines = budget_lines(draft, qid, rules)
        return _budget_line(draft, question, lines, lines[min(draft.sub, len(lines) - 1)], Decimal(0))
    if not question.optional:
        return _error("required")
    draft.answers[qid] = None
    return _advance(draft)


def done(draft: Draft, qid: str) -> Outcome:
    """Finish a list of items or personnel rows."""
    question = _open(draft, qid)
    if question is None or question.kind not in (MULTI, STAFF):
        return _error("stale")
    if not draft.answers.get(qid):
        if question.optional:
            draft.answers[qid] = None
            return _advance(draft)
        return _error("need_one_row" if question.kind == STAFF else "need_one_item")
    return _advance(draft, answered=[qid])


def clear_items(draft: Draft, qid: str) -> Outcome:
    question = _open(draft, qid)
    if question is None or question.kind not in (MULTI, STAFF):
        return _error("stale")
    draft.answers.pop(qid, None)
    draft.sub = 0
    return Outcome("same")


def back(draft: Draft, qid: str) -> Outcome:
    """One step back: the previous budget line, or the previous applicable question."""
    question = _open(draft, qid)
    if question is None:
        return _error("stale")
    if question.kind == BUDGET and draft.sub > 0:
        draft.sub -= 1
        return Outcome("next")
    ids = [q.id for q in steps(draft)]
    position = ids.index(qid) if qid in ids else 0
    if position == 0:
        return Outcome("same")
    draft.current, draft.sub, draft.pending = ids[position - 1], 0, None
    return Outcome("next")


def start_edit(draft: Draft, part: str) -> Outcome:
    """From the review to the list of a part's answers (pick one to change)."""
    if draft.mode not in ("review", "pick") or part not in PARTS or not part_questions(draft, part):
        return _error("stale")
    draft.mode, draft.part = "pick", part
    return Outcome("pick")


def pick_part(draft: Draft, qid: str | None) -> Outcome:
    """One answer of the part to change (only that one is asked), or None to go back to the review."""
    if draft.mode != "pick":
        return _error("stale")
    if qid is None:
        draft.mode, draft.part = "review", None
        return Outcome("review")
    if qid not in [q.id for q in part_questions(draft, draft.part or "")]:
        return _error("stale")
    draft.current, draft.mode, draft.editing, draft.sub, draft.pending = qid, "ask", True, 0, None
    return Outcome("next")


def set_hurry(draft: Draft, on: bool) -> Outcome:
    """The short path (only what the paper cannot do without) on or off; off from the review asks the rest."""
    draft.hurry, draft.pending = on, None  # an open count or confirmation belongs to the question being left
    if draft.mode == "review" and not on:
        draft.editing = True
    if draft.mode in ("ask", "review") and (draft.mode == "review" or draft.current not in [q.id for q in steps(draft)]):
        target = first_missing(draft)
        if target is None:
            draft.mode, draft.current = "review", None
            return Outcome("review")
        draft.current, draft.mode, draft.sub = target, "ask", 0
    return Outcome("next")


def improve(draft: Draft, qid: str) -> Outcome:
    """Back to an earlier answer the coach flagged; then on to where the user was."""
    if qid not in BY_ID or not BY_ID[qid].when(draft) or qid not in draft.answers or draft.mode not in ("ask", "review"):
        return _error("stale")
    if draft.mode == "ask" and draft.current != qid:
        draft.resume_at = draft.current
    elif draft.mode == "review":
        draft.editing = True
    draft.current, draft.mode, draft.sub, draft.pending = qid, "ask", 0, None
    return Outcome("next")


def coach_result(draft: Draft, qid: str, flags: list[str]) -> str | None:
    """Record the coach's first flag for an answer as open (kept unless improved); None when fine."""
    if flags:
        draft.coach_open[qid] = [flags[0]]
        return flags[0]
    draft.coach_open.pop(qid, None)
    return None


def qa_decision(draft: Draft, as_answer: bool, today: date, rules: BudgetRules, *, lang: str = "fi",
                labels: Labels | None = None) -> tuple[Outcome, str | None]:
    """"Answer or question?": as an answer it is saved; as a question the text goes to the FAQ."""
    pending = draft.pending
    if draft.mode != "ask" or not pending or pending.get("kind") != "qa":
        return _error("stale"), None
    text = str(pending.get("text") or "")
    draft.pending = pending.get("resume")  # a count of hours interrupted by the question goes on where it was
    if as_answer:
        return answer_text(draft, text, today, rules, lang=lang, labels=labels, confirmed=True), text
    return Outcome("same", params={"question": True}), text


def resend_of(draft: Draft, text: str, now: datetime) -> str | None:
    """The question an identical text was just saved for (a resend after a lost reply), or None."""
    last = draft.last or {}
    if not last or last.get("text") != text.strip() or len(text.strip()) < RESEND_MIN_LENGTH:
        return None
    try:
        at = datetime.fromisoformat(str(last.get("at")))
    except ValueError:
        return None
    if now - at > RESEND_WINDOW:
        return None
    question = BY_ID.get(str(last.get("q")))
    if question is None:
        return None
    if last.get("q") == draft.current and question.kind not in (MULTI, STAFF):
        return None
    return question.id


def remember(draft: Draft, qid: str, text: str, now: datetime) -> None:
    draft.last = {"q": qid, "text": text.strip(), "at": now.isoformat()}
