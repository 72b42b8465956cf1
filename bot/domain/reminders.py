"""When reminders fire: occurrences, lead times, the working-day shift and Helsinki time.

Rules are defined in Europe/Helsinki wall-clock time (a reminder at 9.00 stays at 9.00 across the
daylight-saving change) and every computed moment is returned in aware UTC for storage.
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Iterable, Iterator
from zoneinfo import ZoneInfo

from .workdays import is_working_day, previous_working_day  # noqa: F401  (re-exported for callers)

HELSINKI = ZoneInfo("Europe/Helsinki")
RECURRENCES = ("none", "weekly", "monthly", "yearly")

# A slot can move earlier by its lead time and then by the working-day shift (Easter or Christmas
# plus a weekend is at most five days); the margin keeps the ordered search from stopping early.
_SHIFT_MARGIN = timedelta(days=10)
# After this point a cursor sorts after every slot at the same moment.
_AFTER_ALL = "9999-12-31"


# -- Helsinki time ---------------------------------------------------------------------------------


def local_to_utc(day: date, at: time) -> datetime:
    """A Helsinki wall-clock time as aware UTC.

    A time that does not exist (the hour skipped on the last Sunday of March) comes out an hour
    later; an ambiguous one (the hour repeated on the last Sunday of October) means the first of the two.
    """
    return datetime.combine(day, at.replace(tzinfo=None), tzinfo=HELSINKI).astimezone(UTC)


def to_local(moment: datetime) -> datetime:
    """An aware moment as Helsinki wall-clock time."""
    if moment.tzinfo is None:
        raise ValueError("naive datetime")
    return moment.astimezone(HELSINKI)


def end_of_local_day(moment: datetime) -> datetime:
    """The last instant of the Helsinki day that ``moment`` falls on, in UTC."""
    local = to_local(moment)
    return local_to_utc(local.date() + timedelta(days=1), time(0)) - timedelta(microseconds=1)


# -- calendar arithmetic -----------------------------------------------------------------------------


def _days_in_month(year: int, month: int) -> int:
    nxt = date(year + (month == 12), month % 12 + 1, 1)
    return (nxt - timedelta(days=1)).day


def add_months(day: date, months: int, *, keep_month_end: bool = False) -> date:
    """``day`` plus whole months; the 31st becomes the month's last day, and with ``keep_month_end``
    a month's last day stays a month's last day (28.2. + 2 months = 30.4.)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    last = _days_in_month(year, month)
    if keep_month_end and day.day == _days_in_month(day.year, day.month):
        return date(year, month, last)
    return date(year, month, min(day.day, last))


# -- rules, occurrences and slots ----------------------------------------------------------------


@dataclass(frozen=True)
class Rule:
    """A reminder's timing: first deadline (UTC), recurrence and lead times in days (0 = on the day)."""

    due_at: datetime
    recurrence: str = "none"
    lead_days: tuple[int, ...] = (0,)

    def __post_init__(self) -> None:
        if self.recurrence not in RECURRENCES:
            raise ValueError(f"unknown recurrence {self.recurrence!r}")
        if not self.lead_days or any(d < 0 for d in self.lead_days):
            raise ValueError("lead times must be zero or positive days")


@dataclass(frozen=True)
class Slot:
    """One message to send: the ``lead_days`` reminder of the occurrence whose deadline is ``deadline``."""

    fire_at: datetime
    occurrence: str
    lead_days: int
    deadline: datetime
    shifted: bool = field(default=False, compare=False)

    @property
    def key(self) -> tuple[datetime, str, int]:
        """Sort order of slots; also the cursor a reminder keeps of the last slot it handled."""
        return (self.fire_at, self.occurrence, -self.lead_days)

    @property
    def slot(self) -> str:
        """The slot's name in the sent-log (``14d``)."""
        return f"{self.lead_days}d"


Cursor = tuple[datetime, str, int]


def cursor_at(moment: datetime) -> Cursor:
    """A cursor after every slot that fires at or before ``moment``."""
    return (moment, _AFTER_ALL, 0)


def occurrence_deadline(rule: Rule, n: int) -> datetime:
    """The n-th (0-based) deadline of a rule, as Helsinki wall-clock time (aware)."""
    base = to_local(rule.due_at)
    day, at = base.date(), base.time()
    if n == 0 or rule.recurrence == "none":
        if n and rule.recurrence == "none":
            raise IndexError("a one-off reminder has one occurrence")
        target = day
    elif rule.recurrence == "weekly":
        target = day + timedelta(weeks=n)
    elif rule.recurrence == "monthly":
        target = add_months(day, n)
    else:
        target = add_months(day, 12 * n)
    return to_local(local_to_utc(target, at))


def is_occurrence(rule: Rule, occurrence: str) -> bool:
    """Whether ``occurrence`` (a Helsinki date, as in a button's payload) is one of the rule's deadlines."""
    try:
        day = date.fromisoformat(occurrence)
    except ValueError:
        return False
    base = to_local(rule.due_at).date()
    if day < base:
        return False
    if rule.recurrence == "none":
        return day == base
    if rule.recurrence == "weekly":
        return (day - base).days % 7 == 0
    months = (day.year - base.year) * 12 + day.month - base.month
    if rule.recurrence == "yearly" and months % 12:
        return False
    return add_months(base, months) == day


def occurrence_key(deadline_local: datetime) -> str:
    return deadline_local.date().isoformat()


