"""A length of work said again in hours: the hours stand for it, so the count of days or evenings is not counted twice.

"1 päivä eli 8 tuntia, 12 henkeä" -> "8 tuntia, 12 henkeä" (96), "Puol päivää eli 4 tuntia lauantaina, 14 henkeä" (56),
"yks ilta viikossa eli 3 tuntia, 20 viikkoa, 4 henkeä" -> "3 tuntia viikossa, …" (240), "5 people, one weekend, so 12 hours
each" -> "5 people, 12 hours each" (60).
"""

from __future__ import annotations

import re

from .number_text import prepare

_F = re.IGNORECASE
_COUNT = (r"(?:\d{1,3}|yksi|yks|yhden|yhtenä|kaksi|kaks|kahtena|kolme|kolome|kolmena|neljä|neljänä|viisi|viis|viitenä|"
          r"puoli|puol|puolen|koko|one|a|two|three|four|five|half\s+a|a\s+half|a\s+full|a\s+whole|full|whole)")
_LENGTH = (r"(?:päivä\w*|päevä\w*|päivää|pv\.?|ilta\w*|iltaa|illat|lauantai\w*|sunnuntai\w*|viikonlop\w*|vkl|days?|evenings?|"
           r"saturdays?|sundays?|weekends?)")
_HOURS = r"(?P<h>\d{1,3}(?:[.,]\d)?|[a-zäö]+)\s*(?P<unit>h\b|t\b|tuntia|tuntii|tunnin|tuntsaa|hours?|hrs?)"
# "1 päivä eli 8 tuntia", "puol päivää eli 4 tuntia", "yks ilta viikossa eli 3 tuntia", "ilta eli 3 tuntia"
_RESTATED = re.compile(rf"(?<!per\s)(?<!a\s)(?<!each\s)(?<!/)\b(?:{_COUNT}\s+)?{_LENGTH}(?P<per>\s+viikossa|\s+a\s+week|\s+per\s+week)?\s*,?\s*"
                       rf"(?:eli|siis|so|i\.e\.|that\s+is)\s+{_HOURS}(?!\s*(?:/|per\b|a\s+day|päivässä|illassa|kerrallaan|each\s+day))", _F)
# "5 people, one weekend, so 12 hours each": the period said, then each one's hours in all
_PERIOD_THEN_EACH = re.compile(rf"\b{_COUNT}\s+{_LENGTH}\s*,?\s*(?=(?:so|eli|siis)\s+\d{{1,3}}\s*(?:h|hours?|tuntia|tuntii)\s+"
                               r"(?:each|kukin|per\s+(?:person|head|hlö|henkilö)|jokainen)\b)", _F)
_SO = re.compile(r"\b(?:so|eli|siis)\s+(?=\d{1,3}\s*(?:h|hours?|tuntia|tuntii)\s+(?:each|kukin|per\s+(?:person|head|hlö|henkilö)|jokainen)\b)",
                 _F)


def restated_lengths(text: str) -> str:
    """``text`` with a length of work said again in hours replaced by those hours; unchanged when there is none."""
    if not text or not re.search(r"\b(?:eli|siis|so|i\.e\.|that\s+is)\b", text, _F):
        return text
    each = _PERIOD_THEN_EACH.sub("", text)
    if each != text:
        return _SO.sub("", each)
    return _RESTATED.sub(lambda m: f"{m.group('h')} {m.group('unit')}{m.group('per') or ''}", text)


# "8 ppl, 2 days, 8h... wait 7h", "Eight people, three days, seven hours... no wait, six hours": the last factor put right
_LAST_PUT_RIGHT = re.compile(r"^(?P<head>.*\d.*?)(?P<old>\d{1,3}(?:[.,]\d)?)\s*(?P<unit>h|hours?|tuntia|tuntii|t)\b\W*"
                             r"(?:no\s+wait|wait|ei\s*ku(?:n)?|eiku|sorry|i\s+mean|tai\s+no)\W*(?P<new>\d{1,3}(?:[.,]\d)?)\s*"
                             r"(?:h|hours?|tuntia|tuntii|t)\b\W*$", _F)


_PUT_RIGHT_WORD = re.compile(r"wait|ei\s*ku|eiku|sorry|i\s+mean|tai\s+no", _F)


def last_factor_put_right(text: str) -> str | None:
    """The answer with its last hours figure put right, when a correction at its end gives only that figure; else None."""
    if not _PUT_RIGHT_WORD.search(text or ""):
        return None  # no correction word: the answer is not prepared again on every recursive read
    said = prepare(text or "")
    match = _LAST_PUT_RIGHT.match(said)
    if not match or not re.search(r"\d", match.group("head")):
        return _factor_put_right(said)
    return f"{match.group('head')}{match.group('new')} {match.group('unit')}"


# "6 people x 10 saturdays x 5h = 300. no wait, 8 saturdays": a figure of the product put right by its unit word
_FACTOR_PUT_RIGHT = re.compile(r"^(?P<head>.*?)\W*\b(?:no\s+wait|wait|no\s+sorry|sorry|ei\s*ku(?:n)?|eiku|i\s+mean)\W*"
                               r"(?P<new>\d{1,3})\s+(?P<unit>[a-zäö]{3,})\b(?P<rest>.*)$", _F)
_RESULT_SAID = re.compile(r"\s*=\s*\d[\d\s]*(?:h|hours?|tuntia|t)?\b\W*", _F)


def _factor_put_right(said: str) -> str | None:
    """The product with the figure of the unit named after the correction put right, its worked result left out."""
    match = _FACTOR_PUT_RIGHT.match(said)
    if not match or re.search(r"\d", match.group("rest")):
        return None
    stem = match.group("unit").lower()[:4]
    head = _RESULT_SAID.sub(" ", match.group("head"))
    olds = [m for m in re.finditer(r"\b(\d{1,3})\s+([a-zäö]{3,})\b", head, _F) if m.group(2).lower()[:4] == stem]
    if len(olds) != 1:
        return None
    old = olds[0]
    return f"{head[:old.start(1)]}{match.group('new')}{head[old.end(1):]}".strip(" .,")


__all__ = ["last_factor_put_right", "restated_lengths"]
