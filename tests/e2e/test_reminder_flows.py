"""/remind and /project on persisted drafts, end to end: chats never mix, restarts lose nothing, buttons
obey only those allowed, odd input gets a clear answer."""

from __future__ import annotations

from datetime import timedelta

from tests.e2e.test_reminders import clock, rbot  # noqa: F401  (fixtures)

NO_DATE = "En tunnistanut päivämäärää"


def drafts(rbot) -> list[tuple]:
    return [tuple(r) for r in rbot.rows("SELECT flow, chat_id, user_id, step FROM flow_drafts ORDER BY chat_id")]


async def test_same_admin_in_a_group_and_privately_at_once_each_saved_with_its_own_values(rbot, fake):
    aino = fake.new_user("Aino", "fi")
    group = fake.new_group("Ohjausryhmä", admins=[aino])
    in_group = await fake.send(aino, "/muistuta", chat=group)
    # In a group the question opens the reply box only for the asker (selective), who is named.
    assert in_group.last.reply_markup == {"force_reply": True, "selective": True}
    assert in_group.last.text.startswith("Aino: Minä päivänä")
    await fake.send(aino, "/muistuta")
    group_time = await fake.send(aino, "15.2.2027", chat=group, reply_to=in_group.last)
    private_time = await fake.send(aino, "16.2.2027")
    assert len(drafts(rbot)) == 2
    await fake.press(aino, group_time.last, "08:00")
    await fake.press(aino, private_time.last, "18:00")
    reply = await fake.send(aino, "Ryhmän kokous", chat=group)
    assert "Tallennettu: Ryhmän kokous, ma 15.2.2027 klo 8.00" in reply.text
    reply = await fake.send(aino, "Oma juttu")
    assert "Tallennettu: Oma juttu, ti 16.2.2027 klo 18.00" in reply.text
    rows = {r["chat_id"]: (r["text"], r["due_at"]) for r in rbot.rows("SELECT chat_id, text, due_at FROM reminders")}
    assert rows == {group.id: ("Ryhmän kokous", "2027-02-15T06:00:00.000000Z"),
                    aino.id: ("Oma juttu", "2027-02-16T16:00:00.000000Z")}
    assert drafts(rbot) == []


async def test_an_open_draft_in_a_group_never_captures_text_in_another_chat(rbot, fake):
    aino = fake.new_user("Aino", "fi")
    group = fake.new_group("Ohjausryhmä", admins=[aino])
    await fake.send(aino, "/hanke", chat=group)
    reply = await fake.send(aino, "Mikä on Leader-ryhmä?")
    assert NO_DATE not in reply.text and "nimi" not in reply.text
    assert drafts(rbot) == [("project", group.id, aino.id, "name")]
    reply = await fake.send(aino, "Kylätalo", chat=group)
    assert "rahoituksen" in reply.text


async def test_restart_mid_project_in_a_group_continues_with_the_next_answer(rbot, fake):
    aino = fake.new_user("Aino", "fi")
    bea = fake.new_user("Bea", "fi")
    cecilia = fake.new_user("Cecilia", "fi")
    group = fake.new_group("Ohjausryhmä", admins=[aino, cecilia], members=[bea])
    await fake.send(aino, "/hanke", chat=group)
    funding = await fake.send(aino, "Kylätalo", chat=group)
    # A member is told only admins may, another admin that the set-up is someone else's; nothing changes.
    reply = await fake.press(bea, funding.last, "Leader")
    assert "ylläpitäjät" in reply.alerts[0]
    reply = await fake.press(cecilia, funding.last, "Leader")
    assert "toisen henkilön" in reply.alerts[0]
    assert drafts(rbot) == [("project", group.id, aino.id, "funding")]
    await rbot.restart()
    reply = await fake.press(aino, funding.last, "Leader")
    assert "tukipäätös" in reply.text and reply.last.reply_markup == {"force_reply": True, "selective": True}
    await rbot.restart()
    for answer in ("15.3.2026", "1.4.2026"):
        await fake.send(aino, answer, chat=group)
    reply = await fake.send(aino, "30.9.2028", chat=group)
    assert "15.3.2027 – Maksuhakemus (1.)" in reply.text
    # The button of an earlier step changes nothing now.
    reply = await fake.press(aino, funding.last, "ESR+")
    assert reply.alerts and "ohitettuun vaiheeseen" in reply.alerts[0]
    reply = await fake.press(aino, reply.last if reply.messages else fake.last(group), "Tallenna muistutukset")
    assert "määräajasta" in reply.text
    assert rbot.rows("SELECT chat_id, created_by_user_id FROM projects")[0]["chat_id"] == group.id


async def test_edited_message_inside_a_flow_is_answered_not_crashed(rbot, fake):
    aino = fake.new_user("Aino", "fi")
    group = fake.new_group("Ohjausryhmä", admins=[aino])
    for chat in (None, group):
        await fake.send(aino, "/muistuta", chat=chat)
        reply = await fake.edit(aino, "15.2.2027", chat=chat)
        assert "En lue muokattuja viestejä" in reply.text
        reply = await fake.send(aino, "15.2.2027", chat=chat)
        assert "Mihin aikaan" in reply.text
    await fake.send(aino, "/hanke")
    reply = await fake.edit(aino, "Kylätalo")
    assert "En lue muokattuja viestejä" in reply.text


