"""Periods people name instead of a date: seasons, quarters, weeks, the turn of the year, "in 3 months".

Each gives a proposal (``vague``) for the interview to confirm, never a silently accepted date.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

import holidays

from .number_text import EN_WEEKDAYS, FI_WEEKDAYS, spelled_numbers

MIN_YEAR, MAX_YEAR = 2000, 2100


@dataclass(frozen=True)
class DateReading:
    """A date read from text. ``vague``: a proposal to confirm; ``assumed``: the main thing filled in
    (``month_start``, ``month_end``, ``year_start``, ``year_end``, ``two_digit_year``, ``relative``,
    ``mid_month``); ``assumptions`` lists all of them."""

    value: date | None
    vague: bool = False
    assumed: str | None = None
    assumptions: tuple[str, ...] = ()
    placeholder: date | None = None  # no date said ("en tiedä vielä"): the date the bot offers to hold its place
    doubt: str | None = None  # "check": a clear date in a long or turning answer, proposed (understand_check)


NOT_UNDERSTOOD = DateReading(None)

def last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day) if MIN_YEAR <= year <= MAX_YEAR else None
    except ValueError:
        return None


# Season -> (first month, last month). Winter runs December-February.
_SEASONS = {"kevä": "spring", "kesä": "summer", "syks": "autumn", "talv": "winter",
            "spring": "spring", "summer": "summer", "autumn": "autumn", "fall": "autumn", "winter": "winter"}
_SEASON_MONTHS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "winter": (12, 2)}
_FI_SEASON = re.compile(r"(alku|loppu|keski|myöhäis|varhais)?(kevä|kesä|syks|syksy|talv|talvi)[a-zäö]*")
_NEXT = {"ensi", "next", "seuraava", "seuraavana", "seuraavan", "tuleva", "tulevana", "tulevan", "coming", "following"}
_AFTER_WORDS = {"jälkeen", "after", "jälkeisenä", "perään"}
_QUARTER = re.compile(
    r"\bq([1-4])\b|\b([1-4])\.\s*(?:neljännes\w*|vuosineljännes\w*|kvartaali\w*)|"
    r"\b(first|second|third|fourth|ensimmäi\w*|toi\w*|kolma\w*|neljä\w*)\s+(?:quarter|neljännes\w*|vuosineljännes\w*|kvartaali\w*)"
)
_QUARTER_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "ensimm": 1, "toi": 2, "kolma": 3, "neljä": 4}
_TURN = re.compile(r"\bvuoden\s*vaihte\w*|\bvuodenvaihte\w*|\bturn of the year\b|\bnew year\b|\buusi\s*vuosi\b|\buudenvuoden\b")
_YEAR_IN = re.compile(r"(?<!\d)(20\d\d|2100)(?!\d)")


def _vague(value: date, relative: bool) -> DateReading:
    return DateReading(value, vague=True, assumed="relative" if relative else None, assumptions=("relative",) if relative else ())


_WEEK = re.compile(r"\b(?:vko|viikko|viikolla|viikosta|viikkoon|viikon|week|wk)\.?\s*(\d{1,2})\b(?:\s*[/,.]?\s*(\d{4}))?")
_FROM_START = re.compile(r"\b(aloitu\w*|alotu\w*|alusta|alkamis\w*|hankkeen alu\w*|from the start|after the start|after starting|from start)\b")
_COUNT_WORDS = {"yhden": 1, "kahden": 2, "kahen": 2, "kolmen": 3, "neljän": 4, "viiden": 5, "kuuden": 6, "two": 2, "three": 3, "four": 4,
                "five": 5, "six": 6}
_AFTER = re.compile(
    r"\b(\d{1,2}|puolentoista|puolen|puoli|half a|a|one|two|three|four|five|six|yhden|kahden|kahen|kolmen|neljän|viiden|kuuden)?\s*"
    r"(kuukauden|kk|vuoden|viikon|months?|years?|weeks?|fortnight)\s*(?:päästä|kuluttua|from\s+(?:now|today)|tästä\s+päivästä)\b"
    r"|\bin\s+(?:about\s+|around\s+|roughly\s+)?(\d{1,2}|a|one|half a|two|three|four|five|six)\s+(months?|years?|weeks?)\b"
)


def week(text: str, role: str, today: date) -> DateReading | None:
    """``vko 10 2027``, ``week 10``: that week's Monday (start) or Sunday (end), as a proposal."""
    match = _WEEK.search(text)
    if not match:
        return None
    week = int(match.group(1))
    year_match = match.group(2) or next(iter(re.findall(r"\b(20\d\d|2100)\b", text)), None)
    year = int(year_match) if year_match else today.year
    if not MIN_YEAR <= year <= MAX_YEAR:
        return NOT_UNDERSTOOD  # "vko1 0001"
    try:
        value = date.fromisocalendar(year, week, 1 if role == "start" else 7)
        if not year_match and value <= today:
            value = date.fromisocalendar(year + 1, week, 1 if role == "start" else 7)
    except ValueError:
        return NOT_UNDERSTOOD
    return _vague(value, not year_match)


