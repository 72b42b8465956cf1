"""A day of the month written as an ordinal word ("tammikuun kahestoista päivä", "the twelfth of March") as digits."""

from __future__ import annotations

import calendar
import re
from datetime import date

from .number_text import EN_WEEKDAYS, FI_WEEKDAYS

_FI_STEMS = {  # nominative, essive ("kahdentenatoista") and spoken forms of 1-10
    1: ("ensimmäinen", "ensimmäisenä"), 2: ("toinen", "toisena"),
    3: ("kolmas", "kolmantena"), 4: ("neljäs", "neljäntenä"), 5: ("viides", "viidentenä", "viies", "viijes"),
    6: ("kuudes", "kuudentena", "kuues", "kuujes"),
    7: ("seitsemäs", "seitsemäntenä", "seittemäs"), 8: ("kahdeksas", "kahdeksantena", "kaheksas"),
    9: ("yhdeksäs", "yhdeksäntenä", "yheksäs"), 10: ("kymmenes", "kymmenentenä"),
}
_FI_TEENS = {1: ("yhdes", "yhdennen", "yhdentenä"), 2: ("kahdes", "kahes", "kahdennen", "kahdentena"), 3: ("kolmas", "kolmannen", "kolmantena"),
             4: ("neljäs", "neljännen", "neljäntenä"), 5: ("viides", "viijes", "viies", "viidennen", "viidentenä"),
             6: ("kuudes", "kuujes", "kuues", "kuudennen", "kuudentena"),
             7: ("seitsemäs", "seitsemännen", "seitsemäntenä"), 8: ("kahdeksas", "kaheksas", "kahdeksannen", "kahdeksantena"),
             9: ("yhdeksäs", "yheksäs", "yhdeksännen", "yhdeksäntenä")}
_EN = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
       "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
       "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30}
_EN_UNITS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9}


def _table() -> dict[str, int]:
    table = {form: n for n, forms in _FI_STEMS.items() for form in forms}
    for n, forms in _FI_TEENS.items():
        for form in forms:
            table[form + "toista"] = 10 + n
            table[form + "atoista"] = 10 + n  # "kahdentenatoista"
    for form in ("kahdeskymmenes", "kahdennenkymmenennen", "kahdentenakymmenentenä"):
        table[form] = 20
    for n, forms in _FI_STEMS.items():  # "kahdeskymmenestoinen", "kahdentenakymmenentenäkolmantena": 21-29
        for form in forms if n < 10 else ():
            table["kahdeskymmenes" + form] = table["kahreskymmenes" + form] = 20 + n
            table["kahdentenakymmenentenä" + form] = 20 + n
    table.update({"kahdeskymmenesensimmäinen": 21, "kahdeskymmenesyhdes": 21, "kahreskymmenesyhdes": 21, "kolmaskymmenes": 30, "kolmaskymmenesensimmäinen": 31,
                  "kolmantenakymmenentenä": 30, "kolmantenakymmenentenäensimmäisenä": 31})
    for n, forms in _FI_STEMS.items():  # spoken "kakskytä kaheksas", "kakskytkaheksas", "kahdeskymmenes kahdeksas": 21-29
        for form in forms if n < 10 else ():
            for tens in ("kakskyt", "kakskytä", "kahdeskymmenes", "kahreskymmenes"):
                table.setdefault(tens + form, 20 + n)
                table[f"{tens} {form}"] = 20 + n
    for tens in ("kolmekyt", "kolmekytä", "kolkyt", "kolkytä", "kolmaskymmenes"):
        table.setdefault(tens + "ensimmäinen", 31)
        table[f"{tens} ensimmäinen"] = 31
    table.update(_EN)
    table.update({f"{tens}-{unit}": base + n for tens, base in (("twenty", 20), ("thirty", 30))
                  for unit, n in _EN_UNITS.items() if base + n <= 31})
    table.update({f"{tens} {unit}": base + n for tens, base in (("twenty", 20), ("thirty", 30))
                  for unit, n in _EN_UNITS.items() if base + n <= 31})
    return table


_TABLE = _table()


def ordinal_words() -> frozenset[str]:
    """The single words read as a day of the month ("kahdeskymmenestoinen")."""
    return frozenset(word for word in _TABLE if " " not in word)


_WORD = re.compile(r"\b(" + "|".join(sorted(map(re.escape, _TABLE), key=len, reverse=True)) + r")\b")
_EN_MONTH = r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
_DAY_AFTER = re.compile(r"^\s+(?:päivä\w*|pv\b|day\b)|^\s+of\s+" + _EN_MONTH + r"\b")


# Finnish month stems in order (also the date reader's)
FI_MONTHS = ("tammi", "helmi", "maalis", "huhti", "touko", "kesä", "heinä", "elo", "syys", "loka", "marras", "joulu")
# a month's name as it starts in Finnish or English ("maaliskuussa", "March", "feb")
MONTH_STEM = r"(?:" + "|".join(FI_MONTHS) + r"|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
_FI_MONTH_ORDINAL = re.compile(r"\b(" + "|".join(FI_MONTHS) + r")kuun\s+(" + "|".join(sorted(map(re.escape, _TABLE), key=len, reverse=True))
                               + r")\b(?:\s+päivä\w*)?(?=\s*$|\s*[,.;:!?)]|\s+\d{4}|\s+(?:vuonna|vuoden|alkaen|asti|mennessä|lähtien|"
                                 r"saakka|klo|kello|aloitetaan|alkaa|päättyy|loppuu)\b)")


