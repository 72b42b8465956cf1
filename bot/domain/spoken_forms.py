"""Spoken and dialect word forms typed as heard ("tuntie", "lauvantaita", "vuuven"), read as the standard word."""

from __future__ import annotations

import functools
import re

from .answer_words import load_words


@functools.lru_cache(maxsize=4)
def _pattern(heard: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern for the spoken forms ``heard``, longest first (built once per word list)."""
    return re.compile(r"(?<![\w-])(" + "|".join(sorted(map(re.escape, heard), key=len, reverse=True)) + r")(?![\w-])", re.IGNORECASE)


def standard_forms(text: str) -> str:
    """``text`` with every whole spoken form ("kaheksan ihimistä, kuus tuntie päiväs") as its standard word, from the
    word lists in use (``answer_words.use_words``)."""
    forms = load_words().spoken_forms
    if not forms or not text:
        return text
    return _pattern(tuple(forms)).sub(lambda m: forms[m.group(1).lower()], text)
