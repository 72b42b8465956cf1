"""Adversarial tests for the lone-item read-back ("Toimenpiteet: kirjaanko tämän?"): restarts, double taps,
forged buttons, every list question, edits from the review, old keyboards, media, markup, resends, deletion."""

from __future__ import annotations

import json

from .test_interview import ESR_EN, ESR_FI, LEADER_FI, NOW, docx_text, press, run

YES_FI, NO_FI = "✔ Kirjaa, siinä kaikki", "✏️ Kirjoitan toisin"
YES_EN, NO_EN = "✔ Note it, that's all", "✏️ I'll write it differently"
STALE_FI = "Tuo painike kuului aiempaan kysymykseen – jatketaan tästä."


def draft(bot, user) -> dict:
    return json.loads(bot.rows("SELECT data FROM interview_drafts WHERE user_id = ?", (user.id,))[0]["data"])


def answers(bot, user) -> dict:
    return draft(bot, user)["answers"]


def live_keyboards(fake, user) -> list:
    return [m for m in fake.messages(user) if m.document is None and m.button_labels]


async def start(fake, bot, user, steps):
    bot.services.clock = lambda: NOW
    reply = await fake.send(user, "/idea")
    return await run(fake, user, reply, steps)


async def at_actions_fi(fake, bot, name="Aino"):
    user = fake.new_user(name, "fi")
    await start(fake, bot, user, ESR_FI[:10])
    assert "Mitä hankkeessa tehdään" in fake.last(user).text
    return user


# -- restart while the read-back waits -----------------------------------------------------------


async def test_restart_while_read_back_waits_then_yes_notes_once_and_moves_on(bot, fake):
    aino = await at_actions_fi(fake, bot)
    reply = await fake.send(aino, "Kyläkahvila kerran viikossa")
    readback = reply.last
    assert readback.button_labels == [YES_FI, NO_FI]
    yes = readback.callback_data(YES_FI)
    assert draft(bot, aino)["pending"] == {"kind": "one_item", "qid": "actions", "item": "Kyläkahvila kerran viikossa"}
    await bot.restart()
    reply = await fake.press(aino, readback, data=yes)
    assert answers(bot, aino)["actions"] == ["Kyläkahvila kerran viikossa"]
    assert "Kuka hankkeen toimenpiteet toteuttaa" in fake.last(aino).text
    assert draft(bot, aino)["pending"] is None
    again = await fake.press(aino, readback, data=yes)  # a second tap after the restart
    assert answers(bot, aino)["actions"] == ["Kyläkahvila kerran viikossa"]
    assert again.alerts == [STALE_FI]


async def test_restart_then_typed_yes_is_not_swallowed_silently(bot, fake):
    aino = await at_actions_fi(fake, bot)
    await fake.send(aino, "Kyläkahvila kerran viikossa")
    await bot.restart()
    reply = await fake.send(aino, "joo")  # after a restart a stray message is asked about first
    assert reply.messages, "the bot said nothing"
    assert "actions" not in answers(bot, aino)
    reply = await fake.press(aino, reply.last, "▶️ Jatka")
    assert "kirjaanko tämän?" in reply.text and "Kyläkahvila kerran viikossa" in reply.text
    assert reply.last.button_labels == [YES_FI, NO_FI]
    reply = await fake.send(aino, "joo")
    assert answers(bot, aino)["actions"] == ["Kyläkahvila kerran viikossa"]
    assert "Kuka hankkeen toimenpiteet toteuttaa" in reply.text


async def test_cancel_and_resume_keeps_the_waiting_read_back(bot, fake):
    aino = await at_actions_fi(fake, bot)
    await fake.send(aino, "Kyläkahvila kerran viikossa")
    await fake.send(aino, "/peru")
    reply = await fake.send(aino, "/idea")
    reply = await fake.press(aino, reply.last, "▶️ Jatka")
    assert "kirjaanko tämän?" in reply.text, reply.text
    reply = await fake.press(aino, reply.last, YES_FI)
    assert answers(bot, aino)["actions"] == ["Kyläkahvila kerran viikossa"]


