"""SIGKILL and SIGTERM on a real ``python -m bot`` process: nothing a user sent is lost or applied twice.

The fake Bot API can hold a method's requests (``fake.hold``), which pins the bot at an exact point:
holding the answer pins it between fetching an update and committing its handling; holding the next
``getUpdates`` pins it after the handling is committed but before Telegram was told. A SIGKILL there is
the crash the at-least-once runner (bot/runner.py) exists for.
"""

from __future__ import annotations

import asyncio
import json
import random
from datetime import UTC, datetime, timedelta

import pytest

from bot.domain.reminders import Rule, local_to_utc, to_local
from bot.domain.workdays import is_working_day, previous_working_day
from bot.storage import Database
from bot.storage.reminders import ReminderRepository
from tests.fakebot import FakeTelegram, TgUser
from tests.stress import BotSubprocess, scaled

pytestmark = pytest.mark.slow


@pytest.fixture
async def proc(fake: FakeTelegram, tmp_path):
    # A long poll that outlasts each test step, so a held getUpdates is always the confirming one.
    bot = BotSubprocess(fake, tmp_path, poll_timeout=20)
    yield bot
    await bot.stop()
    assert fake.token not in bot.log, "the bot token appeared in the process output"


def text_update(fake: FakeTelegram, user: TgUser, text: str) -> dict:
    return {"message": fake._new_message(user, fake.chats[user.id], **fake._text_content(text))}


def press_update(fake: FakeTelegram, user: TgUser, data: str) -> dict:
    """A button press on the newest message the bot sent the user (data as the button carries it)."""
    message = fake.last(user)
    query = {"id": f"q{user.id}-{len(fake.requests)}-{random.random()}", "from": user.to_api(),
             "message": message.to_api(fake.bot_user, fake.chats[user.id]), "chat_instance": f"ci{user.id}", "data": data}
    return {"callback_query": query}


def processed_ids(proc: BotSubprocess) -> set[int]:
    return {row[0] for row in proc.rows("SELECT update_id FROM processed_updates")}


async def test_kill_before_the_answer_is_sent_redelivers_and_answers_once(fake, proc):
    await proc.start()
    tom = fake.new_user("Tom", "en")
    await fake.send(tom, "/language")
    held = fake.hold("editMessageText")
    pressing = asyncio.create_task(fake.act(press_update(fake, tom, "lang:set:fi"), tom.id, timeout=60))
    await asyncio.wait_for(held.arrived.wait(), 20)
    # The choice is committed, the confirmation is on its way, the update is not marked handled yet.
    await proc.kill()
    held.release(drop=True)
    update_id = fake.updates[-1]["update_id"]
    assert update_id not in processed_ids(proc)
    assert fake.confirmed_offset <= update_id, "Telegram was told before the handling finished"

    await proc.start()
    reply = await pressing
    assert "puhutaan suomea" in reply.text
    assert fake.last(tom).edits == 1, "the redelivered press was answered more than once"
    assert proc.rows("SELECT language FROM users WHERE user_id = ?", (tom.id,))[0][0] == "fi"
    assert update_id in processed_ids(proc)


async def test_kill_after_handling_but_before_confirming_does_not_answer_twice(fake, proc):
    await proc.start()
    aino = fake.new_user("Aino", "fi")
    held = fake.hold("getUpdates")
    update_id = await fake.push(text_update(fake, aino, "/start"))
    # The long poll already waiting returns the update; the next getUpdates would confirm it.
    await asyncio.wait_for(held.arrived.wait(), 20)
    assert int(held.params[0]["offset"]) == update_id + 1
    assert update_id in processed_ids(proc)
    await proc.kill()
    held.release(drop=True)
    assert fake.confirmed_offset <= update_id

    await proc.start()
    await fake.processed(update_id, timeout=30)
    welcomes = [m for m in fake.messages(aino) if "Hei Aino" in m.text]
    assert len(welcomes) == 1, "an update handled before the crash was applied again"
    assert f"update {update_id} was handled before a restart; skipped" in proc.log


async def test_sigterm_stops_cleanly_and_quickly(fake, proc):
    await proc.start()
    code, seconds = await proc.terminate(timeout=10)
    assert code == 0, proc.log
    assert "bot stopped" in proc.log
    print(f"SIGTERM while idle: stopped in {seconds:.2f} s")


async def test_sigterm_while_an_answer_hangs_stops_and_the_update_comes_again(fake, proc):
    await proc.start()
    tom = fake.new_user("Tom", "en")
    held = fake.hold("sendMessage")
    sending = asyncio.create_task(fake.act(text_update(fake, tom, "/help"), tom.id, timeout=60))
    await asyncio.wait_for(held.arrived.wait(), 20)
    code, seconds = await proc.terminate(timeout=10)
    assert code == 0, f"not a clean stop within 10 s:\n{proc.log}"
    print(f"SIGTERM with a hanging answer: stopped in {seconds:.2f} s")
    held.release(drop=True)
    assert not sending.done()

    await proc.start()
    reply = await sending
    assert "How to use Hankebotti" in reply.text
    assert sum("How to use Hankebotti" in m.text for m in fake.messages(tom)) == 1


