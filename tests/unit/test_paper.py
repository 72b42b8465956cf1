"""The idea paper opened as Word reads it: A4, language, properties, page numbers, the summary box, separate cost and
financing tables with the real (capped) aid, each track's fields, the coach's open items and the funding gap."""

from __future__ import annotations

import io
import re
from decimal import Decimal
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn
from docx.shared import Mm

from bot.content import Catalog
from bot.domain.budget import load_rules
from bot.domain.interview import collect_warnings
from bot.domain.paper import plain_for, render_paper
from bot.domain.paper_sections import as_items, split_items
from tests.paper_samples import TODAY, draft

ROOT = Path(__file__).resolve().parents[2]
CATALOG = Catalog.load(ROOT / "content")
RULES = load_rules()
NB = "\u00a0"


def render(name: str):
    d, lang = draft(name)
    data, info = render_paper(d, lang=lang, plain=plain_for(CATALOG, lang), today=TODAY, rules=RULES,
                              warnings=collect_warnings(d, TODAY, RULES))
    return Document(io.BytesIO(data)), info, lang


def table_with(doc, first_header: str):
    return next(t for t in doc.tables if t.rows[0].cells[0].text == first_header)


def rows(table) -> dict[str, list[str]]:
    return {r.cells[0].text: [c.text for c in r.cells[1:]] for r in table.rows[1:]}


def euros(text: str) -> Decimal:
    return Decimal(re.sub(r"[^\d,]", "", text).replace(",", "."))


def section_text(doc, heading: str) -> str:
    """The paragraphs under a Heading 1 until the next Heading 1."""
    out, inside = [], False
    for p in doc.paragraphs:
        if p.style.name == "Heading 1":
            inside = p.text == heading
            continue
        if inside:
            out.append(p.text)
    return "\n".join(out)


@pytest.mark.parametrize("name,tag", [("leader-fi", "fi-FI"), ("esr-en", "en-GB")])
def test_page_language_properties_and_page_numbers(name, tag):
    doc, info, lang = render(name)
    section = doc.sections[0]
    assert abs(section.page_width - Mm(210)) < Mm(0.5) and abs(section.page_height - Mm(297)) < Mm(0.5)
    assert abs(section.left_margin - Mm(25)) < Mm(0.1) and abs(section.right_margin - Mm(25)) < Mm(0.1)
    defaults = list(doc.styles.element.find(qn("w:docDefaults")).iter(qn("w:lang")))
    assert defaults and {el.get(qn("w:val")) for el in defaults} == {tag}
    assert next(doc.styles["Normal"].element.iter(qn("w:lang"))).get(qn("w:val")) == tag
    props = doc.core_properties
    assert props.title.startswith(("Ideapaperi: ", "Idea paper: ")) and info.title in props.title
    assert props.author == draft(name)[0].answers["org_name"] and props.author != "python-docx"
    assert props.subject and props.language == tag
    footer_xml = section.footer._element.xml
    assert re.search(r"<w:instrText[^>]*> PAGE </w:instrText>", footer_xml)
    assert [p.style.name for p in doc.paragraphs[:1]] == ["Title"]
    assert sum(p.style.name == "Heading 1" for p in doc.paragraphs) >= 10


