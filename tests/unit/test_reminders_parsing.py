"""The one-line form, typed dates and times, and how dates are shown."""

from __future__ import annotations

from datetime import date, time

import pytest

from bot.domain.reminder_input import (
    ReminderInputError,
    check_future,
    format_moment,
    parse_date,
    parse_one_line,
    parse_time,
)
from bot.domain.reminders import local_to_utc

NINE = time(9)


def test_one_line_with_time():
    parsed = parse_one_line("31.1.2027 09:00 Seurantatiedot Hyrrään", NINE)
    assert (parsed.day, parsed.at, parsed.text) == (date(2027, 1, 31), time(9), "Seurantatiedot Hyrrään")


@pytest.mark.parametrize("args, at, text", [
    ("31.1.2027 Seurantatiedot Hyrrään", time(9), "Seurantatiedot Hyrrään"),
    ("31.1.2027 14.30 Palaveri", time(14, 30), "Palaveri"),
    ("31.1.2027 klo 8.15 Palaveri", time(8, 15), "Palaveri"),
    ("31.1.27 7:05 Aamu", time(7, 5), "Aamu"),
    ("2027-01-31 3 kokousta   peräkkäin", time(9), "3 kokousta peräkkäin"),
])
def test_one_line_variants(args, at, text):
    parsed = parse_one_line(args, NINE)
    assert (parsed.day, parsed.at, parsed.text) == (date(2027, 1, 31), at, text)


@pytest.mark.parametrize("args, code", [
    ("huomenna Palaveri", "bad_date"),
    ("31.2.2027 Palaveri", "no_such_date"),
    ("31.1.2027 25:00 Palaveri", "bad_time"),
    ("31.1.2027 09:00", "no_text"),
    ("31.1.2027", "no_text"),
    ("", "no_date"),
    ("31.1.2027 " + "x" * 501, "too_long"),
])
def test_one_line_errors_have_codes(args, code):
    with pytest.raises(ReminderInputError) as caught:
        parse_one_line(args, NINE)
    assert caught.value.code == code


def test_html_in_text_is_kept_as_typed():
    assert parse_one_line("1.2.2027 <b>x</b> & y", NINE).text == "<b>x</b> & y"


def test_times_and_dates():
    assert parse_time("9:00") == time(9) and parse_time("klo 16.45") == time(16, 45)
    assert parse_date(" 1.2.2027 ") == date(2027, 2, 1)
    with pytest.raises(ReminderInputError):
        parse_time("9")


def test_past_moment_refused():
    now = local_to_utc(date(2027, 2, 1), time(9))  # a Monday
    with pytest.raises(ReminderInputError):
        check_future(date(2027, 2, 1), time(9), now)
    assert check_future(date(2027, 2, 1), time(9, 1), now) > now


def test_weekend_reminder_whose_friday_send_has_passed_is_refused_with_the_send_moment():
    now = local_to_utc(date(2027, 1, 22), time(10))  # Friday 10.00; Saturday 9.00 would go out Friday 9.00
    with pytest.raises(ReminderInputError) as caught:
        check_future(date(2027, 1, 23), time(9), now)
    assert caught.value.code == "send_day_passed"
    assert format_moment(caught.value.values["sent"], "fi") == "pe 22.1.2027 klo 9.00"
    # A later hour on Saturday still goes out on Friday, in the future: accepted.
    assert check_future(date(2027, 1, 23), time(12), now) == local_to_utc(date(2027, 1, 23), time(12))


@pytest.mark.parametrize("text", ["1.1.1900", "31.12.9999", "1.1.1999", "1.1.2101", "9999-01-01"])
def test_dates_outside_2000_2100_refused_with_the_range(text):
    with pytest.raises(ReminderInputError) as caught:
        parse_date(text)
    assert caught.value.code == "year_range" and caught.value.values == {"first": 2000, "last": 2100}


def test_finnish_and_english_formats():
    moment = local_to_utc(date(2027, 1, 31), time(9))
    assert format_moment(moment, "fi") == "su 31.1.2027 klo 9.00"
    assert format_moment(moment, "en") == "Sun 31 Jan 2027 at 09:00"
