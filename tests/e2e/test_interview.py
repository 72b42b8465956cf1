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


ESR_EN = [
    press("ESR+"),
    press("Registered association"),
    "Village Living Room Association",
    "Maija Virtanen, +358 40 123 4567",
    "The Village Living Room",
    "Long-term unemployed people have no place to meet.\nAbout 60 people use the food aid weekly.",
    "Participants' wellbeing grows.",
    "Long-term unemployed people, about 40 participants.",
    "Iisalmi",
    ["Meeting place twice a week", "Cooking group & <i>skills</i>"],
    "A project worker and volunteers",
    press("Done"),  # no partners: Done on an empty optional list
    "March 2027",
    "02/2029",
    "The meeting place runs as an established activity.",
    ["Number of participants (target 40)"],
    "85 members and a village hall",
    "Finding participants – work with the municipality",
    "Facebook group and the local paper",
    press("Skip"),
    "Volunteers carry on.",
    "60k",
    press("Skip"),
]

LEADER_FI = [
    press("Leader"),
    press("Kehittämishanke"),
    press("Kyllä, kansainvälinen"),
    press("Rekisteröity yhdistys"),
    "Pohjoistuulen kyläyhdistys ry",
    "Maija Virtanen, 040 123 4567",
    "Vihreä kylä",
    "Kierrätyspiste on 25 km päässä.",
    "Kylään syntyy kierrätyspiste.",
    "Kylän asukkaat",
    "Pohjoistuuli, Lappi",
    ["Kyläkysely", "Kolme talkoopäivää"],
    "Roheline Küla MTÜ, Viro",
    ["Opintovierailu Viroon", "Vastavierailu Lappiin"],
    ["Aurinkopaneelikokeilu"],
    "Osa-aikainen hankevetäjä ja talkooväki",
    ["Rovaniemen kaupunki"],
    "1.9.2027",
    "31.8.2029",
    "Toimiva kierrätyspiste",
    ["Osallistujat (tavoite 120)", "Kv-työpajat (tavoite 4)"],
    "85 jäsentä",
    "Talkooväen väsyminen",
    "Facebook ja paikallislehti",
    "Vähemmän ajoa kaupunkiin",
    "Kyläyhdistys jatkaa talkoilla",
    press("80 %"),
    "20 000", "2 000 €", "8k", "1.000 e", press("0 € / ohita"),
    "200 h", "10",
    "Omat varat ja kunnan avustus",
]

LEADER_EN = [
    press("Leader"),
    press("Investment project"),
    press("No"),
    press("Registered association"),
    "Pohjoistuuli Village Association",
    "Maija Virtanen",
    "Village hall roof",
    "The roof leaks.",
    "A sound village hall.",
    "Village residents",
    "Pohjoistuuli",
    ["Repair the roof"],
    "A contractor and volunteers",
    ["The municipality"],
    "1.9.2027",
    "30.6.2028",
    "A repaired roof",
    ["Roof repaired (yes/no)"],
    "Own village hall",
    "Costs rising",
    press("Skip"),
    press("Skip"),
    "The association maintains the hall",
    press("65 %"),
    "4000", "500", "0", "0",
    press("None"), press("None"),
    press("Skip"),
]

NOT_SURE_FI = [
    press("En ole varma"),
    press("Heikommassa asemassa olevat"),
    press("Ei, kaupungissa"),
    press("Toimintaa ihmisille"),
    press("Ei"),
]


async def finish(fake, user, reply, label):
    assert user and reply.last.button_labels[-1] == label, reply.last.button_labels
    reply = await fake.press(user, reply.last, label)
    assert len(reply.documents) == 1
    return reply, docx_text(reply.documents[0].document)


async def test_esr_interview_in_english(bot, fake):
    bot.services.clock = lambda: datetime(2026, 5, 4, 18, 0, tzinfo=UTC)
    tom = fake.new_user("Tom", "en")
    reply = await fake.send(tom, "/idea")
    assert "Question 1/" in reply.text and "saved as you go" in reply.text
    reply = await run(fake, tom, reply, ESR_EN)
    assert "Check your answers" in reply.text
    reply, text = await finish(fake, tom, reply, "📄 Create the paper")
    assert reply.documents[0].filename == "idea-paper-the-village-living-room-2026-05-04.docx"
    for fragment in ("Idea paper: The Village Living Room", "Need and background", "Goal", "Target group and beneficiaries",
                     "Actions", "Cooking group & <i>skills</i>", "Indicators", "Risks", "Continuation after the project",
                     "Preliminary budget", "€60,000", "€24,000", "€84,000", "€67,200", "€16,800", "€25,200",
                     "No partners are named", "To check", "Next steps", "EURA2021", "Elinvoimakeskus",
                     "Long-term unemployed people have no place to meet.\nAbout 60 people", "1 March 2027", "28 February 2029",
                     "starting point for a discussion with an advisor"):
        assert fragment in text, fragment
    assert "Your idea paper is ready" in reply.text and "€84,000" in reply.text


