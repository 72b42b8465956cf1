"""Buttons on saved reminders against double taps, forged data and members who may not change things."""

from __future__ import annotations

from tests.e2e.test_reminders import clock, rbot, reminders_in, scheduler, wait_for  # noqa: F401  (fixtures)


async def _delivered(rbot, fake, clock, group, text: str):
    clock.set(2027, 1, 21, 9, 0, ahead=0.5)
    await scheduler(rbot).arm()
    return (await wait_for(lambda: reminders_in(fake, group, text)))[0]


async def test_double_taps_and_forged_snoozes_or_dones_change_nothing(rbot, fake, clock):
    aino = fake.new_user("Aino", "fi")
    bea = fake.new_user("Bea", "fi")
    group = fake.new_group("Ohjausryhmä", admins=[aino], members=[bea])
    created = await fake.send(aino, "/muistuta 21.1.2027 9:00 Viikkopalaveri", chat=group)
    reply = await fake.press(aino, created.last, "Viikoittain")
    again = await fake.press(aino, reply.last, data=created.last.callback_data("Viikoittain"))
    assert not any(again.alerts) and rbot.rows("SELECT recurrence FROM reminders")[0]["recurrence"] == "weekly"
    await fake.send(aino, "/muistuta 25.1.2027 9:00 Toisen ryhmän asia", chat=fake.new_group("Muu", admins=[aino]))
    other_next = rbot.rows("SELECT next_fire_at FROM reminders WHERE text = 'Toisen ryhmän asia'")[0]["next_fire_at"]
    message = await _delivered(rbot, fake, clock, group, "Viikkopalaveri")
    rid = rbot.rows("SELECT reminder_id FROM reminders WHERE text = 'Viikkopalaveri'")[0]["reminder_id"]

    # A member may not snooze the group's reminder, nor forge 60 snoozes or a Done for a later week.
    for _ in range(2):
        reply = await fake.press(bea, message, "Muistuta huomenna")
        assert "ylläpitäjät" in reply.alerts[0]
    for n in range(60):
        reply = await fake.press(bea, message, data=f"rem:snz:{rid}:2027-{('01-28', '02-04', '01-14')[n % 3]}")
        assert "ei ole enää voimassa" in reply.alerts[0]
    for data in (f"rem:done:{rid}:2027-01-28", f"rem:done:{rid}:2027-02-04"):
        reply = await fake.press(bea, message, data=data)
        assert reply.alerts and "ei ole enää voimassa" in reply.alerts[0]
    # Nor a Done for this week pressed on another message (the one that created the reminder).
    reply = await fake.press(bea, created.last, data=f"rem:done:{rid}:2027-01-21")
    assert reply.alerts
    assert rbot.rows("SELECT COUNT(*) AS n FROM reminder_snoozes")[0]["n"] == 0
    assert rbot.rows("SELECT COUNT(*) AS n FROM reminder_done")[0]["n"] == 0
    assert rbot.rows("SELECT next_fire_at FROM reminders WHERE text = 'Toisen ryhmän asia'")[0]["next_fire_at"] == other_next

    # The admin snoozes; the second tap changes nothing. Thursday's snooze is for Friday.
    reply = await fake.press(aino, message, "Muistuta huomenna")
    assert "pe 22.1.2027 klo 9.00" in reply.alerts[0]
    reply = await fake.press(aino, message, "Muistuta huomenna")
    assert "jo tulossa" in reply.alerts[0]
    assert rbot.rows("SELECT COUNT(*) AS n FROM reminder_snoozes")[0]["n"] == 1

    # A member marks it done, recorded by name; a second tap changes nothing.
    await fake.press(bea, message, "Tehty ✅")
    assert fake.last(group).button_labels == ["✅ Tehty – Bea"]
    reply = await fake.press(bea, fake.last(group), data=f"rem:done:{rid}:2027-01-21")
    assert "jo merkitty" in reply.alerts[0]
    assert [tuple(r) for r in rbot.rows("SELECT occurrence, done_by_user_id FROM reminder_done")] == [("2027-01-21", bea.id)]
    # Friday: the snooze of a done occurrence is not sent; the group got this week's message once.
    clock.set(2027, 1, 22, 9, 0, ahead=0.3)
    await scheduler(rbot).arm()
    await wait_for(lambda: rbot.rows("SELECT COUNT(*) AS n FROM reminder_snoozes")[0]["n"] == 0)
    assert len(reminders_in(fake, group, "Viikkopalaveri")) == 1


async def test_delete_buttons_only_in_an_admins_view_and_a_second_delete_says_it_is_gone(rbot, fake, clock):
    aino = fake.new_user("Aino", "fi")
    bea = fake.new_user("Bea", "fi")
    group = fake.new_group("Ohjausryhmä", admins=[aino], members=[bea])
    await fake.send(aino, "/muistuta 25.1.2027 9:00 Kokous", chat=group)
    members_view = await fake.send(bea, "/muistutukset", chat=group)
    assert "Kokous" in members_view.text and not any("🗑" in b for b in members_view.last.button_labels)
    admins_view = await fake.send(aino, "/muistutukset", chat=group)
    data = admins_view.last.callback_data("🗑")
    reply = await fake.press(bea, admins_view.last, data=data)
    assert "ylläpitäjät" in reply.alerts[0]
    await fake.press(aino, admins_view.last, data=data)
    assert not rbot.rows("SELECT * FROM reminders")
    reply = await fake.press(aino, admins_view.last, data=data)
    assert "ei enää ole" in reply.alerts[0]


async def test_an_admin_demoted_mid_project_cannot_save_it_and_is_told(rbot, fake, clock):
    aino = fake.new_user("Aino", "fi")
    group = fake.new_group("Ohjausryhmä", admins=[aino])
    await fake.send(aino, "/hanke", chat=group)
    funding = await fake.send(aino, "Kylätalo", chat=group)
    await fake.press(aino, funding.last, "Leader")
    for answer in ("15.3.2026", "1.4.2026"):
        await fake.send(aino, answer, chat=group)
    proposal = await fake.send(aino, "30.9.2028", chat=group)
    fake.admins[group.id].discard(aino.id)
    reply = await fake.press(aino, proposal.last, "Tallenna muistutukset")
    assert reply.alerts and "ylläpitäjät" in reply.alerts[0]
    assert not rbot.rows("SELECT * FROM projects")
    # A forged "new project" list button in the group is refused for a member too.
    reply = await fake.press(aino, proposal.last, data="rem:prj")
    assert reply.alerts and "ylläpitäjät" in reply.alerts[0]
