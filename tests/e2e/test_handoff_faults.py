"""The advisor handoff under faults: lost responses, concurrent delivery, a crash mid-send, a group that
became a supergroup, an asker who deletes their data, forged buttons. Nothing lost, nothing twice."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

import pytest

from conversations import handoff_protocol
from tests.harness import BotHarness

QUESTION = "kylän kuoro haluaa uudet esiintymisasut juhannustansseihin"


@pytest.fixture
async def desk(fake, tmp_path):
    advisor = fake.new_user("Neuvoja", "fi")
    group = fake.new_group("Neuvojat", admins=[advisor])
    harness = await BotHarness(fake, tmp_path / "handoff.sqlite3", coordinator_chat_id=group.id,
                               clock=lambda: datetime(2026, 12, 5, 10, 0, tzinfo=UTC)).start()
    yield advisor, group, harness
    await harness.stop()
    refused = [r for r in fake.rejected if r[1] not in (403, 429) and "upgraded" not in r[2] and "not modified" not in r[2]]
    assert not refused, refused


async def ask(fake, user):
    reply = await fake.send(user, QUESTION)
    return await fake.press(user, reply.last, "🙋")


def copies(fake, group) -> list:
    return [m for m in fake.messages(group) if m.text.startswith("❓")]


def answers(fake, user) -> list:
    return [m for m in fake.messages(user) if "neuvoja vastasi" in m.text.lower() or "advisor answered" in m.text.lower()]


async def test_lost_forward_response_is_not_called_sent_and_a_reply_to_that_copy_is_delivered_once(fake, desk):
    advisor, group, harness = desk
    aino = fake.new_user("Aino", "fi")
    fake.lose("sendMessage", chat_id=group.id)
    reply = await ask(fake, aino)
    assert "tallessa" in reply.text  # saved and retried, not "sent": the bot could not know
    assert len(copies(fake, group)) == 1  # Telegram did post it
    reply = await fake.send(advisor, "Asut sopivat Leader-hankkeeseen.", chat=group, reply_to=copies(fake, group)[0])
    assert "✅" in reply.text
    await handoff_protocol.flush(harness.application)  # the outbox must not post it again now
    assert len(copies(fake, group)) == 1
    assert len(answers(fake, aino)) == 1 and "Leader-hankkeeseen" in answers(fake, aino)[0].text
    assert [tuple(r) for r in harness.rows("SELECT status, delivery FROM advisor_questions")] == [("answered", "delivered")]


async def test_uncertain_forward_is_posted_again_marked_and_replies_to_both_copies_deliver_once(fake, desk):
    advisor, group, harness = desk
    other = fake.new_user("Toinen", "fi")
    fake.members[group.id].add(other.id)
    aino = fake.new_user("Aino", "fi")
    fake.lose("sendMessage", chat_id=group.id)
    await ask(fake, aino)
    await handoff_protocol.flush(harness.application)
    first, second = copies(fake, group)
    assert "ensimmäinen kopio ei ehkä tullut perille" in second.text and "#1" in second.text
    await handoff_protocol.flush(harness.application)
    assert len(copies(fake, group)) == 2  # confirmed now: no third copy
    reply = await fake.send(advisor, "Vastaus yksi.", chat=group, reply_to=second)
    assert "✅" in reply.text
    reply = await fake.send(other, "Vastaus kaksi.", chat=group, reply_to=first)
    assert reply.messages and "✅" not in reply.text  # "already answered" (that text is being fixed elsewhere)
    assert [m.text for m in answers(fake, aino)] and len(answers(fake, aino)) == 1
    assert "Vastaus yksi." in answers(fake, aino)[0].text
    assert sum("✅" in m.text for m in fake.messages(group)) == 1


async def test_a_reply_while_the_outbox_runs_is_delivered_once(fake, desk):
    advisor, group, harness = desk
    aino = fake.new_user("Aino", "fi")
    await ask(fake, aino)
    held = fake.hold("sendMessage")
    replying = asyncio.create_task(fake.send(advisor, "Vastaus.", chat=group, reply_to=copies(fake, group)[0]))
    await asyncio.wait_for(held.arrived.wait(), 10)  # the delivery to Aino is on its way
    await asyncio.wait_for(handoff_protocol.flush(harness.application), 10)  # the job finds it claimed
    assert len(held.params) == 1
    held.release()
    await replying
    assert len(answers(fake, aino)) == 1
    assert sum("✅" in m.text for m in fake.messages(group)) == 1


async def test_lost_delivery_response_asks_the_advisors_instead_of_sending_twice(fake, desk):
    advisor, group, harness = desk
    aino = fake.new_user("Aino", "fi")
    await ask(fake, aino)
    fake.lose("sendMessage", chat_id=aino.id)
    reply = await fake.send(advisor, "Vastaus.", chat=group, reply_to=copies(fake, group)[0])
    assert "En ole varma" in reply.text and "✅" not in reply.text
    await handoff_protocol.flush(harness.application)
    await harness.restart()
    assert len(answers(fake, aino)) == 1  # it did arrive; nobody sent it again on their own
    reply = await fake.press(advisor, reply.last, "🔁")
    assert len(answers(fake, aino)) == 2 and "✅" in reply.text
    reply = await fake.press(advisor, fake.last(group), data=f"hoff:resend:1")
    assert reply.alerts and len(answers(fake, aino)) == 2


async def test_crash_between_delivery_and_its_commit_is_settled_by_the_advisors(fake, desk, tmp_path):
    advisor, group, harness = desk
    aino = fake.new_user("Aino", "fi")
    await ask(fake, aino)
    reply = await fake.send(advisor, "Vastaus.", chat=group, reply_to=copies(fake, group)[0])
    await harness.stop()
    # What a SIGKILL between sending the answer and committing it leaves in the database.
    import sqlite3
    with sqlite3.connect(tmp_path / "handoff.sqlite3") as conn:
        conn.execute("UPDATE advisor_questions SET delivery = 'sending'")
    before = len(answers(fake, aino))
    await harness.start()
    await asyncio.sleep(0)
    assert len(answers(fake, aino)) == before  # not sent a second time blindly
    notice = fake.last(group)
    assert "En ole varma" in notice.text and notice.buttons
    await harness.restart()
    assert fake.last(group) is notice  # asked once, not at every start


async def test_coordinator_group_became_a_supergroup_unseen(fake, desk):
    advisor, group, harness = desk
    new = await fake.migrate_group(advisor, group, notify=False)
    aino = fake.new_user("Aino", "fi")
    reply = await ask(fake, aino)
    assert "lähetin kysymyksesi" in reply.text.lower()
    assert len(copies(fake, new)) == 1
    reply = await fake.send(advisor, "Vastaus.", chat=new, reply_to=copies(fake, new)[0])
    assert "✅" in reply.text and len(answers(fake, aino)) == 1
    await harness.restart()
    tom = fake.new_user("Tom", "en")
    await ask(fake, tom)
    assert len(copies(fake, new)) == 2  # the move was stored


async def test_deletedata_withdraws_the_question_in_the_advisors_view(fake, desk):
    advisor, group, harness = desk
    aino = fake.new_user("Aino", "fi")
    await ask(fake, aino)
    copy = copies(fake, group)[0]
    reply = await fake.send(aino, "/poistatiedot")
    reply = await fake.press(aino, reply.last, data="privacy:delete:yes")
    assert "Aino" not in copy.text and "esiintymisasut" not in copy.text and "poistanut tietonsa" in copy.text
    assert "#1" in fake.last(group).text and "peruttu" in fake.last(group).text
    reply = await fake.send(advisor, "Vastaus tähän.", chat=group, reply_to=copy)
    assert "poistanut tietonsa" in reply.text
    assert harness.rows_mentioning(aino.id) == {}
    assert harness.rows("SELECT * FROM faq_unanswered") == []  # the advisor's reply is no FAQ question
    assert answers(fake, aino) == []


async def test_only_offered_questions_can_be_sent(fake, desk):
    advisor, group, harness = desk
    tom = fake.new_user("Tom", "en")
    await fake.send(tom, "what will the weather be like tomorrow in Rovaniemi")
    rows = harness.rows("SELECT id, decision FROM faq_unanswered")
    assert rows and rows[0]["decision"] == "off_topic"
    for data in (f"faq:adv:{rows[0]['id']}", "faq:adv:" + "9" * 25, "faq:adv:x", "faq:adv"):
        reply = await fake.press(tom, fake.last(tom), data=data)
        assert reply.alerts, data
    assert copies(fake, group) == []
    aino = fake.new_user("Aino", "fi")
    reply = await fake.send(aino, QUESTION)
    offer = reply.last.callback_data("🙋")
    reply = await fake.press(tom, reply.last, data=offer)  # someone else's offer
    assert reply.alerts and copies(fake, group) == []
