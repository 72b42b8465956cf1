"""The idea-paper interview end to end through the fake Bot API: every track in fi and en, the DOCX,
restart, cancel, groups and /mypapers. (Keep, questions, lists, echoes and keyboards: test_interview_flow.py.)"""

from __future__ import annotations

import io
from datetime import UTC, datetime

from docx import Document

from tests.harness import docx_text

NOW = datetime(2026, 5, 4, 18, 0, tzinfo=UTC)




async def answer(fake, user, reply, value):
    """One step: a str is typed; ("press", label) presses a button on the newest message; a list is typed
    item by item, then Done (a lone item: its read-back ✔)."""
    if isinstance(value, tuple) and value[0] == "press":
        return await fake.press(user, fake.last(user), value[1])
    if isinstance(value, list):
        for item in value:
            await fake.send(user, item)
        labels = fake.last(user).button_labels
        read_back = [label for label in labels if label in ("✔ Kirjaa, siinä kaikki", "✔ Note it, that's all")]
        if read_back:  # one item: read back before it is noted, and its ✔ is the Done
            return await fake.press(user, fake.last(user), read_back[0])
        done = "Valmis" if "Valmis" in " ".join(labels) else "Done"
        return await fake.press(user, fake.last(user), done)
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
    press("Asukaslähtöinen kehittäminen ja osallisuus"),
    "Kohtaamispaikka kahdesti viikossa\nRuokaryhmä <b>joka</b> viikko",
    "Hanketyöntekijä ja vapaaehtoiset",
    "Ruoka-avun ja seurakunnan diakoniatyön kautta.",
    ["Iisalmen kaupunki – aiesopimus"],
    "1.3.2027",
    "helmikuu 2029",
    "Kohtaamispaikka toimii vakiintuneesti, ja 10 osallistujaa siirtyy opiskeluun.",
    ["Osallistujien määrä (tavoite 40)"],
    "Toiminta on maksutonta ja esteetöntä kaikille.",
    press("Osallistujat syöttävät tiedot itse"),
    "Osallistujien saaminen – yhteistyö kunnan kanssa",
    "85 jäsentä ja oma kylätalo",
    "Toiminta jatkuu vapaaehtoisvoimin.",
    ["hanketyöntekijä 24 kk 2000 €/kk 100 %"],
    "kunnan avustus 10 000 €\nyhdistyksen omat varat 3 440 €",
]

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
    press("Well-being, everyday skills"),
    "Meeting place twice a week\nCooking group & <i>skills</i>",
    "A project worker and volunteers",
    "Through the food aid point.",
    press("Skip"),  # no partners
    "March 2027",
    "02/2029",
    "The meeting place runs as an established activity for 40 people.",
    ["Number of participants (target 40)"],
    "Free and accessible to all.",
    press("The project enters it"),
    "Finding participants – work with the municipality",
    "85 members and a village hall",
    "Volunteers carry on.",
    ["coordinator 24 months 2500 €/month 100 %"],
    press("Skip"),
]

LEADER_FI = [
    press("Leader"),
    press("Yhteistyöhanke"),
    press("Kyllä, kansainvälinen"),
    press("Rekisteröity yhdistys"),
    "Pohjoistuulen kyläyhdistys ry",
    "Maija Virtanen, 040 123 4567",
    "Vihreä kylä",
    "Kierrätyspiste on 25 km päässä.",
    "Kylään syntyy kierrätyspiste.",
    "Kylän asukkaat, noin 300 ihmistä",
    "Pohjoistuuli, Rovaniemi",
    "Strategia painottaa kylien ympäristötekoja.",
    "Kyläkysely\nKolme talkoopäivää",
    "Roheline Küla MTÜ, Viro",
    "Opintovierailu Viroon\nVastavierailu Lappiin",
    ["Aurinkopaneelikokeilu"],
    "kysely – hallitus – syksy 2027\ntalkoot – kyläläiset – kevät 2028",
    ["Rovaniemen kaupunki"],
    "1.9.2027",
    "31.8.2029",
    "Toimiva kierrätyspiste, jota käyttää 50 kotitaloutta",
    "Osallistujat (tavoite 120)\nKv-työpajat (tavoite 4)",
    "Talkooväen väsyminen – jaetaan vastuuta",
    "85 jäsentä",
    "Kyläyhdistys jatkaa talkoilla",
    press("80 %"),
    "Kyläläiset rakentavat kierrätyspisteen.",
    "200 h", "10",
    "20 000", "2 000 €", "8k", "1.000 e", press("0 € / ohita"),
    "yhdistyksen omat varat 3 560 €",
]

