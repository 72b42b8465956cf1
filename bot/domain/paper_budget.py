"""The idea paper's budget: separate cost and financing tables, ESR+ personnel rows, own-funding sources,
the cost model and the cash flow, each with the note an advisor would add."""

from __future__ import annotations

from decimal import Decimal

from docx.document import Document as DocxDocument

from . import paper_docx as d
from .budget import EsrBudget, LeaderBudget
from .budget_funding import FundingCheck
from .paper_sections import Ctx

# Cost lines with no VAT in them: salaries and talkoot.
NO_VAT = {"personnel"}
PURCHASE_LINES = {"services", "equipment", "planning", "rent", "other", "travel"}


def _money(ctx: Ctx, value: Decimal) -> str:
    from .paper import format_money

    return format_money(value, ctx.lang)


def _percent(ctx: Ctx, part: Decimal, total: Decimal) -> str:
    if not total:
        return "–"
    value = (Decimal(part) * 100 / total).quantize(Decimal("0.1"))
    text = f"{value.normalize():f}" if value == value.to_integral_value() else f"{value:f}"
    return (text.replace(".", ",") if ctx.lang == "fi" else text) + " %"


def render_budget(doc: DocxDocument, ctx: Ctx) -> None:
    t, b = ctx.t, ctx.budget
    d.heading(doc, t("paper.headings.budget"), level=1)
    if b is None:
        d.text(doc, t("paper.no_budget"))
        return
    if isinstance(b, EsrBudget):
        _esr(doc, ctx, b)
    else:
        _leader(doc, ctx, b)
    _sources(doc, ctx, b.funding, b)


def _leader(doc: DocxDocument, ctx: Ctx, b: LeaderBudget) -> None:
    t, m = ctx.t, (lambda v: _money(ctx, v))
    vat_none, vat_incl = t("paper.vat.none"), t("paper.vat.included")
    d.heading(doc, t("paper.headings.costs"), level=2)
    rows = [([t(f"interview.budget_lines.{line}"), vat_none if line in NO_VAT else vat_incl, m(amount)], "")
            for line, amount in b.lines.items() if amount]
    if b.volunteer_hours:
        rows.append(([t("interview.budget.leader.volunteer", hours=_hours(ctx, b.volunteer_hours), value=m(b.hour_value)),
                      vat_none, m(b.volunteer_value)], ""))
    if b.machine_hours:
        rows.append(([t("interview.budget.leader.machine", hours=_hours(ctx, b.machine_hours), value=m(b.machine_hour_value)),
                      vat_none, m(b.machine_value)], ""))
    rows.append(([t("interview.budget.total"), "", m(b.total)], "total"))
    d.table(doc, [t("paper.table.item"), t("paper.table.vat"), t("paper.table.amount")], rows, [100, 28, 32], right_cols=(2,))
    limit = ctx.rules.leader.cost_models.purchase_quote_limit
    big = [t(f"interview.budget_lines.{line}") for line, amount in b.lines.items() if line in PURCHASE_LINES and amount >= limit]
    notes = [t("paper.vat.note")]
    if big:
        notes.append(t("paper.leader.quotes_note", limit=m(limit), lines=", ".join(big)))
    if b.talkoot_total:
        talkoot = ctx.rules.leader.talkoot
        notes.append(t("paper.leader.talkoot_note", hour=m(talkoot.hour_value), machine=m(talkoot.machine_hour_value),
                       min_age=talkoot.min_age))
    for note in notes:
        d.text(doc, note, size=9)

    d.heading(doc, t("paper.headings.financing"), level=2)
    rows = [([t("paper.leader.aid"), m(b.public_aid), _percent(ctx, b.public_aid, b.total)], ""),
            ([t("paper.leader.private_cash"), m(b.own_cash), _percent(ctx, b.own_cash, b.total)], ""),
            ([t("paper.leader.private_talkoot"), m(b.talkoot_total), _percent(ctx, b.talkoot_total, b.total)], ""),
            ([t("paper.leader.total"), m(b.total), "100 %" if b.total else "–"], "total")]
    d.table(doc, [t("paper.table.source"), t("paper.table.amount"), t("paper.table.share")], rows, [100, 32, 28],
            right_cols=(1, 2))
    if b.talkoot_excess:
        percent = _percent(ctx, b.public_aid, b.total).replace(" %", "")
        d.text(doc, t("paper.leader.cap_note", rate=b.rate, cash=m(b.cash_costs), aid=m(b.public_aid), percent=percent,
                      excess=m(b.talkoot_excess)), size=9)
    d.text(doc, t("paper.leader.limits_note", min=m(b.aid_min), max=m(b.aid_max)), size=9)

    d.heading(doc, t("paper.headings.cost_model"), level=2)
    d.text(doc, t("paper.cost_model.leader", models=_models(ctx)))
    d.text(doc, t("paper.cost_model.leader_cash_flow"))


