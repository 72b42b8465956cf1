"""The idea paper as a DOCX file (python-docx), plus the number, date and answer formatting it shares
with the chat's review screen.

User text goes in as run text, unchanged, so nothing typed can become formatting or markup.
"""

from __future__ import annotations

import functools
import io
import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Callable, Protocol

import yaml
from docx import Document

from . import coach, paper_docx
from .budget import BudgetRules, EsrBudget, LeaderBudget, Warning
from .budget_funding import budget_for
from .dates import format_date  # noqa: F401  (callers import it from here too)
from .interview import BUDGET, CHOICE, MULTI, RATE, Draft, leader_type, steps
from .paper_budget import render_budget
from .paper_docx import clean  # noqa: F401  (callers import it from here too)
from .paper_sections import Ctx, group_text, months_between, render_body


class Plain(Protocol):
    def __call__(self, key: str, **values: object) -> str: ...


# -- formatting ---------------------------------------------------------------------------------


def format_money(value: Decimal | int | float, lang: str) -> str:
    """``12 000 €`` / ``12 000,50 €`` in Finnish, ``€12,000`` / ``€12,000.50`` in English."""
    value = Decimal(str(value))
    cents = value != value.to_integral_value()
    text = f"{value:,.2f}" if cents else f"{value:,.0f}"
    if lang == "fi":
        return text.replace(",", "\u00a0").replace(".", ",") + "\u00a0€"
    return "€" + text


def format_number(value: Decimal, lang: str) -> str:
    text = f"{Decimal(value).normalize():f}"
    return text.replace(".", ",") if lang == "fi" else text


def format_params(params: dict[str, object], lang: str) -> dict[str, object]:
    """Money and dates in a warning's parameters, ready for a text template."""
    out: dict[str, object] = {}
    for key, value in params.items():
        if isinstance(value, Decimal):
            out[key] = format_money(value, lang)
        elif isinstance(value, date):
            out[key] = format_date(value, lang)
        else:
            out[key] = value
    return out


def slugify(title: str, fallback: str) -> str:
    """``Vihreä kylä – Green Villages!`` → ``vihrea-kyla-green-villages`` (ASCII, at most 40 characters)."""
    ascii_text = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode("ascii").lower()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")
    if len(slug) > 40:
        slug = slug[:40].rsplit("-", 1)[0] if "-" in slug[:40] else slug[:40]
    return slug or fallback


def paper_filename(title: str, lang: str, day: date) -> str:
    """``ideapaperi-<slug>-<yyyy-mm-dd>.docx`` in Finnish, ``idea-paper-<slug>-<yyyy-mm-dd>.docx`` in English."""
    prefix, fallback = ("ideapaperi", "hanke") if lang == "fi" else ("idea-paper", "project")
    return f"{prefix}-{slugify(title, fallback)}-{day.isoformat()}.docx"


# -- answers as text ----------------------------------------------------------------------------


def answer_text(draft: Draft, qid: str, plain: Plain, lang: str, rules: BudgetRules) -> str | list[str] | None:
    """One answer as people read it: text, a list of items, a label or a formatted number; None if unanswered."""
    question = next((q for q in steps(draft) if q.id == qid), None)
    if question is None or qid not in draft.answers:
        return None
    value = draft.answers[qid]
    if value is None:
        return None
    if question.kind == MULTI:
        return [str(item) for item in value] if isinstance(value, list) else [str(value)]
    if question.kind == CHOICE:
        return plain(f"interview.options.{qid}.{value}")
    if question.kind == RATE:
        return f"{value} %"
    if question.kind == "date":
        try:
            return format_date(date.fromisoformat(str(value)), lang)
        except ValueError:
            return None
    if question.kind == "amount":
        return format_money(Decimal(str(value)), lang)
    if question.kind == BUDGET and isinstance(value, dict):
        parts = []
        for line, amount in value.items():
            label = plain(f"interview.budget_lines.{line}")
            shown = f"{format_number(Decimal(amount), lang)} h" if qid == "talkoot" else format_money(Decimal(amount), lang)
            parts.append(f"{label}: {shown}")
        return "; ".join(parts)
    return str(value)