LEADER_EN = [
    press("Leader"),
    press("Investment project"),
    press("Registered association"),
    "Pohjoistuuli Village Association",
    "Maija Virtanen",
    "Village hall roof",
    "The roof leaks.",
    "A sound village hall.",
    "Village residents, about 200 people",
    "Pohjoistuuli",
    "The strategy stresses village meeting places.",
    ["Repair the roof"],
    "roof – contractor – autumn 2027\npainting – villagers – spring 2028",
    ["The municipality"],
    "1.9.2027",
    "30.6.2028",
    "The village hall's own property.",
    "No permits; quotes from two contractors.",
    "A repaired roof used 100 times a year",
    "Roof repaired, 1 roof\nEvents in the hall, 100 a year",
    "Costs rising – quotes early",
    "Own village hall",
    "The association maintains the hall",
    press("65 %"),
    press("Skip"),
    press("None"), press("None"),
    "4000", "500", "0", "0",
    press("Skip"),
]

NOT_SURE_FI = [
    press("En ole varma"),
    press("Haavoittuvassa asemassa olevat"),
    press("Ei, kaupungissa"),
    press("Toimintaa ihmisille"),
    press("Ei"),
]


def assert_a_document_for_advisors(data: bytes, tag: str, title: str) -> None:
    """What issue 12 asks of the walked paper as Word reads it: A4, proofing language, properties, page numbers."""
    import re

    from docx.oxml.ns import qn
    from docx.shared import Mm

    doc = Document(io.BytesIO(data))
    section = doc.sections[0]
    assert abs(section.page_width - Mm(210)) < Mm(0.5) and abs(section.page_height - Mm(297)) < Mm(0.5)
    assert next(doc.styles["Normal"].element.iter(qn("w:lang"))).get(qn("w:val")) == tag
    assert title in doc.core_properties.title and doc.core_properties.author != "python-docx"
    footer_xml = section.footer._element.xml
    assert re.search(r"<w:instrText[^>]*> PAGE </w:instrText>", footer_xml)
    assert any(p.style.name.startswith("Heading") for p in doc.paragraphs)
    assert len(doc.tables) >= 3  # the summary box, the costs and the financing apart


async def finish(fake, user, label):
    message = fake.last(user)
    assert message.button_labels[-1] == label, message.button_labels
    reply = await fake.press(user, message, label)
    assert len(reply.documents) == 1, reply.text
    return reply, docx_text(reply.documents[0].document)


async def test_esr_interview_in_finnish_makes_a_paper(bot, fake):
    bot.services.clock = lambda: NOW
    aino = fake.new_user("Aino", "fi")
    reply = await fake.send(aino, "/idea")
    assert "Tehdään ideapaperi" in reply.text and "Osa 1/6: Rahoitus" in reply.text
    reply = await run(fake, aino, reply, ESR_FI)
    assert "Tarkista vastauksesi" in reply.text
    reply, text = await finish(fake, aino, "📄 Tee ideapaperi")
    assert reply.documents[0].filename == "ideapaperi-kylan-olohuone-2026-05-04.docx"
    assert "Ideapaperi: Kylän olohuone" in text
    assert "Ruokaryhmä <b>joka</b> viikko" in text and "Kohtaamispaikka kahdesti viikossa" in text
    assert "48\u00a0000\u00a0€" in text and "19\u00a0200\u00a0€" in text and "67\u00a0200\u00a0€" in text
    assert "53\u00a0760\u00a0€" in text and "13\u00a0440\u00a0€" in text
    assert "Elinvoimakeskuk" in text and "EURA2021" in text
    assert "Asukaslähtöinen kehittäminen ja osallisuus" in text and "Toiminta on maksutonta" in text
    assert "Ideapaperi on valmis" in reply.text
    assert_a_document_for_advisors(reply.documents[0].document, "fi-FI", "Kylän olohuone")


