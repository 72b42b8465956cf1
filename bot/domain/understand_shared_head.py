"""Two things sharing one head word: "kentän ja katsomon kunnostus", "laulu- ja soittoleiri" (one thing or two?)."""

from __future__ import annotations

import re

# the words a Finnish compound of an activity or a purchase often ends in: "soitto|leiri", "ovi|korjaus"
_HEADS = ("kurssit", "kurssi", "kerhot", "kerho", "ryhmät", "ryhmä", "illat", "ilta", "leirit", "leiri", "päivät", "päivä",
          "tekniikka", "laitteet", "laitteisto", "laite", "korjaukset", "korjaus", "kahvila", "tuokiot", "tuokio", "palvelut",
          "palvelu", "remontti", "kunnostus", "hankinta", "koulutus", "koulutukset", "työpajat", "työpaja", "tapahtumat",
          "tapahtuma", "retket", "retki", "näyttely", "kokoelma", "tila", "tilat", "kioski", "piiri", "piirit", "klubi", "jumppa",
          "valmennus", "opastus", "taulut", "kisat", "kilpailu", "kahvit", "matka", "matkat", "paja", "neuvonta")
# a genitive said before the shared head ("kentän", "ikkunoitten", "kylätalon"), not a word that only ends in -n
_GENITIVE = re.compile(r"[^\W\d_]{2,}(?:[aeiouyäö]n|jen|ten|den)$", re.IGNORECASE)
_NOT_GENITIVE = re.compile(r"(?:nen|aan|ään|iin|oon|uun|yyn|öön|seen|[^aeiouyäö]in)$", re.IGNORECASE)  # "pukuhuoneen" is one
_PAIR = re.compile(r"^(?P<left>[^\W\d_][\w-]*?)(?P<dash>-?)\s+(?:ja|sekä)\s+(?P<right>[^\W\d_][\w-]*)(?:\s+(?P<head>[^\W\d_][\w-]*))?$",
                   re.IGNORECASE)


def shared_head_pair(line: str) -> list[str] | None:
    """The two things ["kentän kunnostus", "katsomon kunnostus"], ["laululeiri", "soittoleiri"] when one head word is said
    once for two; None for any other answer."""
    line = " ".join(re.sub(r"[\U0001F000-\U0001FAFF\u2600-\u27BF]", " ", line or "").split()).strip(" .!")
    match = _PAIR.match(line)
    if match is None:
        return None
    left, right, head = match.group("left"), match.group("right"), match.group("head")
    if match.group("dash") and head is None:  # "laulu- ja soittoleiri"
        tail = next((h for h in _HEADS if right.lower().endswith(h) and len(right) >= len(h) + 3), None)
        return [left + tail, right] if tail else None
    if match.group("dash") or head is None or head[:1].isupper():
        return None
    if all(_GENITIVE.match(w) and not _NOT_GENITIVE.search(w) for w in (left, right)) and len(head) >= 4:
        return [f"{left} {head}", f"{right} {head}"]  # "kentän ja katsomon kunnostus"
    return None
