"""Deleting data, and group behaviour of the basic commands."""

from __future__ import annotations


async def test_deletedata_asks_first_then_leaves_no_row_of_the_user(bot, fake):
    aino = fake.new_user("Aino", "fi")
    other = fake.new_user("Olli", "fi")
    for user in (aino, other):
        reply = await fake.send(user, "/kieli")
        await fake.press(user, reply.last, "English")
    assert bot.rows_mentioning(aino.id)
    reply = await fake.send(aino, "/poistatiedot")
    assert "delete all your data" in reply.text
    reply = await fake.press(aino, reply.last, "No, keep it")
    assert "nothing was deleted" in reply.text
    assert bot.rows_mentioning(aino.id)
    reply = await fake.send(aino, "/deletedata")
    reply = await fake.press(aino, reply.last, "Yes, delete everything")
    assert "has been deleted" in reply.text
    assert bot.rows_mentioning(aino.id) == {}
    assert bot.rows_mentioning(other.id)  # nobody else's data went with it


async def test_deletedata_from_privacy_button(bot, fake):
    tom = fake.new_user("Tom", "en")
    reply = await fake.send(tom, "/language")
    await fake.press(tom, reply.last, "English")
    reply = await fake.send(tom, "/privacy")
    reply = await fake.press(tom, reply.last, "🗑 Delete my data")
    reply = await fake.press(tom, reply.last, "Yes, delete everything")
    assert bot.rows_mentioning(tom.id) == {}


async def test_deletedata_in_group_points_to_private_chat(bot, fake):
    admin = fake.new_user("Admin", "fi")
    group = fake.new_group("Kylätoimikunta", admins=[admin])
    reply = await fake.send(admin, "/poistatiedot@hankebotti_test_bot", chat=group)
    assert "yksityisviestinä" in reply.text


async def test_bot_added_to_group_introduces_itself(bot, fake):
    admin = fake.new_user("Admin", "fi")
    group = fake.new_group("Ohjausryhmä", admins=[admin])
    reply = await fake.add_bot_to_group(admin, group)
    assert "Hei kaikki" in reply.text
    assert "ylläpitäjät" in reply.text
    assert bot.rows("SELECT active FROM chats WHERE chat_id = ?", (group.id,))[0]["active"] == 1
    await fake.remove_bot_from_group(admin, group)
    assert bot.rows("SELECT active FROM chats WHERE chat_id = ?", (group.id,))[0]["active"] == 0


async def test_only_group_admins_change_group_language(bot, fake):
    admin = fake.new_user("Admin", "fi")
    member = fake.new_user("Jäsen", "fi")
    group = fake.new_group("Ohjausryhmä", admins=[admin], members=[member])
    reply = await fake.send(member, "/kieli", chat=group)
    assert "Vain ryhmän ylläpitäjät" in reply.text
    reply = await fake.send(admin, "/kieli", chat=group)
    choices = reply.last
    refused = await fake.press(member, choices, "English")
    assert refused.alerts == ["Vain ryhmän ylläpitäjät voivat vaihtaa ryhmän kielen."]
    assert bot.rows("SELECT language FROM chats WHERE chat_id = ?", (group.id,)) == []
    reply = await fake.press(admin, choices, "English")
    assert "English in this group" in reply.text
    reply = await fake.send(member, "/help", chat=group)
    assert "Hankebotti in a group" in reply.text
    await bot.restart()
    reply = await fake.send(member, "/apua", chat=group)
    assert "Hankebotti in a group" in reply.text


async def test_group_migration_moves_its_language(bot, fake):
    admin = fake.new_user("Admin", "fi")
    group = fake.new_group("Ohjausryhmä", admins=[admin])
    reply = await fake.send(admin, "/kieli", chat=group)
    await fake.press(admin, reply.last, "English")
    new = await fake.migrate_group(admin, group)
    reply = await fake.send(admin, "/help", chat=new)
    assert "Hankebotti in a group" in reply.text