# -- double taps, old messages, forged buttons ----------------------------------------------------


async def test_no_then_yes_from_the_same_old_read_back_notes_nothing(bot, fake):
    aino = await at_actions_fi(fake, bot)
    reply = await fake.send(aino, "Kyläkahvila kerran viikossa")
    readback = reply.last
    yes = readback.callback_data(YES_FI)
    reply = await fake.press(aino, readback, NO_FI)
    assert "Kirjoita se uudelleen" in reply.text
    reply = await fake.press(aino, readback, data=yes)
    assert reply.alerts == [STALE_FI]
    assert "actions" not in answers(bot, aino)
    assert "Mitä hankkeessa tehdään" in fake.last(aino).text  # still asked


async def test_yes_on_an_older_read_back_does_not_confirm_a_newer_one(bot, fake):
    aino = await at_actions_fi(fake, bot)
    first = (await fake.send(aino, "Kyläkahvila kerran viikossa")).last
    yes = first.callback_data(YES_FI)
    await fake.press(aino, first, NO_FI)
    second = (await fake.send(aino, "Kylätalon katon korjaus")).last
    assert "Kylätalon katon korjaus" in second.text
    reply = await fake.press(aino, first, data=yes)  # the older read-back's ✔: same callback data!
    # Pressing ✔ under "Kyläkahvila" must not write "Kylätalon katon korjaus" (or anything) into the paper.
    assert "actions" not in answers(bot, aino), answers(bot, aino).get("actions")
    assert reply.alerts == [STALE_FI]


async def test_forged_read_back_buttons_are_refused(bot, fake):
    aino = await at_actions_fi(fake, bot)
    question = fake.last(aino)
    for data in ("iv:li:actions:y", "iv:li:actions:n", "iv:li:actions:x", "iv:li:actions", "iv:li::y"):
        reply = await fake.press(aino, question, data=data)  # nothing waits
        assert reply.alerts, data
        assert "actions" not in answers(bot, aino) and draft(bot, aino)["pending"] is None
    readback = (await fake.send(aino, "Kyläkahvila kerran viikossa")).last
    for data in ("iv:li:partners:y", "iv:li:title:y", "iv:li:actions:x", "iv:li:actions:Y", "iv:li:actions:yy"):
        reply = await fake.press(aino, readback, data=data)
        assert reply.alerts, data
        assert "actions" not in answers(bot, aino), data
        assert (draft(bot, aino)["pending"] or {}).get("kind") == "one_item", data
    assert "kirjaanko tämän?" in fake.last(aino).text
    await fake.press(aino, fake.last(aino), YES_FI)
    assert answers(bot, aino)["actions"] == ["Kyläkahvila kerran viikossa"]


async def test_another_user_cannot_confirm_or_see_a_read_back(bot, fake):
    aino = await at_actions_fi(fake, bot, "Aino")
    bob = fake.new_user("Bob", "fi")
    readback = (await fake.send(aino, "Aino: kyläkahvila")).last
    yes = readback.callback_data(YES_FI)
    reply = await fake.press(bob, readback, data="iv:li:actions:y")  # forged from someone with no draft
    assert reply.alerts
    assert "actions" not in answers(bot, aino)
    assert not bot.rows("SELECT * FROM interview_drafts WHERE user_id = ?", (bob.id,))
    reply = await fake.send(bob, "joo")
    assert "Aino: kyläkahvila" not in reply.text
    await fake.press(aino, readback, data=yes)
    assert answers(bot, aino)["actions"] == ["Aino: kyläkahvila"]


