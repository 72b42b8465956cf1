"""Adversarial review 19: 314 dates aimed at the sixth round's date rules (the nth weekday of a month, an ordinal before
the month, a month name with a slip, a day after "new year", the reason after "because", a later end, events, counts in
words), by a helper that did not write them. None may be read wrong without a proposal except the 43 pinned as left (two more put right 6.12.2026),
which were read so before the round too."""

import json
from datetime import date
from pathlib import Path

import pytest

from bot.domain.parsing import understand_date

CASES = json.loads((Path(__file__).parents[1] / "data" / "review19_date_cases.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[f"{c['role']}:{c['t'][:40]}" for c in CASES])
def test_review_19(case):
    start = date(2027, 3, 1) if case["role"] == "end" else None
    reading = understand_date(case["t"], role=case["role"], today=date(2026, 12, 4), lang=case["l"], start=start)
    silent = reading.value is not None and not reading.vague and reading.value.isoformat() != case["e"]
    assert silent == bool(case.get("left"))
