"""Adversarial tests of counting talkoot hours together (people → days or times → hours each time) as a user
and as the infrastructure would break it: restarts and SIGKILLs between the steps, redelivered and doubled
updates, stale and doubled buttons, questions, stickers, commands, keep words, the short path, odd figures,
English, a group beside the private chat, and the paper at the end.

Every defect found here was fixed on 5.12.2026; the tests stay as regression tests. The expected
result everywhere: nothing lost, nothing twice, a clear reply in the user's language, no ERROR in the logs and
at most one live interview keyboard.
"""

from __future__ import annotations

import asyncio
import json
import logging

import pytest

from tests.fakebot import FakeTelegram, TgUser
from tests.stress import BotSubprocess

from .test_interview import LEADER_EN, LEADER_FI, NOW, finish, run
from .test_interview_flow import draft, start

TO_HOURS = LEADER_FI[:LEADER_FI.index("200 h")]
AFTER_HOURS = LEADER_FI[LEADER_FI.index("200 h") + 1:]  # machine hours "10", the costs, the own funding
STORY = "meitä on porukka ja me leivotaan pullaa"
STEP1, STEP2, STEP3 = "1/3 Montako ihmistä", "2/3 Montako päivää", "3/3 Montako tuntia"
MACHINE = "Montako konetuntia"
INTRO = "En saanut vastauksesta tuntimäärää"
RESUME = "ideapaperi kesken"
STALE = "Tuo painike kuului aiempaan kysymykseen – jatketaan tästä."


# -- helpers ---------------------------------------------------------------------------------------


def live_iv(fake: FakeTelegram, user: TgUser) -> list:
    """The bot's messages that still carry live interview buttons (menus and FAQ buttons are not counted)."""
    out = []
    for message in fake.messages(user):
        rows = (message.reply_markup or {}).get("inline_keyboard", [])
        if message.document is None and any(str(b.get("callback_data", "")).startswith("iv:") for r in rows for b in r):
            out.append(message)
    return out


def pending(bot, user) -> dict | None:
    return draft(bot, user).get("pending")


def hours(bot, user) -> dict | None:
    return draft(bot, user)["answers"].get("talkoot")


def warning_of(reply) -> str:
    """The ⚠️ paragraph of the newest message (empty when there is none)."""
    first = reply.last.text.split("\n\n")[0]
    return first if first.startswith("⚠️") else ""


async def to_count(fake, bot, user, story: str = STORY):
    """Walk the Leader interview to the volunteer hours and type an answer the readers cannot count."""
    await start(fake, bot, user, TO_HOURS)
    reply = await fake.send(user, story)
    assert INTRO in reply.text and STEP1 in reply.text, reply.text
    return reply


@pytest.fixture(autouse=True)
def no_errors_logged(caplog):
    yield
    errors = [r for r in caplog.get_records("call") if r.levelno >= logging.ERROR]
    assert not errors, "ERROR in the logs: " + "; ".join(r.getMessage() for r in errors)


# -- restarts and redelivery (in process) ----------------------------------------------------------


async def test_a_restart_after_each_of_the_three_steps_keeps_the_count_and_takes_no_stray_message(bot, fake):
    aino = fake.new_user("Aino", "fi")
    await to_count(fake, bot, aino)
    for answer, shown, step in (("10", "Talkoolaisia: 10", STEP2), ("3", "Talkoolaisia: 10, päiviä tai kertoja: 3", STEP3)):
        before = pending(bot, aino)
        await bot.restart()
        reply = await fake.send(aino, "7")  # a stray message after a restart is not an answer
        assert RESUME in reply.text and pending(bot, aino) == before
        reply = await fake.press(aino, reply.last, "▶️ Jatka")
        assert not reply.messages[0].button_labels  # the offer lost its buttons
        reply = await fake.send(aino, answer)
        assert shown in reply.text and step in reply.text, reply.text
        assert len(live_iv(fake, aino)) == 1
    await bot.restart()
    reply = await fake.send(aino, "4")
    reply = await fake.press(aino, reply.last, "▶️ Jatka")
    assert STEP3 in reply.text and "Talkoolaisia: 10, päiviä tai kertoja: 3" in reply.text
    reply = await fake.send(aino, "4")
    assert "(10 henkeä × 3 päivää tai kertaa × 4 h)" in reply.text and MACHINE in reply.text
    await bot.restart()  # after the third step: the machine hours are open, the count is over
    reply = await fake.send(aino, "4")
    reply = await fake.press(aino, reply.last, "▶️ Jatka")
    assert MACHINE in reply.text and "1/3" not in reply.text
    assert hours(bot, aino) == {"volunteer_hours": "120"} and pending(bot, aino) is None
    assert len(live_iv(fake, aino)) == 1