def after(text: str, today: date) -> DateReading | None:
    """``3 kuukauden päästä``, ``puolen vuoden päästä``, ``in 6 months``: a proposal counted from today
    (not counted from the project's start: ``2 vuoden päästä aloituksesta`` is left unread)."""
    match = _AFTER.search(text)
    if not match:
        return None
    if _FROM_START.search(text):
        return NOT_UNDERSTOOD
    count_text, unit = (match.group(1), match.group(2)) if match.group(2) else (match.group(3), match.group(4))
    count_text = count_text or "a"
    count = (0.5 if count_text in ("puolen", "puoli", "half a") else 1.5 if count_text == "puolentoista" else 1 if count_text in ("a", "one")
             else _COUNT_WORDS[count_text] if count_text in _COUNT_WORDS else int(count_text))
    if unit.startswith(("viiko", "week", "fortnight")):
        value = date.fromordinal(today.toordinal() + int(count * (14 if unit == "fortnight" else 7)))
    else:
        months = int(count * (12 if unit.startswith(("vuo", "year")) else 1))
        month_index = today.month - 1 + months
        year, month = today.year + month_index // 12, month_index % 12 + 1
        value = date(year, month, min(today.day, last_day(year, month)))
    if not MIN_YEAR <= value.year <= MAX_YEAR:
        return NOT_UNDERSTOOD
    return _vague(value, True)


_FROM_NOW = re.compile(r"\bfrom\s+(?:now|today)|tästä\s+päivästä|nyt(?:ta|tä)?\b|tänään|\btoday\b|\bnow\b")


def after_start(text: str, start: date) -> DateReading | None:
    """An end said as a time "from now" with no "now" in it ("kahen vuojen päästä", "vuoden päästä siitä", "in two
    years"), asked after the start: counted from the start, the day before the anniversary, as a proposal."""
    if _FROM_NOW.search(text):
        return None
    reading = after(text, start)
    return None if reading is None or reading.value is None else DateReading(reading.value - timedelta(days=1), vague=True)


def quarter(text: str, role: str, today: date) -> DateReading | None:
    """``Q2/2027``, ``2. neljännes 2027``, ``second quarter``: the quarter's first or last day, as a proposal."""
    match = _QUARTER.search(text)
    if not match:
        return None
    if match.group(3):
        number = next(n for stem, n in _QUARTER_WORDS.items() if match.group(3).startswith(stem))
    else:
        number = int(match.group(1) or match.group(2))
    year_match = _YEAR_IN.search(text)
    year = int(year_match.group(1)) if year_match else today.year
    first = 3 * number - 2
    if not year_match and date(year, first, 1) <= today:
        year += 1
    value = date(year, first, 1) if role == "start" else date(year, first + 2, last_day(year, first + 2))
    return _vague(value, not year_match)


_SOON = {"tänään": 0, "today": 0, "huomenna": 1, "tomorrow": 1, "ylihuomenna": 2}
_NEXT_WEEK = re.compile(r"\b(ensi viikolla|ensi viikon alussa|next week|early next week)\b")


def soon(text: str, today: date, role: str = "start") -> DateReading | None:
    """``huomenna``/``tomorrow`` (a date, said back as relative) and ``ensi viikolla`` (next Monday, a proposal)."""
    words = re.findall(r"[a-zäö]+", text)
    days = [_SOON[w] for w in words if w in _SOON]
    if len(set(days)) == 1 and len(words) <= 4:
        value = date.fromordinal(today.toordinal() + days[0])
        if {"ehkä", "maybe", "perhaps", "kenties", "vaikka"} & set(words):
            return _vague(value, True)
        return DateReading(value, assumed="relative", assumptions=("relative",))
    if _NEXT_WEEK.search(text):
        return _vague(date.fromordinal(today.toordinal() + 7 - today.weekday()), True)
    weekday = [_WEEKDAYS[w] for w in words if w in _WEEKDAYS]
    if role != "start" or len(weekday) != 1 or re.search(r"\d", text):
        return None
    clause = next(part for part in re.split(r"[,.;!?()]", text) if any(w in _WEEKDAYS for w in re.findall(r"[a-zäö]+", part)))
    said = re.findall(r"[a-zäö]+", clause)
    if not all(w in _WEEKDAYS or w in _WEEKDAY_FILLER or w in _WEEKDAY_SOFT for w in said) or _OTHER_TIME.search(text):
        return None
    ahead = (weekday[0] - today.weekday()) % 7 or 7  # "ensi maanantaina", "next monday": the coming one
    value = date.fromordinal(today.toordinal() + ahead)
    if len(said) < len(words) or set(said) & _WEEKDAY_SOFT:
        return _vague(value, True)  # "ens maanantaina jo jos saa", "next Monday, the hall is ready": a proposal
    return DateReading(value, assumed="relative", assumptions=("relative",))


