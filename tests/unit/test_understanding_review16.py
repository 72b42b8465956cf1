"""Adversarial review 16: 378 amounts, hours, choices, dates and lists aimed at the rules added after review 15, by a
helper that did not write them. None may be saved wrong without a question except the ones pinned as left, which were
read so before those rules too."""

import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from bot.domain.interview import reads_back
from bot.domain.parsing import match_choice, split_items, understand_amount, understand_date, understand_hours
from bot.domain.understand_doubt import says_nothing_yet, split_doubt

CASES = json.loads((Path(__file__).parents[1] / "data" / "review16_cases.json").read_text(encoding="utf-8"))
TODAY = date(2026, 12, 4)
YES_NO = {"yes": ["Kyllä, kansainvälinen", "Yes, international"], "no": ["Ei", "No"]}
OPTIONS = {
    "international": YES_NO,
    "org_type": {"association": ["Rekisteröity yhdistys", "Registered association"], "foundation": ["Säätiö", "Foundation"],
                 "public": ["Kunta tai muu julkinen toimija", "Municipality or other public body"],
                 "other_nonprofit": ["Seurakunta, oppilaitos tai muu yleishyödyllinen", "Parish, school or other non-profit"],
                 "company": ["Yritys (oy tai osuuskunta)", "Company (limited company or cooperative)"],
                 "sole_trader": ["Toiminimi", "Sole trader"], "informal": ["Rekisteröimätön porukka", "Unregistered group"]},
    "track": {"esr": ["ESR+ (kansalaistoimijalähtöinen kehittäminen)"], "leader": ["Leader"], "notsure": ["En ole varma", "Not sure"]},
    "leader_type": {"development": ["Kehittämishanke", "Development project"], "investment": ["Investointihanke", "Investment project"],
                    "training": ["Koulutus- ja tiedonvälityshanke", "Training and information project"],
                    "cooperation": ["Yhteistyöhanke", "Cooperation project"]},
}


def _norm(item: str) -> str:
    return " ".join(item.lower().strip(" .").split())


def _silently_wrong(case: dict) -> bool:
    text, expect, area = case["t"], case["e"], case["area"]
    if area == "list":
        if says_nothing_yet(text, listing=True) or split_doubt(text):
            return False
        got = [item.strip() for item in split_items(text) if item.strip()] or [text]
        if reads_back(text, got):
            return False  # one item on one line is read back ("shall I note this?") before it is noted: never silent
        return expect == "ask" or (len(got) != 1 if expect == "one" else [_norm(i) for i in got] != [_norm(i) for i in expect])
    if area == "choice":
        got = match_choice(text, OPTIONS[case["question"]], lang=case["l"], question=case["question"])
        return got is not None and got != (None if expect in (None, "none") else expect)
    if area == "date":
        start = date.fromisoformat(case["start"]) if case.get("start") else None
        if case.get("role") == "end" and start is None:
            start = understand_date("asap", role="start", today=TODAY, lang="en").value
        reading = understand_date(text, role=case.get("role", "start"), today=TODAY, lang=case["l"], start=start)
        if reading.value is None or reading.vague or (case.get("role") == "end" and reading.value <= start):
            return False  # a proposal, or an end the interview refuses because it is not after the start
        return expect in ("none", "vague") or reading.value.isoformat() != expect
    reading = (understand_amount if area == "amount" else understand_hours)(text, lang=case["l"])
    if reading.value is None or reading.doubt:
        return False
    return expect == "none" or reading.value != Decimal(str(expect))


@pytest.mark.parametrize("case", CASES, ids=[c["t"][:40] for c in CASES])
def test_review_16(case):
    assert _silently_wrong(case) == bool(case.get("left"))
