"""What people type for reminders (dates, times, the one-line form) and how moments are shown to them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from babel.dates import format_date

from . import dates
from .reminders import Rule, cursor_at, local_to_utc, next_slot, to_local
from .workdays import is_working_day

MAX_TEXT = 500
# Dates outside these years are typing mistakes (1.1.1900, 9999): refused with the reason.
FIRST_YEAR, LAST_YEAR = 2000, 2100

_DATE_RE = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})$")
_ISO_RE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_TIME_RE = re.compile(r"^(?:klo\s*)?(\d{1,2})(?:[:.](\d{2}))$", re.IGNORECASE)


class ReminderInputError(ValueError):
    """A user's date, time or text that cannot be used; ``code`` names the friendly explanation,
    ``values`` fill its placeholders."""

    def __init__(self, code: str, **values: object) -> None:
        super().__init__(code)
        self.code = code
        self.values = values


def parse_date(text: str) -> date:
    """``31.1.2027`` (also ``31.1.27`` and ``2027-01-31``), between the years 2000 and 2100."""
    text = text.strip().rstrip(",")
    match = _DATE_RE.match(text)
    if match:
        day, month, year = (int(g) for g in match.groups())
        if year < 100:
            year += 2000
    else:
        match = _ISO_RE.match(text)
        if not match:
            raise ReminderInputError("bad_date")
        year, month, day = (int(g) for g in match.groups())
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise ReminderInputError("year_range", first=FIRST_YEAR, last=LAST_YEAR)
    try:
        return date(year, month, day)
    except ValueError:
        raise ReminderInputError("no_such_date") from None


def parse_time(text: str) -> time:
    """``9:00``, ``09.00`` or ``klo 9.00``."""
    match = _TIME_RE.match(text.strip())
    if not match:
        raise ReminderInputError("bad_time")
    hour, minute = int(match.group(1)), int(match.group(2) or 0)
    if hour > 23 or minute > 59:
        raise ReminderInputError("bad_time")
    return time(hour, minute)


def clean_text(text: str, limit: int = MAX_TEXT) -> str:
    """A reminder's own words: whitespace tidied, not empty, not too long."""
    text = " ".join(text.split())
    if not text:
        raise ReminderInputError("no_text")
    if len(text) > limit:
        raise ReminderInputError("too_long")
    return text


@dataclass(frozen=True)
class OneLine:
    day: date
    at: time
    text: str


def parse_one_line(args: str, default_time: time) -> OneLine:
    """``31.1.2027 09:00 Seurantatiedot Hyrrään``: date, optional time (default ``default_time``), text."""
    tokens = args.split()
    if not tokens:
        raise ReminderInputError("no_date")
    day = parse_date(tokens[0])
    rest = tokens[1:]
    at = default_time
    if rest and rest[0].lower() == "klo" and len(rest) > 1:
        at, rest = parse_time(rest[1]), rest[2:]
    elif rest and re.match(r"^\d{1,2}[:.]\d{2}$", rest[0]):
        at, rest = parse_time(rest[0]), rest[1:]
    return OneLine(day, at, clean_text(" ".join(rest)))


def check_future(day: date, at: time, now: datetime) -> datetime:
    """The moment as UTC, refusing one that has passed, or one whose only message would go out in the past
    (a Saturday's reminder is sent on Friday: at 10.00 on Friday, Saturday 9.00 can no longer be sent)."""
    moment = local_to_utc(day, at)
    if moment <= now:
        raise ReminderInputError("in_past")
    if next_slot(Rule(moment), cursor_at(now)) is None:
        first = next_slot(Rule(moment), cursor_at(moment - timedelta(days=30)))
        raise ReminderInputError("send_day_passed", sent=first.fire_at if first else moment)
    return moment


def snooze_moment(now: datetime, at: time) -> datetime:
    """"Remind tomorrow": the next working day (Helsinki; weekends and holidays skipped) at ``at``."""
    day = to_local(now).date() + timedelta(days=1)
    while not is_working_day(day):
        day += timedelta(days=1)
    return local_to_utc(day, at)


def days_before(slot_fire_at: datetime, deadline: datetime) -> int:
    """Whole calendar days from the (possibly shifted) sending day to the deadline, in Helsinki."""
    return (to_local(deadline).date() - to_local(slot_fire_at).date()).days


# -- showing dates to people -----------------------------------------------------------------------


def format_day(moment: datetime | date, lang: str, weekday: bool = True) -> str:
    """``la 31.1.2027`` in Finnish, ``Sat 31 Jan 2027`` in English (moments shown in Helsinki time)."""
    day = to_local(moment).date() if isinstance(moment, datetime) else moment
    if lang == "fi":
        text = dates.format_date(day, "fi")
        return f"{format_date(day, 'EEEEEE', locale='fi')} {text}" if weekday else text
    return format_date(day, "EEE d MMM y" if weekday else "d MMM y", locale="en")


def format_time(moment: datetime, lang: str) -> str:
    """``9.00`` in Finnish, ``09:00`` in English (Helsinki time)."""
    local = to_local(moment)
    return f"{local.hour}.{local.minute:02d}" if lang == "fi" else f"{local.hour:02d}:{local.minute:02d}"


def format_moment(moment: datetime, lang: str) -> str:
    """``la 31.1.2027 klo 9.00`` / ``Sat 31 Jan 2027 at 09:00``."""
    joiner = "klo" if lang == "fi" else "at"
    return f"{format_day(moment, lang)} {joiner} {format_time(moment, lang)}"
