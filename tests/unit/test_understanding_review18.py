"""Adversarial review 18: 345 typed choices aimed at the sixth round's choice rules (the clause that says who applies, a
group not registered, a project's kind from its work words, a fund in any case form, a no or yes first), written by a
helper that did not write the rules. None may be chosen wrong except the 13 pinned as left (12 were read so before the
round too; "Pirkan Helmeltä varmaan" is a hedged lean that the frozen sets' writers take as the fund)."""

import json
from pathlib import Path

import pytest

from bot.domain.parsing import match_choice

YES_NO = {"yes": ["Kyllä, kansainvälinen", "Yes, international"], "no": ["Ei", "No"]}
ORG = {"association": ["Rekisteröity yhdistys", "Registered association"], "foundation": ["Säätiö", "Foundation"],
       "public": ["Kunta tai muu julkinen toimija", "Municipality or other public body"],
       "other_nonprofit": ["Seurakunta, oppilaitos tai muu yleishyödyllinen", "Parish, school or other non-profit"],
       "company": ["Yritys (oy tai osuuskunta)", "Company (limited company or cooperative)"],
       "sole_trader": ["Toiminimi", "Sole trader"], "informal": ["Rekisteröimätön porukka", "Unregistered group"]}
TRACK = {"esr": ["ESR+ (kansalaistoimijalähtöinen kehittäminen)", "ESR+ (citizen-driven development)"], "leader": ["Leader"],
         "notsure": ["En ole varma", "Not sure"]}
KIND = {"development": ["Kehittämishanke", "Development project"], "investment": ["Investointihanke", "Investment project"],
        "training": ["Koulutus- ja tiedonvälityshanke", "Training and information project"],
        "cooperation": ["Yhteistyöhanke", "Cooperation project"]}
CASES = json.loads((Path(__file__).parents[1] / "data" / "review18_choice_cases.json").read_text(encoding="utf-8"))
OPTIONS = {"international": YES_NO, "org_type": ORG, "track": TRACK, "leader_type": KIND}


@pytest.mark.parametrize("case", CASES, ids=[c["t"][:40] for c in CASES])
def test_review_18(case):
    got = match_choice(case["t"], OPTIONS[case["question"]], lang=case["l"], question=case["question"])
    want = None if case["e"] in (None, "none") else case["e"]
    assert (got is not None and got != want) == bool(case.get("left"))
