"""Adversarial review 25 (389 inputs aimed at the eleventh round's rules: hours person by person, over clock and weekday
spans and beside machines, figures put right, costs one by one, rates per week and month, money held and thresholds,
children's ages, Savo and relative dates, two funds to choose from, partners outside this project, "sekä" lists, steps,
remarks after the things; written by a helper that did not write the rules). On the first version 35 were read
silently wrong (58 on the code before the round); two were new (a library's opening hours added to the talkoot hours,
"First we fix the roof …" kept "First") and one right reading was lost ("pe–su eli 3 päivää"). After the fixes none is
worse than before the round, 245 are right, and the 23 still silent (each read so before the round too) are pinned."""

import json
from datetime import date
from pathlib import Path

import pytest

from bench.answers import _options, judge, looks_like_question
from bot.domain.interview import reads_back
from bot.domain.parsing import split_items
from bot.domain.understand_doubt import says_nothing_yet, split_doubt
from bot.domain.understand_lists import without_intro

from .test_understanding_review23 import _same

CASES = json.loads((Path(__file__).parents[1] / "data" / "review25_cases.json").read_text(encoding="utf-8"))
OPTIONS = _options()
RANK = {"ok": 0, "flagged": 1, "none": 2, "silent": 3}


def _list(case, expect) -> str:
    text = case["t"]
    if expect == "ask" and looks_like_question(text, lang=case["l"]):
        return "ok"
    if says_nothing_yet(text, listing=True):
        return "ok" if expect == "ask" else "none"
    pair = split_doubt(text)
    if pair:
        return "ok" if expect == "ask" or (isinstance(expect, list) and any(
            _same(o, expect) for o in (pair, [without_intro(text)]))) else "flagged"
    got = split_items(text) or [text.strip()]
    if reads_back(text, got):
        return "ok" if isinstance(expect, list) and _same(got, expect) else "flagged"
    return "silent" if expect == "ask" or not _same(got, expect) else "ok"


def _item(case, expect) -> dict:
    item = {"kind": "date" if case["k"].startswith("date") else case["k"], "text": case["t"], "lang": case["l"], "expect": expect}
    if item["kind"] == "date":
        item["role"] = case.get("role", "start")
        if item["role"] == "end":
            item["start"] = "2027-03-01"
    if case.get("q"):
        item["question"] = case["q"]
    return item


def _verdict(case) -> str:
    verdicts = [_list(case, e) if case["k"] == "list" else judge(_item(case, e), OPTIONS, date(2026, 12, 4))[0] for e in case["e"]]
    return min(verdicts, key=RANK.get)


@pytest.mark.parametrize("case", CASES, ids=[f"{c['k']}:{c['t'][:40]}" for c in CASES])
def test_review_25(case):
    assert (_verdict(case) == "silent") == bool(case.get("left"))

