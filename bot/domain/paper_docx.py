"""Word building blocks for the idea paper: an A4 page, language and styles, page numbers, boxes and tables.

Layout choices: A4 with balanced 25 mm side margins and 20 mm top and bottom. SFS 2487 (the Finnish letter
standard) puts the text between a 20 mm left and a 10 mm right margin, which suits a letter on letterhead; this
paper is a working document that an advisor prints and writes notes on, so both sides get the same room.
The document language is set in the style defaults (w:lang), so Word proofs Finnish as Finnish.
"""

from __future__ import annotations

import re

from docx.document import Document as DocxDocument
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

# Characters XML 1.0 cannot carry (python-docx would refuse them); everything else stays as typed.
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
LANG_TAGS = {"fi": "fi-FI", "en": "en-GB"}
ACCENT = RGBColor(0x1F, 0x3A, 0x5F)
SHADE_BOX = "EAF0F7"
SHADE_HEADER = "D9E2EE"
SHADE_TOTAL = "F2F2F2"


def clean(text: object) -> str:
    return _XML_INVALID.sub("", str(text))


def setup(doc: DocxDocument, lang: str) -> None:
    """A4, margins, fonts, heading looks and the document language in every style default."""
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Mm(25)
    section.top_margin, section.bottom_margin = Mm(20), Mm(20)
    section.header_distance, section.footer_distance = Mm(10), Mm(10)
    tag = LANG_TAGS.get(lang, "en-GB")
    defaults = doc.styles.element.find(qn("w:docDefaults"))
    rpr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    for old in rpr.findall(qn("w:lang")):
        rpr.remove(old)
    lang_el = OxmlElement("w:lang")
    lang_el.set(qn("w:val"), tag)
    lang_el.set(qn("w:eastAsia"), tag)
    lang_el.set(qn("w:bidi"), "ar-SA")
    rpr.append(lang_el)
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(10.5)
    normal.paragraph_format.space_after = Pt(4)
    normal.paragraph_format.line_spacing = 1.1
    _set_lang(normal, tag)
    for name, size, before in (("Title", 20, 0), ("Heading 1", 13.5, 14), ("Heading 2", 11.5, 10)):
        style = doc.styles[name]
        style.font.name = "Calibri"
        style.font.size = Pt(size)
        style.font.bold = True
        style.font.color.rgb = ACCENT
        style.paragraph_format.space_before = Pt(before)
        style.paragraph_format.space_after = Pt(4)
        style.paragraph_format.keep_with_next = True
        rfonts = style.element.get_or_add_rPr().find(qn("w:rFonts"))
        if rfonts is not None:
            for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
                rfonts.attrib.pop(qn(attr), None)
        _set_lang(style, tag)
    _drop_title_border(doc.styles["Title"])
    for name in ("List Bullet", "Footer", "Subtitle"):
        _set_lang(doc.styles[name], tag)


def _set_lang(style, tag: str) -> None:
    rpr = style.element.get_or_add_rPr()
    for old in rpr.findall(qn("w:lang")):
        rpr.remove(old)
    el = OxmlElement("w:lang")
    el.set(qn("w:val"), tag)
    rpr.append(el)


def _drop_title_border(style) -> None:
    ppr = style.element.get_or_add_pPr()
    for border in ppr.findall(qn("w:pBdr")):
        ppr.remove(border)


def core_properties(doc: DocxDocument, *, title: str, author: str, subject: str, lang: str, keywords: str) -> None:
    props = doc.core_properties
    props.title, props.author, props.subject = clean(title)[:250], clean(author)[:250], clean(subject)[:250]
    props.last_modified_by = "Hankebotti"
    props.language = LANG_TAGS.get(lang, "en-GB")
    props.keywords = keywords
    props.comments = ""


def _field(paragraph, instruction: str) -> None:
    """A Word field (PAGE, NUMPAGES) as begin/instruction/separate/result/end runs."""
    for kind, text in (("begin", None), (None, instruction), ("separate", None), (None, "1"), ("end", None)):
        run = paragraph.add_run()
        if kind:
            char = OxmlElement("w:fldChar")
            char.set(qn("w:fldCharType"), kind)
            run._r.append(char)
        elif text == instruction:
            instr = OxmlElement("w:instrText")
            instr.set(qn("xml:space"), "preserve")
            instr.text = f" {instruction} "
            run._r.append(instr)
        else:
            run.text = text


def footer(doc: DocxDocument, left: str, page_template: str) -> None:
    """Footer: the paper's name and date on the left, "Sivu {page}/{pages}" with live fields on the right."""
    section = doc.sections[0]
    paragraph = section.footer.paragraphs[0]
    paragraph.style = doc.styles["Footer"]
    width = section.page_width - section.left_margin - section.right_margin
    # The template's Footer style has US Letter tab stops (centre 82,5 mm, right 165 mm): replace them.
    ppr = doc.styles["Footer"].element.get_or_add_pPr()
    for tabs in ppr.findall(qn("w:tabs")):
        ppr.remove(tabs)
    paragraph.paragraph_format.tab_stops.add_tab_stop(width, alignment=WD_TAB_ALIGNMENT.RIGHT)
    run = paragraph.add_run(clean(left) + "\t")
    run.font.size = Pt(8.5)
    for part in re.split(r"(\{page\}|\{pages\})", page_template):
        if part == "{page}":
            _field(paragraph, "PAGE")
        elif part == "{pages}":
            _field(paragraph, "NUMPAGES")
        elif part:
            paragraph.add_run(part)
    for run in paragraph.runs:
        run.font.size = Pt(8.5)