async def test_two_users_with_read_backs_at_once_stay_apart(bot, fake):
    aino = await at_actions_fi(fake, bot, "Aino")
    tom = fake.new_user("Tom", "en")
    await start(fake, bot, tom, ESR_EN[:10])
    ra = (await fake.send(aino, "Ainon kohta")).last
    rt = (await fake.send(tom, "Tom's item")).last
    assert "shall I note this?" in rt.text and "kirjaanko" in ra.text
    await fake.press(tom, rt, YES_EN)
    await fake.send(aino, "ei")
    assert answers(bot, tom)["actions"] == ["Tom's item"]
    assert "actions" not in answers(bot, aino)
    await fake.send(aino, "Ainon toinen kohta")
    await fake.send(aino, "kyllä")
    assert answers(bot, aino)["actions"] == ["Ainon toinen kohta"]
    assert answers(bot, tom)["actions"] == ["Tom's item"]


# -- typed replies while it waits ----------------------------------------------------------------


async def test_typed_yes_no_and_keep_words_answer_the_read_back(bot, fake):
    for word, noted in (("joo", True), ("ok", True), ("Kyllä", True), ("sama", True), ("pidä", True), ("ei", False),
                        ("EI", False)):
        user = await at_actions_fi(fake, bot, f"U{word}")
        await fake.send(user, "Kyläkahvila kerran viikossa")
        reply = await fake.send(user, word)
        if noted:
            assert answers(bot, user).get("actions") == ["Kyläkahvila kerran viikossa"], word
            assert "Kuka hankkeen toimenpiteet toteuttaa" in reply.text, word
        else:
            assert "actions" not in answers(bot, user), word
            assert "Kirjoita se uudelleen" in reply.text, word


async def test_typed_yes_no_in_english(bot, fake):
    for word, noted in (("yes", True), ("ok", True), ("no", False), ("Yes please", True)):
        tom = fake.new_user(f"T{word}", "en")
        await start(fake, bot, tom, ESR_EN[:10])
        await fake.send(tom, "A weekly meeting place")
        reply = await fake.send(tom, word)
        if noted:
            assert answers(bot, tom).get("actions") == ["A weekly meeting place"], word
            assert "Who carries out" in reply.text or "who" in reply.text.lower(), (word, reply.text)
        else:
            assert "actions" not in answers(bot, tom), word
            assert "Type it again" in reply.text, word


async def test_second_and_third_items_then_done_keep_all_once_in_order(bot, fake):
    aino = await at_actions_fi(fake, bot)
    await fake.send(aino, "Yksi")
    reply = await fake.send(aino, "Kaksi")
    assert answers(bot, aino)["actions"] == ["Yksi", "Kaksi"]
    assert "kirjaanko" not in reply.last.text  # no read-back for the second
    reply = await fake.send(aino, "Kolme")
    assert answers(bot, aino)["actions"] == ["Yksi", "Kaksi", "Kolme"]
    reply = await fake.press(aino, reply.last, "✅ Valmis")
    assert answers(bot, aino)["actions"] == ["Yksi", "Kaksi", "Kolme"]
    assert "Kuka hankkeen toimenpiteet toteuttaa" in reply.text


async def test_the_same_item_resent_while_the_read_back_waits_is_not_noted_twice(bot, fake):
    aino = await at_actions_fi(fake, bot)
    await fake.send(aino, "Kyläkahvila kerran viikossa")
    reply = await fake.send(aino, "Kyläkahvila kerran viikossa")  # a slow phone: sent again
    assert answers(bot, aino).get("actions", []).count("Kyläkahvila kerran viikossa") <= 1, answers(bot, aino)["actions"]


async def test_two_lines_while_the_read_back_waits_keep_the_first_then_both(bot, fake):
    aino = await at_actions_fi(fake, bot)
    await fake.send(aino, "Yksi")
    reply = await fake.send(aino, "Kaksi\nKolme")
    assert answers(bot, aino)["actions"] == ["Yksi", "Kaksi", "Kolme"]
    assert "Kuka hankkeen toimenpiteet toteuttaa" in reply.text