# Beside a weekday these make it a wish to confirm: "vaikka jo ensi maanantaina, jos saa"
_WEEKDAY_SOFT = {"jos", "saa", "saadaan", "vaikka", "voitais", "voitaisiin", "voidaan", "voisimme", "voisi", "me", "aloittaa",
                 "aloittaisiin", "ehkä", "if", "possible", "could", "can", "maybe", "already", "hopefully", "toivottavasti"}
# Another time named anywhere in the answer: the weekday is not the whole story
_OTHER_TIME = re.compile(r"kuu|january|february|march|april|\bmay\b|june|july|august|september|october|november|december|"
                         r"kevä|kesä|syks|talv|spring|summer|autumn|\bfall\b|winter|viime|\blast\b|first|ensimmäi|\bjoka\b|every|"
                         r"viiko|\bweeks?\b|vuo|year|joulu|christmas|päätö|decision")


# Only these may stand beside a weekday ("aloitetaan jo ensi maanantaina", "next monday"); anything else (a month,
# a season, "viime", "first … of march") means another day, and the date readers or the bot's question decide.
_WEEKDAY_FILLER = {"ensi", "ens", "next", "tulevana", "tuleva", "coming", "this", "on", "jo", "heti", "aloitetaan", "alotetaan",
                   "alkaen", "from", "starting", "start", "we", "the", "aloitus", "alkaa", "lets", "let", "s", "begin"}
_WEEKDAYS = {
    **{w: 0 for w in ("maanantaina", "maanantai", "maanantaista", "monday", "mon")},
    **{w: 1 for w in ("tiistaina", "tiistai", "tiistaista", "tuesday", "tue")},
    **{w: 2 for w in ("keskiviikkona", "keskiviikko", "keskiviikosta", "wednesday", "wed")},
    **{w: 3 for w in ("torstaina", "torstai", "torstaista", "thursday", "thu")},
    **{w: 4 for w in ("perjantaina", "perjantai", "perjantaista", "friday", "fri")},
}


def turn_of_year(text: str, role: str, today: date) -> DateReading | None:
    """``vuodenvaihteessa``, ``turn of the year``: 1 January (start) or 31 December (end) next."""
    if not _TURN.search(text):
        return None
    year_match = _YEAR_IN.search(text)
    year = int(year_match.group(1)) if year_match else today.year
    return _vague(date(year + (role == "start"), 1, 1) if role == "start" else date(year, 12, 31), not year_match)


def season(words: list[str]) -> tuple[str, str | None, bool] | None:
    """(season, early/late/None, 'next' said) from ``ensi syksynä``, ``alkukesästä``, ``next autumn``."""
    for i, w in enumerate(words):
        match = _FI_SEASON.fullmatch(w)
        name = None
        part = None
        if match and not w.startswith("kesäk") and not w.startswith("kesäkuu"):
            name, part = _SEASONS[match.group(2)[:4]], match.group(1)
        elif w in _SEASONS:
            name = _SEASONS[w]
            prev = words[i - 1] if i else ""
            part = "alku" if prev == "early" else "loppu" if prev == "late" else None
        if name:
            said_next = any(words[j] in _NEXT for j in range(max(0, i - 2), i))
            part = "alku" if part in ("alku", "varhais") else "loppu" if part in ("loppu", "myöhäis") else None
            return name, part, said_next
    return None


