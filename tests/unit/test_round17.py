"""Seventeenth session: what a reading passed over is shown for a tap; another button named is read back; an end in
"the following year"; day ordinals in words; a thing taken back or put right inside a one-line list."""

import re
from datetime import date

import pytest

from bot.domain.understand_check import needs_check, novel_words
from bot.domain.understand_choice_guess import read_choice
from bot.domain.understand_dates import understand_date
from bot.domain.understand_doubt import says_nothing_yet, split_doubt
import bot.domain.interview  # noqa: F401  (interview_steps is imported through it)
from bot.domain.interview_steps import reads_back
from bot.domain.understand_lists import split_items
from bot.domain.understand_takeback import taken_back_list

from .choice_options import KIND

TODAY = date(2026, 12, 4)


@pytest.mark.parametrize("text, kind, novel", [
    ("kolmesti viikkosen 4 tuntsaa", "hours", ["viikkosen", "tuntsaa"]),
    ("kahdeskymmenesseiskas maaliskuuta", "date", ["kahdeskymmenesseiskas"]),
    ("Budjetti on noin kolmenkymmenentuhannen euron tietämillä", "amount", ["kolmenkymmenentuhannen"]),
])
def test_a_value_word_the_readers_never_met_is_shown_for_a_tap(text, kind, novel):
    assert novel_words(text) == novel
    assert needs_check(text, kind)


@pytest.mark.parametrize("text, kind", [
    ("30 000 €", "amount"), ("noin 30 tonnia", "amount"), ("maaliskuussa 2027", "date"), ("kesäkuun loppuun 2028", "date"),
    ("6 päivää, 10 henkeä 6 tuntia", "hours"), ("kahdeskymmenestoinen helmikuuta 2027", "date"), ("kolmesataa tuntia", "hours"),
])
def test_plain_answers_are_saved_at_once(text, kind):
    assert not needs_check(text, kind)


def test_a_choice_that_names_another_button_too_is_read_back():
    key, read_back = read_choice("its training mostly, kids learn boat building", KIND, lang="en", question="leader_type")
    assert read_back
    assert read_choice("koulutushanke", KIND, lang="fi", question="leader_type") == ("training", False)


@pytest.mark.parametrize("text, start, expect", [
    ("Seuraavan vuoden toukokuun loppuun", date(2027, 4, 12), date(2028, 5, 31)),
    ("At the end of the following year.", date(2027, 6, 1), date(2028, 12, 31)),
])
def test_an_end_in_the_following_year_is_the_year_after_the_start_proposed(text, start, expect):
    reading = understand_date(text, role="end", today=TODAY, lang="fi", start=start)
    assert (reading.value, reading.vague) == (expect, True)


@pytest.mark.parametrize("text, expect", [
    ("Kahdeskymmenestoinen helmikuuta 2027", date(2027, 2, 22)),
    ("maaliskuun kahdeskymmenesviides päivä 2027", date(2027, 3, 25)),
    ("tammikuun viijestoista", date(2027, 1, 15)),
    ("kahdentenakymmenentenäkolmantena maaliskuuta 2027", date(2027, 3, 23)),
])
def test_a_day_said_as_an_ordinal_word(text, expect):
    assert understand_date(text, role="start", today=TODAY, lang="fi").value == expect


@pytest.mark.parametrize("text, items", [
    ("bikes, helmets, one laptop, no actually laptop we have already, and bike trailer", ["bikes", "helmets", "bike trailer"]),
    ("Astianpesukone, liesi, jääkaappi, ei ku jääkaappi meillä jo on, siis vaan astianpesukone ja liesi", ["Astianpesukone", "liesi"]),
    ("40 kids participate, 10 families, no, 15 families, new friendships", ["40 kids participate", "15 families", "new friendships"]),
    ("Asikkalan kunta, Päijänne-Leader?? ei ku se on rahottaja, Kurkisalmen nuorisoseura ja avantouintiseura Hyytävät",
     ["Asikkalan kunta", "Kurkisalmen nuorisoseura", "avantouintiseura Hyytävät"]),
    ("bats, helmets, gloves - gloves cancel, they are cheap, we buy from club money - and balls", ["bats", "helmets", "balls"]),
    ("Induktiosilmukka, pyörätuolinostin, ei kun nostinta ei tarvita, luiska riittää. Sitten vielä kaiteet.",
     ["Induktiosilmukka", "kaiteet"]),
    ("renovation, no wait, the renovation is a separate thing, so just: open workshops, courses", ["open workshops", "courses"]),
])
def test_a_thing_taken_back_in_a_one_line_list_is_left_out_and_shown_for_a_tap(text, items):
    assert taken_back_list(text) == items
    assert split_doubt(text) == items  # shown as "these N things?" before anything is noted


def test_a_thing_put_in_anothers_place():
    text = "Kangasala city library, the school, Sahalahti sports club... no wait not the sports club, the Martta club"
    assert taken_back_list(text) == ["Kangasala city library", "the school", "the Martta club"]


@pytest.mark.parametrize("text", [
    "mothers have no time, no babysitter, language problems", "sähkö kallis, ei tule lunta, talkooväki vähän",
    "astiat, kahvinkeitin, ei ku se iso kahvinkeitin",
])
def test_a_no_that_is_a_thing_or_a_thing_put_better_is_not_a_take_back(text):
    result = taken_back_list(text)
    assert result is None or len(result) >= 2 and not any(re.match(r"(?:no|ei)\b", item) for item in result[:1])
    assert split_items("mothers have no time, no babysitter, language problems") == [
        "mothers have no time", "no babysitter", "language problems"]


@pytest.mark.parametrize("text, items", [
    ("teline 3400, matot 1900, pallot ja muut 780", ["teline 3400", "matot 1900", "pallot ja muut 780"]),
    ("weather, illness, volunteers get tired or money", ["weather", "illness", "volunteers get tired", "money"]),
])
def test_or_and_the_rest_inside_the_last_thing(text, items):
    assert split_items(text) == items


def test_work_or_study_is_one_result():
    """Two counted results are read as two (and read back before noting), the "or" inside the second."""
    text = "30 mothers take part, 5 get job or study place"
    assert split_doubt(text) is None
    assert split_items(text) == ["30 mothers take part", "5 get job or study place"]
    assert reads_back(text, split_items(text))


@pytest.mark.parametrize("text", ["hmm, I will think about this and come back!", "mietin tätä ja palaan asiaan",
                                  "kysyn hallitukselta ja palaan"])
def test_coming_back_later_names_nothing_yet(text):
    assert says_nothing_yet(text, listing=True)
