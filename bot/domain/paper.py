"""The idea paper as a DOCX file (python-docx), plus the number, date and answer formatting it shares
with the chat's review screen.

User text goes in as run text, unchanged, so nothing typed can become formatting or markup.
"""

from __future__ import annotations

import io
import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Protocol

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from .dates import format_date  # noqa: F401  (callers import it from here too)
from .budget import BudgetRules, EsrBudget, LeaderBudget, Warning
from .interview import BUDGET, CHOICE, MULTI, RATE, SECTIONS, Draft, compute_budget, leader_type, recommendation, steps

# Characters XML 1.0 cannot carry (python-docx would refuse them); everything else stays as typed.
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


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


def clean(text: str) -> str:
    return _XML_INVALID.sub("", text)


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
    rows += [
        (plain("interview.budget.total"), money(budget.total), True),
        (plain("interview.budget.leader.aid", rate=budget.rate), money(budget.public_aid), True),
        (plain("interview.budget.leader.own", rate=100 - budget.rate), money(budget.own_funding), True),
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
                 warnings: list[Warning]) -> tuple[bytes, PaperInfo]:
    """The whole idea paper as DOCX bytes, in the user's language."""
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(11)
    a = draft.answers
    title = str(a.get("title") or plain("interview.paper.untitled"))
    doc.add_heading(clean(plain("interview.paper.heading", title=title)), level=0)
    meta = doc.add_paragraph()
    meta.add_run(plain("interview.paper.date_label") + " ").bold = True
    meta.add_run(format_date(today, lang))

    def field_line(label: str, value: str | None) -> None:
        paragraph = doc.add_paragraph()
        paragraph.add_run(label + ": ").bold = True
        paragraph.add_run(clean(value) if value else plain("interview.paper.no_answer"))

    doc.add_heading(plain("interview.sections.applicant"), level=1)
    field_line(plain("interview.paper.fields.org_name"), _str(answer_text(draft, "org_name", plain, lang, rules)))
    field_line(plain("interview.paper.fields.org_type"), _str(answer_text(draft, "org_type", plain, lang, rules)))
    field_line(plain("interview.paper.fields.contact"), _str(answer_text(draft, "contact", plain, lang, rules)))

    doc.add_heading(plain("interview.sections.funding"), level=1)
    field_line(plain("interview.paper.fields.track"), track_label(draft, plain))
    if a.get("track") == "notsure":
        rec = recommendation(draft)
        doc.add_paragraph(plain("interview.paper.recommendation", track=plain(f"interview.track_label.{rec.track}_short")))
        for reason in rec.reasons:
            doc.add_paragraph(plain(f"interview.reasons.{reason}"), style="List Bullet")

    for section in SECTIONS:
        if section in ("funding", "applicant", "title", "budget"):
            continue
        ids = section_questions(draft, section)
        if not ids:
            continue
        doc.add_heading(plain(f"interview.sections.{section}"), level=1)
        for qid in ids:
            value = answer_text(draft, qid, plain, lang, rules)
            if len(ids) > 1 and not isinstance(value, list):
                field_line(plain(f"interview.paper.fields.{qid}"), value)
                continue
            if len(ids) > 1:
                doc.add_paragraph().add_run(plain(f"interview.paper.fields.{qid}")).bold = True
            if isinstance(value, list):
                for item in value:
                    doc.add_paragraph(clean(item), style="List Bullet")
            else:
                doc.add_paragraph(clean(value) if value else plain("interview.paper.no_answer"))
        if section == "schedule":
            months = _months(a.get("start"), a.get("end"))
            if months:
                doc.add_paragraph(plain("interview.paper.duration", months=months))

    doc.add_heading(plain("interview.sections.budget"), level=1)
    budget = compute_budget(draft, rules)
    if budget is None:
        doc.add_paragraph(plain("interview.paper.no_budget"))
    else:
        rows = budget_rows(budget, plain, lang)
        table = doc.add_table(rows=1, cols=2)
        table.style = "Table Grid"
        header = table.rows[0].cells
        header[0].text, header[1].text = plain("interview.paper.table_item"), plain("interview.paper.table_amount")
        for cell in header:
            cell.paragraphs[0].runs[0].bold = True
        for label, amount, total in rows:
            cells = table.add_row().cells
            cells[0].text, cells[1].text = label, amount
            cells[1].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
            if total:
                for cell in cells:
                    cell.paragraphs[0].runs[0].bold = True
        note_key = "interview.paper.budget_note_esr" if isinstance(budget, EsrBudget) else "interview.paper.budget_note_leader"
        doc.add_paragraph(plain(note_key))
    field_line(plain("interview.paper.fields.own_sources"), _str(answer_text(draft, "own_sources", plain, lang, rules)))

    doc.add_heading(plain("interview.paper.check_heading"), level=1)
    texts = warning_texts(warnings, plain, lang)
    if texts:
        for text in texts:
            doc.add_paragraph(text, style="List Bullet")
    else:
        doc.add_paragraph(plain("interview.paper.no_warnings"))

    doc.add_heading(plain("interview.paper.next_heading"), level=1)
    track = draft.track or "esr"
    checklist = list(plain_list(plain, f"interview.next_steps.{track}"))
    if track == "leader" and leader_type(draft) == "investment":
        checklist += plain_list(plain, "interview.next_steps.leader_investment")
    for item in checklist:
        doc.add_paragraph("☐ " + item)

    footer = doc.sections[0].footer.paragraphs[0]
    footer.text = plain("interview.paper.footer", date=format_date(today, lang))
    doc.add_paragraph()
    # Also at the end of the text, for readers who never look at the page footer.
    doc.add_paragraph(plain("interview.paper.footer", date=format_date(today, lang))).runs[0].italic = True

    buffer = io.BytesIO()
    doc.save(buffer)
    info = PaperInfo(paper_filename(title, lang, today), title, track, budget, warnings)
    return buffer.getvalue(), info


def plain_list(plain: Plain, key: str) -> list[str]:
    """A list text from the catalog: ``plain`` joins list items with line breaks."""
    return [line for line in plain(key).split("\n") if line.strip()]


def _str(value: str | list[str] | None) -> str | None:
    if isinstance(value, list):
        return "; ".join(value)
    return value


def _months(start: object, end: object) -> int | None:
    try:
        s, e = date.fromisoformat(str(start)), date.fromisoformat(str(end))
    except ValueError:
        return None
    if e <= s:
        return None
    return max(round(((e - s).days + 1) / 30.44), 1)


def plain_for(catalog, lang: str) -> Plain:
    """A ``Plain`` over the content catalog; list texts come back one item per line."""

    def plain(key: str, **values: object) -> str:
        return catalog.plain(lang, key, **values)

    return plain