def section_questions(draft: Draft, section: str) -> list[str]:
    return [q.id for q in steps(draft) if q.section == section]


def track_label(draft: Draft, plain: Plain) -> str:
    if draft.track == "leader":
        label = plain("interview.track_label.leader", type=plain(f"interview.options.leader_type.{leader_type(draft)}"))
        if draft.answers.get("international") == "yes":
            label += plain("interview.track_label.international")
        return label
    if draft.track == "esr":
        return plain("interview.track_label.esr")
    return plain("interview.track_label.unknown")


def budget_rows(budget: EsrBudget | LeaderBudget, plain: Plain, lang: str) -> list[tuple[str, str, bool]]:
    """(label, amount, is a total) for the budget table and the chat summary."""
    money = lambda v: format_money(v, lang)  # noqa: E731
    if isinstance(budget, EsrBudget):
        return [
            (plain("interview.budget.esr.personnel"), money(budget.personnel), False),
            (plain("interview.budget.esr.flat", rate=budget.flat_rate), money(budget.flat_costs), False),
            (plain("interview.budget.total"), money(budget.total), True),
            (plain("interview.budget.esr.aid", rate=budget.aid_rate), money(budget.aid), True),
            (plain("interview.budget.esr.own", rate=budget.own_rate), money(budget.own), True),
            (plain("interview.budget.esr.advance", rate=budget.advance_rate), money(budget.advance_max), False),
        ]
    rows = [(plain(f"interview.budget_lines.{line}"), money(amount), False) for line, amount in budget.lines.items()]
    rows.append((plain("interview.budget.leader.volunteer", hours=format_number(budget.volunteer_hours, lang),
                       value=money(budget.hour_value)), money(budget.volunteer_value), False))
    rows.append((plain("interview.budget.leader.machine", hours=format_number(budget.machine_hours, lang),
                       value=money(budget.machine_hour_value)), money(budget.machine_value), False))
    # When the cap bites (aid = cash costs), the shares shown are the real ones, e.g. 87,6 % instead of 100 %.
    aid_rate: object = budget.rate
    own_rate: object = 100 - budget.rate
    if budget.talkoot_excess:
        aid_rate = format_number(budget.aid_percent, lang)
        own_rate = format_number(Decimal(100) - budget.aid_percent, lang)
    rows += [
        (plain("interview.budget.total"), money(budget.total), True),
        (plain("interview.budget.leader.aid", rate=aid_rate), money(budget.public_aid), True),
        (plain("interview.budget.leader.own", rate=own_rate), money(budget.own_funding), True),
        (plain("interview.budget.leader.own_talkoot"), money(budget.talkoot_total), False),
        (plain("interview.budget.leader.own_cash"), money(budget.own_cash), False),
    ]
    return rows


def warning_texts(warnings: list[Warning], plain: Plain, lang: str) -> list[str]:
    return [plain(f"interview.warnings.{w.code}", **format_params(w.params, lang)) for w in warnings]


# -- the document -------------------------------------------------------------------------------


@dataclass
class PaperInfo:
    """What the chat summary needs after the file is sent."""

    filename: str
    title: str
    track: str
    budget: EsrBudget | LeaderBudget | None
    warnings: list[Warning]


