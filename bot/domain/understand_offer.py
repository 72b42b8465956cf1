"""The parts a "one thing or several?" question offers, without the words that only count them ("then", "sitten")."""

from __future__ import annotations

import re

from .understand_lists import without_list_intro

# a word that says where a thing stands in a sequence, not the thing's own word: "then training days", "sit alotetaan ryhmät"
_SEQUENCE_LEAD = re.compile(r"^(?:(?:and|ja)\s+)?(?:then|and\s+then|after\s+that|finally|lastly|first|firstly|second|secondly|third|thirdly|"
                            r"fourth|fifth|toiseksi|kolmanneksi|neljänneksi|eka|ensin|aluksi|sit(?:te|ten)?|"
                            r"sen\s+jälkeen|seuraavaksi|lopuks(?:i)?|lopulta)\s*,?\s+(?=\w{2,})", re.IGNORECASE)


# "myö halutaa", "we wanna", "we would like to": a wish said once before the things wished
_WANT = re.compile(r"^(?:(?:me|myö|mä|mää|mie|we|i)\s+)?(?:halutaan|halutaa|haluamme|haluttais|haluttaisiin|want\s+to|wanna|"
                   r"would\s+like\s+to|'d\s+like\s+to)\s+(?=\w)", re.IGNORECASE)


def tidy_offer(parts: list[str] | None) -> list[str] | None:
    """``parts`` without a verb said once for all of them ("Hankitaan neljä tietokonetta, kuusi tablettia ja …") and with a
    sequence word taken off each part it opens, when at least two parts open with one."""
    parts = without_list_intro(parts) if parts else parts
    want = _WANT.match(parts[0]) if parts and len(parts) >= 2 else None
    if want and parts[0][want.end():].strip():
        parts = [parts[0][want.end():].strip(), *parts[1:]]  # "myö halutaa säilyttää … ja saaha …": the wish said once
    if parts and len(parts) >= 2:
        parts = [parts[0]] + [re.sub(r"^(?:ja|and|sekä|och)\s+(?=\w+\s+\w)", "", p, flags=re.IGNORECASE) for p in parts[1:]]  # "… arvioitu. Ja jos …", "…, and the rest is our own money": the "and" before the last
        parts = [parts[0]] + [_ADDED_LEAD.sub("", p, count=1) or p for p in parts[1:]]  # "…, sitten vielä ulkovalot pihalle"
    if not parts or len(parts) < 2 or sum(1 for p in parts if _SEQUENCE_LEAD.match(p)) < 2:
        return parts
    if any(re.match(r"first\s+aid\b", p, re.IGNORECASE) for p in parts):
        return parts  # "first aid course": a thing's own word
    return [_SEQUENCE_LEAD.sub("", p, count=1) or p for p in parts]


# a word that adds the next thing, not the thing's own: "sitten vielä …", "ja sitte …", "and also …", "plus …"
_ADDED_LEAD = re.compile(r"^(?:(?:ja|and)\s+)?(?:sit(?:te|ten)?|then|also|plus|lisäksi|myös|vielä|viel)(?:\s+(?:vielä|viel|vasta|also))?\s+(?=\w{3,})",
                         re.IGNORECASE)
_AND = re.compile(r"\s+(?:ja|sekä|and|och|&)\s+", re.IGNORECASE)
_NOT_A_PART = re.compile(r"(?:so\s+on|so\s+forth|niin\s+edelleen|yms|jne|etc|muuta|muut|more|others|other\s+stuff|stuff|other\s+things|"
                         r"kaikkee\s+muuta|kaikkea\s+muuta|sit\s+muuta\s+\w+|muuta\s+\w+)", re.IGNORECASE)


def loose_and_chain(line: str) -> list[str] | None:
    """"nuoret ja kesäasukkaat ja meiän omat soutajat", "safer mopeds and fewer accidents and like 30 regular kids": three
    or more things joined by "ja"/"and" alone, of any length; offered, as "Arts and crafts and music" is two."""
    if re.search(r"[,;:()]|[.!?]\s+\S", line):
        return None
    parts = [p.strip(" .!") for p in _AND.split(line.strip())]
    if not 3 <= len(parts) <= 6 or not all(1 <= len(p.split()) <= 10 for p in parts):
        return None
    if any(p.endswith("-") or _NOT_A_PART.fullmatch(p) for p in parts):
        return None  # "Lasten- ja nuortenkerho ja …", "koulutusta ja laitteita ja sit muuta tarpeellista": asked as said
    return parts