async def test_an_update_telegram_delivers_again_after_a_restart_is_not_counted_twice(bot, fake):
    aino = fake.new_user("Aino", "fi")
    await to_count(fake, bot, aino)
    await fake.send(aino, "10")
    handled = next(u for u in reversed(fake.requests) if u[0] == "getUpdates")  # noqa: F841 - just to be sure it polled
    original = {"message": fake._new_message(aino, fake.chats[aino.id], **fake._text_content("3"))}
    update_id = await fake.push(original)
    await fake.processed(update_id)
    assert pending(bot, aino)["factors"] == ["10", "3"]
    await bot.stop()
    fake.updates.insert(0, {"update_id": update_id, **original})  # Telegram hands the handled update out again
    await bot.start()
    reply = await fake.send(aino, "/idea")  # a later update of the same chat: the redelivered one came first
    assert RESUME in reply.text
    assert pending(bot, aino)["factors"] == ["10", "3"] and pending(bot, aino)["step"] == "hours"
    assert sum("päiviä tai kertoja: 3" in m.text for m in fake.messages(aino)) == 1


async def test_the_same_number_sent_twice_while_the_first_is_handled_counts_once(bot, fake):
    aino = fake.new_user("Aino", "fi")
    await to_count(fake, bot, aino)
    held = fake.hold("sendMessage")
    first = asyncio.create_task(fake.send(aino, "10"))
    await asyncio.wait_for(held.arrived.wait(), 10)
    second = asyncio.create_task(fake.send(aino, "10"))  # a double tap, or the client sending again
    await asyncio.sleep(0.8)
    held.release()
    await first
    await second
    assert pending(bot, aino)["factors"] == ["10"] and pending(bot, aino)["step"] == "times"
    assert sum(STEP2 in m.text for m in fake.messages(aino)) == 1
    assert len(live_iv(fake, aino)) == 1


# -- buttons ---------------------------------------------------------------------------------------


async def test_skip_saves_zero_hours_and_the_same_press_again_is_stale(bot, fake):
    aino = fake.new_user("Aino", "fi")
    await to_count(fake, bot, aino)
    reply = await fake.send(aino, "10")
    count = reply.last
    data = count.callback_data("Ei yhtään")
    reply = await fake.press(aino, count, "Ei yhtään")
    assert "✔ Talkootunnit: 0 h" in reply.text and MACHINE in reply.last.text
    assert hours(bot, aino) == {"volunteer_hours": "0"} and pending(bot, aino) is None
    reply = await fake.press(aino, count, data=data)  # pressed again (a slow client)
    assert reply.alerts == [STALE] and MACHINE in reply.last.text
    assert hours(bot, aino) == {"volunteer_hours": "0"}
    assert len(live_iv(fake, aino)) == 1


async def test_the_counts_buttons_pressed_after_the_count_are_stale_and_change_nothing(bot, fake):
    aino = fake.new_user("Aino", "fi")
    reply = await to_count(fake, bot, aino)
    count = reply.last
    skip, back = count.callback_data("Ei yhtään"), count.callback_data("Takaisin")
    for answer in ("10", "3", "4"):
        reply = await fake.send(aino, answer)
    assert hours(bot, aino) == {"volunteer_hours": "120"}
    for data in (skip, back):
        reply = await fake.press(aino, count, data=data)
        assert reply.alerts == [STALE] and "Jatketaan tästä" in reply.text and MACHINE in reply.last.text
    assert hours(bot, aino) == {"volunteer_hours": "120"} and draft(bot, aino)["sub"] == 1
    assert len(live_iv(fake, aino)) == 1


