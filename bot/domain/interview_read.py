"""How the interview reads an answer: the shared understanding functions, plus the interview's own readers
(a date range in one message, an ESR+ personnel row, several cost lines in one message).
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from typing import Mapping

from .parsing import (
    format_hours,
    is_keep,
    looks_like_question,
    match_choice,
    split_items,
    understand_amount,
    understand_date,
    understand_hours,
)

__all__ = [
    "format_hours", "is_keep", "looks_like_question", "match_choice", "split_items",
    "understand_amount", "understand_date", "understand_hours", "read_range", "read_staff_row",
    "read_cost_lines", "read_percent",
]

_RANGE = re.compile(r"\s+[–—-]\s+|\s*[–—]\s*|\s+(?:to|until|till|asti|saakka|-)\s+", re.IGNORECASE)


def read_range(text: str, *, today: date, lang: str):
    """``1.3.2027–28.2.2029`` or ``syksy 2027 - kesäkuu 2028``: (start reading, end reading), or None."""
    parts = [p for p in _RANGE.split(text.strip(), maxsplit=1) if p and p.strip()]
    if len(parts) != 2:
        return None
    start = understand_date(parts[0], role="start", today=today, lang=lang)
    end = understand_date(parts[1], role="end", today=today, lang=lang)
    if start is None or end is None or start.value is None or end.value is None:
        return None
    return start, end


def read_percent(text: str) -> int | None:
    """A whole percentage typed for the aid rate."""
    match = re.fullmatch(r"\s*(\d{1,3})\s*(?:%|prosenttia|prosentti|percent)?\s*", text or "", re.IGNORECASE)
    if not match:
        return None
    value = int(match.group(1))
    return value if 0 <= value <= 100 else None


_MONTHS = re.compile(r"(\d{1,3})\s*(?:kk\b|kuukau\w*|months?\b|mo\b|mths?\b|mos\b)", re.IGNORECASE)
_SHARE = re.compile(r"(\d{1,3})\s*(?:%|prosenttia)", re.IGNORECASE)
_FULL = re.compile(r"\b(?:full[- ]time|kokoaika\w*|täysiaika\w*)", re.IGNORECASE)
_HALF = re.compile(r"\b(?:half[- ]time|puoliaika\w*)", re.IGNORECASE)
_ROLE_END = re.compile(r"[\d,;:(]|\b(?:about|noin|n\.|approx\w*|ca\.?|for|at)\b", re.IGNORECASE)


def read_staff_row(text: str, *, lang: str) -> dict | None:
    """``projektikoordinaattori 24 kk 3500 €/kk 100 %`` → {role, months, per_month, share}; None if unclear."""
    share_match = _SHARE.search(text)
    share = int(share_match.group(1)) if share_match else 50 if _HALF.search(text) else 100
    rest = text[:share_match.start()] + " " + text[share_match.end():] if share_match else text
    rest = _FULL.sub(" ", _HALF.sub(" ", rest))
    role_end = _ROLE_END.search(rest)
    role = (rest[:role_end.start()] if role_end else "").strip(" ,.-–:")
    figures = rest[len(rest[:role_end.start()]):] if role_end else rest
    months = per_month = None
    reading = understand_amount(figures, lang=lang)
    if reading is not None and getattr(reading, "monthly", None):
        per_month, months = reading.monthly[0], int(reading.monthly[1])
    else:
        found = _MONTHS.search(figures)
        if found is None:
            return None
        months = int(found.group(1))
        money = figures[:found.start()] + " " + figures[found.end():]
        money = re.sub(r"(?:€|e|eur\w*)?\s*(?:/\s*(?:kk|kuukausi|kuu|month|mo)\b|a month|per month|kuukaudessa|kuussa)", " ", money,
                       flags=re.IGNORECASE)
        money = re.sub(r"\b(?:for|ajan|ajaksi)\b", " ", money, flags=re.IGNORECASE).strip(" ,.")
        amount = understand_amount(money, lang=lang)
        per_month = amount.value if amount is not None and not amount.monthly else None
    if per_month is None or months is None:
        return None
    if not (1 <= months <= 120 and 1 <= share <= 100 and per_month > 0):
        return None
    return {"role": role or "—", "months": months, "per_month": format(Decimal(per_month).normalize(), "f"), "share": share}


def read_cost_lines(text: str, labels: Mapping[str, list[str]], *, lang: str) -> dict[str, Decimal] | None:
    """Several cost lines in one message (``ostopalvelut 18 000, laitteet 9 000``); None unless every item names a line."""
    items = split_items(text)
    if len(items) < 2:
        return None
    found: dict[str, Decimal] = {}
    for item in items:
        match = re.match(r"^\s*([^\d]+?)[\s:=–-]*((?:noin|n\.|about|ca\.?)?\s*\d.*)$", item, re.IGNORECASE)
        if not match:
            return None
        key = match_choice(match.group(1), labels, lang=lang, question="cost_line")
        amount = understand_amount(match.group(2), lang=lang)
        if key is None or amount is None or amount.value is None or amount.doubt or key in found:
            return None  # a line said with doubt ("laitteet ehkä 12 000"): the lines are asked one by one
        found[key] = Decimal(amount.value)
    return found
