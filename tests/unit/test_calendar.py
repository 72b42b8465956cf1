"""The .ics file: parses with icalendar, Helsinki times with a VTIMEZONE, one VALARM per lead time."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from icalendar import Calendar

from bot.domain.calendar import CalendarEntry, build_ics
from bot.domain.reminders import Rule, local_to_utc


def test_events_alarms_and_recurrence_round_trip():
    entries = [
        CalendarEntry("a@h", "Kylätalo: Seurantatiedot <2026>", "Hyrrässä 31.1. mennessä",
                      Rule(local_to_utc(date(2027, 1, 31), time(9)), "none", (14, 7, 1))),
        CalendarEntry("b@h", "Ohjausryhmä", "", Rule(local_to_utc(date(2027, 3, 1), time(17, 30)), "monthly", (0,))),
    ]
    data = build_ics(entries, "Hankkeen määräajat", "Määräaika lähestyy", datetime(2026, 12, 1, tzinfo=UTC))
    cal = Calendar.from_ical(data)
    assert str(cal["x-wr-calname"]) == "Hankkeen määräajat"
    assert [tz["tzid"] for tz in cal.walk("VTIMEZONE")] == ["Europe/Helsinki"]
    first, second = cal.walk("VEVENT")
    assert str(first["summary"]) == "Kylätalo: Seurantatiedot <2026>"
    assert first["dtstart"].dt.isoformat() == "2027-01-31T09:00:00+02:00"
    assert first["dtstart"].params["TZID"] == "Europe/Helsinki"
    assert sorted(a["trigger"].dt for a in first.walk("VALARM")) == [timedelta(days=-14), timedelta(days=-7), timedelta(days=-1)]
    assert "RRULE" not in first
    assert second["rrule"]["FREQ"] == ["MONTHLY"]
    assert second["dtend"].dt - second["dtstart"].dt == timedelta(minutes=30)


def test_summer_time_event_keeps_wall_clock():
    entry = CalendarEntry("c@h", "Kesäkokous", "", Rule(local_to_utc(date(2027, 6, 1), time(9)), "none", (0,)))
    cal = Calendar.from_ical(build_ics([entry], "x", "y", datetime(2027, 1, 1, tzinfo=UTC)))
    assert cal.walk("VEVENT")[0]["dtstart"].dt.isoformat() == "2027-06-01T09:00:00+03:00"


def test_empty_calendar_still_parses():
    cal = Calendar.from_ical(build_ics([], "x", "y", datetime(2027, 1, 1, tzinfo=UTC)))
    assert list(cal.walk("VEVENT")) == []


def test_deadline_is_an_all_day_event_with_alarms_at_the_reminder_time():
    rule = Rule(local_to_utc(date(2027, 1, 31), time(9)), "none", (14, 7, 1))
    entry = CalendarEntry("d@h", "Kylätalo: Seurantatiedot", "", rule, all_day=True)
    event = Calendar.from_ical(build_ics([entry], "x", "y", datetime(2026, 12, 1, tzinfo=UTC))).walk("VEVENT")[0]
    assert event["dtstart"].dt == date(2027, 1, 31) and not isinstance(event["dtstart"].dt, datetime)
    assert event["dtend"].dt == date(2027, 2, 1)
    assert str(event["transp"]) == "TRANSPARENT"
    # 14, 7 and 1 days before at 9.00: relative to the day's start (00:00).
    assert sorted(a["trigger"].dt for a in event.walk("VALARM")) == [
        timedelta(days=-14, hours=9), timedelta(days=-7, hours=9), timedelta(days=-1, hours=9)]