async def test_an_older_questions_button_mid_count_keeps_the_count(bot, fake):
    aino = fake.new_user("Aino", "fi")
    await start(fake, bot, aino, TO_HOURS[:-2])
    rate = fake.last(aino)
    rate_data = rate.callback_data("80 %")
    await run(fake, aino, None, TO_HOURS[-2:])
    await fake.send(aino, STORY)
    await fake.send(aino, "10")
    reply = await fake.press(aino, rate, data=rate_data)
    assert reply.alerts == [STALE]
    assert "Talkoolaisia: 10" in reply.last.text and STEP2 in reply.last.text
    assert draft(bot, aino)["answers"]["leader_rate"] == 80 and pending(bot, aino)["factors"] == ["10"]
    assert len(live_iv(fake, aino)) == 1


async def test_back_mid_count_goes_to_the_question_before_and_a_new_count_starts_cleanly(bot, fake):
    """As documented in conversations/interview.md: ⬅️ Back leaves the count for the question before."""
    aino = fake.new_user("Aino", "fi")
    await to_count(fake, bot, aino)
    reply = await fake.send(aino, "6")
    reply = await fake.press(aino, reply.last, "⬅️ Takaisin")
    assert "Kuka talkoita tekee" in reply.text and "Kyläläiset rakentavat kierrätyspisteen." in reply.text
    assert pending(bot, aino) is None and len(live_iv(fake, aino)) == 1
    reply = await fake.press(aino, reply.last, "✔ Pidä tämä")
    assert "Montako talkootuntia" in reply.text and "1/3" not in reply.text
    reply = await fake.send(aino, "120 h")
    assert hours(bot, aino) == {"volunteer_hours": "120"} and MACHINE in reply.text


async def test_continue_pressed_twice_on_the_resume_offer_shows_the_step_once_live(bot, fake):
    aino = fake.new_user("Aino", "fi")
    await to_count(fake, bot, aino)
    await fake.send(aino, "10")
    await bot.restart()
    offer = (await fake.send(aino, "3")).last
    data = offer.callback_data("Jatka")
    reply = await fake.press(aino, offer, "▶️ Jatka")
    assert STEP2 in reply.text and not offer.button_labels
    reply = await fake.press(aino, offer, data=data)  # the second tap of a double tap
    assert STEP2 in reply.text and pending(bot, aino)["factors"] == ["10"]
    assert len(live_iv(fake, aino)) == 1
    reply = await fake.send(aino, "3")
    assert STEP3 in reply.text and pending(bot, aino)["factors"] == ["10", "3"]


# -- what a user types mid-count -------------------------------------------------------------------


async def test_a_sticker_4000_characters_and_markup_mid_count_keep_the_count(bot, fake):
    aino = fake.new_user("Aino", "fi")
    await to_count(fake, bot, aino)
    await fake.send(aino, "10")
    reply = await fake.send_media(aino, "sticker")
    assert "Luen vain tekstiä" in reply.text and "Talkoolaisia: 10" in reply.text and STEP2 in reply.text
    reply = await fake.send(aino, "x" * 4000)
    assert "4000 merkkiä" in reply.text and STEP2 in reply.text
    reply = await fake.send(aino, "<b>3</b> & <i>")  # escaped by the bot: the fake refuses bad HTML
    assert "päiviä tai kertoja: 3" in reply.text and STEP3 in reply.text
    reply = await fake.send(aino, "<script>")
    assert "Kirjoita tunnit kerrallaan lukuna" in reply.text and pending(bot, aino)["factors"] == ["10", "3"]
    reply = await fake.send(aino, "4 & vähän")
    assert hours(bot, aino) == {"volunteer_hours": "120"}
    assert len(live_iv(fake, aino)) == 1


