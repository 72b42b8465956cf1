"""Spans of time said as their ends, rewritten as the count they make, before the hours are read.

"joka tiistai klo 17-19" is two hours a time; "Friday to Sunday" and "pe–su" are three days; "2 viikkoa joka arkipäivä"
is ten days. People say the ends; the hours reader counts (understand_hours).
"""

from __future__ import annotations

import re

from .number_text import EN_WEEKDAYS, FI_WEEKDAYS, SMALL_COUNTS

_SHORT_FI = ("ma", "ti", "ke", "to", "pe", "la", "su")
_SHORT_EN = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")

# "klo 17-19", "kello 9.00–15.30", "from 10 to 14", "17:00-19:00": the hours between two clock times
_CLOCK = re.compile(r"\b(?:klo|kello|at|from)\s*(\d{1,2})(?:[.:](\d{2}))?\s*(?:[-–—]|to|until|till)\s*(\d{1,2})(?:[.:](\d{2}))?(?!\d|[.,:]\d)"
                    r"(?!\s*(?:h\b|t\b|tuntia|hours?|€|e\b|eur|hlö|henk|people|ihmis|päiv|days?))|"
                    r"(?<![\d.,:])(\d{1,2})[.:](\d{2})\s*[-–—]\s*(\d{1,2})[.:](\d{2})(?!\d|[.,:]\d)", re.IGNORECASE)
_FULL_FI = "(" + "|".join(FI_WEEKDAYS) + ")"
_FULL_EN = "(" + "|".join(EN_WEEKDAYS) + ")s?"
_SHORT = r"(ma|ti|ke|to|pe|la|su|mon|tue|wed|thu|fri|sat|sun)"
# "perjantaista sunnuntaihin", "Friday to Sunday", "from Fri to Sun", "pe–su", "la-su"
_DAY_RANGE = re.compile(_FULL_FI + r"(?:sta|lta)\s+" + _FULL_FI + r"(?:hin|iin|ille)\b|"
                        r"\b" + _FULL_EN + r"\s+(?:to|through|till|until|[-–—])\s+" + _FULL_EN + r"\b|"
                        r"\b" + _SHORT + r"\.?\s*[-–—]\s*" + _SHORT + r"\b\.?", re.IGNORECASE)
# "2 viikkoa joka arkipäivä", "two weeks, every weekday": five days a week
_WEEK_COUNT = {word: SMALL_COUNTS[word] for word in ("yks", "yksi", "yhden", "a", "one", "kaks", "kaksi", "kahden", "kahen", "two", "kolme",
                                                      "kolmen", "three", "neljä", "neljän", "four")}
_WEEKS_OF_WEEKDAYS = re.compile(r"\b(\d{1,2}|" + "|".join(_WEEK_COUNT) + r")\s+(?:[a-zäö]*viikkoa|viikkoo|viikoksi|viikon\s+ajan|weeks?)\W{0,3}\s*(?:of\s+|\(\s*)?(?:joka\s+arkipäivä|arkipäivisin|arkisin|"
                                r"arki-?\s?ilt(?:oina|oi|aisin|ana)|"
                                r"every\s+weekday|on\s+weekdays|weekdays)\b", re.IGNORECASE)


_HOURS_SAID = re.compile(r"\d\s*(?:h\b|t\b|tuntia|tunnit|tuntii|hours?|hrs?)", re.IGNORECASE)
_DAYS_SAID = re.compile(r"\d\s*(?:päivää|pv\b|days?\b)|\b(?:kolme|kaksi|kaks|two|three)\s+(?:päivää|days)\b", re.IGNORECASE)


def _day_index(word: str) -> int:
    word = word.lower().rstrip(".")
    for names in (FI_WEEKDAYS, EN_WEEKDAYS):
        if word.rstrip("s") in names:
            return names.index(word.rstrip("s"))
    for names in (_SHORT_FI, _SHORT_EN):
        if word in names:
            return names.index(word)
    return -1


def _clock(match: re.Match) -> str:
    groups = match.groups()
    first, first_min, last, last_min = groups[:4] if groups[0] is not None else groups[4:]
    start = int(first) * 60 + int(first_min or 0)
    end = int(last) * 60 + int(last_min or 0)
    if not (int(first) <= 24 and int(last) <= 24 and 0 < end - start <= 12 * 60) or (end - start) % 30:
        return match.group(0)  # "klo 19-17", "from 5 to 50": not a stretch of the day
    hours = (end - start) / 60
    return f"{hours:g} h".replace(".", ",")


def _days(match: re.Match) -> str:
    words = [g for g in match.groups() if g]
    first, last = _day_index(words[0]), _day_index(words[1])
    if first < 0 or last < 0 or first == last:
        return match.group(0)
    return f"{(last - first) % 7 + 1} days"


def spans_as_counts(text: str) -> str:
    """``text`` with clock spans as hours, weekday spans as days and weeks of weekdays as days."""
    if not _HOURS_SAID.search(text):
        text = _CLOCK.sub(_clock, text)  # not "Kirjasto on auki klo 10-18, me tehdään 20 h": the hours are said
    if not _DAYS_SAID.search(text):
        text = _DAY_RANGE.sub(_days, text)  # not "pe–su eli 3 päivää": the days are counted
    return _WEEKS_OF_WEEKDAYS.sub(lambda m: f"{int(_WEEK_COUNT.get(m.group(1).lower(), m.group(1))) * 5} days", text)
