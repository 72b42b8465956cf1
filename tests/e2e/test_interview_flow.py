"""The interview as a phone user meets it: Keep on Back and Edit, a question typed mid-interview, a list in one
message, echoes on the question's own message, no live stale keyboards, restarts in every sub-step, a resend
after a lost reply, paper delivery that fails, the coach, the short path and the compact review."""

from __future__ import annotations

import json

import conversations.interview_paper as delivery

from .test_interview import ESR_EN, ESR_FI, LEADER_FI, NOW, docx_text, press, run


def live_keyboards(fake, user) -> list:
    """The bot's messages in the chat that still carry buttons."""
    return [m for m in fake.messages(user) if m.document is None and m.button_labels]


def draft(bot, user) -> dict:
    return json.loads(bot.rows("SELECT data FROM interview_drafts WHERE user_id = ?", (user.id,))[0]["data"])


async def start(fake, bot, user, steps):
    bot.services.clock = lambda: NOW
    reply = await fake.send(user, "/idea")
    return await run(fake, user, reply, steps)


async def test_back_and_edit_show_the_whole_answer_with_keep(bot, fake):
    aino = fake.new_user("Aino", "fi")
    need = "Kylässä ei ole kohtaamispaikkaa <vielä> & " + "pitkä perustelu " * 25 + "LOPPU"
    await start(fake, bot, aino, ESR_FI[:5] + [need])
    reply = await fake.press(aino, fake.last(aino), "⬅️ Takaisin")
    assert "Mikä tarve hankkeella on" in reply.text and "LOPPU" in reply.text  # the whole answer, not cut off
    assert "&lt;vielä&gt; &amp;" in reply.last.html  # escaped
    reply = await fake.press(aino, reply.last, "✔ Pidä tämä")
    assert "Mikä on hankkeen tavoite" in reply.text and draft(bot, aino)["answers"]["need"] == need
    reply = await fake.press(aino, fake.last(aino), "⬅️ Takaisin")
    reply = await fake.send(aino, "sama")
    assert "Mikä on hankkeen tavoite" in reply.text and draft(bot, aino)["answers"]["need"] == need
    reply = await run(fake, aino, reply, ESR_FI[6:])
    review = fake.last(aino)
    assert "Tarkista vastauksesi" in review.text
    reply = await fake.press(aino, review, "✏️ 4 Toteutus")
    reply = await fake.press(aino, reply.last, "Päättyy")
    assert "Milloin hanke päättyisi" in reply.text and "28.2.2029" in reply.text
    assert reply.last.message_id == review.message_id  # the same message, edited in place
    reply = await fake.send(aino, "kesäkuun loppuun 2029")
    assert "30.6.2029" in reply.text and "Tarkista vastauksesi" in reply.text
    assert reply.messages[-1].message_id == review.message_id and not [m for m in reply.messages if m.edits == 0]
    answers = draft(bot, aino)["answers"]
    assert answers["start"] == "2027-03-01" and answers["end"] == "2029-06-30"


async def test_a_question_typed_mid_interview_goes_to_the_faq_and_the_interview_waits(bot, fake):
    aino = fake.new_user("Aino", "fi")
    await start(fake, bot, aino, ESR_FI[:2])
    reply = await fake.send(aino, "mistä näen meidän y-tunnuksen?")
    assert "Onko tämä vastaus vai kysymys" in reply.text
    assert {"Se on vastaus", "Se on kysymys – vastaa siihen"} <= set(reply.last.button_labels)
    assert "org_name" not in draft(bot, aino)["answers"]
    reply = await fake.press(aino, reply.last, "Se on kysymys")
    assert "Jatketaan haastattelua" in reply.text and "Mikä on hakijan nimi" in reply.text
    assert "org_name" not in draft(bot, aino)["answers"]
    reply = await fake.send(aino, "Onko Kylän olohuone ry hyvä nimi?")
    reply = await fake.press(aino, reply.last, "Se on vastaus")
    assert draft(bot, aino)["answers"]["org_name"] == "Onko Kylän olohuone ry hyvä nimi?"
    assert "Kuka on yhteyshenkilö" in reply.text


