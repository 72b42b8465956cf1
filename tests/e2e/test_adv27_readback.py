"""Adversarial review 27, end to end through the fake Bot API: the read-backs of long or turning answers (resends after
a confirmation, a sticker or 4 000 characters while one is open, the button's words typed, stale and forged buttons,
restarts). Written by a helper that did not write the read-backs; the failures it found were fixed 6.12.2026."""

from __future__ import annotations

from .test_hours_calc_breaks import TO_HOURS, hours, live_iv, pending
from .test_interview import ESR_FI, LEADER_FI, run
from .test_interview_flow import draft, start

STALE = "Tuo painike kuului aiempaan kysymykseen – jatketaan tästä."
MEDIA = "Luen vain tekstiä"
TOO_LONG = "enimmäispituus on"
RESEND = "on jo tallessa vastauksena"
LONG_LEADER = "Leader tietysti, sieltä me ollaan ennenki saatu rahaa kylätalon remonttiin"
MISREAD = "ESR:ää ee tarvita, ee meillä oo mittään syrjäytyneitä projektia. remonttirahhoo vuan kylätalolle"
LINE = "piirakkakurssi (kaksi kertaa), karjalan kielen ilta, ja valokuvanäyttely"
ITEMS = ["piirakkakurssi (kaksi kertaa)", "karjalan kielen ilta", "valokuvanäyttely"]
DATE_TURN = "tammikuussa ois tarkotus alottaa... ei ku se päätös tulee vasta maaliskuussa"
FIG_LONG = "meillä on iso porukka tulossa mutta sanotaan nyt että 120 tuntia"


def answers(bot, user):
    return draft(bot, user)["answers"]


# ------------------------------------------------------------------ failures found by the review, fixed the same day

async def test_E1_resend_of_a_long_choice_confirmed_by_joo_is_known_as_a_resend(bot, fake):
    """Slow phone: the long track answer arrives again after "joo" confirmed it. Before this change a typed
    choice was saved at once and its resend was recognised ("on jo tallessa"); now "joo" is what is remembered,
    and the resend is read as the answer to the next question (Hanketyyppi)."""
    aino = fake.new_user("Aino", "fi")
    await start(fake, bot, aino, [])
    await fake.send(aino, LONG_LEADER)
    await fake.send(aino, "joo")
    assert answers(bot, aino)["track"] == "leader"
    reply = await fake.send(aino, LONG_LEADER)
    assert RESEND in reply.text, reply.text
    assert pending(bot, aino) is None


async def test_E1b_resend_after_the_check_button_is_known_as_a_resend(bot, fake):
    aino = fake.new_user("Aino", "fi")
    await start(fake, bot, aino, [])
    reply = await fake.send(aino, LONG_LEADER)
    await fake.press(aino, reply.last, "✔ Leader")
    reply = await fake.send(aino, LONG_LEADER)
    assert RESEND in reply.text, reply.text


async def test_E2_sticker_during_a_date_read_back_says_why(bot, fake):
    aino = fake.new_user("Aino", "fi")
    await start(fake, bot, aino, LEADER_FI[:18])
    await fake.send(aino, DATE_TURN)
    assert pending(bot, aino)["kind"] == "date"
    reply = await fake.send_media(aino, "sticker")
    assert pending(bot, aino)["kind"] == "date" and "start" not in answers(bot, aino)
    assert MEDIA in reply.text, reply.text


async def test_E2b_4000_characters_during_a_date_read_back_says_why(bot, fake):
    aino = fake.new_user("Aino", "fi")
    await start(fake, bot, aino, LEADER_FI[:18])
    await fake.send(aino, DATE_TURN)
    reply = await fake.send(aino, "a" * 4000)
    assert pending(bot, aino)["kind"] == "date" and "start" not in answers(bot, aino)
    assert TOO_LONG in reply.text, reply.text


async def test_E2c_sticker_during_a_figure_read_back_says_why(bot, fake):
    aino = fake.new_user("Aino", "fi")
    await start(fake, bot, aino, TO_HOURS)
    await fake.send(aino, FIG_LONG)
    reply = await fake.send_media(aino, "sticker")
    assert pending(bot, aino)["kind"] == "figure" and (hours(bot, aino) or {}).get("volunteer_hours") is None
    assert MEDIA in reply.text, reply.text


