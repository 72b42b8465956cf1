"""Adversarial review 17: 321 hours answers aimed at the written-out products and the weekend hours, by a helper that
did not write them. None may be saved wrong without a question except the ones pinned as left (all were read so
before those rules too)."""

import json
from decimal import Decimal
from pathlib import Path

import pytest

from bot.domain.parsing import understand_hours

CASES = json.loads((Path(__file__).parents[1] / "data" / "review17_hours_cases.json").read_text(encoding="utf-8"))


def _silently_wrong(case: dict) -> bool:
    reading = understand_hours(case["t"], lang=case["l"])
    if reading.value is None or reading.doubt:
        return False
    return case["e"] is None or reading.value != Decimal(str(case["e"]))


@pytest.mark.parametrize("case", CASES, ids=[c["t"][:40] for c in CASES])
def test_review_17(case):
    assert _silently_wrong(case) == bool(case.get("left"))