async def test_a_list_in_one_message_is_echoed_on_the_question_itself(bot, fake):
    aino = fake.new_user("Aino", "fi")
    await start(fake, bot, aino, ESR_FI[:10])
    question = fake.last(aino)
    assert "Mitä hankkeessa tehdään" in question.text
    reply = await fake.send(aino, "1. kysely\n2. talkoot\n3. energiaillat")
    assert draft(bot, aino)["answers"]["actions"] == ["kysely", "talkoot", "energiaillat"]
    assert "✔ Tallennettu (3)" in question.text and "3. energiaillat" in question.text and not question.button_labels
    assert reply.last.message_id != question.message_id and "Kuka hankkeen toimenpiteet toteuttaa" in reply.last.text


async def test_i_dont_know_the_start_gets_a_date_to_hold_the_place(bot, fake):
    aino = fake.new_user("Aino", "fi")
    await start(fake, bot, aino, LEADER_FI[:18])
    reply = await fake.send(aino, "en tiedä vielä, hallitus päättää")
    assert "ei vielä tiedossa – ei haittaa" in reply.last.text and "start" not in draft(bot, aino)["answers"]
    hold = next(label for label in reply.last.button_labels if label.endswith("toistaiseksi"))
    reply = await fake.press(aino, reply.last, hold)
    held = hold.removeprefix("✔ ").removesuffix(" toistaiseksi")
    assert f"✔ Alkaa {held}" in fake.messages(aino)[-2].text + reply.text
    day, month, year = (int(part) for part in held.split("."))
    assert draft(bot, aino)["answers"]["start"] == f"{year:04d}-{month:02d}-{day:02d}"


async def test_echoes_of_dates_and_choices(bot, fake):
    aino = fake.new_user("Aino", "fi")
    reply = await start(fake, bot, aino, LEADER_FI[:18])
    question = fake.last(aino)
    reply = await fake.send(aino, "1.8.27")
    assert "✔ Alkaa 1.8.2027 – korjaa, jos väärin" in question.text
    reply = await fake.send(aino, "syksyllä 2029")  # the end: a vague date is proposed, not taken
    assert "ehdotan <b>30.11.2029</b>" in reply.last.html and "end" not in draft(bot, aino)["answers"]
    reply = await fake.press(aino, reply.last, "✏️ Kirjoitan toisen")
    reply = await fake.send(aino, "kesäkuun loppuun 2029")
    assert "✔ Päättyy 30.6.2029" in reply.text
    first = fake.messages(aino)[0]
    assert "✔ Leader" in first.text  # the track choice echoed on its own question


async def test_no_live_stale_keyboards_and_an_old_button_continues(bot, fake):
    tom = fake.new_user("Tom", "en")
    await start(fake, bot, tom, ESR_EN[:8])
    assert len(live_keyboards(fake, tom)) == 1
    old = [m for m in fake.messages(tom) if "What kind of organisation" in m.text][0]
    reply = await fake.press(tom, old, data="iv:a:org_type:foundation")
    assert "earlier question" in reply.alerts[0] and "expired" not in reply.alerts[0]
    assert "go on from here" in reply.text and "In which municipality" in reply.text
    assert draft(bot, tom)["answers"]["org_type"] == "association"
    assert len(live_keyboards(fake, tom)) == 1


async def test_restart_in_every_new_sub_step(bot, fake):
    aino = fake.new_user("Aino", "fi")
    await start(fake, bot, aino, ESR_FI[:2])
    await fake.send(aino, "mistä näen meidän y-tunnuksen?")
    await bot.restart()
    reply = await fake.press(aino, fake.last(aino), "Se on vastaus")  # the open "answer or question?"
    assert draft(bot, aino)["answers"]["org_name"] == "mistä näen meidän y-tunnuksen?"
    reply = await run(fake, aino, reply, ESR_FI[3:14])
    assert "Milloin hanke alkaisi" in reply.text
    await fake.send(aino, "ensi syksynä")
    await bot.restart()
    reply = await fake.press(aino, fake.last(aino), "✔")  # the open date proposal
    assert draft(bot, aino)["answers"]["start"].endswith("-09-01") and "Milloin hanke päättyisi" in reply.text
    reply = await run(fake, aino, reply, ESR_FI[15:23])
    await fake.send(aino, "ohjaaja 24 kk 2000 €/kk 100 %")
    await bot.restart()
    reply = await fake.send(aino, "koordinaattori 12 kk 3000 €/kk 50 %")  # a stray message after a restart: asked first
    reply = await fake.press(aino, reply.last, "▶️ Jatka")
    assert "ohjaaja" in reply.text
    reply = await fake.send(aino, "koordinaattori 12 kk 3000 €/kk 50 %")
    assert len(draft(bot, aino)["answers"]["esr_staff"]) == 2
    reply = await fake.press(aino, reply.last, "✅ Valmis")
    reply = await fake.send(aino, "omat varat 5 000 €")
    review = fake.last(aino)
    reply = await fake.press(aino, review, "✏️ 3 Idea")
    await bot.restart()
    reply = await fake.press(aino, fake.last(aino), "Nimi")  # the open part list
    assert "Mikä on hankeidean nimi" in reply.text and "✔ Pidä tämä" in reply.last.button_labels