def render_paper(draft: Draft, *, lang: str, plain: Plain, today: date, rules: BudgetRules,
                 warnings: list[Warning], group_lookup: Callable[[str], object | None] | None = None) -> tuple[bytes, PaperInfo]:
    """The whole idea paper as DOCX bytes, in the user's language: summary box, sections, budget, to check, next steps.

    ``group_lookup(id)`` finds a Leader group (name, phone, website) by the id the interview stored; by default the
    groups in content/common/leader_groups.yaml.
    """
    a = draft.answers
    title = str(a.get("title") or plain("paper.untitled"))
    budget = budget_for(a, draft.track, leader_type(draft), rules)
    all_warnings = list(warnings)
    if budget is not None:
        all_warnings += [w for w in budget.warnings if w not in all_warnings]
    lookup = group_lookup or default_group_lookup
    group = lookup(str(a["leader_group"])) if draft.track == "leader" and a.get("leader_group") else None
    ctx = Ctx(draft, plain, lang, rules, today, budget, group, national_site())
    label = track_label(draft, plain)
    checks = to_check(ctx, all_warnings)

    doc = Document()
    paper_docx.setup(doc, lang)
    author = str(a.get("org_name") or "Hankebotti")
    paper_docx.core_properties(doc, title=plain("paper.heading", title=title), author=author,
                               subject=plain("paper.subject", track=label), lang=lang,
                               keywords=", ".join(x for x in ("Hankebotti", label) if x))
    paper_docx.heading(doc, plain("paper.heading", title=title), 0)
    paper_docx.text(doc, plain("paper.subtitle", date=format_date(today, lang)), size=9)
    paper_docx.box(doc, summary_rows(ctx, label, len(checks)))
    paper_docx.text(doc, plain("paper.disclaimer"), italic=True, size=9)

    render_body(doc, ctx, track_label=label, format_date=format_date)
    render_budget(doc, ctx)

    paper_docx.heading(doc, plain("paper.headings.check"), level=1)
    if checks:
        paper_docx.text(doc, plain("paper.check.intro"))
        paper_docx.bullets(doc, checks)
    else:
        paper_docx.text(doc, plain("paper.check.none"))

    track = draft.track or "esr"
    paper_docx.heading(doc, plain("paper.headings.next"), level=1)
    steps_list = plain_list(plain, f"paper.next_steps.{track}")
    paper_docx.checklist(doc, steps_list)
    if track == "esr":
        paper_docx.text(doc, plain("paper.next_steps.esr_coordination"), size=9)
    paper_docx.heading(doc, plain("paper.headings.attachments"), level=2)
    paper_docx.text(doc, plain("paper.attachments.intro"), size=9)
    attachments = plain_list(plain, f"paper.attachments.{track}")
    if track == "leader" and leader_type(draft) == "investment":
        attachments += plain_list(plain, "paper.attachments.leader_investment")
    paper_docx.checklist(doc, attachments)

    paper_docx.footer(doc, plain("paper.footer", title=shorten(title, 60), date=format_date(today, lang)), plain("paper.page", page="{page}", pages="{pages}"))
    buffer = io.BytesIO()
    doc.save(buffer)
    info = PaperInfo(paper_filename(title, lang, today), title, track, budget, all_warnings)
    return buffer.getvalue(), info


