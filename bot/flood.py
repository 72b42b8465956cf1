"""Flood control for the polling runner: a chat's lane and the rule that decides what joins it.

Plain Python, no Telegram calls: an identical repeat of an update the same person has waiting or
running is collapsed, and more than ``MAX_WAITING_PER_USER`` waiting updates from one person in one chat
are skipped (the runner records them as handled and tells the person once to slow down).
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field

from telegram import Update

MAX_WAITING_PER_USER = 8


def _signature(update: Update) -> tuple | None:
    """What makes two updates from one person "the same" (a repeated command, a double tap)."""
    if update.message is not None and update.message.text is not None:
        return ("text", update.message.text.strip())
    if update.callback_query is not None:
        query = update.callback_query
        return ("press", query.data, query.message.message_id if query.message else None)
    return None


@dataclass
class Lane:
    """One chat's updates, handled in order."""

    waiting: deque = field(default_factory=deque)
    current: Update | None = None
    task: asyncio.Task | None = None
    warned: set[int] = field(default_factory=set)


class FloodControl:
    """Decides whether an update joins its chat's lane; plain rules, no Telegram calls."""

    def __init__(self, max_waiting: int = MAX_WAITING_PER_USER) -> None:
        self.max_waiting = max_waiting

    def verdict(self, update: Update, lane: Lane) -> str:
        """"run", "repeat" (an identical one is waiting or running) or "flood" (too many waiting)."""
        user = update.effective_user
        signature = _signature(update)
        if user is None or signature is None:
            return "run"  # membership changes, migrations and the like are never skipped
        mine = [u for u in ([lane.current] if lane.current else []) + list(lane.waiting)
                if u.effective_user is not None and u.effective_user.id == user.id]
        if any(_signature(u) == signature for u in mine):
            return "repeat"
        if len(mine) >= self.max_waiting:
            return "flood"
        return "run"


