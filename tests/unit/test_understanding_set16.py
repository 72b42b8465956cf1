"""Silent misreadings of frozen typed-answer set 16 (its one run), pinned after their fixes."""

from datetime import date

import pytest

from bot.domain.parsing import match_choice, understand_date, understand_hours
from bot.domain.understand_lists import says_nothing_yet, split_doubt

LEADER_TYPE = {"development": ["Kehittämishanke"], "investment": ["Investointihanke"],
               "training": ["Koulutus- ja tiedonvälityshanke"], "cooperation": ["Yhteistyöhanke"]}


@pytest.mark.parametrize("text", ["ei oo mitään päätetty viel, hallitus kokoontuu vasta tammikuussa",
                                  "30.9.2027 tai sit vasta vuoden lopussa, en tiiä"])
def test_dates_said_with_doubt_are_proposals(text):
    reading = understand_date(text, role="start", today=date(2026, 12, 4), lang="fi")
    assert reading.value is None or reading.vague


def test_thousands_of_hours():
    assert understand_hours("1.5k hours", lang="en").value == 1500


def test_lists():
    assert split_doubt("aurinkopaneelit+akusto") == ["aurinkopaneelit", "akusto"]
    for vague in ("vähän kaikkea", "stuff for the village hall mostly", "tietty kylätalo mut muuten en osaa sanoa"):
        assert says_nothing_yet(vague), vague
    assert not says_nothing_yet("Things to buy for the hall, chairs and tables")


def test_a_mix_of_kinds_decides_nothing():
    assert match_choice("kylätalon remontti ja sit tapahtumia ja kursseja", LEADER_TYPE, lang="fi", question="leader_type") is None
    assert match_choice("kylätalon remontti", LEADER_TYPE, lang="fi", question="leader_type") == "investment"
