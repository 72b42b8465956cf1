"""A take-back in things said in a row without commas: "digitointi haastattelut kirja näyttely ei kun näyttely jätetään pois"."""

from __future__ import annotations

import re
from typing import Callable

from .understand_corrections import _MARK, corrected_items


def run_on_corrected(text: str, run_on: Callable[[str], list[str] | None]) -> list[str] | None:
    """The things left once the take-back is made, the run before it parted as ``run_on`` parts it ("kauppakyydit
    lääkärikyydit harrastuskyydit ei kun ne jätetään pois ja kirjastokyydit" -> kauppa-, lääkäri-, kirjastokyydit);
    None when the answer has commas before its take-back or the run does not part."""
    line = " ".join((text or "").split())
    if "\n" in (text or "").strip():
        return None
    mark = _MARK.search(line)
    if mark is None or not mark.group(0)[:1].isalpha():
        return None  # "gas price goes up; not enough volunteers": a mark after a stop opens a thing of its own
    before, after = line[:mark.start()].rstrip(), line[mark.start():]
    if re.search(r"[,;:.!?()]", before) or len(before.split()) < 3:
        return None
    parts = run_on(before)
    if not parts or len(parts) < 3:
        return None
    return corrected_items(", ".join(parts) + " " + after)
