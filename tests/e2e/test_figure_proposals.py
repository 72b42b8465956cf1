"""A figure said with doubt ("ainakin 100 tuntia", "90 000, mutta voi vielä nousta") is proposed, not saved: the
user confirms it with one tap or a typed "joo", or types another. Restarts, double taps, stale buttons, a range
said as a range, and the same in English."""

from __future__ import annotations

from .test_hours_calc_breaks import TO_HOURS, hours, live_iv, pending
from .test_interview import LEADER_EN, LEADER_FI, press
from .test_interview_flow import draft, start

MACHINE = "Montako konetuntia"
STALE = "Tuo painike kuului aiempaan kysymykseen – jatketaan tästä."
EN_TO_HOURS = LEADER_EN[:LEADER_EN.index(press("None"))]  # to the volunteer hours


async def test_a_floor_is_proposed_and_saved_only_when_confirmed_once(bot, fake):
    aino = fake.new_user("Aino", "fi")
    await start(fake, bot, aino, TO_HOURS)
    reply = await fake.send(aino, "no kyllä sitä talkoita tulloo, ainaki sata tuntia, varmaan enemmänki")
    assert "annoit rajan etkä tarkkaa lukua. Kirjaanko <b>100 h</b>?" in reply.last.html
    assert reply.last.button_labels == ["✔ 100 h", "✏️ Kirjoitan toisen"]
    assert (hours(bot, aino) or {}).get("volunteer_hours") is None and pending(bot, aino)["kind"] == "figure"
    yes = reply.last.callback_data("✔ 100 h")
    first = await fake.press(aino, reply.last, data=yes)
    again = await fake.press(aino, reply.last, data=yes)  # a double tap: applied once
    assert "✔ Talkootunnit: 100 h" in first.text and MACHINE in fake.last(aino).text
    assert again.alerts == [STALE] and hours(bot, aino) == {"volunteer_hours": "100"}
    assert len(live_iv(fake, aino)) == 1


async def test_a_guess_can_be_confirmed_by_typing_joo_and_refused_by_typing_a_new_figure(bot, fake):
    aino = fake.new_user("Aino", "fi")
    await start(fake, bot, aino, TO_HOURS)
    reply = await fake.send(aino, "satakunta tuntia varmaan")
    assert "luku kuulosti vielä arviolta. Kirjaanko <b>100 h</b>?" in reply.last.html
    reply = await fake.send(aino, "120 h")  # another figure instead of a tap: that one is the answer
    assert "✔ Talkootunnit: 120 h" in reply.text and hours(bot, aino) == {"volunteer_hours": "120"}
    reply = await fake.send(aino, "ehkä 10 tuntia")  # the machine hours, said as a guess
    assert "Kirjaanko <b>10 h</b>?" in reply.last.html
    reply = await fake.send(aino, "joo")
    assert hours(bot, aino) == {"volunteer_hours": "120", "machine_hours": "10"}
    assert pending(bot, aino) is None and "✔ Konetunnit: 10 h" in reply.text


async def test_no_to_a_proposal_asks_for_the_figure_and_saves_nothing(bot, fake):
    aino = fake.new_user("Aino", "fi")
    await start(fake, bot, aino, TO_HOURS)
    reply = await fake.send(aino, "300h+")
    reply = await fake.press(aino, reply.last, "✏️ Kirjoitan toisen")
    assert "Kirjoita luku, esimerkiksi <code>120</code>." in reply.last.html and "Montako <b>talkootuntia</b>" in reply.last.html
    assert (hours(bot, aino) or {}).get("volunteer_hours") is None and pending(bot, aino) is None
    reply = await fake.send(aino, "320")
    assert hours(bot, aino) == {"volunteer_hours": "320"}


async def test_a_restart_with_a_proposal_open_keeps_it_and_its_button_still_works(bot, fake):
    aino = fake.new_user("Aino", "fi")
    await start(fake, bot, aino, TO_HOURS)
    reply = await fake.send(aino, "vähintään 200 h")
    proposal = reply.last
    before = pending(bot, aino)
    assert before["value"] == "200" and before["kind"] == "figure"
    await bot.restart()
    assert pending(bot, aino) == before  # saved before the bot answered
    reply = await fake.press(aino, proposal, "✔ 200 h")
    assert hours(bot, aino) == {"volunteer_hours": "200"} and MACHINE in fake.last(aino).text


