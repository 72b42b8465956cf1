"""Finnish actions said in a row without commas, a passive verb each: "ensin kartotetaan tarve sitten ostetaan auto …"."""

from __future__ import annotations

import re

from .understand_lists import _acts

# a word that only orders the steps or joins them: no part of a step
_ORDER = {"ensin", "eka", "ekaks", "aluksi", "sitten", "sitte", "sit", "ja", "sekä", "lopuks", "lopuksi", "lopulta", "vielä", "viel"}
# the dialect passive ("tehhään", "pietään") as well as the standard one
_SPOKEN_PASSIVE = re.compile(r"^\w+(?:hään|haan)$")


def passives_in_a_row(line: str) -> list[str] | None:
    """The steps of a line of three or more Finnish actions, each opened by a passive verb ("kartotetaan tarve", "ostetaan
    auto", "koulutetaan kuskit", "tehhään ajovuorolista"); None when the line has marks or fewer such steps."""
    words = line.strip().rstrip(".!").split()
    if not 6 <= len(words) <= 30 or re.search(r"[,;:!?()/+\"“”]|\.\s", line):
        return None
    parts: list[list[str]] = [[]]
    for word in words:
        lower = word.lower()
        if lower in _ORDER:
            continue
        if (_acts(lower) or _SPOKEN_PASSIVE.match(lower)) and parts[-1]:
            parts.append([])
        parts[-1].append(word)
    if len(parts) < 3 or not all(2 <= len(p) <= 6 for p in parts):
        return None
    if not all(_acts(p[0].lower()) or _SPOKEN_PASSIVE.match(p[0].lower()) for p in parts):
        return None  # the line must open with an action too: "kylätalolla järjestetään …" is one sentence
    return [" ".join(p) for p in parts]