async def test_weekend_reminder_whose_friday_hour_has_passed_is_refused_with_the_reason(rbot, fake, clock):
    clock.set(2027, 1, 22, 10, 0)  # Friday
    aino = fake.new_user("Aino", "fi")
    reply = await fake.send(aino, "/muistuta 23.1.2027 9:00 Lauantain talkoot")
    assert "pe 22.1.2027 klo 9.00" in reply.text and "mennyt" in reply.text
    assert not rbot.rows("SELECT * FROM reminders")
    await fake.send(aino, "/muistuta")
    times = await fake.send(aino, "23.1.2027")
    reply = await fake.press(aino, times.last, "09:00")
    assert "pe 22.1.2027 klo 9.00" in reply.text and "09:00" in reply.last.button_labels
    reply = await fake.press(aino, reply.last, "12:00")
    reply = await fake.send(aino, "Lauantain talkoot")
    assert "Tallennettu" in reply.text and "pe 22.1.2027 klo 12.00" in reply.text
    assert rbot.rows("SELECT next_fire_at FROM reminders")[0]["next_fire_at"] == "2027-01-22T10:00:00.000000Z"


async def test_dates_of_1900_and_9999_and_a_decision_decades_early_are_refused_with_reasons(rbot, fake):
    tom = fake.new_user("Tom", "en")
    reply = await fake.send(tom, "/remind 1.1.1900 Old")
    assert "from 2000 to 2100" in reply.text
    await fake.send(tom, "/remind")
    reply = await fake.send(tom, "31.12.9999")
    assert "from 2000 to 2100" in reply.text
    await fake.send(tom, "/project")
    funding = await fake.send(tom, "Village hall")
    await fake.press(tom, funding.last, "Leader")
    reply = await fake.send(tom, "1.1.1900")
    assert "from 2000 to 2100" in reply.text
    for answer in ("1.1.2001", "1.4.2027"):
        await fake.send(tom, answer)
    reply = await fake.send(tom, "30.9.2028")
    assert "years before the project starts" in reply.text and "funding decision" in reply.text.lower()
    await fake.send(tom, "15.3.2027")
    await fake.send(tom, "1.4.2027")
    reply = await fake.send(tom, "30.9.2028")
    assert "15 Mar 2028 – Payment application" in reply.text
    assert not rbot.rows("SELECT * FROM reminders")


async def test_many_milestones_are_chosen_page_by_page_and_a_second_tap_changes_nothing(rbot, fake):
    aino = fake.new_user("Aino", "fi")
    await fake.send(aino, "/hanke")
    funding = await fake.send(aino, "Pitkä hanke")
    skip = await fake.press(aino, funding.last, "ESR+")
    await fake.press(aino, skip.last, "Ohita")
    await fake.send(aino, "1.2.2027")
    await fake.send(aino, "31.1.2029")
    proposal = await fake.send(aino, "1")  # one-month payment periods: 24 milestones
    assert proposal.text.count("Maksatushakemus ja seurantaraportti") == 23
    page = await fake.press(aino, proposal.last, "Valitse määräajat")
    assert sum(len(row) for row in page.last.buttons) <= 100
    assert len([b for b in page.last.button_labels if b.startswith(("✅", "⬜"))]) == 8
    page = await fake.press(aino, page.last, "Seuraavat")
    assert "2/3" in page.last.button_labels
    data = page.last.callback_data("✅")
    page = await fake.press(aino, page.last, data=data)
    again = await fake.press(aino, page.last, data=data)
    assert "2/3" in fake.last(aino).button_labels and not any(again.alerts)
    done = await fake.press(aino, fake.last(aino), "Valmis")
    assert done.text.count("(ei muistutusta)") == 1
    saved = await fake.press(aino, done.last, "Tallenna muistutukset")
    assert "23 määräajasta" in saved.text
    assert rbot.rows("SELECT COUNT(*) AS n FROM reminders")[0]["n"] == 23


async def test_a_draft_left_for_a_day_is_dropped_and_the_person_told(rbot, fake, clock):
    aino = fake.new_user("Aino", "fi")
    await fake.send(aino, "/muistuta")
    clock.offset += timedelta(hours=25)
    reply = await fake.send(aino, "15.2.2027")
    assert "jäi kesken" in reply.text and "/muistuta" in reply.text
    assert drafts(rbot) == []


async def test_other_command_closes_the_set_up_and_says_so_cancel_ends_it(rbot, fake):
    aino = fake.new_user("Aino", "fi")
    await fake.send(aino, "/muistuta")
    reply = await fake.send(aino, "/muistutukset")
    assert "Muistutukset" in reply.text or "muistutuksia" in reply.text
    assert len(drafts(rbot)) == 1  # looking at the list keeps the set-up open
    reply = await fake.send(aino, "/kysy")
    assert "Jätin muistutuksen laatimisen kesken" in reply.text and drafts(rbot) == []
    await fake.send(aino, "/hanke")
    reply = await fake.send(aino, "/peru")
    assert "keskeytin" in reply.text.lower() and drafts(rbot) == []
    # The main menu's idea-paper button starts the interview: the open set-up is closed, and said so.
    started = await fake.send(aino, "/muistuta")
    reply = await fake.press(aino, started.last, data="menu:idea")
    assert "Jätin muistutuksen laatimisen kesken" in reply.text and drafts(rbot) == []
