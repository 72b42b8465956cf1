"""The last proposal for an amount: the figure an advisor would take once each figure has its role
(``understand_amount_figures``), always proposed so the person sees it before it is saved.

"trip for 8 persons, around 9000 eur" (the one euro figure), "kuusi kertaa 500 euroa" (6 × 500), "50 euroo kerta,
kertoja noin 40" (50 × 40), "viisisataa... ee ku kaheksansataa" (the one said last), "kolomesataa kuukauvessa, kahen
vuojen ajalta siis 7 200" (the result said), "kymmenen, kakstoista tonnia" (the upper), "38 000 ja siitä talkoo on
6 000" (the whole), "4 800 € ja 5 300 €, edullisemman" (the cheaper), "satula 1200e ja kypärät 10kpl á 60e" (the lines).
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import NamedTuple

from .number_text import NOT_SURE, prepare
from .understand_amount_figures import PEOPLE, PIECES, TIMES_WORD, Figure, Read, count_per, figures, price_unit, same_unit, unit

_W = r"(?<![\w-])"
_E = r"(?![\w-])"
_UNDECIDED = re.compile(r"\?|riippu|kruunu\w*|kronor|krona|\bsek\b|\bnok\b|depend|\bjoko\b|either|\bvai\b|\bidk\b|"
                        r"en\s+(?:tiedä|tiiä|tiä|muista)|don'?t\s+know|enemmänki|or\s+more|ainakin|at\s+least|vähintään|\bmax\w*|"
                        r"enintään|haetaan|we\s+apply|apply\s+for|tuki\w*|grant\b|avustus\w*", re.IGNORECASE)
# a floor, a rate with no count, a figure held or not yet known: asked, not proposed
_NOT_THE_COST = re.compile(_W + r"(?:more|mera|enemmän\w*|yli|over|above|alle|under|below|vajaa|less\s+than|more\s+than|"
                           r"jotain\s+pientä|sama|same|muutama\w*|några|few|several|kuukau\w*|kuussa|kuus|kk|month\w*|vuodessa|"
                           r"vuosittain|yearly|per\s+year|a\s+year|viikossa|weekly|tunni\w*|tunti\w*|hour\w*|päivä\w*|daily|kohti|"
                           r"kohden|per|each|hlö|henkeä|head|saved|bank|account|kitty|tilillä|tilil|kassassa|own\s+money|"
                           r"omaa\s+rahaa|omarah\w*|not\s+yet|en\s+ole|ei\s+ole|ei\s+oo|haven'?t|waiting|odotan|odotetaan|ootetaan|"
                           r"will\s+(?:count|check|see)|we'?ll\s+see|katsotaan|nähdään|chosen|valitsee|päättää|decide\w*)" + _E +
                           r"|\$|£|dollar|pound|päälle\s*$|\+\s*(?:[a-zäö][^\d+]*)?$|"
                           + _W + r"(?:plus|lisäks\w*|ja|and|och|sekä)\s+[a-zäö][^\d]*$", re.IGNORECASE)  # "3000 € ja lisäks tarvikkeet"
_OR = re.compile(_W + r"(?:tai|or|eller)" + _E, re.IGNORECASE)
_PAST = re.compile(_W + r"(?:viime\w*|edelli\w*|aiemm\w*|last|previous\w*|old|vanha\w*|vuonna|in\s+(?:19|20)\d\d|"
                   r"(?:19|20)\d\d\s+(?:one|version)|uute\w*|uutena|new\s+one|brand\s+new|ois|olisi|would\s+be)" + _E, re.IGNORECASE)
_PUT_RIGHT = re.compile(_W + r"(?:ei\s*ku\w*|eiku|ee\s*ku|ei\s+vaan?|ei\s+va[au]n|no\s+wait|sorry|i\s+mean|korjaan|korjaus|"
                        r"let\s+me\s+correct|correction|oops|tarkalleen|tarkemmin|exactly|precisely|laitetaa\w*|pannaan|"
                        r"call\s+it|let'?s\s+say|sanotaan|ääh|äh|ei\s+vaiskaan|eller\s+nej|beg\s+your\s+pardon|no\s+actually|"
                        r"actually|itse\s+asiassa|pyöristä\w*|pyäristä\w*|round\w*\s+(?:it\s+)?up)" + _E + r"|" + _W + r"(?:no|ei|nej|nei)\s*,"
                        r"|(?<=\s)\*(?=\d)", re.IGNORECASE)
_FIRST = re.compile(_W + r"(?:ensin|first|alun\s+perin|originally|ajattelin|i\s+thought|we\s+thought)" + _E, re.IGNORECASE)
_THEN = re.compile(_W + r"(?:mut|mutta|but|now|nyt|niin|so)" + _E, re.IGNORECASE)
_RESULT = re.compile(_W + r"(?:eli|siis|so|which\s+makes|that\s+makes|makes|mikä\s+tekee|tekee|tekis|becomes|tulee|kokonaisuus|"
                     r"koko\s+hanke|koko\s+budjetti|total|totalt|yhteensä|kaikkiaan|in\s+all|all\s+in)" + _E + r"|->|=>|=|→",
                     re.IGNORECASE)
_PART_OF = re.compile(_W + r"(?:siitä|siit|siinä|josta|joista|of\s+which|of\s+that|of\s+it|including|incl|sis\w*|mukana|"
                      r"included)" + _E + r"(?!\.?\s*(?:alv|vat|moms|arvonlis))", re.IGNORECASE)
_HELD_OR_IF = re.compile(_W + r"(?:saved|säästössä|tilillä|tilil|kassassa|in\s+the\s+bank|account|kitty|jos|if|unless|mikäli|"
                         r"haettava\w*|omaa\s+rahaa|own\s+money|omarahoitu\w*|myöhemmin|later|ensi\s+vuonna|next\s+year)" + _E,
                         re.IGNORECASE)
_PICKED = re.compile(_W + r"(?:picked|chose|chosen|went\s+with|valittiin|valitsimme|päätettiin|päätimme|otettiin|otimme)" + _E,
                     re.IGNORECASE)
_CHEAP = re.compile(r"halve\w*|halvi\w*|edullise\w*|edullisi\w*|cheaper|cheapest|lower\s+(?:one|of)", re.IGNORECASE)
_DEAR = re.compile(r"kalliimm\w*|kallei\w*|more\s+expensive|dearer|higher\s+(?:one|of)", re.IGNORECASE)
_RANGE_GAP = re.compile(r"^\s*(?:[-–—]|,|to|and|ja|och|till)?\s*(?:ehkä|maybe|kanske|perhaps|noin|about|jopa)?\s*$", re.IGNORECASE)
_NOT_A_RANGE = re.compile(r"\?|" + _W + r"(?:tai|or|eller|more|enemmän\w*|enemp\w*|ennem\w*|mera|yli|over|plus)" + _E, re.IGNORECASE)
_HEDGE = re.compile(_W + r"(?:ehkä|maybe|kanske|perhaps)" + _E, re.IGNORECASE)
_PERIODS = ("month", "week", "year", "day")
_WHOLE = re.compile(_W + r"(?:koko|whole|total|yhteensä|kaikkiaan|in\s+all|altogether)" + _E, re.IGNORECASE)
_FOR_EACH = re.compile(_W + r"(?:kummallekin|kullekin|jokaiselle|molemmille|each\s+of|both|for\s+each)" + _E, re.IGNORECASE)
_BETWEEN = re.compile(r"between|välillä|välil|mellan", re.IGNORECASE)
_PIECE = re.compile(r"\s*(?:[,;]|\s\+\s|" + _W + r"(?:ja|and|och|sekä|plus)" + _E + r")\s*", re.IGNORECASE)
_FLAT_RATE = re.compile(r"flat\s*rate|päälle|on\s+top|lisäksi", re.IGNORECASE)
_TWO_VIEWS = re.compile(_W + r"(?:tarjou\w*|quot\w*|offer\w*|vaihtoeh\w*|option\w*|arvio\w*|estimate\w*|esitti|proposed|sanoisin|"
                        r"sano|said|says|puhu\w*|mielestä|thinks?|alv\w*|vat|moms|arvonlis\w*|verollis\w*|kunta\w*|municipality|"
                        r"council|antaa|gives|lupas\w*|promised|naapuri\w*|neighbo\w*|ol|oli|was|if|jos|rahoitu\w*|haettav\w*|haetaan|osuu\w*|"
                        r"tulot|tuloja|tulona|tulo|alennu\w*|myönn\w*|kokonais\w*|[\w-]*malli\w*|versio\w*|diy|contractor|urakoitsija\w*|asennettu\w*|itse|ostettu\w*|netto|brutto|maksoi|"
                        r"nykyi\w*|uusi|uuden|new|old|myöhemmin|later|ensi|funding|income|discount|model|variant|share)" + _E, re.IGNORECASE)


class Meant(NamedTuple):
    """The figure meant, with the working shown beside it: the lines added, or the counts and the price multiplied."""
    value: Decimal
    parts: tuple[Decimal, ...] | None = None
    factors: tuple[Decimal, ...] | None = None


def meant_figure(text: str, read: Read, hours_said: bool = False) -> Meant | None:
    """The figure meant as a ``Meant`` (see ``meant_value``)."""
    value = meant_value(text, read, hours_said)
    return value if value is None or isinstance(value, Meant) else Meant(value)


def meant_value(text: str, read: Read, hours_said: bool = False) -> Decimal | Meant | None:
    """The euros an advisor would take from an answer the other readers left to a question; None when unclear. With
    ``hours_said``, only a price for an hour times the hours ("sähkömiäs ottaa tunnilt 55 e ja arvio o 40 tuntii")."""
    said = prepare(re.sub(r"(\d|€|\be|tonni\w*)\s+kuus(?=\s*(?:[,.;]|$))", r"\1 kuussa", text or ""))  # "tonni kuus": a month
    said = re.sub(r"\s*\([^()\d]*\)", " ", said)  # "3 200 (quote from jarkkos firm)": a remark
    if len(said) > 300:
        return None
    figs = [f for f in figures(said, read) if f.role != "year"]
    if hours_said:
        price = [f for f in figs if f.role == "euros"]
        hourly = len(price) == 1 and price_unit(said, price[0]) == "hour" and not _UNDECIDED.search(said)
        return _product(said, figs) if hourly else None
    corrected = _corrected(said, figs)
    if corrected is not None:
        return corrected
    money = [f for f in figs if f.role == "euros" or f.role == "bare" and f.value >= 100]
    ranged = _range(said, money) if len(money) == 2 and not _NOT_A_RANGE.search(said) else None
    if ranged is not None and (not _HEDGE.search(said) or not (_UNDECIDED.search(said) or NOT_SURE.search(said)
                                                                 or _NOT_THE_COST.search(said))):
        return ranged  # "laituri seittemän kahdeksan tuhatta riippuu puutavarasta": the range was the doubt
    if _UNDECIDED.search(said) or NOT_SURE.search(said):
        return None
    shares = [f for f in figs if f.role == "share"]
    if shares:
        return _flat_rate(said, money, shares)
    product = _product(said, figs)
    if product is not None:
        return product
    if len(money) >= 2:
        return _among(said, money) or _pieces(said, money, read)
    if len(money) != 1 or _OR.search(said) or _NOT_THE_COST.search(said) or money[0].value < 100 or _PAST.search(said) \
            or price_unit(said, money[0]) is not None:
        return None  # "machine rental 150 €/hour", "the old one cost 6 000", "kaksi tai kolme kymppitonnia": not this cost
    after = re.match(r"\s*([a-zäö]{3,})", said[money[0].end:])
    if any(f.role == "bare" or unit(f.noun) in _PERIODS and not _WHOLE.search(said) or after and same_unit(unit(f.noun), unit(after.group(1)))
           for f in figs if f is not money[0]):
        return None  # "uusia venepaikkoja 14, paikka maksaa 1 200 €", "40 000 € 2 vuotta": a count that may multiply it
    return money[0].value if money[0].role == "euros" or money[0].value >= 1000 else None


def corrected_figure(text: str) -> Decimal | None:
    """The figure said after the last correction, any unit ("Talkoot 450 tuntia ei kun 550", "100 h *150h"); for the
    hours reader, which has no reader of its own for a correction after its figure."""
    said = prepare(text or "")
    return _corrected(said, figures(said, lambda part: None)) if len(said) <= 300 else None


def _corrected(said: str, figs: list[Figure]) -> Decimal | None:
    """The first figure after the last correction that has a figure on each side ("48 000... ei, 51 500 koska …")."""
    marks = list(_PUT_RIGHT.finditer(said))
    first = _FIRST.search(said)
    if first:
        marks += [m for m in _THEN.finditer(said, first.end())]
    said_figs = [f for f in figs if f.role in ("euros", "bare", "count")]
    for mark in sorted(marks, key=lambda m: -m.start()):
        before = [f for f in said_figs if f.end <= mark.start()]
        after = [f for f in said_figs if f.start >= mark.end()]
        if not before or not after:
            continue
        rest = said[after[0].end:]
        if len(after) > 1 and re.match(r"[^\d]*?(?:\+|;|" + _W + r"(?:plus|lisäksi|lisäks|and|ja|more)" + _E + r")", rest) \
                and not re.match(r"[^\d]*?" + _W + r"(?:kun|ku|ko|koska|because|since|as)" + _E, rest):
            return None  # "sanotaan 250 plus se venevajan katto 50", "260; and 20 more": more is added after it, asked
        if price_unit(said, after[0]) is not None or TIMES_WORD.match(said[after[0].end:after[0].end + 8]):
            return None  # "3000 e? ei, se on 500 e per hlö, 6 hlö": the correction is a price, asked
        value = after[0].value
        if value < 1000 and not after[0].scaled and any(f.scaled for f in before) and after[0].role == "bare":
            value *= 1000  # "neljäkymmentäviis tuhatta, vai oliko se …, no sanotaan 48"
        return value if after[0].role == "euros" or value >= 100 else None
    return None


def _range(said: str, money: list[Figure]) -> Decimal | None:
    """The upper of two figures said as a range ("11-12 tusen", "between 150 000 and 165 000")."""
    before, last = money
    gap = re.sub(r"€|eur\w*|euro\w*|\be\b", " ", said[before.end:last.start])
    if _RANGE_GAP.match(gap) and before.value < last.value <= before.value * 3 and (
            not re.search(_W + r"(?:ja|and|och)" + _E, gap) or _BETWEEN.search(said[:before.start])):
        return last.value
    return None


def _flat_rate(said: str, money: list[Figure], shares: list[Figure]) -> Decimal | None:
    """Salaries with the flat rate on top ("palkat 30 000 ja siihen se 40 % flat rate päälle": 42 000)."""
    if len(shares) != 1 or not 0 < shares[0].value <= 40 or not _FLAT_RATE.search(said):
        return None
    whole = money[0].value + money[0].value * shares[0].value / 100 if money else None
    if len(money) == 2 and whole == money[1].value:
        return whole  # "flat rate 40 % on top of the salaries of 80 000, it is 112 000 in total": the figures agree
    return whole if len(money) == 1 else None


def _among(said: str, money: list[Figure]) -> Decimal | None:
    """The one of several euro figures an advisor would take: the result said, the whole with its part, the cheaper."""
    last, before = money[-1], money[-2]
    between = said[before.end:last.start]
    if _HELD_OR_IF.search(said):
        return None  # "We have 2 000 saved, so 8 000 is needed", "tulee 5 500 € jos asennus mukana": asked
    if _RESULT.search(between) and last.value >= max(f.value for f in money[:-1]):
        if "+" in said[:last.start] and sum(f.value for f in money[:-1]) != last.value:
            return None  # "laitteet 1200 + remppa 3000 = 4500": which one is right? asked
        return last.value  # "… kahen vuojen ajalta siis 7 200", "→ 32k"
    if len(money) == 2 and not _OR.search(said) and not _PICKED.search(said) and (_CHEAP.search(said) or _DEAR.search(said)):
        return min(before.value, last.value) if _CHEAP.search(said) else max(before.value, last.value)  # "… edullisemman"
    if _OR.search(said) or _PAST.search(said) or _NOT_THE_COST.search(said) or len(money) != 2:
        return None
    if (_PART_OF.search(between) or _PART_OF.match(said[last.end:last.end + 14].strip())) and before.value > last.value:
        return before.value  # "38 000 ja siitä talkoo on 6 000", "38k, but like 5k of that is talkoot"
    return None


def _pieces(said: str, money: list[Figure], read: Read) -> Meant | None:
    """Cost lines added up, each one figure or a price times its count ("satula 1200e ja kypärät 10kpl á 60e")."""
    body = said[:money[-1].end]  # not "… niin siitä se summa tulee", "ne ois ne hankinnat"
    if _OR.search(said) or _PAST.search(body) or _NOT_THE_COST.search(said) or _TWO_VIEWS.search(body) or _PART_OF.search(body) \
            or _HELD_OR_IF.search(said):
        return None
    pieces = [p for p in _PIECE.split(said[:money[-1].end]) if re.search(r"\d", p)]
    if len(pieces) == 2 and not re.search(r"\s\+\s|" + _W + r"(?:ja|and|och|sekä|plus)" + _E, said[money[0].end:money[1].start]) \
            and not any(len(figures(p, read)) > 1 for p in pieces):
        return None  # "Kota 9000 €, asennettuna 11 000 €", "Kustannukset 10 000, Leader 7 000": two views, asked
    total, parts = Decimal(0), []
    for piece in pieces:
        figs = figures(piece, read)
        worth = [f for f in figs if f.role == "euros" or f.role == "bare" and f.value >= 100]
        made = _product(piece, figs) if len(figs) > 1 else None
        value = made.value if made else None if len(figs) > 1 else (worth[0].value if worth else None)
        if value is None or not re.search(r"[a-zäöå]{2,}", re.sub(r"\d\S*|€|eur\w*|euro\w*", " ", piece), re.IGNORECASE):
            return None  # a figure no word explains, or a piece that is not one cost
        total, parts = total + value, [*parts, value]
    return Meant(total, parts=tuple(parts)) if len(parts) >= 2 else None


def _product(said: str, figs: list[Figure]) -> Meant | None:
    """A price for one thing times how many ("kuusi kertaa 500 euroa", "50 euroo kerta, kertoja 40", "40 e/h, 2 h viikos,
    20 viikkoo")."""
    prices = [f for f in figs if f.role == "euros"] or [f for f in figs if f.role == "bare" and f.value >= 100]
    if len(prices) != 1:
        return None
    price = prices[0]
    counts = [f for f in figs if f is not price and (f.role == "count" or f.role == "bare" and f.value < 100)
              and f.value == f.value.to_integral()]
    if not counts or len(counts) > 3 or len(figs) != len(counts) + 1:
        return None
    times = [c for c in counts if TIMES_WORD.match(said[c.end:price.start]) or TIMES_WORD.match(said[price.end:c.start])]
    if len(times) == 1:
        rest = [c for c in counts if c is not times[0] and c.value != times[0].value]
        return Meant(price.value * times[0].value, factors=(times[0].value, price.value)) if not rest else None  # "3 times 1 150 €"
    one = [c for c in counts if c.value == 1 and 0 <= c.start - price.end <= 3]
    per = unit(one[0].noun) if one else price_unit(said, price)
    counts = [c for c in counts if not one or c is not one[0]]
    if price.role != "euros" and per != "" or per is None or not counts or _FOR_EACH.search(said) or any(_HEDGE.search(said[max(0, c.start - 8):c.start]) for c in counts):
        return None
    if any(re.fullmatch(r"\s*[-–—]\s*", said[a.end:b.start]) for a, b in zip(figs, figs[1:])):
        return None  # "10–12 kertaa", "20–25 henkeä": a range of counts, asked
    people_ok = per in ("", "night", "day") or bool(PEOPLE.match(per))
    fits = lambda c: PIECES.match(c.noun) or PEOPLE.match(c.noun) and people_ok  # noqa: E731
    if per and any(c.noun and not same_unit(unit(c.noun), per) and not fits(c) and not count_per(said, c)
                   and c.role == "count" for c in counts) and not any(same_unit(unit(c.noun), per) for c in counts):
        return None  # "Tulkki 90 € tunti, 2 päivää", "Lisenssi 300 € vuodessa, 5 käyttäjää": not what the price is for
    allowed = [per] if per else []
    for count in counts:  # "40 e/h, 2 h viikos, 20 viikkoo": the hours are given a week, the weeks counted
        if any(same_unit(unit(count.noun), a) for a in allowed) and count_per(said, count):
            allowed.append(count_per(said, count))
    if any(count_per(said, c) and not any(same_unit(unit(o.noun), count_per(said, c)) for o in counts) for c in counts):
        return None  # "ohjaaja 35 €/h, 3 h päivässä": how many days is not said
    if len(counts) > 1 and not all(any(same_unit(unit(c.noun), a) for a in allowed) or fits(c) or c.role == "bare" for c in counts):
        return None  # "450 € kappale … 40 vuotta vanhoja": not every figure counts what the price is for
    total = price.value
    for count in counts:
        total *= count.value
    return Meant(total, factors=(*(c.value for c in counts), price.value))
