"""Each figure of an amount answer with its role: euros (a currency or thousands said), a count of something, a
share, a year, or a bare figure; and the unit a price is for ("50 euroo kerta", "1 600 € per month", "à 85 €").

Used by ``understand_amount_roles``, which decides which figure an advisor would take.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Callable

from .number_text import PERCENT, find_numbers

Read = Callable[[str], "Decimal | None"]

_MAG = re.compile(r"\s*(?:k€|t€|k\b|te\b|tonni\w*|tuhat\w*|tuhann\w*|tuhant\w*|thousand|grand|tusen)", re.IGNORECASE)
_CUR = re.compile(r"\s*(?:€|e\b|eur\w*|euro\w*|egee|ekee)", re.IGNORECASE)
_CUR_BEFORE = re.compile(r"(?:€|eur|euro)\s*[~≈]?\s*$", re.IGNORECASE)
_WORD_AFTER = re.compile(r"\s*([a-zäöå][\w-]*)", re.IGNORECASE)
_NOT_A_NOUN = re.compile(r"^(?:ja|and|och|tai|or|eller|mut|mutta|but|eli|so|siis|ehkä|maybe|kanske|plus|noin|about|for|to|on|in|is|"
                         r"ois|oli|olis|vai|niin|ni|sit|sitten|then|if|jos|kun|ku|koska|because|bc|mukaan|with|ilman|without|"
                         r"ei|no|ee|ah|oh)$", re.IGNORECASE)
# the price is for one of something: "each", "kerta", "per konsertti", "80 euroa yö", "/h", "kuussa", "a month"
EACH_AFTER = re.compile(r"^\s*,?\s*(?:(?:each|apiece|kpl|kappale\w*|per\s+\w+|a\s+piece|an?\s+\w+|one\s+\w+|yksi\s+\w+|"
                        r"kuussa|kuukaudessa|kuukauvessa|kk|monthly|vuodessa|vuojessa|vuosittain|yearly|viikossa|viikos|weekly|"
                        r"päivässä|daily|kerta|kerral|kerralla|kerralta|kerrasta|[a-zäö]+\s+kohden|kohden|kohti|yö|yöltä|ilta|illalta|päivä|"
                        r"päivältä|hlö|henkilöltä|hengeltä|tunti|tunnilta|tunnilt|tunnissa)(?![\w-])|/\s*[a-zäö]+)", re.IGNORECASE)
EACH_BEFORE = re.compile(r"(?:à|á|@|\bat|each|per\s+\w+|tunnilt\w*|kerralta|kappaleelta|kpl:?lta|kumpikin|kukin|jokainen|"
                         r"(?:\b1|yks|yksi|one)\s+(?:[a-zäö]+\s+){0,2}(?:maksaa|maksais|costs?|is)(?:\s+(?:sen|noin|about|n\.))?)\s*$",
                         re.IGNORECASE)
# the unit a price is for, as one class: "kuussa", "kk" and "kesäkuukauden" are one
_UNIT_CLASS = (("month", re.compile(r"^(?:kk|kuu|month|mo$|mth|monthly|månad|måna)|kuukau")), ("week", re.compile(r"^(?:vk|viik|week|wk)")),
               ("year", re.compile(r"^(?:v$|vuo|year|yr)")), ("day", re.compile(r"^(?:pv|päiv|day|daily)")),
               ("hour", re.compile(r"^(?:h$|t$|tunn|tunt|hour|hr)")), ("night", re.compile(r"^(?:yö|night)")),
               ("time", re.compile(r"^(?:kert|krt|time|session|kerra)")))
TIMES_WORD = re.compile(r"^\s*(?:kertaa|krt|times|x|×|\*)\s*$", re.IGNORECASE)
_CLASSES = {name for name, _ in _UNIT_CLASS}
PEOPLE = re.compile(r"^(?:henk\w*|hlö\w*|persons?|people|participants?|osallistuj\w*|lasta|kids|children|nuorta|youths?|"
                    r"jäsen\w*|members?|heads?|pää\w*)$", re.IGNORECASE)
PIECES = re.compile(r"^(?:kpl|pcs|pieces?|kappale\w*|st|stk)$", re.IGNORECASE)


@dataclass(frozen=True)
class Figure:
    """One figure of an answer, where it stands and what it counts."""
    start: int
    end: int
    value: Decimal
    role: str  # "euros", "bare", "count", "share", "year"
    noun: str = ""  # the word after a count: "8 persons"
    scaled: bool = False  # thousands said ("12 tonnia")


def figures(said: str, read: Read) -> list[Figure]:
    """The figures of ``said`` (already prepared), each with its role."""
    out: list[Figure] = []
    nums = find_numbers(said)
    skip_to = -1
    for i, num in enumerate(nums):
        if num.start < skip_to:
            continue
        end, scaled, money = num.end, False, False
        mag = _MAG.match(said, end)
        if mag:
            end, scaled, money = mag.end(), True, True
            more = re.match(r"\s+(\d{1,3})(?!\d)(?!\s*(?:kpl|kappale\w*|pcs))", said[end:])
            if more and i + 1 < len(nums) and nums[i + 1].start == end + more.start(1) and nums[i + 1].value < 1000:
                end = end + more.end()  # "2 tuhatta 500": one figure
        cur = _CUR.match(said, end)
        if cur:
            end, money = cur.end(), True
        before = _CUR_BEFORE.search(said[:num.start])
        money = money or bool(before and not re.search(r"\d\s*$", said[:before.start()]))  # "EUR 18", not "150€ 1 evening"
        skip_to = end
        if PERCENT.match(said[num.end:]):
            out.append(Figure(num.start, end, num.value, "share"))
            continue
        value = read(said[num.start:end]) if money else num.value
        value = num.value * 1000 if scaled and (value is None or value < 1000) else value
        if value is None:
            continue
        if money:
            out.append(Figure(num.start, end, value, "euros", scaled=scaled))
        elif 1990 <= num.value <= 2040 and num.value == num.value.to_integral() and num.value != 2000:
            out.append(Figure(num.start, end, num.value, "year"))
        else:
            noun = _WORD_AFTER.match(said, end)
            noun = noun if noun and not _NOT_A_NOUN.match(noun.group(1)) else None
            role = "count" if noun and num.value < 1000 and not EACH_AFTER.match(said[end:]) else "bare"
            out.append(Figure(num.start, end, value, role, noun.group(1).lower() if noun else ""))
    return _thousands_shared(said, out)


def _thousands_shared(said: str, figs: list[Figure]) -> list[Figure]:
    """A small bare figure beside one said in thousands is thousands too ("kymmenen, kakstoista tonnia", "11-12 tusen",
    "viistuhatta, ehkä kuus")."""
    out = list(figs)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        gap = said[a.end:b.start]
        if not re.fullmatch(r"\s*(?:[-–—,]|to|till|ja|och|and|tai|or)?\s*(?:ehkä|maybe|kanske|perhaps|jopa)?\s*", gap):
            continue
        if a.role in ("bare", "count") and not a.noun and b.scaled and a.value < 1000 and a.value * 1000 < b.value * 3:
            out[i] = Figure(a.start, a.end, a.value * 1000, "euros", scaled=True)
        elif b.role in ("bare", "count") and not b.noun and a.scaled and b.value < 1000 and a.value <= b.value * 1000 <= a.value * 3:
            out[i + 1] = Figure(b.start, b.end, b.value * 1000, "euros", scaled=True)
    return out


def unit(word: str) -> str:
    """A word's unit class ("kuussa" and "kk" are "month"), or the word itself."""
    word = word.lower().strip(" ,./")
    return next((name for name, pattern in _UNIT_CLASS if pattern.search(word)), word)