def season_reading(season: tuple[str, str | None, bool], words: list[str], year: int | None, role: str, today: date) -> DateReading:
    """A season's first day (start) or last day (end) as a proposal; ``kesän jälkeen`` starts the month after it."""
    name, part, _ = season
    first, last = _SEASON_MONTHS[name]
    if part == "alku":
        last = first
    elif part == "loppu":
        first = last
    relative = year is None
    if year is None:
        year = today.year if date(today.year, first, 1) > today else today.year + 1
    end_year = year + 1 if last < first else year
    if role == "start" and _AFTER_WORDS & set(words):
        month_index = last  # the month after the season (1-based last -> 0-based next)
        return _vague(date(end_year + month_index // 12, month_index % 12 + 1, 1), relative)
    value = date(year, first, 1) if role == "start" else date(end_year, last, last_day(end_year, last))
    return _vague(value, relative)


_START_MARK = re.compile(r"\b(alkaen|lähtien|alkaa|alkaisi|aloitus|aloitetaan|alku|from|starting|starts|start|begins|beginning)\b")
_END_MARK = re.compile(r"\b(asti|saakka|päättyy|päättyisi|loppuu|päättyminen|lopetus|until|till|ends|ending|end|finish\w*)\b")
_COUNTS = {"kaksi": 2, "kaks": 2, "pari": 2, "couple": 2, "couple of": 2, "kolme": 3, "neljä": 4, "viisi": 5, "two": 2,
           "three": 3, "four": 4, "five": 5, "yksi": 1, "yks": 1, "one": 1, "kuusi": 6, "kuus": 6, "six": 6, "yhdeksän": 9,
           "nine": 9, "kaheksan": 8, "kahdeksan": 8, "eight": 8, "kymmenen": 10, "ten": 10, "twelve": 12, "kaksitoista": 12, "kahden": 2, "kahen": 2, "kolmen": 3,
           "a": 1, "yhden": 1, "seitsemän": 7, "seven": 7, "yksitoista": 11, "eleven": 11}
_DURATION = re.compile(r"\b(\d{1,3}|kaksi|kaks|kahden|kahen|kolmen|pari|couple of|couple|kolme|neljä|viisi|yksi|yks|one|two|three|four|five|kuusi|kuus|"
                       r"six|yhdeksän|nine|kaheksan|kahdeksan|eight|kymmenen|ten|twelve|kaksitoista)\s*"
                       r"(vuotta|vuoden|v\b|years?|yrs?\b|kuukautta|kuukauden|kk|months?|mths?\b|viikkoa|viikon|weeks?)")
# "kaks ja puol vuotta", "two and a half years": years and a half
_AND_A_HALF = re.compile(r"\b(\d|kaksi|kaks|kolme|two|three)\s+(?:ja\s+puol(?:i|ikas)?|and\s+a\s+half)\s+(?:vuotta|vuoden|years?)")
_HALF_YEAR = re.compile(r"\b(?:puol(?:i|et)?\s+vuotta|puolen\s+vuoden|puoleksi\s+vuodeksi|half\s+a\s+year)\b")
_ONE_AND_HALF = re.compile(r"\b(?:puolitoista|puoltoista|puolentoista|puolentoist|puoltoist|puolitoist|1[,.]5|one and a half|1\.5)\s*(?:vuotta|vuoden|vuosi|v\b|years?)")


_NUMBER = r"(\d{1,2}|yksi|yks|yhden|one|a|kaksi|kaks|kahden|kahen|two|kolme|kolmen|three|neljä|four|viisi|five|kuusi|kuus|six|seitsemän|seven|kahdeksan|kaheksan|eight|yhdeksän|nine|kymmenen|ten|yksitoista|eleven)"
_YEARS_AND_MONTHS = re.compile(r"\b" + _NUMBER + r"\s+(?:vuotta|vuoden|vuosi|v|years?|yrs?)\s*(?:ja|and|\+)\s*" + _NUMBER +
                               r"\s*(?:kuukautta|kuukauden|kk|months?|mths?|mo)\b")
_YEAR_AND_MONTHS = re.compile(r"\b(?:vuosi|vuos|(?:one|a)\s+year)\s+(?:ja|and|\+)\s*" + _NUMBER + r"\s*(?:kuukautta|kuukauden|kk|months?|mths?|mo)\b")
_YEAR_AND_HALF = re.compile(r"\b(?:vuosi|vuoden|(?:one|a)\s+year)\s+(?:ja|and)\s+(?:puoli|puolikas|a\s+half)\b")


def marker(text: str, start: int, end: int) -> str | None:
    """``start`` or ``end`` when the words next to a date say which one it is (``alkaen``, ``until``)."""
    before = " ".join(re.findall(r"[a-zäö]+", text[max(0, start - 30):start])[-2:])
    after = " ".join(re.findall(r"[a-zäö]+", text[end:end + 16])[:1])
    near = f"{before} | {after}"
    said_start, said_end = bool(_START_MARK.search(near)), bool(_END_MARK.search(near))
    return "start" if said_start and not said_end else "end" if said_end and not said_start else None


# "vuoden verran", "kestää vuoden", "a year": the whole answer is one year's length
_ONE_YEAR_ONLY = re.compile(r"^\s*(?:sanotaan\s+(?:että\s+|et\s+)?|(?:koko\s+)?(?:projekti|hanke)\s+)?"
                            r"(?:(?:se\s+)?kestää\s+|noin\s+|about\s+|around\s+|for\s+|n\.\s*)?(?:yhden\s+|a\s+|one\s+)?"
                            r"(?:vuoden(?:\s+(?:verran|ajan))?|vuosi|vuos|year)(?:\s+(?:aloituksesta|alusta|from\s+(?:the\s+)?start))?"
                            r"(?:\s+(?:se\s+)?(?:kestää|riittää))?\W*$")  # "vuos riittää", "projekti kestää yhden vuoden"


def duration_end(text: str, start: date) -> DateReading | None:
    """``1.3.2027 alkaen, kestää 2 vuotta`` read as an end date: the day before the duration is up (a proposal)."""
    text = re.sub(r"\b[a-zäö]+\s+\((\d{1,3})\)", r"\1", text)  # "kaksikymmentä (20) kuukautta", "kaksi (2) vuotta"
    both = _YEARS_AND_MONTHS.search(text)
    if both:  # "2 vuotta ja 3 kk", "kaksi vuotta ja kuusi kuukautta", "one year and six months"
        years, months = (int(n) if n.isdigit() else _COUNTS.get(n, 0) for n in both.group(1, 2))
        return end_after(start, years * 12 + months) if years and 0 < months < 12 else None
    one = _YEAR_AND_MONTHS.search(text)
    if one:  # "vuosi ja kolome kuukautta", "a year and three months"
        months = int(one.group(1)) if one.group(1).isdigit() else _COUNTS.get(one.group(1), 0)
        return end_after(start, 12 + months) if 0 < months < 12 else None
    if _YEAR_AND_HALF.search(text):
        return end_after(start, 18)  # "one year and a half", "vuosi ja puoli"
    match = _DURATION.search(text)
    if (not match or re.search(r"(?:ty|kymmentä|toista)[- ]?$", text[:match.start()])) and not re.search(r"\d", text):
        spelled = _DURATION.search(spelled_numbers(text))  # "kahdeksantoista kuukautta", "eighteen months", "twenty-four months"
        match = spelled if spelled and not re.search(r"[.,]\d", spelled.group(0)) else match
    half = _AND_A_HALF.search(text)
    if half:
        count = int(half.group(1)) if half.group(1).isdigit() else _COUNTS.get(half.group(1), 0)
        months = count * 12 + 6
    elif match and match.group(2).startswith(("viik", "week")):
        count = int(match.group(1)) if match.group(1).isdigit() else _COUNTS.get(match.group(1), 0)
        if not 0 < count <= 260:
            return None
        return DateReading(date.fromordinal(start.toordinal() + 7 * count - 1), vague=True)  # "12 viikkoa"
    elif _ONE_YEAR_ONLY.match(text):
        months = 12
    elif _ONE_AND_HALF.search(text):
        months = 18
    elif _HALF_YEAR.search(text) and not match:
        months = 6  # "puol vuotta"
    elif not match:
        return None
    else:
        count = int(match.group(1)) if match.group(1).isdigit() else _COUNTS.get(match.group(1), 0)
        months = count * (12 if match.group(2).startswith(("v", "y")) else 1)
    if not 0 < months <= 120:
        return None
    return end_after(start, months)


def end_after(start: date, months: int) -> DateReading:
    """The day before ``months`` from ``start`` are up, as a proposal (NOT_UNDERSTOOD past the calendar's end)."""
    index = start.month - 1 + months
    first = safe_date(start.year + index // 12, index % 12 + 1, 1)
    if first is None:
        return NOT_UNDERSTOOD
    value = date.fromordinal(first.toordinal() + start.day - 2) if start.day > 1 else date.fromordinal(first.toordinal() - 1)
    return DateReading(value, vague=True)


_UNDECIDED = re.compile(
    r"\b(?:asap|a\.s\.a\.p|mahd\.?\w*\s+pian|mahdollisimman\s+pian|heti\s+ku(?:n)?\b|ku(?:n)?\s+(?:se\s+)?päätös|"
    r"k[uo](?:n)?\s+(?:ruahat|rahat?|rahotus)\s+(?:tulee|loppuu|loppu|ehtyy)|ku(?:n)?\s+rahoitus|en\s+osaa\s+sanoa|vaike\w*\s+sanoa|"
    r"hard\s+to\s+say|can(?:not|'?t)\s+say|ehtii|kerkiää|kerkii|(?:on|ovat|has|have)\s+päättänyt|has\s+to\s+decide|"
    r"(?:board|hallitus)\s+(?:has\s+to\s+|will\s+)?(?:decides?|päättää)|en\s+\w+\s+ti(?:edä|iä)|rahoituspäätö\w*|rahotuspäätö\w*|päätöksen\s+jälkeen|"
    r"hear\s+back|kuullaan\s+\w+|until\s+the\s+(?:money|funding|funds)\s+(?:runs?\s+out|ends?|is\s+spent)|"
    r"as\s+soon\s+as|when\s+(?:the\s+|we\s+get\s+the\s+)?(?:funding\s+)?decision|after\s+the\s+decision|once\s+(?:we\s+(?:are|get)\s+)?funded|"
    r"(?:when|once)\s+the\s+(?:money|funding|funds)\s+(?:comes?|runs?\s+out|is\s+spent|ends?)|"
    r"en\s+ti(?:edä|iä|ie|ä|ijä)|emmä\s+ti\w*|ei\s+(?:oo\s+|ole\s+)?(?:vielä\s+)?(?:mitään\s+)?tietoa|don'?t\s+know|dunno|idk|not\s+sure|no\s+idea|ei\s+hajua|ei\s+hajuu|"
    r"ei\s+(?:oo\s+|ole\s+)?(?:mitään\s+)?päätetty|not\s+(?:yet\s+)?decided|undecided|riippuu|depends|"
    # "kun rahotus varmistuu", "kun lupa tulee", "siihen asti ku rahaa riittää", "tbd": a date that waits on something
    r"k[uo](?:n|nhan)?\s+(?:se\s+)?(?:ruahat|rahat?|rahaa|rahotus|rahoit\w*|lupa|luvat|päätökset)\b|ei\s+tiedä\b|"
    r"en\s+osaa\s+(?:vielä\s+|viel\s+|ihan\s+)?sanoa|tbd|tarkentuu|when\s+(?:we\s+get\s+)?the\s+(?:permit|grant|money|funding)|"
    r"(?:when|once)\s+(?:it\s+is\s+|it'?s\s+)?(?:done|finished|ready)|k[uo](?:n)?\s+(?:se\s+on\s+)?valmi\w*|"
    r"(?:emme|en|ei)\s+(?:ole|oo)\s+(?:vielä\s+)?(?:keskustel|sopinee|päättänee|miettinee|puhunee)\w*|"
    r"(?:haven'?t|have\s+not)\s+(?:yet\s+)?(?:discussed|talked|agreed)|en\s+voi\s+(?:vielä\s+)?sanoa|"
    r"can(?:not|'?t)\s+(?:yet\s+)?say|"
    # "kun routa lähtee maasta", "heti ko lumet tulee", "jäiden lähdettyä", "after the harvest", "as long as …": an event
    r"(?:^|[,;.]\s*|\b(?:heti|sitten|sitte|vasta|just|alkaa|alkais|aloitetaan|alotetaan|päättyy|loppuu|starts?|begins?|ends?)\s+)(?:k[uo]n?|kunhan|when|once)\s+(?!\d)[a-zåäö]{2,}|"
    r"\b[a-zåäö]{4,}(?:n|en|jen|iden|ten)\s+jälkeen\b|\b[a-zåäö]{3,}(?:ttua|ttyä|ttuaan|ttyään)\b|"
    r"\bniin\s+kauan\s+k(?:u|un|uin)\b|\bas\s+long\s+as\b|\bafter\s+(?:the|our|we|it)\s+[a-z]{3,}|"
    r"\b(?:until|till)\s+(?:the|we|it|our)\s+[a-z]{3,})"
)
# "I don't know" with nothing about when: no date was said (the bot offers one to hold the place); with "asap", "when the
# decision comes", "depends on the funding" or an event, a time was said, made a date to confirm.
_UNKNOWN = re.compile(
    r"\b(?:en\s+(?:\w+\s+)?ti(?:edä|iä|ie|ä|ijä|iär|erä|iärä)|emmä\s+ti\w*|en\s+mää\s+ti\w*|ei\s+tiedä|don'?t\s+know|dunno|idk|"
    r"not\s+sure|no\s+idea|ei\s+hajua|ei\s+hajuu|en\s+(?:osaa|voi)\s+(?:\w+\s+){0,3}(?:sanoa|ilmoittaa|kertoa|luvata|vahvistaa)|vaike\w*\s+sanoa|hard\s+to\s+say|"
    r"can(?:not|'?t)\s+(?:\w+\s+){0,3}(?:say|tell|confirm|promise)|ei\s+(?:oo\s+|ole\s+)?(?:vielä\s+)?(?:mitään\s+)?tietoa|ei\s+(?:oo\s+|ole\s+)?(?:vielä\s+)?tiedossa|ei\s+(?:oo\s+|ole\s+)?(?:mitään\s+)?päätetty|"
    r"not\s+(?:yet\s+)?decided|undecided|tbd|(?:emme|en|ei)\s+(?:ole|oo)\s+(?:vielä\s+)?(?:keskustel|sopinee|päättänee|miettinee|puhunee)\w*|"
    r"(?:haven'?t|have\s+not)\s+(?:yet\s+)?(?:discussed|talked|agreed|decided)|"
    r"e[ei]\s+(?:oo\s+|ole\s+)?(?:vielä\s+|viel\s+|viä\s+)(?:mitään\s+)?päätetty|en\s+(?:oo|ole)\s+(?:vielä\s+)?päättäny\w*|"
    r"(?:on|ovat)\s+(?:vielä|viel)\s+avoi\w*|not\s+decided?\s+yet|(?:ei|eivät)\s+(?:ole|oo)\s+(?:vielä\s+)?tehny\w*\s+(?:\w+\s+)?päätöstä|"
    r"(?:do|did)\s+not\s+(?:yet\s+)?(?:know|decide)|not\s+set\s+an?\s+\w+\s+date|en\s+oo\s+varma|en\s+ole\s+varma|"
    r"en\s+(?:ossoo|ossaa|osaa)\s+(?:vielä\s+)?(?:sannoo|sanoo|sanoa|sannoa))")
# what a "don't know" waits on, not a time: "riippuu urakoitsijasta", "depends on the board", "hallitus kokoontuu tammikuussa"
_DEPENDS_ON = re.compile(r"\b(?:riippuu|riippuen|depends|depending)\b.*$")
_MEETING_CLAUSE = re.compile(r"\b(?:hallitu\w*|board|styrelse\w*|vuosikokou\w*|kokoukse\w*|kokous\w*)\b[^.;!?]*")
_WAITS_ON = re.compile(r"päätö\w*|decision|rahoitu\w*|rahotu\w*|funding|funded|money|rahat|raha\b|rahan\b|grant")
_SOME_WHEN = re.compile(r"asap|a\.s\.a\.p|pian|heti|as\s+soon|päätö|decision|rahoitu|rahotu|funding|funded|money|rahat|raha\b|rahan\b|"
                        r"grant|green\s+light|approved|riippuu|depends|\bk[uo]n?\s|\bkunhan\b|\bwhen\w*|\bonce\b|\bafter\b|jälkeen|\w{3,}(?:ttua|ttyä)\b|"
                        r"\buntil\b|\basti\b|ehkä|maybe|probably|varmaan|kevä|kesä|syks|talv|spring|summer|autumn|fall|winter")
# About how long a funding decision takes from the application; a proposal, said as one.
DECISION_MONTHS = 4
# An end nobody knows yet is proposed two years after the start: a common length for a village project. Not when
# the answer hints at something else (a length, a season, "asap").
_END_HINT = re.compile(r"asap|a\.s\.a\.p|pian|heti|as\s+soon|vuo|year|yr|month|kuu|kk\b|viik|week|joulu|christmas|"
                       r"kevä|kesä|syks|talv|spring|summer|autumn|fall|winter|after|jälkeen|päätö|decision|ehkä|maybe|probably")
UNDECIDED_MONTHS = 24


# "loppiaisen jälkeen", "after Easter": the day after that holiday (the Finnish calendar of the holidays package)
_AFTER_HOLIDAY = re.compile(r"\b(loppiai|pääsiäi|juhannu|joulu|itsenäisyyspäiv|helatorsta|helluntai|pyhäinpäiv|epiphany|easter|"
                            r"midsummer|christmas|xmas)\w*\s+jälkeen\b|\bafter\s+(?:the\s+)?(epiphany|easter|midsummer|midsommar|christmas|xmas)\b")
_HOLIDAY_NAMES = {"loppiai": "Loppiainen", "epiphany": "Loppiainen", "pääsiäi": "Toinen pääsiäispäivä", "easter": "Toinen pääsiäispäivä",
                  "juhannu": "Juhannuspäivä", "midsummer": "Juhannuspäivä", "midsommar": "Juhannuspäivä", "joulu": "Tapaninpäivä", "christmas": "Tapaninpäivä",
                  "xmas": "Tapaninpäivä", "itsenäisyyspäiv": "Itsenäisyyspäivä", "helatorsta": "Helatorstai",
                  "helluntai": "Helluntaipäivä", "pyhäinpäiv": "Pyhäinpäivä"}


_DAY_NAMES = tuple(zip(FI_WEEKDAYS, EN_WEEKDAYS))  # (maanantai, monday), …
_HOLIDAY_WEEKDAY = re.compile(r"\b(" + "|".join(name for names in _DAY_NAMES for name in names) + r")")


def after_holiday(text: str, role: str, today: date) -> DateReading | None:
    """"loppiaisen jälkeen", "juhannuksen jälkeen", "after Easter": a start the day after the next such holiday, proposed."""
    match = _AFTER_HOLIDAY.search(text)
    if not match or role != "start":
        return None
    name = _HOLIDAY_NAMES[match.group(1) or match.group(2)]
    year = _YEAR_IN.search(text)
    years = [int(year.group(1))] if year else [today.year, today.year + 1]
    days = sorted(day for day, label in holidays.Finland(years=years, language="fi").items() if label == name and day >= today)
    if not days:
        return None
    weekday = _HOLIDAY_WEEKDAY.search(text)
    if weekday and name == "Toinen pääsiäispäivä":  # "the Monday after Easter" counts from Easter Sunday
        days = [day - timedelta(days=1) for day in days]
    if weekday:  # "joulun jälkeen maanantaina": the first such weekday after it
        index = next(i for i, names in enumerate(_DAY_NAMES) if weekday.group(1) in names)
        return DateReading(days[0] + timedelta(days=(index - days[0].weekday() - 1) % 7 + 1), vague=True)
    return DateReading(days[0] + timedelta(days=1), vague=True)


def some_when(text: str) -> bool:
    """The answer says something about when: "asap", "kun päätös tulee", a season, an event, "depends on the funding"."""
    return bool(_SOME_WHEN.search(text.lower()))


def undecided_only(text: str) -> bool:
    """"En tiedä vielä", "tbd", "no idea": the answer says no date is known, and nothing about when."""
    said = text.lower()
    if not _UNKNOWN.search(said):
        return False
    rest = _WAITS_ON.sub(" ", _MEETING_CLAUSE.sub(" ", _DEPENDS_ON.sub(" ", said)))
    return not _SOME_WHEN.search(rest)  # "en tiiä, riippuu rahotuksesta", "Ee oo viel päätetty. Hallitus kokkoontuu …"


def undecided(text: str, role: str, today: date, start: date | None = None) -> DateReading | None:
    """"asap", "kun päätös tulee", "en tiedä vielä": for a start, a proposal a few months ahead (the
    decision has to come first); for an end after a known start, a proposal two years on; else nothing."""
    if not _UNDECIDED.search(text) or re.search(r"\d", text):
        return None
    unknown = undecided_only(text)
    if role != "start":
        if start is None or _END_HINT.search(text):
            return None  # "asap" or "en tiedä, ehkä vuoden" as an end: what they did say matters; ask again
        proposal = end_after(start, UNDECIDED_MONTHS)
        return DateReading(None, placeholder=proposal.value) if unknown else proposal
    first = after_decision(today)
    if unknown:
        return DateReading(None, placeholder=first)  # "en tiedä vielä, hallitus päättää": no date said; one offered to hold its place
    return _vague(first, True)  # "asap", "kun päätös tulee": a time said, made a date to confirm


def after_decision(today: date) -> date:
    """The first day of the month a funding decision could have come by, applied for now."""
    month = today.month + DECISION_MONTHS
    return date(today.year + (month - 1) // 12, (month - 1) % 12 + 1, 1)


_HALF = re.compile(r"\b(?:h([12])|([12])\.?\s*(?:puolisko|vuosipuolisko|half)|(first|second|ensimmäinen|toinen)\s+(?:half|puolisko|vuosipuolisko))\b")


def half_year(text: str, role: str, today: date) -> DateReading | None:
    """``H1 2029``, ``second half of 2028``, ``2. vuosipuolisko``: the half's first or last day, as a proposal."""
    match = _HALF.search(text)
    if not match:
        return None
    word = match.group(3)
    number = int(match.group(1) or match.group(2)) if not word else (1 if word in ("first", "ensimmäinen") else 2)
    year_match = _YEAR_IN.search(text)
    year = int(year_match.group(1)) if year_match else today.year + (number == 1 or today.month > 6)
    first = 1 if number == 1 else 7
    value = date(year, first, 1) if role == "start" else date(year, first + 5, last_day(year, first + 5))
    return _vague(value, not year_match)