async def test_a_resend_after_a_lost_reply_is_not_the_next_answer(bot, fake):
    aino = fake.new_user("Aino", "fi")
    await start(fake, bot, aino, ESR_FI[:5])
    reply = await fake.send(aino, "Kylän olohuone")
    assert "on jo tallessa" in reply.text and "Mikä tarve hankkeella on" in reply.text
    assert "need" not in draft(bot, aino)["answers"]


async def test_paper_delivery_that_fails_points_to_the_saved_paper(bot, fake, monkeypatch):
    monkeypatch.setattr(delivery, "SEND_DELAYS", (0, 0, 0))
    tom = fake.new_user("Tom", "en")
    await start(fake, bot, tom, ESR_EN)
    review = fake.last(tom)
    fake.fail("sendDocument", 500, "Internal Server Error", times=4)
    reply = await fake.press(tom, review, "📄 Create the paper")
    assert not reply.documents and "is saved" in reply.text and "went wrong" not in reply.text
    reply = await fake.press(tom, reply.last, "⬇️ Download the idea paper")
    assert "Idea paper: The Village Living Room" in docx_text(reply.documents[0].document)
    reply = await fake.press(tom, review, data="iv:m")  # "Create" again after a lost response
    assert not reply.alerts or "expired" not in reply.alerts[0]
    assert "already made and saved" in reply.text and "⬇️ Download the idea paper" in reply.last.button_labels
    fake.rejected[:] = [r for r in fake.rejected if r[0] != "sendDocument"]  # the failures this test asked for


async def test_the_coach_flags_an_answer_with_improve_and_keep(bot, fake):
    tom = fake.new_user("Tom", "en")
    await start(fake, bot, tom, ESR_EN[:17])
    question = fake.last(tom)
    reply = await fake.send(tom, "participants\nwellbeing")
    assert "🧭" in question.text and question.button_labels
    assert draft(bot, tom)["coach_open"].get("indicators")
    reply = await fake.press(tom, question, "Improve")
    assert "How will the results be measured" in reply.text and "participants" in reply.text
    reply = await fake.send(tom, "participants, 40 people\nevents, 80 a year")
    assert "indicators" not in draft(bot, tom)["coach_open"]
    assert "How does the project promote equality" in reply.text  # back where the user was
    reply = await run(fake, tom, reply, ESR_EN[18:20])
    question = fake.last(tom)
    reply = await fake.send(tom, "Finding participants")  # a risk with no way to prepare for it
    assert "🧭" in question.text and draft(bot, tom)["coach_open"].get("risks")
    reply = await fake.press(tom, question, "Keep")
    assert reply.alerts == ["OK, the answer stays as it is."] and not question.button_labels
    assert draft(bot, tom)["coach_open"].get("risks")  # kept: listed in the review and the paper
    assert len(live_keyboards(fake, tom)) == 1


async def test_the_short_path_asks_the_essentials_and_the_rest_later(bot, fake):
    tom = fake.new_user("Tom", "en")
    bot.services.clock = lambda: NOW
    reply = await fake.send(tom, "/idea")
    reply = await fake.press(tom, reply.last, "⏱ In a hurry")
    reply = await run(fake, tom, reply, [press("ESR+"), press("Registered association"), "Village Living Room Association",
                                          "Maija, 040 123", "The Village Living Room", "No place to meet.", "People meet weekly.",
                                          "meeting place\ncooking group", "1.3.2027–28.2.2029",
                                          ["coordinator 24 months 2500 €/month 100 %"]])
    assert "Check your answers" in reply.text and "left out" in reply.text
    assert any(label.startswith("➕ Fill in the rest") for label in reply.last.button_labels)
    reply = await fake.press(tom, reply.last, "➕ Fill in the rest")
    assert "Who is the target group" in reply.text
    aino = fake.new_user("Aino", "fi")
    await fake.send(aino, "/idea")
    reply = await fake.send(aino, "minulla on kiire")  # said, not pressed
    assert "kysyn vain tärkeimmät" in reply.text and draft(bot, aino)["hurry"] is True


