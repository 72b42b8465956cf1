"""Adversarial review 28 (a helper that did not write the rules; 264 phone-typed inputs aimed at the fourteenth
session's readers): none may be silently misread, as the benchmark counts it. The 23 marked ``left`` were misread the
same way before the session (a0956e3) and are in the closing note; 16 found by the review are fixed."""

import json
import sys
from datetime import date
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parents[2] / "bench"))
import answers  # noqa: E402

CASES = json.loads((Path(__file__).parents[1] / "data" / "review28_cases.json").read_text(encoding="utf-8"))
OPTIONS = answers._options()


@pytest.mark.parametrize("case", [c for c in CASES if not c.get("left")], ids=lambda c: str(c["text"])[:40])
def test_no_silent_misreading(case):
    verdict, got = answers.judge(case, OPTIONS, date(2026, 12, 4))
    assert verdict != "silent", got


def test_the_left_cases_are_the_known_ones():
    assert sum(1 for c in CASES if c.get("left")) == 23
