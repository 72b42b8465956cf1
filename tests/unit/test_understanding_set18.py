"""The four silent misreadings of frozen typed-answer set 18 (its one run, the session's last), pinned after their fixes."""

from datetime import date

from bot.domain.parsing import match_choice, understand_date, understand_hours
from bot.domain.understand_doubt import split_doubt


def test_a_slashed_date_readable_both_ways_is_a_proposal():
    reading = understand_date("03/04/2027", role="start", today=date(2026, 12, 4), lang="en")
    assert reading.value == date(2027, 4, 3) and reading.vague  # 3 April in Finland, 4 March in the US
    assert not understand_date("15/4/2027", role="start", today=date(2026, 12, 4), lang="en").vague


def test_a_share_of_the_hours_is_asked():
    assert understand_hours("half of the 400 hours of work, the rest is paid", lang="en").value is None


def test_first_aid_is_a_thing_not_a_sequence_word():
    assert split_doubt("buying a defibrillator and first aid training for villagers") == [
        "buying a defibrillator", "first aid training for villagers"]


def test_either_or_decides_nothing():
    options = {"association": ["Registered association"], "public": ["Municipality or other public body"]}
    assert match_choice("Either the village association or the joint municipal authority", options, lang="en",
                        question="org_type") is None