async def test_esr_interview_in_english(bot, fake):
    bot.services.clock = lambda: NOW
    tom = fake.new_user("Tom", "en")
    reply = await fake.send(tom, "/idea")
    assert "Part 1/6: Funding" in reply.text and "saved as you go" in reply.text
    reply = await run(fake, tom, reply, ESR_EN)
    assert "Check your answers" in reply.text
    reply, text = await finish(fake, tom, "📄 Create the paper")
    assert reply.documents[0].filename == "idea-paper-the-village-living-room-2026-05-04.docx"
    for fragment in ("Idea paper: The Village Living Room", "Cooking group & <i>skills</i>", "€60,000", "€24,000",
                     "€84,000", "€67,200", "€16,800", "To check", "EURA2021", "1 March 2027", "28 February 2029",
                     "Long-term unemployed people have no place to meet.\nAbout 60 people"):
        assert fragment in text, fragment
    assert "Your idea paper is ready" in reply.text and "€84,000" in reply.text


async def test_leader_international_interview_in_finnish(bot, fake):
    bot.services.clock = lambda: NOW
    aino = fake.new_user("Aino", "fi")
    reply = await fake.send(aino, "/ideapaperi")
    reply = await run(fake, aino, reply, LEADER_FI[:-7])
    # talkoot comes before the costs; the budget summary comes with the last cost line
    assert "Laskin budjetin" not in reply.text and "Talkootyö (2/2)" in reply.text and "200 h" in reply.text
    reply = await run(fake, aino, reply, LEADER_FI[-7:-2])
    assert "Kustannukset luokittain (5/5)" in reply.text
    reply = await run(fake, aino, reply, LEADER_FI[-2:-1])
    assert "Laskin budjetin" in reply.text and "Talkootyö 200 h × 15\u00a0€: 3\u00a0000\u00a0€" in reply.text
    reply = await run(fake, aino, reply, LEADER_FI[-1:])
    assert "Tarkista vastauksesi" in reply.text
    reply, text = await finish(fake, aino, "📄 Tee ideapaperi")
    for fragment in ("Leader – Yhteistyöhanke, kansainvälinen", "Roheline Küla MTÜ, Viro", "Opintovierailu Viroon",
                     "Aurinkopaneelikokeilu", "Talkootyö 200 h × 15\u00a0€", "Konetyö 10 h × 30\u00a0€", "34\u00a0300\u00a0€",
                     "27\u00a0440\u00a0€", "Hyrrä", "kysely\nhallitus\nsyksy 2027", "Strategia painottaa"):
        assert fragment in text, fragment
    assert reply.documents[0].filename.startswith("ideapaperi-vihrea-kyla-")
    assert "Peräpohjolan Leader ry" in text  # the area answer named Rovaniemi: the paper names its Leader group
    assert_a_document_for_advisors(reply.documents[0].document, "fi-FI", "Vihreä kylä")


async def test_leader_investment_in_english_warns_when_aid_is_below_minimum(bot, fake):
    bot.services.clock = lambda: NOW
    tom = fake.new_user("Tom", "en")
    reply = await fake.send(tom, "/idea")
    reply = await run(fake, tom, reply, LEADER_EN[:-1])
    assert "Here's the budget" in reply.text and "below the minimum €5,000" in reply.text
    reply = await run(fake, tom, reply, LEADER_EN[-1:])
    reply, text = await finish(fake, tom, "📄 Create the paper")
    assert "below the minimum €5,000" in text
    assert "main drawings" in text  # the investment attachments
    assert "The village hall's own property." in text and "No permits; quotes from two contractors." in text