def shade(cell, fill: str) -> None:
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def _repeat_header(row) -> None:
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def _no_split(row) -> None:
    trpr = row._tr.get_or_add_trPr()
    trpr.append(OxmlElement("w:cantSplit"))


def _styled(doc: DocxDocument, style_id: str):
    """A new paragraph with a style set by id: python-docx's lookup by name scans every style each time."""
    paragraph = doc.add_paragraph()
    paragraph._p.style = style_id
    return paragraph


def heading(doc: DocxDocument, value: str, level: int = 1) -> None:
    """A real Word heading (Title, Heading 1, Heading 2), so the navigation pane and a table of contents see it."""
    paragraph = _styled(doc, "Title" if level == 0 else f"Heading{level}")
    paragraph.add_run(clean(value))


def cell_text(cell, text: str, *, bold: bool = False, right: bool = False, size: float | None = None) -> None:
    paragraph = cell.paragraphs[0]
    paragraph.paragraph_format.space_after = Pt(1)
    paragraph.paragraph_format.space_before = Pt(1)
    lines = clean(text).split("\n")
    for i, line in enumerate(lines):
        run = paragraph.add_run(line)
        run.bold = bold
        if size:
            run.font.size = Pt(size)
        if i < len(lines) - 1:
            run.add_break()
    if right:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT


def table(doc: DocxDocument, header: list[str], rows: list[tuple[list[str], str]], widths_mm: list[float],
          right_cols: tuple[int, ...] = ()) -> object:
    """A grid table with a shaded, repeating header; each row is (cells, kind) where kind is ``""``, ``total`` or ``sub``."""
    t = doc.add_table(rows=1, cols=len(header))
    t._tbl.tblPr.style = "TableGrid"
    t.alignment = WD_TABLE_ALIGNMENT.LEFT
    t.autofit = False
    for i, label in enumerate(header):
        cell = t.rows[0].cells[i]
        cell_text(cell, label, bold=True, right=i in right_cols, size=9.5)
        shade(cell, SHADE_HEADER)
    _repeat_header(t.rows[0])
    for cells, kind in rows:
        row = t.add_row()
        _no_split(row)
        for i, value in enumerate(cells):
            cell_text(row.cells[i], value, bold=kind == "total", right=i in right_cols)
            if kind == "total":
                shade(row.cells[i], SHADE_TOTAL)
            if kind == "sub" and i == 0:
                row.cells[i].paragraphs[0].paragraph_format.left_indent = Mm(4)
    _widths(t, widths_mm)
    _keep_together(t)
    doc.add_paragraph().paragraph_format.space_after = Pt(0)
    return t


def _keep_together(t) -> None:
    """A short table stays on one page with the heading above it: every row but the last keeps with the next."""
    if len(t.rows) > 15:
        return
    for row in t.rows[:-1]:
        for cell in row.cells:
            for paragraph in cell.paragraphs:
                paragraph.paragraph_format.keep_with_next = True


def _widths(t, widths_mm: list[float]) -> None:
    """Column widths in the grid (LibreOffice reads these) and in every cell (Word reads those)."""
    for i, width in enumerate(widths_mm):
        t.columns[i].width = Mm(width)
        for cell in t.columns[i].cells:
            cell.width = Mm(width)


def box(doc: DocxDocument, rows: list[tuple[str, str]]) -> None:
    """The summary box on page 1: label/value rows on a light background."""
    t = doc.add_table(rows=0, cols=2)
    t._tbl.tblPr.style = "TableGrid"
    t.autofit = False
    for label, value in rows:
        row = t.add_row()
        _no_split(row)
        cell_text(row.cells[0], label, bold=True)
        cell_text(row.cells[1], value)
        for cell in row.cells:
            shade(cell, SHADE_BOX)
    _widths(t, [56, 104])  # "Kokonaiskustannukset" in bold fits on one line
    _keep_together(t)
    doc.add_paragraph().paragraph_format.space_after = Pt(0)


def field_line(doc: DocxDocument, label: str, value: str) -> None:
    paragraph = doc.add_paragraph()
    paragraph.add_run(clean(label) + ": ").bold = True
    paragraph.add_run(clean(value))


def label_line(doc: DocxDocument, label: str) -> None:
    paragraph = doc.add_paragraph()
    paragraph.paragraph_format.space_after = Pt(1)
    paragraph.paragraph_format.keep_with_next = True
    paragraph.add_run(clean(label)).bold = True


def text(doc: DocxDocument, value: str, *, italic: bool = False, size: float | None = None) -> None:
    """A paragraph of user text; its line breaks are kept as breaks, nothing in it becomes formatting."""
    paragraph = doc.add_paragraph()
    lines = clean(value).split("\n")
    for i, line in enumerate(lines):
        run = paragraph.add_run(line)
        run.italic = italic
        if size:
            run.font.size = Pt(size)
        if i < len(lines) - 1:
            run.add_break()


def bullets(doc: DocxDocument, items: list[str], prefix: str = "") -> None:
    for item in items:
        paragraph = _styled(doc, "ListBullet")
        paragraph.paragraph_format.space_after = Pt(2)
        paragraph.add_run(prefix + clean(item))


def checklist(doc: DocxDocument, items: list[str]) -> None:
    for item in items:
        paragraph = doc.add_paragraph()
        paragraph.paragraph_format.left_indent = Mm(6)
        paragraph.paragraph_format.first_line_indent = Mm(-6)
        paragraph.paragraph_format.space_after = Pt(2)
        paragraph.add_run("☐\t" + clean(item))
        paragraph.paragraph_format.tab_stops.add_tab_stop(Mm(6))
