"""A new user's first minutes, in Finnish and in English, through the fake Bot API."""

from __future__ import annotations


async def test_start_in_finnish_shows_welcome_and_menu(bot, fake):
    aino = fake.new_user("Aino", "fi")
    reply = await fake.send(aino, "/start")
    assert "Hei Aino" in reply.text
    assert "ideapaperi" in reply.text.lower()
    assert reply.last.button_labels == ["📝 Ideapaperi", "❓ Kysy rahoituksesta", "⏰ Muistutukset", "🌐 Language / Kieli", "🔒 Tietosuoja"]


async def test_start_in_english_for_other_languages(bot, fake):
    tom = fake.new_user("Tom", "de")
    reply = await fake.send(tom, "/start")
    assert "Hi Tom" in reply.text
    assert "📝 Idea paper" in reply.last.button_labels


async def test_missing_language_code_uses_default(bot, fake):
    anon = fake.new_user("Anon", None)
    reply = await fake.send(anon, "/start")
    assert "Hei Anon" in reply.text  # DEFAULT_LANGUAGE is fi in the harness


async def test_user_name_with_html_is_escaped(bot, fake):
    sneaky = fake.new_user("<b>Bob</b> & co", "en")
    reply = await fake.send(sneaky, "/start")
    assert "Hi <b>Bob</b> & co" in reply.text  # shown literally, not as bold


async def test_command_menus_are_set_per_language_and_chat_type(bot, fake):
    assert "idea" in fake.menu_commands("all_private_chats")
    assert "kieli" in fake.menu_commands("all_private_chats", "fi")
    assert "language" in fake.menu_commands("all_private_chats")
    assert "deletedata" not in fake.menu_commands("all_group_chats")
    assert "muistuta" in fake.menu_commands("all_group_chats", "fi")


async def test_help_in_both_languages_and_finnish_alias(bot, fake):
    aino = fake.new_user("Aino", "fi")
    reply = await fake.send(aino, "/apua")
    assert "/ideapaperi" not in reply.text and "/idea" in reply.text
    tom = fake.new_user("Tom", "en")
    reply = await fake.send(tom, "/help")
    assert "How to use Hankebotti" in reply.text


async def test_cancel_outside_conversation(bot, fake):
    tom = fake.new_user("Tom", "en")
    reply = await fake.send(tom, "/cancel")
    assert "nothing to stop" in reply.text
    reply = await fake.send(tom, "/peru")
    assert "nothing to stop" in reply.text


async def test_language_choice_survives_restart(bot, fake):
    aino = fake.new_user("Aino", "fi")
    reply = await fake.send(aino, "/kieli")
    reply = await fake.press(aino, reply.last, "English")
    assert "English it is" in reply.text
    await bot.restart()
    reply = await fake.send(aino, "/start")
    assert "Hi Aino" in reply.text
    reply = await fake.press(aino, reply.last, "🌐 Language / Kieli")
    reply = await fake.press(aino, reply.last, "Suomi")
    assert "puhutaan suomea" in reply.text


async def test_every_main_menu_button_answers(bot, fake):
    tom = fake.new_user("Tom", "en")
    labels = (await fake.send(tom, "/start")).last.button_labels
    for label in labels:
        menu = (await fake.send(tom, "/start")).last  # a press may edit the menu message in place
        reply = await fake.press(tom, menu, label)
        assert reply.messages, label
        assert not any("expired" in alert for alert in reply.alerts), label


async def test_privacy_in_both_languages(bot, fake):
    aino = fake.new_user("Aino", "fi")
    reply = await fake.send(aino, "/tietosuoja")
    assert "Mitä tallennan ja miksi" in reply.text
    assert "🗑 Poista tietoni" in reply.last.button_labels
    tom = fake.new_user("Tom", "en")
    reply = await fake.send(tom, "/privacy")
    assert "What I store and why" in reply.text


async def test_a_webhook_left_from_earlier_use_is_removed_so_polling_works(fake, tmp_path):
    from tests.harness import BotHarness

    fake.webhook_url = "https://old-host.example/hook"
    fake.fail("deleteWebhook", 500, "Internal Server Error")  # and the first attempt fails
    harness = await BotHarness(fake, tmp_path / "db.sqlite3").start()
    try:
        aino = fake.new_user("Aino", "fi")
        reply = await fake.send(aino, "/start")
        assert "Hei Aino" in reply.text
        assert fake.webhook_url is None
    finally:
        await harness.stop()
