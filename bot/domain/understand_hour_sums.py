"""Talkoot hours said in parts, as a figure agreed on, or as a result with its working; always proposed to confirm.

"Purkutyöt 80 tuntia, maalaus 60 ja loppusiivous 20" (80 + 60 + 20), "pekka says 300 but i think more like 350, we
agreed on 330" (330), "Kolmesataa tuntia, ts. noin 20 henkilöä 15 tuntia kukin" (300 = 20 × 15).
"""

from __future__ import annotations

import re
from decimal import Decimal

from .number_text import NOT_SURE, find_numbers, prepare
from .spoken_forms import standard_forms

MAX = Decimal(100000)
_PIECE = re.compile(r"\s*(?:[,;]|\s\+\s|\b(?:ja|and|och|sekä|plus|lisäksi)\b)\s*")
_HOURS_AFTER = re.compile(r"\s*(?:h\b|t\b|tuntia\b|tunti\b|tuntii\b|hours?\b|hrs?\b|timmar\b)")
# a count that is not hours: people, days, weeks, times, money, a year, a per-unit figure
_OTHER_COUNT = re.compile(r"henk|heng|hlö|ihmis|talkoolai|vapaaeh|people|persons|volunteers|miest|naist|päiv|päev|\bpv\b|days?\b|"
                          r"viik|weeks?|kuuk|months?|vuo[dst]|years?|kert|times|lauant|saturdays?|sunnunt|sundays?|€|eur|"
                          r"/|per\b|kukin|each|every|jokai\w*|jokkai\w*|\bjoka\b|kumpi\w*|molemm\w*|both|yhteensä|total|\btai\b|\bor\b|\bx\b|×|\*|=|"
                          r"\bmaybe\b.*\bmaybe\b|\behkä\b.*\behkä\b|"
                          r"\b(?:knows|alle|under|yli|over|ei|not|viime\w*|last|already|jo|eli|so|sanotaan|laitetaan|"
                          r"mutta|but|paitsi|except|siitä|siit|josta|joista|which|incl\w*)\b", re.IGNORECASE)
_WORD_AFTER = re.compile(r"\s+([a-zäöå]{3,})")
_LABEL = re.compile(r"[^\W\d_]{3,}")
_SPEAKER = re.compile(r"\b(?:me|i|mä|mie|minä)\b")


def labelled_sum(text: str) -> tuple[Decimal, tuple[Decimal, ...]] | None:
    """The hours of labelled parts added up, when every part names its work or its people and gives one figure, the
    first with an hours unit ("purkuun 200 tuntia, rakentamiseen 150 ja siivoukseen vielä 30")."""
    said = prepare(standard_forms(text or ""))
    said = re.sub(r"\b(?:muut|the\s+rest|others|the\s+others)\s+(?:yhteensä|together|in\s+total)\b", "muut", said)  # "ja muut yhteensä 100"
    if len(said) > 240 or "\n" in (text or "").strip() or _OTHER_COUNT.search(said) or NOT_SURE.search(said):
        return None
    said = re.sub(r"(\d\s*(?:tuntia|h|hours)\b)\s+(?=[a-zäö]+\s+\d)", r"\1, ", said)  # "purkuun 200 tuntia rakentamiseen 150"
    pieces = [p for p in _PIECE.split(said) if p.strip()]
    figures: list[Decimal] = []
    with_unit = 0
    for piece in pieces:
        nums = find_numbers(piece)
        if not nums:
            continue
        labelled = _LABEL.search(re.sub(r"\b(?:h|t|tuntia|tunti|hours?|hrs?|noin|about|n|another|toiset)\b", "", piece))
        if len(nums) != 1 or not (labelled or _SPEAKER.search(piece)):  # "me about 100 hrs": the speaker is the label
            return None
        unit = _HOURS_AFTER.match(piece, nums[0].end)
        if labelled and not unit and _WORD_AFTER.match(piece, nums[0].end):
            return None  # "minä ja 2 naapuria": a count of people, not hours
        with_unit += bool(unit)
        figures.append(nums[0].value)
    if len(figures) < 2 or not with_unit or sum(figures) > MAX or any(f <= 0 for f in figures):
        return None
    return sum(figures, Decimal(0)), tuple(figures)


# "we agreed on 330", "pannaan 320", "laitetaan se 520", "so 550": the figure settled on, said last
_SETTLED = re.compile(r"(?:we\s+agreed\s+on|agreed\s+on|we\s+(?:now\s+)?think|so|pannaan|pistetään|laitetaan|laittakaa|merkataan|"
                      r"sovittiin|päätettiin|sovimme|päätimme|otetaan|sanotaan)\s+(?:se\s+|sitten\s+|vaan\s+|siis\s+|vaikka\s+|"
                      r"about\s+|noin\s+|n\.\s*)?(\d+)(?:\s*(?:h|t|tuntia|hours?))?\s*[.!]?\s*$", re.IGNORECASE)


def settled_figure(text: str) -> Decimal | None:
    """The figure agreed on at the end of an answer that weighs others first ("X laski 400, mutta pannaan 320")."""
    said = prepare(standard_forms(text or "")).strip()
    match = _SETTLED.search(said)
    if match is None or len(find_numbers(said[:match.start()])) < 1 or len(said) > 300:
        return None
    value = Decimal(match.group(1))
    return value if 0 < value <= MAX else None


_RESULT_WORD = re.compile(r"\b(?:eli|ts|siis|i\.e|that\s+is|so|yhteensä|total|in\s+all)\b|=", re.IGNORECASE)


def result_with_working(text: str) -> tuple[Decimal, tuple[Decimal, ...]] | None:
    """A figure said beside the figures that make it ("96h, 8 hlöä x 12h", "3 meistä 50 h kukin, eli 150")."""
    said = prepare(standard_forms(text or ""))
    nums = [n.value for n in find_numbers(said)]
    if not 3 <= len(nums) <= 4 or len(said) > 200 or NOT_SURE.search(said):
        return None
    for index, value in enumerate(nums):
        others = nums[:index] + nums[index + 1:]
        product = Decimal(1)
        for other in others:
            product *= other
        if value == product and value == max(nums) and all(o > 1 for o in others) and value <= MAX and (
                _RESULT_WORD.search(said) or index == 0 and re.match(r"\D*\d+\s*(?:h|t|tuntia|hours?)?\s*[,:]", said)):
            return value, tuple(others)
    return None


# "Sata tuntia minä ja Raimo saman verran", "50 h me and my wife the same": the speaker's figure, twice
_SAME_FOR_ANOTHER = re.compile(r"\b(?:ja|and)\s+(?:my\s+|mun\s+)?[^\W\d_]+\s+(?:saman\s+verran|the\s+same|samoin|yhtä\s+paljon|likewise)\b",
                               re.IGNORECASE)


def same_for_two(text: str) -> Decimal | None:
    """Twice the one hours figure said for the speaker when another person does the same; None otherwise."""
    said = prepare(standard_forms(text or ""))
    nums = find_numbers(said)
    if len(nums) != 1 or not _SAME_FOR_ANOTHER.search(said) or not _HOURS_AFTER.match(said, nums[0].end):
        return None
    return nums[0].value * 2 if 0 < nums[0].value * 2 <= MAX else None
