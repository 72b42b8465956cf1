"""The review: a compact summary (one line per part), the checks in words, one button per part; and the
list of a part's answers to pick the one to change."""

from __future__ import annotations

from bot.content import escape
from bot.core import BotContext
from bot.domain import interview as iv
from bot.domain.budget import EsrBudget
from bot.domain.paper import answer_text, format_money, track_label, warning_texts
from bot.domain.text import shorten
from bot.telegram_io import keyboard

from .interview_views import PICK_SHORT, REVIEW_LIMIT, btn, current_answer, has, plain_of, rules_of, today_of


def _part_summary(context: BotContext, draft: iv.Draft, part: str) -> str:
    plain, rules, lang = plain_of(context), rules_of(context), context.lang
    if part == "funding":
        return track_label(draft, plain)
    if part == "budget":
        budget = iv.compute_budget(draft, rules)
        if budget is None:
            return context.plain("interview.review.empty")
        own = budget.own if isinstance(budget, EsrBudget) else budget.own_funding
        aid = budget.aid if isinstance(budget, EsrBudget) else budget.public_aid
        return context.plain("interview.review.budget", total=format_money(budget.total, lang),
                             aid=format_money(aid, lang), own=format_money(own, lang))
    values = []
    for question in iv.part_questions(draft, part):
        value = answer_text(draft, question.id, plain, lang, rules)
        if isinstance(value, list):
            values.append(context.plain("interview.review.count", label=context.plain(f"interview.labels.{question.id}"), count=len(value)))
        elif value and question.kind == iv.DATE:
            values.append(value)
        elif value:
            values.append(shorten(value, 40))
    return " · ".join(values) if values else context.plain("interview.review.empty")


def review_view(context: BotContext, draft: iv.Draft, prefix: str = ""):
    """A compact summary (one line per part), the checks in words, one button per part, Create."""
    title = draft.answers.get("title") or context.plain("paper.untitled")
    parts = [prefix, context.t("interview.review.title", title=shorten(str(title), 80))]
    for n, part in enumerate(iv.PARTS, 1):
        label = context.plain(f"interview.parts.{part}")
        parts.append(f"<b>{n} {escape(label)}</b>: " + escape(shorten(_part_summary(context, draft, part), 110)))
    checks = [escape(shorten(text, 110)) for text in warning_texts(iv.collect_warnings(draft, today_of(context), rules_of(context)),
                                                                   plain_of(context), context.lang)]
    for field, codes in draft.coach_open.items():
        for code in codes:
            if has(context, f"coach.{code}.short"):
                checks.append(escape(context.plain(f"interview.labels.{field}")) + ": " + context.t(f"coach.{code}.short"))
    missing = [q for q in iv.QUESTIONS if q.when(draft) and not q.optional and q.id not in draft.answers]
    body = "\n".join(x for x in parts if x)
    if checks:
        block = context.t("interview.review.checks", count=len(checks))
        shown = []
        for check in checks:
            if len(body) + len(block) + len(check) + 40 > REVIEW_LIMIT:
                shown.append(context.t("interview.review.more", count=len(checks) - len(shown)))
                break
            shown.append("• " + check)
        body += "\n\n" + block + "\n" + "\n".join(shown)
    if missing:
        body += "\n\n" + context.t("interview.review.missing", count=len(missing))
    p = context.plain
    rows = [[(p("interview.buttons.edit_part", n=n, part=p(f"interview.parts.{part}")), btn("e", part))]
            for n, part in enumerate(iv.PARTS, 1)]
    if missing:
        rows.append([(p("interview.buttons.fill_rest", count=len(missing)), btn("h", "off"))])
    rows.append([(p("interview.buttons.make"), btn("m"))])
    return body, keyboard(rows)


def pick_view(context: BotContext, draft: iv.Draft, prefix: str = ""):
    """The answers of one part, one button each: the one pressed is asked again (with Keep)."""
    part = draft.part or iv.PARTS[0]
    p = context.plain
    text = "\n\n".join(x for x in [prefix, context.t("interview.pick.title", part=p(f"interview.parts.{part}"))] if x)
    rows = []
    for question in iv.part_questions(draft, part):
        current = current_answer(context, draft, question.id) if question.kind != iv.BUDGET else None
        label = p(f"interview.labels.{question.id}")
        if current:
            label += ": " + shorten(current.replace("\n", " "), PICK_SHORT)
        rows.append([(label, btn("q", question.id))])
    rows.append([(p("interview.buttons.to_review"), btn("q"))])
    return text, keyboard(rows)


