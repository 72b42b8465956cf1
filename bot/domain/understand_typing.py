"""An answer as the readers expect it typed: a message in capitals read in small letters, "edit:" read as a correction.

"VIIS MIASTA KAHTENA LAUANTAINA KUUS TUNTIA" is read as "viis miasta kahtena lauantaina kuus tuntia"; "300h. edit: 260h"
as "300h, no wait, 260h". A list read from the small letters is given back in the person's own letters (``as_written``).
"""

from __future__ import annotations

import re

_EDIT = re.compile(r"\s*[.,;]?\s*\b(?:edit|muokk|korjaus)\s*:\s*", re.IGNORECASE)
# "no wait" in Latvian, Swedish and German: "around 4000, nē, 4500", "infotaulu - nej vänta, ei infotaulua"
_NO_WAIT = re.compile(r"(?<!\w)(?:nē(?!\w)|nej\s+vänta\b|nein(?:\s*,?\s*(?:wait|quatsch))?\b|(?:no\s+)?perd[oó]n\b|bebakhshid\b|"
                      r"wait\s+no\b)", re.IGNORECASE)


def shouted(text: str) -> bool:
    """True for a message typed in capitals: at least eight letters, hardly any of them small."""
    letters = [c for c in text or "" if c.isalpha()]
    return len(letters) >= 8 and sum(c.islower() for c in letters) <= len(letters) // 10


def plainly(text: str) -> str:
    """``text`` in small letters if it was typed in capitals, with "edit:" and "no wait" in other languages ("nē", "nein") as "no wait"."""
    if not text:
        return text
    said = text.lower() if shouted(text) else text
    said = _NO_WAIT.sub("no wait", said)
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


# a list dictated without commas: "ensinnäkin liiteri toiseksi klapikone kolmanneksi talkoot", "metsästysseura ja
# kalastuskunta no kalastuskunta ei sittenkään": a comma where the speaker's next item or take-back begins
_DICTATED_CUT = re.compile(r"\s+(?=(?:toiseksi|kolmanneksi|neljänneksi|viidenneksi|secondly|thirdly|fourthly|fifthly)\s)|"
                           r"\s+(?=no\s+\w+(?:\s+\w+)?\s+(?:ei\s+sittenkään|ei\s+sittenkää|pois|ei\s+tarvita)\b)", re.IGNORECASE)


# "the roof the windows and a small kitchen": things named each with its article, one after another
_ARTICLE_CHAIN = re.compile(r"^(?:the|a|an)\s+\w+(?:\s+(?:the|a|an)\s+\w+)+\s+and\s+(?:the|a|an)\s+\w+(?:\s+\w+)?\W*$", re.IGNORECASE)


def dictated(text: str) -> str:
    """``text`` with commas put in where a list dictated without any marks moves to its next item or takes one back."""
    if not text or re.search(r"[,;\n]", text):
        return text
    if _ARTICLE_CHAIN.match(text.strip()):
        return re.sub(r"(?<!\band)\s+(?=(?:the|a|an)\s)", ", ", text.strip(), flags=re.IGNORECASE)
    return _DICTATED_CUT.sub(", ", text)


__all__ = ["as_written", "dictated", "plainly", "shouted"]