async def test_the_review_is_compact_with_one_button_per_row_and_checks_in_words(bot, fake):
    aino = fake.new_user("Aino", "fi")
    await start(fake, bot, aino, LEADER_FI)
    review = fake.last(aino)
    assert "Tarkista vastauksesi" in review.text and len(review.text) <= 1200
    assert all(len(row) == 1 for row in review.buttons) and len(review.buttons) == 7
    tom = fake.new_user("Tom", "en")
    await start(fake, bot, tom, ESR_EN)
    review = fake.last(tom)
    assert "To check (" in review.text and "No partners are named" in review.text and len(review.text) <= 1200


async def test_a_and_b_in_the_list_asks_one_thing_or_two(bot, fake):
    aino = fake.new_user("Aino", "fi")
    await start(fake, bot, aino, ESR_FI[:10])
    reply = await fake.send(aino, "pihan kunnostus ja aitaaminen")
    assert "Kirjaanko tämän yhdeksi vai kahdeksi asiaksi?" in reply.text
    assert "actions" not in draft(bot, aino)["answers"]  # nothing decided for the user
    assert {"Yksi asia", "Kaksi: pihan kunnostus / aitaaminen"} <= set(reply.last.button_labels)
    # A restart while the bot waits for the answer: the question is still open afterwards.
    await bot.restart()
    reply = await fake.press(aino, reply.last, "Kaksi: pihan kunnostus / aitaaminen")
    assert draft(bot, aino)["answers"]["actions"] == ["pihan kunnostus", "aitaaminen"]
    assert "Kuka hankkeen toimenpiteet toteuttaa" in reply.last.text


async def test_one_thing_with_and_stays_one_item_when_the_user_says_so(bot, fake):
    tom = fake.new_user("Tom", "en")
    await start(fake, bot, tom, ESR_EN[:10])
    reply = await fake.send(tom, "a trailer and tools for the village")
    assert "one thing or two" in reply.text
    await fake.press(tom, reply.last, "One thing")
    assert draft(bot, tom)["answers"]["actions"] == ["a trailer and tools for the village"]


async def test_one_thing_or_two_pressed_twice_saves_the_items_once(bot, fake):
    aino = fake.new_user("Aino", "fi")
    await start(fake, bot, aino, ESR_FI[:10])
    question = await fake.send(aino, "pihan kunnostus ja aitaaminen")
    two = question.last.callback_data("Kaksi: pihan kunnostus / aitaaminen")
    await fake.press(aino, question.last, data=two)
    again = await fake.press(aino, question.last, data=two)  # a double tap on a slow phone: the keyboard is gone
    assert draft(bot, aino)["answers"]["actions"] == ["pihan kunnostus", "aitaaminen"]
    assert again.alerts == ["Tuo painike kuului aiempaan kysymykseen – jatketaan tästä."]  # nothing applied twice
    assert "Kuka hankkeen toimenpiteet toteuttaa" in fake.last(aino).text


async def test_a_date_proposal_confirmed_twice_saves_it_once_and_asks_on(bot, fake):
    aino = fake.new_user("Aino", "fi")
    await start(fake, bot, aino, LEADER_FI[:18])
    await fake.send(aino, "1.8.27")
    proposal = await fake.send(aino, "syksyllä 2029")
    assert "ehdotan <b>30.11.2029</b>" in proposal.last.html
    yes = proposal.last.callback_data("✔ 30.11.2029")
    await fake.press(aino, proposal.last, data=yes)
    await fake.press(aino, proposal.last, data=yes)
    answers = draft(bot, aino)["answers"]
    assert answers["end"] == "2029-11-30" and answers["start"] == "2027-08-01"


async def test_a_comma_line_kept_whole_by_the_rules_is_asked_with_every_part_listed(bot, fake):
    aino = fake.new_user("Aino", "fi")
    await start(fake, bot, aino, ESR_FI[:10])
    reply = await fake.send(aino, "hankitaan <b>defibrillaattori</b>, ensiapukurssi ja tiedote kotitalouksiin")
    assert "vai näin 3 erilliseksi?" in reply.text
    assert "1. hankitaan &lt;b&gt;defibrillaattori&lt;/b&gt;" in reply.last.html  # listed, escaped
    assert "actions" not in draft(bot, aino)["answers"]
    await bot.restart()
    await fake.press(aino, reply.last, "3 erillistä asiaa")
    assert draft(bot, aino)["answers"]["actions"] == ["hankitaan <b>defibrillaattori</b>", "ensiapukurssi", "tiedote kotitalouksiin"]


