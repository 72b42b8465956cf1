"""The FAQ through the fake Bot API: answers, suggestions, topics, feedback, groups and the advisor round trip."""

from __future__ import annotations

from datetime import UTC, datetime

from tests.harness import BotHarness


async def test_question_answered_in_finnish_with_feedback_buttons(bot, fake):
    aino = fake.new_user("Aino", "fi")
    reply = await fake.send(aino, "paljonko talkootunnista saa")
    assert "15 €" in reply.text and "tunti" in reply.text.lower()
    assert reply.last.button_labels[:2] == ["👍 Auttoi", "👎 Ei auttanut"]


async def test_question_answered_in_english_even_when_typed_loosely(bot, fake):
    tom = fake.new_user("Tom", "en")
    reply = await fake.send(tom, "can we start before the decision")
    assert "at your own risk" in reply.text.lower() or "own risk" in reply.text.lower()
    assert "👍 Helpful" in reply.last.button_labels
    reply = await fake.send(tom, "omarahoitus osuus esr")  # Finnish words, English reader
    assert "20 %" in reply.text or "20%" in reply.text
    assert "own funding" in reply.text.lower()


async def test_feedback_is_stored_and_a_second_press_changes_the_vote(bot, fake):
    aino = fake.new_user("Aino", "fi")
    answer = (await fake.send(aino, "mikä on pienhanke")).last
    reply = await fake.press(aino, answer, "👍 Auttoi")
    assert reply.alerts == ["Kiitos palautteesta!"]
    rows = bot.rows("SELECT user_id, entry_id, helpful FROM faq_feedback")
    assert [tuple(r) for r in rows] == [(aino.id, "leader-small-project", 1)]
    assert "👍 Auttoi" not in fake.last(aino).button_labels
    await fake.press(aino, answer, data="faq:fb:leader-small-project:0")
    assert [r["helpful"] for r in bot.rows("SELECT helpful FROM faq_feedback")] == [0]


async def test_forged_feedback_and_topic_payloads_are_refused(bot, fake):
    aino = fake.new_user("Aino", "fi")
    answer = (await fake.send(aino, "mikä on pienhanke")).last
    reply = await fake.press(aino, answer, data="faq:fb:no-such-entry:1")
    assert reply.alerts and "vanhentunut" in reply.alerts[0]
    reply = await fake.press(aino, answer, data="faq:cat:<b>")
    assert reply.alerts and "vanhentunut" in reply.alerts[0]
    assert bot.rows("SELECT * FROM faq_feedback") == []


async def test_vague_question_gets_suggestion_buttons_that_answer(bot, fake):
    tom = fake.new_user("Tom", "en")
    reply = await fake.send(tom, "flat rate")
    assert "Did you mean" in reply.text
    labels = reply.last.button_labels
    titles = [label for label in labels if not label.startswith(("📚", "🙋", "🔎"))]
    assert 2 <= len(titles) <= 3
    answer = await fake.press(tom, reply.last, titles[0])
    assert "👍 Helpful" in answer.last.button_labels
    assert bot.rows("SELECT decision FROM faq_unanswered")[0]["decision"] == "suggest"


async def test_topic_browser_by_command_and_menu(bot, fake):
    aino = fake.new_user("Aino", "fi")
    reply = await fake.send(aino, "/ukk")
    assert "Leader – hakeminen" in reply.last.button_labels
    reply = await fake.press(aino, reply.last, "ESR+ – perusasiat")
    assert any("ESR" in label for label in reply.last.button_labels)
    reply = await fake.press(aino, reply.last, "⬅️ Takaisin aiheisiin")
    assert "Kansainväliset hankkeet" in reply.last.button_labels
    reply = await fake.press(aino, reply.last, "Kansainväliset hankkeet")
    norden = next(label for label in reply.last.button_labels if "Norden" in label)
    reply = await fake.press(aino, reply.last, norden)
    assert "30" in reply.text and "👍 Auttoi" in reply.last.button_labels
    menu = (await fake.send(aino, "/start")).last
    reply = await fake.press(aino, menu, "❓ Kysy rahoituksesta")
    assert "omin sanoin" in reply.text and "Leader – perusasiat" in reply.last.button_labels


