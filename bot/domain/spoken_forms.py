"""Spoken and dialect word forms typed as heard ("tuntie", "lauvantaita", "vuuven"), read as the standard word."""

from __future__ import annotations

import functools
import re

from .answer_words import load_words


@functools.lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str] | None:
    forms = load_words().spoken_forms
    if not forms:
        return None
    return re.compile(r"(?<![\w-])(" + "|".join(sorted(map(re.escape, forms), key=len, reverse=True)) + r")(?![\w-])", re.IGNORECASE)


def standard_forms(text: str) -> str:
    """``text`` with every whole spoken form ("kaheksan ihimistä, kuus tuntie päiväs") as its standard word."""
    pattern = _pattern()
    if pattern is None or not text:
        return text
    forms = load_words().spoken_forms
    return pattern.sub(lambda m: forms[m.group(1).lower()], text)