def summary_rows(ctx: Ctx, label: str, open_count: int) -> list[tuple[str, str]]:
    """Page 1's box: applicant, programme and type, Leader group or funder, duration, money, contact, to check."""
    t, a, b, lang = ctx.t, ctx.a, ctx.budget, ctx.lang
    not_yet = t("paper.summary.not_yet")
    rows = [(t("paper.summary.applicant"), str(a.get("org_name") or not_yet)),
            (t("paper.summary.funding"), label)]
    if ctx.draft.track == "leader":
        rows.append((t("paper.summary.leader_group"), group_text(ctx) or not_yet))
    elif ctx.draft.track == "esr":
        if a.get("esr_objective"):
            key = a["esr_objective"]
            rows.append((t("paper.fields.esr_objective"), ctx.maybe(f"interview.options.esr_objective.{key}") or str(key)))
        rows.append((t("paper.summary.funder"), t("paper.summary.funder_esr")))
    months = months_between(a.get("start"), a.get("end"))
    if months:
        start, end = (format_date(date.fromisoformat(str(a[k])), lang) for k in ("start", "end"))
        rows.append((t("paper.summary.duration"), t("paper.summary.duration_value", start=start, end=end, months=months)))
    else:
        rows.append((t("paper.summary.duration"), not_yet))
    money = lambda v: format_money(v, lang)  # noqa: E731
    if isinstance(b, LeaderBudget):
        percent = format_number(b.aid_percent, lang)
        rows += [(t("paper.summary.total"), money(b.total)),
                 (t("paper.summary.aid_leader"), t("paper.summary.aid_leader_value", aid=money(b.public_aid), percent=percent)),
                 (t("paper.summary.own"), t("paper.summary.own_leader_value", own=money(b.own_funding),
                                              talkoot=money(b.talkoot_total), cash=money(b.own_cash)))]
    elif isinstance(b, EsrBudget):
        rows += [(t("paper.summary.total"), money(b.total)),
                 (t("paper.summary.aid_esr"), t("paper.summary.aid_esr_value", aid=money(b.aid), rate=b.aid_rate)),
                 (t("paper.summary.own"), t("paper.summary.own_esr_value", own=money(b.own), rate=b.own_rate))]
    else:
        rows.append((t("paper.summary.total"), not_yet))
    rows.append((t("paper.summary.contact"), str(a.get("contact") or not_yet)))
    rows.append((t("paper.summary.to_check"), t("paper.summary.to_check_value", count=open_count) if open_count
                 else t("paper.summary.to_check_none")))
    return rows


def to_check(ctx: Ctx, warnings: list[Warning]) -> list[str]:
    """The "To check" list in words: what the coach found still vague (kept or never improved), then the warnings."""
    items: list[str] = []
    kept: dict = getattr(ctx.draft, "coach_open", None) or {}
    for fld in coach.FIELDS:
        raw = kept.get(fld) if isinstance(kept, dict) else None
        codes = [c for c in raw if isinstance(c, str)] if isinstance(raw, list) else []
        codes += [c for c in coach.review(fld, ctx.a.get(fld), lang=ctx.lang) if c not in codes]
        for code in codes:
            text = ctx.maybe(f"coach.{code}.short")
            if text is None:
                continue
            label = ctx.t(f"paper.fields.{fld}")
            flagged = coach.flagged_items(fld, ctx.a.get(fld))
            if flagged:
                quoted = "; ".join(f"“{shorten(item, 80)}”" for item in flagged[:3])
                items.append(ctx.t("paper.check.coach_items", field=label, text=text, items=quoted))
            else:
                items.append(ctx.t("paper.check.coach_item", field=label, text=text))
    items += warning_texts(warnings, ctx.plain, ctx.lang)
    return items


def national_site() -> str:
    try:
        return _groups_data().national.website
    except Exception:  # a broken groups file must not stop a paper
        return "leadersuomi.fi"


@functools.cache
def _groups_data():
    from .leader_groups import LeaderGroupsData

    path = Path(__file__).resolve().parents[2] / "content" / "common" / "leader_groups.yaml"
    return LeaderGroupsData.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))


def default_group_lookup(group_id: str) -> object | None:
    """A Leader group by id: ``leader_groups.group_by_id`` where it exists, else the groups file; None if unknown."""
    from . import leader_groups

    finder = getattr(leader_groups, "group_by_id", None)
    try:
        if callable(finder):
            return finder(group_id)
        return next((g for g in _groups_data().groups if g.id == group_id), None)
    except Exception:  # an unknown id or a broken file: the paper says the group is not known
        return None


def shorten(text: str, limit: int) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def plain_list(plain: Plain, key: str) -> list[str]:
    """A list text from the catalog: ``plain`` joins list items with line breaks."""
    return [line for line in plain(key).split("\n") if line.strip()]


def plain_for(catalog, lang: str) -> Plain:
    """A ``Plain`` over the content catalog; list texts come back one item per line."""

    def plain(key: str, **values: object) -> str:
        return catalog.plain(lang, key, **values)

    return plain
