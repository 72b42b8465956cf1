"""A pause typed as dots between things ("keinut... ja ne turva-alustat") and a closing "unohin" ("I forgot")."""

from __future__ import annotations

import re

# "…, keinut... ja ne turva-alustat", "…, trimmeri… ja auton vuokra": dots, then the next thing joined by "ja"/"and"
_PAUSE_AND = re.compile(r"(?<=\w)\s*(?:\.{2,}|…)\s+(?=(?:ja|and|sekä|plus)\s+(?!(?:niin\s+edelleen|muuta|muut|so\s+on|more|others|sen\s+sellast\w*|"
                        r"kaikkee|kaikkea|stuff|things|whatever|mitä\s+\w+)\b)\w)", re.IGNORECASE)  # not "… ja niin edelleen"
# "… ja ne turva-alustat unohin", "…, and the trailer i forgot": the forgetting said after the thing added
_FORGOT_AFTER = re.compile(r"(?<=\w)\s*,?\s+(?:unohin|unohdin|unohtu|unohtui|i\s+forgot|forgot)\W*$", re.IGNORECASE)


def pauses_as_commas(line: str) -> str:
    """One line of a comma list with its dotted pauses read as commas and a closing "unohin" left out; other lines as
    they are."""
    if not re.search(r",", line):
        return line
    if _PAUSE_AND.search(line):
        line = _PAUSE_AND.sub(", ", line)
        line = _FORGOT_AFTER.sub("", line).strip() or line
    return line
