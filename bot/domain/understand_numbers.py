"""Reading euros and volunteer hours from typed answers: ranges, monthly sums and people × days × hours."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from babel.numbers import format_decimal

from .answer_words import load_words
from .parsing import MAX_AMOUNT, _normalise_number

MAX_HOURS = Decimal(100000)
ONE = Decimal(1)


@dataclass(frozen=True)
class AmountReading:
    """Whole euros; ``range_upper`` when a range or a ceiling was given; ``monthly`` = (per month, months);
    ``yearly`` = (per year, years); ``parts`` the summed amounts of ``1 500 + 2 000``."""

    value: Decimal | None
    range_upper: bool = False
    monthly: tuple[Decimal, int] | None = None
    yearly: tuple[Decimal, int] | None = None
    parts: tuple[Decimal, ...] | None = None


@dataclass(frozen=True)
class HoursReading:
    """Hours; ``factors`` the numbers multiplied (people, days, hours) when it was computed."""

    value: Decimal | None
    factors: tuple[Decimal, ...] | None = None
    range_upper: bool = False


@dataclass
class _Num:
    """A number in the text, where it is, and the word that follows it (its unit, if any)."""

    value: Decimal
    start: int
    end: int
    unit: str | None = None
    multiplier: Decimal = ONE
    currency: bool = False


_NUMBER = re.compile(r"(?<![\d.,])(\d{1,3}(?:(?: |\.|,|')\d{3})+(?:[.,]\d{1,2})?(?![\d])|\d+(?:[.,]\d+)?)")
_MULTIPLIER = re.compile(
    r"\s*(k€|t€|ke\b|te\b|keur\b|k\b|t\b|tonnia\b|tonni\b|tonnin\b|tonneja\b|tuhatta\b|tuhat\b|tuhannen\b|thousand\b|grand\b|"
    r"milj\.?|miljoonaa\b|miljoona\b|million\b|m€|me\b)"
)
_CURRENCY_AFTER = re.compile(r"\s*(€|e\b|eur\w*|euro\w*|egee|ege)")
_CURRENCY_BEFORE = re.compile(r"(€|eur|eur\.|euro|euros)\s*$")
_PER_MONTH = re.compile(
    r"\s*(?:/\s*(?:kk|kuukausi|kuu|month|mo|mth)\b|per\s+(?:kk|kuukausi|month)\b|a\s+month\b|each\s+month\b|every\s+month\b|"
    r"monthly\b|kuukaudessa\b|kuussa\b|kk:ssa\b|kuukausittain\b)"
)
_PER_YEAR = re.compile(r"\s*(?:/\s*(?:v|vuosi|year|yr|a)\b|per\s+(?:vuosi|year)\b|a\s+year\b|vuodessa\b|vuosittain\b|annually\b|yearly\b)")
_MONTHS = re.compile(r"\s*(kk\b|kuukautta\b|kuukauden\b|kuukaudeksi\b|kuukausi\b|months?\b|mths?\b)")
_YEARS = re.compile(r"\s*(v\b|vuotta\b|vuoden\b|vuodeksi\b|vuosi\b|years?\b|yrs?\b)")
_PERCENT = re.compile(r"\s*(%|prosent\w*|percent\b|pct\b)")
_HOURS = re.compile(r"\s*(h\b|t\b|tuntia\b|tunti\b|tunnin\b|tuntii\b|tunnit\b|tuntiin\b|tuntina\b|hours?\b|hrs?\b|hr\b)")
_PER_HEAD = re.compile(
    r"\s*(?:/\s*(?:pv|päivä|vrk|day|d|kerta|krt|ilta|hlö|henk\w*|person|head|lauantai|viikonloppu)\b|"
    r"(?:per|a|each|kohden)\s+(?:pv|päivä|day|person|head|hlö|henkilö|kerta|session|evening)\b|päivässä\b|illassa\b|kerrallaan\b|"
    r"kerralla\b|per\s+nenä\b|each\b|apiece\b|per\s+henkilö\b|henkeä\s+kohden\b|henkilöä\s+kohden\b|hengeltä\b)"
)
_PER_WEEK = re.compile(r"\s*(?:/\s*(?:vk|viikko|week|wk)\b|(?:per|a)\s+(?:vk|viikko|week)\b|viikossa\b|weekly\b)")
_PEOPLE = re.compile(
    r"\s*(henk\w*|heng\w*|hlö\w*|ihmi\w*|talkoolai\w*|talkoo\w*laista|vapaaehtoi\w*|tekijä\w*|jäsen\w*|miestä|miehen|naista|"
    r"osallistuj\w*|kyläläis\w*|nuor\w*|aikuis\w*|people|persons?|volunteers?|workers?|helpers?|members?|participants?|"
    r"villagers?|folks?|guys|adults|pax)"
)
_DAYS = re.compile(
    r"\s*(päivä\w*|pv\w*|talkoopäivä\w*|lauantai\w*|sunnuntai\w*|arkipäivä\w*|ilta\w*|kerta\w*|krt|kertaa|"
    r"kokoontumi\w*|tapaami\w*|tilaisuu\w*|vuoro\w*|talkookert\w*|tapahtum\w*|"
    r"days?|evenings?|saturdays?|sundays?|sessions?|occasions?|times|meetings?|shifts?|events?)"
)
_WEEKENDS = re.compile(r"\s*(viikonlop\w*|weekends?)")
_WEEKS = re.compile(r"\s*(viiko\w*|viikkoa|vk\b|weeks?)")
_TOTAL_BEFORE = re.compile(r"(yhteensä|yht\.|total|in total|kaikkiaan|summa|altogether|eli|=)\s*(n\.|noin|about|ca\.?|~)?\s*$")
_FLOOR_BEFORE = re.compile(r"(yli|vähintään|ainakin|over|more than|at least|minimum|min\.)\s*(n\.|noin)?\s*$")
_FLOOR_AFTER = re.compile(r"\s*(€|e|eur\w*|euro\w*)?\s*(\+\s*(?:$|[),.!])|tai yli|tai enemmän|or more|and up)")
_PLUS = re.compile(r"^\s*(€|e|eur\w*|euro\w*)?\s*(\+|plus)\s*$")
_CEILING_BEFORE = re.compile(r"(alle|enintään|korkeintaan|maksimissaan|max\.?|maks\.?|up to|under|at most|no more than|less than)\s*(n\.|noin)?\s*$")
_RANGE_GAP = re.compile(r"^\s*(-|–|—|to|tai|…|\.\.\.?|ja|and|or)\s*$")
_TIMES = re.compile(r"^\s*(x|\*|×|kertaa)\s*$")
_MONTHS_AFTER_FOR = re.compile(r"^\s*(?:for|ajan|ajalta|,|ja|and|x|\*|×|kertaa|yhteensä)?\s*$")


def _prepare(text: str) -> str:
    text = text.lower().replace("\u00a0", " ").replace("\u202f", " ").replace("\u2009", " ")
    text = text.replace("\u2013", "–").replace("\u2212", "-")
    text = re.sub(r"\s+", " ", text)
    words = load_words().numbers
    if any(word in text for word in words):
        pattern = r"\b(" + "|".join(sorted(map(re.escape, words), key=len, reverse=True)) + r")\b"
        text = re.sub(pattern, lambda m: str(words[m.group(1)]), text)
    return text


def _numbers(text: str) -> list[_Num]:
    found = []
    for match in _NUMBER.finditer(text):
        raw = match.group(1)
        value = _normalise_number(raw.replace(" ", "").replace("'", ""))
        if value is None:
            continue
        found.append(_Num(value, match.start(), match.end()))
    return found


def _date_like(text: str, num: _Num) -> bool:
    """Part of 1.3.2027 or a year next to a year word."""
    around = text[max(0, num.start - 12):num.end + 6]
    if re.search(r"\d{1,2}\.\d{1,2}\.\d{2,4}", around):
        return True
    return 2000 <= num.value <= 2100 and num.value == num.value.to_integral() and bool(
        re.search(r"(vuonna|vuoden|vuodelle|vuosina|vuosille|in|year|for|since|until|by)\s*$", text[:num.start]))


def _year_like(num: _Num) -> bool:
    return num.multiplier == ONE and 2000 <= num.value <= 2100 and num.value == num.value.to_integral()


def _classify_money(text: str, num: _Num) -> None:
    rest = text[num.end:]
    match = _MULTIPLIER.match(rest)
    if match:
        word = match.group(1)
        num.multiplier = Decimal(1000000) if word.startswith(("milj", "million", "m")) else Decimal(1000)
        num.currency = True
        rest = rest[match.end():]
        num.end += match.end()
    match = _CURRENCY_AFTER.match(rest)
    if match:
        num.currency = True
        num.end += match.end()
        rest = rest[match.end():]
    if _CURRENCY_BEFORE.search(text[:num.start]):
        num.currency = True
    if _PER_MONTH.match(rest) or (num.currency and re.match(r"\s*kk\b", rest)):
        num.unit = "per_month"
    elif _PER_YEAR.match(rest):
        num.unit = "per_year"
    elif _PERCENT.match(rest):
        num.unit = "percent"
    elif not num.currency and _MONTHS.match(rest):
        num.unit = "months"
    elif not num.currency and _YEARS.match(rest):
        num.unit = "years"
    elif not num.currency and (_HOURS.match(rest) or _PEOPLE.match(rest) or _DAYS.match(rest)):
        num.unit = "count"


def _euros(value: Decimal) -> Decimal | None:
    euros = value.quantize(ONE, rounding=ROUND_HALF_UP)
    return euros if 0 <= euros <= MAX_AMOUNT else None


def understand_amount(text: str, *, lang: str) -> AmountReading:
    """Whole euros in ``text``; value None when there is no single clear amount."""
    if not text or len(text) > 1000:
        return AmountReading(None)
    text = _prepare(text)
    nums = [n for n in _numbers(text) if not _date_like(text, n)]
    if any(re.match(r"^\s*[-−]\s*$", text[:n.start]) for n in nums):
        return AmountReading(None)  # a negative amount
    for num in nums:
        _classify_money(text, num)
    money = [n for n in nums if n.unit in (None, "per_month", "per_year")]
    durations = [n for n in nums if n.unit in ("months", "years")]
    if any(n.currency for n in money):
        money = [n for n in money if n.currency or not _year_like(n)]  # "hanke 2027-2028, 60 000 €"
    if not money or any(_FLOOR_BEFORE.search(text[:n.start]) or _FLOOR_AFTER.match(text[n.end:]) for n in money):
        return AmountReading(None)  # "yli 10 000": a floor is not an amount
    if len(money) > 1 and all(_PLUS.match(text[a.end:b.start]) for a, b in zip(money, money[1:])):
        if all(n.unit is None for n in money):
            total = _euros(sum((n.value * n.multiplier for n in money), Decimal(0)))
            return AmountReading(total, parts=tuple(_euros(n.value * n.multiplier) for n in money) if total is not None else None)
    # A range "12-15 tonnia": the multiplier written once applies to both ends.
    upper = False
    for first, second in zip(money, money[1:]):
        if _RANGE_GAP.match(text[first.end:second.start]):
            if first.multiplier == ONE and second.multiplier != ONE and first.value < second.value:
                first.multiplier = second.multiplier
            if first.value * first.multiplier < second.value * second.multiplier:
                first.unit, upper = "lower", True
    money = [n for n in money if n.unit != "lower"]
    totals = [n for n in money if _TOTAL_BEFORE.search(text[:n.start])]
    if len(totals) == 1:
        money = totals
    if len(money) > 1:
        marked = [n for n in money if n.currency]
        if len(marked) == 1 and all(n.value < 100 or _year_like(n) for n in money if not n.currency):
            money = marked
        else:
            return AmountReading(None)
    num = money[0]
    if _CEILING_BEFORE.search(text[:num.start]):
        upper = True
    base = num.value * num.multiplier
    if not num.currency and num.multiplier == ONE and base != base.to_integral() and base < 100:
        return AmountReading(None)  # "12,5" alone: euros? thousands? ask again
    if num.unit in ("per_month", "per_year"):
        months = None
        for dur in durations:
            if dur.start > num.end and _MONTHS_AFTER_FOR.match(re.sub(r"[a-zäö/:]+", "", text[num.end:dur.start])):
                months = dur
                break
        if months is None and durations:
            months = durations[0]
        if months is None or months.value != months.value.to_integral() or months.value <= 0:
            return AmountReading(None)
        count = int(months.value) * (12 if months.unit == "years" else 1)
        per = _euros(base)
        if num.unit == "per_year":
            years = count // 12 if months.unit == "years" else None
            if per is None or years is None:
                return AmountReading(None)
            return AmountReading(_euros(per * years), range_upper=upper, yearly=(per, years))
        total = _euros(base * count) if per is not None else None
        return AmountReading(total, range_upper=upper, monthly=(per, count) if total is not None else None)
    return AmountReading(_euros(base), range_upper=upper)


def _classify_hours(text: str, num: _Num) -> None:
    rest = text[num.end:]
    match = _HOURS.match(rest)
    if match:
        after = rest[match.end():]
        num.unit = ("hours_per_week" if _PER_WEEK.match(after) else "hours_per_month" if _PER_MONTH.match(after)
                    else "hours_per" if _PER_HEAD.match(after) else "hours")
        return
    for unit, pattern in (("weekends", _WEEKENDS), ("people", _PEOPLE), ("days", _DAYS), ("weeks", _WEEKS),
                          ("months", _MONTHS), ("percent", _PERCENT), ("money", _CURRENCY_AFTER)):
        if pattern.match(rest):
            num.unit = unit
            return


def understand_hours(text: str, *, lang: str) -> HoursReading:
    """Hours in ``text``: a plain count, or people × days × hours per day in any order."""
    if not text or len(text) > 1000:
        return HoursReading(None)
    text = _prepare(text)
    nums = [n for n in _numbers(text) if not _date_like(text, n)]
    for num in nums:
        _classify_hours(text, num)
    upper = False
    for first, second in zip(nums, nums[1:]):
        if first.unit is None and _RANGE_GAP.match(text[first.end:second.start]) and first.value < second.value:
            first.unit, upper = "lower", True
    nums = [n for n in nums if n.unit not in ("lower", "percent", "money")]
    totals = [n for n in nums if n.unit == "hours" and _TOTAL_BEFORE.search(text[:n.start])]
    if len(totals) == 1:
        return _hours(totals[0].value, None, upper)
    if len(nums) > 1 and all(n.unit == "hours" for n in nums) and all(_PLUS.match(text[a.end:b.start]) for a, b in zip(nums, nums[1:])):
        return _hours(sum((n.value for n in nums), Decimal(0)), None, upper)  # "8 h + 6 h"
    kinds = [n.unit for n in nums]
    if ("months" in kinds) != ("hours_per_month" in kinds):
        return HoursReading(None)
    bare = [n for n in nums if n.unit is None]
    if bare:
        chained = all(_TIMES.match(text[a.end:b.start]) for a, b in zip(nums, nums[1:]))
        if len(nums) == 1:
            return _hours(nums[0].value, None, upper)
        if not chained:
            return HoursReading(None)
        return _product(nums, upper)
    if len(kinds) != len(set(kinds)):
        return HoursReading(None)
    if kinds == ["hours"]:
        return _hours(nums[0].value, None, upper)
    if "weeks" in kinds and "hours_per_week" not in kinds:
        return HoursReading(None)
    if "hours_per_week" in kinds and "weeks" not in kinds:
        return HoursReading(None)
    if not any(k.startswith("hours") for k in kinds):
        return HoursReading(None)
    return _product(nums, upper)


def _product(nums: list[_Num], upper: bool) -> HoursReading:
    factors = []
    for num in nums:
        factors.append(num.value * 2 if num.unit == "weekends" else num.value)
    total = ONE
    for factor in factors:
        total *= factor
    return _hours(total, tuple(factors) if len(factors) > 1 else None, upper)


def _hours(value: Decimal, factors: tuple[Decimal, ...] | None, upper: bool) -> HoursReading:
    if value < 0 or value > MAX_HOURS:
        return HoursReading(None)
    value = value.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    return HoursReading(value.quantize(ONE) if value == value.to_integral() else value, factors, upper)


def format_hours(value: Decimal, lang: str) -> str:
    """``360 h``, ``1 200 h``, ``12,5 h`` in Finnish; ``1,200 h``, ``12.5 h`` in English; never ``3.6E+2``."""
    number = Decimal(value).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    if number == number.to_integral():
        number = number.quantize(ONE)
    return f"{format_decimal(number, format='#,##0.#', locale='fi_FI' if lang == 'fi' else 'en_GB')} h"
