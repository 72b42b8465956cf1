"""Numbers as people type them: ``12 000``, ``12.000,50``, ``12,000.50``, ``12,5`` -> Decimal."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

# A typo guard: nobody's village project costs a hundred million euros.
MAX_AMOUNT = Decimal("100000000")
CENT = Decimal("0.01")
_NUMBER = re.compile(r"^[0-9.,]+$")


def normalise_number(text: str) -> Decimal | None:
    """``12.000,50`` / ``12,000.50`` / ``12 000`` / ``12,5`` → Decimal, deciding which mark is the decimal one."""
    if not text or not _NUMBER.match(text) or not any(ch.isdigit() for ch in text):
        return None
    dots, commas = text.count("."), text.count(",")
    if dots and commas:
        # The later mark is the decimal separator; the other one groups thousands.
        decimal_mark = "." if text.rfind(".") > text.rfind(",") else ","
        group_mark = "," if decimal_mark == "." else "."
        if text.count(decimal_mark) > 1:
            return None
        head, tail = text.split(decimal_mark)
        if not valid_groups(head, group_mark):
            return None
        text = head.replace(group_mark, "") + "." + tail
    elif dots or commas:
        mark = "." if dots else ","
        parts = text.split(mark)
        if len(parts) > 2 or (len(parts) == 2 and len(parts[1]) == 3 and parts[0] not in ("", "0")):
            # 12.000 and 1.200.000 group thousands; so does 12,000 (nobody means 12 euros by it).
            if not valid_groups(text, mark):
                return None
            text = text.replace(mark, "")
        else:
            text = text.replace(mark, ".")
    try:
        return Decimal(text)
    except InvalidOperation:
        return None


def valid_groups(text: str, mark: str) -> bool:
    parts = text.split(mark)
    return bool(parts[0]) and len(parts[0]) <= 3 and all(len(p) == 3 for p in parts[1:])