async def test_answer_or_question_while_waiting_it_is_a_question(bot, fake):
    aino = await at_actions_fi(fake, bot)
    await fake.send(aino, "Kyläkahvila kerran viikossa")
    reply = await fake.send(aino, "mikä on de minimis -tuki?")
    assert "Onko tämä vastaus vai kysymys" in reply.text
    reply = await fake.press(aino, reply.last, "Se on kysymys")
    assert "kirjaanko tämän?" in reply.last.text and "Kyläkahvila kerran viikossa" in reply.last.text
    assert reply.last.button_labels == [YES_FI, NO_FI]
    assert "actions" not in answers(bot, aino)
    await fake.press(aino, reply.last, YES_FI)
    assert answers(bot, aino)["actions"] == ["Kyläkahvila kerran viikossa"]


async def test_answer_or_question_while_waiting_it_is_an_answer(bot, fake):
    aino = await at_actions_fi(fake, bot)
    await fake.send(aino, "Kyläkahvila kerran viikossa")
    reply = await fake.send(aino, "miten saadaan nuoret mukaan?")
    reply = await fake.press(aino, reply.last, "Se on vastaus")
    assert answers(bot, aino)["actions"] == ["Kyläkahvila kerran viikossa", "miten saadaan nuoret mukaan?"]
    reply = await fake.press(aino, fake.last(aino), "✅ Valmis")
    assert answers(bot, aino)["actions"] == ["Kyläkahvila kerran viikossa", "miten saadaan nuoret mukaan?"]


async def test_answer_or_question_then_typing_yes(bot, fake):
    aino = await at_actions_fi(fake, bot)
    await fake.send(aino, "Kyläkahvila kerran viikossa")
    await fake.send(aino, "mikä on de minimis -tuki?")
    reply = await fake.send(aino, "joo")  # typed instead of pressing: back to the read-back, and "joo" answers it
    assert answers(bot, aino).get("actions") == ["Kyläkahvila kerran viikossa"], answers(bot, aino).get("actions")


# -- media, long text, markup ---------------------------------------------------------------------


async def test_a_sticker_or_photo_while_waiting_says_why_and_keeps_the_read_back(bot, fake):
    aino = await at_actions_fi(fake, bot)
    await fake.send(aino, "Kyläkahvila kerran viikossa")
    for kind in ("sticker", "photo", "voice"):
        reply = await fake.send_media(aino, kind)
        assert "Luen vain tekstiä" in reply.text, (kind, reply.text)
        assert reply.last.button_labels == [YES_FI, NO_FI]
    assert "actions" not in answers(bot, aino)
    assert len(live_keyboards(fake, aino)) == 1


async def test_a_4000_character_line_is_refused_with_the_reason(bot, fake):
    aino = await at_actions_fi(fake, bot)
    reply = await fake.send(aino, "kylä" * 1000)
    assert "actions" not in answers(bot, aino) and draft(bot, aino)["pending"] is None
    assert "merkkiä" in reply.text or "liian pitkä" in reply.text.lower(), reply.text


async def test_a_long_item_full_of_markup_is_read_back_escaped_and_noted_exactly(bot, fake):
    aino = await at_actions_fi(fake, bot)
    item = ("<script>alert(1)</script> & <b>lihava</b> " * 40)[:1490].strip()
    reply = await fake.send(aino, item)
    assert "kirjaanko tämän?" in reply.text
    assert "<script>" not in "".join(m.html for m in reply.messages)
    assert "&lt;script&gt;" in "".join(m.html for m in reply.messages)
    assert item in reply.text.replace("\n", "") or item[:200] in reply.text
    reply = await fake.press(aino, reply.last, YES_FI)
    assert answers(bot, aino)["actions"] == [item]
    assert "Kuka hankkeen toimenpiteet toteuttaa" in fake.last(aino).text


