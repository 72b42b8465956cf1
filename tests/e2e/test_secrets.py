"""The bot token never reaches a log: a real process at DEBUG through a realistic session, and the filter."""

from __future__ import annotations

import asyncio
import logging
from datetime import UTC, datetime

import pytest

from bot.logging_setup import RedactTokenFilter
from tests.fakebot import FakeTelegram
from tests.stress import BotSubprocess

NEXT_YEAR = datetime.now(UTC).year + 1


@pytest.mark.slow
async def test_debug_log_of_a_real_process_never_contains_the_token(fake: FakeTelegram, tmp_path):
    proc = BotSubprocess(fake, tmp_path, log_level="DEBUG", poll_timeout=5)
    await proc.start()
    try:
        aino = fake.new_user("Aino", "fi")
        tom = fake.new_user("Tom", "en")
        group = fake.new_group("Kyläyhdistys", admins=[aino], members=[tom])
        reply = await fake.send(aino, "/start")
        await fake.press(aino, reply.last, "🌐 Language / Kieli")
        await fake.send(tom, "How much Leader funding can an association get?")
        await fake.send(tom, "/idea")
        await fake.send(tom, "/cancel")
        await fake.send(aino, f"/muistuta 22.1.{NEXT_YEAR} 09:00 Maksuhakemus", chat=group)
        await fake.send_media(tom, "sticker")
        fake.fail("sendMessage", 429, "Too Many Requests: retry after 1", retry_after=1)
        await fake.send(tom, "/help")
        fake.fail("sendMessage", 500, "Internal Server Error")
        await fake.send(tom, "/help")
        fake.block(tom)
        await fake.send(tom, "/start")
        await fake.press(aino, fake.last(aino), data="forged:" + fake.token[:20])
    finally:
        code, _ = await proc.terminate()
    log = proc.log
    assert code == 0, log
    assert "DEBUG" in log and "sendMessage" in log, "the process did not log at DEBUG"
    secret = fake.token.split(":", 1)[1]
    assert fake.token not in log and secret not in log, "the bot token (or its secret part) is in the log"


def record(msg: str, args: tuple = (), exc: BaseException | None = None) -> logging.LogRecord:
    exc_info = (type(exc), exc, exc.__traceback__) if exc else None
    return logging.LogRecord("t", logging.ERROR, __file__, 1, msg, args, exc_info)


TOKEN = "987654321:AAEsecretSECRETsecretSECRETsecret12"


def rendered(rec: logging.LogRecord) -> str:
    RedactTokenFilter(TOKEN).filter(rec)
    return logging.Formatter("%(message)s").format(rec)


def test_token_in_the_message_is_masked():
    out = rendered(record(f"POST https://api.telegram.org/bot{TOKEN}/getMe"))
    assert TOKEN not in out and "<token>" in out


def test_token_in_the_arguments_is_masked():
    out = rendered(record("calling %s with %r", (f"/bot{TOKEN}/sendMessage", {"token": TOKEN})))
    assert TOKEN not in out and out.count("<token>") == 2


def test_token_in_an_exception_is_masked():
    try:
        raise RuntimeError(f"connect failed for https://api.telegram.org/bot{TOKEN}/getUpdates")
    except RuntimeError as exc:
        out = rendered(record("boom", exc=exc))
    assert "RuntimeError" in out and TOKEN not in out and "<token>" in out


def test_any_token_shaped_string_is_masked_even_another_bots():
    other = "123456789:BBBotherOTHERotherOTHERotherOTHER"
    out = rendered(record("forwarded %s", (other,)))
    assert other not in out
    assert "user 123456789 said 10:30" in rendered(record("user 123456789 said 10:30"))
