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
    assert understand_hours(text, lang="fi").value == Decimal(hours)


def test_a_per_volunteer_label_is_kept():
    assert understand_hours("Per volunteer:\n- building 20 h\n- painting 10 h", lang="en").value is None


# --- mended after the one run of the fresh pair 105-106 (tuned on it: no fresh figure) and after adversarial review 33 ---

from datetime import date  # noqa: E402

from bot.domain.understand_dates import understand_date  # noqa: E402
from bot.domain.understand_doubt import as_one_thing, says_nothing_yet  # noqa: E402
from bot.domain.understand_lists import split_items  # noqa: E402


def test_a_take_back_line_under_bullets_takes_the_thing_back():
    assert split_doubt("- vatsapenkki\n- leuanvetoteline\n- tasapainorata\nei sittenkää vatsapenkkiä") == [
        "leuanvetoteline", "tasapainorata"]


def test_leave_it_out_takes_the_thing_back():
    assert split_doubt("Loviisa town, Kabböle school, the parish. Actually leave the parish out, they said no") == [
        "Loviisa town", "Kabböle school"]


def test_a_laugh_after_the_last_thing_is_no_part_of_it():
    assert split_items("high water in spring, the Swedish side gets no funding, and mosquitoes haha")[-1] == "mosquitoes"


@pytest.mark.parametrize("text", ["no kaikkee tarpeellista mitä tuommosessa tilanteessa tarvitaan", "just everything to be prepared idk"])
def test_everything_needed_names_nothing_yet(text):
    assert says_nothing_yet(text, listing=True)


def test_a_goal_said_before_a_comma_list_of_clauses_is_no_part():
    assert split_doubt("Tavoitteena on, että ikäihmiset osaavat asioida verkossa, yksinäisyys vähenee ja vapaaehtoiset jaksavat.") == [
        "ikäihmiset osaavat asioida verkossa", "yksinäisyys vähenee", "vapaaehtoiset jaksavat"]


@pytest.mark.parametrize("text", ["Uusi katto, joka kestää lumen ja tuulen 🙂", "A new roof, which survives snow and wind :)",
                                  "Esteetön luiska, jotta pyörätuolilla ja rollaattorilla pääsee sisään!"])
def test_a_relative_clause_is_no_list(text):
    assert split_doubt(text) is None


def test_the_one_thing_button_saves_the_answer_without_its_bullet_or_mood():
    assert as_one_thing("- Uusi katto, joka kestää lumen ja tuulen 🙂") == "Uusi katto, joka kestää lumen ja tuulen"


@pytest.mark.parametrize("text, lang, hours", [
    ("kaks viikkoo arki-iltoina 3 h, 4 hlöä", "fi", 120), ("a week of weekdays, 2 volunteers, 4 hours a day", "en", 40),
    ("talkoisiin tulee viisi miestä kolmeksi viikoksi arkipäivisin neljä tuntia päivässä", "fi", 300),
    ("me and my mate Jussi, one week of weekdays, 6 hrs a day", "en", 60),
])
def test_weeks_of_weekdays_are_five_days_each(text, lang, hours):
    assert understand_hours(text, lang=lang).value == Decimal(hours)


@pytest.mark.parametrize("text, lang, hours", [
    ("8 people, 4 weekends (2 days), 6 hours a day", "en", 384),  # the days of each weekend, not a count of all days
    ("6 henkeä, 3 viikonloppua (2 päivää kerrallaan), 7 tuntia päivässä", "fi", 252),
    ("6 of us, two weekends (both days), 7 hours a day", "en", 168),
])
def test_days_per_weekend_are_not_taken_for_all_days(text, lang, hours):
    assert understand_hours(text, lang=lang).value == Decimal(hours)


@pytest.mark.parametrize("text", ["Joka lauantai koko kesän: 3 henkeä, 4 tuntia", "Kevät- ja syystalkoot: 12 henkeä, 4 tuntia",
                                  "Twice a month all year: 3 people, 2 hours", "Lauantai ja sunnuntai: 4 henkeä, 5 tuntia"])
def test_a_label_that_says_how_often_is_not_read_past(text):
    assert understand_hours(text, lang="fi").value is None