async def test_an_item_of_ampersands_only_long(bot, fake):
    aino = await at_actions_fi(fake, bot)
    item = "Kylä & " * 200 + "loppu"  # 1405 chars, escaped much longer
    reply = await fake.send(aino, item)
    assert "kirjaanko tämän?" in reply.text
    shown = draft(bot, aino)["pending"]["item"]
    assert shown in reply.text.replace("\n", "")
    await fake.press(aino, reply.last, YES_FI)
    assert answers(bot, aino)["actions"] == [shown]
    assert shown == item


# -- old question keyboard while it waits ---------------------------------------------------------


async def test_back_from_the_old_question_keyboard_while_waiting(bot, fake):
    aino = await at_actions_fi(fake, bot)
    question = fake.last(aino)
    back = question.callback_data("Takaisin")
    await fake.send(aino, "Kyläkahvila kerran viikossa")
    reply = await fake.press(aino, question, data=back)  # a slow phone: the old keyboard still shown
    assert reply.messages or reply.alerts
    # Either Back worked (the item is not noted and the previous question is asked) or it was stale; never noted
    assert "actions" not in answers(bot, aino)
    assert len(live_keyboards(fake, aino)) == 1


async def test_skip_on_an_optional_list_while_waiting_and_skip_on_required(bot, fake):
    aino = await at_actions_fi(fake, bot)
    question = fake.last(aino)
    labels = question.button_labels
    await fake.send(aino, "Kyläkahvila kerran viikossa")
    skip = [label for label in labels if "Ohita" in label]
    if skip:
        reply = await fake.press(aino, question, data=question.callback_data(skip[0]))
        assert reply.messages or reply.alerts
    assert "actions" not in answers(bot, aino)


async def test_done_from_the_old_keyboard_while_waiting_on_a_fresh_list(bot, fake):
    aino = await at_actions_fi(fake, bot)
    await fake.send(aino, "Yksi")
    item_msg = (await fake.send(aino, "Kaksi")).last  # carries ✅ Valmis
    done = item_msg.callback_data("✅ Valmis")
    await fake.press(aino, item_msg, data=done)
    assert answers(bot, aino)["actions"] == ["Yksi", "Kaksi"]
    reply = await fake.press(aino, item_msg, data=done)  # a double tap
    assert answers(bot, aino)["actions"] == ["Yksi", "Kaksi"]
    assert reply.alerts == [STALE_FI]


# -- every list question -------------------------------------------------------------------------


async def test_read_back_on_partners_and_indicators_esr(bot, fake):
    aino = fake.new_user("Aino", "fi")
    await start(fake, bot, aino, ESR_FI[:13])
    assert "Kumppanit" in fake.last(aino).text or "kumppan" in fake.last(aino).text.lower()
    reply = await fake.send(aino, "Iisalmen kaupunki")
    assert "kirjaanko tämän?" in reply.text, reply.text
    await fake.press(aino, reply.last, YES_FI)
    assert answers(bot, aino)["partners"] == ["Iisalmen kaupunki"]
    await run(fake, aino, fake.last(aino), ESR_FI[14:17])
    reply = await fake.send(aino, "Osallistujia 40")
    assert "kirjaanko tämän?" in reply.text, reply.text
    await fake.press(aino, reply.last, YES_FI)
    assert answers(bot, aino)["indicators"] == ["Osallistujia 40"]


async def test_read_back_on_every_leader_list_question(bot, fake):
    aino = fake.new_user("Aino", "fi")
    await start(fake, bot, aino, LEADER_FI[:12])
    for qid, item in (("actions", "Kyläkysely"), ("intl_partner", None), ("joint_actions", "Opintovierailu Viroon"),
                      ("local_actions", "Aurinkopaneelikokeilu"), ("work_plan", "kysely – hallitus – syksy 2027"),
                      ("partners", "Rovaniemen kaupunki")):
        assert draft(bot, aino)["current"] == qid, (qid, draft(bot, aino)["current"])
        if item is None:
            await fake.send(aino, "Roheline Küla MTÜ, Viro")
            continue
        reply = await fake.send(aino, item)
        assert "kirjaanko tämän?" in reply.text, (qid, reply.text)
        assert qid not in answers(bot, aino)
        await fake.press(aino, reply.last, YES_FI)
        assert answers(bot, aino)[qid] == [item], qid
    assert draft(bot, aino)["current"] == "start"


