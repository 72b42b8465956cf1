"""Reminders end to end: the real bot, JobQueue and SQLite file against the fake Bot API, with a movable clock."""

from __future__ import annotations

import asyncio
import logging
from datetime import UTC, datetime, timedelta

import pytest
from icalendar import Calendar

from bot.domain.reminders import HELSINKI
from conversations.reminders.feature import ReminderFeature
from bot.logging_setup import install_redaction
from tests.fakebot.server import TgChat
from tests.harness import BotHarness


class MovableClock:
    """Real time plus an offset, so the real scheduler fires at the fake moment without long sleeps."""

    def __init__(self) -> None:
        self.offset = timedelta(0)

    def __call__(self) -> datetime:
        return datetime.now(UTC) + self.offset

    def set(self, *args: int, ahead: float = 0.0) -> None:
        """Make "now" the given Helsinki wall-clock moment minus ``ahead`` seconds."""
        moment = datetime(*args, tzinfo=HELSINKI).astimezone(UTC) - timedelta(seconds=ahead)
        self.offset = moment - datetime.now(UTC)


@pytest.fixture
def clock():
    return MovableClock()


@pytest.fixture
async def rbot(fake, tmp_path, caplog, clock):
    caplog.set_level(logging.DEBUG)
    install_redaction(fake.token)
    clock.set(2027, 1, 20, 10, 0)  # a Wednesday
    harness = await BotHarness(fake, tmp_path / "hankebotti.sqlite3", clock=clock).start()
    yield harness
    await harness.stop()
    refused = [r for r in fake.rejected if r[0] != "getUpdates" and r[1] not in (403, 429)
               and "not modified" not in r[2] and "upgraded" not in r[2]]
    assert not refused, f"the fake Bot API refused: {refused}"
    assert fake.token not in caplog.text


async def wait_for(predicate, timeout: float = 5.0):
    """Poll until ``predicate()`` is truthy (the scheduler works in the background)."""
    deadline = asyncio.get_running_loop().time() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError("timed out waiting")
        await asyncio.sleep(0.02)


def scheduler(harness):
    return harness.services.features.get(ReminderFeature).scheduler


def reminders_in(fake, chat, fragment: str):
    return [m for m in fake.messages(chat) if fragment in m.text and "Muistutus" in m.text]


async def test_group_reminder_one_line_admin_only_arrives_and_done_stops_follow_ups(rbot, fake, clock):
    aino = fake.new_user("Aino", "fi")
    bea = fake.new_user("Bea", "fi")
    group = fake.new_group("Ohjausryhmä", admins=[aino], members=[bea])

    reply = await fake.send(bea, "/muistuta 22.1.2027 09:00 Jotain muuta", chat=group)
    assert "ylläpitäjät" in reply.text
    assert rbot.rows("SELECT COUNT(*) AS n FROM reminders")[0]["n"] == 0

    reply = await fake.send(aino, "/muistuta 22.1.2027 09:00 Seurantatiedot <Hyrrään>", chat=group)
    assert "Tallennettu" in reply.text and "Seurantatiedot <Hyrrään>" in reply.text
    assert "pe 22.1.2027 klo 9.00" in reply.text
    # A non-admin cannot change it either; the admin adds a reminder one day before.
    alert = await fake.press(bea, reply.last, "1 pv ennen")
    assert alert.alerts and "ylläpitäjät" in alert.alerts[0]
    reply = await fake.press(aino, reply.last, "1 pv ennen")
    assert "1 pv ennen" in reply.text and "to 21.1.2027 klo 9.00" in reply.text

    # The day before, a second before nine: the real scheduler sends it at its minute.
    clock.set(2027, 1, 21, 9, 0, ahead=0.5)
    await scheduler(rbot).arm()
    first = await wait_for(lambda: reminders_in(fake, group, "Seurantatiedot"))
    assert "huomenna" in first[0].text
    assert first[0].button_labels == ["Tehty ✅", "Muistuta huomenna"]

    # Anyone in the group may mark it done; the button shows who.
    reply = await fake.press(bea, first[0], "Tehty ✅")
    assert fake.last(group).button_labels == ["✅ Tehty – Bea"]
    reply = await fake.press(aino, fake.last(group), data=fake.last(group).callback_data("Tehty"))
    assert "jo merkitty" in reply.alerts[0]

    # On the day itself nothing more is sent for this occurrence.
    clock.set(2027, 1, 22, 9, 5)
    count = len(fake.messages(group))
    await scheduler(rbot).run_round()
    assert len(fake.messages(group)) == count
    assert [r["slot"] for r in rbot.rows("SELECT slot FROM reminder_sent")] == ["1d"]


