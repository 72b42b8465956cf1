"""Adversarial review 14: 383 list answers aimed at the "an action each" rule, written by a helper that did not write
it. None may be saved wrong without a question, except the ones pinned as left (most were read so before the rule)."""

import json
from pathlib import Path

import pytest

from bot.domain.understand_doubt import says_nothing_yet, split_doubt
from bot.domain.understand_lists import split_items

CASES = json.loads((Path(__file__).parents[1] / "data" / "review14_list_cases.json").read_text(encoding="utf-8"))


def _norm(item: str) -> str:
    return " ".join(item.lower().strip(" .").split())


def _silently_wrong(text: str, expect) -> bool:
    if says_nothing_yet(text) or split_doubt(text):
        return False  # asked: "one thing or two?"
    got = [item.strip() for item in split_items(text) if item.strip()] or [text]
    if expect == "ask":
        return True
    if expect == "one":
        return len(got) != 1
    return [_norm(i) for i in got] != [_norm(i) for i in expect]


@pytest.mark.parametrize("case", CASES, ids=[c["t"][:40] for c in CASES])
def test_review_14_list_answers(case):
    assert _silently_wrong(case["t"], case["e"]) == bool(case.get("left"))
