"""Reminder timing as plain functions: recurrence, lead times, working-day shift, DST, late and missed."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest

from bot.domain.reminders import (
    Rule,
    cursor_at,
    decide,
    due_slots,
    is_occurrence,
    is_working_day,
    iter_slots,
    local_to_utc,
    next_slot,
    previous_working_day,
    slots_of_occurrence,
    to_local,
)
from bot.domain.reminder_input import snooze_moment


def hki(*args) -> datetime:
    return local_to_utc(date(*args[:3]), time(*args[3:]))


def local(moment: datetime) -> str:
    return to_local(moment).strftime("%Y-%m-%d %H:%M %z")


def first(rule: Rule, n: int, after: datetime) -> list[str]:
    out = []
    for slot in iter_slots(rule, cursor_at(after)):
        out.append(f"{local(slot.fire_at)} {slot.occurrence} {slot.lead_days}")
        if len(out) == n:
            break
    return out


# -- recurrence ---------------------------------------------------------------------------------

def test_one_off_has_a_single_slot():
    rule = Rule(hki(2027, 2, 3, 9, 0))
    assert first(rule, 5, hki(2027, 1, 1, 0, 0)) == ["2027-02-03 09:00 +0200 2027-02-03 0"]
    assert next_slot(rule, cursor_at(hki(2027, 2, 3, 9, 0))) is None


def test_weekly_keeps_wall_clock_and_skips_holidays():
    rule = Rule(hki(2027, 3, 17, 18, 0), "weekly")  # Wednesdays
    assert first(rule, 3, hki(2027, 3, 1, 0, 0)) == [
        "2027-03-17 18:00 +0200 2027-03-17 0",
        "2027-03-24 18:00 +0200 2027-03-24 0",
        "2027-03-31 18:00 +0300 2027-03-31 0",  # after the spring change: still 18.00 in Helsinki
    ]


def test_monthly_from_the_31st_clamps_each_month_from_the_original_day():
    rule = Rule(hki(2027, 1, 29, 9, 0), "monthly")  # 29th: February has none in 2027
    days = [s.split()[3] for s in first(rule, 4, hki(2027, 1, 1, 0, 0))]
    assert days == ["2027-01-29", "2027-02-28", "2027-03-29", "2027-04-29"]


def test_yearly_continues_from_a_late_cursor_without_walking_every_year():
    rule = Rule(hki(2027, 1, 29, 9, 0), "yearly")
    slot = next_slot(rule, cursor_at(hki(2040, 6, 1, 0, 0)))
    assert slot.occurrence == "2041-01-29"


def test_weekly_with_lead_time_longer_than_the_period_interleaves_in_order():
    rule = Rule(hki(2027, 2, 3, 9, 0), "weekly", (10, 0))
    gen = iter_slots(rule, cursor_at(hki(2027, 1, 1, 0, 0)))
    slots = [next(gen) for _ in range(6)]
    assert [s.fire_at for s in slots] == sorted(s.fire_at for s in slots)


# -- lead times and the working-day shift ----------------------------------------------------------

def test_lead_times_fire_before_the_deadline():
    slots = slots_of_occurrence(to_local(hki(2027, 3, 10, 9, 0)), (14, 7, 1, 0))  # Wednesday
    assert [(local(s.fire_at), s.lead_days, s.shifted) for s in slots] == [
        ("2027-02-24 09:00 +0200", 14, False),
        ("2027-03-03 09:00 +0200", 7, False),
        ("2027-03-09 09:00 +0200", 1, False),
        ("2027-03-10 09:00 +0200", 0, False),
    ]
    assert all(s.deadline == hki(2027, 3, 10, 9, 0) for s in slots)


def test_weekend_deadline_reminded_on_friday_and_deadline_stays():
    slots = slots_of_occurrence(to_local(hki(2027, 1, 31, 9, 0)), (0,))  # Sunday
    assert local(slots[0].fire_at) == "2027-01-29 09:00 +0200" and slots[0].shifted
    assert local(slots[0].deadline) == "2027-01-31 09:00 +0200"


def test_two_lead_times_on_the_same_shifted_day_send_one_message():
    # 1 day before Monday 1.2. is Sunday → Friday; 3 days before is Friday too.
    slots = slots_of_occurrence(to_local(hki(2027, 2, 1, 9, 0)), (3, 1, 0))
    assert [(to_local(s.fire_at).date().isoformat(), s.lead_days) for s in slots] == [("2027-01-29", 1), ("2027-02-01", 0)]


@pytest.mark.parametrize("day, expected", [
    (date(2027, 12, 24), date(2027, 12, 23)),  # Christmas Eve
    (date(2027, 12, 27), date(2027, 12, 27)),  # Monday after Christmas is a working day
    (date(2027, 12, 26), date(2027, 12, 23)),
    (date(2027, 3, 29), date(2027, 3, 25)),    # Easter Monday → Maundy Thursday
    (date(2027, 6, 26), date(2027, 6, 24)),    # Midsummer Day (Sat) and Eve (Fri)
    (date(2027, 12, 6), date(2027, 12, 3)),    # Independence Day on a Monday
    (date(2027, 1, 6), date(2027, 1, 5)),      # Epiphany
])
def test_finnish_public_holidays_move_to_the_previous_working_day(day, expected):
    assert previous_working_day(day) == expected
    assert is_working_day(expected)


# -- daylight saving -------------------------------------------------------------------------------

def test_spring_forward_last_sunday_of_march():
    before, after = hki(2027, 3, 26, 9, 0), hki(2027, 3, 29, 9, 0)
    assert before.hour == 7 and after.hour == 6  # +02:00 → +03:00
    # 3.30 does not exist on 28.3.2027: it is read as 4.30 summer time.
    assert local(hki(2027, 3, 28, 3, 30)) == "2027-03-28 04:30 +0300"


def test_fall_back_last_sunday_of_october():
    assert hki(2027, 10, 29, 9, 0).hour == 6 and hki(2027, 11, 1, 9, 0).hour == 7
    # 3.30 happens twice on 31.10.2027: the first (summer time) is meant.
    assert hki(2027, 10, 31, 3, 30) == datetime(2027, 10, 31, 0, 30, tzinfo=UTC)


def test_weekly_reminder_across_both_changes_stays_at_nine():
    rule = Rule(hki(2027, 3, 22, 9, 0), "weekly")
    gen = iter_slots(rule, cursor_at(hki(2027, 3, 1, 0, 0)))
    hours = {to_local(next(gen).fire_at).hour for _ in range(40)}
    assert hours == {9}


def test_snooze_is_the_next_working_day_at_the_reminders_time_even_over_the_change():
    assert local(snooze_moment(hki(2027, 1, 21, 15, 0), time(9))) == "2027-01-22 09:00 +0200"  # Thu → Fri
    assert local(snooze_moment(hki(2027, 1, 22, 15, 0), time(9))) == "2027-01-25 09:00 +0200"  # Fri → Mon
    # Saturday before Easter (28.3.2027, also the change to summer time) → Tuesday after Easter Monday.
    assert local(snooze_moment(hki(2027, 3, 27, 15, 0), time(9))) == "2027-03-30 09:00 +0300"


# -- after downtime ----------------------------------------------------------------------------------

GRACE = timedelta(minutes=15)


def test_on_time_slot_is_sent_normally():
    rule = Rule(hki(2027, 3, 10, 9, 0), "none", (7, 0))
    now = hki(2027, 3, 3, 9, 0) + timedelta(seconds=3)
    slots = due_slots(rule, cursor_at(hki(2027, 3, 1, 0, 0)), now)
    assert [(d.slot.lead_days, d.status) for d in decide(slots, now, started_at=hki(2027, 3, 1, 0, 0), grace=GRACE)] == [(7, "send")]


def test_downtime_sends_only_the_latest_slot_once_marked_late():
    rule = Rule(hki(2027, 3, 10, 9, 0), "none", (14, 7, 1, 0))
    started = now = hki(2027, 3, 9, 15, 0)  # down from before 24.2. until the afternoon of 9.3.
    slots = due_slots(rule, cursor_at(hki(2027, 2, 20, 0, 0)), now)
    assert [(d.slot.lead_days, d.status) for d in decide(slots, now, started, GRACE)] == [
        (14, "skipped"), (7, "skipped"), (1, "late")]


def test_due_slot_whose_day_passed_is_missed():
    rule = Rule(hki(2027, 3, 10, 9, 0))
    now = hki(2027, 3, 11, 0, 5)
    slots = due_slots(rule, cursor_at(hki(2027, 3, 1, 0, 0)), now)
    assert [d.status for d in decide(slots, now, now, GRACE)] == ["missed"]


def test_same_day_after_the_time_is_still_late_not_missed():
    rule = Rule(hki(2027, 3, 10, 9, 0))
    now = hki(2027, 3, 10, 23, 0)
    slots = due_slots(rule, cursor_at(hki(2027, 3, 1, 0, 0)), now)
    assert [d.status for d in decide(slots, now, now, GRACE)] == ["late"]


def test_weekly_downtime_each_occurrence_decided_on_its_own():
    rule = Rule(hki(2027, 3, 1, 9, 0), "weekly")
    now = hki(2027, 3, 15, 12, 0)
    slots = due_slots(rule, cursor_at(hki(2027, 2, 28, 0, 0)), now)
    assert [(d.slot.occurrence, d.status) for d in decide(slots, now, now, GRACE)] == [
        ("2027-03-01", "missed"), ("2027-03-08", "missed"), ("2027-03-15", "late")]


def test_done_occurrences_are_skipped():
    rule = Rule(hki(2027, 3, 1, 9, 0), "weekly")
    slot = next_slot(rule, cursor_at(hki(2027, 2, 1, 0, 0)), {"2027-03-01", "2027-03-08"})
    assert slot.occurrence == "2027-03-15"


def test_is_occurrence_checks_button_payloads():
    weekly = Rule(hki(2027, 3, 1, 9, 0), "weekly")
    assert is_occurrence(weekly, "2027-03-15") and not is_occurrence(weekly, "2027-03-16")
    assert not is_occurrence(weekly, "2027-02-22") and not is_occurrence(weekly, "2027-13-01")
    monthly = Rule(hki(2027, 1, 31, 9, 0), "monthly")
    assert is_occurrence(monthly, "2027-02-28") and not is_occurrence(monthly, "2027-02-27")
    yearly = Rule(hki(2027, 1, 31, 9, 0), "yearly")
    assert is_occurrence(yearly, "2029-01-31") and not is_occurrence(yearly, "2028-02-29")
