"""Thirteenth session, after sets 67-68: punctuation said to dictation, an end "in two years" counted from the
start, "14kpl a 120€", "twentyseven thousand"."""

from datetime import date
from decimal import Decimal

import pytest

from bot.domain.parsing import split_items, understand_amount, understand_date


@pytest.mark.parametrize("text, items", [
    ("Ikäihmiset pilkku pyörätuolilla liikkuvat pilkku lapsiperheet", ["Ikäihmiset", "pyörätuolilla liikkuvat", "lapsiperheet"]),
    ("language café comma family evenings comma job mentoring", ["language café", "family evenings", "job mentoring"]),
])
def test_commas_said_to_dictation_part_the_list(text, items):
    assert split_items(text) == items


def test_pilkku_inside_a_word_is_no_comma():
    assert split_items("pilkkuvirheiden korjaus") == ["pilkkuvirheiden korjaus"]


@pytest.mark.parametrize("text, start, end", [
    ("kahen vuojen päästä", date(2027, 6, 1), date(2029, 5, 31)),
    ("vuoden päästä siitä", date(2027, 6, 1), date(2028, 5, 31)),
    ("vuojen päästä", date(2027, 3, 1), date(2028, 2, 29)),
    ("in two years", date(2027, 6, 1), date(2029, 5, 31)),
])
def test_an_end_in_some_years_is_counted_from_the_start_and_proposed(text, start, end):
    reading = understand_date(text, role="end", today=date(2026, 12, 4), lang="fi", start=start)
    assert reading.value == end and reading.vague


def test_an_end_said_from_today_stays_from_today():
    reading = understand_date("kahden vuoden päästä tästä päivästä", role="end", today=date(2026, 12, 4), lang="fi",
                              start=date(2027, 6, 1))
    assert reading.value == date(2028, 12, 4) and reading.vague


@pytest.mark.parametrize("text, value", [("airot 14kpl a 120€", 1680), ("twentyseven thousand euros", 27000)])
def test_a_unit_price_typed_with_a_and_tens_run_into_ones(text, value):
    assert understand_amount(text, lang="fi").value == Decimal(value)