def slots_of_occurrence(deadline_local: datetime, lead_days: Iterable[int]) -> list[Slot]:
    """The messages for one deadline, each moved to the previous working day when needed.

    When two lead times land on the same day after the shift, only the shorter one is kept.
    """
    deadline = deadline_local.astimezone(UTC)
    by_day: dict[date, Slot] = {}
    for lead in sorted(set(lead_days), reverse=True):
        planned = deadline_local.date() - timedelta(days=lead)
        fire_day = previous_working_day(planned)
        fire_at = local_to_utc(fire_day, deadline_local.time())
        by_day[fire_day] = Slot(fire_at, occurrence_key(deadline_local), lead, deadline, fire_day != planned)
    return sorted(by_day.values(), key=lambda s: s.key)


def _first_index(rule: Rule, moment: datetime) -> int:
    """An occurrence index at or before the first one whose deadline is not before ``moment``."""
    if rule.recurrence == "none":
        return 0
    base, local = to_local(rule.due_at).date(), to_local(moment).date()
    if local <= base:
        return 0
    if rule.recurrence == "weekly":
        n = (local - base).days // 7
    elif rule.recurrence == "monthly":
        n = (local.year - base.year) * 12 + local.month - base.month
    else:
        n = local.year - base.year
    return max(0, n - 1)


def iter_slots(rule: Rule, after: Cursor) -> Iterator[Slot]:
    """Every slot after the cursor, in order (endless for a recurring rule)."""
    # No slot fires after its deadline, so occurrences whose deadline is before the cursor are skipped.
    n = _first_index(rule, after[0])
    heap: list[tuple[tuple, Slot]] = []
    margin = timedelta(days=max(rule.lead_days)) + _SHIFT_MARGIN
    exhausted = False
    while True:
        # Pull occurrences until the next one cannot hold a slot earlier than the heap's smallest.
        while not exhausted:
            try:
                deadline = occurrence_deadline(rule, n)
            except IndexError:
                exhausted = True
                break
            if heap and deadline - margin > heap[0][1].fire_at:
                break
            for slot in slots_of_occurrence(deadline, rule.lead_days):
                if slot.key > after:
                    heapq.heappush(heap, (slot.key, slot))
            n += 1
        if not heap:
            return
        yield heapq.heappop(heap)[1]


def next_slot(rule: Rule, after: Cursor, skip_occurrences: Iterable[str] = ()) -> Slot | None:
    """The first slot after the cursor whose occurrence is not marked done."""
    skip = set(skip_occurrences)
    for index, slot in enumerate(iter_slots(rule, after)):
        if slot.occurrence not in skip:
            return slot
        if index > 10_000:  # a weekly rule with every occurrence done: stop looking
            return None
    return None


def due_slots(rule: Rule, after: Cursor, now: datetime, skip_occurrences: Iterable[str] = ()) -> list[Slot]:
    """Slots after the cursor that fire at or before ``now`` (more than one only after downtime)."""
    skip = set(skip_occurrences)
    found = []
    for slot in iter_slots(rule, after):
        if slot.fire_at > now:
            break
        if slot.occurrence not in skip:
            found.append(slot)
    return found


# -- what to do with due slots (after downtime) ---------------------------------------------------


@dataclass(frozen=True)
class Decision:
    slot: Slot
    status: str  # send, late, missed, skipped


def decide(slots: list[Slot], now: datetime, started_at: datetime, grace: timedelta) -> list[Decision]:
    """What to do with the due slots of one reminder.

    Per occurrence only the latest due slot is delivered (after downtime, the 14- and 7-day reminders
    both being due means one message, not two). It goes out normally when on time, marked late when it
    fell due while the bot was down (or is more than ``grace`` behind) and the deadline's day has not
    ended, and is recorded as missed otherwise. Earlier slots of the same occurrence are skipped.
    """
    latest: dict[str, Slot] = {}
    for slot in slots:
        if slot.occurrence not in latest or slot.key > latest[slot.occurrence].key:
            latest[slot.occurrence] = slot
    decisions = []
    for slot in sorted(slots, key=lambda s: s.key):
        if latest[slot.occurrence] is not slot:
            decisions.append(Decision(slot, "skipped"))
        elif now > end_of_local_day(slot.deadline):
            decisions.append(Decision(slot, "missed"))
        elif slot.fire_at < started_at or now - slot.fire_at > grace:
            decisions.append(Decision(slot, "late"))
        else:
            decisions.append(Decision(slot, "send"))
    return decisions


def parse_leads(text: str) -> tuple[int, ...]:
    """Lead times as stored (``14,7,0``), largest first."""
    return tuple(sorted({int(x) for x in text.split(",") if x.strip() != ""}, reverse=True)) or (0,)


def format_leads(leads: Iterable[int]) -> str:
    return ",".join(str(x) for x in sorted(set(leads), reverse=True))


# -- changes people make with buttons --------------------------------------------------------------


def with_recurrence(rule: Rule, recurrence: str) -> Rule:
    return Rule(rule.due_at, recurrence, rule.lead_days)


def with_lead(rule: Rule, days: int, on: bool) -> Rule:
    """The rule with one lead time set on or off; the day itself always stays (so a second tap changes nothing)."""
    leads = set(rule.lead_days) | {days} if on else set(rule.lead_days) - {days}
    return Rule(rule.due_at, rule.recurrence, tuple(sorted(leads | {0}, reverse=True)))


def next_deadline(rule: Rule, now: datetime, done: Iterable[str]) -> datetime | None:
    """The next deadline not yet passed nor done (for a one-off: its deadline while it is ahead)."""
    slot = next_slot(Rule(rule.due_at, rule.recurrence, (0,)), cursor_at(now), done)
    return slot.deadline if slot else None


def is_current_press(occurrence: str | None, of_message: str | None, latest_sent: str | None) -> bool:
    """Done or snooze may apply only to the occurrence the pressed message reminded of, and only to the
    newest one sent (a forged payload or an old week's message changes nothing)."""
    return occurrence is not None and occurrence == of_message == latest_sent
