"""The reminders feature's buttons: one codec class for saved reminders, one for the set-up flows."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from bot.callback_data import CallbackData


@dataclass(frozen=True)
class ReminderButton(CallbackData, prefix="rem"):
    """A saved reminder's button, or a list action (``new``, ``prj``, ``ics`` with reminder 0).

    ``arg``: the occurrence (``2027-01-31``) for done/snz, the recurrence letter for rec, the lead
    time with the state it sets for lead (``7+``, ``7-``)."""

    action: Literal["done", "snz", "del", "rec", "lead", "ok", "new", "prj", "ics"]
    reminder_id: int = 0
    arg: str | None = None


@dataclass(frozen=True)
class FlowButton(CallbackData, prefix="rf"):
    """A button inside /remind or /project; ``owner`` is the person whose set-up it belongs to."""

    flow: Literal["remind", "project"]
    action: Literal["time", "funding", "skip", "period", "toggle", "page", "view", "dates", "ok", "cancel"]
    owner: int
    arg: str | None = None


RECURRENCE_CODES = {"n": "none", "w": "weekly", "m": "monthly", "y": "yearly"}