async def test_E3_joo_leader_to_a_misread_esr_does_not_save_esr(bot, fake):
    aino = fake.new_user("Aino", "fi")
    await start(fake, bot, aino, [])
    reply = await fake.send(aino, MISREAD)
    assert reply.last.button_labels[0] == "✔ ESR+ (kansalaislähtöinen kehittäminen)" or pending(bot, aino)["value"] == "esr"
    await fake.send(aino, "joo, Leader")
    assert answers(bot, aino).get("track") != "esr"


async def test_E4_typing_kirjaa_naama_keeps_the_three_items(bot, fake):
    aino = fake.new_user("Aino", "fi")
    await start(fake, bot, aino, ESR_FI[:10])
    reply = await fake.send(aino, LINE)
    assert "✔ Kirjaa nämä 3" in reply.last.button_labels
    reply = await fake.send(aino, "kirjaa nämä")
    assert answers(bot, aino).get("actions") == ITEMS or (pending(bot, aino) or {}).get("items") == ITEMS, reply.text


# ------------------------------------------------------------------ cases that hold

async def test_ok_stale_digest_forged_and_other_question_buttons(bot, fake):
    aino = fake.new_user("Aino", "fi")
    await start(fake, bot, aino, ESR_FI[:10])
    first = (await fake.send(aino, LINE)).last
    old_yes = first.callback_data("✔ Kirjaa nämä 3")
    second = (await fake.send(aino, "kahvila (torstaisin), kerho, retki")).last
    assert "✔ Kirjaa nämä 3" in second.button_labels
    new_yes = second.callback_data("✔ Kirjaa nämä 3")
    r = await fake.press(aino, first, data=old_yes)
    assert r.alerts == [STALE] and "actions" not in answers(bot, aino)
    r = await fake.press(aino, second, data="iv:li:actions:y00000000")
    assert r.alerts == [STALE] and "actions" not in answers(bot, aino)
    r = await fake.press(aino, second, data=new_yes.replace(":actions:", ":doers:"))
    assert r.alerts == [STALE] and "actions" not in answers(bot, aino)
    r = await fake.press(aino, second, data="iv:li:actions:yes")
    assert "actions" not in answers(bot, aino)
    await fake.press(aino, fake.last(aino), "✔ Kirjaa nämä 3")
    assert answers(bot, aino)["actions"] == ["kahvila (torstaisin)", "kerho", "retki"]
    assert len(live_iv(fake, aino)) == 1


async def test_ok_forged_choice_buttons_during_a_choice_read_back(bot, fake):
    aino = fake.new_user("Aino", "fi")
    await start(fake, bot, aino, [])
    shown = (await fake.send(aino, LONG_LEADER)).last
    for data in ("iv:a:track:bogus", "iv:a:org_type:association", "iv:a:leader_type:investment", "iv:dc:track:y2027-01-01"):
        r = await fake.press(aino, shown, data=data)
        assert r.alerts == [STALE], (data, r.alerts)
        assert "track" not in answers(bot, aino)
    assert pending(bot, aino)["kind"] == "choice"
    await fake.press(aino, fake.last(aino), "✔ Leader")
    assert answers(bot, aino)["track"] == "leader" and len(live_iv(fake, aino)) == 1


async def test_ok_restart_then_typed_joo_after_resume(bot, fake):
    aino = fake.new_user("Aino", "fi")
    await start(fake, bot, aino, [])
    await fake.send(aino, LONG_LEADER)
    await bot.restart()
    reply = await fake.send(aino, "joo")
    assert "track" not in answers(bot, aino)  # not taken before the resume offer
    reply = await fake.press(aino, reply.last, "Jatka")
    assert "luin vastauksestasi" in reply.text and reply.last.button_labels[0] == "✔ Leader"
    await fake.send(aino, "joo")
    assert answers(bot, aino)["track"] == "leader"


async def test_ok_cancel_and_resume_keeps_the_list_read_back(bot, fake):
    aino = fake.new_user("Aino", "fi")
    await start(fake, bot, aino, ESR_FI[:10])
    await fake.send(aino, LINE)
    reply = await fake.send(aino, "/cancel")
    assert "tauko" in reply.text and not live_iv(fake, aino)
    reply = await fake.send(aino, "/idea")
    reply = await fake.press(aino, reply.last, "Jatka")
    assert "luin vastauksestasi nämä 3" in reply.text
    await fake.press(aino, reply.last, "✔ Kirjaa nämä 3")
    assert answers(bot, aino)["actions"] == ITEMS


