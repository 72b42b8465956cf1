"""Adversarial review 35 (119 inputs aimed at round 21's rules: a weekend day named alone, a length said again in hours,
children said not to count, totals after paid work, VAT pairs, corrections, vague lists, choices put right; written by
a helper that did not write the rules): nothing read silently wrong but the case left (``left``: "tools, materials,
equipment", which its writer marked arguable). On the first version 27 were silent."""

import json
from datetime import date
from functools import lru_cache
from decimal import Decimal
from pathlib import Path

import pytest

from bot.domain.parsing import split_items, understand_amount, understand_date, understand_hours
from bot.domain.understand_check import checked
from bot.domain.understand_choice_guess import read_choice
from bot.domain.understand_doubt import says_nothing_yet, split_doubt

CASES = json.loads((Path(__file__).parents[1] / "data" / "review35_cases.json").read_text(encoding="utf-8"))
TODAY = date(2026, 12, 4)
@lru_cache(maxsize=None)
def _options(question: str) -> dict[str, tuple[str, ...]]:
    """The option keys of ``question`` and their labels in Finnish and English, from the interview's texts."""
    import yaml
    labels: dict[str, list[str]] = {}
    for lang in ("fi", "en"):
        data = yaml.safe_load((Path(__file__).parents[2] / "content" / lang / "interview.yaml").read_text(encoding="utf-8"))
        for key, label in data["interview"]["options"][question].items():
            labels.setdefault(str(key).lower(), []).append(str(label))
    return {key: tuple(value) for key, value in labels.items()}


def _silent(case: dict) -> bool:
    """Read without a question or a proposal (as the interview checks a reading), and not what the writer meant."""
    text, lang, kind, expect = case["t"], case["l"], case["k"], case["e"]
    if kind in ("amount", "hours"):
        reading = checked((understand_amount if kind == "amount" else understand_hours)(text, lang=lang), text, kind)
        return reading.value is not None and not reading.doubt and (expect == "none" or reading.value != Decimal(str(expect)))
    if kind == "date":
        start = date.fromisoformat(case["start"]) if "start" in case else None
        reading = checked(understand_date(text, role=case.get("role", "start"), today=TODAY, lang=lang, start=start), text, "date")
        value = reading.value.isoformat() if reading.value else None
        return value is not None and not reading.vague and expect not in ("vague",) and (expect == "none" or value != expect)
    if kind == "list":
        if says_nothing_yet(text, listing=True) or split_doubt(text) is not None:
            return False
        items = split_items(text) or [text.strip()]
        return expect == "ask" and len(items) > 1 or isinstance(expect, list) and [i.lower() for i in items] != [e.lower() for e in expect] and len(items) > 1
    key, read_back = read_choice(text, _options(case["question"]), lang=lang, question=case["question"])
    return key is not None and not read_back and key != (None if expect == "none" else expect)


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_review35(case):
    assert _silent(case) == case["left"]
