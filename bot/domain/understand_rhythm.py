"""Hours said as a rhythm: people × hours a time × times a week or month × how long, always proposed to confirm.

"Kuus vapaaehtosta, jokkainen kaks tuntia viikossa, ja viikkoja ois sellanen kuuskymmentä" (6 × 2 × 60),
"Kolome naista leipoo kerran kuussa, neljä tuntia kerrallaan, kahen vuojen ajan" (3 × 4 × 24), "10 vapaaehtoista,
2 h viikossa, 40 viikkoa vuodessa, kaks vuotta" (10 × 2 × 80). Every figure in the answer must have its place, or
the answer is left to the other readers.
"""

from __future__ import annotations

import re
from decimal import Decimal

from .number_text import find_numbers, prepare
from .spoken_forms import standard_forms

_N = r"(\d+(?:[.,]\d+)?)"
_HOURS = re.compile(_N + r"\s*(?:h\b|t\b|tuntia\b|tunti\b|tuntii\b|tunnin\b|tuntiin\b|hours?\b|hrs?\b|timmar\b)")
# "40 viikkoa vuodessa": weeks in a year, counted with the years the project lasts
_WEEKS_A_YEAR = re.compile(_N + r"\s*(?:viik\w*|vk|weeks?)\s+(?:vuode\w*|vuoje\w*|a\s+year|per\s+year|each\s+year|every\s+year)")
_TIMES = re.compile(_N + r"\s*(?:kertaa|krt|times)\b")
_TWICE = re.compile(r"\b(?:twice|kahdesti)\b")
_SPAN = re.compile(_N + r"\s*(?:(?P<w>viik\w*|vko|vk|weeks?)|(?P<m>kuukau\w*|kk|months?)|(?P<y>vuo\w*|v|years?))(?!\w)")
_WEEKS_BEFORE = re.compile(r"\b(?:viikkoja|weeks)\s+(?:(?:ois|olis|on|olisi|would\s+be|will\s+be|yhteensä|sellanen|semmonen|noin|n\.|"
                           r"about|around|in\s+total|total)\s+)*" + _N + r"(?!\s*(?:h|t|tuntia|hours?)\b)")
_PER = {
    "w": re.compile(r"\bviikossa\b|\bviikos\b|/\s*(?:vko|vk|viikko|week|wk)\b|\b(?:a|per|every|each)\s+week\b|\bweekly\b|"
                    r"\bjoka\s+viikko\b|\bviikoittain\b"),
    "m": re.compile(r"\bkuussa\b|\bkuukaudessa\b|/\s*(?:kk|kuu|month)\b|\b(?:a|per|every|each)\s+month\b|\bmonthly\b|"
                    r"\bjoka\s+kuu\w*|\bkuukausittain\b"),
    "y": re.compile(r"\bvuodessa\b|\bvuojessa\b|\bvuodes\b|\b(?:a|per|every|each)\s+year\b|\byearly\b|\bvuosittain\b|"
                    r"\bannually\b"),
}
_PEOPLE = re.compile(_N + r"\s*(?:henk\w*|heng\w*|hlö\w*|ihmis\w*|vapaaeh\w*|talkoolai\w*|naista|miestä|jäsen\w*|"
                     r"vetäj\w*|people|persons?|volunteers?|members|women|men|adults|of\s+us|personer)\b")
_PEOPLE_BEFORE = re.compile(r"\b(?:vapaaeh\w*|talkoolaisia|\w+kummeja|henkilöitä|ihmisiä|niitä|meitä|heitä|volunteers|members|"
                            r"there\s+are|we\s+are)\s+(?:(?:ois|olis|on|olisi|tulee|will\s+be|would\s+be)\s+)?" + _N
                            + r"(?!\s*(?:h|t|tuntia|hours?|viik\w*|weeks?|kuuk\w*|months?|vuo\w*|years?)\b)")
_TWO_OF_US = re.compile(r"\b(?:kahestaan|kahdestaan|kaksistaan|both|kumpikin|kumpiki|molemmat|(?:me|i|minä|mä|mie)\s+(?:and|ja)\s+"
                        r"(?!\d)\w+)\b")
