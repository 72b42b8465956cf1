"""An answer as the readers expect it typed: a message in capitals read in small letters, "edit:" read as a correction.

"VIIS MIASTA KAHTENA LAUANTAINA KUUS TUNTIA" is read as "viis miasta kahtena lauantaina kuus tuntia"; "300h. edit: 260h"
as "300h, no wait, 260h". A list read from the small letters is given back in the person's own letters (``as_written``).
"""

from __future__ import annotations

import re

_EDIT = re.compile(r"\s*[.,;]?\s*\b(?:edit|muokk|korjaus)\s*:\s*", re.IGNORECASE)


def shouted(text: str) -> bool:
    """True for a message typed in capitals: at least eight letters, hardly any of them small."""
    letters = [c for c in text or "" if c.isalpha()]
    return len(letters) >= 8 and sum(c.islower() for c in letters) <= len(letters) // 10


def plainly(text: str) -> str:
    """``text`` in small letters if it was typed in capitals, with "edit:" as "no wait"."""
    if not text:
        return text
    said = text.lower() if shouted(text) else text
    return _EDIT.sub(", no wait, ", said) if "edit" in said.lower() or "korjaus:" in said.lower() else said


def as_written(text: str, items: list[str]) -> list[str]:
    """Items read from ``plainly(text)`` in the letters ``text`` was typed in: each found in order in the small-letter
    text and cut from the original at the same place (lowering keeps the length of the letters used here)."""
    if not shouted(text) or len(text.lower()) != len(text):
        return items
    lowered, start, out = text.lower(), 0, []
    for item in items:
        at = lowered.find(item, start)
        if at < 0:
            out.append(item.upper())
            continue
        out.append(text[at:at + len(item)])
        start = at + len(item)
    return out


__all__ = ["as_written", "plainly", "shouted"]