async def test_random_kills_during_concurrent_sessions_lose_nothing(fake, proc):
    """Users keep choosing languages while the bot is SIGKILLed at random moments and restarted."""
    rng = random.Random(6)
    users = [fake.new_user(f"User{i}", rng.choice(["fi", "en"])) for i in range(scaled(12))]
    rounds = scaled(4)
    kills = scaled(3)
    chosen: dict[int, str] = {}
    await proc.start()

    async def session(user: TgUser) -> None:
        for round_no in range(rounds):
            await fake.act(text_update(fake, user, "/kieli"), user.id, timeout=60)
            lang = rng.choice(["fi", "en"])
            chosen[user.id] = lang
            await fake.act(press_update(fake, user, f"lang:set:{lang}"), user.id, timeout=60)
            await asyncio.sleep(rng.random() * 0.05)

    async def killer() -> None:
        for _ in range(kills):
            await asyncio.sleep(0.2 + rng.random() * 0.6)
            await proc.kill()
            await proc.start()

    sessions = asyncio.gather(*(session(u) for u in users))
    await asyncio.gather(sessions, killer())
    assert proc.starts == kills + 1

    saved = {row[0]: row[1] for row in proc.rows("SELECT user_id, language FROM users")}
    for user in users:
        assert saved.get(user.id) == chosen[user.id], "a saved choice was lost or overwritten by a redelivery"
        confirmation = "puhutaan suomea" if chosen[user.id] == "fi" else "English it is"
        assert confirmation in fake.last(user).text
    pushed = set(range(1, fake.confirmed_offset))
    assert len(pushed) == 2 * rounds * len(users) and processed_ids(proc) >= pushed, "an update was never handled"
    assert " ERROR " not in proc.log, proc.log


INTERVIEW = [("track", "press", "esr"), ("org_type", "press", "association"), ("org_name", "text", "Kylän olohuone ry {n}"),
             ("contact", "text", "Maija Virtanen, 040 123 {n}"), ("title", "text", "Olohuone <{n}> & kahvila"),
             ("need", "text", "Kylässä ei ole kohtaamispaikkaa ({n})."), ("goal", "text", "Yksinäisyys vähenee {n}.")]


def stored_draft(proc: BotSubprocess, user: TgUser) -> dict | None:
    rows = proc.rows("SELECT data FROM interview_drafts WHERE user_id = ?", (user.id,))
    return json.loads(rows[0][0]) if rows else None


async def test_random_kills_during_concurrent_interviews_lose_no_answer(fake, proc):
    """Concurrent interviews, SIGKILL at random moments: every answer is kept, each where it belongs."""
    rng = random.Random(60)
    users = [fake.new_user(f"Vastaaja{i}", "fi") for i in range(scaled(10))]
    kills = scaled(3)
    await proc.start()

    async def interview(n: int, user: TgUser) -> None:
        await fake.act(text_update(fake, user, "/idea"), user.id, timeout=60)
        answers = {qid: (kind, value.format(n=n)) for qid, kind, value in INTERVIEW}
        for _ in range(4 * len(INTERVIEW)):
            draft = stored_draft(proc, user)
            current = draft and draft.get("current")
            if current not in answers:
                return
            kind, value = answers[current]
            if kind == "press":
                reply = await fake.act(press_update(fake, user, f"iv:a:{current}:{value}"), user.id, timeout=60)
            else:
                reply = await fake.act(text_update(fake, user, value), user.id, timeout=60)
            offered = [b.get("callback_data") for row in (reply.messages[-1].reply_markup or {}).get("inline_keyboard", [])
                       for b in row] if reply.messages else []
            if "iv:r:c" in offered:
                # After a restart the bot asks before taking a message as an answer: the user continues.
                await fake.act(press_update(fake, user, "iv:r:c"), user.id, timeout=60)
            await asyncio.sleep(rng.random() * 0.05)
        raise AssertionError(f"interview of {user.first_name} did not progress")

    async def killer() -> None:
        for _ in range(kills):
            await asyncio.sleep(0.3 + rng.random() * 0.7)
            await proc.kill()
            await proc.start()

    await asyncio.gather(asyncio.gather(*(interview(n, u) for n, u in enumerate(users))), killer())
    assert proc.starts == kills + 1
    for n, user in enumerate(users):
        answers = stored_draft(proc, user)["answers"]
        for qid, kind, value in INTERVIEW:
            assert answers.get(qid) == value.format(n=n), f"{user.first_name}: answer {qid} lost or misplaced"
    # Every interview can be resumed after one more crash, at the question where it stopped.
    await proc.kill()
    await proc.start()
    for user in users[:3]:
        reply = await fake.act(text_update(fake, user, "/idea"), user.id, timeout=60)
        assert "▶️ Jatka" in reply.last.button_labels
        reply = await fake.press(user, reply.last, "▶️ Jatka")
        assert reply.messages and stored_draft(proc, user)["current"] == "target_group"
    assert " ERROR " not in proc.log, proc.log


