"""The guided /remind set-up as a pure step function: date → time → text → a reminder to save."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from .flows import Draft, Step, say
from .reminder_input import ReminderInputError, check_future, clean_text, parse_date, parse_time
from .reminders import to_local

FLOW = "remind"
DATE, TIME, TEXT = "date", "time", "text"
TIME_CHOICES = ("08:00", "09:00", "12:00", "16:00", "18:00")


@dataclass(frozen=True)
class RemindRequest:
    """A finished guided reminder: save it (the handler re-checks the right to)."""

    day: date
    at: time
    text: str
    due_at: datetime


def start(chat_id: int, user_id: int) -> Step:
    return Step(Draft(FLOW, chat_id, user_id, DATE), (say("reminders.remind.ask_date", ask=True),))


def _retry(draft: Draft, exc: ReminderInputError) -> Step:
    return Step(draft, (say(f"reminders.errors.{exc.code}_retry", ask=True, **exc.values),))


def _ask_time(draft: Draft, default: time) -> Step:
    return Step(draft, (say("reminders.remind.ask_time", buttons="times", default=default.strftime("%H:%M")),))


def on_text(draft: Draft, text: str, now: datetime, default: time) -> Step:
    """A typed answer at the draft's step."""
    try:
        if draft.step == DATE:
            day = parse_date(text)
            if day < to_local(now).date():
                raise ReminderInputError("in_past")
            return _ask_time(draft.at(TIME, day=day.isoformat()), default)
        if draft.step == TIME:
            return on_time(draft, parse_time(text), now)
        return _on_words(draft, text, now)
    except ReminderInputError as exc:
        return _retry(draft, exc)


def on_time(draft: Draft, at: time, now: datetime) -> Step:
    """A time, typed or from a button; refused when the reminder could no longer be sent."""
    if draft.step != TIME:
        return Step(draft, (say("reminders.flow.stale_step"),))
    try:
        check_future(date.fromisoformat(draft.data["day"]), at, now)
    except ReminderInputError as exc:
        code = "time_passed" if exc.code == "in_past" else exc.code
        return Step(draft, (say(f"reminders.errors.{code}_retry", buttons="times", **exc.values),))
    draft = draft.at(TEXT, time=at.strftime("%H:%M"))
    if draft.data.get("words"):  # the time had passed while the words were typed; they are kept
        return _on_words(draft, draft.data["words"], now)
    return Step(draft, (say("reminders.remind.ask_text", ask=True),))


def _on_words(draft: Draft, text: str, now: datetime) -> Step:
    words = clean_text(text)
    day, at = date.fromisoformat(draft.data["day"]), time.fromisoformat(draft.data["time"])
    try:
        due_at = check_future(day, at, now)
    except ReminderInputError as exc:
        # The moment passed while the words were being typed: ask the time again, keep the words.
        code = "time_passed" if exc.code == "in_past" else exc.code
        return Step(draft.at(TIME, words=words), (say(f"reminders.errors.{code}_retry", buttons="times", **exc.values),))
    return Step(None, result=RemindRequest(day, at, words, due_at))
