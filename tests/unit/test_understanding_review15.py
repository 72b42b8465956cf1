"""Adversarial review 15: 328 dates, hours and lists aimed at this round's rules by a helper that did not write them.
None may be saved wrong without a question except the ones pinned as left. The 78 list answers left are pairs the
reviewer would ask about and the writers of sets 1-31 read as two actions ("renovate the hall and paint the walls",
"buy a projector and organise film nights"); the 28 dates and 4 hours were read so before this round too."""

import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from bot.domain.parsing import split_items, understand_date, understand_hours
from bot.domain.understand_doubt import says_nothing_yet, split_doubt

CASES = json.loads((Path(__file__).parents[1] / "data" / "review15_cases.json").read_text(encoding="utf-8"))
TODAY = date(2026, 12, 4)


def _norm(item: str) -> str:
    return " ".join(item.lower().strip(" .").split())


def _silently_wrong(case: dict) -> bool:
    text, expect = case["t"], case["e"]
    if case["area"] == "lists":
        if says_nothing_yet(text) or split_doubt(text):
            return False
        got = [item.strip() for item in split_items(text) if item.strip()] or [text]
        return expect == "ask" or (len(got) != 1 if expect == "one" else [_norm(i) for i in got] != [_norm(i) for i in expect])
    if case["area"] == "dates":
        start = date.fromisoformat(case["start"]) if case.get("start") else None
        if case.get("role") == "end" and start is None:
            start = understand_date("asap", role="start", today=TODAY, lang="en").value
        reading = understand_date(text, role=case.get("role", "start"), today=TODAY, lang=case["l"], start=start)
        if reading.value is None or reading.vague:
            return False
        return expect in ("none", "vague") or reading.value.isoformat() != expect
    reading = understand_hours(text, lang=case["l"])
    if reading.value is None or reading.doubt:
        return False
    return expect == "none" or reading.value != Decimal(str(expect))


@pytest.mark.parametrize("case", CASES, ids=[c["t"][:40] for c in CASES])
def test_review_15(case):
    assert _silently_wrong(case) == bool(case.get("left"))
