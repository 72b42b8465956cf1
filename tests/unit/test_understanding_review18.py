"""Adversarial review 18: 345 typed choices aimed at the sixth round's choice rules (the clause that says who applies, a
group not registered, a project's kind from its work words, a fund in any case form, a no or yes first), written by a
helper that did not write the rules. None may be chosen wrong except the 13 pinned as left (12 were read so before the
round too; "Pirkan Helmeltä varmaan" is a hedged lean that the frozen sets' writers take as the fund)."""

import json
from pathlib import Path

import pytest

from bot.domain.parsing import match_choice

from .choice_options import KIND, ORG, TRACK, YES_NO

CASES = json.loads((Path(__file__).parents[1] / "data" / "review18_choice_cases.json").read_text(encoding="utf-8"))
OPTIONS = {"international": YES_NO, "org_type": ORG, "track": TRACK, "leader_type": KIND}


@pytest.mark.parametrize("case", CASES, ids=[c["t"][:40] for c in CASES])
def test_review_18(case):
    got = match_choice(case["t"], OPTIONS[case["question"]], lang=case["l"], question=case["question"])
    want = None if case["e"] in (None, "none") else case["e"]
    assert (got is not None and got != want) == bool(case.get("left"))
