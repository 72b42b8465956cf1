"""Configuration: defaults, derived URLs, and the one-line error for a bad token."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from pydantic import ValidationError

from bot.settings import Settings

TOKEN = "123456789:AAE" + "x" * 32
ROOT = Path(__file__).resolve().parents[2]


def test_defaults(monkeypatch):
    for name in ("TELEGRAM_API_BASE_URL", "DATABASE_PATH", "DEFAULT_LANGUAGE", "BOT_TIMEZONE", "COORDINATOR_CHAT_ID"):
        monkeypatch.delenv(name, raising=False)
    s = Settings(_env_file=None, telegram_bot_token=TOKEN)
    assert s.telegram_api_base_url == "https://api.telegram.org/bot"
    assert s.telegram_api_file_url == "https://api.telegram.org/file/bot"
    assert s.database_path == Path("data/hankebotti.sqlite3")
    assert s.bot_timezone == "Europe/Helsinki" and s.default_language == "fi"
    assert s.coordinator_chat_id is None
    assert TOKEN not in repr(s)


def test_file_url_follows_a_local_api_server():
    s = Settings(_env_file=None, telegram_bot_token=TOKEN, telegram_api_base_url="http://127.0.0.1:8081/bot")
    assert s.telegram_api_file_url == "http://127.0.0.1:8081/file/bot"


def test_empty_coordinator_is_none_and_numbers_parse(monkeypatch):
    monkeypatch.setenv("COORDINATOR_CHAT_ID", "")
    assert Settings(_env_file=None, telegram_bot_token=TOKEN).coordinator_chat_id is None
    monkeypatch.setenv("COORDINATOR_CHAT_ID", "-1001234")
    assert Settings(_env_file=None, telegram_bot_token=TOKEN).coordinator_chat_id == -1001234


@pytest.mark.parametrize("field,value", [("telegram_bot_token", "not-a-token"), ("bot_timezone", "Mars/Olympus"),
                                         ("default_language", "sv"), ("log_level", "LOUD")])
def test_bad_values_are_refused(field, value):
    values = {"telegram_bot_token": TOKEN, field: value}
    with pytest.raises(ValidationError):
        Settings(_env_file=None, **values)


def _run_bot(env_extra: dict[str, str], tmp_path: Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "DATABASE_", "COORDINATOR_"))}
    env.update(env_extra)
    return subprocess.run([sys.executable, "-m", "bot"], cwd=tmp_path, env={**env, "PYTHONPATH": str(ROOT)},
                          capture_output=True, text=True, timeout=60)


def test_missing_token_exits_2_with_one_clear_line(tmp_path):
    result = _run_bot({}, tmp_path)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "TELEGRAM_BOT_TOKEN is not set" in lines[0] and "BotFather" in lines[0]
    assert "Traceback" not in result.stderr


def test_malformed_token_exits_2_without_echoing_it(tmp_path):
    result = _run_bot({"TELEGRAM_BOT_TOKEN": "12345:short-secret"}, tmp_path)
    assert result.returncode == 2
    assert "does not look like a bot token" in result.stderr
    assert "short-secret" not in result.stderr and "Traceback" not in result.stderr


def test_a_persons_id_as_coordinator_is_refused():
    with pytest.raises(ValidationError, match="negative"):
        Settings(_env_file=None, telegram_bot_token=TOKEN, coordinator_chat_id=123456789)


def test_the_example_token_is_refused():
    example = next(line.split("=", 1)[1].strip() for line in (ROOT / ".env.example").read_text().splitlines()
                   if line.startswith("TELEGRAM_BOT_TOKEN="))
    with pytest.raises(ValidationError, match="placeholder"):
        Settings(_env_file=None, telegram_bot_token=example)
