"""Adversarial reviews 11, 12 and 13 (helpers that did not write the rules; 529, 572 and 284 phone-typed inputs aimed
at the figure proposals, the guesses and the hours guesses): no figure or choice is taken silently where a careful advisor would not take it.
A proposal (``doubt`` set) is asking. "left": true marks the 127 inputs still misread silently (two of them, "leader or esr, not sure", are the "not sure" button since 6.12.2026; see their "why") (the strict readers' old
misreadings, all but one wrong before these reviews too (review 13's 34 are all old); the one is "kaksisataa viisikymmentä ja kolmesataa", which the
spelled-hundreds change now brings to the old "250 ja 300" reading)."""

import json
from decimal import Decimal
from pathlib import Path

import pytest

from bench.answers import _options
from bot.domain.parsing import match_choice, understand_amount, understand_hours

CASES = [c for c in json.loads((Path(__file__).parents[1] / "data" / "review11_13_cases.json").read_text(encoding="utf-8"))
         if not c.get("left")]
OPTIONS = _options()
YES_NO = {"yes": ("Kyllä", "Yes"), "no": ("Ei", "No")}


def _silent(case) -> str | None:
    kind, text, lang, want = case["k"], case["t"], case["l"], case["e"]
    if kind == "choice":
        question = case.get("q")
        got = match_choice(text, OPTIONS.get(question, YES_NO) if question else YES_NO, lang=lang, question=question)
        return None if got is None or got == str(want).lower() else got
    reading = (understand_amount if kind == "amount" else understand_hours)(text, lang=lang)
    if reading.value is None or reading.doubt:
        return None
    return None if want not in ("ask", "none", None) and reading.value == Decimal(str(want)) else str(reading.value)


@pytest.mark.parametrize("case", CASES, ids=lambda c: c["t"][:40])
def test_no_silent_misreading(case):
    assert _silent(case) is None
