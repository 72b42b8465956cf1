"""The three small questions that count talkoot hours together (people, days or times, hours each time)."""

from __future__ import annotations

from bot.core import BotContext
from bot.domain import interview as iv
from bot.domain.interview_calc import STEPS
from bot.telegram_io import keyboard

from .interview_views import btn


def calc_view(context: BotContext, draft: iv.Draft, prefix: str = ""):
    """The open step, what was given so far, and a way out (the whole figure typed, back, or no hours)."""
    pending = draft.pending or {}
    step, given = str(pending.get("step")), [str(f) for f in pending.get("factors", [])]
    parts = [prefix] if prefix else []
    if step == STEPS[0] and not given and not prefix.startswith("⚠️"):
        parts.append(context.t("interview.calc.intro"))
    if given:
        parts.append(context.t(f"interview.calc.so_far_{len(given)}", **dict(zip(("people", "times"), given))))
    parts.append(context.t(f"interview.calc.{step}", n=STEPS.index(step) + 1))
    parts.append(context.t("interview.hint_prefix") + context.t("interview.calc.hint"))
    p, qid = context.plain, draft.current or ""
    rows = [[(p("interview.buttons.skip_hours"), btn("s", qid, "0"))], [(p("interview.buttons.back"), btn("b", qid, "0"))]]
    return "\n\n".join(parts), keyboard(rows)
