"""Working days: weekdays that are not public holidays (Finnish by default)."""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

import holidays

WEEKDAYS = (1, 2, 3, 4, 5)  # ISO: Monday … Friday


@lru_cache(maxsize=128)
def public_holidays(country: str, year: int) -> frozenset[date]:
    """Building the holiday table is slow (milliseconds); it is asked for on hot paths, so cache it."""
    return frozenset(holidays.country_holidays(country, years=year).keys())


def is_working_day(day: date, country: str | None = "FI", weekdays: tuple[int, ...] = WEEKDAYS) -> bool:
    """A listed weekday that is not a public holiday of ``country`` (None: no holidays)."""
    if day.isoweekday() not in weekdays:
        return False
    return country is None or day not in public_holidays(country, day.year)


def previous_working_day(day: date) -> date:
    """``day`` itself if it is a Finnish working day, else the closest one before it."""
    while not is_working_day(day):
        day -= timedelta(days=1)
    return day
