"""What the interview shows: the open question, echoes of accepted answers, the review and its buttons."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Literal
from zoneinfo import ZoneInfo

from babel.numbers import format_decimal

from bot.callback_data import CallbackData
from bot.content import Html, escape
from bot.core import BotContext
from bot.domain import interview as iv
from bot.domain.budget import BudgetRules, EsrBudget
from bot.domain.interview_read import format_hours
from bot.domain.paper import answer_text, format_date, format_money, format_number, plain_for
from bot.domain.text import shorten
from bot.telegram_io import keyboard

REVIEW_LIMIT = 1200
PICK_SHORT = 40
SPLIT_SHORT = 24  # each reading on the "two things" button

Action = Literal["a", "p", "b", "s", "d", "c", "k", "x", "o", "e", "q", "m", "r", "dl", "nv", "nvy", "list", "h",
                 "dc", "ls", "qa", "ci", "ck", "fc", "li"]


@dataclass(frozen=True)
class IvButton(CallbackData, prefix="iv"):
    """Every interview button: an action, usually the question it belongs to, and a value."""

    action: Action
    key: str | None = None
    value: str | None = None


def btn(action: str, key: str | None = None, value: str | None = None) -> str:
    """The packed button; trailing empty parts are left out (``iv:r:c``), which ``IvButton.parse`` accepts."""
    return IvButton(action, key, value).pack().rstrip(":")  # type: ignore[arg-type]


def rules_of(context: BotContext) -> BudgetRules:
    return context.services.extras["interview_rules"]


def today_of(context: BotContext) -> date:
    return context.services.clock().astimezone(ZoneInfo(context.services.settings.bot_timezone)).date()


def plain_of(context: BotContext):
    return plain_for(context.services.catalog, context.lang)


def has(context: BotContext, key: str) -> bool:
    return context.services.catalog.has(context.lang, key)


def _synonyms(context: BotContext, key: str) -> list[str]:
    return [s.strip() for s in context.plain(key).split(",") if s.strip()] if has(context, key) else []


def choice_labels(context: BotContext, draft: iv.Draft, question: iv.Question) -> dict[str, list[str]]:
    """How people may name each option when they type instead of pressing: label, short label, synonyms."""
    if question.kind == iv.BUDGET and question.id == "leader_costs":
        return {line: [context.plain(f"interview.budget_lines.{line}")] + _synonyms(context, f"interview.synonyms.cost.{line}")
                for line in iv.budget_lines(draft, "leader_costs", rules_of(context))}
    options = question.picks or iv.choice_options(draft, question, rules_of(context))
    out: dict[str, list[str]] = {}
    for value in options:
        label = context.plain(f"interview.options.{question.id}.{value}")
        out[value] = [label, label.split(" (")[0], value] + _synonyms(context, f"interview.synonyms.{question.id}.{value}")
    return out


# -- the question -----------------------------------------------------------------------------------


def header(context: BotContext, draft: iv.Draft) -> str:
    n, total, part = iv.progress(draft)
    return context.t("interview.progress", n=n, total=total, part=context.plain(f"interview.parts.{part}"))


def _params(context: BotContext, draft: iv.Draft) -> dict[str, object]:
    rules = rules_of(context)
    lt = iv.leader_type(draft)
    budget = iv.compute_budget(draft, rules)
    own = "—"
    if isinstance(budget, EsrBudget):
        own = format_money(budget.own, context.lang)
    elif budget is not None:
        own = format_money(budget.own_funding, context.lang)
    params: dict[str, object] = {
        "flat": rules.esr.flat_rate, "max": rules.leader.types[lt].max_rate, "min_age": rules.leader.talkoot.min_age,
        "own": own, "line_n": 1, "line_total": 1,
        "track": context.plain(f"interview.track_label.{iv.recommendation(draft).track}_short"),
    }
    question = draft.question
    if question is not None and question.kind == iv.BUDGET:
        lines = iv.budget_lines(draft, question.id, rules)
        params["line_n"], params["line_total"] = min(draft.sub, len(lines) - 1) + 1, len(lines)
    return params


def question_text(context: BotContext, draft: iv.Draft) -> str:
    """Progress and the question itself (what an echo keeps above the answer)."""
    question = draft.question
    text = context.t(f"interview.questions.{question.id}.text", **_params(context, draft))
    if question.kind == iv.BUDGET:
        text += "\n" + _budget_prompt(context, draft, question.id)
    return header(context, draft) + "\n" + text


def _budget_prompt(context: BotContext, draft: iv.Draft, qid: str) -> str:
    rules = rules_of(context)
    lines = iv.budget_lines(draft, qid, rules)
    line = lines[min(draft.sub, len(lines) - 1)]
    talkoot = rules.leader.talkoot
    value = {"volunteer_hours": talkoot.hour_value, "machine_hours": talkoot.machine_hour_value}.get(line, 0)
    return context.t(f"interview.budget_prompts.{line}", value=format_money(value, context.lang))


def current_answer(context: BotContext, draft: iv.Draft, qid: str) -> str | None:
    """The whole current answer as text (escaped by the caller), or None."""
    question = iv.BY_ID[qid]
    value = draft.answers.get(qid)
    if value in (None, "", [], {}):
        return None
    if question.kind == iv.STAFF:
        return "\n".join(staff_line(context, row) for row in iv.staff_rows(draft))
    if question.kind == iv.BUDGET and isinstance(value, dict):
        lines = iv.budget_lines(draft, qid, rules_of(context))
        line = lines[min(draft.sub, len(lines) - 1)]
        return amount_text(context, qid, Decimal(str(value[line]))) if line in value else None
    shown = answer_text(draft, qid, plain_of(context), context.lang, rules_of(context))
    if isinstance(shown, list):
        return "\n".join(f"{n}. {item}" for n, item in enumerate(shown, 1))
    return None if shown is None else str(shown)


def amount_text(context: BotContext, qid: str, value: Decimal) -> str:
    return format_hours(value, context.lang) if qid == "talkoot" else format_money(value, context.lang)


def working_text(context: BotContext, working: dict) -> str:
    """"(8 000 € + 3 500 € + 1 200 €)", "(40 × 65 €)", "(10 × 3 × 8 h)": the sum or product behind an echoed figure."""
    return f"({working_terms(context, working)})"


def working_terms(context: BotContext, working: dict) -> str:
    """"8 000 € + 3 500 € + 1 200 €", "7 × 10 × 3 h": the working itself, escaped."""
    terms = [Decimal(str(t)) for t in working.get("terms", [])]
    if working.get("op") == "+":
        shown = [format_money(t, context.lang) if working.get("money") else format_hours(t, context.lang) for t in terms]
        return escape(" + ".join(shown))
    shown = [format_number(t, context.lang) for t in terms[:-1]]
    last = format_money(terms[-1], context.lang) if working.get("money") else format_hours(terms[-1], context.lang)
    return escape(" × ".join([*shown, last]))


def staff_line(context: BotContext, row: dict) -> str:
    cost = iv.staff_cost([row])
    return context.plain("interview.staff.row", role=row.get("role") or "—", months=row.get("months"),
                         per_month=format_money(Decimal(str(row.get("per_month") or 0)), context.lang),
                         share=row.get("share"), total=format_money(cost, context.lang))


def question_view(context: BotContext, draft: iv.Draft, prefix: str = ""):
    """The open question: progress, text, hint, the whole current answer, and its buttons."""
    from .interview_review import pick_view, review_view

    if draft.mode == "pick":
        return pick_view(context, draft, prefix)
    if draft.mode == "review" or draft.question is None:
        return review_view(context, draft, prefix)
    if draft.mode == "org_check":
        return org_check_view(context, draft, prefix)
    question = draft.question
    qid, p = question.id, context.plain
    parts = [question_text(context, draft)]
    if qid == "recommend":
        parts.append(_recommendation_text(context, draft))
    hint_key = f"interview.questions.{qid}.hint_{draft.track}"
    hint_key = hint_key if has(context, hint_key) else f"interview.questions.{qid}.hint"
    parts.append(context.t("interview.hint_prefix") + context.t(hint_key, **_params(context, draft)))
    current = current_answer(context, draft, qid)
    if current and question.kind in (iv.MULTI, iv.STAFF) and draft.sub > 0:
        parts.append(context.t("interview.current_items", count=draft.sub) + "\n" + escape(current))
    elif current and question.kind not in (iv.CHOICE, iv.RATE):
        parts.append(context.t("interview.current_answer", answer=current))
    text = "\n\n".join(x for x in [prefix, *parts] if x)

    rows: list[list[tuple[str, str]]] = []
    value = draft.answers.get(qid)
    if question.kind in (iv.CHOICE, iv.RATE):
        chosen = str(value) if value is not None else None
        labels = [(("✓ " if chosen == opt else "") + (f"{opt} %" if question.kind == iv.RATE else p(f"interview.options.{qid}.{opt}")),
                   btn("a", qid, opt)) for opt in iv.choice_options(draft, question, rules_of(context))]
        rows.extend([labels] if question.kind == iv.RATE else [[label] for label in labels])
    for pick in question.picks:
        rows.append([(p(f"interview.options.{qid}.{pick}"), btn("p", qid, pick))])
    if question.kind in (iv.MULTI, iv.STAFF) and draft.sub > 0:
        rows.append([(p("interview.buttons.done"), btn("d", qid)), (p("interview.buttons.clear"), btn("c", qid))])
    if question.kind == iv.BUDGET:
        key = "interview.buttons.skip_hours" if qid == "talkoot" else "interview.buttons.skip_line"
        rows.append([(p(key), btn("s", qid, str(draft.sub)))])
    if current and draft.sub == 0 and question.kind not in (iv.CHOICE, iv.RATE):
        rows.append([(p("interview.buttons.keep_answer"), btn("k", qid))])
    nav = [(p("interview.buttons.example"), btn("x", qid))]
    if iv.progress(draft)[0] > 1 or draft.sub > 0 or qid != iv.steps(draft)[0].id:
        nav.append((p("interview.buttons.back"), btn("b", qid, str(draft.sub))))
    if question.optional and question.kind != iv.BUDGET:
        nav.append((p("interview.buttons.skip"), btn("s", qid, str(draft.sub))))
    rows.append(nav)
    if qid == "track" and "track" not in draft.answers and not draft.hurry:
        rows.append([(p("interview.buttons.hurry"), btn("h", "on"))])
    return text, keyboard(rows)


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
        prefix, context.t("interview.org_check.intro"), context.t(f"interview.org_check.reasons.{reason}"),
        context.t(f"interview.org_check.instead.{reason}"), context.t("interview.org_check.choose"),
    ] if x)
    p = context.plain
    return text, keyboard([
        [(p("interview.buttons.org_type_again"), btn("o", "type"))],
        [(p("interview.buttons.org_track"), btn("o", "track"))],
        [(p("interview.buttons.org_go"), btn("o", "go"))],
    ])


def qa_view(context: BotContext, draft: iv.Draft):
    p = context.plain
    return context.t("interview.qa.prompt"), keyboard([
        [(p("interview.buttons.qa_answer"), btn("qa", draft.current, "a"))],
        [(p("interview.buttons.qa_question"), btn("qa", draft.current, "q"))],
    ])


def date_confirm_view(context: BotContext, draft: iv.Draft, value: date, prefix: str = ""):
    """"Aloitus: ehdotan 1.4.2027": a date made of a vague answer; or, after "en tiedä vielä", one to hold the place."""
    p, shown = context.plain, format_date(value, context.lang)
    label = context.plain(f"interview.echo.{draft.current}")
    held = bool((draft.pending or {}).get("placeholder"))
    key = "date_placeholder" if held else "date_check" if (draft.pending or {}).get("check") else "date_confirm"
    text = context.t(f"interview.{key}", what=label, date=shown)
    return "\n\n".join(x for x in (prefix, text) if x), keyboard([
        [(p("interview.buttons.date_hold" if held else "interview.buttons.date_yes", date=shown),
          btn("dc", draft.current, "y" + value.isoformat()))],
        [(p("interview.buttons.date_other"), btn("dc", draft.current, "n"))],
    ])


def figure_confirm_view(context: BotContext, draft: iv.Draft, pending: dict, prefix: str = ""):
    """"Kirjaanko 100 h?": a figure said with doubt, to confirm with one tap or type again."""
    p, qid = context.plain, draft.current or ""
    shown = amount_text(context, qid, Decimal(str(pending.get("value", "0"))))
    what = context.plain(f"interview.budget_lines.{pending.get('line')}")
    doubt = pending.get("doubt")
    if doubt in ("sum", "guess", "check", "people") and pending.get("working"):  # "4 000 € + 2 500 € = 6 500 €"
        working = Html(working_terms(context, pending["working"]))
        key = "people_sum" if doubt == "people" else "sum"  # the machine's hours left out, and said so
        text = context.t(f"interview.figure_confirm.{key}", what=what, value=shown, working=working)
    else:
        text = context.t(f"interview.figure_confirm.{doubt if doubt in ('bound', 'guess', 'check', 'people') else 'unsure'}", what=what, value=shown)
    return "\n\n".join(x for x in (prefix, text) if x), keyboard([
        [(p("interview.buttons.figure_yes", value=shown), btn("fc", qid, "y" + str(pending.get("value", ""))))],
        [(p("interview.buttons.figure_other"), btn("fc", qid, "n"))],
    ])


def split_confirm_view(context: BotContext, draft: iv.Draft, pending: dict):
    """One thing or several? Two parts are named on the button; three or more are listed in the message."""
    p = context.plain
    parts = [str(part) for part in pending.get("parts", ["", ""])]
    if len(parts) <= 2:
        first, second = (shorten(part, SPLIT_SHORT) for part in (parts + ["", ""])[:2])
        text, several = context.t("interview.split_confirm", text=pending.get("text", "")), p(
            "interview.buttons.split_two", first=first, second=second)
    else:
        listed = Html("\n".join(f"{n}. {escape(part)}" for n, part in enumerate(parts, 1)))
        text = context.t("interview.split_confirm_many", count=len(parts), parts=listed)
        several = p("interview.buttons.split_many", count=len(parts))
    return text, keyboard([
        [(p("interview.buttons.split_one"), btn("ls", draft.current, "1"))],
        [(several, btn("ls", draft.current, "2"))],
    ])


def item_confirm_view(context: BotContext, draft: iv.Draft, pending: dict, prefix: str = ""):
    """"Kirjaanko tämän?": a lone item read back before it is noted; more items can still be sent one by one.
    ``prefix`` says why it is shown again ("Luen vain tekstiä", "on jo tallessa"); ✔ carries the item's digest."""
    p, items = context.plain, iv.pending_items(pending)
    what = p(f"interview.labels.{draft.current}")
    if len(items) > 1:  # several read from a long line: "luin vastauksestasi nämä 3: …"
        listed = Html("\n".join(f"{n}. {escape(item)}" for n, item in enumerate(items, 1)))
        text = context.t("interview.items_confirm", what=what, count=len(items), items=listed)
        yes = p("interview.buttons.items_yes", count=len(items))
    else:
        text, yes = context.t("interview.item_confirm", what=what, item=items[0]), p("interview.buttons.item_yes")
    digest = iv.item_digest(items)
    return "\n\n".join(x for x in (prefix, text) if x), keyboard([
        [(yes, btn("li", draft.current, "y" + digest))],
        [(p("interview.buttons.item_other"), btn("li", draft.current, "n"))],
    ])