def test_leader_heavy_talkoot_summary_costs_and_financing():
    doc, info, _ = render("leader-fi")
    summary = rows(doc.tables[0])  # the first table is the summary box, before any heading
    box = {r.cells[0].text: r.cells[1].text for r in doc.tables[0].rows}
    assert box["Hakija"] == "Pohjoistuulen kyläyhdistys ry"
    assert box["Rahoitus ja hanketyyppi"] == "Leader – Kehittämishanke"
    assert box["Leader-ryhmä"].startswith("Leader Pohjoisin Lappi ry, puh. 040 760 4108")
    assert box["Kesto"] == "1.9.2027–31.8.2029, noin 24 kk"
    assert box["Kokonaiskustannukset"] == f"38{NB}800{NB}€"
    assert box["Haettava julkinen tuki"] == f"34{NB}000{NB}€ (87,6 % kokonaiskustannuksista)"
    assert box["Omarahoitus"] == f"4{NB}800{NB}€, josta talkootyötä 4{NB}800{NB}€ ja rahaa 0{NB}€"
    assert summary  # the box has rows
    costs = rows(table_with(doc, "Kustannuserä"))
    financing = rows(table_with(doc, "Rahoitus"))
    assert "Julkinen tuki (Leader)" not in costs and "Henkilöstökulut" not in financing
    assert costs["Henkilöstökulut"] == ["ei alv:ia", f"22{NB}000{NB}€"] and costs["Ostopalvelut"][0] == "sis. alv"
    assert costs["Talkootyö 320 h × 15\u00a0€"] == ["ei alv:ia", f"4{NB}800{NB}€"]
    cash = sum(euros(v[1]) for k, v in costs.items() if not k.startswith(("Talkootyö", "Konetyö", "Kokonais")))
    aid = euros(financing["Julkinen tuki (Leader)"][0])
    assert cash == Decimal(34000) and aid == cash  # 100 % of 38 800 € would be more than the money spent
    assert financing["Yksityinen rahoitus, talkootyönä"] == [f"4{NB}800{NB}€", "12,4 %"]
    assert financing["Rahoitus yhteensä"][0] == f"38{NB}800{NB}€"
    text = "\n".join(p.text for p in doc.paragraphs)
    assert f"talkootyöstä 4{NB}800{NB}€ ei kasvata tukea" in text
    assert "laskennalliset kustannukset 19 %" in text and "tosialliset kustannukset" in text
    assert "24 %" not in text and "15 %" not in text  # the 2014–2020 flat rates are gone
    assert "Tuki maksetaan jälkikäteen" in text
    sources = rows(table_with(doc, "Lähde"))
    assert sources["loput talkootyönä"] == ["talkootyö", "ks. kustannusarvio"]
    assert sources["kunnan avustus 2 000 €"] == ["julkinen", f"2{NB}000{NB}€"]
    assert info.budget.public_aid == Decimal(34000)


def test_leader_track_fields_and_list_typed_as_one_message():
    doc, _, _ = render("leader-fi")
    text = "\n".join(p.text for p in doc.paragraphs)
    assert "Sopivuus Leader-ryhmän strategiaan" in text and "vähähiiliset kylät" in text
    plan = rows(table_with(doc, "Mitä"))
    assert plan["Kyläkysely"] == ["hallitus", "9/2027"] and plan["Talkoopäivät"] == ["kyläläiset", "5/2028"]
    assert "Talkoosuunnitelma" in [p.text for p in doc.paragraphs if p.style.name == "Heading 1"]
    assert "noin 20 henkeä" in text and f"Talkootyö 320 h × 15{NB}€ = 4{NB}800{NB}€" in text
    actions = [p.text for p in doc.paragraphs if p.style.name == "List Bullet" and "talkoopäivää" in p.text]
    assert actions == ["Kolme talkoopäivää kierrätyspisteen rakentamiseksi"]  # one message, three bullets
    attachments = section_text(doc, "Seuraavat askeleet")
    for item in ("säännöt ja rekisteriote", "tilinpäätös", "Alv-asema", "Hallituksen päätös", "talkootyö mukaan lukien",
                 "vähintään 3 000 euron hankinnoista"):
        assert item in attachments, item
    assert "pääpiirustukset" not in attachments  # building documents only for investments


def test_leader_investment_in_english_caps_aid_and_shows_site_and_permits():
    doc, info, _ = render("leader-investment-en")
    text = "\n".join(p.text for p in doc.paragraphs)
    assert "Ownership and control of the site" in text and "owns the village hall" in text
    assert "two quotes for the roof" in text and "main drawings" in text
    financing = rows(table_with(doc, "Funding"))
    # services 12 000 + equipment 6 000 + planning 2 000 = 20 000 € cash; talkoot 12 000 + 3 000 €; 65 % of 35 000 €
    # would be 22 750 €, more than the cash: the aid is 20 000 €.
    assert financing["Public aid (Leader)"] == ["€20,000", "57.1 %"]
    assert info.budget.talkoot_excess == Decimal(2750)
    check = section_text(doc, "To check")
    assert "Target group: The target group is too broad" in check
    assert "Actions: The actions are written as goals" in check and "“Strengthen community spirit”" in check
    assert "1 of the own-funding sources have no amount" in check
    assert "Purchased services, Machinery, equipment and materials" in text  # quotes needed