async def test_an_older_button_while_a_proposal_is_open_changes_nothing(bot, fake):
    aino = fake.new_user("Aino", "fi")
    await start(fake, bot, aino, TO_HOURS)
    old = await fake.send(aino, "ainakin 50 h")
    yes_50 = old.last.callback_data("✔ 50 h")
    await fake.press(aino, old.last, "✏️ Kirjoitan toisen")
    await fake.send(aino, "ainakin 60 h")  # a second answer: a new proposal
    again = await fake.press(aino, old.last, data=yes_50)  # the first proposal's button, kept on a slow phone
    assert again.alerts == [STALE] and (hours(bot, aino) or {}).get("volunteer_hours") is None
    assert pending(bot, aino)["value"] == "60"
    forged = await fake.press(aino, fake.last(aino), data="iv:fc:leader_costs:y60")  # a forged question id
    assert forged.alerts == [STALE] and (hours(bot, aino) or {}).get("volunteer_hours") is None


async def test_a_range_is_taken_at_its_upper_end_and_the_echo_says_so(bot, fake):
    aino = fake.new_user("Aino", "fi")
    await start(fake, bot, aino, TO_HOURS)
    reply = await fake.send(aino, "100-150 tuntia")
    assert "✔ Talkootunnit: 150 h" in reply.text and "(vaihteluvälin yläraja)" in reply.text
    assert hours(bot, aino) == {"volunteer_hours": "150"}


async def test_in_english_a_cost_that_may_still_rise_is_proposed(bot, fake):
    tom = fake.new_user("Tom", "en")
    await start(fake, bot, tom, EN_TO_HOURS)
    reply = await fake.send(tom, "at least <b>80</b> hours")
    assert "you gave a limit rather than a figure. Shall I put down <b>80 h</b>?" in reply.last.html
    assert reply.last.button_labels == ["✔ 80 h", "✏️ I'll type another"]
    reply = await fake.send(tom, "yes")
    assert hours(bot, tom) == {"volunteer_hours": "80"}


async def test_an_older_date_proposals_button_does_not_confirm_a_newer_date(bot, fake):
    aino = fake.new_user("Aino", "fi")
    await start(fake, bot, aino, LEADER_FI[:18])
    await fake.send(aino, "1.8.27")
    first = await fake.send(aino, "syksyllä 2029")
    yes_first = first.last.callback_data("✔ 30.11.2029")
    await fake.send(aino, "keväällä 2029")  # typed instead: a new proposal
    again = await fake.press(aino, first.last, data=yes_first)
    assert again.alerts == [STALE] and "end" not in draft(bot, aino)["answers"]


async def test_yes_with_a_new_figure_saves_the_new_figure_not_the_proposal(bot, fake):
    aino = fake.new_user("Aino", "fi")
    await start(fake, bot, aino, TO_HOURS)
    await fake.send(aino, "ainakin 100 tuntia")
    reply = await fake.send(aino, "joo, mut oikeestaan 150 h")
    assert hours(bot, aino) == {"volunteer_hours": "150"} and "✔ Talkootunnit: 150 h" in reply.text


async def test_a_question_typed_while_a_proposal_is_open_comes_back_to_the_proposal(bot, fake):
    aino = fake.new_user("Aino", "fi")
    await start(fake, bot, aino, TO_HOURS)
    await fake.send(aino, "ainakin 100 tuntia")
    reply = await fake.send(aino, "lasketaanko talkootunteihin myös suunnittelu?")
    assert "Onko tämä vastaus vai kysymys" in reply.last.text
    reply = await fake.press(aino, reply.last, "Se on kysymys – vastaa siihen")
    assert "Kirjaanko <b>100 h</b>?" in fake.last(aino).html
    reply = await fake.send(aino, "joo")
    assert hours(bot, aino) == {"volunteer_hours": "100"}


