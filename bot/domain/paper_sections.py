"""The idea paper's text sections, in the order an advisor reads them, with each track's own fields."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Callable

from docx.document import Document as DocxDocument

from . import paper_docx as d
from .budget import BudgetRules, EsrBudget, LeaderBudget
from .interview import Draft, leader_type, recommendation

_MARKER = re.compile(r"^\s*(?:[-•*–·▪●◦]|\d{1,2}[.)])\s+")
_PLAN_SPLIT = re.compile(r"\s+[–—-]\s+|\s*[;|]\s*")
# Core questions every paper answers; a missing one shows "(no answer)", other missing fields are left out.
CORE = {"need", "goal", "target_group", "actions", "results", "indicators", "risks", "continuation"}


@dataclass
class Ctx:
    """Everything a section needs: the draft, texts, rules, the computed budget and the Leader group lookup."""

    draft: Draft
    plain: Callable[..., str]
    lang: str
    rules: BudgetRules
    today: date
    budget: EsrBudget | LeaderBudget | None
    group: object | None = None  # leader_groups.GroupData when found
    national_site: str = "leadersuomi.fi"
    extra: dict = field(default_factory=dict)

    @property
    def a(self) -> dict:
        return self.draft.answers

    def t(self, key: str, **values: object) -> str:
        return self.plain(key, **values)

    def maybe(self, key: str, **values: object) -> str | None:
        """A text that may not exist (an option label another branch defines)."""
        try:
            return self.plain(key, **values)
        except KeyError:
            return None


def split_items(text: str) -> list[str]:
    """A message with several bulleted or numbered lines becomes its items; anything else stays one item."""
    lines = [line for line in str(text).splitlines() if line.strip()]
    marked = [line for line in lines if _MARKER.match(line)]
    if len(lines) > 1 and len(marked) >= max(2, len(lines) - 1):
        items: list[str] = []
        for line in lines:
            if _MARKER.match(line) or not items:
                items.append(_MARKER.sub("", line).strip())
            else:
                items[-1] += " " + line.strip()  # a wrapped line belongs to the item above
        return items
    return [str(text).strip()] if str(text).strip() else []


def as_items(value: object, *, list_field: bool = False) -> list[str]:
    """An answer as display items: lists item by item (each split further if typed as one message)."""
    if value is None:
        return []
    if isinstance(value, list):
        return [part for item in value for part in split_items(str(item))]
    text = str(value)
    items = split_items(text)
    if list_field and len(items) == 1 and "\n" in text:
        return [line.strip() for line in text.splitlines() if line.strip()]
    return items


def show(doc: DocxDocument, ctx: Ctx, key: str, *, label: bool = True, list_field: bool = False) -> None:
    """One answer under a bold label: one item as a paragraph, several as bullets; missing core answers say so."""
    items = as_items(ctx.a.get(key), list_field=list_field)
    if not items and key not in CORE:
        return
    if label:
        d.label_line(doc, ctx.t(f"paper.fields.{key}"))
    if not items:
        d.text(doc, ctx.t("paper.no_answer"), italic=True)
    elif len(items) == 1 and not list_field:
        d.text(doc, items[0])
    else:
        d.bullets(doc, items)


def months_between(start: object, end: object) -> int | None:
    try:
        s, e = date.fromisoformat(str(start)), date.fromisoformat(str(end))
    except ValueError:
        return None
    if e <= s:
        return None
    return max(round(((e - s).days + 1) / 30.44), 1)


def group_text(ctx: Ctx) -> str | None:
    if ctx.draft.track != "leader":
        return None
    if ctx.group is not None:
        g = ctx.group
        parts = [str(g.name)]
        if getattr(g, "phone", None):
            parts.append(ctx.t("paper.group.phone", phone=g.phone))
        if getattr(g, "website", None):
            parts.append(str(g.website))
        if getattr(g, "verified", True) is False:
            parts.append(ctx.t("paper.group.unverified"))
        return ", ".join(parts)
    return ctx.t("paper.group.unknown", website=ctx.national_site)


def render_body(doc: DocxDocument, ctx: Ctx, *, track_label: str, format_date: Callable[[date, str], str]) -> None:
    """Every text section of the paper, before the budget."""
    a, t = ctx.a, ctx.t
    leader, esr = ctx.draft.track == "leader", ctx.draft.track == "esr"
    investment = leader and leader_type(ctx.draft) == "investment"

    d.heading(doc, t("paper.headings.applicant"), level=1)
    for key in ("org_name", "org_type", "contact"):
        value = a.get(key)
        if key == "org_type" and value:
            value = ctx.maybe(f"interview.options.org_type.{value}") or value
        d.field_line(doc, t(f"paper.fields.{key}"), str(value) if value else t("paper.no_answer"))
    show(doc, ctx, "resources")

    d.heading(doc, t("paper.headings.funding"), level=1)
    d.field_line(doc, t("paper.fields.track"), track_label)
    if a.get("track") == "notsure":
        rec = recommendation(ctx.draft)
        d.text(doc, t("paper.recommendation", track=t(f"interview.track_label.{rec.track}_short")))
        d.bullets(doc, [t(f"interview.reasons.{reason}") for reason in rec.reasons])
    if leader:
        d.field_line(doc, t("paper.fields.leader_group"), group_text(ctx) or "")
        show(doc, ctx, "strategy_fit")
    if esr and a.get("esr_objective"):
        key = a["esr_objective"]
        label = ctx.maybe(f"interview.options.esr_objective.{key}") or str(key)
        d.field_line(doc, t("paper.fields.esr_objective"), label)

    for section in ("need", "goal", "target_group"):
        d.heading(doc, t(f"paper.headings.{section}"), level=1)
        show(doc, ctx, section, label=False)

    d.heading(doc, t("paper.headings.area"), level=1)
    if a.get("municipality"):
        d.field_line(doc, t("paper.fields.municipality"), str(a["municipality"]))
    show(doc, ctx, "area", label=bool(a.get("municipality")))

    d.heading(doc, t("paper.headings.actions"), level=1)
    show(doc, ctx, "actions", label=False, list_field=True)
    if leader and a.get("work_plan"):
        d.heading(doc, t("paper.headings.work_plan"), level=2)
        work_plan(doc, ctx)
    if leader and a.get("international") == "yes":
        d.heading(doc, t("paper.headings.international"), level=2)
        show(doc, ctx, "intl_partner")
        show(doc, ctx, "joint_actions", list_field=True)
        show(doc, ctx, "local_actions", list_field=True)

    d.heading(doc, t("paper.headings.doers"), level=1)
    show(doc, ctx, "doers")
    show(doc, ctx, "partners", list_field=True)

    d.heading(doc, t("paper.headings.schedule"), level=1)
    for key in ("start", "end"):
        try:
            shown = format_date(date.fromisoformat(str(a.get(key))), ctx.lang)
        except ValueError:
            shown = t("paper.no_answer")
        d.field_line(doc, t(f"paper.fields.{key}"), shown)
    months = months_between(a.get("start"), a.get("end"))
    if months:
        d.field_line(doc, t("paper.fields.duration"), t("paper.fields.duration_value", months=months))

    d.heading(doc, t("paper.headings.results"), level=1)
    show(doc, ctx, "results")
    show(doc, ctx, "indicators", list_field=True)

    if esr:
        d.heading(doc, t("paper.headings.esr_principles"), level=1)
        for key in ("horizontal", "participants_reach", "participant_data"):
            show(doc, ctx, key)
    if investment and (a.get("ownership") or a.get("permits_quotes")):
        d.heading(doc, t("paper.headings.investment"), level=1)
        show(doc, ctx, "ownership")
        show(doc, ctx, "permits_quotes")
    if leader and (a.get("talkoot_plan") or (isinstance(ctx.budget, LeaderBudget) and ctx.budget.talkoot_total)):
        d.heading(doc, t("paper.headings.talkoot_plan"), level=1)
        show(doc, ctx, "talkoot_plan", label=False)
        if isinstance(ctx.budget, LeaderBudget) and ctx.budget.talkoot_total:
            d.text(doc, talkoot_hours_line(ctx))

    d.heading(doc, t("paper.headings.risks"), level=1)
    show(doc, ctx, "risks", label=False)

    d.heading(doc, t("paper.headings.communication"), level=1)
    for key in ("communication", "sustainability", "continuation"):
        show(doc, ctx, key)


def talkoot_hours_line(ctx: Ctx) -> str:
    from .paper import format_money, format_number  # formatting lives with the chat's helpers

    b = ctx.budget
    parts = []
    if b.volunteer_hours:
        parts.append(ctx.t("interview.budget.leader.volunteer", hours=format_number(b.volunteer_hours, ctx.lang),
                           value=format_money(b.hour_value, ctx.lang)) + " = " + format_money(b.volunteer_value, ctx.lang))
    if b.machine_hours:
        parts.append(ctx.t("interview.budget.leader.machine", hours=format_number(b.machine_hours, ctx.lang),
                           value=format_money(b.machine_hour_value, ctx.lang)) + " = " + format_money(b.machine_value, ctx.lang))
    return "; ".join(parts)


def work_plan(doc: DocxDocument, ctx: Ctx) -> None:
    """"what – who – when" lines as a three-column table; lines that do not split that way stay bullets."""
    items = as_items(ctx.a.get("work_plan"), list_field=True)
    rows = [[part.strip() for part in _PLAN_SPLIT.split(item, maxsplit=2)] for item in items]
    if rows and sum(len(r) >= 2 for r in rows) * 2 >= len(rows):
        header = [ctx.t(f"paper.work_plan.{k}") for k in ("what", "who", "when")]
        d.table(doc, header, [((r + ["", ""])[:3], "") for r in rows], [80, 45, 35])
    else:
        d.bullets(doc, items)

