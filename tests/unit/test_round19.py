"""Round 19 (7.12.2026): comma lines offered part by part, weekends said again as days, a label before the hours."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.domain.understand_doubt import split_doubt
from bot.domain.understand_hours import understand_hours


@pytest.mark.parametrize("text, parts", [
    # the "and" before the last thing is no part of it
    ("Meeting places: village hall in Vuorenmaa, the parish house, and Koikkala school canteen on weekends.",
     ["village hall in Vuorenmaa", "the parish house", "Koikkala school canteen on weekends"]),
    # a remark in brackets is not cut at its comma
    ("pensioners (the morning swimming gang, about 25 of them), young families, and the school's 5th and 6th graders",
     ["pensioners (the morning swimming gang, about 25 of them)", "young families", "the school's 5th and 6th graders"]),
    # an intro of several words before a colon
    ("The volunteer training will cover: meeting an elderly person, recognising memory problems, safety and "
     "confidentiality, and where to get help.",
     ["meeting an elderly person", "recognising memory problems", "safety and confidentiality", "where to get help"]),
    # a comma line ending in "and X", "as well as X", "ja X"
    ("Posters, the municipal website as well as a short radio interview on Radio Savo.",
     ["Posters", "the municipal website", "a short radio interview on Radio Savo"]),
    ("At least 150 participants, 12 trained walk leaders and a printed map of walking routes for each village.",
     ["At least 150 participants", "12 trained walk leaders", "a printed map of walking routes for each village"]),
    ("Noin 300 kyläläistä, 12 yhdistystä ja juhlavuokraajat", ["Noin 300 kyläläistä", "12 yhdistystä", "juhlavuokraajat"]),
])
def test_comma_lines_are_offered_part_by_part(text, parts):
    assert split_doubt(text) == parts


@pytest.mark.parametrize("text", ["remontti, lähinnä katto ja ikkunat", "kunnostus, eli katto ja ikkunat",
                                  "the hall, mainly the roof and the windows"])
def test_a_comma_part_that_says_what_the_first_is_is_no_offer(text):
    assert split_doubt(text) is None


@pytest.mark.parametrize("text, lang, hours", [
    ("12 people, 3 weekends (6 days), 7 hours a day", "en", 504),
    ("6 hlö x 4 vkl (8 pv) x 7 h", "fi", 336),
    ("ten volunteers two weekends so four days eight hours each day", "en", 320),
    ("kymmenen henkeä kahtena viikonloppuna eli neljänä päivänä, viisi tuntia päivässä.", "fi", 200),
    ("12 jätkää 2 viikonloppua (4 päivää) 8h päiväs", "fi", 384),
])
def test_weekends_said_again_as_days_are_counted_once(text, lang, hours):
    reading = understand_hours(text, lang=lang)
    assert reading.value == Decimal(hours) and reading.doubt  # proposed with its working, one tap


def test_days_of_each_weekend_still_multiply():
    assert understand_hours("6 of us, 3 weekends (2 days each), 6h/day for the renovation", lang="en").value == Decimal(216)


@pytest.mark.parametrize("text, hours", [
    ("Siivous- ja maalaustalkoot: kymmenen henkeä, neljä lauantaita, viisi tuntia kerrallaan.", 200),
    ("Cleaning and painting: 4 people during one week of weekdays, 5 hours each day", 100),
])
def test_a_label_before_the_hours_is_no_figure(text, hours):
    reading = understand_hours(text, lang="fi")
    assert reading.value == Decimal(hours) and reading.doubt


def test_a_per_volunteer_label_is_kept():
    assert understand_hours("Per volunteer:\n- building 20 h\n- painting 10 h", lang="en").value is None