async def test_out_of_scope_gets_no_funding_fact(bot, fake):
    aino = fake.new_user("Aino", "fi")
    reply = await fake.send(aino, "paljonko kela maksaa asumistukea")
    assert "En osaa" in reply.text or "en osaa" in reply.text
    assert "👍 Auttoi" not in reply.last.button_labels
    assert "€" not in reply.text
    tom = fake.new_user("Tom", "en")
    reply = await fake.send(tom, "weather in oulu this weekend")
    assert "can't help" in reply.text
    assert [r["decision"] for r in bot.rows("SELECT decision FROM faq_unanswered ORDER BY id")] == ["off_topic", "off_topic"]


async def test_unanswerable_question_without_advisor_chat_points_to_contacts(bot, fake):
    tom = fake.new_user("Tom", "en")
    question = "project <b>blorp</b> & flurp"  # in the domain (a project) but matching nothing
    reply = await fake.send(tom, question)
    # In the domain but matching nothing well: the nearest entries, then the people to ask.
    assert "Did you mean" in reply.text and "ask your area's Leader group or ESR+ coordination project" in reply.text
    assert "🔎 Find my Leader group" in reply.last.button_labels
    assert "🙋 Send to an advisor" not in reply.last.button_labels
    assert bot.rows("SELECT question FROM faq_unanswered")[0]["question"] == question


async def test_commands_are_not_swallowed_as_questions(bot, fake):
    tom = fake.new_user("Tom", "en")
    reply = await fake.send(tom, "/help")
    assert "How to use Hankebotti" in reply.text
    assert bot.rows("SELECT * FROM faq_unanswered") == []


async def test_leader_group_finder_inflected_and_unknown(bot, fake):
    aino = fake.new_user("Aino", "fi")
    reply = await fake.send(aino, "Sodankylässä")
    assert "Leader Pohjoisin Lappi" in reply.text and "040 760 4108" in reply.text and "pohjoisinlappi.fi" in reply.text
    reply = await fake.send(aino, "mikä leader-ryhmä toimii Rovaniemeltä käsin")
    assert "Peräpohjolan Leader" in reply.text
    tom = fake.new_user("Tom", "en")
    reply = await fake.send(tom, "which leader group covers kemijärvi")
    assert "Leader Pohjoisin Lappi" in reply.text and "Kemijärvi" in reply.text
    reply = await fake.send(tom, "how do i find my local leader group")
    reply = await fake.press(tom, reply.last, "🔎 Find my Leader group")
    assert "municipality" in reply.text
    reply = await fake.send(tom, "Tahkovuori")
    assert "did not recognise" in reply.text and "leadersuomi.fi" in reply.text


async def test_group_kysy_mention_and_reply(bot, fake):
    admin = fake.new_user("Aino", "fi")
    member = fake.new_user("Eero", "fi")
    group = fake.new_group("Kyläyhdistys", admins=[admin], members=[member])
    reply = await fake.send(member, "/kysy paljonko talkootunnista saa", chat=group)
    assert "15 €" in reply.text and "👍 Auttoi" in reply.last.button_labels
    reply = await fake.send(member, "/kysy", chat=group)
    assert "/kysy paljonko" in reply.text
    reply = await fake.send(member, "@hankebotti_test_bot mikä on pienhanke", chat=group)
    assert "8 000" in reply.text
    reply = await fake.send(member, "entä esr ennakko", chat=group, reply_to=reply.last)
    assert "30 %" in reply.text
    reply = await fake.send(member, "tavallista juttelua ryhmässä", chat=group)
    assert reply.messages == []


async def _coordinator_setup(fake, tmp_path):
    advisor = fake.new_user("Neuvoja", "fi")
    coordinators = fake.new_group("Neuvojat", admins=[advisor])
    harness = await BotHarness(fake, tmp_path / "handoff.sqlite3", coordinator_chat_id=coordinators.id,
                               clock=lambda: datetime(2026, 12, 5, 10, 0, tzinfo=UTC)).start()
    return advisor, coordinators, harness