# "kolmas toukokuuta", "ensimmäisenä maaliskuuta": an ordinal day, then the month in the partitive
_FI_ORDINAL_MONTH = re.compile(r"\b(" + "|".join(sorted((w for w in _TABLE if re.fullmatch(r"[a-zäö]+(?: [a-zäö]+)?", w) and w not in _EN),
                                                        key=len, reverse=True))
                               + r")\s+(" + "|".join(FI_MONTHS) + r")kuuta\b")


def _cardinals() -> dict[str, int]:
    units = {"yksi": 1, "yks": 1, "kaksi": 2, "kaks": 2, "kolme": 3, "kolome": 3, "neljä": 4, "viisi": 5, "viis": 5, "kuusi": 6,
             "kuus": 6, "seitsemän": 7, "seittemän": 7, "kahdeksan": 8, "kaheksan": 8, "yhdeksän": 9, "yheksän": 9}
    table = dict(units)
    table.update({"kymmenen": 10, "kymmene": 10})
    table.update({word + "toista": 10 + n for word, n in units.items()})
    for tens in ("kaksikymmentä", "kakskymmentä", "kakskyt", "kakskytä"):
        table[tens] = 20
        table.update({tens + word: 20 + n for word, n in units.items()})
        table.update({f"{tens} {word}": 20 + n for word, n in units.items()})
    for tens in ("kolmekymmentä", "kolkyt", "kolmekyt"):
        table[tens] = 30
        table.update({tens + word: 31 for word in ("yksi", "yks")})
    return table


_CARDINAL_DAYS = _cardinals()
# "viistoista päivä maaliskuuta": a day said as a plain number, "päivä" and the month in the partitive
_FI_CARDINAL_DAY = re.compile(r"\b(" + "|".join(sorted(map(re.escape, _CARDINAL_DAYS), key=len, reverse=True))
                              + r")\s+päivä(?:nä)?\s+(" + "|".join(FI_MONTHS) + r")kuuta\b", re.IGNORECASE)


# "huhtikuun viimeinen (päivä)": the month's last day (not February's, which depends on the year)
_LAST_OF_MONTH = re.compile(r"\b(" + "|".join(m for m in FI_MONTHS if m != "helmi") + r")kuun\s+viimei\w*(?:\s+päivä\w*)?"
                            r"(?=\s*$|\s*[,.;:!?)]|\s+\d{4}|\s+(?:vuonna|vuoden|asti|mennessä|saakka)\b)")


_UNSETTLED = re.compile(r"\b(?:tai|or|vai|wait|whenever|jos|if|kun|when|ku|ko|loppuu|päättyy|ends?|until|till|asti|saakka|"
                        r"mennessä|by|eiku|sorry|anteeksi|tarkoitan|mean|maybe|ehkä|perhaps)\b|\s[-–]\s")


def _last_day(stem: str) -> int:
    """The month's last day; February is left out of ``_LAST_OF_MONTH``, so any year will do."""
    return calendar.monthrange(2027, FI_MONTHS.index(stem) + 1)[1]


def ordinal_days(text: str) -> str:
    """"tammikuun kahestoista päivä" as "tammikuun 12. päivä", "the twelfth of march" as "the 12. of march"; only
    beside a month or a day word ("maaliskuun ensimmäisenä maanantaina" and "first half" stay as they are)."""
    months = re.findall(r"(?:" + "|".join(FI_MONTHS) + r")kuu|\b" + _EN_MONTH + r"\b", text)
    if len(months) != 1 or _UNSETTLED.search(text):
        return text  # "toukokuun toinen, tai kolmas", "kesäkuun kahdestoista, loppuu syyskuun viimeinen": left to propose
    text = _LAST_OF_MONTH.sub(lambda m: f"{_last_day(m.group(1))}.{FI_MONTHS.index(m.group(1)) + 1}.", text)
    text = _FI_MONTH_ORDINAL.sub(lambda m: f"{_TABLE[m.group(2)]}.{FI_MONTHS.index(m.group(1)) + 1}.", text)  # "heinäkuun ensimmäinen"
    if not re.search(r"\b(?:ei|en|not|vaan|but|tai|or)\b|kymmenes\s+\w+\s+\w+kuuta", text):  # not "ei kolmas toukokuuta vaan neljäs"
        text = _FI_ORDINAL_MONTH.sub(lambda m: f"{_TABLE[m.group(1)]}.{FI_MONTHS.index(m.group(2)) + 1}.", text)  # "kolmas toukokuuta"
    text = _FI_CARDINAL_DAY.sub(lambda m: f"{_CARDINAL_DAYS[m.group(1).lower()]}.{FI_MONTHS.index(m.group(2).lower()) + 1}.", text)
    text = re.sub(r"\b(\d{1,2}\.\d{1,2})\.\s+(?:vuonna\s+|vuoden\s+|in\s+)?(\d{4})\b", r"\1.\2", text)  # "1.3. 2028": the year belongs to the date

    def digits(match: re.Match) -> str:
        before, after = text[:match.start()], text[match.end():]
        if re.match(r"\s+(?:tai|or|vai)\b", after) or re.search(r"\b(?:tai|or|vai)\s+$", before) or re.search(
                r"\s[-–]\s|\b(?:to|until|till)\b", after):
            return match.group(0)  # "the first or second of March": one of two days, left to the readers to propose
        en_month = re.search(_EN_MONTH + r"\s+(?:the\s+)?$", before) and not re.match(r"\s+(?:week|monday|tuesday|wednesday|"
                                                                                     r"thursday|friday|saturday|sunday|half|quarter|"
                                                                                     r"part|round|phase)", after)
        if en_month or _DAY_AFTER.match(after):
            return f"{_TABLE[match.group(1)]}" + ("." if _DAY_AFTER.match(after) and not en_month and "of" not in after[:5] else "")
        return match.group(0)
    return _WORD.sub(digits, text)


