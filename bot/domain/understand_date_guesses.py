"""Dates the strict reader leaves unread, proposed to confirm: a labelled date among others, "next monday lol",
"1.3 startataan", "kuukausi päästä", "10 viikkoo ja valmista". Only used when nothing else was read; always vague."""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from .number_text import EN_WEEKDAYS, FI_WEEKDAYS
from .understand_periods import DateReading

_WEEKDAYS = {**{name: i for i, name in enumerate(FI_WEEKDAYS)}, **{name: i for i, name in enumerate(EN_WEEKDAYS)},
             "mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6, "ma": 0, "ti": 1, "ke": 2, "to": 3, "pe": 4}
_NEXT_DAY = re.compile(r"(?<![\w-])(?:next|ensi|ens|tuleva\w*|this\s+coming)\s+(" + "|".join(sorted(_WEEKDAYS, key=len, reverse=True))
                       + r")\w*")
# "Aloitus 1.4.2027 (…)", "Päättymispäivä 31.3.2029.", "sanotaan että hanke päättyy 31.8.2027": the labelled date
_LABEL = {"start": r"(?:aloitus|alotus|alkaa|alkamispäivä|aloituspäivä|start(?:s|ing)?(?:\s+date)?|from|alkaen)",
          "end": r"(?:päättyy|päättymispäivä|loppuu|loppupäivä|end(?:s|ing)?(?:\s+date)?|until|asti|saakka)"}
_DMY = r"(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})"
_LEAD_DM = re.compile(r"^\W*(\d{1,2})\.(\d{1,2})\.?(?=\s+(?!vuo|v\b|kk|kuuk|years?|yrs?|months?|mo\b|viik|weeks?|päiv|days?|h\b|"
                      r"tunt|hours?|€|e\b|eur|milj|tonni|tuhat|k\b)[a-zäö]|\s*$)")  # "1.4 ois hyvä", not "2.5 vuotta"
_NUMBER_WORDS = {"yksi": 1, "yks": 1, "kaksi": 2, "kaks": 2, "kolme": 3, "kolome": 3, "neljä": 4, "viisi": 5, "viis": 5,
                 "kuusi": 6, "kuus": 6, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "a": 1, "an": 1,
                 # genitives before "päivän/viikon päästä", and English to twelve
                 "yhden": 1, "kahden": 2, "kahen": 2, "kolmen": 3, "neljän": 4, "viiden": 5, "kuuden": 6, "seitsemän": 7,
                 "kahdeksan": 8, "kaheksan": 8, "yhdeksän": 9, "yheksän": 9, "kymmenen": 10, "seven": 7, "eight": 8, "nine": 9,
                 "ten": 10, "eleven": 11, "twelve": 12}
_UNIT = (r"(päivä\w*|pv|days?|viiko\w*|viikkoo|weeks?|wks?|kuukau\w*|kk|mo|mos|months?|vuo\w*|vua\w*|vuosi|years?|yrs?)")
_AMOUNT = r"(\d{1,3}|" + "|".join(_NUMBER_WORDS) + r")"
_FROM_NOW = re.compile(r"(?<![\w-])~?\s*" + _AMOUNT + r"?\s*" + _UNIT + r"\s*(?:päästä|from\s+now|from\s+today|ahead)\b")
_DURATION = re.compile(r"^\W*(?:\+|kestää|kesto|lasts?|runs?|about|noin|n\.)?\s*" + _AMOUNT + r"\s*" + _UNIT +
                       r"(?:\s+(?:ja\s+valmista|from\s+(?:the\s+)?start|aloituksesta|alusta|tot\.?|total|yhteensä|riittää))?\W*$")


# "18 months, so we have the summer gathering two times", "Kaksi vuosi. Onko se ok?", "vuoden verran kuulemma": a length
# of the project first, then a remark with no date of its own
_LEAD_SPAN = re.compile(r"^\W*(?:about|noin|n\.|kestää|kesto|around)?\s*" + _AMOUNT + r"?\s*" + _UNIT +
                        r"(?:\s+(?:verran|verra|ajan|long))?(?:\s*[,.;!?:-]\s*|\s+(?=kuulemma|vaa|vaan|vain|only|just)|\s*$)(?P<rest>.*)$")


def lead_span(clean: str, start: date, months: re.Pattern) -> DateReading | None:
    """The end a project length said first proposes (``months``: month names, whose presence leaves it to the
    other readers); None unless the rest is a remark with no figure or month in it."""
    span = _LEAD_SPAN.match(clean)
    if span is None or re.search(r"\d", span.group("rest")) or months.search(span.group("rest")):
        return None
    if span.group(1) is None and not re.match(r"^\W*(?:about|noin|n\.|around)?\s*(?:vuoden|vuaden|a\s+year|year)\b", clean):
        return None  # a unit with no count: only "vuoden verran", "a year"
    count = _count(span.group(1) or "1")
    if span.group(2).startswith(("päiv", "pv", "day")) and count < 30:
        return None  # "kolme päivää, viis ukkoa, kaheksan tuntia": talkoot, not the project's length
    end = _add(start, count, span.group(2))
    return _proposal(end - timedelta(days=1) if end else None)


def guess_date(clean: str, role: str, today: date, start: date | None) -> DateReading | None:
    """A proposal for a date answer nothing else could read (``clean`` is lower case, spaces folded)."""
    labelled = re.search(_LABEL[role] + r"\w*\s*(?:on|is|:)?\s*" + _DMY, clean)
    if labelled:
        return _proposal(_dmy(*labelled.groups()))
    day = _NEXT_DAY.search(clean)
    if day and role == "start":
        ahead = (_WEEKDAYS[day.group(1)] - today.weekday()) % 7 or 7
        return _proposal(today + timedelta(days=ahead))
    lead = _LEAD_DM.match(clean)
    if lead:
        day_, month = int(lead.group(1)), int(lead.group(2))
        if 1 <= month <= 12 and 1 <= day_ <= calendar.monthrange(today.year, month)[1]:
            candidate = date(today.year, month, day_)
            return _proposal(candidate if candidate > today else _safe(today.year + 1, month, day_))
    ahead = _FROM_NOW.search(clean)
    if ahead and role == "start":
        return _proposal(_add(today, _count(ahead.group(1) or "1"), ahead.group(2)))
    span = _DURATION.match(clean)
    if span and role == "end" and start is not None:
        end = _add(start, _count(span.group(1)), span.group(2))
        return _proposal(end - timedelta(days=1) if end else None)
    return None


def _count(word: str) -> int:
    return int(word) if word.isdigit() else _NUMBER_WORDS.get(word, 0)


def _add(base: date, count: int, unit: str) -> date | None:
    if count <= 0:
        return None
    if unit.startswith(("päiv", "pv", "day")):
        return base + timedelta(days=count) if count <= 1500 else None
    if unit.startswith(("viik", "week", "wk")):
        return base + timedelta(weeks=count) if count <= 200 else None
    months = count * 12 if unit.startswith(("vuo", "vua", "year", "yr")) else count
    if months > 72:
        return None
    year, month = divmod(base.month - 1 + months, 12)
    return _safe(base.year + year, month + 1, base.day)


def _safe(year: int, month: int, day: int) -> date:
    return date(year, month, min(day, calendar.monthrange(year, month)[1]))


def _dmy(day: str, month: str, year: str) -> date | None:
    full = int(year) + (2000 if len(year) == 2 else 0)
    try:
        return date(full, int(month), int(day))
    except ValueError:
        return None


def _proposal(value: date | None) -> DateReading | None:
    return DateReading(value, vague=True) if value is not None and 2026 <= value.year <= 2035 else None
