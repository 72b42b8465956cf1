"""A figure said with doubt is a proposal; a plain estimate, a ceiling or a range is not (understand_hedges)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.domain.parsing import match_choice, understand_amount, understand_hours
from bot.domain.understand_hedges import figure_doubt, says_ceiling

TRACK = {"esr": ["ESR+ (kansalaistoimijalähtöinen kehittäminen)", "ESR+ (citizen-led development)"], "leader": ["Leader", "Leader"],
         "notsure": ["En ole varma", "Not sure"]}
YES_NO = {"yes": ["Kyllä, kansainvälinen", "Yes, international"], "no": ["Ei", "No"]}


@pytest.mark.parametrize("text, hours, doubt", [
    ("no kyllä sitä talkoita tulloo, ainaki sata tuntia, varmaan enemmänki", 100, "bound"),
    ("300h+", 300, "bound"),
    ("vähintään 200 h", 200, "bound"),
    ("at least <b>80</b> hours", 80, "bound"),
    ("satakunta tuntia varmaan", 100, "unsure"),
    ("maybe 60 h", 60, "unsure"),
    ("250 tuntia tai enemmän", 250, "unsure"),
])
def test_hours_said_with_doubt_keep_their_figure_and_are_marked(text, hours, doubt):
    reading = understand_hours(text, lang="fi")
    assert reading.value == Decimal(hours) and reading.doubt == doubt


@pytest.mark.parametrize("text, euros, doubt", [
    ("Arviolta 90 000 euroa, mutta summa voi vielä nousta.", 90000, "unsure"),
    ("alle 8 000 €, jotta mahtuu pienhankkeeseen", 8000, "bound"),
    ("under 20k hopefully", 20000, "bound"),
    ("noin 2 500 euroa, tarkentuu tarjousten jälkeen", 2500, "unsure"),
    ("I think 15000 euro", 15000, "unsure"),
])
def test_amounts_said_with_doubt_keep_their_figure_and_are_marked(text, euros, doubt):
    reading = understand_amount(text, lang="en")
    assert reading.value == Decimal(euros) and reading.doubt == doubt


@pytest.mark.parametrize("text", [
    "noin 5000 €", "n. 40 h", "about 300 hours", "arviolta 12 000 euroa", "joku 5 tonnia", "max 25 000", "enintään 8 000 €",
    "ei yli 3000", "no more than 9000e", "5-6 tonnia", "100-150 tuntia", "12 000 € over 2 years", "alle 18-vuotiaille 2000 €",
    "20 youth volunteers (all over 15) 5 hours each", "laavu 4000 + polku 2500", "3000 + alv", "6 päivää, 10 henkeä 6 tuntia",
])
def test_plain_estimates_ceilings_ranges_and_sums_are_not_doubted(text):
    assert figure_doubt(text) is None


def test_only_ceiling_words_are_ceilings():
    assert says_ceiling("max 25 000") and says_ceiling("enintään 8000") and says_ceiling("up to 35k")
    assert not says_ceiling("maximum effort 5-6 tonnia") and not says_ceiling("alle 8000")


@pytest.mark.parametrize("text", [
    "ESR+ I think or Leader, not sure", "either is fine", "Either one, whichever pays more lol",
    "kumpi vaan", "Olemme harkinneet sekä Leaderia että ESR+:aa, emmekä ole vielä päättäneet.",
])
def test_a_track_hedged_between_two_or_left_to_the_bot_is_asked(text):
    assert match_choice(text, TRACK, lang="fi", question="track") is None


@pytest.mark.parametrize("text, key", [("en tiedä", "notsure"), ("not sure", "notsure"),
                                       ("leader tai esr, en osaa sanoa kumpi", "notsure"),  # the two to choose from: not sure
                                       ("Leader", "leader"), ("esr", "esr")])
def test_a_plain_track_or_not_knowing_is_still_read(text, key):
    assert match_choice(text, TRACK, lang="fi", question="track") == key


def test_not_decided_yet_is_no_yes():
    text = "Emme ole vielä päättäneet, otetaanko mukaan ruotsalainen kumppanikoulu."
    assert match_choice(text, YES_NO, lang="fi", question="international") is None
