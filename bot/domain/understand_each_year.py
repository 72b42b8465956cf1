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


# "kumpanakin vuonna", "both years" said inside the answer: each of two years
_BOTH_YEARS_INSIDE = re.compile(r",?\s*\b(?:kumpanakin\s+vuonna|kumpanaki\s+vuonna|molempina\s+vuosina|molempina\s+vuonna|"
                                r"both\s+years|in\s+both\s+years|each\s+of\s+the\s+two\s+years)\b,?", re.IGNORECASE)


def both_years_inside(text: str) -> str | None:
    """``text`` without a "both years" said inside it (the caller doubles what is left); None when none is said."""
    found = _BOTH_YEARS_INSIDE.search(text or "")
    if not found or not text[found.end():].strip(" .!"):
        return None  # said last: ``each_year`` reads it
    return (text[:found.start()] + ", " + text[found.end():]).strip(" ,")


# one of the family added to a count: "kolme äitii ja mun sisko", "4 dads and my brother"
_AND_MY_ONE = re.compile(r"\b(?P<n>\d{1,2})\s+(?P<who>[a-zäö]+)\s+(?:ja|and|\+|&)\s+(?:mun|minun|my)\s+(?:sisko|siskoni|veli|veljeni|mies|"
                         r"mieheni|vaimo|vaimoni|äiti|äitini|isä|isäni|kaveri|kaverini|sister|brother|husband|wife|mum|mom|dad|friend)\b",
                         re.IGNORECASE)


def one_more_of_family(said: str) -> str | None:
    """``said`` (prepared) with "N people and my sister" as N + 1 people; None when it says no such thing."""
    found = _AND_MY_ONE.search(said or "")
    if not found:
        return None
    return f"{said[:found.start()]}{int(found.group('n')) + 1} {found.group('who')}{said[found.end():]}"


# children under 15 in a sentence of their own: "My small boys … dem be under 15 so no count dem", "The kids are under 15
# so they don't count", "my two daughters help too but they are 9 and 12 so no count"
_KIDS_WORD = re.compile(r"\b(?:kids?|children|child|boys|girls|daughters?|sons?|bro|brother|sister|grandchildren|grandkids|lapset|lapsia|"
                        r"lapsenlapset|lapsenlapsia|pojat|tytöt|koululaiset|muksut|skidit)\b", re.IGNORECASE)
_NOT_COUNTED = re.compile(r"\b(?:under\s*15|alle\s*15|alle\s+viis(?:i)?toista\w*|(?:no|not|don'?t|doesn'?t)\s+count\w*|not\s+counting|"
                          r"(?:ei|ee)\s+(?:kai\s+)?(?:lasketa|laskettu)|jätä\s+pois|(?:[1-9]|1[0-4])\s+(?:and|&|ja)\s+(?:[1-9]|1[0-4])\b)",
                          re.IGNORECASE)


def without_kids_sentence(text: str) -> str | None:
    """``text`` without its sentences about children under 15 who do not count; None when there is none or nothing else."""
    parts = re.split(r"(?<=[.!?;])\s+|\s*\n\s*", text or "")
    kept = [p for p in parts if not (_KIDS_WORD.search(p) and _NOT_COUNTED.search(p) and not re.search(
        r"\b(?:adults?|aikuis\w*)\s*:?\s*\d", p, re.IGNORECASE))]
    dropped = [p for p in parts if p not in kept]
    if len(kept) == len(parts) or not kept or any(re.search(r"\b(?:niistä|heistä|of\s+them|of\s+those)\b", p, re.IGNORECASE)
                                                  for p in dropped):
        return None  # "… Mutta 2 niistä on lapsia alle 15": some of those counted, read by ``some_are_children``
    return " ".join(kept)