async def test_not_sure_gets_a_recommendation_in_finnish_and_english(bot, fake):
    bot.services.clock = lambda: NOW
    aino = fake.new_user("Aino", "fi")
    reply = await fake.send(aino, "/idea")
    reply = await run(fake, aino, reply, NOT_SURE_FI)
    assert "Suositukseni: ESR+" in reply.text
    assert "haavoittuvassa asemassa olevien" in reply.text and "kaupungissa ESR+ sopii paremmin" in reply.text
    reply = await fake.press(aino, reply.last, "✅ Käy, valitaan se")
    assert "Millainen organisaatio" in reply.text
    reply = await run(fake, aino, reply, ESR_FI[1:])
    reply, text = await finish(fake, aino, "📄 Tee ideapaperi")
    assert "Hankebotin suositus: ESR+" in text and "ESR+ – kansalaistoimijalähtöinen kehittäminen" in text

    tom = fake.new_user("Tom", "en")
    reply = await fake.send(tom, "/idea")
    reply = await run(fake, tom, reply, [press("Not sure"), press("Residents of the village or area"),
                                         press("Yes, in the countryside"), press("Building or purchases"), press("Yes")])
    assert "My recommendation: Leader" in reply.text
    assert "investment project" in reply.text and "international projects" in reply.text
    reply = await fake.press(tom, reply.last, "I'll choose ESR+")  # overriding is allowed
    reply = await run(fake, tom, reply, ESR_EN[1:])
    reply, text = await finish(fake, tom, "📄 Create the paper")
    assert "You chose a different funding than I recommended." in text


async def test_restart_in_the_middle_continues_with_nothing_lost(bot, fake):
    aino = fake.new_user("Aino", "fi")
    reply = await fake.send(aino, "/idea")
    reply = await run(fake, aino, reply, ESR_FI[:8])
    assert "Missä kunnassa" in reply.text
    await bot.restart()
    reply = await fake.send(aino, "Iisalmi")  # taken as a stray message: the bot asks first
    assert "ideapaperi kesken" in reply.text and "Kylän olohuone" in reply.text
    reply = await fake.press(aino, reply.last, "▶️ Jatka")
    assert "Missä kunnassa" in reply.text
    reply = await run(fake, aino, reply, ESR_FI[8:])
    reply, text = await finish(fake, aino, "📄 Tee ideapaperi")
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
    assert "Part 1/6" in reply.text
    assert '"org_name"' not in bot.rows("SELECT data FROM interview_drafts WHERE user_id = ?", (tom.id,))[0]["data"]


async def test_bad_input_at_text_number_and_date_questions(bot, fake):
    tom = fake.new_user("Tom", "en")
    reply = await fake.send(tom, "/idea")
    reply = await fake.send(tom, "something else entirely")  # a choice question: not an option
    assert "couldn't tell one option from that" in reply.text and "Part 1/6" in reply.text
    reply = await run(fake, tom, reply, ESR_EN[:2])
    reply = await fake.send(tom, "🎉🎉")
    assert "Emojis alone" in reply.text
    reply = await fake.send(tom, "x" * 4000)
    assert "4000 characters" in reply.text and "1500" in reply.text
    reply = await fake.send_media(tom, "sticker")
    assert "only read text" in reply.text and "What is the applicant's name" in reply.text
    assert '"org_name": "' not in bot.rows("SELECT data FROM interview_drafts WHERE user_id = ?", (tom.id,))[0]["data"]
    reply = await run(fake, tom, reply, ESR_EN[2:14])
    assert "When would the project start" in reply.text
    reply = await fake.send(tom, "blue moon")
    assert "didn't recognise that date" in reply.text
    reply = await fake.send(tom, "1.6.2027")
    reply = await fake.send(tom, "1.1.2027")
    assert "must come after the start" in reply.text
    reply = await run(fake, tom, reply, ["31.5.2029"] + ESR_EN[16:23])
    assert "Who will work in the project" in reply.text
    reply = await fake.send(tom, "lots of money")
    assert "couldn't read that row" in reply.text