async def test_not_sure_again_and_again_asks_the_same_step_with_nothing_lost(bot, fake):
    aino = fake.new_user("Aino", "fi")
    await to_count(fake, bot, aino)
    await fake.send(aino, "10")
    for _ in range(4):
        reply = await fake.send(aino, "en tiedä")
        assert warning_of(reply).startswith("⚠️ Kirjoita päivien tai kertojen määrä") and "Arvio riittää" in reply.text
        assert "Talkoolaisia: 10" in reply.text and STEP2 in reply.text
    assert pending(bot, aino)["factors"] == ["10"] and len(live_iv(fake, aino)) == 1
    reply = await fake.send(aino, "3-4")  # a range: the larger
    assert "päiviä tai kertoja: 4" in reply.text


async def test_fractional_hours_each_time_are_shown_with_a_decimal_comma(bot, fake):
    aino = fake.new_user("Aino", "fi")
    await to_count(fake, bot, aino)
    for answer in ("neljä", "2"):
        await fake.send(aino, answer)
    reply = await fake.send(aino, "1,5")
    assert hours(bot, aino) == {"volunteer_hours": "12"}
    assert "✔ Talkootunnit: 12 h" in reply.text and "(4 henkeä × 2 päivää tai kertaa × 1,5 h)" in reply.text


async def test_a_resend_of_the_story_is_read_as_the_people_and_shown(bot, fake):
    aino = fake.new_user("Aino", "fi")
    story = "meitä mummoja on kuusi ja me leivotaan pullaa"
    await to_count(fake, bot, aino, story)
    reply = await fake.send(aino, story)  # the reply seemed lost: the user sends it again
    assert "Talkoolaisia: 6" in reply.text and STEP2 in reply.text
    reply = await fake.send(aino, "Kyläläiset rakentavat kierrätyspisteen.")  # the plan's answer, sent again
    assert "on jo tallessa" in reply.text and STEP2 in reply.text and pending(bot, aino)["factors"] == ["6"]


async def test_the_count_in_english(bot, fake):
    tom = fake.new_user("Tom", "en")
    bot.services.clock = lambda: NOW
    reply = await fake.send(tom, "/idea")
    await run(fake, tom, reply, LEADER_EN[:LEADER_EN.index("4000") - 2])
    reply = await fake.send(tom, "the grannies bake buns")
    assert "Let's count them together" in reply.text and "1/3 How many people" in reply.text
    reply = await fake.send(tom, "I don't know")
    assert "Please type the number of people" in reply.text and "1/3" in reply.text
    reply = await fake.send(tom, "six")
    assert "Volunteers: 6" in reply.text and "2/3 On how many days" in reply.text
    await fake.send(tom, "3")
    reply = await fake.send(tom, "1.5")
    assert draft(bot, tom)["answers"]["talkoot"] == {"volunteer_hours": "27"}
    assert "(6 people × 3 days or times × 1.5 h)" in reply.text and "How many machine hours" in reply.text
    assert len(live_iv(fake, tom)) == 1


async def test_keep_words_mid_count_while_editing_keep_the_earlier_hours(bot, fake):
    aino = fake.new_user("Aino", "fi")
    await start(fake, bot, aino, LEADER_FI)
    for keep in ("sama", "ok"):
        reply = await fake.press(aino, fake.last(aino), "✏️ 6 Budjetti")
        reply = await fake.press(aino, reply.last, "Talkootunnit")
        assert "Nykyinen vastauksesi:\n200 h" in reply.text
        reply = await fake.send(aino, "mummot leipoo pullaa")
        assert STEP1 in reply.text
        await fake.send(aino, "8")
        reply = await fake.send(aino, keep)
        assert "✔ Vastaus pysyy ennallaan." in reply.text and "Tarkista vastauksesi" in reply.text
        assert hours(bot, aino) == {"volunteer_hours": "200", "machine_hours": "10"} and pending(bot, aino) is None
        assert len(live_iv(fake, aino)) == 1


async def test_a_count_while_editing_from_the_review_replaces_the_hours_and_returns_to_the_review(bot, fake):
    aino = fake.new_user("Aino", "fi")
    await start(fake, bot, aino, LEADER_FI)
    reply = await fake.press(aino, fake.last(aino), "✏️ 6 Budjetti")
    reply = await fake.press(aino, reply.last, "Talkootunnit")
    for answer in ("mummot leipoo pullaa", "6", "3"):
        reply = await fake.send(aino, answer)
    reply = await fake.send(aino, "5")
    assert hours(bot, aino) == {"volunteer_hours": "90", "machine_hours": "10"}
    assert "(6 henkeä × 3 päivää tai kertaa × 5 h)" in reply.text and MACHINE in reply.last.text
    reply = await fake.send(aino, "sama")  # the machine hours stay
    assert "Tarkista vastauksesi" in reply.text and len(live_iv(fake, aino)) == 1