async def test_leader_international_interview_in_finnish(bot, fake):
    bot.services.clock = lambda: datetime(2026, 5, 4, 18, 0, tzinfo=UTC)
    aino = fake.new_user("Aino", "fi")
    reply = await fake.send(aino, "/ideapaperi")
    reply = await run(fake, aino, reply, LEADER_FI[:-8])
    assert "Kustannukset luokittain (1/5)" in reply.text and "henkilöstökuluja" in reply.text
    reply = await run(fake, aino, reply, LEADER_FI[-8:-3])
    # The bot shows its arithmetic after the last cost line (31 000 € cash, 80 % aid), before talkoot.
    assert "Laskin budjetin" in reply.text and "Julkinen tuki 80 %: 24\u00a0800\u00a0€" in reply.text
    assert "Talkootyö (1/2)" in reply.text
    reply = await run(fake, aino, reply, LEADER_FI[-3:])
    assert "Tarkista vastauksesi" in reply.text
    reply, text = await finish(fake, aino, reply, "📄 Tee ideapaperi")
    for fragment in ("Leader – Kehittämishanke, kansainvälinen", "Kansainvälinen yhteistyö", "Roheline Küla MTÜ, Viro",
                     "Opintovierailu Viroon", "Aurinkopaneelikokeilu", "Talkootyö 200 h × 15\u00a0€", "3\u00a0000\u00a0€",
                     "Konetyö 10 h × 30\u00a0€", "300\u00a0€", "34\u00a0300\u00a0€", "27\u00a0440\u00a0€", "6\u00a0860\u00a0€",
                     "3\u00a0300\u00a0€", "3\u00a0560\u00a0€", "Hyrrä", "suomi.fi", "Ota yhteyttä omaan Leader-ryhmääsi",
                     "Talkootyösuunnitelma"):
        assert fragment in text, fragment
    assert reply.documents[0].filename.startswith("ideapaperi-vihrea-kyla-")


async def test_leader_investment_in_english_warns_when_aid_is_below_minimum(bot, fake):
    bot.services.clock = lambda: datetime(2026, 5, 4, 18, 0, tzinfo=UTC)
    tom = fake.new_user("Tom", "en")
    reply = await fake.send(tom, "/idea")
    reply = await run(fake, tom, reply, LEADER_EN[:-5])
    assert "Machine hours" not in reply.text
    reply = await run(fake, tom, reply, LEADER_EN[-5:-3])
    assert "Here's the budget" in reply.text
    assert "Public aid 65 %: €2,925" in reply.text
    assert "below the minimum €5,000" in reply.text
    reply = await run(fake, tom, reply, LEADER_EN[-3:])
    reply, text = await finish(fake, tom, reply, "📄 Create the paper")
    assert "below the minimum €5,000" in text
    assert "main drawings" in text  # the investment attachments
    assert "must not start before the application is filed" in text


async def test_not_sure_gets_a_recommendation_in_finnish_and_english(bot, fake):
    bot.services.clock = lambda: datetime(2026, 5, 4, 18, 0, tzinfo=UTC)
    aino = fake.new_user("Aino", "fi")
    reply = await fake.send(aino, "/idea")
    reply = await run(fake, aino, reply, NOT_SURE_FI)
    assert "Suositukseni: ESR+" in reply.text
    assert "heikommassa asemassa olevien" in reply.text and "kaupungissa ESR+ sopii paremmin" in reply.text
    reply = await fake.press(aino, reply.last, "✅ Käy, valitaan se")
    assert "Millainen organisaatio" in reply.text
    reply = await run(fake, aino, reply, ESR_FI[1:])
    reply, text = await finish(fake, aino, reply, "📄 Tee ideapaperi")
    assert "Hankebotin suositus: ESR+" in text and "ESR+ – kansalaistoimijalähtöinen kehittäminen" in text

    tom = fake.new_user("Tom", "en")
    reply = await fake.send(tom, "/idea")
    reply = await run(fake, tom, reply, [press("Not sure"), press("Residents of the village or area"),
                                         press("Yes, in the countryside"), press("Building or purchases"), press("Yes")])
    assert "My recommendation: Leader" in reply.text
    assert "investment project" in reply.text and "international projects" in reply.text
    reply = await fake.press(tom, reply.last, "I'll choose ESR+")  # overriding is allowed
    reply = await run(fake, tom, reply, ESR_EN[1:])
    reply, text = await finish(fake, tom, reply, "📄 Create the paper")
    assert "You chose a different funding than I recommended." in text