def _due_now_on_any_day(now: datetime) -> tuple[Rule, datetime]:
    """A reminder whose message is due now on a working day, and late-but-sendable on a weekend or holiday.

    Reminders fire on working days only (Helsinki time). On a working day: the deadline is now. Otherwise the
    deadline is the next working day and the lead time puts the message on the last working day, so it is due
    (late) while its deadline has not passed: the test runs the same at any hour of any day.
    """
    local = to_local(now - timedelta(seconds=5))
    today, at = local.date(), local.time()
    if is_working_day(today):
        deadline, lead = now - timedelta(seconds=5), 0
    else:
        last, following = previous_working_day(today), today + timedelta(days=1)
        while not is_working_day(following):
            following += timedelta(days=1)
        deadline, lead = local_to_utc(following, at), (following - last).days
    fire = deadline - timedelta(days=lead)
    return Rule(deadline, lead_days=(lead,)), fire - timedelta(minutes=10)


async def test_kills_while_reminders_go_out_never_send_one_twice(fake, proc, tmp_path):
    """Due reminders going out while the bot is SIGKILLed: none twice; all sent except one cut mid-send."""
    count, kills = scaled(40), scaled(2)
    users = [fake.new_user(f"Muistettava{i}", "fi") for i in range(count)]
    rule, created = _due_now_on_any_day(datetime.now(UTC))
    db = await Database(proc.db_path).connect()
    await db.migrate()
    repo = ReminderRepository(db)
    async with db.transaction() as conn:
        for i, user in enumerate(users):
            await repo._insert(conn, user.id, user.id, rule, f"Tehtävä numero {i}", "custom", 0, None, created)
    await db.close()

    def settled() -> int:
        return proc.rows("SELECT COUNT(*) FROM reminder_sent WHERE status != 'sending'")[0][0]

    await proc.start()
    rng = random.Random(61)
    for _ in range(kills):
        await asyncio.sleep(0.1 + rng.random() * 0.5)
        await proc.kill()
        await proc.start()
    for _ in range(600):
        if settled() == count:
            break
        await asyncio.sleep(0.05)
    statuses = {row[0]: row[1] for row in proc.rows(
        "SELECT r.chat_id, s.status FROM reminder_sent s JOIN reminders r USING (reminder_id)")}
    assert len(statuses) == count, "a due reminder was never handled"
    uncertain = 0
    for i, user in enumerate(users):
        delivered = [m for m in fake.messages(user) if f"Tehtävä numero {i}" in m.text]
        assert len(delivered) <= 1, f"reminder {i} was sent twice"
        if statuses[user.id] == "uncertain":
            uncertain += 1  # claimed, then killed before the result was written: never resent
        else:
            assert statuses[user.id] in ("sent", "late") and len(delivered) == 1, (i, statuses[user.id])
    assert uncertain <= kills
    print(f"{count} reminders, {kills} kills: {count - uncertain} delivered once, {uncertain} uncertain (killed mid-send)")


async def test_kill_while_an_advisor_answer_is_being_delivered_neither_loses_nor_doubles_it(fake, tmp_path):
    """SIGKILL between sending an advisor's answer and recording it: not resent blindly, not lost."""
    advisor = fake.new_user("Neuvoja", "fi")
    group = fake.new_group("Neuvojat", admins=[advisor])
    proc = BotSubprocess(fake, tmp_path, poll_timeout=20, extra_env={"COORDINATOR_CHAT_ID": str(group.id)})
    try:
        await proc.start()
        aino = fake.new_user("Aino", "fi")
        reply = await fake.send(aino, "kylän kuoro haluaa uudet esiintymisasut juhannustansseihin")
        await fake.press(aino, reply.last, "🙋")
        copy = [m for m in fake.messages(group) if m.text.startswith("❓")][0]
        held = fake.hold("sendMessage")
        replying = asyncio.create_task(fake.act(
            {"message": fake._new_message(advisor, group, text="Vastaus kuorolle.",
                                          reply_to_message=copy.to_api(fake.bot_user, group))}, group.id, timeout=60))
        await asyncio.wait_for(held.arrived.wait(), 20)
        assert int(held.params[0]["chat_id"]) == aino.id  # the answer is on its way to Aino
        await proc.kill()
        held.release(drop=True)  # the request is lost with the process
        await proc.start()
        await asyncio.wait_for(replying, 30)  # the advisor's reply, redelivered, is handled quietly
        answers = lambda: [m for m in fake.messages(aino) if "Vastaus kuorolle." in m.text]  # noqa: E731
        assert answers() == []
        notice = fake.last(group)
        assert "En ole varma" in notice.text and notice.buttons
        await fake.press(advisor, notice, "🔁")
        assert len(answers()) == 1 and "✅" in fake.last(group).text
        await proc.terminate()
        await proc.start()
        await fake.send(aino, "/start")
        assert len(answers()) == 1
        assert sum("✅" in m.text for m in fake.messages(group)) == 1
    finally:
        await proc.stop()
