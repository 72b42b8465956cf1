"""Ids in log lines: hashed at INFO and above, the same hash for the same id, raw at DEBUG."""

from __future__ import annotations

import logging

from bot.logging_setup import RedactTokenFilter

TOKEN = "123456789:AAE" + "x" * 32


def render(level: int, msg: str, *args) -> str:
    record = logging.LogRecord("t", level, __file__, 1, msg, args, None)
    RedactTokenFilter(TOKEN).filter(record)
    return record.getMessage()


def test_user_and_chat_ids_are_hashed_consistently_above_debug():
    line = render(logging.INFO, "skipped chat %s: %s", 987654321, "blocked")
    assert "987654321" not in line and "u#" in line
    assert render(logging.INFO, "user %s", 987654321) == "user " + line.split("chat ")[1].split(":")[0]
    group = render(logging.WARNING, "moved %d rows from chat %s to %s", 3, -100123456789, -100987654321)
    assert group.startswith("moved 3 rows from chat g#") and "100123456789" not in group


def test_small_numbers_and_debug_lines_are_left_alone():
    assert render(logging.INFO, "advisor question %s forwarded", 12) == "advisor question 12 forwarded"
    assert render(logging.DEBUG, "user %s", 987654321) == "user 987654321"