async def test_commands_mid_count_and_coming_back(bot, fake):
    aino = fake.new_user("Aino", "fi")
    await to_count(fake, bot, aino)
    await fake.send(aino, "10")
    reply = await fake.send(aino, "/start")
    assert "Hei Aino" in reply.text and pending(bot, aino)["factors"] == ["10"]
    reply = await fake.send(aino, "3")  # the count goes on after the menu
    assert "päiviä tai kertoja: 3" in reply.text and STEP3 in reply.text
    reply = await fake.send(aino, "/help")
    assert "Näin käytät Hankebottia" in reply.text
    reply = await fake.send(aino, "/idea")
    assert RESUME in reply.text
    reply = await fake.press(aino, reply.last, "▶️ Jatka")
    assert STEP3 in reply.text and "päiviä tai kertoja: 3" in reply.text
    reply = await fake.send(aino, "/peru")
    assert "pidetään tauko" in reply.text and not live_iv(fake, aino)
    reply = await fake.send(aino, "4")  # paused: not an answer
    assert pending(bot, aino)["factors"] == ["10", "3"] and hours(bot, aino) is None
    reply = await fake.send(aino, "/idea")
    reply = await fake.press(aino, reply.last, "▶️ Jatka")
    assert STEP3 in reply.text
    reply = await fake.send(aino, "4")
    assert hours(bot, aino) == {"volunteer_hours": "120"} and len(live_iv(fake, aino)) == 1


async def test_a_number_in_a_group_of_the_same_user_is_not_taken_as_a_count(bot, fake):
    aino = fake.new_user("Aino", "fi")
    group = fake.new_group("Kyläyhdistys", admins=[aino])
    await to_count(fake, bot, aino)
    await fake.send(aino, "7", chat=group)
    reply = await fake.send(aino, "/idea", chat=group)
    assert "?start=idea" in reply.text
    assert pending(bot, aino)["factors"] == [] and not fake.messages(group)[:-1]
    reply = await fake.send(aino, "7")
    assert "Talkoolaisia: 7" in reply.text and len(live_iv(fake, aino)) == 1


async def test_after_the_count_the_review_and_the_paper_show_the_counted_hours(bot, fake):
    aino = fake.new_user("Aino", "fi")
    await to_count(fake, bot, aino, "meitä mummoja on kuusi ja me leivotaan pullaa")
    for answer in ("kuusi", "3-4"):
        await fake.send(aino, answer)
    reply = await fake.send(aino, "n. 5")
    assert "✔ Talkootunnit: 120 h\n(6 henkeä × 4 päivää tai kertaa × 5 h)" in reply.text
    assert MACHINE in reply.last.text and len(live_iv(fake, aino)) == 1
    reply = await run(fake, aino, reply, AFTER_HOURS)
    assert "Tarkista vastauksesi" in reply.text
    _, text = await finish(fake, aino, "📄 Tee ideapaperi")
    text = text.replace("\xa0", " ")
    assert "Talkootyö 120 h × 15 € = 1 800 €" in text and "Konetyö 10 h × 30 € = 300 €" in text


# -- defects found by the break test, all fixed on 5.12 ------------------------------------------------------


async def test_days_and_hours_typed_together_at_step_two_keep_the_people(bot, fake):
    aino = fake.new_user("Aino", "fi")
    await to_count(fake, bot, aino)
    await fake.send(aino, "10")
    await fake.send(aino, "3 pv à 5 h")
    assert hours(bot, aino) != {"volunteer_hours": "15"}, "10 people × 3 days × 5 h stored as 15 h"


