"""Reading numbers and dates the way people type them on a phone, in Finnish or English."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from .number_text import CENT, MAX_AMOUNT, normalise_number as _normalise_number
# Whole typed answers (the interview's entry points) are read in these modules; re-exported here.
from .understand_dates import DateReading, understand_date
from .understand_hours import HoursReading, format_hours, understand_hours
from .understand_numbers import AmountReading, understand_amount
from .understand_lists import split_items
from .understand_text import is_keep, looks_like_question, match_choice

_SPACES = re.compile(r"[\s\u00a0\u202f\u2009']+")
_CURRENCY = re.compile(r"(€|eur(?:o(?:a|t|n)?)?|e)$")
_PREFIX_CURRENCY = re.compile(r"^(€|eur)")


def parse_amount(text: str) -> Decimal | None:
    """Euros from ``12000``, ``12 000``, ``12 000 €``, ``12k``, ``12 000,50``, ``12.000 e``, ``€12,000``.

    Returns None for anything that is not one non-negative amount (including absurdly large ones).
    """
    if text is None:
        return None
    value = _SPACES.sub("", text.strip().lower())
    value = _PREFIX_CURRENCY.sub("", value)
    value = _CURRENCY.sub("", value)
    multiplier = Decimal(1)
    if value.endswith(("k", "t")):
        # 12k, 12 t (tuhatta)
        multiplier, value = Decimal(1000), value[:-1]
    elif value.endswith("tuhatta"):
        multiplier, value = Decimal(1000), value[: -len("tuhatta")]
    value = _CURRENCY.sub("", value)
    number = _normalise_number(value)
    if number is None:
        return None
    amount = (number * multiplier).quantize(CENT, rounding=ROUND_HALF_UP)
    if amount < 0 or amount > MAX_AMOUNT:
        return None
    return amount


def parse_hours(text: str) -> Decimal | None:
    """A count of hours: ``120``, ``120 h``, ``120 tuntia``, ``12,5``; at most a hundred thousand."""
    if text is None:
        return None
    value = _SPACES.sub("", text.strip().lower())
    value = re.sub(r"(h|t|tuntia|tunti|tuntis|hours?|hrs?)$", "", value)
    number = _normalise_number(value)
    if number is None or number < 0 or number > 100000:
        return None
    return number.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP).normalize()


def parse_percent(text: str) -> int | None:
    """A whole percentage from ``80``, ``80 %``, ``80%``, ``80 prosenttia``."""
    value = _SPACES.sub("", (text or "").strip().lower())
    value = re.sub(r"(%|prosenttia|prosentti|percent|pct)$", "", value)
    if not value.isdigit():
        return None
    number = int(value)
    return number if 0 <= number <= 100 else None


# -- dates -------------------------------------------------------------------------------------

_FI_MONTHS = ("tammi", "helmi", "maalis", "huhti", "touko", "kesä", "heinä", "elo", "syys", "loka", "marras", "joulu")
_EN_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
# "maaliskuu", "maaliskuussa", "maaliskuun", "maaliskuuta", "maalis" — every inflected form shares the stem.
_FI_MONTH_RE = re.compile(r"^(" + "|".join(_FI_MONTHS) + r")(kuu[a-zäö]*)?$")
_EN_MONTH_RE = re.compile(r"^(" + "|".join(_EN_MONTHS) + r")[a-z]*$")


@dataclass(frozen=True)
class ParsedDate:
    """A date and how precisely it was given (``day`` or ``month``)."""

    value: date
    precision: str


def _month_number(word: str) -> int | None:
    word = word.strip(".,").lower()
    match = _FI_MONTH_RE.match(word)
    if match:
        return _FI_MONTHS.index(match.group(1)) + 1
    match = _EN_MONTH_RE.match(word)
    if match and (len(word) <= 4 or calendar.month_name[_EN_MONTHS.index(match.group(1)) + 1].lower().startswith(word)):
        return _EN_MONTHS.index(match.group(1)) + 1
    return None


def _year(text: str) -> int | None:
    if not text.isdigit():
        return None
    year = int(text)
    if len(text) == 2:
        year += 2000
    elif len(text) != 4:
        return None
    return year if 2000 <= year <= 2100 else None


def _build(year: int | None, month: int | None, day: int | None, end: bool) -> ParsedDate | None:
    if year is None or month is None or not 1 <= month <= 12:
        return None
    if day is None:
        last = calendar.monthrange(year, month)[1]
        return ParsedDate(date(year, month, last if end else 1), "month")
    try:
        return ParsedDate(date(year, month, day), "day")
    except ValueError:
        return None


def parse_date(text: str, *, end: bool = False) -> ParsedDate | None:
    """``1.3.2027``, ``03/2027``, ``2027-03-01``, ``maaliskuu 2027``, ``maaliskuussa 2027``, ``March 2027``,
    ``1. maaliskuuta 2027``, ``1 March 2027``, ``March 1, 2027``.

    A month without a day means its first day, or its last day when ``end`` is set (an end date).
    """
    if not text:
        return None
    value = " ".join(text.strip().lower().replace(",", " ").split())
    value = re.sub(r"\s*([./-])\s*", r"\1", value)
    if value.endswith("."):
        value = value[:-1]
    match = re.fullmatch(r"(\d{1,2})[./](\d{1,2})[./](\d{2}|\d{4})", value)
    if match:
        return _build(_year(match.group(3)), int(match.group(2)), int(match.group(1)), end)
    match = re.fullmatch(r"(\d{4})-(\d{1,2})(?:-(\d{1,2}))?", value)
    if match:
        return _build(int(match.group(1)), int(match.group(2)), int(match.group(3)) if match.group(3) else None, end)
    match = re.fullmatch(r"(\d{1,2})[./](\d{4})", value)
    if match:
        return _build(_year(match.group(2)), int(match.group(1)), None, end)
    words = value.replace(".", " ").split()
    if 2 <= len(words) <= 4:
        year = _year(words[-1])
        rest = words[:-1]
        if year is None:
            return None
        if len(rest) == 1:
            return _build(year, _month_number(rest[0]), None, end)
        if len(rest) == 2:
            first, second = rest
            if first.isdigit() and _month_number(second):
                return _build(year, _month_number(second), int(first), end)
            if second.isdigit() and _month_number(first):
                return _build(year, _month_number(first), int(second), end)
    return None


__all__ = [
    "AmountReading", "DateReading", "HoursReading", "ParsedDate", "format_hours", "is_keep", "looks_like_question",
    "match_choice", "parse_amount", "parse_date", "parse_hours", "parse_percent", "split_items", "understand_amount",
    "understand_date", "understand_hours",
]
