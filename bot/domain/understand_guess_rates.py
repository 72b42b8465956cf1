"""Two more guesses, proposed like the others (understand_guesses): a price per period or per piece times how many,
and a figure followed by a remark that repeats it or compares it.

"15k per season, two seasons" (2 × 15 000 €), "Two new double sculls at 9,800 each" (2 × 9 800 €), "600 euro
kuukausi, 10 kuukautta"; "Thirty thousand, my dear, thirty thousand!", "Forty hours, like forty days in the
wilderness", "9,9k, because 10k sounds expensive". The strict readers ask, or read the remark's figures too.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Callable

from .number_text import date_like, find_numbers, normalise_number, prepare

MAX = Decimal(10_000_000)
_AMOUNT = r"(\d{1,3}(?:[ \u00a0]\d{3})+(?:,\d{1,2})?|\d+(?:[.,]\d+)?)\s*(k\b|t€|tonnia\b|thousand\b|tuhatta\b)?\s*(?:€|e\b|eur\w*|euro\w*|egee|ekee)?"
# a period or a piece: the word stems a rate is "per" and a count is "of"
_UNITS = {"month": r"kk|kuukau\w*|kuukaus\w*|kuussa|months?|mo|mos|mths?",
          "week": r"vk|viikko\w*|viikkoa|viikossa|viikolta|viikolle|weeks?|wk|wks",
          "weekend": r"viikonlop\w*|weekends?|vkl",
          "season": r"kau\w*|seasons?",
          "day": r"päivä|päivää|päivältä|päivässä|pv|days?",
          "year": r"vuo\w*|years?|yr|yrs",
          "time": r"kert[ao]\w*|kertaa|krt|times?|sessions?|evenings?|ilt[ao]\w*|events?|tapahtum\w*|leiri\w*|camps?|trips?|retk\w*",
          "hour": r"tunti|tuntia|tunteja|tunnilta|tuntii|hours?|hrs?|h"}  # a fee per hour, and how many hours (amounts only)
_PER = r"\s*(?:/|per\s+|a\s+|an\s+|each\s+|every\s+|joka\s+|kohden\s+|for\s+(?:each|every)\s+)?\s*"
_COUNT_WORD = (r"(\d+|yksi|yks|kaksi|kaks|kolme|neljä|viisi|kuusi|seitsemän|kahdeksan|kaheksan|kahreksan|kymmenen|one|two|three|four|"
               r"five|six|seven|eight|ten|twelve)")
_COUNT_NUMBER = _COUNT_WORD + r"\s+"
_COUNT = _COUNT_NUMBER + r"(?:\w+\s+)?"  # "2 new double sculls": a word may stand between the count and the thing
_WORDS = {"yksi": 1, "yks": 1, "kaksi": 2, "kaks": 2, "kolme": 3, "neljä": 4, "viisi": 5, "kuusi": 6, "seitsemän": 7, "kahdeksan": 8,
          "kaheksan": 8, "kahreksan": 8, "kymmenen": 10, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
          "eight": 8, "ten": 10, "twelve": 12}
# "2 sculls at 9,800 each", "kaks venettä á 11 500": a count of things, a price for each
_EACH = re.compile(r"(?<![\d,.])" + _COUNT + r"(?:\w+\s+){0,3}?(?:(?:at|a)\s+" + _AMOUNT + r"\s*(?:each|apiece|kpl|/\s*kpl|kappale\w*)|"
                   r"(?:á|à)\s*" + _AMOUNT.replace("(", "(?P<r2>", 1).replace("(k", "(?P<s2>k", 1) + r")")
_NOT_THIS = re.compile(r"(?<![\w-])(?:tai|or|vai|maybe|ehkä|varmaan|plus|\+|lisäksi|(?:ja|and)\s+\d(?!\s+(?:kertaa|times|viikkoa|kuukautta|weeks|months|iltaa|evenings|päivää|days)\b)|yhteensä|total|siitä|josta|"
                       r"of\s+which|max|ainakin|at\s+least|alle|under|yli|over|same|sama\w*|samoin|both|molemmat|kumpikin|kummallekin|kumpaankin|"
                       r"molemmille|each\s+group|per\s+group|ryhmälle)(?![\w-])")


def _number(raw: str, scale: str | None) -> Decimal:
    value = normalise_number(raw.replace(" ", "").replace("\u00a0", "")) or Decimal(0)
    return value * 1000 if scale else value


_HOURS_RATE = r"(\d+(?:[.,]\d+)?)\s*()(?:h|t|tuntia|tunti|tuntii|hours?|hrs?)\b"


def rate_times_count(text: str, hours: bool = False) -> tuple[Decimal, tuple[Decimal, Decimal]] | None:
    """(total, (count, rate)) for a price (or hours) per period or piece said with how many; None when not that
    plain: "15k per season, two seasons", "~40h/mo for 6 mo", "Joka kuukausi 20 tuntia, 18 kuukautta"."""
    clean = prepare(text).lower()
    if _NOT_THIS.search(clean) or len(find_numbers(clean)) != 2:
        return None
    amount = _HOURS_RATE if hours else _AMOUNT
    each = None if hours else _EACH.search(clean)
    if each:
        raw, scale = (each.group(2), each.group(3)) if each.group(2) else (each.group("r2"), each.group("s2"))
        return _total(each.group(1), _number(raw, scale))
    for name, unit in _UNITS.items():
        if hours and name in ("day", "hour"):
            continue  # "3 päivää, 8 h päivässä": hours a day for how many people? asked
        count = re.search(r"(?<![\d,.])" + _COUNT_NUMBER + r"(?:" + unit + r")\b(?!\s*(?:/|per|a|an|each|"
                          r"every|kuussa|viikossa|vuodessa|kaudessa|päivässä|päiväs|illassa|kerralla|kerrassa))", clean)  # not "2 events per month"
        if not count and name in ("hour", "time"):  # "tunteja 40", "iltoja ois kaheksan": the count after the word
            count = re.search(r"\b(?:" + unit + r")\s+(?:ois\s+|olis\s+|on\s+|is\s+)?" + _COUNT_WORD + r"(?!\s*(?:€|e\b|eur))\b", clean)
        rates = [*re.finditer(amount + _PER + r"(?:" + unit + r")\b", clean), *re.finditer(
            r"(?:each|every|per|joka|jokainen)\s+(?:" + unit + r")\b\D{0,25}?" + amount, clean)]  # "each weekend costs about 300 €"
        times = re.search(amount + _PER + r"(?:" + unit + r")\s*[x×*]\s*(\d+)\b(?!\s*[a-zäö])", clean)  # "400 € kuukaus x 12"
        if times and not count:
            return _total(times.group(3), _number(times.group(1), times.group(2)))
        if name == "hour":  # "60 e tunti": a fee says its euros; "60 h" is hours
            rates = [r for r in rates if re.search(r"€|\de\b|\se\b|eur|egee|ekee", r.group(0))]
        for rate in rates:
            if rate and count and (count.start() >= rate.end() or count.end() <= rate.start()):
                return _total(count.group(1), _number(rate.group(1), rate.group(2)))
    return None


def _total(count: str, rate: Decimal) -> tuple[Decimal, tuple[Decimal, Decimal]] | None:
    n = Decimal(int(count)) if count.isdigit() else Decimal(_WORDS.get(count, 0))
    if not (1 < n <= 120) or not 0 < rate * n <= MAX:
        return None
    return rate * n, (n, rate)


# A remark after the figure: a comparison, a reason or the same figure again
_REMARK = re.compile(r"^\W*(?:(?:ihan\s+)?kuin|ku|like|because|koska|kun|than|halvemmalla|cheaper|my\s+dear|darling|"
                     r"a\s+modest|a\s+small|not\s+bad|eli\s+sama)\b", re.IGNORECASE)


def figure_then_remark(text: str, read: Callable[[str], Decimal | None]) -> Decimal | None:
    """"Thirty thousand, my dear, thirty thousand!", "Forty hours, like forty days": the figure before the first
    break, when what follows repeats it or only compares or explains."""
    said = prepare(text)  # "Seven thousand, three hundred and fifty euros, …" is one figure before its commas are cut
    if "\n" in said.strip() or any(date_like(said, n) or 1990 <= n.value <= 2100 for n in find_numbers(said)):
        return None  # lines of a list, or a year: "- Planning (spring 2027)\n- Construction (summer 2027)"
    cut = re.search(r"[,!;:–]\s+|\s+-\s+|\.\s+", said)
    if not cut or _NOT_THIS.search(said[cut.end():].lower()):
        return None
    value = read(said[:cut.start()])
    if value is None or value <= 0:
        return None
    rest = said[cut.end():]
    figures = [n.value for n in find_numbers(rest)]
    if (figures and all(f == value for f in figures)) or _REMARK.match(rest):
        return value
    return None
