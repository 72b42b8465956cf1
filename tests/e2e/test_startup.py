"""Start and stop of a real ``python -m bot``: transient errors waited out, a rejected token or a bad
configuration is one line and exit 2, no network is retried and a stop ends it, files are private."""

from __future__ import annotations

import asyncio
import os
import socket
import stat

import pytest

from tests.fakebot import FakeTelegram
from tests.stress import BotSubprocess

pytestmark = pytest.mark.slow


@pytest.fixture
async def proc(fake: FakeTelegram, tmp_path):
    bot = BotSubprocess(fake, tmp_path)
    yield bot
    await bot.stop()


async def _exit(bot: BotSubprocess, timeout: float = 30) -> int:
    return await asyncio.wait_for(bot.proc.wait(), timeout)


async def test_transient_errors_at_start_up_are_waited_out(fake, proc):
    fake.fail("getMe", 502, "Bad Gateway")
    fake.fail("setMyCommands", 500, "Internal Server Error")
    await proc.start()
    user = fake.new_user("Aino", "fi")
    reply = await fake.send(user, "/start")
    assert reply.messages
    assert "Traceback" not in proc.log and "retrying" in proc.log


async def test_a_rejected_token_exits_2_with_one_line(fake, proc):
    proc.extra_env["TELEGRAM_BOT_TOKEN"] = "987654321:" + "Z" * 35  # well-formed, unknown to Telegram
    await proc.start(wait=False)
    assert await _exit(proc) == 2
    lines = [line for line in proc.log.splitlines() if "Configuration error" in line]
    assert len(lines) == 1 and "rejected" in lines[0]
    assert "Traceback" not in proc.log and "Z" * 35 not in proc.log


async def test_a_positive_coordinator_id_exits_2_with_one_line(fake, proc):
    proc.extra_env["COORDINATOR_CHAT_ID"] = "123456789"
    await proc.start(wait=False)
    assert await _exit(proc) == 2
    assert "COORDINATOR_CHAT_ID" in proc.log and "Traceback" not in proc.log
    assert len(proc.log.strip().splitlines()) == 1


async def test_the_example_token_is_refused(fake, proc):
    proc.extra_env["TELEGRAM_BOT_TOKEN"] = "123456789:AAReplaceWithTheTokenFromBotFather____"
    await proc.start(wait=False)
    assert await _exit(proc) == 2
    assert ".env.example" in proc.log and "Traceback" not in proc.log


async def test_no_network_is_retried_and_sigterm_ends_the_wait(fake, proc):
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc.extra_env["TELEGRAM_API_BASE_URL"] = f"http://127.0.0.1:{port}/bot"
    await proc.start(wait=False)
    for _ in range(200):
        if "cannot reach Telegram" in proc.log:
            break
        await asyncio.sleep(0.05)
    assert "cannot reach Telegram" in proc.log and proc.proc.returncode is None
    code, _ = await proc.terminate()
    assert code == 0 and "Traceback" not in proc.log


async def test_database_files_are_private(fake, proc):
    await proc.start()
    await fake.send(fake.new_user("Aino", "fi"), "/start")
    for suffix in ("", "-wal", "-shm"):
        path = f"{proc.db_path}{suffix}"
        if os.path.exists(path):
            assert stat.S_IMODE(os.stat(path).st_mode) == 0o600, suffix
    code, _ = await proc.terminate()
    assert code == 0
