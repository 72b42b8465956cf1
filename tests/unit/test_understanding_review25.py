"""Adversarial review 25 (389 inputs aimed at the eleventh round's rules: hours person by person, over clock and weekday
spans and beside machines, figures put right, costs one by one, rates per week and month, money held and thresholds,
children's ages, Savo and relative dates, two funds to choose from, partners outside this project, "sekä" lists, steps,
remarks after the things; written by a helper that did not write the rules). On the first version 35 were read
silently wrong (58 on the code before the round); two were new (a library's opening hours added to the talkoot hours,
"First we fix the roof …" kept "First") and one right reading was lost ("pe–su eli 3 päivää"). After the fixes none is
worse than before the round, 245 are right, and the 23 still silent (each read so before the round too) are pinned;
since long or turning answers are read back before they are saved (6.12.2026, understand_check), 20; since hours are
read job by job without a machine's (understand_hour_parts), 19."""

import json
from pathlib import Path

import pytest

from .test_understanding_review24 import _verdict  # the same judge: a case is silent when no acceptable reading is asked

CASES = json.loads((Path(__file__).parents[1] / "data" / "review25_cases.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[f"{c['k']}:{c['t'][:40]}" for c in CASES])
def test_review_25(case):
    assert (_verdict(case) == "silent") == bool(case.get("left"))