# "3 hours a week for 40 weeks, and my wife the same": the speaker and one more
_SAME_AGAIN = re.compile(r"\b(?:and|ja)\s+(?:my\s+|mun\s+|minun\s+)?\w+\s+(?:the\s+same|saman\w*|sama|samoin)\b")
_EVERY_OTHER = re.compile(r"\b(?:joka\s+toi\w*|every\s+(?:other|second)|varannan|joka\s+2\.?)\b")
_SOME_PEOPLE = re.compile(r"\b(?:vapaaeh\w*|talkoolai\w*|volunteers|members|people|ihmiset|jäsenet|porukka|we|me|"
                          r"meitä|us|vetäjät|ohjaajat|mentors|kummit|\w+kummi\w*)\b")


def rhythm_hours(text: str) -> tuple[Decimal, tuple[Decimal, ...]] | None:
    """The total of hours said as a rhythm over the project's length, with its factors; None if any figure is unplaced."""
    said = prepare(standard_forms(text or ""))
    if len(said) > 300 or _EVERY_OTHER.search(said):
        return None  # "joka toinen viikko": half the weeks, left to the other readers
    used: list[tuple[int, int]] = []

    def take(pattern: re.Pattern[str]) -> list[re.Match[str]]:
        found = [m for m in pattern.finditer(said) if not any(a <= m.start(1) < b for a, b in used)]
        used.extend((m.start(1), m.end(1)) for m in found)
        return found

    hours = take(_HOURS)
    per_year_weeks = take(_WEEKS_A_YEAR)
    times = take(_TIMES)
    people = take(_PEOPLE) + take(_PEOPLE_BEFORE)
    spans = take(_SPAN) + take(_WEEKS_BEFORE)
    if len(hours) != 1 or len(times) > 1 or len(people) > 1 or len(per_year_weeks) > 1 or not spans:
        return None
    if any(not any(a <= n.start < b for a, b in used) for n in find_numbers(said)):
        return None  # a figure with no place: another reading's answer
    unmarked = _strip(said, per_year_weeks)
    units = [unit for unit, pattern in _PER.items() if pattern.search(unmarked)]
    if len(units) != 1:
        return None
    unit = units[0]
    each_time = _figure(hours[0])
    count = _figure(times[0]) if times else Decimal(2) if _TWICE.search(said) else Decimal(1)
    if people:
        heads = _figure(people[0])
    elif _TWO_OF_US.search(said) or _SAME_AGAIN.search(said):
        heads = Decimal(2)
    elif _SOME_PEOPLE.search(said):
        return None  # "vapaaehtoiset tekee 2 h viikossa 40 viikkoa": how many of them?
    else:
        heads = Decimal(1)
    periods = _periods(unit, spans, per_year_weeks)
    if periods is None or not all(0 < f for f in (each_time, count, heads, periods)):
        return None
    factors = tuple(f for f in (heads, each_time, count, periods) if f != 1)
    total = heads * each_time * count * periods
    return (total, factors) if total <= 100000 else None


def _figure(match: re.Match[str]) -> Decimal:
    return Decimal(match.group(1).replace(",", "."))


def _strip(text: str, matches: list[re.Match[str]]) -> str:
    for match in matches:
        text = text[:match.start()] + " " * (match.end() - match.start()) + text[match.end():]
    return text


def _periods(unit: str, spans: list[re.Match[str]], per_year_weeks: list[re.Match[str]]) -> Decimal | None:
    """How many weeks, months or years (``unit``) the spans said come to; None when they cannot be converted."""
    weeks = [_figure(m) for m in spans if m.re is not _SPAN or m.group("w")]
    months = [_figure(m) for m in spans if m.re is _SPAN and m.group("m")]
    years = [_figure(m) for m in spans if m.re is _SPAN and m.group("y")]
    if len(weeks) + len(months) + len(years) != 1:
        return None
    if per_year_weeks:
        return _figure(per_year_weeks[0]) * years[0] if unit == "w" and years else None
    if unit == "w":
        return weeks[0] if weeks else None
    if unit == "m":
        return months[0] if months else years[0] * 12 if years else None
    if years:
        return years[0]
    return months[0] / 12 if months and months[0] % 12 == 0 else None