async def test_ok_edit_from_review_list_read_back_then_old_review_button(bot, fake):
    aino = fake.new_user("Aino", "fi")
    await start(fake, bot, aino, ESR_FI)
    review = fake.last(aino)
    part_label = next(label for label in review.button_labels if "Toteutus" in label)
    part_data = review.callback_data(part_label)
    reply = await fake.press(aino, review, part_label)
    reply = await fake.press(aino, reply.last, "Toimenpiteet")
    old = answers(bot, aino)["actions"]
    reply = await fake.send(aino, LINE)
    assert "nämä 3" in reply.text and answers(bot, aino)["actions"] == old
    r = await fake.press(aino, review, data=part_data)  # the old review's edit button
    assert r.alerts == [STALE] and answers(bot, aino)["actions"] == old
    await fake.press(aino, fake.last(aino), "✔ Kirjaa nämä 3")
    assert answers(bot, aino)["actions"] == ITEMS and draft(bot, aino)["mode"] == "review"
    assert "Tarkista vastauksesi" in fake.last(aino).text


async def test_ok_hurry_words_during_a_choice_read_back_save_nothing_and_say_something(bot, fake):
    aino = fake.new_user("Aino", "fi")
    await start(fake, bot, aino, [])
    await fake.send(aino, LONG_LEADER)
    reply = await fake.send(aino, "kiire")
    assert "track" not in answers(bot, aino) and reply.text.strip()


async def test_ok_international_read_back_then_kylla_typed(bot, fake):
    aino = fake.new_user("Aino", "fi")
    await start(fake, bot, aino, LEADER_FI[:2])
    assert "kansainvälistä" in fake.last(aino).text
    reply = await fake.send(aino, "Ei oikeastaan (naapurikylä on ruotsinkielinen mutta ihan tässä lähellä)")
    if (pending(bot, aino) or {}).get("kind") == "choice":
        await fake.send(aino, "kyllä")
        assert answers(bot, aino)["international"] == "yes"
    else:
        assert "international" not in answers(bot, aino) or reply.text


async def test_ok_markup_heavy_list_at_the_limit_is_escaped_and_saved_exactly(bot, fake):
    aino = fake.new_user("Aino", "fi")
    await start(fake, bot, aino, ESR_FI[:10])
    items = [f"<b>kohta {n}</b> & <i>lisää</i> " + "<>&" * 30 for n in range(1, 13)]
    line = ", ".join(items) + " (mutta)"
    items[-1] += " (mutta)"
    assert len(line) <= 1500
    reply = await fake.send(aino, line)
    if (pending(bot, aino) or {}).get("kind") == "one_item":
        assert "&lt;b&gt;kohta 1&lt;/b&gt;" in reply.last.html
        await fake.press(aino, reply.last, "✔ Kirjaa nämä 12")
        assert len(answers(bot, aino)["actions"]) == 12
    else:
        assert "actions" in answers(bot, aino) or reply.text


async def test_ok_back_forged_during_a_date_read_back_clears_it(bot, fake):
    aino = fake.new_user("Aino", "fi")
    await start(fake, bot, aino, LEADER_FI[:18])
    question = fake.last(aino)
    back = question.callback_data("⬅️ Takaisin")
    await fake.send(aino, DATE_TURN)
    r = await fake.press(aino, question, data=back)
    assert pending(bot, aino) is None and "start" not in answers(bot, aino)
    assert len(live_iv(fake, aino)) == 1 and r.text


async def test_ok_question_looking_choice_then_its_an_answer_reads_back(bot, fake):
    aino = fake.new_user("Aino", "fi")
    await start(fake, bot, aino, [])
    reply = await fake.send(aino, "Onko Leader se oikea, kun rahaa tarvitaan kylätalon remonttiin?")
    if "Onko tämä vastaus vai kysymys" in reply.text:
        reply = await fake.press(aino, reply.last, "Se on vastaus")
    assert "track" not in answers(bot, aino) or answers(bot, aino)["track"] in ("leader", "esr", "notsure")
    assert reply.text.strip() and len(live_iv(fake, aino)) == 1
    if (pending(bot, aino) or {}).get("kind") == "choice":
        await fake.press(aino, fake.last(aino), "✔ Leader")
        assert answers(bot, aino)["track"] == "leader"
