"""Adversarial reviews 6-10 (helpers that did not write the rules; 489, 405, 298, 306 and 326 phone-typed inputs aimed
at the rules added after sets 20-23): no reader may take a value a careful advisor would not. Asking again is always allowed; a date
shown as a proposal to confirm may be off, and an end not after the start is refused by the interview. ``e`` lists the
right values ([] = only asking is right; "ANY" = any proposal)."""

import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from bench.answers import _options
from bot.domain.parsing import match_choice, understand_amount, understand_date, understand_hours
from bot.domain.understand_doubt import says_nothing_yet

DATA = Path(__file__).parents[1] / "data"
CASES = [case for name in ("review6_cases.json", "review7_cases.json", "review8_cases.json", "review9_cases.json",
                                  "review10_cases.json")
         for case in json.loads((DATA / name).read_text(encoding="utf-8")) if not case.get("left")]  # "left": wrong before too
# Both readings are wrong here since before these reviews (left, in the closing note)
LEFT = {"hakija on varmaan yhdistys mutta voi olla säätiökin", "Kulut:\n- bussi 800\n- lounas viidentoista euron annos",
        "eurasta en tiedä mitään, leader", "hall hire twice, 300 each", "twice, 8 people 4 hours"}
OPTIONS = _options()
YES_NO = {"yes": ("Kyllä", "Yes"), "no": ("Ei", "No")}


def _silent(case) -> str | None:
    kind, text, lang, expect = case["k"], case["t"], case.get("l", "fi"), case["e"]
    if kind == "doubt":  # "nothing to write down yet" must not swallow a real answer (True there asks again)
        got = str(says_nothing_yet(text))
        return None if got in expect or got == "True" and "ask" in expect else got
    if kind in ("amount", "hours"):
        reading = (understand_amount if kind == "amount" else understand_hours)(text, lang=lang)
        if reading.doubt:  # a proposal the user confirms or corrects, like a vague date
            return None
        return None if reading.value is None or reading.value in [Decimal(x) for x in expect] else str(reading.value)
    if kind == "choice":
        question = case.get("q")
        got = match_choice(text, OPTIONS.get(question, YES_NO) if question else YES_NO, lang=lang, question=question)
        return None if got is None or got in expect else got
    role = case.get("role", "start")
    reading = understand_date(text, role=role, today=date(2026, 12, 4), lang=lang, start=date(2027, 3, 1) if role == "end" else None)
    if reading.value is None or reading.vague or reading.value.isoformat() in expect:
        return None
    if role == "end" and reading.value <= date(2027, 3, 1):
        return None  # the interview refuses an end that is not after the start
    return reading.value.isoformat()


@pytest.mark.parametrize("case", [c for c in CASES if c["t"] not in LEFT],
                         ids=lambda c: c["t"][:40])
def test_no_silent_misreading(case):
    assert _silent(case) is None
