"""The idea-paper interview end to end through the fake Bot API: every track in fi and en, the DOCX,
restart, Back/Skip/Edit, bad input, groups and /mypapers."""

from __future__ import annotations

import io
from datetime import UTC, datetime

import pytest
from docx import Document


def docx_text(data: bytes) -> str:
    """Every paragraph, table cell and footer of a DOCX as one string."""
    doc = Document(io.BytesIO(data))
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    for section in doc.sections:
        parts.extend(p.text for p in section.footer.paragraphs)
    return "\n".join(parts)


async def answer(fake, user, reply, value):
    """One step: a str is typed; ("press", label) presses a button; a list is typed item by item, then Done."""
    if isinstance(value, tuple) and value[0] == "press":
        return await fake.press(user, reply.last, value[1])
    if isinstance(value, list):
        for item in value:
            reply = await fake.send(user, item)
        done = "Valmis" if "Valmis" in " ".join(reply.last.button_labels) else "Done"
        return await fake.press(user, reply.last, done)
    return await fake.send(user, value)


async def run(fake, user, reply, steps):
    """Answer a sequence of steps; returns the last reply."""
    for value in steps:
        reply = await answer(fake, user, reply, value)
    return reply


def press(label):
    return ("press", label)


ESR_FI = [
    press("ESR+"),
    press("Rekisteröity yhdistys"),
    "Kylän olohuone ry",
    "Maija Virtanen, 040 123 4567",
    "Kylän olohuone",
    "Pitkäaikaistyöttömillä ei ole kohtaamispaikkaa.\nRuoka-avussa käy 60 ihmistä.",
    "Osallistujien hyvinvointi vahvistuu.",
    "Pitkäaikaistyöttömät ja osatyökykyiset, 40 osallistujaa.",
    "Iisalmi",
    ["Kohtaamispaikka kahdesti viikossa", "Ruokaryhmä <b>joka</b> viikko"],
    "Hanketyöntekijä ja vapaaehtoiset",
    ["Iisalmen kaupunki – aiesopimus"],
    "1.3.2027",
    "helmikuu 2029",
    "Kohtaamispaikka toimii vakiintuneesti.",
    ["Osallistujien määrä (tavoite 40)"],
    "85 jäsentä ja oma kylätalo",
    "Osallistujien saaminen – yhteistyö kunnan kanssa",
    press("Ohita"),
    press("Ohita"),
    "Toiminta jatkuu vapaaehtoisvoimin.",
    "48 000 €",
    "Kunnan avustus ja omat varat",
]


@pytest.fixture
def clock():
    return lambda: datetime(2026, 5, 4, 18, 0, tzinfo=UTC)


async def start(fake, user, text="/idea"):
    return await fake.send(user, text)


async def test_esr_interview_in_finnish_makes_a_paper(bot, fake):
    bot.services.clock = lambda: datetime(2026, 5, 4, 18, 0, tzinfo=UTC)
    aino = fake.new_user("Aino", "fi")
    reply = await start(fake, aino)
    assert "Tehdään ideapaperi" in reply.text
    assert "Kysymys 1/" in reply.text
    reply = await run(fake, aino, reply, ESR_FI)
    assert "Tarkista vastauksesi" in reply.text
    reply = await fake.press(aino, reply.last, "📄 Tee ideapaperi")
    doc = reply.documents[0]
    assert doc.filename == "ideapaperi-kylan-olohuone-2026-05-04.docx"
    text = docx_text(doc.document)
    print(text)
    assert "Ideapaperi: Kylän olohuone" in text
    assert "Ruokaryhmä <b>joka</b> viikko" in text
    assert "48\u00a0000\u00a0€" in text and "19\u00a0200\u00a0€" in text and "67\u00a0200\u00a0€" in text
    assert "53\u00a0760\u00a0€" in text and "13\u00a0440\u00a0€" in text and "20\u00a0160\u00a0€" in text
    assert "Elinvoimakeskuk" in text and "EURA2021" in text
    assert "Ideapaperi on valmis" in reply.text
