"""Spoken Finnish as typed on a phone, turned into the written forms the entries and the model know.

"onks" → "onko", "saaks" → "saako", "pitääks" → "pitääkö", "tarvii"/"tarttee" → "tarvitsee",
"mä"/"sä" → "minä"/"sinä", "meiän" → "meidän", "prossa" → "prosentti". Word by word, nothing else changes.
"""

from __future__ import annotations

import re

_WORDS = {
    "tarvii": "tarvitsee", "tarviiko": "tarvitseeko", "tarviis": "tarvitsisi", "tarttee": "tarvitsee",
    "tarteeko": "tarvitseeko", "tarttis": "tarvitsisi", "tarvis": "tarvitsisi",
    "mä": "minä", "sä": "sinä", "mun": "minun", "sun": "sinun", "meiän": "meidän", "teiän": "teidän",
    "meil": "meillä", "teil": "teillä", "mul": "minulla", "sul": "sinulla",
    "prossa": "prosentti", "prossaa": "prosenttia", "pitäis": "pitäisi", "pitäiskö": "pitäisikö",
    "vois": "voisi", "voisko": "voisiko", "sais": "saisi", "saisko": "saisiko", "ois": "olisi", "oisko": "olisiko",
    "haluttais": "haluttaisiin", "tehtäis": "tehtäisiin", "et": "että", "ku": "kun",
    "miks": "miksi", "mihi": "mihin", "mist": "mistä", "mis": "missä", "paljo": "paljon",
    "kans": "kanssa", "noi": "nuo", "tää": "tämä", "nää": "nämä",
}
# Question words typed with -ks for -ko/-kö ("onks", "saaks", "voiks", "pitääks", "käyks").
_KS = re.compile(r"^(?P<stem>[a-zåäö]{2,})ks$")
_TOKEN = re.compile(r"[A-Za-zÅÄÖåäö]+|[^A-Za-zÅÄÖåäö]+")
_FRONT = set("äöy")
# Real words that end in -ks and must stay (English "thanks", Finnish "miks" handled above).
_KEEP = frozenset({"thanks", "works", "books", "looks", "weeks", "banks", "links", "marks", "parks", "walks",
                   "talks", "tasks", "risks", "checks", "picks", "blocks", "kicks", "tracks", "packs", "locks"})


def _word(word: str) -> str:
    lower = word.lower()
    if lower in _WORDS:
        return _WORDS[lower]
    match = _KS.match(lower)
    if match and lower not in _KEEP:
        stem = match["stem"]
        return stem + ("kö" if _FRONT & set(stem) else "ko")
    return word


def written(text: str) -> str:
    """The text with spoken-Finnish word forms replaced by written ones."""
    return "".join(_word(part) if part[:1].isalpha() else part for part in _TOKEN.findall(text))