async def test_restart_in_the_middle_continues_with_nothing_lost(bot, fake):
    aino = fake.new_user("Aino", "fi")
    reply = await fake.send(aino, "/idea")
    reply = await run(fake, aino, reply, ESR_FI[:8])
    assert "Toteutusalue" in reply.text or "Millä alueella" in reply.text
    await bot.restart()
    reply = await fake.send(aino, "Iisalmi")  # taken as a stray message: the bot asks first
    assert "ideapaperi kesken" in reply.text and "Kylän olohuone" in reply.text
    reply = await fake.press(aino, reply.last, "▶️ Jatka")
    assert "Millä alueella" in reply.text
    reply = await run(fake, aino, reply, ESR_FI[8:])
    reply, text = await finish(fake, aino, reply, "📄 Tee ideapaperi")
    assert "Pitkäaikaistyöttömillä ei ole kohtaamispaikkaa." in text and "Iisalmi" in text
    assert bot.rows("SELECT COUNT(*) AS n FROM interview_drafts")[0]["n"] == 0
    assert bot.rows("SELECT COUNT(*) AS n FROM interview_papers WHERE user_id = ?", (aino.id,))[0]["n"] == 1


async def test_cancel_pauses_and_idea_resumes_or_starts_over(bot, fake):
    tom = fake.new_user("Tom", "en")
    reply = await fake.send(tom, "/idea")
    reply = await run(fake, tom, reply, ESR_EN[:5])
    reply = await fake.send(tom, "/cancel")
    assert "take a break" in reply.text
    reply = await fake.send(tom, "/help")  # commands are not captured by the interview
    assert "How to use Hankebotti" in reply.text
    reply = await fake.send(tom, "/idea")
    assert "unfinished idea paper" in reply.text
    reply = await fake.press(tom, reply.last, "🔄 Start over")
    reply = await fake.press(tom, reply.last, "Yes, start over")
    assert "Question 1/" in reply.text
    assert '"org_name"' not in bot.rows("SELECT data FROM interview_drafts WHERE user_id = ?", (tom.id,))[0]["data"]


async def test_back_skip_and_edit(bot, fake):
    bot.services.clock = lambda: datetime(2026, 5, 4, 18, 0, tzinfo=UTC)
    tom = fake.new_user("Tom", "en")
    reply = await fake.send(tom, "/idea")
    reply = await run(fake, tom, reply, ESR_EN[:4])
    assert "What is the name of your project idea" in reply.text
    reply = await fake.press(tom, reply.last, "⬅️ Back")
    assert "Who is the contact person" in reply.text and "Your current answer: Maija Virtanen" in reply.text
    reply = await fake.send(tom, "Matti Meikäläinen")
    assert "What is the name of your project idea" in reply.text
    assert "Skip ➡️" not in reply.last.button_labels  # required question
    reply = await run(fake, tom, reply, ESR_EN[4:])
    assert "Check your answers" in reply.text and "Matti Meikäläinen" in reply.text
    reply = await fake.press(tom, reply.last, "✏️ Goal")
    assert "What is the project's goal" in reply.text
    reply = await fake.send(tom, "A brand new goal.")
    assert "Check your answers" in reply.text and "A brand new goal." in reply.text
    reply = await fake.press(tom, reply.last, "✏️ Preliminary budget")
    reply = await fake.send(tom, "10 000")
    assert "€10,000" in reply.text  # the recomputed budget
    reply = await fake.press(tom, reply.last, "Skip ➡️")
    reply, text = await finish(fake, tom, reply, "📄 Create the paper")
    assert "A brand new goal." in text and "Participants' wellbeing grows." not in text
    assert "€14,000" in text and "The sources of own funding are not given yet." in text