async def test_a_list_corrected_while_typed_is_shown_corrected_and_saved_only_when_chosen(bot, fake):
    aino = fake.new_user("Aino", "fi")
    await start(fake, bot, aino, ESR_FI[:10])
    reply = await fake.send(aino, "lattia, katto, ei kattoa sittenkää, ja <i>ikkunat</i>")
    assert "Kirjaanko tämän yhdeksi vai kahdeksi asiaksi?" in reply.text or "erilliseksi" in reply.text
    assert "<b>lattia, katto, ei kattoa sittenkää, ja &lt;i&gt;ikkunat&lt;/i&gt;</b>" in reply.last.html  # escaped
    assert "Kaksi: lattia / ikkunat" in reply.last.button_labels  # the corrected list, as plain button text; nothing noted yet
    assert "actions" not in draft(bot, aino)["answers"]
    await bot.restart()  # the question waits in SQLite
    await fake.press(aino, reply.last, "Kaksi: lattia / ikkunat")
    assert draft(bot, aino)["answers"]["actions"] == ["lattia", "<i>ikkunat</i>"]


async def test_an_undecided_list_answer_is_not_saved_as_the_action(bot, fake):
    aino = fake.new_user("Aino", "fi")
    await start(fake, bot, aino, ESR_FI[:10])
    reply = await fake.send(aino, "ei oo vielä päätetty")
    assert "en näe hakemusta tai muita papereita" in reply.text and "komennolla /paperit" in reply.text
    assert "actions" not in draft(bot, aino)["answers"]
    reply = await fake.send(aino, "1. kysely\n2. työpajat\n3. raportti")
    assert draft(bot, aino)["answers"]["actions"] == ["kysely", "työpajat", "raportti"]


async def test_unclear_talkoot_hours_are_counted_together_in_three_small_questions(bot, fake):
    aino = fake.new_user("Aino", "fi")
    steps = LEADER_FI[:LEADER_FI.index("200 h")]
    await start(fake, bot, aino, steps)
    reply = await fake.send(aino, "pari päivää, 10 henkeä, 6 h")  # a vague count of days: no product is made up
    assert "Lasketaan se yhdessä" in reply.text and "1/3 Montako ihmistä" in reply.text
    assert "talkoot" not in draft(bot, aino)["answers"]
    reply = await fake.send(aino, "kymmenen")
    assert "Talkoolaisia: 10" in reply.text and "2/3" in reply.text
    await bot.restart()  # the count so far is in SQLite, not in memory
    reply = await fake.send(aino, "2")  # a stray message after a restart: the bot asks first
    reply = await fake.press(aino, reply.last, "▶️ Jatka")
    assert "Talkoolaisia: 10" in reply.text and "2/3" in reply.text
    reply = await fake.send(aino, "en tiedä")
    assert "Kirjoita päivien tai kertojen määrä" in reply.text and "2/3" in reply.text
    await fake.send(aino, "2")
    reply = await fake.send(aino, "6")
    assert draft(bot, aino)["answers"]["talkoot"] == {"volunteer_hours": "120"}
    assert "120 h" in reply.text and "(10 henkeä × 2 päivää tai kertaa × 6 h)" in reply.text
    assert len(live_keyboards(fake, aino)) == 1  # the count's buttons are gone; only the machine-hours question's


async def test_the_whole_figure_typed_during_the_count_is_taken(bot, fake):
    aino = fake.new_user("Aino", "fi")
    await start(fake, bot, aino, LEADER_FI[:LEADER_FI.index("200 h")])
    await fake.send(aino, "meitä mummoja on kuusi ja me leivotaan pullaa")
    await fake.send(aino, "6 henkeä × 3 päivää × 5 h")
    assert draft(bot, aino)["answers"]["talkoot"] == {"volunteer_hours": "90"}


