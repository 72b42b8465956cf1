"""Best guesses for talkoot hours the strict reader leaves unread, always proposed with their working to confirm.

"Tiistaisin kolme tuntia, seittemän kaveria, kymmenen viikkoa" (3 × 7 × 10), "me and my husband 20 hours both"
(2 × 20), "raivaus 4 hlöä × 2 pv × 7 h ja sit laiturin asennus 6 hlöä × 1 pv × 5 h" (56 + 30), "40 + 25 + 15 hours":
the strict reader asks, because each of these has a reading that is sometimes wrong. An advisor would still say "so
210 hours, right?" – so does the bot, and the user confirms or types the figure.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Callable

from .number_text import NOT_SURE, date_like, find_numbers, prepare
from .understand_guesses import MACHINE_OR_PAID

MAX = Decimal(100000)
_HOURS = re.compile(r"\s*(?:h\b|t\b|tuntia\b|tunti\b|tuntii\b|tunnin\b|tunniks\b|tunteja\b|hours?\b|hrs?\b|hour\b|timmar\b)")
_MINUTES = re.compile(r"\s*(?:min\b|minuuttia\b|minutes?\b|mins\b)")
# a count of people, times or periods: a word after the figure ("7 kaveria", "10 viikkoa", "8 families", "20 weeks")
_COUNT_WORD = re.compile(r"\s*(?:(?:[a-zäö]+\s+)?(?:[a-zäö]{3,}(?:a|ä|ta|tä|aa|ää|oo|ii|s)\b)|of\s+us\b|kpl\b|pv\b|hlö\w*|krt\b|vko\b|kk\b)")
_VAGUE = re.compile(r"(?<![\w-])(?:pari|muutama\w*|useampi|useita|monta|jokunen|few|couple|several|some|many|lots?|paljon)(?![\w-])")
_NOT_THIS = re.compile(r"(?<![\w-])(?:viime\w*|last|previous\w*|aiemm\w*|edelli\w*|tai|or|vai|either|joko|maybe|ehkä|varmaan|"
                       r"kone\w*|traktor\w*|tractor\w*|kaivur\w*|machine\w*|excavat\w*|palk\w*|paid|hired|ostet\w*|urakoi\w*|"
                       r"contractor\w*|staff|ammatti\w*|professional\w*|sähkö\w*|electric\w*|half|puolet|osa|part|share|"
                       r"incl\w*|sis\.|sisältää|josta|joista|of\s+which|yhteensä\s+\d|total\s+\d|=|osuus\w*|siitä|of\s+it|"
                       r"every\s+day|joka\s+päivä|päivittäin|daily|arkisin|weekdays|twice|kahdesti|thrice|kolmesti)(?![\w-])|"
                       r"(?:maanantai|tiistai|keskiviikko|torstai|perjantai|lauantai|sunnuntai|monday|tuesday|wednesday|thursday|"
                       r"friday|saturday|sunday)\w*\s+(?:ja|and|&|\+)\s+(?:maanantai|tiistai|keskiviikko|torstai|perjantai|"
                       r"lauantai|sunnuntai|monday|tuesday|wednesday|thursday|friday|saturday|sunday)")
# "me and my husband", "minä ja kaksi naapuria", "mie ja sisko": the speaker and who they name
_ME_AND = re.compile(r"(?<![\w-])(?:me|i|minä|mä|mää|mie|myself)\s+(?:and|ja|\+)\s+(?:my\s+|mun\s+|minun\s+)?"
                     r"(?:(?P<n>\d+)\s+[a-zäö]+|(?P<one>[a-zäö]+))")
_ONE_PERSON = re.compile(r"^(?:wife|husband|partner|son|daughter|brother|sister|friend|neighbou?r|dad|mum|mom|vaimo|mies|miehe\w*|"
                         r"puoliso|sisko|veli|veljeni|poika|tytär|kaveri|naapuri|äiti|isä|ukko|akka|eukko)$")
# a count word that is not a count: a case form ("keväällä", "talkoissa"), a length, a weight, money
_NOT_COUNT = re.compile(r"\s*(?:[a-zäö]+(?:lla|llä|ssa|ssä|sta|stä|lta|ltä|lle|na|nä|ksi|ine)\b|km\b|m\b|metri\w*|kg\b|kilo\w*|"
                        r"litr\w*|%|€|e\b|eur\w*|euro\w*)")
# every Saturday, each week, joka päivä: a period with no count of it ("Every Saturday in summer, 4 h, about 8 of us")
_EVERY = re.compile(r"(?<![\w-])(?:every|each|joka|jokainen|jokaisena|daily|päivittäin|weekly)\s+(?:\w+\s+)?"
                    r"(?:weekend|viikonlop|saturday|lauanta|sunday|sunnunta|week|viiko|day|päivä|month|kuu|evening|ilta)")
_PERIOD_COUNT = re.compile(r"\d+\s+(?:\w+\s+)?(?:weekends?|viikonlop\w*|saturdays?|lauanta\w*|sundays?|weeks?|viikko\w*|viikkoo|"
                           r"days?|päiv\w*|months?|kk|kuukau\w*|evenings?|ilta\w*|kert\w*|times|sessions?)")
# two groups or two events sharing a figure: "2 dads and 3 moms", "kevät- ja syystalkoot", "5 h kumpikin", "the same"
_SHARED = re.compile(r"\w-\s+(?:ja|and|tai)\s+\w|(?<![\w-])(?:kumpikin|kumpaankin|both|molemmat|the\s+same|sama|saman|samoin|"
                     r"porukkaa\s+tulee|whoever|kuka\s+ehtii|over|aikana|during|kuluessa|yhteensä|total|in\s+all)(?![\w-])|"
                     r"\d+\s+[a-zäö]+\s+(?:and|ja|\+)\s+\d+\s+[a-zäö]+")
# hours said per person, per time or per period ("6 hours each", "4 h kerrallaan", "2 hours a week")
_PER = re.compile(r"(?<![\w-])(?:each|apiece|per|a\s+(?:day|week|month|time|session|weekend)|every\s+time|each\s+time|kerrallaan|"
                  r"kerralla|päivässä|viikossa|kuussa|illassa|jokainen|kukin|both|kumpikin)(?![\w-])|/")
_PEOPLE = re.compile(r"(?:hlö|henk|heng|ihmis|miest|miehi|naisi|naist|tyyppi|talkoolai|kuorolai|seuralai|vapaaehto|people|persons|volunteers|helpers|men\b|"
                     r"women|adults|aikuis|youths|nuor|kids|lapsi|lasta|of\s+us|\bitse\b|myself)")
_PER_PERIOD = re.compile(r"(?<![\w-])(?:a|per|every|each)\s+(?:week|month|day|year)\b|(?<![\w-])(?:viikossa|kuussa|kuukaudessa|"
                         r"päivässä|vuodessa|viikoittain|kuukausittain|weekly|monthly)(?![\w-])|/\s*(?:vk|viikko|kk|kuu|pv|week|month|day)\b")
_SAME_AGAIN = re.compile(r"(?<![\w-])(?:and\s+my\s+\w+\s+the\s+same|ja\s+\w+\s+(?:saman|sama)|both|molemmat|kumpikin)(?![\w-])")
_SPLIT = re.compile(r"\s*(?:[.;]\s+|\s\+\s|,\s*(?:ja\s+|and\s+|plus\s+|lisäks\w*\s+|sit\s+)?(?=[a-zäö])|\s+(?:ja|and|plus|lisäks\w*)\s+(?:sit\s+)?)")


def guess_product(text: str) -> tuple[Decimal, tuple[Decimal, ...]] | None:
    """Hours each time × every count beside it ("3 tuntia, 7 kaveria, 10 viikkoa"); the speaker named with others
    counts them all ("me and my husband 20 hours both" is 2 × 20)."""
    said = prepare(text)
    people = _me_and(said)
    if not people:
        shared = said
    elif re.search(r"\b(?:both|kumpikin|molemmat|each|kukin)\b", said):
        shared = re.sub(r"\b(?:both|kumpikin|molemmat)\b", " ", said)  # "me and my husband 20 hours both": the two of them
    else:
        shared = _SHARED.sub(" ", said)
    if NOT_SURE.search(said) or _NOT_THIS.search(said) or _SHARED.search(shared) or MACHINE_OR_PAID.search(said) or len(said) > 200:
        return None
    if (_EVERY.search(said) or _PER_PERIOD.search(said)) and not _PERIOD_COUNT.search(said):
        return None  # "me and my wife 3 h a week", "every Saturday, 4 h": how many weeks or Saturdays?
    said = _ME_AND.sub(" ", said) if people else said
    hours, counts = None, []
    for num in find_numbers(said):
        if date_like(said, num) or num.value <= 0:
            continue
        after = said[num.end:]
        if _HOURS.match(after) or _MINUTES.match(after):
            if hours is not None:
                return None  # two hours figures: a sum or a total, not a product
            hours = num.value / 60 if _MINUTES.match(after) else num.value
        elif (_COUNT_WORD.match(after) and not _NOT_COUNT.match(after) and num.value == num.value.to_integral()
              and num.value <= 1000):
            counts.append(num.value)
        else:
            return None
    if people:
        counts.append(Decimal(people))
    if hours is not None and not _PER.search(said) and (len(counts) < 2 or not _PERIOD_COUNT.search(said) or hours > 12):
        return None  # "about 150 hours, we are 6 families", "3 viikkoa 5 tuntia": each, a week, or in all? asked
    if hours is None or not 1 <= len(counts) <= 3 or _VAGUE.search(said):
        return None
    total = hours
    for count in counts:
        total *= count
    total = total.quantize(Decimal(1)) if total == total.to_integral() else total.quantize(Decimal("0.1"))
    return (total, (*counts, hours)) if 0 < total <= MAX else None


def guess_clauses(text: str, read: Callable[[str], object]) -> tuple[Decimal, tuple[Decimal, ...]] | None:
    """Two or three clauses each read on its own and added ("raivaus 4 hlöä × 2 pv × 7 h ja laiturin asennus 6 hlöä ×
    1 pv × 5 h", "kyläjuhla: 20 ihmistä 8 tuntia, lisäks siivous 5 ihmistä 3 tuntia")."""
    said = prepare(text)
    if (NOT_SURE.search(said) or _NOT_THIS.search(said) or _SAME_AGAIN.search(said) or MACHINE_OR_PAID.search(said)
            or len(said) > 250):
        return None
    parts = [p for p in _SPLIT.split(said) if p and p.strip(" ,.")]
    if not 2 <= len(parts) <= 3 or not all(_HOURS.search(p) for p in parts):
        return None
    readings = [read(part) for part in parts]
    if any(r.value is None or r.value <= 0 or (r.factors and not _PEOPLE.search(part)) for r, part in zip(readings, parts)):
        return None  # "pitkospuut 40 h 3 viikonloppuna": a count in one clause may belong to all of them
    values = [Decimal(r.value) for r in readings]
    total = sum(values, Decimal(0))
    return (total, tuple(values)) if total <= MAX else None


def _me_and(said: str) -> int | None:
    """How many people "me and …" names: "me and 4 friends" 5, "me and my wife" 2; None when it names none."""
    match = _ME_AND.search(said)
    if not match:
        return None
    if match.group("n"):
        return int(match.group("n")) + 1
    return 2 if _ONE_PERSON.match(match.group("one") or "") else None


_NONE = re.compile(r"^\W*(?:ei|no|not)\b(?:\s+\w+){0,4}?\s+(?:talkoi\w*|talkoot\w*|talkoo\w*|volunteer\s+work|volunteers)"
                   r"(?:\s+(?:tässä|tähän|hankkeessa|hankkeeseen|projektissa|ollenkaan|lainkaan|at\s+all|in\s+this|for\s+this|"
                   r"project|this))*\W*$")
_NOT_YET = re.compile(r"(?<![\w-])(?:vielä|viel|yet|ehkä|maybe|tiedä|tiiä|know|sure|varma|päätetty|decided|paljon|much|many|"
                      r"idea|kovin|kauheesti|hirveesti|juuri|ainakaan|except|paitsi|but|mutta)(?![\w-])")


def guess_none(text: str) -> bool:
    """"ei mitää talkoit", "ei meillä oo talkoita tässä ollenkaan": no volunteer work, to confirm as 0 h."""
    said = (text or "").lower()
    return len(said) <= 80 and not re.search(r"\d", said) and bool(_NONE.search(said)) and not _NOT_YET.search(said)
