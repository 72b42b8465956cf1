"""Adversarial review 36 (68 inputs aimed at round 22's rules: an "and" inside one thing, kinds closed by "and so on",
a denied option then another, shared thousands, children's and paid shares of a total, spoken years and days; written by
a helper that did not write the rules): nothing read silently wrong but the case left (``left``: "kesäjuhlat, bingo,
kahvila ja kyläläiset tutustuu toisiinsa, joulumyyjäiset", an "and" inside a middle part, read so before the round).
On the first version 21 were silent."""

import json
from pathlib import Path

import pytest

from tests.unit.test_review35 import _silent

CASES = json.loads((Path(__file__).parents[1] / "data" / "review36_cases.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_review36(case):
    assert _silent(case) == case["left"]