async def test_an_undecided_answer_sent_twice_is_taken_as_the_users_own_words(bot, fake):
    aino = fake.new_user("Aino", "fi")
    await start(fake, bot, aino, ESR_FI[:10])
    await fake.send(aino, "ei oo vielä päätetty")
    assert "actions" not in draft(bot, aino)["answers"]
    await fake.send(aino, "ei oo vielä päätetty")  # the user insists
    assert draft(bot, aino)["answers"]["actions"] == ["ei oo vielä päätetty"]


async def test_figures_the_answer_adds_or_multiplies_are_echoed_with_their_working(bot, fake):
    aino = fake.new_user("Aino", "fi")
    await start(fake, bot, aino, LEADER_FI[:LEADER_FI.index("200 h")])
    reply = await fake.send(aino, "- rakentaminen 120 h\n- maalaus <b>40 h</b>")  # one task per line, markup escaped
    assert draft(bot, aino)["answers"]["talkoot"] == {"volunteer_hours": "160"}
    assert "160 h" in reply.text and "(120 h + 40 h)" in reply.text
    await fake.send(aino, "10")  # machine hours
    reply = await fake.send(aino, "kaivurityö 65 €/h, arvioin 40 tuntia")
    shown = reply.text.replace("\u00a0", " ")
    assert "Henkilöstökulut: 2 600 €\n(40 × 65 €)" in shown
    reply = await fake.send(aino, "katto 8000, ikkunat 3500 ja maalit 1200, laske ite yhteen")  # proposed, not saved
    shown = reply.text.replace("\u00a0", " ")
    assert "laskin vastauksesi luvuista 8 000 € + 3 500 € + 1 200 € = 12 700 €. Kirjaanko sen?" in shown
    assert "travel" not in draft(bot, aino)["answers"]["leader_costs"]
    reply = await fake.send(aino, "- katto 8000\n- ikkunat 3500\n- maalit 1200\nYht 12700")  # a total that agrees
    shown = reply.text.replace("\u00a0", " ")
    assert "Matkakulut: 12 700 €\n(8 000 € + 3 500 € + 1 200 €)" in shown


async def test_a_lone_item_is_read_back_and_survives_a_restart_and_a_double_tap(bot, fake):
    aino = fake.new_user("Aino", "fi")
    await start(fake, bot, aino, ESR_FI[:10])
    reply = await fake.send(aino, "kylätalon <i>keittiö</i> kuntoon")
    assert "Toimenpiteet: kirjaanko tämän?" in reply.text
    assert "<b>kylätalon &lt;i&gt;keittiö&lt;/i&gt; kuntoon</b>" in reply.last.html  # escaped, shown whole
    assert "actions" not in draft(bot, aino)["answers"]  # nothing noted before the person says so
    assert reply.last.button_labels == ["✔ Kirjaa, siinä kaikki", "✏️ Kirjoitan toisin"]
    await bot.restart()  # the read-back is waiting in SQLite, not in memory
    reply = await fake.press(aino, reply.last, "✏️ Kirjoitan toisin")
    assert "Kirjoita se uudelleen" in reply.text and "actions" not in draft(bot, aino)["answers"]
    question = await fake.send(aino, "kylätalon katon korjaus")
    yes = question.last.callback_data("✔ Kirjaa, siinä kaikki")
    await fake.press(aino, question.last, data=yes)
    again = await fake.press(aino, question.last, data=yes)  # a double tap: noted once, the next question stays
    assert draft(bot, aino)["answers"]["actions"] == ["kylätalon katon korjaus"]
    assert again.alerts == ["Tuo painike kuului aiempaan kysymykseen – jatketaan tästä."]
    assert "Kuka hankkeen toimenpiteet toteuttaa" in fake.last(aino).text


async def test_items_sent_one_by_one_keep_the_first_and_add_the_next(bot, fake):
    tom = fake.new_user("Tom", "en")
    await start(fake, bot, tom, ESR_EN[:10])
    reply = await fake.send(tom, "A weekly meeting place")
    assert "shall I note this?" in reply.text and "✔ Note it, that's all" in reply.last.button_labels
    reply = await fake.send(tom, "A cooking group")  # the next item as its own message: the first one stands
    assert draft(bot, tom)["answers"]["actions"] == ["A weekly meeting place", "A cooking group"]
    assert not [m for m in live_keyboards(fake, tom) if "✔ Note it, that's all" in m.button_labels]  # old read-back gone
    await fake.press(tom, reply.last, "✅ Done")
    assert draft(bot, tom)["answers"]["actions"] == ["A weekly meeting place", "A cooking group"]