async def test_down_when_due_arrives_once_marked_late_or_is_missed(rbot, fake, clock):
    aino = fake.new_user("Aino", "fi")
    await fake.send(aino, "/muistuta 21.1.2027 9:00 Maksuhakemus Hyrrään")
    await fake.send(aino, "/muistuta 20.1.2027 14:00 Palaveri")
    await rbot.stop()
    clock.set(2027, 1, 21, 11, 0)  # the 21st's reminder is two hours behind; the 20th's day is over
    await rbot.start()
    late = await wait_for(lambda: reminders_in(fake, aino, "Maksuhakemus"))
    assert "myöhässä" in late[0].text and "to 21.1.2027 klo 9.00" in late[0].text
    await wait_for(lambda: scheduler(rbot).rounds >= 1)
    assert not reminders_in(fake, aino, "Palaveri")
    statuses = {r["text"]: r["status"] for r in rbot.rows(
        "SELECT r.text, s.status FROM reminder_sent s JOIN reminders r USING (reminder_id)")}
    assert statuses == {"Maksuhakemus Hyrrään": "late", "Palaveri": "missed"}

    await rbot.restart()
    await scheduler(rbot).run_round()
    assert len(reminders_in(fake, aino, "Maksuhakemus")) == 1


async def test_project_proposes_leader_milestones_confirms_and_calendar_parses(rbot, fake, clock):
    clock.set(2026, 3, 20, 12, 0)
    aino = fake.new_user("Aino", "fi")
    reply = await fake.send(aino, "/hanke")
    assert "nimi" in reply.text
    reply = await fake.send(aino, "Kylätalo & kumppanit")
    reply = await fake.press(aino, reply.last, "Leader")
    assert "tukipäätös" in reply.text
    reply = await fake.send(aino, "31.2.2026")
    assert "kalenterissa" in reply.text
    await fake.send(aino, "15.3.2026")
    await fake.send(aino, "1.4.2026")
    reply = await fake.send(aino, "30.9.2028")
    text = reply.text
    assert "Kylätalo & kumppanit" in text
    for line in ("31.1.2027 – Seurantatiedot vuodelta 2026", "15.3.2027 – Maksuhakemus (1.)",
                 "31.1.2028 – Seurantatiedot vuodelta 2027", "15.3.2028 – Maksuhakemus (2.)",
                 "31.1.2029 – Loppumaksuhakemus ja loppuraportti"):
        assert line in text
    assert "muutoshakemuksen" in text
    assert rbot.rows("SELECT COUNT(*) AS n FROM reminders")[0]["n"] == 0  # nothing before confirming

    # Edit: leave the second payment application out, then save.
    reply = await fake.press(aino, reply.last, "Valitse määräajat")
    reply = await fake.press(aino, reply.last, "15.3.2028 Maksuhakemus")
    reply = await fake.press(aino, reply.last, "Valmis")
    assert "(ei muistutusta)" in reply.text
    reply = await fake.press(aino, reply.last, "Tallenna muistutukset")
    assert "4 määräajasta" in reply.text
    kinds = [r["kind"] for r in rbot.rows("SELECT kind FROM reminders ORDER BY due_at")]
    assert kinds == ["leader_monitoring", "leader_payment", "leader_monitoring", "leader_final"]

    reply = await fake.send(aino, "/muistutukset")
    assert "Kylätalo & kumppanit: Seurantatiedot vuodelta 2026 – su 31.1.2027" in reply.text

    reply = await fake.send(aino, "/kalenteri")
    document = reply.documents[0]
    assert document.filename.endswith(".ics")
    calendar = Calendar.from_ical(document.document)
    events = list(calendar.walk("VEVENT"))
    assert len(events) == 4
    summaries = sorted(str(e["summary"]) for e in events)
    assert "Kylätalo & kumppanit: Loppumaksuhakemus ja loppuraportti" in summaries
    final = next(e for e in events if "Loppumaksu" in str(e["summary"]))
    # A deadline is an all-day event; its alarms go off at 9.00, 14, 7 and 1 days before.
    assert final["dtstart"].dt.isoformat() == "2029-01-31" and final["dtend"].dt.isoformat() == "2029-02-01"
    assert sorted(a["trigger"].dt for a in final.walk("VALARM")) == [
        timedelta(days=-14, hours=9), timedelta(days=-7, hours=9), timedelta(days=-1, hours=9)]


async def test_blocked_user_and_kicked_group_pause_their_reminders(rbot, fake, clock):
    aino = fake.new_user("Aino", "fi")
    group = fake.new_group("Ryhmä", admins=[aino])
    await fake.send(aino, "/muistuta 21.1.2027 9:00 Oma", chat=None)
    await fake.send(aino, "/muistuta 21.1.2027 9:00 Ryhmän", chat=group)
    fake.block(aino)
    fake.kick_bot(group)
    clock.set(2027, 1, 21, 9, 0, ahead=0.2)
    await scheduler(rbot).arm()
    await wait_for(lambda: rbot.rows("SELECT COUNT(*) AS n FROM reminders WHERE active = 0")[0]["n"] == 2)
    assert not reminders_in(fake, aino, "Oma") and not reminders_in(fake, group, "Ryhmän")
    assert {r["status"] for r in rbot.rows("SELECT status FROM reminder_sent")} == {"failed"}
    # Unblocked and writing again: the reminders resume.
    fake.blocked.discard(aino.id)
    reply = await fake.send(aino, "/muistutukset")
    assert "taas käytössä" in reply.text


