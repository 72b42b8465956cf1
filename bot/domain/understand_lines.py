"""Figures written one per line ("- stage building: 40 h", "2. Bus trips €1,800"): each line is read on its own,
then added up."""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal

from .number_text import prepare

_BULLET = re.compile(r"^\s*(?:[-–•*·]|\d{1,2}[.)])\s+")
_LABEL_FIRST = re.compile(r"^[^\d]*[a-zäöå]{3,}")
_TOTAL_LINE = re.compile(r"\b(?:yhteensä|yht\.|total|in\s+total|kaikkiaan|altogether|summa)\b|^\W*=")
# a word that makes a line an alternative, a part, an earlier figure or a bound, not one more item
NOT_ONE_MORE = (r"tai|or|vai|maybe|ehkä|perhaps|either|eiku|korjaus|sorry|actually|siitä|josta|joista|of\s+which|including|"
                r"sisältä\w*|viime|last|edellis\w*|previous|not\s+counted|ei\s+lasketa|half|puolet|osa|part|max|min|"
                r"vähintään|enintään|at\s+least|at\s+most|target|tavoite\w*")


def bullet_lines(text: str) -> list[str]:
    """The lines of ``text`` without bullets or numbering, blank lines dropped; [] when it is one plain line."""
    lines = [_BULLET.sub("", line).strip() for line in text.splitlines()]
    lines = [line for line in lines if line]
    if len(lines) == 1 and not _BULLET.match(text.strip()):
        return []
    return lines


def add_up_lines(lines: list[str], read: Callable[[str], Decimal | None], *, figure: re.Pattern,
                 not_one_more: re.Pattern) -> tuple[Decimal, tuple[Decimal, ...]] | None | bool:
    """Named items on lines of their own, each with its ``figure``, added up (a line saying the total must agree).

    Returns (total, parts); False when the lines are such a list but cannot be added (the bot asks); None when the
    lines are not such a list (they are then read as one answer)."""
    figured = [line for line in lines if re.search(r"\d", prepare(line))]
    if len(figured) < 2 or not all(figure.search(prepare(line)) and _LABEL_FIRST.match(prepare(line)) for line in figured):
        return None
    totals = [line for line in figured if _TOTAL_LINE.search(prepare(line))]
    items = [line for line in figured if line not in totals]
    if len(totals) > 1 or len(items) < 2 or any(not_one_more.search(prepare(line)) for line in lines):
        return False
    values = [read(line) for line in items]
    if any(value is None for value in values):
        return False
    total = sum(values, Decimal(0))
    if totals and read(totals[0]) != total:
        return False
    return total, tuple(values)
