"""The advisors' office hours (the Leader-group finder: tests/unit/test_leader_finder.py)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
import yaml

from bot.domain.office_hours import OfficeHours, expect_answer

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def hours() -> OfficeHours:
    return OfficeHours.model_validate(yaml.safe_load((ROOT / "content" / "common" / "advisor.yaml").read_text()))


def test_office_hours_in_helsinki_time(hours):
    # 13.00 UTC on a Tuesday in winter is 15.00 in Helsinki: open.
    assert expect_answer(hours, datetime(2026, 12, 1, 13, 0, tzinfo=UTC)).open_now
    # 14.00 UTC is 16.00 in Helsinki: closed, back on Wednesday at 9.
    later = expect_answer(hours, datetime(2026, 12, 1, 14, 0, tzinfo=UTC))
    assert not later.open_now and (later.next_open.day, later.next_open.hour) == (2, 9)
    # Summer time: 6.30 UTC is 9.30 in Helsinki.
    assert expect_answer(hours, datetime(2026, 6, 2, 6, 30, tzinfo=UTC)).open_now


def test_weekends_and_public_holidays_are_skipped(hours):
    christmas = expect_answer(hours, datetime(2026, 12, 23, 15, 0, tzinfo=UTC))
    assert christmas.next_open.date().isoformat() == "2026-12-28"
    saturday = expect_answer(hours, datetime(2026, 12, 5, 10, 0, tzinfo=UTC))
    assert saturday.next_open.date().isoformat() == "2026-12-07"
