"""An iCalendar (.ics) file of a chat's deadlines, with an alarm for each lead time.

A project milestone is a deadline for a whole day: an all-day event whose alarms go off at the
reminder's time of day, ``lead`` days before. A reminder of one's own is at a time: a timed event.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from icalendar import Alarm, Calendar, Event

from .reminders import Rule, to_local

_RRULE = {"weekly": "WEEKLY", "monthly": "MONTHLY", "yearly": "YEARLY"}
EVENT_MINUTES = 30


@dataclass(frozen=True)
class CalendarEntry:
    """One reminder as a calendar event; texts are plain (the caller has rendered them)."""

    uid: str
    title: str
    description: str
    rule: Rule
    all_day: bool = False


def _event(entry: CalendarEntry, alarm_text: str, now: datetime) -> Event:
    start = to_local(entry.rule.due_at)
    event = Event()
    event.add("uid", entry.uid)
    event.add("dtstamp", now)
    event.add("summary", entry.title)
    if entry.description:
        event.add("description", entry.description)
    if entry.all_day:
        event.add("dtstart", start.date())
        event.add("dtend", start.date() + timedelta(days=1))
        event.add("transp", "TRANSPARENT")  # a deadline does not make anyone busy all day
        # Relative to the day's start (00:00): "7 days before, at 9.00" is -7 days + 9 hours.
        at_time = timedelta(hours=start.hour, minutes=start.minute)
    else:
        event.add("dtstart", start)
        event.add("dtend", start + timedelta(minutes=EVENT_MINUTES))
        at_time = timedelta(0)
    if entry.rule.recurrence in _RRULE:
        event.add("rrule", {"freq": _RRULE[entry.rule.recurrence]})
    for lead in sorted(set(entry.rule.lead_days), reverse=True):
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", alarm_text)
        alarm.add("trigger", -timedelta(days=lead) + at_time)
        event.add_component(alarm)
    return event


def build_ics(entries: list[CalendarEntry], calendar_name: str, alarm_text: str, now: datetime) -> bytes:
    """A VCALENDAR with one VEVENT per entry in Helsinki time (VTIMEZONE included) and VALARMs."""
    cal = Calendar()
    cal.add("prodid", "-//Hankebotti//reminders//FI")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", calendar_name)
    cal.add("x-wr-timezone", "Europe/Helsinki")
    for entry in entries:
        cal.add_component(_event(entry, alarm_text, now))
    # Transitions from a year back to well past the last deadline keep the file small but complete.
    cal.add_missing_timezones(first_date=(now - timedelta(days=366)).date(), last_date=date(2038, 1, 1))
    return cal.to_ical()