def choice_confirm_view(context: BotContext, draft: iv.Draft, pending: dict, prefix: str = ""):
    """"Luin: Leader": a typed choice from a long or turning answer; its option first with ✔, then the others."""
    p, qid = context.plain, draft.current or ""
    question, chosen = draft.question, str(pending.get("value"))
    label = p(f"interview.options.{qid}.{chosen}")
    text = context.t("interview.choice_confirm", what=p(f"interview.labels.{qid}"), choice=label)
    options = [opt for opt in iv.choice_options(draft, question, rules_of(context)) if opt != chosen]
    bare = label.lstrip("✅✔️ ")  # "✅ Sounds right" is marked once
    rows = [[(p("interview.buttons.choice_yes", label=bare), btn("a", qid, chosen))]]
    rows += [[(p(f"interview.options.{qid}.{opt}"), btn("a", qid, opt))] for opt in options]
    return "\n\n".join(x for x in (prefix, text) if x), keyboard(rows)


# -- echoes -------------------------------------------------------------------------------------------


def echo(context: BotContext, draft: iv.Draft, outcome: iv.Outcome, kept: bool = False) -> str:
    """The accepted answers repeated back as understood ("Päättyy 30.6.2028 ✔ – korjaa, jos väärin")."""
    lines = []
    for qid in outcome.answered:
        question = iv.BY_ID[qid]
        if outcome.status == "row":
            lines += ["✔ " + escape(staff_line(context, row)) for row in outcome.params.get("rows", [])]
            continue
        if question.kind == iv.BUDGET and outcome.params.get("line"):
            values = draft.answers.get(qid) or {}
            line = outcome.params["line"]
            shown = amount_text(context, qid, Decimal(str(values.get(line, 0))))
            lines.append(context.t("interview.echo.line", line=context.plain(f"interview.budget_lines.{line}"), value=shown))
            if outcome.params.get("working"):  # the answer's own figures added or multiplied: show how
                lines.append(working_text(context, outcome.params["working"]))
            if outcome.params.get("upper"):  # "5-6 tonnia": the upper end was taken
                lines.append(context.t("interview.echo.upper"))
            if len(outcome.params.get("calc") or ()) == 3:  # counted together: show the working
                people, times, hours = outcome.params["calc"]
                hours = hours.replace(".", ",") if context.lang == "fi" else hours
                lines.append(context.t("interview.echo.calc", people=people, times=times, hours=hours))
            continue
        if question.kind == iv.BUDGET:
            values = draft.answers.get(qid) or {}
            lines += [context.t("interview.echo.line", line=context.plain(f"interview.budget_lines.{line}"),
                                value=amount_text(context, qid, Decimal(str(v)))) for line, v in values.items()]
            continue
        shown = current_answer(context, draft, qid) or ""
        if question.kind == iv.DATE:
            lines.append(context.t("interview.echo.date", what=context.plain(f"interview.echo.{qid}"), date=shown))
        elif question.kind in (iv.MULTI, iv.STAFF):
            lines.append(context.t("interview.echo.items", count=len(draft.answers.get(qid) or [])) + "\n" + escape(shown))
        elif question.kind in (iv.CHOICE, iv.RATE):
            lines.append("✔ " + escape(shown))
        else:
            lines.append(context.t("interview.echo.saved", answer=shorten(shown, 160)))
    if kept or outcome.params.get("kept"):
        lines = [context.t("interview.echo.kept")]
    return "\n".join(lines)


def error_text(context: BotContext, outcome: iv.Outcome) -> str:
    params = {k: (format_date(v, context.lang) if hasattr(v, "isoformat") else
                  format_decimal(v, locale="fi_FI" if context.lang == "fi" else "en_GB") if isinstance(v, Decimal) else v)
              for k, v in outcome.params.items()}
    return "⚠️ " + context.t(f"interview.errors.{outcome.error}", **params)


def html(value: str) -> Html:
    return Html(value)
