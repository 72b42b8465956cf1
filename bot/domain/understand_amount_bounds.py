"""Amounts said as a bound or a spoken range, read last and always proposed: "maybe 40k, maximum 45k", "kolmesta neljään
tuhatta euroa", "kymmenestä kahteentoista tonniin", "15 pyörää, yksi maksaa noin 350 euroa"."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Callable

Read = Callable[[str], Decimal | None]

# a ceiling said before the figure: "maximum 45k", "máximo 110 000", "korkeintaan", "tops"
_CAP = re.compile(r"\b(?:max(?:imum|imo|imi)?|máximo|enintään|enintää|korkeintaan|korkeintaa|maksimissaan|enimmillään|at\s+most|tops)"
                  r"\b\s*:?\s*(?=\S)", re.IGNORECASE)
_ELATIVE = {"yhdestä": 1, "kahdesta": 2, "kahesta": 2, "kolmesta": 3, "neljästä": 4, "viidestä": 5, "viijestä": 5, "kuudesta": 6,
            "kuuesta": 6, "seitsemästä": 7, "seittemästä": 7, "kahdeksasta": 8, "kaheksasta": 8, "yhdeksästä": 9, "yheksästä": 9,
            "kymmenestä": 10}
_ILLATIVE = {"kahteen": 2, "kolmeen": 3, "neljään": 4, "viiteen": 5, "kuuteen": 6, "seitsemään": 7, "seittemään": 7,
             "kahdeksaan": 8, "kaheksaan": 8, "yhdeksään": 9, "yheksään": 9, "kymmeneen": 10, "yhteen": 1}
_ELATIVE.update({"yhdest": 1, "yhest": 1, "kahdest": 2, "kahest": 2, "kolmest": 3, "neljäst": 4, "viidest": 5, "viiest": 5,
                 "kuudest": 6, "kuuest": 6})  # spoken "kahest kolmee tonnii"
_ILLATIVE.update({"kahtee": 2, "kolmee": 3, "neljää": 4, "viitee": 5, "kuutee": 6})
_TEENS_FROM = {word + "toista": 10 + n for word, n in _ELATIVE.items() if n < 10}
_TEENS_TO = {word + "toista": 10 + n for word, n in _ILLATIVE.items() if n < 10}
_FROM = {**_ELATIVE, **_TEENS_FROM}
_TO = {**_ILLATIVE, **_TEENS_TO}
_SPOKEN_RANGE = re.compile(r"\b(" + "|".join(sorted(_FROM, key=len, reverse=True)) + r")\s+(" + "|".join(sorted(_TO, key=len, reverse=True))
                           + r")\s+(tuhatta|tuhanteen|tonniin|tonnia|tonnii|tuhannen|sataan|sataa|euroon|euroa)\b", re.IGNORECASE)
_UNIT = {"tuhatta": 1000, "tuhanteen": 1000, "tonniin": 1000, "tonnia": 1000, "tonnii": 1000, "tuhannen": 1000, "sataan": 100,
         "sataa": 100, "euroon": 1, "euroa": 1}
# "15 pyörää, yksi maksaa noin 350 euroa", "10 bikes, one costs 350 €": a count, then the price of one
_ONE_COSTS = re.compile(r"^\D{0,40}?\b(\d{1,4})\s*(?:kpl\b|[a-zäöå]{3,}\w*)\s*,?\s*(?:ja\s+|and\s+)?(?:yksi|yks|one|each|kappale|kpl)\s+"
                        r"(?:maksaa|maksais|costs?|hinta\s+on|hinta|is(?=\s+(?:around|about|roughly|approx\w*|\d))|on(?=\s+(?:noin|n\.|\d)))\s+(.+)$",
                        re.IGNORECASE)
_ONE_FREE = re.compile(r"\b(?:toinen|toiset|muut|the\s+other|others|ilmai\w*|free|gratis)\b", re.IGNORECASE)


# "85 €/m2 and the floor is 140 m2", "lattia 60 neliötä, 45 e/neliö": a price per square metre and the area
_PER_AREA = re.compile(r"(\d[\d\s.,]*?)\s*(?:€|e|eur\w*|euro\w*)\s*(?:/\s*|per\s+|a\s+)(?:m2|m²|neliö\w*|sq\.?\s*m|square\s+met\w+)",
                       re.IGNORECASE)
_AREA = re.compile(r"(?<![\d/])(\d[\d\s]*?)\s*(?:m2|m²|neliö(?:tä|metriä)?|sq\.?\s*m|square\s+met\w+)\b(?!\s*[/€])", re.IGNORECASE)


def per_area(text: str, read: Read) -> tuple[Decimal, tuple[Decimal, Decimal]] | None:
    """A price per square metre times the one area said: (the product, (area, price))."""
    prices = _PER_AREA.findall(text)
    rest = _PER_AREA.sub(" ", text)
    areas = _AREA.findall(rest)
    if len(prices) != 1 or len(areas) != 1 or re.search(r"\d\s*(?:€|e\b|eur|euro|k€|t€|tonni)", _AREA.sub(" ", rest), re.IGNORECASE):
        return None  # "pellettikattila 8000 €, lattia 50 m2 á 40 €/m2": more costs than the floor
    price, area = read(prices[0] + " €"), read(areas[0])
    if price is None or area is None or not 0 < area <= 100000:
        return None
    return area * price, (area, price)


def cap_said(text: str, read: Read) -> Decimal | None:
    """The figure after "maximum" when it is the largest said ("maybe 40k, maximum 45k")."""
    caps = list(_CAP.finditer(text))
    if not caps:
        return None
    after = re.split(r"[,.;!?](?!\d)|\s+(?:but|mutta|ja|and)\s+", text[caps[-1].end():], maxsplit=1)[0]
    value = read(after)
    before = [read(piece) for piece in re.split(r"[,;]|\s+(?:or|tai|maybe|ehkä)\s+", text[:caps[-1].start()]) if piece.strip()]
    if value is None or any(b is not None and b > value for b in before):
        return None
    return value


_FLOOR = re.compile(r"\b(?:ainakin|ainaki|vähintään|vähintää|minimissään|at\s+least|min(?:imum)?)\b", re.IGNORECASE)


def floor_and_cap(text: str, read: Read) -> Decimal | None:
    """ "ainakin 15 000, korkeintaan 20 000": a floor and a cap said, the cap (never the two added)."""
    return cap_said(text, read) if _FLOOR.search(text) and _CAP.search(text) else None


# a share of a figure said: "puolet 20 000 eurosta", "half of the 8 000", "kolmasosa 30 000:sta"
_SHARE = re.compile(r"\b(puolet|puolikas|half(?:\s+of)?|hälften\s+av|kolmasosa|third\s+of|neljännes|quarter\s+of)\s+(?:siitä\s+|the\s+)?"
                    r"(?=\d)", re.IGNORECASE)
_SHARES = {"puolet": 2, "puolikas": 2, "half": 2, "hälften": 2, "kolmasosa": 3, "third": 3, "neljännes": 4, "quarter": 4}


def share_of(text: str, read: Read) -> tuple[Decimal, tuple[Decimal, Decimal]] | None:
    """The share said of the one figure after it: (the share, (the figure, the divisor))."""
    match = _SHARE.search(text)
    whole = read(text[match.end():]) if match else None
    if whole is None or len(re.findall(r"\d[\d\s.,]*", text)) != 1:
        return None
    divisor = Decimal(_SHARES[match.group(1).split()[0].lower()])
    return whole / divisor, (whole, divisor)


def spoken_range(text: str) -> Decimal | None:
    """The top of a range said in words: "kolmesta neljään tuhatta" is 4 000."""
    match = _SPOKEN_RANGE.search(text)
    if not match or re.match(r"\s*(?:kuussa|kuukaudessa|kk|/\s*kk|vuodessa|vuodes|a\s+month|per\s+month|a\s+year)\b", text[match.end():],
                                 re.IGNORECASE):
        return None  # "kolmest neljää tonnii kuussa": a month's figure, no total
    low, high = _FROM[match.group(1).lower()], _TO[match.group(2).lower()]
    return Decimal(high * _UNIT[match.group(3).lower()]) if high > low else None


def count_times_one(text: str, read: Read) -> tuple[Decimal, tuple[Decimal, Decimal]] | None:
    """A count of things, then what one costs: (the product, (count, price))."""
    match = _ONE_COSTS.match(" ".join(text.split())) if not _ONE_FREE.search(text) else None
    price = read(match.group(2)) if match else None
    if price is None or not 0 < price < 100000:
        return None
    count = Decimal(match.group(1))
    return (count * price, (count, price)) if 1 < count <= 1000 else None


__all__ = ["share_of", "cap_said", "count_times_one", "floor_and_cap", "per_area", "spoken_range"]