async def test_hurry_mid_count_does_not_save_the_next_count_as_a_cost(bot, fake):
    aino = fake.new_user("Aino", "fi")
    await to_count(fake, bot, aino)
    await fake.send(aino, "10")
    reply = await fake.send(aino, "minulla on kiire")
    shows_count = STEP2 in reply.last.text
    await fake.send(aino, "3")
    costs = draft(bot, aino)["answers"].get("leader_costs") or {}
    assert not (shows_count and costs.get("personnel") == "3"), "asked for days, saved 3 € as personnel costs"


async def test_hurry_mid_count_while_editing_shows_the_review_not_a_dead_count(bot, fake):
    aino = fake.new_user("Aino", "fi")
    await start(fake, bot, aino, LEADER_FI)
    reply = await fake.press(aino, fake.last(aino), "✏️ 6 Budjetti")
    reply = await fake.press(aino, reply.last, "Talkootunnit")
    await fake.send(aino, "mummot leipoo pullaa")
    reply = await fake.send(aino, "kiire")  # mid-count "kiire" is no count: the same step again, nothing lost
    assert STEP1 in reply.last.text and "Kirjoita ihmisten määrä" in reply.text
    for count in ("5", "2", "4"):
        reply = await fake.send(aino, count)
    assert hours(bot, aino)["volunteer_hours"] == "40"
    assert STEP1 not in reply.last.text


async def test_a_question_mid_count_comes_back_to_the_same_step(bot, fake):
    aino = fake.new_user("Aino", "fi")
    await to_count(fake, bot, aino)
    await fake.send(aino, "10")
    reply = await fake.send(aino, "mitä talkoot tarkoittaa?")
    assert "Onko tämä vastaus vai kysymys" in reply.text
    reply = await fake.press(aino, reply.last, "Se on kysymys")
    assert "Jatketaan haastattelua" in reply.text
    assert "Talkoolaisia: 10" in reply.last.text and STEP2 in reply.last.text, reply.last.text


async def test_a_number_typed_after_a_question_mid_count_is_not_stored_as_the_total(bot, fake):
    aino = fake.new_user("Aino", "fi")
    await to_count(fake, bot, aino)
    await fake.send(aino, "10")
    await fake.send(aino, "3")
    await fake.send(aino, "paljonko on paljon?")
    await fake.send(aino, "4")  # meant: 4 hours each time (10 × 3 × 4 = 120)
    assert hours(bot, aino) != {"volunteer_hours": "4"}, "4 h stored as the whole total"


async def test_the_counted_product_is_bounded_like_a_typed_total(bot, fake):
    aino = fake.new_user("Aino", "fi")
    await to_count(fake, bot, aino)
    for answer in ("5000", "1000", "24"):
        await fake.send(aino, answer)
    stored = (hours(bot, aino) or {}).get("volunteer_hours")
    assert stored is None or int(stored) <= 100000, f"stored {stored} h"


async def test_a_negative_count_is_not_taken_as_positive(bot, fake):
    aino = fake.new_user("Aino", "fi")
    await to_count(fake, bot, aino)
    await fake.send(aino, "-5")
    assert pending(bot, aino)["factors"] == [], "'-5' read as 5 people"


async def test_zero_people_gets_a_reply_that_says_why(bot, fake):
    aino = fake.new_user("Aino", "fi")
    await to_count(fake, bot, aino)
    reply = await fake.send(aino, "0")
    assert "Ei yhtään" in warning_of(reply), warning_of(reply)


async def test_a_too_large_total_is_not_called_unreadable(bot, fake):
    aino = fake.new_user("Aino", "fi")
    await start(fake, bot, aino, TO_HOURS)
    reply = await fake.send(aino, "200000 h")
    assert INTRO not in reply.text, reply.text


async def test_a_count_message_left_live_by_a_failed_strip_loses_its_buttons_when_pressed(bot, fake):
    aino = fake.new_user("Aino", "fi")
    first = (await to_count(fake, bot, aino)).last
    fake.fail("editMessageReplyMarkup", 502, "Bad Gateway")  # the strip of the 1/3 message is lost once
    for answer in ("10", "3", "4"):
        await fake.send(aino, answer)
    fake.rejected[:] = [r for r in fake.rejected if r[1] != 502]  # the injected fault is not the bot's fault
    reply = await fake.press(aino, first, "Ei yhtään")
    assert reply.alerts == [STALE] and hours(bot, aino) == {"volunteer_hours": "120"}
    assert len(live_iv(fake, aino)) == 1, [m.text[:40] for m in live_iv(fake, aino)]


