"""The adults' talkoot when an answer names the children beside them and says the children do not count.

"4 aikuista ja 3 lasta (alle 15 v, net ei lasketa) 5 päivää 6 tuntia" -> "4 aikuista 5 päivää 6 tuntia" (120),
"neljä aikuista ja kymmenen alle 15v mukulaa mukuloit ei lasketa 2 päivää 6h" -> "neljä aikuista 2 päivää 6h" (48).
The children's count, their ages and the rule are struck out; what is left is read again and proposed.
"""

from __future__ import annotations

import re

from .number_text import prepare

_F = re.IGNORECASE
_COUNT = (r"(?:\d{1,2}|yksi|yks|kaksi|kaks|kolme|kolome|neljä|viisi|viis|kuusi|kuus|seitsemän|seittemän|kahdeksan|kaheksan|"
          r"yhdeksän|kymmenen|two|three|four|five|six|seven|eight|nine|ten|pari|muutama|a\s+few|some)")
_KID = (r"(?:poikaa|tyttöä|lasta|lapsia|lapsenlasta|lastenlasta|mukulaa|mukuloita|muksua|skidiä|koululaista|kids|children|grandkids|"
        r"grandchildren|pupils)")
_AGE = (r"(?:\(\s*[^()]{0,40}\)|(?:alle|under)\s+(?:15|fifteen|viisitoista|viistoista|viistoist)\s*(?:-?\s*(?:v\b\.?|vuotia\w*|vuotta|"
        r"years?(?:\s+old)?|yrs?))?|\d{1,2}\s*(?:ja|and|&|-|–)\s*\d{1,2}\s*(?:v\b\.?|vuotiaita|years?(?:\s+old)?|yrs?))")
# "ja 3 lasta (alle 15 v)", "ja mun 2 lasta (10 ja 12 v)", "ja kymmenen alle 15v mukulaa", "and 3 kids under 15"
_KIDS_NAMED = re.compile(rf"\s*(?:,|\bja\b|\band\b|&|\+)\s+(?:(?:mun|minun|meidän|meiän|my|our)\s+)?{_COUNT}\s+(?:(?:{_AGE}\s*)?{_KID}"
                         rf"(?:\s*{_AGE})?|{_AGE}\s*(?:nuorta|junioria|youngsters|teens))", _F)
# "lapsia ei lasketa", "net ei lasketa", "mukuloit ei lasketa", "kids don't count", "they don't count"
_RULE = re.compile(r"(?:[,/(]\s*)?(?:\b(?:lapsia|lapsii|lasten\s+tunteja|nuorten\s+tunteja|lapset|net|ne|niitä|niit|mukuloit\w*|mukuloita|muksuja|kids|"
                   r"children|they|those)\s+)(?:mutta\s+)?(?:(?:ei|ee)\s+(?:kai\s+|varmaan\s+|tietenkään\s+|tietysti\s+)?(?:lasketa|laskettu)|(?:don'?t|do\s+not|doesn'?t)\s+"
                   r"count|(?:are\s+)?not\s+counted)\b\s*[)/]?|(?:[,/(]\s*)?\b(?:lapset|net|ne)\s+(?:on|ovat)\s+alle\s+(?:15|viistoista|viisitoista)"
                   r"\s*(?:v\b\.?|vuotiaita)?\s+(?:nii|niin|ni|joten)\s+(?:ei|ee)\s+(?:(?:niitä|niit|heitä)\s+)?(?:kai\s+|varmaan\s+)?lasketa\b|"
                   r"(?:[,/(]\s*)?\b(?:lapset|net|ne|kids|they)\s+(?:on|o|ovat|are)\s+(?:all\s+)?(?:alle|under)\s*(?:15|fifteen|viisitoista|viistoista|"
                   r"viistoist)\b(?:\s*-?\s*(?:v\b\.?|vuotiaita|years?(?:\s+old)?))?(?=\s*[,.;)]|\s*$)", _F)
# "ja kolme alle viistoista vuotiasta poikaa": the children named with an age under 15, no rule needed
_UNDER_15 = re.compile(r"\b(?:alle|under)\s*(?:15|fifteen|viisitoista|viistoista|viistoist)\b", _F)
# "lapsia kolme", "kids 3": the children's count after their noun
_KIDS_FIRST = re.compile(rf"\s*,?\s*\b(?:lapsia|lapsii|mukuloita|kids|children)\s+(?:on\s+)?{_COUNT}\b", _F)
_TOTAL = re.compile(r"\b(?:yhteensä|yhteesä|kaikkiaan|in\s+total|total|altogether)\b", _F)
_LEFT_AGE = re.compile(rf"\s*{_AGE}", _F)
_ADULTS = re.compile(r"\b(?:aikuis\w*|aikus\w*|aekuis\w*|adults?|grown-?ups)\b", _F)
# "aikuisia kuus", "Aekuisia on kuus": the count after its noun, said as the adults'
_ADULTS_FIRST = re.compile(rf"\b(?:aikuisia|aikusia|aekuisia|aikuisii)\s+(?:(?:on|tulee|tullee|tulloo)\s+)?(?P<n>{_COUNT})\b", _F)


