"""Wrong input of every kind gets a friendly answer, and nothing saved is lost."""

from __future__ import annotations

import logging

import pytest
from telegram.ext import MessageHandler, filters


@pytest.mark.parametrize("kind", ["sticker", "photo", "voice", "document", "location"])
async def test_non_text_in_private_gets_friendly_answer_and_menu(bot, fake, kind):
    aino = fake.new_user("Aino", "fi")
    reply = await fake.send_media(aino, kind)
    assert "Ymmärrän vain tekstiä" in reply.text
    assert "📝 Ideapaperi" in reply.last.button_labels


async def test_photo_with_empty_caption_in_english(bot, fake):
    tom = fake.new_user("Tom", "en")
    reply = await fake.send_media(tom, "photo", caption="")
    assert "I can only read text" in reply.text


async def test_edited_message_is_explained(bot, fake):
    tom = fake.new_user("Tom", "en")
    reply = await fake.edit(tom, "fixed typo")
    assert "edited a message" in reply.text
    assert "📝 Idea paper" in reply.last.button_labels


async def test_unknown_command_gets_menu(bot, fake):
    tom = fake.new_user("Tom", "en")
    reply = await fake.send(tom, "/nosuchcommand")
    assert reply.messages and "📝 Idea paper" in reply.last.button_labels


@pytest.mark.parametrize("data", ["lang:set:sv", "menu:nothing", "x" * 64, "privacy:delete:maybe", "💥", "lang:set:fi:extra"])
async def test_forged_callback_payload_says_expired(bot, fake, data):
    tom = fake.new_user("Tom", "en")
    menu = (await fake.send(tom, "/start")).last
    reply = await fake.press(tom, menu, data=data)
    assert reply.alerts == ["This button has expired. Please start again from the menu."]
    assert bot.rows("SELECT * FROM users") == []  # nothing was changed


async def test_group_chatter_is_ignored(bot, fake):
    admin = fake.new_user("Admin", "fi")
    group = fake.new_group("Kylätoimikunta", admins=[admin])
    reply = await fake.send(admin, "kahvia kaikille huomenna", chat=group)
    assert reply.messages == []
    reply = await fake.send_media(admin, "sticker", chat=group)
    assert reply.messages == []


async def test_long_html_like_text_outside_conversation_is_safe(bot, fake):
    tom = fake.new_user("Tom", "en")
    reply = await fake.send(tom, "<script>alert(1)</script> & <b>" * 200)
    assert reply.messages  # answered; the fixture checks the fake API accepted every message


async def test_blocked_user_is_a_logged_skip(bot, fake, caplog):
    tom = fake.new_user("Tom", "en")
    fake.block(tom)
    reply = await fake.send(tom, "/start")
    assert reply.messages == []
    assert any("blocked" in r.getMessage() and r.levelno == logging.INFO for r in caplog.records)
    assert not any(r.levelno >= logging.ERROR for r in caplog.records)


async def test_rate_limit_is_waited_out_not_lost(bot, fake):
    tom = fake.new_user("Tom", "en")
    fake.fail("sendMessage", 429, "Too Many Requests: retry after 1", retry_after=1)
    reply = await fake.send(tom, "/help")
    assert "How to use Hankebotti" in reply.text
    assert ("sendMessage", 429, "Too Many Requests: retry after 1") in fake.rejected


async def test_handler_crash_tells_user_answers_are_saved(bot, fake, caplog):
    async def boom(update, context):
        raise RuntimeError("simulated bug")

    bot.application.add_handler(MessageHandler(filters.Regex("^crash now$"), boom), group=-5)
    aino = fake.new_user("Aino", "fi")
    await fake.send(aino, "/kieli")
    reply = await fake.send(aino, "crash now")
    assert "Jo antamasi vastaukset ovat tallessa" in reply.text
    errors = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert errors and errors[0].exc_info is not None
    reply = await fake.send(aino, "/start")  # the bot keeps working
    assert "Hei Aino" in reply.text


async def test_long_text_is_split_under_telegram_limit(bot, fake):
    from bot.telegram_io import send_html

    tom = fake.new_user("Tom", "en")
    await send_html(bot.application.bot, tom.id, ("<b>line</b> with &amp; text\n" * 400))
    sent = fake.messages(tom)
    assert len(sent) >= 2
    assert all(len(m.text) <= 4096 for m in sent)
    assert sum(m.text.count("line with & text") for m in sent) == 400
