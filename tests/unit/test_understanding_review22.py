"""Adversarial review 22 (489 inputs aimed at this round's rules: spoken thousands, named days, past figures, prices
of one, hours named before a figure, list non-answers; written by a helper that did not write the rules): nothing read
silently wrong, no real list of actions taken for a non-answer. On the first version 35 were silent and 15 lists lost."""

import json
from datetime import date
from pathlib import Path

import pytest

from bot.domain.parsing import split_items, understand_amount, understand_date, understand_hours
from bot.domain.understand_doubt import says_nothing_yet, split_doubt

CASES = json.loads((Path(__file__).parents[1] / "data" / "review22_cases.json").read_text(encoding="utf-8"))
TODAY = date(2026, 12, 4)


def _number(value):
    return None if value is None else (int(value) if value == int(value) else float(value))


def _wrong(case) -> bool:
    text, lang, kind, expect = case["t"], case["l"], case["k"], case["e"]
    if kind in ("amount", "hours"):
        reading = (understand_amount if kind == "amount" else understand_hours)(text, lang=lang)
        value = _number(reading.value)
        return value is not None and reading.doubt is None and (expect == "none" or value != expect)
    if kind.startswith("date"):
        start = date.fromisoformat(case["start"]) if "start" in case else None
        reading = understand_date(text, role=kind[5:], today=TODAY, lang=lang, start=start)
        value = reading.value.isoformat() if reading.value else None
        return value is not None and not reading.vague and (expect == "none" or value != expect)
    if kind == "list_nothing":
        return says_nothing_yet(text, listing=True) != expect
    return split_items(text) != expect and split_doubt(text) is None


@pytest.mark.parametrize("case", CASES, ids=lambda c: f"{c['k']}:{c['t'][:40]}")
def test_review_22(case):
    assert not _wrong(case)