def test_esr_personnel_table_financing_advance_and_gap():
    doc, info, _ = render("esr-fi")
    box = {r.cells[0].text: r.cells[1].text for r in doc.tables[0].rows}
    assert box["ESR+-painopiste"] == "Asukaslähtöinen kehittäminen ja osallisuus"
    assert box["Rahoittaja"].startswith("Elinvoimakeskus") and box["Haettava ESR+-tuki"] == f"141{NB}120{NB}€ (80 %)"
    staff = rows(table_with(doc, "Tehtävä"))
    assert staff["Ohjaaja"] == ["24", f"3{NB}000{NB}€", "50 %", f"36{NB}000{NB}€"]
    assert staff["Henkilöstökulut"][-1] == f"126{NB}000{NB}€"
    costs = rows(table_with(doc, "Kustannuserä"))
    assert list(costs) == ["Henkilöstökulut", "Muut kulut, flat rate 40 %", "Kokonaiskustannukset"]  # no advance
    financing = rows(table_with(doc, "Rahoitus"))
    assert financing["ESR+-tuki 80 %"] == [f"141{NB}120{NB}€", "80 %"] and financing["Omarahoitus 20 %"][0] == f"35{NB}280{NB}€"
    text = "\n".join(p.text for p in doc.paragraphs)
    assert f"enintään 30 % hankkeen kokonaisbudjetista eli 52{NB}920{NB}€" in text and f"42{NB}336{NB}€" in text
    assert "Rahoittaja vahvistaa" in text
    sources = rows(table_with(doc, "Lähde"))
    assert sources["Puuttuu"][-1] == f"5{NB}280{NB}€"
    check = section_text(doc, "Tarkistettavaa")
    assert f"Puuttuu 5{NB}280{NB}€" in check
    assert "Toimenpiteet: Toimenpiteet on kirjoitettu tavoitteina" in check
    assert "Tulokset: Tuloksista puuttuu mitattava taso" in check
    assert "Kohderyhmä: Kohderyhmästä puuttuu arvio osallistujamäärästä." in check
    for fragment in ("ESR+-ohjelman periaatteet ja osallistujat", "esteetöntä", "Ruoka-avun jonossa", "osallistujalomakkeella"):
        assert fragment in text, fragment
    assert "KANTO" in text and "Koonto-hanke toimi 2023–2025" in text


def test_one_disclaimer_and_no_us_letter_leftovers():
    doc, _, _ = render("esr-en")
    body = [p.text for p in doc.paragraphs]
    assert sum("commits you to nothing" in p for p in body) == 1
    footer = "".join(p.text for p in doc.sections[0].footer.paragraphs)
    assert "commits you to nothing" not in footer and "Page" in footer


def test_an_unknown_leader_group_points_to_the_national_list():
    d, lang = draft("leader-fi")
    d.answers["leader_group"] = "no-such-group"
    data, _ = render_paper(d, lang=lang, plain=plain_for(CATALOG, lang), today=TODAY, rules=RULES, warnings=[])
    box = {r.cells[0].text: r.cells[1].text for r in Document(io.BytesIO(data)).tables[0].rows}
    assert "leadersuomi.fi" in box["Leader-ryhmä"]


def test_list_answers_split_for_display():
    assert split_items("1. Kysely\n2. Talkoot\n3. Illat") == ["Kysely", "Talkoot", "Illat"]
    assert split_items("• yksi\n• kaksi\n  jatkuu") == ["yksi", "kaksi jatkuu"]
    assert split_items("Tavallinen teksti,\njossa on rivinvaihto.") == ["Tavallinen teksti,\njossa on rivinvaihto."]
    assert as_items(["- a\n- b", "c"]) == ["a", "b", "c"]
    assert as_items("eka\ntoka", list_field=True) == ["eka", "toka"]


def test_odd_and_hostile_answers_still_make_a_paper():
    """Stored answers from old versions or forged state: odd types, markup, control characters, huge text."""
    d, lang = draft("esr-fi")
    d.answers.update({"esr_staff": "garbage", "esr_personnel": "abc", "own_sources": 12345, "actions": None,
                      "target_group": "<b>x</b>\x07" * 500, "esr_objective": "no-such-key", "horizontal": ["a", "b"],
                      "start": "not a date", "indicators": "• yksi\n• kaksi"})
    d.coach_open = {"indicators": ["unknown_code"], "need": "not a list"}
    data, info = render_paper(d, lang=lang, plain=plain_for(CATALOG, lang), today=TODAY, rules=RULES, warnings=[])
    doc = Document(io.BytesIO(data))
    text = "\n".join(p.text for p in doc.paragraphs)
    assert "<b>x</b>" in text and "\x07" not in text and info.budget.total == 0
    assert "Flat rate -mallissa kaikki muut kulut lasketaan palkoista" in text  # esr_no_personnel, in words
    leader, lang = draft("leader-fi")
    leader.answers.update({"leader_group": 5, "work_plan": "yksi rivi", "talkoot": "x", "leader_rate": "lots",
                           "leader_costs": {"personnel": "n/a", "travel": None}})
    data, info = render_paper(leader, lang=lang, plain=plain_for(CATALOG, lang), today=TODAY, rules=RULES, warnings=[])
    assert info.budget.total == 0 and Document(io.BytesIO(data)).paragraphs