async def test_figures_added_up_by_the_bot_are_shown_with_the_working_and_saved_on_a_tap(bot, fake):
    aino = fake.new_user("Aino", "fi")
    await start(fake, bot, aino, TO_HOURS)
    reply = await fake.send(aino, "100 h rakentamiseen, 20 h maalaukseen ja 30 h siivoukseen")
    assert "laskin vastauksesi luvuista 100 h + 20 h + 30 h = <b>150 h</b>. Kirjaanko sen?" in reply.last.html
    assert (hours(bot, aino) or {}).get("volunteer_hours") is None
    reply = await fake.press(aino, reply.last, "✔ 150 h")
    assert hours(bot, aino) == {"volunteer_hours": "150"} and "✔ Talkootunnit: 150 h" in reply.text
    assert "(100 h + 20 h + 30 h)" in reply.text  # the echo keeps the working


async def test_a_joke_then_the_real_figure_is_proposed_and_can_be_refused(bot, fake):
    tom = fake.new_user("Tom", "en")
    await start(fake, bot, tom, EN_TO_HOURS)
    reply = await fake.send(tom, "About a million hours 😂 ok ok, 250.")
    assert "did I get it right, <b>250 h</b>?" in reply.last.html
    reply = await fake.press(tom, reply.last, "✏️ I'll type another")
    assert "Type the figure" in reply.last.text and (hours(bot, tom) or {}).get("volunteer_hours") is None
    reply = await fake.send(tom, "240")
    assert hours(bot, tom) == {"volunteer_hours": "240"}


async def test_a_product_the_bot_guesses_is_shown_with_its_factors(bot, fake):
    aino = fake.new_user("Aino", "fi")
    await start(fake, bot, aino, TO_HOURS)
    reply = await fake.send(aino, "Tiistaisin kolme tuntia, seittemän kaveria, kymmenen viikkoa")
    assert "laskin vastauksesi luvuista 7 × 10 × 3 h = <b>210 h</b>. Kirjaanko sen?" in reply.last.html
    reply = await fake.send(aino, "kyllä")
    assert hours(bot, aino) == {"volunteer_hours": "210"}


TO_COSTS = LEADER_FI[:LEADER_FI.index("20 000")]  # to the first cost line


async def test_a_price_times_its_count_is_shown_with_the_working_and_saved_on_a_tap(bot, fake):
    aino = fake.new_user("Aino", "fi")
    await start(fake, bot, aino, TO_COSTS)
    reply = await fake.send(aino, "työpajat kuusi kertaa 500 euroa")
    assert "laskin vastauksesi luvuista 6 × 500\u00a0€ = <b>3\u00a0000\u00a0€</b>. Kirjaanko sen?" in reply.last.html
    assert "3000" not in (draft(bot, aino)["answers"].get("leader_costs") or {}).values()  # nothing saved yet
    await bot.restart()  # the proposal waits in the database
    reply = await fake.press(aino, reply.last, "✔ 3\u00a0000\u00a0€")
    assert "3000" in draft(bot, aino)["answers"]["leader_costs"].values() and "(6 × 500\u00a0€)" in reply.text


async def test_the_one_euro_figure_among_counts_is_asked_about_in_english(bot, fake):
    tom = fake.new_user("Tom", "en")
    await start(fake, bot, tom, LEADER_EN[:LEADER_EN.index(press("None")) + 2])
    question = fake.last(tom).text
    reply = await fake.send(tom, "trip to Nový Bor for 8 persons, around 9000 eur <b>")
    assert "did I get it right, <b>€9,000</b>?" in reply.last.html.replace("\u00a0", " "), reply.last.html
    reply = await fake.send(tom, "yes")
    assert "9000" in (draft(bot, tom)["answers"].get("leader_costs") or {}).values(), question


async def test_a_word_the_bot_never_met_beside_a_figure_is_shown_for_a_tap_not_saved(bot, fake):
    aino = fake.new_user("Aino", "fi")
    await start(fake, bot, aino, TO_HOURS)
    reply = await fake.send(aino, "8 henkee viiskolmatta päivää 5 tuntii")  # old "25": read as 8 × 5 without it
    assert "laskin vastauksesi luvuista 8 × 5 h = <b>40 h</b>. Kirjaanko sen?" in reply.last.html
    assert (hours(bot, aino) or {}).get("volunteer_hours") is None and pending(bot, aino)["kind"] == "figure"
    reply = await fake.send(aino, "1000")  # the figure meant, typed instead of the tap
    assert "✔ Talkootunnit: 1\xa0000 h" in reply.text and hours(bot, aino) == {"volunteer_hours": "1000"}
