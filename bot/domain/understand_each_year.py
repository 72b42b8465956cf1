"""Hours said for one year and then the years they repeat over: the product once a year × the years, proposed.

"joka syksy kuus talkoopäivää viis henkeä kuus tuntia ja se kahtena vuonna" (6 × 5 × 6 × 2), "2 talkoo days every
summer, 10 people 6 h, for 2 years" (2 × 10 × 6 × 2), "kevättalkoot 10 henkeä 5 tuntia joka vuosi, hanke kestää 2
vuotta". The part before the years is read by the hours reader given; this only finds the years and the yearly mark.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Callable

_COUNT = {"kaks": 2, "kaksi": 2, "kahtena": 2, "two": 2, "both": 2, "molempina": 2, "kumpanakin": 2, "kumpanaki": 2,
          "kolme": 3, "kolmena": 3, "three": 3}
_N = r"(?P<n>[23]|kaks|kaksi|kolme|two|three)"
# the years the yearly work repeats over, said after it
_YEARS = re.compile(
    r"[,.;]?\s*(?:(?:ja|and)\s+)?(?:(?:se|sama|tää|tämä|this|that|the\s+same)\s+)?"
    r"(?:(?P<w>kahtena|kolmena|molempina|kumpanaki?n?|both)\s+(?:vuonna|vuotena|vuosina|vuotena|years)|"
    r"(?:for\s+|over\s+)?" + _N + r"\s+(?:vuotta|vuoden\s+ajan|years?)(?:\s+(?:in\s+a\s+row|peräkkäin))?|"
    r"(?:hanke|projekti|the\s+project)\s+(?:kestää|lasts|runs(?:\s+for)?)\s+" + _N.replace("?P<n>", "?P<m>") + r"\s+(?:vuotta|years?))"
    r"\s*[.!]?\s*$", re.IGNORECASE)
# the work said to happen once a year: "joka syksy", "every summer", "vuodessa", "each year"
_YEARLY = re.compile(r"\b(?:joka\s+(?:vuosi|vuos|syksy|kevät|kesä|talvi)|(?:every|each)\s+(?:year|summer|autumn|fall|spring|winter)|"
                     r"vuodessa|vuosittain|a\s+year|per\s+year|yearly|annually|syksyisin|keväisin|kesäisin|talvisin)\b", re.IGNORECASE)
_BOTH = ("kahtena", "kolmena", "molempina", "kumpanakin", "kumpanaki", "kumpanakn", "both")


def each_year(text: str, read: Callable[[str], tuple[Decimal | None, tuple[Decimal, ...] | None]]
              ) -> tuple[Decimal, tuple[Decimal, ...]] | None:
    """(total, factors) when ``text`` is yearly hours then the years they repeat over; None otherwise."""
    years = _YEARS.search(text or "")
    if not years or len(text) > 300:
        return None
    word = (years.group("w") or years.group("n") or years.group("m") or "").lower()
    count = int(word) if word.isdigit() else _COUNT.get(word)
    if count is None or (word not in _BOTH and not _YEARLY.search(text[:years.start()])):
        return None  # "6 päivää, 5 henkeä, 6 tuntia, kaks vuotta": not said to happen each year
    rest = _YEARLY.sub(" ", text[:years.start()])
    value, factors = read(rest)
    if value is None or not factors or len(factors) < 2:
        return None
    return value * count, (*factors, Decimal(count))


# the same hours in each of a few seasons: "Kaks kesää, kumpanakin 100 tuntia", "3 summers, 80 hours each summer"
_EACH_SEASON = re.compile(r"^\W*(?P<n>\d{1,2})\s+(?:kesää|vuotta|syksyä|talvea|kevättä|kautta|summers|years|seasons|autumns)\s*,?\s*"
                          r"(?:(?:kumpanakin|kumpanaki|kukin|jokaisena|joka\s+kesä|each(?:\s+(?:summer|year|season))?|per\s+(?:summer|year|season))\s+)"
                          r"(?:noin\s+|about\s+|n\.\s*)?(?P<h>\d{1,4})\s*(?:h|t|tuntia|tuntii|hours?|hrs?)\W*$", re.IGNORECASE)
# people from each of several places: "Neljä tilaa, joka tilalta kaks ihmistä, …" -> "8 ihmistä, …"
_FROM_EACH = re.compile(r"(?P<n>\d{1,2})\s+[a-zäö]+\s*,?\s*(?:joka|jokaisesta|jokaiselta|kustakin|kultakin|from\s+each|per)\s+[a-zäö]+\s+"
                        r"(?P<m>\d{1,2})\s+(?P<unit>ihmistä|henkeä|henkee|hlö|hlöä|people|persons|volunteers)\b", re.IGNORECASE)


def each_season(said: str) -> tuple[Decimal, tuple[Decimal, ...]] | None:
    """(total, factors) for the same hours said for each of a few seasons or years; None otherwise."""
    found = _EACH_SEASON.match(said or "")
    if not found:
        return None
    n, h = Decimal(found.group("n")), Decimal(found.group("h"))
    return n * h, (n, h)


def people_from_each(said: str) -> str | None:
    """``said`` with people counted from each of several places as one count of people; None when it says no such thing."""
    found = _FROM_EACH.search(said or "")
    if not found:
        return None
    people = int(found.group("n")) * int(found.group("m"))
    return f"{said[:found.start()]}{people} {found.group('unit')}{said[found.end():]}"
