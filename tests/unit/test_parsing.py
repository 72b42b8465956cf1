"""Amounts, hours, percentages and dates typed the way people type them."""

from datetime import date
from decimal import Decimal

import pytest

from bot.domain.parsing import parse_amount, parse_date, parse_hours, parse_percent


@pytest.mark.parametrize("text, expected", [
    ("12000", "12000"), ("12 000", "12000"), ("12 000 €", "12000"), ("12k", "12000"), ("12 K", "12000"),
    ("12 000,50", "12000.50"), ("12.000 e", "12000"), ("12.000,50 €", "12000.50"), ("12,000.50", "12000.50"),
    ("€12,000", "12000"), ("12 000 euroa", "12000"), ("12\u00a0000\u00a0€", "12000"), ("12,5k", "12500"),
    ("1.200.000", "1200000"), ("0", "0"), ("12.5", "12.50"), ("99,99", "99.99"), ("12 000 eur", "12000"),
])
def test_amounts(text, expected):
    assert parse_amount(text) == Decimal(expected)


@pytest.mark.parametrize("text", ["", "   ", "abc", "-5", "12..0", "1e5", "12,00,0", "12 000 000 000", "tuhat", "€", "12 000 dollars"])
def test_amounts_rejected(text):
    assert parse_amount(text) is None


def test_hours_and_percent():
    assert parse_hours("120 h") == Decimal("120")
    assert parse_hours("12,5 tuntia") == Decimal("12.5")
    assert parse_hours("lots") is None
    assert parse_percent("80 %") == 80 and parse_percent("80%") == 80 and parse_percent("65") == 65
    assert parse_percent("101") is None and parse_percent("eighty") is None


@pytest.mark.parametrize("text, expected, precision", [
    ("1.3.2027", date(2027, 3, 1), "day"),
    ("01.03.2027", date(2027, 3, 1), "day"),
    ("1.3.27", date(2027, 3, 1), "day"),
    ("03/2027", date(2027, 3, 1), "month"),
    ("3.2027", date(2027, 3, 1), "month"),
    ("2027-03-15", date(2027, 3, 15), "day"),
    ("maaliskuu 2027", date(2027, 3, 1), "month"),
    ("maaliskuussa 2027", date(2027, 3, 1), "month"),
    ("maaliskuun 2027", date(2027, 3, 1), "month"),
    ("Maaliskuuta 2027", date(2027, 3, 1), "month"),
    ("1. maaliskuuta 2027", date(2027, 3, 1), "day"),
    ("joulukuussa 2027", date(2027, 12, 1), "month"),
    ("March 2027", date(2027, 3, 1), "month"),
    ("Mar 2027", date(2027, 3, 1), "month"),
    ("1 March 2027", date(2027, 3, 1), "day"),
    ("March 1, 2027", date(2027, 3, 1), "day"),
])
def test_dates(text, expected, precision):
    parsed = parse_date(text)
    assert parsed.value == expected and parsed.precision == precision


def test_month_only_end_dates_mean_the_last_day():
    assert parse_date("helmikuu 2028", end=True).value == date(2028, 2, 29)
    assert parse_date("02/2029", end=True).value == date(2029, 2, 28)
    assert parse_date("1.3.2027", end=True).value == date(2027, 3, 1)


@pytest.mark.parametrize("text", ["", "next spring", "31.2.2027", "13/2027", "xyz 2027", "maaliskuu", "1.3.1899", "Marchy 2027"])
def test_dates_rejected(text):
    assert parse_date(text) is None
