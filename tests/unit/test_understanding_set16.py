"""Silent misreadings of frozen typed-answer set 16 (its one run), pinned after their fixes."""

from datetime import date

import pytest

from bot.domain.parsing import match_choice, understand_date, understand_hours
from bot.domain.understand_doubt import says_nothing_yet, split_doubt

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
    assert split_doubt("kysely / työpaja") == ["kysely", "työpaja"]  # "/" may be "or": asked
    for vague in ("vähän kaikkea", "stuff for the village hall mostly", "tietty kylätalo mut muuten en osaa sanoa"):
        assert says_nothing_yet(vague), vague
    assert not says_nothing_yet("Things to buy for the hall, chairs and tables")


def test_a_mix_of_kinds_decides_nothing():
    assert match_choice("kylätalon remontti ja sit tapahtumia ja kursseja", LEADER_TYPE, lang="fi", question="leader_type") is None
    assert match_choice("kylätalon remontti", LEADER_TYPE, lang="fi", question="leader_type") == "investment"


@pytest.mark.parametrize("text, role, expected", [
    ("12 viikkoa", "end", date(2027, 7, 25)), ("kaks ja puol vuotta", "end", date(2029, 11, 2)),
    ("kuus kuukautta riittää", "end", date(2027, 11, 2)), ("six months after we start", "end", date(2027, 11, 2)),
    ("vuosi aloituksesta", "end", date(2028, 5, 2)), ("vappuna 🎈", "start", date(2027, 5, 1)),
    ("vapusta 2027 lähtien", "start", date(2027, 5, 1)),
])
def test_durations_and_may_day(text, role, expected):
    assert understand_date(text, role=role, today=date(2026, 12, 4), lang="fi", start=date(2027, 5, 3)).value == expected


@pytest.mark.parametrize("text", ["sit ku saadaan rahotuspäätös", "once we hear back from the Leader group"])
def test_waiting_for_the_decision_is_a_proposal(text):
    assert understand_date(text, role="start", today=date(2026, 12, 4), lang="fi").vague


def test_more_forms():
    assert understand_hours("3 workdays with 15 people, 6 hours each day", lang="en").value == 270
    assert understand_hours("we'll have 5 work parties of about 4 hours, 10 people each", lang="en").value == 200
    assert match_choice("ammattiopisto", {"other_nonprofit": ["Seurakunta, oppilaitos tai muu yleishyödyllinen"],
                                          "public": ["Kunta tai muu julkinen toimija"]}, lang="fi", question="org_type") == "other_nonprofit"


def test_lettered_items_after_an_intro():
    from bot.domain.parsing import split_items
    assert split_items("We plan to (a) map the needs of elderly residents, (b) set up a volunteer driver ring, (c) organise "
                       "monthly info sessions") == ["map the needs of elderly residents", "set up a volunteer driver ring",
                                                    "organise monthly info sessions"]
