"""Last proposals for an amount the other readers left to a question: a total said last, the upper of two guesses,
the one euro figure among measures. Always proposed, so the person sees the figure before it is saved.

"salaries 30 000, travel 8 000, training 12 000 so 50 000 all in" (50 000), "noin 4 000, ehkä 4 500" (4 500),
"aurinkopaneelit 15 kilowattia, tarjous 18 900 euroo" (18 900).
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Callable

from .number_text import find_numbers, prepare

Read = Callable[[str], "Decimal | None"]

# the total said last, after its parts: "… so 50 000 all in", "… so together 19 500", "… eli yhteensä 8 400"
_TOTAL_LAST = re.compile(r"(?:\bso|\beli|\bsiis|\byhteensä|\byhteesä|\btogether|\ball\s+in|\bin\s+total|\btotal|\bmakes|=)\s*"
                         r"(?:(?:together|yhteensä|about|noin|n\.|~|siis|is|on)\s*)*(?=[^\d]{0,3}\d)", re.IGNORECASE)
_TAIL = re.compile(r"^[^\d]{0,3}\d[\d\s.,]*(?:k|t€|k€|€|e|eur\w*|euro\w*|tonnia|tuhatta|thousand)?\s*"
                   r"(?:€|e\b|eur\w*|euro\w*)?\s*(?:all\s+in|in\s+total|together|yhteensä|kaikkiaan|total)?\s*[.!]?\s*$", re.IGNORECASE)
# two guesses, the second one higher: "noin 4 000, ehkä 4 500" (not "maybe 10k, maybe more", "4000 tai 6000 riippuen …")
_ABOUT_THEN_MAYBE = re.compile(r"(?:\b(?:noin|about|around|n\.|ca\.?)|~)\s*\d[\d\s.]*(?:k|€|e|eur\w*|euro\w*)?\s*,?\s*"
                               r"(?:ehkä|maybe|perhaps|kanske)\s+(?=\d)",
                               re.IGNORECASE)
_UNDECIDED = re.compile(r"riippu|depend|either|joko|\bidk\b|en\s+(?:tiedä|muista)|don'?t\s+know|who\s+knows|\bor\b|\btai\b|eller|"
                        r"\bjos\b|\bif\b|\bmikäli\b|\bom\b|\bunless\b",
                        re.IGNORECASE)
# a figure that is the most it will be: "~18k, maybe a bit less" (not "maybe more": a floor, asked)
_A_BIT_OFF = re.compile(r"\b(?:maybe|perhaps|ehkä|vähän|a\s+bit|slightly|hieman|vähä)\s+(?:a\s+bit\s+|vähän\s+)?"
                        r"(?:less|under|alle|vähemmän)\b", re.IGNORECASE)
_MONEY = re.compile(r"^\s*(?:€|e\b|eur\w*|euro\w*|k\b|k€|t€|tonni\w*|tuhat\w*|thousand|grand)", re.IGNORECASE)
_MEASURE = re.compile(r"^\s*(?:kw\w*|kilowat\w*|kwh|metri\w*|metre\w*|meter\w*|m\b|m2\b|m²|neliö\w*|km\b|kilometri\w*|litra\w*|"
                      r"litre\w*|l\b|kg\b|kilo\w*|tonnia\s+(?:puuta|soraa|hiekkaa)|hehtaari\w*|ha\b|cm\b|mm\b|paikka\w*|seats?)",
                      re.IGNORECASE)


def total_said_last(text: str, read: Read) -> Decimal | None:
    """The total an answer ends on after naming its parts ("… so together 19 500"); None otherwise."""
    said = prepare(text or "")
    marks = [m for m in _TOTAL_LAST.finditer(said) if _TAIL.match(said[m.end():])]
    if not marks or len(find_numbers(said[:marks[-1].start()])) < 2 or len(said) > 300:
        return None
    total = read(said[marks[-1].end():])
    if total is not None and re.search(r"[+=]", said):
        parts = [read(part) for part in re.split(r"\+", said[:marks[-1].start()])]
        if None in parts or sum(parts) != total:
            return None  # "laitteet 1200 + remppa 3000 = 4500": the parts and the total disagree, asked
    return total


_WORKING = re.compile(r"\d[\d\s.,]*\s*(?:[x×*]|kertaa|times)\s*\d[\d\s.,]*\s*(?:€|e\b|eur\w*|euro\w*)?\s*=\s*", re.IGNORECASE)
_PART_CUT = re.compile(r"\+|\bplus\b|\bja\b|\band\b|,|;")


def checked_total_last(text: str, read: Read) -> Decimal | None:
    """The total an answer ends on when the parts before it add up to it, a part's own working left out ("3 × 600 =
    1800 plus bus 400 so 2200 total"); None otherwise."""
    said = prepare(text or "")
    marks = [m for m in _TOTAL_LAST.finditer(said) if _TAIL.match(said[m.end():])]
    if not marks or len(said) > 300:
        return None
    total = read(said[marks[-1].end():])
    before = _WORKING.sub(" ", said[:marks[-1].start()])
    parts = [read(part) for part in _PART_CUT.split(before) if re.search(r"\d", part)]
    if total is None or len(parts) < 2 or None in parts or sum(parts) != total:
        return None
    return total