# -- SIGKILL of a real `python -m bot` between the user's message and the reply ---------------------


def _text_update(fake: FakeTelegram, user: TgUser, text: str) -> dict:
    return {"message": fake._new_message(user, fake.chats[user.id], **fake._text_content(text))}


def _draft_of(proc: BotSubprocess, user: TgUser) -> dict:
    return json.loads(proc.rows("SELECT data FROM interview_drafts WHERE user_id = ?", (user.id,))[0][0])


@pytest.fixture
async def proc(fake: FakeTelegram, tmp_path):
    # A long poll that outlasts each step, so a held getUpdates is the one that would confirm.
    bot = BotSubprocess(fake, tmp_path, poll_timeout=20)
    yield bot
    await bot.stop()


@pytest.mark.slow
async def test_sigkill_at_each_step_of_the_count_loses_nothing_and_applies_nothing_twice(fake, proc):
    await proc.start()
    aino = fake.new_user("Aino", "fi")
    reply = await fake.send(aino, "/idea")
    await run(fake, aino, reply, TO_HOURS)
    reply = await fake.send(aino, STORY)
    assert STEP1 in reply.text

    # 1/3: killed while the reply is on its way (the count is saved before the bot answers): kept, and the
    # redelivered "10" is not counted again as the days.
    held = fake.hold("sendMessage")
    acting = asyncio.create_task(fake.act(_text_update(fake, aino, "10"), aino.id, timeout=60))
    await asyncio.wait_for(held.arrived.wait(), 20)
    await proc.kill()
    held.release(drop=True)
    await proc.start()
    reply = await acting
    assert RESUME in reply.text and _draft_of(proc, aino)["pending"]["factors"] == ["10"]
    reply = await fake.press(aino, reply.last, "▶️ Jatka")
    assert STEP2 in reply.text and "Talkoolaisia: 10" in reply.text

    # 2/3: killed after the handling is committed but before Telegram was told: skipped on redelivery.
    held = fake.hold("getUpdates")
    update_id = await fake.push(_text_update(fake, aino, "3"))
    await asyncio.wait_for(held.arrived.wait(), 20)
    for _ in range(200):  # PTB polls again while the handler may still be replying: kill once the reply is out
        if any("päiviä tai kertoja: 3" in m.text for m in fake.messages(aino)):
            break
        await asyncio.sleep(0.05)
    await proc.kill()
    held.release(drop=True)
    assert _draft_of(proc, aino)["pending"]["factors"] == ["10", "3"]
    await proc.start()
    await fake.processed(update_id, timeout=30)
    assert _draft_of(proc, aino)["pending"]["factors"] == ["10", "3"]
    assert sum("päiviä tai kertoja: 3" in m.text for m in fake.messages(aino)) == 1

    # 3/3: killed after the product is saved, while the echo is on its way: the redelivery adds nothing.
    reply = await fake.send(aino, "4")
    assert RESUME in reply.text
    reply = await fake.press(aino, reply.last, "▶️ Jatka")
    assert STEP3 in reply.text
    held = fake.hold("editMessageText")
    acting = asyncio.create_task(fake.act(_text_update(fake, aino, "4"), aino.id, timeout=60))
    await asyncio.wait_for(held.arrived.wait(), 20)
    await proc.kill()
    held.release(drop=True)
    await proc.start()
    reply = await acting
    answers = _draft_of(proc, aino)["answers"]
    assert answers["talkoot"] == {"volunteer_hours": "120"}, "the redelivered 4 was taken as machine hours"
    assert RESUME in reply.text
    reply = await fake.press(aino, reply.last, "▶️ Jatka")
    assert MACHINE in reply.text and len(live_iv(fake, aino)) == 1
    assert " ERROR " not in proc.log and "Traceback" not in proc.log, proc.log