async def test_own_sources_is_not_read_back(bot, fake):
    aino = fake.new_user("Aino", "fi")
    await start(fake, bot, aino, ESR_FI[:-1])
    reply = await fake.send(aino, "omat varat 5 000 €")
    assert "kirjaanko tämän?" not in reply.text
    assert answers(bot, aino)["own_sources"] == ["omat varat 5 000 €"]


# -- edit from the review -------------------------------------------------------------------------


async def test_edit_a_list_from_the_review_with_one_item_returns_to_the_review(bot, fake):
    aino = fake.new_user("Aino", "fi")
    await start(fake, bot, aino, ESR_FI)
    review = fake.last(aino)
    assert "Tarkista vastauksesi" in review.text
    part = next(label for label in review.button_labels if "Toteutus" in label)
    reply = await fake.press(aino, review, part)
    reply = await fake.press(aino, reply.last, "Toimenpiteet")
    assert "Mitä hankkeessa tehdään" in reply.text
    reply = await fake.send(aino, "Vain yksi uusi toimenpide")
    assert "kirjaanko tämän?" in reply.text
    reply = await fake.press(aino, reply.last, YES_FI)
    assert answers(bot, aino)["actions"] == ["Vain yksi uusi toimenpide"]
    assert "Tarkista vastauksesi" in fake.last(aino).text
    assert draft(bot, aino)["mode"] == "review"
    assert len(live_keyboards(fake, aino)) == 1


async def test_edit_a_list_then_no_keeps_the_old_list(bot, fake):
    aino = fake.new_user("Aino", "fi")
    await start(fake, bot, aino, ESR_FI)
    old = answers(bot, aino)["actions"]
    review = fake.last(aino)
    part = next(label for label in review.button_labels if "Toteutus" in label)
    reply = await fake.press(aino, review, part)
    reply = await fake.press(aino, reply.last, "Toimenpiteet")
    reply = await fake.send(aino, "Vain yksi uusi toimenpide")
    reply = await fake.press(aino, reply.last, NO_FI)
    assert answers(bot, aino)["actions"] == old
    assert "Kirjoita se uudelleen" in reply.text
    # the question offers Keep again
    assert any("Pidä" in label for label in reply.last.button_labels), reply.last.button_labels
    reply = await fake.press(aino, reply.last, "✔ Pidä tämä")
    assert answers(bot, aino)["actions"] == old and "Tarkista vastauksesi" in fake.last(aino).text


async def test_edit_a_list_then_sama_while_waiting(bot, fake):
    """On an edit, "sama" (same) typed while a new lone item waits: the person means the old list or the new item?"""
    aino = fake.new_user("Aino", "fi")
    await start(fake, bot, aino, ESR_FI)
    old = answers(bot, aino)["actions"]
    review = fake.last(aino)
    part = next(label for label in review.button_labels if "Toteutus" in label)
    reply = await fake.press(aino, review, part)
    reply = await fake.press(aino, reply.last, "Toimenpiteet")
    reply = await fake.send(aino, "sama")  # before any item: keeps the old list
    assert answers(bot, aino)["actions"] == old
    assert "Tarkista vastauksesi" in fake.last(aino).text


# -- deletion while it waits ----------------------------------------------------------------------