async def test_bad_input_at_text_number_and_date_questions(bot, fake):
    tom = fake.new_user("Tom", "en")
    reply = await fake.send(tom, "/idea")
    reply = await fake.send(tom, "something")  # a choice question wants a button
    assert "choose one of the buttons" in reply.text and "Question 1/" in reply.text
    reply = await run(fake, tom, reply, ESR_EN[:2])
    reply = await fake.send(tom, "🎉🎉")
    assert "Emojis alone" in reply.text
    reply = await fake.send(tom, "x" * 4000)
    assert "4000 characters" in reply.text and "1500" in reply.text
    reply = await fake.send_media(tom, "sticker")
    assert "only read text" in reply.text and "What is the applicant's name" in reply.text
    assert '"org_name": "' not in bot.rows("SELECT data FROM interview_drafts WHERE user_id = ?", (tom.id,))[0]["data"]
    reply = await run(fake, tom, reply, ESR_EN[2:12])
    assert "When would the project start" in reply.text
    reply = await fake.send(tom, "next spring")
    assert "didn't recognise that date" in reply.text and "March 2027" in reply.text
    reply = await fake.send(tom, "1.6.2027")
    reply = await fake.send(tom, "1.1.2027")
    assert "must come after the start" in reply.text
    reply = await run(fake, tom, reply, ["31.5.2029"] + ESR_EN[14:21])
    assert "personnel costs" in reply.text
    reply = await fake.send(tom, "lots of money")
    assert "couldn't read that amount" in reply.text and "12k" in reply.text
    reply = await fake.send(tom, "12 000,50 €")
    assert "€12,000.50" in reply.text


async def test_group_idea_gets_a_deep_link_that_starts_the_interview(bot, fake):
    aino = fake.new_user("Aino", "fi")
    group = fake.new_group("Kyläyhdistys", admins=[aino])
    reply = await fake.send(aino, "/idea", chat=group)
    assert "https://t.me/hankebotti_test_bot?start=idea" in reply.text
    reply = await fake.send(aino, "/start idea")
    assert "Tehdään ideapaperi" in reply.text and "Kysymys 1/" in reply.text


async def test_menu_button_starts_the_interview(bot, fake):
    aino = fake.new_user("Aino", "fi")
    menu = (await fake.send(aino, "/start")).last
    reply = await fake.press(aino, menu, "📝 Ideapaperi")
    assert "Mistä rahoitusta haetaan" in reply.text


async def test_mypapers_download_new_version_and_forged_ids(bot, fake):
    bot.services.clock = lambda: datetime(2026, 5, 4, 18, 0, tzinfo=UTC)
    tom = fake.new_user("Tom", "en")
    reply = await fake.send(tom, "/mypapers")
    assert "don't have any finished idea papers" in reply.text
    reply = await fake.send(tom, "/idea")
    reply = await run(fake, tom, reply, ESR_EN)
    reply, _ = await finish(fake, tom, reply, "📄 Create the paper")
    original = reply.documents[0].document
    reply = await fake.send(tom, "/mypapers")
    assert "The Village Living Room" in reply.text
    listing = reply.last
    reply = await fake.press(tom, listing, "⬇️ The Village Living Room")
    assert reply.documents[0].document == original
    paper_id = bot.rows("SELECT paper_id FROM interview_papers WHERE user_id = ?", (tom.id,))[0]["paper_id"]
    eve = fake.new_user("Eve", "en")
    await fake.send(eve, "/start")
    reply = await fake.press(eve, listing, data=f"iv:dl:{paper_id}")
    assert not reply.documents and "expired" in reply.alerts[0]
    reply = await fake.press(eve, listing, data=f"iv:nv:{paper_id}")
    assert "expired" in reply.alerts[0]
    reply = await fake.press(tom, listing, data="iv:dl:999999")
    assert "expired" in reply.alerts[0]
    reply = await fake.press(tom, listing, data="iv:a:track:hacked")
    assert "expired" in reply.alerts[0]
    reply = await fake.press(tom, listing, "📝 New version")
    assert "new version" in reply.text and "Check your answers" in reply.text and "The Village Living Room" in reply.text
    reply = await fake.press(tom, reply.last, "✏️ Project name")
    reply = await fake.send(tom, "The Village Living Room 2")
    reply, text = await finish(fake, tom, reply, "📄 Create the paper")
    assert "Idea paper: The Village Living Room 2" in text and "Iisalmi" in text