def upper_of_two(text: str, read: Read) -> Decimal | None:
    """The higher of two guesses said one after the other ("noin 4 000, ehkä 4 500"), or the one figure said with
    "maybe a bit less"; None otherwise."""
    said = prepare(text or "")
    nums = find_numbers(said)
    if len(said) > 160:
        return None
    if len(nums) == 1:
        off = _A_BIT_OFF.search(said, nums[0].end)
        return read(said[:off.start()]) if off else None  # "~18k, maybe a bit less"
    hedge = _ABOUT_THEN_MAYBE.search(said) if len(nums) == 2 and not _UNDECIDED.search(said) else None
    if hedge is None:
        return None
    first, second = read(said[:hedge.end()].rsplit(",", 1)[0]), read(said[nums[1].start:])
    if first is None or second is None or not first < second <= first * 2:
        return None
    return second


def euros_among_measures(text: str, read: Read) -> Decimal | None:
    """The one euro figure when every other figure measures something ("15 kilowattia, tarjous 18 900 euroo")."""
    said = prepare(text or "")
    nums = find_numbers(said)
    money = [n for n in nums if _MONEY.match(said[n.end:])]
    if len(money) != 1 or len(nums) < 2 or not all(_MEASURE.match(said[n.end:]) for n in nums if n is not money[0]):
        return None
    return read(said[max(0, money[0].start - 3):money[0].end + 8])


_PIECE = re.compile(r"\s*(?:[,;]|\s\+\s|\b(?:ja|and|och|sekä|plus)\b)\s*")
_HEADER = re.compile(r"^[^\d:]{3,40}:\s*")  # "Markkinointi: …"
_NOT_PARTS = re.compile(r"\b(?:tai|or|eller|ehkä|maybe|kanske|yhteensä|yhteesä|total|totalt|siitä|josta|joista|which|riippu\w*|depend\w*|"
                        r"viime\w*|last|edelli\w*|previous|alv|vat|moms|per|each|kohden|kohti|à|kuukau\w*|kk|month\w*|vuode\w*|vuosi\w*|"
                        r"years?|kpl|pcs|hlö\w*|henk\w*|people|tuntia|hours?|h|x|budjetti\w*|budget|haetaan|apply|tuki\w*|grant|"
                        r"omarahoitus\w*|kunta\w*|municipality|leader\w*|halvin|halvempi|kallein|kalliimpi|keskimmäinen|cheapest|cheaper|dearest|"
                        r"expensive|option\w*|vaihtoeh\w*|tarjou\w*|quotes?|offers?|version\w*|versio\w*)\b|%|/|=|×", re.IGNORECASE)
_LABEL = re.compile(r"[^\W\d_]{3,}")
_AFTER_FIGURE = re.compile(r"^\s*(?:€|e\b|eur\w*|euro\w*|k\b|k€|t€)?\s*$|^\s*(?:€|e\b|eur\w*|euro\w*)\s+\S", re.IGNORECASE)


def labelled_parts(text: str, read: Read) -> Decimal | None:
    """Three or more short cost lines added up, when each names its thing and gives one figure ("lehti-ilmoitukset 600,
    flyerit 250 och Facebook-mainokset 150"); None otherwise."""
    said = _HEADER.sub("", prepare(text or ""), count=1)
    if len(said) > 240 or "\n" in (text or "").strip() or _NOT_PARTS.search(said):
        return None
    figures: list[Decimal] = []
    for piece in (p for p in _PIECE.split(said) if p.strip()):
        nums = find_numbers(piece)
        if not nums:
            continue
        if len(nums) != 1 or not _LABEL.search(piece[:nums[0].start] + " " + piece[nums[0].end:]) \
                or not _AFTER_FIGURE.match(piece[nums[0].end:]) and not _LABEL.match(piece):
            return None
        if len(piece.split()) > 5:
            return None  # a sentence, not a cost line: "Hallitus esitti 6 000 €, toiminnanjohtaja 9 000 €" are two views
        value = read(piece[nums[0].start:])
        if value is None or value < 20:
            return None
        figures.append(value)
    return sum(figures, Decimal(0)) if len(figures) >= 3 else None  # two may be two views or two prices
