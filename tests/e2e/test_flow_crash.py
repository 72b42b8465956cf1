"""SIGKILL and SIGTERM on a real ``python -m bot`` in the middle of /project and /remind (private and
group): the draft is in SQLite before the bot answers, so the next answer continues the flow."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.fakebot import FakeTelegram
from tests.stress import BotSubprocess

pytestmark = pytest.mark.slow

YEAR = datetime.now(UTC).year + 2  # dates well ahead of the real clock the subprocess uses


@pytest.fixture
async def proc(fake: FakeTelegram, tmp_path):
    bot = BotSubprocess(fake, tmp_path)
    yield bot
    await bot.stop()
    assert fake.token not in bot.log, "the bot token appeared in the process output"


def step_of(proc: BotSubprocess, chat_id: int) -> str | None:
    rows = proc.rows("SELECT step FROM flow_drafts WHERE chat_id = ?", (chat_id,))
    return rows[0][0] if rows else None


async def restart(proc: BotSubprocess, how: str) -> None:
    if how == "kill":
        await proc.kill()
    else:
        code, _ = await proc.terminate(timeout=15)
        assert code == 0, proc.log
    await proc.start()


@pytest.mark.parametrize("how, where", [("kill", "private"), ("term", "private"), ("kill", "group")])
async def test_project_survives_a_stop_between_answers(fake, proc, how, where):
    await proc.start()
    aino = fake.new_user("Aino", "fi")
    group = fake.new_group("Ohjausryhmä", admins=[aino]) if where == "group" else None
    chat_id = group.id if group else aino.id
    await fake.send(aino, "/hanke", chat=group)
    reply = await fake.send(aino, "Kylätalon kunnostus", chat=group)
    await restart(proc, how)
    reply = await fake.press(aino, reply.last, "Leader")
    assert "tukipäätös" in reply.text
    await fake.send(aino, f"15.3.{YEAR}", chat=group)
    await fake.send(aino, f"1.4.{YEAR}", chat=group)
    await restart(proc, how)
    assert step_of(proc, chat_id) == "end"
    reply = await fake.send(aino, f"30.9.{YEAR + 2}", chat=group)
    assert f"15.3.{YEAR + 1} – Maksuhakemus (1.)" in reply.text
    await restart(proc, how)
    reply = await fake.press(aino, reply.last, "Tallenna muistutukset")
    assert "määräajasta" in reply.text
    assert tuple(proc.rows("SELECT name, chat_id FROM projects")[0]) == ("Kylätalon kunnostus", chat_id)
    assert step_of(proc, chat_id) is None
    assert " ERROR " not in proc.log, proc.log


@pytest.mark.parametrize("how, where", [("kill", "group"), ("term", "group"), ("kill", "private")])
async def test_remind_survives_a_stop_and_the_next_answer_continues(fake, proc, how, where):
    await proc.start()
    aino = fake.new_user("Aino", "fi")
    group = fake.new_group("Ohjausryhmä", admins=[aino]) if where == "group" else None
    question = await fake.send(aino, "/muistuta", chat=group)
    await restart(proc, how)
    # Without the stored draft this date would have gone to the FAQ as an unanswered question.
    times = await fake.send(aino, f"15.2.{YEAR}", chat=group, reply_to=question.last)
    assert "Mihin aikaan" in times.text
    await restart(proc, how)
    reply = await fake.press(aino, times.last, "12:00")
    await restart(proc, how)
    reply = await fake.send(aino, "Ohjausryhmän kokous", chat=group, reply_to=reply.last)
    assert "Tallennettu: Ohjausryhmän kokous" in reply.text and f"15.2.{YEAR} klo 12.00" in reply.text
    assert tuple(proc.rows("SELECT chat_id, text FROM reminders")[0]) == ((group or aino).id, "Ohjausryhmän kokous")
    assert not proc.rows("SELECT * FROM faq_unanswered"), "an answer was taken for an FAQ question"
    assert " ERROR " not in proc.log, proc.log
