"""Who may do what: forged button data, non-admins in groups, and /deletedata leaving nothing behind.

A forged press is what a modified client can send: any callback data, but always on a message in the
sender's own chat (Telegram attaches the real message). So the attacker here presses on their own
messages with someone else's ids.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime

from tests.fakebot import FakeTelegram

NEXT_YEAR = datetime.now(UTC).year + 1


def paper_for(bot, user_id: int, title: str = "Kylätalon remontti") -> int:
    """A finished paper in the real schema, as the interview stores it."""
    conn = sqlite3.connect(bot.db_path)
    try:
        cursor = conn.execute(
            "INSERT INTO interview_papers (user_id, title, track, language, filename, answers, document, created_at) "
            "VALUES (?, ?, 'leader', 'fi', 'ideapaperi.docx', ?, ?, '2026-05-04T18:00:00.000000Z')",
            (user_id, title, json.dumps({"project_name": title, "org_name": "Salainen ry"}), b"PK-secret-docx"),
        )
        conn.commit()
        return cursor.lastrowid
    finally:
        conn.close()


async def test_forged_paper_ids_cannot_download_or_copy_another_users_paper(bot, fake: FakeTelegram):
    tom = fake.new_user("Tom", "en")
    eve = fake.new_user("Eve", "en")
    paper_id = paper_for(bot, tom.id)
    own = (await fake.send(eve, "/mypapers")).last
    for data in (f"iv:dl:{paper_id}", f"iv:nv:{paper_id}", f"iv:nvy:{paper_id}", f"iv:dl:{paper_id}:x",
                 f"iv:dl:-{paper_id}", "iv:dl:0", f"iv:dl:{paper_id}0"):
        reply = await fake.press(eve, own, data=data)
        assert reply.alerts and not reply.documents, data
        assert "Salainen" not in reply.text and "Kylätalon" not in reply.text, data
    assert not [m for m in fake.messages(eve) if m.document]
    assert bot.rows("SELECT COUNT(*) AS n FROM interview_drafts WHERE user_id = ?", (eve.id,))[0]["n"] == 0
    # The owner still can.
    reply = await fake.press(tom, (await fake.send(tom, "/mypapers")).last, data=f"iv:dl:{paper_id}")
    assert reply.documents and reply.documents[0].document == b"PK-secret-docx"


async def test_forged_reminder_ids_from_another_chat_change_nothing(bot, fake: FakeTelegram):
    aino = fake.new_user("Aino", "fi")
    mallory = fake.new_user("Mallory", "fi")
    group = fake.new_group("Kyläyhdistys", admins=[aino])
    other = fake.new_group("Mallorin ryhmä", admins=[mallory])
    reply = await fake.send(aino, f"/muistuta 22.1.{NEXT_YEAR} 09:00 Maksuhakemus", chat=group)
    assert "Maksuhakemus" in reply.text
    reminder_id = bot.rows("SELECT reminder_id FROM reminders")[0]["reminder_id"]
    before = [dict(r) for r in bot.rows("SELECT * FROM reminders")]

    await fake.send(mallory, "/start", chat=other)
    for chat, user in ((other, mallory), (None, mallory)):
        own = fake.last(chat or mallory) if fake.messages(chat or mallory) else (await fake.send(mallory, "/start")).last
        for data in (f"rem:del:{reminder_id}", f"rem:rec:{reminder_id}:w", f"rem:lead:{reminder_id}:1",
                     f"rem:ok:{reminder_id}", f"rem:done:{reminder_id}:{NEXT_YEAR}-01-22",
                     f"rem:snz:{reminder_id}:{NEXT_YEAR}-01-22"):
            reply = await fake.press(user, own, data=data)
            assert reply.alerts, data
            assert "Maksuhakemus" not in reply.text, f"{data} showed another chat's reminder"
    assert [dict(r) for r in bot.rows("SELECT * FROM reminders")] == before
    assert bot.rows("SELECT COUNT(*) AS n FROM reminder_done")[0]["n"] == 0
    assert bot.rows("SELECT COUNT(*) AS n FROM reminder_snoozes")[0]["n"] == 0


async def test_non_admin_cannot_change_a_groups_reminders_projects_or_language(bot, fake: FakeTelegram):
    aino = fake.new_user("Aino", "fi")
    bea = fake.new_user("Bea", "fi")
    group = fake.new_group("Ohjausryhmä", admins=[aino], members=[bea])
    created = await fake.send(aino, f"/muistuta 22.1.{NEXT_YEAR} 09:00 Seurantatiedot", chat=group)
    reminder_id = bot.rows("SELECT reminder_id FROM reminders")[0]["reminder_id"]
    before = [dict(r) for r in bot.rows("SELECT * FROM reminders")]

    for data in (f"rem:del:{reminder_id}", f"rem:rec:{reminder_id}:w", f"rem:lead:{reminder_id}:1"):
        reply = await fake.press(bea, created.last, data=data)
        assert reply.alerts and "ylläpitäjät" in reply.alerts[0], data
    reply = await fake.send(bea, f"/muistuta 23.1.{NEXT_YEAR} 09:00 Bean oma", chat=group)
    assert "ylläpitäjät" in reply.text
    reply = await fake.send(bea, "/hanke", chat=group)
    assert "ylläpitäjät" in reply.text
    assert [dict(r) for r in bot.rows("SELECT * FROM reminders")] == before
    assert bot.rows("SELECT COUNT(*) AS n FROM projects")[0]["n"] == 0

    chooser = await fake.send(aino, "/kieli", chat=group)
    reply = await fake.press(bea, chooser.last, data="lang:set:en")
    assert reply.alerts
    reply = await fake.send(bea, "/kieli", chat=group)
    assert not reply.last.buttons
    language = bot.rows("SELECT language FROM chats WHERE chat_id = ?", (group.id,))
    assert not language or language[0]["language"] != "en"
    # A demoted admin loses the right at once (no cached admin list).
    fake.admins[group.id].discard(aino.id)
    reply = await fake.press(aino, created.last, data=f"rem:del:{reminder_id}")
    assert reply.alerts and "ylläpitäjät" in reply.alerts[0]
    assert len(bot.rows("SELECT * FROM reminders")) == 1


async def test_deletedata_leaves_nothing_of_the_user_in_any_table(bot, fake: FakeTelegram):
    aino = fake.new_user("Aino", "fi")
    bea = fake.new_user("Bea", "fi")
    group = fake.new_group("Kyläyhdistys", admins=[aino], members=[bea])
    # Something of Aino in every feature: language, a draft, a paper, FAQ questions, reminders, a project.
    await fake.send(aino, "/kieli")
    await fake.press(aino, fake.last(aino), "English")
    await fake.send(aino, "/idea")
    paper_for(bot, aino.id)
    await fake.send(aino, "/cancel")
    await fake.send(aino, "How do I apply for Leader funding for a village hall?")
    await fake.send(aino, "qwerty zxcvb asdf")
    if fake.last(aino).buttons:
        for label in fake.last(aino).button_labels:
            if "👍" in label or "👎" in label:
                await fake.press(aino, fake.last(aino), label)
                break
    await fake.send(aino, f"/remind 1.2.{NEXT_YEAR} 10:00 My own reminder")
    await fake.send(aino, f"/muistuta 2.2.{NEXT_YEAR} 10:00 Ryhmän muistutus", chat=group)
    await fake.send(bea, f"/muistuta 3.2.{NEXT_YEAR} 10:00 Bean", chat=fake.chats[bea.id])
    mentioned = bot.rows_mentioning(aino.id)
    assert {"users", "interview_drafts", "interview_papers", "reminders", "faq_unanswered"} <= set(mentioned), mentioned
    group_reminders = len(bot.rows("SELECT * FROM reminders WHERE chat_id = ?", (group.id,)))

    reply = await fake.send(aino, "/deletedata")
    reply = await fake.press(aino, reply.last, data="privacy:delete:yes")
    assert reply.messages
    assert bot.rows_mentioning(aino.id) == {}, "something of the user is left after /deletedata"
    # The group's reminder stays for the others, without the person who made it; Bea's data is untouched.
    assert len(bot.rows("SELECT * FROM reminders WHERE chat_id = ?", (group.id,))) == group_reminders
    assert bot.rows_mentioning(bea.id)
    # And the bot still serves the same person as a newcomer.
    reply = await fake.send(aino, "/mypapers")
    assert reply.messages and not reply.documents
    assert "interview_papers" not in bot.rows_mentioning(aino.id)


async def test_a_forged_delete_press_only_ever_deletes_the_presser(bot, fake: FakeTelegram):
    tom = fake.new_user("Tom", "en")
    eve = fake.new_user("Eve", "en")
    group = fake.new_group("Kylä", admins=[tom], members=[eve])
    await fake.send(tom, "/language")
    await fake.press(tom, fake.last(tom), "English")
    paper_for(bot, tom.id)
    before = bot.rows_mentioning(tom.id)
    intro = await fake.send(tom, "/start", chat=group)
    for data in ("privacy:delete:yes", f"privacy:delete:yes:{tom.id}", f"privacy:delete:{tom.id}"):
        await fake.press(eve, intro.last, data=data)
        await fake.press(eve, (await fake.send(eve, "/start")).last, data=data)
    assert bot.rows_mentioning(tom.id) == before


async def test_a_forged_delete_confirmation_deletes_nothing(bot, fake: FakeTelegram):
    aino = fake.new_user("Aino", "fi")
    await fake.send(aino, "/idea")
    before = bot.rows_mentioning(aino.id)
    assert before
    reply = await fake.send(aino, "/deletedata")
    for data in ("privacy:delete:maybe", "privacy:delete:yes:extra", "privacy:x"):
        forged = await fake.press(aino, reply.last, data=data)
        assert forged.alerts and "vanhentunut" in forged.alerts[0]
    assert set(bot.rows_mentioning(aino.id)) == set(before)
