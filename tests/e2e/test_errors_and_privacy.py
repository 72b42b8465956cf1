"""Errors in the user's language, forged ids refused, and privacy at rest after /deletedata."""

from __future__ import annotations

import pytest

from tests.harness import BotHarness


@pytest.fixture
async def harness(fake, tmp_path):
    bot = await BotHarness(fake, tmp_path / "bot.sqlite3").start()
    yield bot
    await bot.stop()


async def test_an_error_is_explained_in_english_to_an_english_user(fake, harness):
    tom = fake.new_user("Tom", "en")
    fake.fail("sendMessage", 400, "Bad Request: something unexpected", chat_id=tom.id)
    reply = await fake.send(tom, "/start")
    assert "Something went wrong" in reply.text


async def test_a_failing_button_stops_spinning_and_answers_in_the_users_language(fake, harness):
    tom = fake.new_user("Tom", "en")
    reply = await fake.send(tom, "/language")
    fake.fail("editMessageText", 400, "Bad Request: something unexpected", chat_id=tom.id)
    fake.fail("sendMessage", 400, "Bad Request: something unexpected", chat_id=tom.id)
    reply = await fake.press(tom, reply.last, data="lang:set:en")
    assert len(reply.alerts) == 1  # answered once: no spinner, no "query too old" error
    assert "Something went wrong" in reply.text


@pytest.mark.parametrize("data", ["rem:done:" + "9" * 25, "faq:fb:" + "9" * 25 + ":1", "lang:set:-" + "9" * 25,
                                  "int:edit:" + "1" * 30, "a:¹", "rem:time:¹²³⁴", "int:sub:٣"])  # "¹".isdigit() is true
async def test_out_of_range_ids_in_buttons_are_refused_politely(fake, harness, data, caplog):
    tom = fake.new_user("Tom", "en")
    reply = await fake.send(tom, "/start")
    reply = await fake.press(tom, reply.last, data=data)
    assert reply.alerts == ["This button doesn't work any more. Please start again from the menu with /start."]
    assert "OverflowError" not in caplog.text and "Traceback" not in caplog.text


async def test_deleted_answers_are_gone_from_the_database_file_and_its_wal(fake, harness):
    aino = fake.new_user("Aino", "fi")
    secret = "salainen-kysymys-kuorolle-xyzzy"
    await fake.send(aino, f"miten {secret} rahoitetaan")
    reply = await fake.send(aino, "/poistatiedot")
    await fake.press(aino, reply.last, data="privacy:delete:yes")
    # Checked while the bot still runs, with its connection open: the -wal is where old pages linger.
    for suffix in ("", "-wal"):
        path = f"{harness.db_path}{suffix}"
        try:
            content = open(path, "rb").read()
        except FileNotFoundError:
            continue
        assert secret.encode() not in content, suffix
        assert b"Aino" not in content, suffix


async def test_ids_are_hashed_in_info_logs(fake, harness, caplog):
    import logging

    from bot.logging_setup import RedactTokenFilter

    tom = fake.new_user("Tom", "en")
    fake.block(tom)
    caplog.handler.addFilter(RedactTokenFilter(fake.token))
    with caplog.at_level(logging.INFO):
        await fake.send(tom, "/start")
    info = "\n".join(caplog.handler.format(r) for r in caplog.records if r.levelno >= logging.INFO)
    assert "skipped chat u#" in info and str(tom.id) not in info


async def test_a_flooding_user_is_told_once_in_their_language_and_others_are_answered(fake, harness):
    import asyncio

    tom = fake.new_user("Tom", "en")
    aino = fake.new_user("Aino", "fi")
    held = fake.hold("sendMessage")
    first = await fake.push({"message": fake._new_message(tom, fake.chats[tom.id], **fake._text_content("/start"))})
    await asyncio.wait_for(held.arrived.wait(), 10)  # Tom's first answer hangs
    for i in range(20):
        await fake.push({"message": fake._new_message(tom, fake.chats[tom.id], **fake._text_content(f"question {i}"))})
    held.release()
    reply = await fake.send(aino, "/start")  # not behind Tom's flood
    assert reply.messages
    await fake.processed(first + 20, timeout=30)
    slow = [m for m in fake.messages(tom) if "faster than I can answer" in m.text]
    assert len(slow) == 1
    assert len(harness.rows("SELECT update_id FROM processed_updates")) >= 22  # the skipped ones are recorded too