def has_ordinal(text: str) -> bool:
    """An ordinal word left in the text after ``ordinal_days`` ("maaliskuun toinen kokous", "the first or second")."""
    return bool(_WORD.search(text) or re.search(r"\bviimei\w*|\blast\b|\bvika\w*", text))


_NTH = {"ensimmäi": 1, "eka": 1, "toise": 2, "toinen": 2, "kolma": 3, "neljänte": 4, "neljäs": 4, "viimei": -1, "vika": -1, "first": 1, "second": 2, "third": 3,
        "fourth": 4, "last": -1, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
_NTH_WORD = r"(ensimmäi|eka|toise|toinen|kolma|neljänte|neljäs|viimei|vika)\w*"
_NTH_UNSURE = re.compile(r"\b(?:tai|or|vai|wait|whenever|eiku|sorry|anteeksi|tarkoitan|mean|maybe|ehkä|perhaps|possibly|jos|if|"
                         r"varmaan|kai|en|ei|emme|not|no|vaan|but|mutta|tiiä|tiedä|sure|decided|sovittu|päätetty|viime|last\s+year|"
                         r"kuten|same|as\s+in|every\s+year|joka\s+vuosi|jälkeen|after|before|ennen|week|viikko|viikon|day|päivä|"
                         r"to\s+last|toiseksi|vuonna|vuoden|year|ylensi|ylen)\b")
_NTH_WEEKDAY = re.compile(
    r"\b(" + "|".join(FI_MONTHS) + r")kuun\s+" + _NTH_WORD + r"\s+(" + "|".join(FI_WEEKDAYS) + r")\w*"
    r"|\b(first|second|third|fourth|last|1st|2nd|3rd|4th)\s+(" + "|".join(EN_WEEKDAYS) + r")\s+(?:of|in)\s+" + r"(" + _EN_MONTH[3:-1] + r")\b")


def nth_weekday(text: str, today: date) -> date | None:
    """"tammikuun ensimmäisenä maanantaina", "the last Saturday of August 2028": that day (the next such month when no
    year is said); None when the text names no such day or hedges ("tai", "or")."""
    matches = list(_NTH_WEEKDAY.finditer(text))
    if len(matches) != 1:
        return None  # none, or two ("alkaa maaliskuun ensimmäisenä maanantaina ja päättyy joulukuun viimeisenä perjantaina")
    match = matches[0]
    rest = text[:match.start()] + " " + text[match.end():]
    if _NTH_UNSURE.search(rest) or re.search(r"\bto\s*$", text[:match.start()]) \
            or re.search(r"\d", re.sub(r"(?<!\d)20\d\d(?!\d)", " ", rest)) or len(re.findall(r"(?<!\d)20\d\d(?!\d)", rest)) > 1 \
            or re.search(r"(?:" + "|".join(FI_MONTHS) + r")k|\b" + _EN_MONTH + r"\b", rest):
        return None  # a hedge, a negation, a day before or after it, another date or month: the other readers decide
    if match.group(1):
        month = FI_MONTHS.index(match.group(1)) + 1
        nth = next(count for stem, count in _NTH.items() if match.group(2).startswith(stem))
        weekday = next(i for i, day in enumerate(FI_WEEKDAYS) if match.group(3).startswith(day))
    else:
        month = [m.lower() for m in calendar.month_name].index(match.group(6))
        nth, weekday = _NTH[match.group(4)], EN_WEEKDAYS.index(match.group(5))
    years = re.findall(r"(?<!\d)(20\d\d)(?!\d)", text)
    if len(set(years)) > 1:
        return None
    year = int(years[0]) if years else (today.year if date(today.year, month, calendar.monthrange(today.year, month)[1]) >= today else today.year + 1)
    days = [day for day in range(1, calendar.monthrange(year, month)[1] + 1) if date(year, month, day).weekday() == weekday]
    value = date(year, month, days[nth - 1] if nth > 0 else days[-1])
    return value if value >= today or years else None