def _models(ctx: Ctx) -> str:
    names = [ctx.t("paper.cost_model.actual") if rate is None else ctx.t("paper.cost_model.simplified", rate=rate)
             for rate in ctx.rules.leader.cost_models.models.values()]
    if len(names) < 2:
        return "".join(names)
    return ctx.t("paper.cost_model.separator").join(names[:-1]) + ctx.t("paper.cost_model.last_separator") + names[-1]


def _hours(ctx: Ctx, value: Decimal) -> str:
    from .paper import format_number

    return format_number(value, ctx.lang)


def _esr(doc: DocxDocument, ctx: Ctx, b: EsrBudget) -> None:
    t, m = ctx.t, (lambda v: _money(ctx, v))
    d.heading(doc, t("paper.headings.personnel"), level=2)
    if b.staff and b.staff[0].months is not None:
        rows = [([row.role, str(row.months), m(row.per_month), f"{row.share} %", m(row.cost)], "") for row in b.staff]
        rows.append(([t("interview.budget.esr.personnel"), "", "", "", m(b.personnel)], "total"))
        d.table(doc, [t("paper.table.role"), t("paper.table.months"), t("paper.table.per_month"), t("paper.table.time_share"),
                      t("paper.table.cost")], rows, [62, 16, 28, 22, 32], right_cols=(1, 2, 3, 4))
    else:
        d.field_line(doc, t("interview.budget.esr.personnel"), m(b.personnel))
        d.text(doc, t("paper.esr.old_amount_note"), size=9)

    d.heading(doc, t("paper.headings.costs"), level=2)
    rows = [([t("interview.budget.esr.personnel"), t("paper.vat.none"), m(b.personnel)], ""),
            ([t("interview.budget.esr.flat", rate=b.flat_rate), t("paper.esr.flat_vat"), m(b.flat_costs)], ""),
            ([t("interview.budget.total"), "", m(b.total)], "total")]
    d.table(doc, [t("paper.table.item"), t("paper.table.vat"), t("paper.table.amount")], rows, [100, 28, 32], right_cols=(2,))
    d.text(doc, t("paper.esr.flat_note", rate=b.flat_rate), size=9)

    d.heading(doc, t("paper.headings.financing"), level=2)
    rows = [([t("paper.esr.aid", rate=b.aid_rate), m(b.aid), _percent(ctx, b.aid, b.total)], ""),
            ([t("paper.esr.own", rate=b.own_rate), m(b.own), _percent(ctx, b.own, b.total)], ""),
            ([t("paper.esr.total"), m(b.total), "100 %" if b.total else "–"], "total")]
    d.table(doc, [t("paper.table.source"), t("paper.table.amount"), t("paper.table.share")], rows, [100, 32, 28],
            right_cols=(1, 2))
    d.text(doc, t("paper.esr.own_note"), size=9)
    d.text(doc, t("paper.esr.advance", rate=b.advance_rate, of_total=m(b.advance_max), of_aid=m(b.advance_of_aid)), size=9)
    d.heading(doc, t("paper.headings.cost_model"), level=2)
    d.text(doc, t("paper.cost_model.esr_cash_flow"))


def _sources(doc: DocxDocument, ctx: Ctx, check: FundingCheck | None, b: EsrBudget | LeaderBudget) -> None:
    t, m = ctx.t, (lambda v: _money(ctx, v))
    d.heading(doc, t("paper.headings.sources"), level=2)
    if check is None or not check.sources:
        d.text(doc, t("paper.sources.none"))
        return
    def amount(s) -> str:
        if s.amount is not None:
            return m(s.amount)
        return t("paper.sources.in_budget") if s.kind == "talkoot" else t("paper.sources.no_amount")

    rows = [([s.name, t(f"paper.sources.kind_{s.kind}"), amount(s)], "") for s in check.sources]
    amounts = bool(check.counted or check.public_other)
    if amounts:
        rows.append(([t("paper.sources.listed"), "", m(check.counted)], "total"))
    rows.append(([t("paper.sources.needed"), "", m(check.needed)], "total"))
    if check.gap:
        rows.append(([t("paper.sources.gap"), "", m(check.gap)], "total"))
    d.table(doc, [t("paper.table.name"), t("paper.table.kind"), t("paper.table.amount")], rows, [100, 28, 32], right_cols=(2,))
    if not amounts:
        d.text(doc, t("paper.sources.no_amounts"), size=9)
    elif not check.gap:
        d.text(doc, t("paper.sources.enough"), size=9)
    if any(s.kind == "talkoot" for s in check.sources):
        d.text(doc, t("paper.sources.talkoot_counted"), size=9)
    if check.public_other:
        d.text(doc, t("paper.leader.public_other", amount=m(check.public_other)), size=9)