@pytest.mark.parametrize("text, start, end", [
    ("vuuen päästä alotuksesta pitäs olla valamista", date(2027, 4, 1), date(2028, 3, 31)),
    ("Vuoden päästä siitä aloituksesta pitäis olla kaikki valmista.", date(2027, 5, 1), date(2028, 4, 30)),
    ("kaks vuotta siitä alusta", date(2027, 3, 1), date(2029, 2, 28)),
])
def test_an_end_counted_from_the_start(text, start, end):
    reading = understand_date(text, role="end", today=date(2026, 12, 4), lang="fi", start=start)
    assert reading.value == end and reading.vague  # proposed


# --- mended after the one run of the fresh pair 107-108 (tuned on it: no fresh figure) ---

import sys as _sys  # noqa: E402
from pathlib import Path as _Path  # noqa: E402

from bot.domain.understand_choice_guess import read_choice  # noqa: E402
from bot.domain.understand_numbers import understand_amount  # noqa: E402

_sys.path.insert(0, str(_Path(__file__).parents[2] / "bench"))
import answers as _answers  # noqa: E402


def test_the_others_total_is_added_to_the_speakers_hours():
    reading = understand_hours("mie itse 60h ja muut yht 90h", lang="fi")
    assert reading.value == Decimal(150) and reading.doubt


def test_two_languages_before_one_noun_are_one_thing():
    assert split_doubt("Migrant girls 8-14 years, their mothers, local Finnish and Swedish speaking girls") == [
        "Migrant girls 8-14 years", "their mothers", "local Finnish and Swedish speaking girls"]


def test_an_ampersand_before_one_last_word_is_asked():
    assert split_doubt("Finström kommun, the village on saaremaa, Ålands natur & miljö") is not None  # offered, not saved


@pytest.mark.parametrize("text", ["emmää tiijä mitä tähän pittää laittaa", "vet inte.. en ymmärrä kysymystä", "en ymmärrä",
                                  "I dont understand the question"])
def test_not_understanding_the_question_is_asked_again(text):
    assert says_nothing_yet(text, listing=True)


@pytest.mark.parametrize("text, items", [("Ainoa hankinta on sähkömankeli.", ["sähkömankeli"]),
                                         ("Hyvä kysymys. Kylän asukkaat, kesäasukkaat sekä lähikylien väki.",
                                          ["Kylän asukkaat", "kesäasukkaat", "lähikylien väki"])])
def test_the_only_thing_and_a_good_question(text, items):
    assert split_items(text) == items


@pytest.mark.parametrize("text", ["Ei ole vielä selvää kumpi sopii paremmin",
                                  "I am not really sure, somebody told me ESR but our coach friend said Leader"])
def test_unsure_which_fund_is_proposed_as_not_sure(text):
    assert read_choice(text, _answers._options()["track"], lang="fi", question="track") == ("notsure", True)


@pytest.mark.parametrize("text, euros", [("särälautoi 20kpl ja yks maksaa 35e", 700), ("15 bicycles, one is around 450 euro", 6750)])
def test_a_count_then_what_one_costs(text, euros):
    reading = understand_amount(text, lang="fi")
    assert reading.value == Decimal(euros) and reading.doubt


def test_the_middle_of_a_month_in_the_elative():
    assert understand_date("huhtikuun puolivälistä", role="start", today=date(2026, 12, 4), lang="fi").value == date(2027, 4, 15)


# --- mended after the one run of the fresh pair 109-110 (tuned on it: no fresh figure) ---

def test_a_comma_lists_last_part_kept_whole_is_asked():
    assert split_doubt("residents, cottage owners, tourists and rescue services") == [
        "residents", "cottage owners", "tourists", "rescue services"]
    assert split_doubt("teline 3400, matot 1900, pallot ja muut 780") is None  # "and the rest", with a figure


def test_a_plan_to_be_specified_later_is_asked_again():
    assert says_nothing_yet("Kaikenlaista turvallisuutta edistävää toimintaa; suunnitelma tarkentuu myöhemmin.", listing=True)


@pytest.mark.parametrize("text, lang, hours", [
    ("Roughly 600 hours of voluntary work over the two years.", "en", 600), ("ehkä 200h? en oo iha varma", "fi", 200),
    ("Kaksi talkooviikkoa arkipäivisin, neljä henkilöä, viisi tuntia päivässä.", "fi", 200),
])
def test_hours_said_once_with_the_period_or_a_doubt(text, lang, hours):
    assert understand_hours(text, lang=lang).value == Decimal(hours)


def test_a_monthly_figure_over_two_years_still_multiplies():
    assert understand_hours("40 hours a month over the two years", lang="en").value == Decimal(960)
