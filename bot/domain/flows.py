"""Multi-step set-ups as pure step functions over a stored draft (no Telegram): the flow pattern.

A handler loads the draft of (flow, chat, person), calls the flow's step function with the typed
text or the pressed button, saves the returned draft (or deletes it) and only then sends the
returned prompts. Nothing lives in memory between two messages, so a restart loses nothing.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import Any

# A draft untouched this long is not continued: the person is told and starts again.
EXPIRES_AFTER = timedelta(hours=24)


@dataclass(frozen=True)
class Draft:
    """One unfinished set-up: which flow, for which chat, by whom, at which step, with what so far."""

    flow: str
    chat_id: int
    user_id: int
    step: str
    data: dict[str, Any] = field(default_factory=dict)
    updated_at: datetime | None = None

    def at(self, step: str, **changes: Any) -> "Draft":
        """The draft moved to ``step`` with ``changes`` merged into its data."""
        return replace(self, step=step, data={**self.data, **changes})

    def data_json(self) -> str:
        return json.dumps(self.data, ensure_ascii=False, sort_keys=True)


@dataclass(frozen=True)
class Prompt:
    """Something to say: a content key with its values, and the name of the keyboard to show (if any)."""

    key: str
    values: dict[str, Any] = field(default_factory=dict)
    buttons: str | None = None
    ask: bool = False  # a question the person answers by typing (a reply prompt in groups)


@dataclass(frozen=True)
class Step:
    """A step function's answer: the draft to save (None: finished or cancelled, delete it),
    what to say, and the finished result for the handler to save (``None`` while unfinished)."""

    draft: Draft | None
    say: tuple[Prompt, ...] = ()
    result: Any = None
    edit: bool = False  # replace the pressed message rather than send a new one


def say(key: str, buttons: str | None = None, ask: bool = False, **values: Any) -> Prompt:
    return Prompt(key, values, buttons, ask)


def is_expired(draft: Draft, now: datetime, max_age: timedelta = EXPIRES_AFTER) -> bool:
    """Whether the draft was left too long ago to be continued."""
    return draft.updated_at is not None and now - draft.updated_at > max_age