async def test_group_migration_found_when_sending_moves_and_delivers(rbot, fake, clock):
    aino = fake.new_user("Aino", "fi")
    group = fake.new_group("Ryhmä", admins=[aino])
    await fake.send(aino, "/muistuta 21.1.2027 9:00 Kokous", chat=group)
    # The group became a supergroup without the bot seeing the service message.
    new = TgChat(id=-1_000_000_009_999, type="supergroup", title="Ryhmä")
    fake.chats[new.id] = new
    fake.admins[new.id] = {aino.id}
    fake.members[new.id] = set(fake.members[group.id])
    fake.migrated[group.id] = new.id
    clock.set(2027, 1, 21, 9, 0, ahead=0.2)
    await scheduler(rbot).arm()
    await wait_for(lambda: reminders_in(fake, new, "Kokous"))
    assert rbot.rows("SELECT chat_id FROM reminders")[0]["chat_id"] == new.id
    reply = await fake.send(aino, "/muistutukset", chat=new)
    assert "Kokous" in reply.text


async def test_migration_service_message_moves_reminders(rbot, fake, clock):
    aino = fake.new_user("Aino", "fi")
    group = fake.new_group("Ryhmä", admins=[aino])
    await fake.send(aino, "/muistuta 21.1.2027 9:00 Kokous", chat=group)
    new = await fake.migrate_group(aino, group)
    assert rbot.rows("SELECT chat_id FROM reminders")[0]["chat_id"] == new.id
    clock.set(2027, 1, 21, 9, 0, ahead=0.2)
    await scheduler(rbot).arm()
    await wait_for(lambda: reminders_in(fake, new, "Kokous"))


async def test_forged_and_foreign_buttons_do_nothing(rbot, fake, clock):
    aino = fake.new_user("Aino", "fi")
    eve = fake.new_user("Eve", "fi")
    reply = await fake.send(aino, "/muistuta 25.1.2027 Aino yksin")
    rid = rbot.rows("SELECT reminder_id FROM reminders")[0]["reminder_id"]
    mine = await fake.send(eve, "/muistuta 25.1.2027 Eve")
    for data in (f"rem:del:{rid}", f"rem:done:{rid}:2027-01-25", f"rem:rec:{rid}:w", "rem:del:99999999",
                 f"rem:done:{rid + 1}:2027-01-26", "rem:del:x' OR 1=1"):
        reply = await fake.press(eve, mine.last, data=data)
        assert reply.alerts, data
    assert rbot.rows("SELECT COUNT(*) AS n FROM reminders")[0]["n"] == 2
    assert rbot.rows("SELECT COUNT(*) AS n FROM reminder_done")[0]["n"] == 0
    assert rbot.rows("SELECT recurrence FROM reminders WHERE reminder_id = ?", (rid,))[0]["recurrence"] == "none"


async def test_guided_remind_survives_wrong_input(rbot, fake, clock):
    tom = fake.new_user("Tom", "en")
    reply = await fake.send(tom, "/remind")
    assert "which day" in reply.text
    reply = await fake.send_media(tom, "sticker")
    assert "typed answer" in reply.text
    reply = await fake.send(tom, "tomorrow")
    assert "31.1.2027" in reply.text
    reply = await fake.send(tom, "1.1.2027")
    assert "already passed" in reply.text
    reply = await fake.send(tom, "1.2.2027")
    reply = await fake.press(tom, reply.last, "16:00")
    reply = await fake.send(tom, "x" * 4000)
    assert "too long" in reply.text
    reply = await fake.send(tom, "<b>Board</b> meeting & coffee")
    assert "Saved: <b>Board</b> meeting & coffee, Mon 1 Feb 2027 at 16:00" in reply.text
    reply = await fake.press(tom, reply.last, "Weekly")
    assert "Repeats: Weekly" in reply.text
    reply = await fake.send(tom, "/remind 30.2.2027 Nope")
    assert "isn't in the calendar" in reply.text


async def test_group_intro_in_adders_language_names_admins(rbot, fake, clock):
    tom = fake.new_user("Tom", "en")
    group = fake.new_group("Steering group", admins=[tom])
    reply = await fake.add_bot_to_group(tom, group)
    assert "Only the group's admins can add, change or delete" in reply.text
    assert "Tom" in reply.text


async def test_deletedata_removes_own_reminders_and_keeps_group_ones(rbot, fake, clock):
    aino = fake.new_user("Aino", "fi")
    group = fake.new_group("Ryhmä", admins=[aino])
    await fake.send(aino, "/muistuta 25.1.2027 Oma asia")
    await fake.send(aino, "/muistuta 25.1.2027 Ryhmän asia", chat=group)
    reply = await fake.send(aino, "/poistatiedot")
    await fake.press(aino, reply.last, "Kyllä, poista kaikki")
    rows = rbot.rows("SELECT text, created_by_user_id FROM reminders")
    assert [(r["text"], r["created_by_user_id"]) for r in rows] == [("Ryhmän asia", None)]