async def test_delete_data_while_the_read_back_waits_then_yes(bot, fake):
    aino = await at_actions_fi(fake, bot)
    readback = (await fake.send(aino, "Salainen kohta 123")).last
    yes = readback.callback_data(YES_FI)
    reply = await fake.send(aino, "/poistatiedot")
    await fake.press(aino, reply.last, data="privacy:delete:yes")
    assert bot.rows_mentioning(aino.id) == {}
    reply = await fake.press(aino, readback, data=yes)
    assert reply.alerts and "ei ole keskeneräistä" in reply.alerts[0]
    assert not bot.rows("SELECT * FROM interview_drafts WHERE user_id = ?", (aino.id,))
    assert bot.rows_mentioning(aino.id) == {}
    reply = await fake.send(aino, "joo")
    assert not bot.rows("SELECT * FROM interview_drafts WHERE user_id = ?", (aino.id,))
    assert "Salainen kohta 123" not in reply.text


# -- the paper ------------------------------------------------------------------------------------


async def test_the_paper_shows_the_read_back_items(bot, fake):
    aino = fake.new_user("Aino", "fi")
    steps = list(ESR_FI)
    steps[10] = ["Kyläkahvila <b>joka</b> viikko <script>x</script>"]  # a lone item, read back and ✔
    await start(fake, bot, aino, steps)
    assert answers(bot, aino)["actions"] == ["Kyläkahvila <b>joka</b> viikko <script>x</script>"]
    message = fake.last(aino)
    reply = await fake.press(aino, message, "📄 Tee ideapaperi")
    assert len(reply.documents) == 1
    text = docx_text(reply.documents[0].document)
    assert text.count("Kyläkahvila <b>joka</b> viikko <script>x</script>") == 1, text
    assert "Iisalmen kaupunki – aiesopimus" in text


async def test_the_paper_after_one_then_more_items(bot, fake):
    tom = fake.new_user("Tom", "en")
    steps = list(ESR_EN)
    steps[10] = ["First <i>one</i>", "Second <b>thing</b> for all"]
    await start(fake, bot, tom, steps)
    assert answers(bot, tom)["actions"] == ["First <i>one</i>", "Second <b>thing</b> for all"]
    reply = await fake.press(tom, fake.last(tom), "📄 Create the paper")
    text = docx_text(reply.documents[0].document)
    assert text.count("First <i>one</i>") == 1 and text.count("Second <b>thing</b> for all") == 1
    assert text.index("First <i>one</i>") < text.index("Second <b>thing</b> for all")


# -- more seams -----------------------------------------------------------------------------------


async def test_typing_the_buttons_own_words_siina_kaikki_notes_the_item_alone(bot, fake):
    aino = await at_actions_fi(fake, bot)
    await fake.send(aino, "Kyläkahvila kerran viikossa")
    reply = await fake.send(aino, "siinä kaikki")  # the ✔ button says "Kirjaa, siinä kaikki"
    assert answers(bot, aino).get("actions") == ["Kyläkahvila kerran viikossa"], answers(bot, aino).get("actions")
    assert "Kuka hankkeen toimenpiteet toteuttaa" in reply.text


async def test_typing_ei_muuta_does_not_throw_the_item_away(bot, fake):
    aino = await at_actions_fi(fake, bot)
    await fake.send(aino, "Kyläkahvila kerran viikossa")
    reply = await fake.send(aino, "ei muuta")  # "nothing else": the item is all there is
    assert answers(bot, aino).get("actions") == ["Kyläkahvila kerran viikossa"], (answers(bot, aino).get("actions"), reply.text)


async def test_typing_thats_all_in_english_notes_the_item_alone(bot, fake):
    tom = fake.new_user("Tom", "en")
    await start(fake, bot, tom, ESR_EN[:10])
    await fake.send(tom, "A weekly meeting place")
    await fake.send(tom, "that's all")
    assert answers(bot, tom).get("actions") == ["A weekly meeting place"], answers(bot, tom).get("actions")