async def test_group_idea_gets_a_deep_link_that_starts_the_interview(bot, fake):
    aino = fake.new_user("Aino", "fi")
    group = fake.new_group("Kyläyhdistys", admins=[aino])
    reply = await fake.send(aino, "/idea", chat=group)
    assert "https://t.me/hankebotti_test_bot?start=idea" in reply.text
    reply = await fake.send(aino, "/start idea")
    assert "Tehdään ideapaperi" in reply.text and "Osa 1/6" in reply.text


async def test_menu_button_starts_the_interview(bot, fake):
    aino = fake.new_user("Aino", "fi")
    menu = (await fake.send(aino, "/start")).last
    reply = await fake.press(aino, menu, "📝 Ideapaperi")
    assert "Mistä rahoitusta haetaan" in reply.text


async def test_mypapers_download_new_version_and_forged_ids(bot, fake):
    bot.services.clock = lambda: NOW
    tom = fake.new_user("Tom", "en")
    reply = await fake.send(tom, "/mypapers")
    assert "don't have any finished idea papers" in reply.text
    reply = await fake.send(tom, "/idea")
    reply = await run(fake, tom, reply, ESR_EN)
    reply, _ = await finish(fake, tom, "📄 Create the paper")
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
    assert not reply.documents and "couldn't find that paper" in reply.alerts[0]
    reply = await fake.press(eve, listing, data=f"iv:nv:{paper_id}")
    assert "couldn't find that paper" in reply.alerts[0]
    reply = await fake.press(tom, listing, data="iv:dl:999999")
    assert "couldn't find that paper" in reply.alerts[0]
    reply = await fake.press(tom, listing, data="iv:zz:track:hacked")
    assert "expired" in reply.alerts[0]
    reply = await fake.press(tom, listing, "📝 New version")
    assert "new version" in reply.text and "Check your answers" in reply.text and "The Village Living Room" in reply.text
    reply = await fake.press(tom, reply.last, "✏️ 3 Idea")
    reply = await fake.press(tom, reply.last, "Name")
    assert "The Village Living Room" in reply.text and "✔ Keep this" in reply.last.button_labels
    reply = await fake.send(tom, "The Village Living Room 2")
    reply, text = await finish(fake, tom, "📄 Create the paper")
    assert "Idea paper: The Village Living Room 2" in text and "Iisalmi" in text


async def test_deleting_data_in_the_middle_of_an_interview_ends_it_cleanly(bot, fake):
    tom = fake.new_user("Tom", "en")
    reply = await fake.send(tom, "/idea")
    reply = await run(fake, tom, reply, ESR_EN[:3])
    question = fake.last(tom)  # the interview's open question, with its buttons
    reply = await fake.send(tom, "/deletedata")
    await fake.press(tom, reply.last, data="privacy:delete:yes")
    assert bot.rows_mentioning(tom.id) == {}
    # Answering the old question, typed or by a button, neither hangs nor brings the deleted draft back.
    reply = await fake.send(tom, "Maija Virtanen, +358 40 123 4567")
    assert reply.messages
    reply = await fake.press(tom, question, "💡 Example")
    assert reply.alerts and "no idea paper in progress" in reply.alerts[0] and "/idea" in reply.alerts[0]
    assert not bot.rows("SELECT * FROM interview_drafts WHERE user_id = ?", (tom.id,))
    reply = await fake.send(tom, "/idea")
    assert "Part 1/6: Funding" in reply.text  # a fresh start