def same_unit(a: str, b: str) -> bool:
    """Two units are one: the same class, or forms of one word ("kerta", "kertoja"; "pelikone", "konetta")."""
    if not a or not b:
        return False
    if a == b:
        return True
    if a in _CLASSES or b in _CLASSES or len(a) < 2 or len(b) < 2:
        return False
    n = min(len(a), len(b), 4)
    return a[:n] == b[:n] or len(b) >= 4 and b[:4] in a or len(a) >= 4 and a[:4] in b


def price_unit(said: str, price: Figure) -> str | None:
    """The unit the price is for ("50 euroo kerta": "time", "40 e/h": "hour"), "" when said only as "each"; None when the
    figure is not said as the price of one."""
    after = EACH_AFTER.match(said[price.end:])
    if after:
        words = re.findall(r"[a-zäö]+", after.group(0).lower())
        words = [w for w in words if w not in ("per", "a", "an", "one", "yksi", "kohden")]
        return unit(words[-1]) if words and words[-1] not in ("each", "apiece", "kpl") else ""
    before = EACH_BEFORE.search(said[:price.start])
    word = re.match(r"[a-zäö]{4,}", before.group(0).lower()) if before else None
    return None if not before else unit(word.group(0)) if word and word.group(0) not in ("each", "kumpikin", "kukin", "jokainen") \
        and not word.group(0).startswith(("yks", "one")) else ""


def count_per(said: str, count: Figure) -> str | None:
    """The unit a count is given for ("4 hours a month": "month", "2 h viikos": "week"); None when not said."""
    rest = said[count.end:]
    word = _WORD_AFTER.match(rest)
    after = EACH_AFTER.match(rest[word.end():] if word else rest)
    if not after:
        return None
    words = [w for w in re.findall(r"[a-zäö]+", after.group(0).lower()) if w not in ("per", "a", "an", "one", "yksi", "kohden")]
    return unit(words[-1]) if words and words[-1] not in ("each", "apiece", "kpl") else None
