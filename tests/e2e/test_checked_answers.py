"""A long or turning answer is read back before it is saved ("Luin: Leader – paina ✔"): a typed choice with the
option buttons, a list from one long line, a date and a figure. A wrong reading is put right with one tap; a
restart keeps the read-back; a double tap saves once; a short plain answer is still saved at once."""

from __future__ import annotations

from .test_hours_calc_breaks import TO_HOURS, hours, live_iv, pending
from .test_interview import ESR_EN, ESR_FI, LEADER_FI
from .test_interview_flow import draft, start

STALE = "Tuo painike kuului aiempaan kysymykseen – jatketaan tästä."
TRACK_SAID_WRONG = "ESR:ää ee tarvita, ee meillä oo mittään syrjäytyneitä projektia. remonttirahhoo vuan kylätalolle"


async def test_a_typed_choice_that_turns_is_read_back_and_another_button_puts_it_right(bot, fake):
    aino = fake.new_user("Aino", "fi")
    await start(fake, bot, aino, [])
    reply = await fake.send(aino, TRACK_SAID_WRONG)
    shown = reply.last
    assert "Rahoitus: luin vastauksestasi" in shown.text and "Paina ✔, jos se on oikein" in shown.text
    assert shown.button_labels[0].startswith("✔ ") and "Leader" in shown.button_labels
    assert "track" not in draft(bot, aino)["answers"] and pending(bot, aino)["kind"] == "choice"
    await bot.restart()  # the read-back waits in SQLite
    leader = shown.callback_data("Leader")
    first = await fake.press(aino, shown, data=leader)
    again = await fake.press(aino, shown, data=leader)  # a double tap: chosen once
    assert draft(bot, aino)["answers"]["track"] == "leader" and pending(bot, aino) is None
    assert "Millainen Leader-hanke on kyseessä?" in first.text + fake.last(aino).text
    assert again.alerts == [STALE] and len(live_iv(fake, aino)) == 1


async def test_a_choice_read_back_is_confirmed_by_a_typed_joo(bot, fake):
    aino = fake.new_user("Aino", "fi")
    await start(fake, bot, aino, [])
    reply = await fake.send(aino, "Leader tietysti, sieltä me ollaan ennenki saatu rahaa kylätalon remonttiin")
    assert reply.last.button_labels[0] == "✔ Leader" and "track" not in draft(bot, aino)["answers"]
    await fake.send(aino, "joo")
    assert draft(bot, aino)["answers"]["track"] == "leader"


async def test_a_short_typed_choice_is_still_taken_at_once(bot, fake):
    tom = fake.new_user("Tom", "en")
    await start(fake, bot, tom, [])
    await fake.send(tom, "leader")
    assert draft(bot, tom)["answers"]["track"] == "leader" and pending(bot, tom) is None


async def test_a_list_from_one_long_line_is_read_back_whole_and_survives_a_restart(bot, fake):
    aino = fake.new_user("Aino", "fi")
    await start(fake, bot, aino, ESR_FI[:10])
    reply = await fake.send(aino, "piirakkakurssi (kaksi kertaa), karjalan kielen ilta, ja <b>valokuvanäyttely</b>")
    shown = reply.last
    assert "Toimenpiteet: luin vastauksestasi nämä 3:" in shown.text
    assert "1. piirakkakurssi (kaksi kertaa)" in shown.text and "&lt;b&gt;valokuvanäyttely&lt;/b&gt;" in shown.html
    assert shown.button_labels == ["✔ Kirjaa nämä 3", "✏️ Kirjoitan toisin"]
    assert "actions" not in draft(bot, aino)["answers"]
    await bot.restart()
    yes = shown.callback_data("✔ Kirjaa nämä 3")
    await fake.press(aino, shown, data=yes)
    again = await fake.press(aino, shown, data=yes)
    assert draft(bot, aino)["answers"]["actions"] == [
        "piirakkakurssi (kaksi kertaa)", "karjalan kielen ilta", "<b>valokuvanäyttely</b>"]
    assert again.alerts == [STALE] and "Kuka hankkeen toimenpiteet toteuttaa" in fake.last(aino).text


async def test_a_list_read_back_refused_is_typed_again_line_by_line(bot, fake):
    tom = fake.new_user("Tom", "en")
    await start(fake, bot, tom, ESR_EN[:10])
    reply = await fake.send(tom, "mentoring, visits to workplaces (maybe 3), and a final seminar for everyone involved")
    assert "Actions: I read these 3 in your answer:" in reply.last.text
    reply = await fake.press(tom, reply.last, "✏️ I'll write it differently")
    assert "actions" not in draft(bot, tom)["answers"] and pending(bot, tom) is None
    await fake.send(tom, "mentoring\nworkplace visits\na final seminar")
    assert draft(bot, tom)["answers"]["actions"] == ["mentoring", "workplace visits", "a final seminar"]


async def test_a_date_in_a_turning_answer_is_read_back_and_a_new_date_typed_instead(bot, fake):
    aino = fake.new_user("Aino", "fi")
    await start(fake, bot, aino, LEADER_FI[:18])
    reply = await fake.send(aino, "tammikuussa ois tarkotus alottaa... ei ku se päätös tulee vasta maaliskuussa")
    assert "Alkaa: luin vastauksestasi" in reply.last.text and "start" not in draft(bot, aino)["answers"]
    assert reply.last.button_labels[1] == "✏️ Kirjoitan toisen"
    await fake.send(aino, "huhtikuun alusta")
    assert draft(bot, aino)["answers"]["start"] == "2027-04-01"


async def test_a_figure_in_a_long_answer_is_read_back_and_saved_with_one_tap(bot, fake):
    aino = fake.new_user("Aino", "fi")
    await start(fake, bot, aino, TO_HOURS)
    reply = await fake.send(aino, "meillä on iso porukka tulossa mutta sanotaan nyt että 120 tuntia")
    assert "luin vastauksestasi <b>120 h</b>. Kirjaanko sen?" in reply.last.html
    assert (hours(bot, aino) or {}).get("volunteer_hours") is None
    await fake.press(aino, reply.last, "✔ 120 h")
    assert hours(bot, aino) == {"volunteer_hours": "120"}


async def test_a_long_answer_naming_both_funds_is_read_back_with_the_one_it_ends_on(bot, fake):
    tom = fake.new_user("Tom", "en")
    await start(fake, bot, tom, [])
    reply = await fake.send(tom, "I think ESR+ is more for social things, so Leader for us.")
    assert "Funding: I read <b>Leader</b> in your answer." in reply.last.html
    assert reply.last.button_labels[0] == "✔ Leader" and "track" not in draft(bot, tom)["answers"]
    await fake.press(tom, reply.last, "✔ Leader")
    assert draft(bot, tom)["answers"]["track"] == "leader"


async def test_volunteer_hours_with_a_tractor_beside_them_leave_the_tractor_out_and_ask(bot, fake):
    aino = fake.new_user("Aino", "fi")
    await start(fake, bot, aino, TO_HOURS)
    reply = await fake.send(aino, "rataraivaus 150 h + korien asennus 60 h, traktori 10 h lisäksi")
    shown = reply.last.html.replace("\u00a0", " ")
    assert "laskin vain talkoolaisten työn 150 h + 60 h = <b>210 h</b>" in shown and "konetunnit kysyn erikseen" in shown
    assert (hours(bot, aino) or {}).get("volunteer_hours") is None
    await fake.press(aino, reply.last, "✔ 210 h")
    assert hours(bot, aino) == {"volunteer_hours": "210"}