async def test_an_older_list_questions_yes_does_not_confirm_the_next_lists_item(bot, fake):
    """Leader international: joint_actions and local_actions follow each other. A slow phone's second tap on
    joint_actions' ✔, arriving after a local item was typed, must not note the local item unseen."""
    aino = fake.new_user("Aino", "fi")
    await start(fake, bot, aino, LEADER_FI[:14])
    assert draft(bot, aino)["current"] == "joint_actions"
    joint = (await fake.send(aino, "Opintovierailu Viroon")).last
    yes = joint.callback_data(YES_FI)
    await fake.press(aino, joint, data=yes)
    assert answers(bot, aino)["joint_actions"] == ["Opintovierailu Viroon"]
    assert draft(bot, aino)["current"] == "local_actions"
    await fake.send(aino, "Aurinkopaneeli jota en ole vielä tarkistanut")
    reply = await fake.press(aino, joint, data=yes)  # the old joint_actions ✔ again
    assert "local_actions" not in answers(bot, aino), answers(bot, aino).get("local_actions")
    assert reply.alerts == [STALE_FI]


async def test_a_resend_of_a_confirmed_item_is_not_the_next_answer(bot, fake):
    aino = await at_actions_fi(fake, bot)
    readback = (await fake.send(aino, "Kyläkahvila kerran viikossa")).last
    await fake.press(aino, readback, YES_FI)
    assert draft(bot, aino)["current"] == "doers"
    reply = await fake.send(aino, "Kyläkahvila kerran viikossa")  # the phone resends the item after a lost reply
    assert "doers" not in answers(bot, aino), answers(bot, aino).get("doers")
    assert "on jo tallessa" in reply.text


async def test_a_resend_of_a_confirmed_by_typing_item_is_not_the_next_answer(bot, fake):
    aino = await at_actions_fi(fake, bot)
    await fake.send(aino, "Kyläkahvila kerran viikossa")
    await fake.send(aino, "joo")
    reply = await fake.send(aino, "Kyläkahvila kerran viikossa")
    assert "doers" not in answers(bot, aino), answers(bot, aino).get("doers")


async def test_a_resend_of_the_previous_answer_while_waiting_says_why(bot, fake):
    aino = fake.new_user("Aino", "fi")
    await start(fake, bot, aino, LEADER_FI[:12])
    assert draft(bot, aino)["current"] == "actions"
    await fake.send(aino, "Kyläkysely")
    reply = await fake.send(aino, "Strategia painottaa kylien ympäristötekoja.")  # the previous answer, resent
    assert "actions" not in answers(bot, aino)
    assert "on jo tallessa" in reply.text, reply.text
    assert reply.last.button_labels == [YES_FI, NO_FI]


async def test_done_pressed_on_an_old_keyboard_while_waiting_says_why(bot, fake):
    aino = await at_actions_fi(fake, bot)
    await fake.send(aino, "Kyläkahvila kerran viikossa")
    reply = await fake.press(aino, fake.last(aino), data="iv:d:actions")
    assert "actions" not in answers(bot, aino)
    # either the item is noted (Done = that's all) or the user is told why nothing happened
    assert answers(bot, aino).get("actions") == ["Kyläkahvila kerran viikossa"] or "Kirjoita vähintään yksi kohta" in reply.text \
        or reply.alerts, reply.text


async def test_the_read_back_button_after_cancel_without_resuming(bot, fake):
    aino = await at_actions_fi(fake, bot)
    readback = (await fake.send(aino, "Kyläkahvila kerran viikossa")).last
    yes = readback.callback_data(YES_FI)
    await fake.send(aino, "/peru")
    reply = await fake.press(aino, readback, data=yes)
    # /peru stripped the keyboard; a slow phone presses anyway: noted once or stale, never lost in silence
    got = answers(bot, aino).get("actions")
    assert got in (None, ["Kyläkahvila kerran viikossa"])
    assert reply.alerts or reply.messages
