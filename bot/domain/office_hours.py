"""Advisors' office hours: is someone in now, and if not, when do they start again."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from pydantic import BaseModel, Field, field_validator

from .workdays import is_working_day


class OfficeHours(BaseModel):
    """content/common/advisor.yaml"""

    timezone: str = "Europe/Helsinki"
    weekdays: list[int] = Field(min_length=1)
    opens: time
    closes: time
    public_holidays: str | None = "FI"
    retry_seconds: int = Field(default=60, ge=5, le=3600)

    @field_validator("weekdays")
    @classmethod
    def _iso(cls, value: list[int]) -> list[int]:
        if any(day < 1 or day > 7 for day in value):
            raise ValueError("weekdays are ISO numbers 1 (Monday) … 7 (Sunday)")
        return value

    @field_validator("timezone")
    @classmethod
    def _zone(cls, value: str) -> str:
        ZoneInfo(value)
        return value

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    def _working_day(self, day) -> bool:
        return is_working_day(day, self.public_holidays, tuple(self.weekdays))


@dataclass(frozen=True)
class Expectation:
    """``open_now``: advisors are in; otherwise ``next_open`` is when they start (local time)."""

    open_now: bool
    next_open: datetime
    closes: time


def expect_answer(hours: OfficeHours, now: datetime) -> Expectation:
    """When an advisor will next be at work, seen from ``now`` (aware, any zone)."""
    local = now.astimezone(hours.tz)
    if hours._working_day(local.date()) and hours.opens <= local.time() < hours.closes:
        return Expectation(True, local, hours.closes)
    day = local.date()
    if hours._working_day(day) and local.time() < hours.opens:
        return Expectation(False, datetime.combine(day, hours.opens, hours.tz), hours.closes)
    for _ in range(30):
        day += timedelta(days=1)
        if hours._working_day(day):
            return Expectation(False, datetime.combine(day, hours.opens, hours.tz), hours.closes)
    raise ValueError("no working day within 30 days; check advisor.yaml")