async def test_advisor_round_trip_across_a_restart(fake, tmp_path):
    advisor, coordinators, harness = await _coordinator_setup(fake, tmp_path)
    try:
        tom = fake.new_user("Tom", "en")
        reply = await fake.send(tom, "our village choir & friends want new costumes for the midsummer dance")
        reply = await fake.press(tom, reply.last, "🙋 Send to an advisor")
        # Saturday 5.12.2026: the advisors are back on Monday at 9.
        assert "Monday 7 December 2026 from 9:00" in reply.text
        forwarded = fake.last(coordinators)
        assert "Tom" in forwarded.text and "kieli: en" in forwarded.text
        assert "choir & friends" in forwarded.text
        await harness.restart()
        reply = await fake.send(advisor, "Costumes fit a Leader <development> project; call your group.",
                                chat=coordinators, reply_to=forwarded)
        assert "Tom" in reply.text and "✅" in reply.text
        delivered = fake.last(tom)
        assert "Costumes fit a Leader <development> project" in delivered.text
        assert "choir" in delivered.text
        rows = harness.rows("SELECT status, delivery FROM advisor_questions")
        assert [tuple(r) for r in rows] == [("answered", "delivered")]
        reply = await fake.send(advisor, "/avoimet", chat=coordinators)
        assert "Avoimia kysymyksiä ei ole" in reply.text
    finally:
        await harness.stop()


async def test_unreachable_coordinator_chat_keeps_the_question_and_retries(fake, tmp_path):
    advisor, coordinators, harness = await _coordinator_setup(fake, tmp_path)
    try:
        aino = fake.new_user("Aino", "fi")
        reply = await fake.send(aino, "kylän kuoro haluaa uudet esiintymisasut juhannustansseihin")
        fake.fail("sendMessage", 403, "Forbidden: bot was kicked from the group chat", chat_id=coordinators.id)
        reply = await fake.press(aino, reply.last, "🙋 Lähetä kysymys neuvojalle")
        assert "tallessa" in reply.text and "maanantaina 7.12.2026 kello 9.00" in reply.text
        assert fake.messages(coordinators) == []
        reply = await fake.send(advisor, "/open", chat=coordinators)
        assert "#1" in reply.text and "odottaa välitystä" in reply.text
        await harness.restart()  # start-up retries the outbox
        assert "esiintymisasut" in fake.last(coordinators).text
        assert harness.rows("SELECT status FROM advisor_questions")[0]["status"] == "forwarded"
        reply = await fake.press(aino, fake.last(aino), data="faq:adv:1")
        assert reply.alerts  # the same question is not sent twice
    finally:
        await harness.stop()


async def test_open_outside_coordinator_chat_and_forged_advisor_button(bot, fake):
    tom = fake.new_user("Tom", "en")
    reply = await fake.send(tom, "/open")
    assert "advisors' group" in reply.text
    reply = await fake.press(tom, (await fake.send(tom, "/faq")).last, data="faq:adv:99")
    assert reply.alerts


async def test_a_hello_or_a_thank_you_is_answered_as_such(bot, fake):
    aino, tom = fake.new_user("Aino", "fi"), fake.new_user("Tom", "en")
    reply = await fake.send(aino, "moi!")
    assert "Hei Aino! 👋" in reply.text and "en valitettavasti osaa" not in reply.text and reply.last.button_labels
    reply = await fake.send(aino, "kiitos 🙏")
    assert "Ole hyvä" in reply.text
    reply = await fake.send(tom, "hi there")
    assert "Hi Tom! 👋" in reply.text
    reply = await fake.send(tom, "hi, can our association apply for leader money?")
    assert "Hi Tom" not in reply.text  # a question that starts with a hello is a question
    assert bot.rows("SELECT * FROM faq_unanswered") == []