def adults_counted(text: str) -> str | None:
    """``text`` with the children's count, ages and rule struck out, or None when it names no adults beside children
    said not to count, or nothing was struck."""
    named = _KIDS_NAMED.search(text or "")
    if not text or len(text) > 300 or "\n" in text.strip() or not _ADULTS.search(text) or not (
            _RULE.search(text) or (named and _UNDER_15.search(named.group(0)))):
        return None
    if _TOTAL.search(text):
        return None  # "3 aikuista ja 2 lasta, lapsia ei lasketa, yhteensä 60 tuntia": whose total? the other readers decide
    struck = _KIDS_FIRST.sub("", _KIDS_NAMED.sub("", text))
    if struck == text:
        return None  # the children are not named with a count beside the adults: the other readers decide
    struck = _RULE.sub(" ", struck)
    struck = _LEFT_AGE.sub(" ", struck)
    struck = _ADULTS_FIRST.sub(lambda m: f"{m.group('n')} aikuista", struck)
    struck = re.sub(r"\s*[/]\s*", ", ", struck)
    struck = re.sub(r"\s+,", ",", re.sub(r"\s+", " ", re.sub(r"\s*,(?:\s*,)+", ",", struck))).strip(" ,.;")
    if re.search(rf"\b{_KID}|\b(?:lapset|kids|children)\b", struck, _F):
        return None  # "…, lapset 2 päivää 3 tuntia": the children's own figures are still there
    return struck if re.search(r"\d|\b[a-zäö]+\b", struck) else None


def adults_first(text: str) -> str:
    """"Aekuisia kuus, kolome päevee …" -> "kuus aikuista, kolome päevee …", for answers whose children were struck."""
    return _ADULTS_FIRST.sub(lambda m: f"{m.group('n')} aikuista", text)


# "…, mut kaks niistä on alle viistoistavuotiaita ni niitä ei lasketa", "6 niistä on alle 15v ni niitä ei lasketa": some of
# the people counted before are children who do not count
_SOME_ARE_CHILDREN = re.compile(r"[,.]?\s*(?:(?:mut|mutta|but|ja|and)\s+)?(?P<m>\d{1,2})\s+(?:niistä|heistä|of\s+them|of\s+those)\s+"
                                r"(?:on|ovat|are|is)\s+(?:lapsia\s+|kids\s+|children\s+)?(?:(?:alle|under)\s*(?:15|fifteen|viis(?:i)?toista)\S*|"
                                r"(?:1[0-4]|[5-9])\s*-?\s*(?:vuotiai\w*|v\b|years?\s+old))(?:\s+\S+){0,2}?\s*[,.]?\s*"
                                r"(?:(?:ni|nii|niin|joten|so)\s+)?(?:(?:niitä|niit|heitä|ne|they)\s+)?(?:(?:ei|ee|eikä)\s+(?:niitä\s+)?(?:kai\s+)?lasketa|"
                                r"(?:don'?t|do\s+not)\s+count|not\s+counted)\b\W*", _F)
# the same said last with only the age: "… mutta kymmenen niistä on alle viisitoistavuotiaita lapsia", "neljä niistä on
# meijän kylän muksuja alle 15": under 15, so not counted
_SOME_ARE_YOUNG = re.compile(r"[,.]?\s*(?:(?:mut|mutta|but|ja|and)\s+)?(?P<m>\d{1,2})\s+(?:niistä|heistä|of\s+them|of\s+those)\s+"
                             r"(?:on|ovat|are|is)\s+(?:(?:meidän|meijän|meiän|kylän|our|the|village|local)\s+){0,3}"
                             r"(?:(?:lapsia|muksuja|kids|children)\s+)?(?:alle|under)\s*(?:15|fifteen|viis(?:i)?toista)\S*"
                             r"(?:\s+(?:vuotiaita|lapsia|kids|children|years?\s+old))?\W*$", _F)
_PEOPLE_COUNT = re.compile(r"\b(?P<n>\d{1,3})\s+(?=(?:henk\w*|heng\w*|hlö\w*|ihmis\w*|tyyppi\w*|talkoolai\w*|vapaaehto\w*|people|persons|"
                           r"volunteers|guys|nuorta|kaveria|miestä|naista)\b)", _F)


def some_are_children(text: str) -> str | None:
    """"10 henkee 2 päivää 8 tuntia mut 2 niistä on alle 15 ni niitä ei lasketa" -> "8 henkee 2 päivää 8 tuntia"; None when
    the answer says no such thing or names no count of people before it."""
    said = prepare(text or "")
    clause = _SOME_ARE_CHILDREN.search(said) or _SOME_ARE_YOUNG.search(said)
    people = _PEOPLE_COUNT.search(said[:clause.start()]) if clause else None
    if not clause or not people or int(clause.group("m")) >= int(people.group("n")):
        return None
    left = int(people.group("n")) - int(clause.group("m"))
    kept = f"{said[:people.start('n')]}{left}{said[people.end('n'):clause.start()]} {said[clause.end():]}"
    return " ".join(kept.split()).strip(" ,.")


__all__ = ["adults_counted", "adults_first", "some_are_children"]
