"""Reading a start or end date from a typed answer, Finnish or English, with what was assumed said aloud."""

from __future__ import annotations

import calendar
import re
from dataclasses import replace
from datetime import date, timedelta
from typing import Literal

from rapidfuzz import fuzz

from .understand_typing import plainly
from .spoken_forms import standard_forms
from .number_text import EN_UNITS, FI_UNITS, prepare
from .understand_date_guesses import EN_WEEKDAYS, FI_WEEKDAYS, guess_date, lead_span
from .understand_ordinals import FI_MONTHS as _FI_MONTHS, MONTH_STEM as _MONTH_STEM, has_ordinal, nth_weekday, ordinal_days
from .understand_periods import (
    MAX_YEAR, MIN_YEAR, NOT_UNDERSTOOD, DateReading, after, after_holiday, after_start, duration_end, half_year, last_day, marker, quarter,
    safe_date, season, season_reading, soon, turn_of_year, undecided, undecided_only, week, after_decision, some_when,
    end_after, UNDECIDED_MONTHS,
)

# tammikuu, tammikuussa, tammikuun, tammikuusta, tammikuuhun, tammikuulla, tammik., tammi (not bare "kesä": summer).
_FI_MONTH = re.compile(r"(" + "|".join(_FI_MONTHS) + r")(kuu[a-zäö]*|k)?")
_EN_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_EN_MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
_EN_MONTHS["sept"] = 9
# Swedish names that differ from English ones, typed by Swedish-speaking Finns writing English ("mars 2027")
_EN_MONTHS.update({"januari": 1, "februari": 2, "mars": 3, "maj": 5, "juni": 6, "juli": 7, "augusti": 8, "oktober": 10})
# A date said with doubt or beside another choice: "30.9.2027 tai sit vasta vuoden lopussa, en tiiä"
_HEDGED = re.compile(r"\b(?:en\s+tiedä|en\s+tiiä|en\s+oo\s+varma|en\s+ole\s+varma|not\s+sure|don'?t\s+know|tai\s+sit|tai\s+sitten|"
                     r"or\s+maybe|or\s+perhaps|tai\s+ehkä|maybe|perhaps|possibly|ehkä|"
                     r"ei\s+(?:oo\s+|ole\s+)?(?:vielä\s+|viel\s+)?(?:sovittu|päätetty|tiedossa|varmaa?)|emme\s+ole\s+(?:vielä\s+)?päättäneet|"
                     r"not\s+(?:yet\s+)?(?:decided|fixed|confirmed)|haven'?t\s+decided|undecided|päättää|decides?|"
                     r"lukuvuo\w*|school\s+year|academic\s+year|kauden|season)\b")
# Named days: Finnish holidays in any case form and their English names (the year after, if any, is theirs)
_NAMED_DAYS = (
    (r"vappu|vappuna|vapusta|vappuun|vapun|may\s+day", (5, 1)),
    (r"aprillipäiv\w*|aprillina|april\s+fools?'?s?'?\s+day", (4, 1)),
    (r"itsenäisyyspäiv\w*|(?:finnish\s+)?independence\s+day", (12, 6)),
    (r"jouluaat\w*|christmas\s+eve", (12, 24)),
    (r"joulupäiv\w*|christmas\s+day", (12, 25)),
    (r"tapaninpäiv\w*|boxing\s+day", (12, 26)),
    (r"uudenvuodenaat\w*|new\s+year'?s\s+eve", (12, 31)),
    (r"uudenvuodenpäiv\w*|new\s+year'?s\s+day", (1, 1)),
    (r"juhannusaat\w*|midsummer'?s?\s+eve", "eve"),
    (r"juhannuspäiv\w*|midsummer'?s?\s+day", "day"),
    (r"juhannu(?:s|ksena|kseen|kseks|kseksi|ksesta|ksee)|midsummer(?!\s+(?:party|parties|festival|celebration|fest|bonfire|dance))", "eve"),
)
_NAMED_DAY = re.compile(r"\b(?:" + "|".join(f"(?:{words})" for words, _ in _NAMED_DAYS) + r")(?![\w'])(?:\s+(20\d\d))?")
_MAY_DAY_ONLY = re.compile(r"\b(?:" + _NAMED_DAYS[0][0] + r")\b")
_ONLY_THE_WEEKEND = re.compile(rf"^(?:{_NAMED_DAYS[-1][0]})$")  # bare "juhannukseen", "midsummer": not a day said exactly


def _named_day(month_day: tuple[int, int] | str, year: int) -> date:
    """The day of a named holiday in a year; Midsummer Eve is the Friday of 19-25 June, its Day the Saturday after."""
    if isinstance(month_day, tuple):
        return date(year, *month_day)
    eve = next(date(year, 6, day) for day in range(19, 26) if date(year, 6, day).weekday() == 4)
    return eve if month_day == "eve" else eve + timedelta(days=1)


# "jouluaattona ensi vuonna", "Christmas Eve next year", "jouluaattoon kahden vuoden päästä": years on from this one
_YEARS_AHEAD = ((r"\b(?:kahden|kahen|2)\s+vuoden\s+päästä|\bin\s+(?:two|2)\s+years\b", 2),
                (r"\b(?:ensi|ens|seuraava\w*|tuleva\w*)\s+vuo\w*|\bnext\s+year'?s?\b|\bfollowing\s+year\b|\bvuoden\s+päästä\b", 1))
_PAST_YEAR = re.compile(r"\b(?:toissa\s+vuon\w*|viime\s+vuon\w*|last\s+year'?s?|a\s+year\s+ago|previous\s+year)\b")


def _day_words(match: re.Match) -> str:
    """The holiday's words in a _NAMED_DAY match, without the year after them."""
    return (match.group(0)[: match.start(1) - match.start(0)] if match.group(1) else match.group(0)).strip()


def _named_day_said(match: re.Match, today: date, ahead: int = 0) -> str:
    """"vappuna", "juhannusaattoon 2028", "Christmas Eve": the named day as d.m.yyyy (the next one after ``today`` when
    no year; ``ahead`` years on from this year for "ensi vuonna", "kahden vuoden päästä")."""
    which = next(day for words, day in _NAMED_DAYS if re.fullmatch(words, _day_words(match)))
    if match.group(1):
        year = int(match.group(1))
    else:
        year = today.year + ahead if ahead else today.year + (today >= _named_day(which, today.year))
    day = _named_day(which, year)
    return f"{day.day}.{day.month}.{year}"


_SLASHED = re.compile(r"(?<![\d./])(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})(?![\d/])")


def _either_order(text: str) -> bool:
    """"03/04/2027" in English: the 3rd of April in Finland, 4 March in the US; with slashes and both numbers 12 or
    less, a proposal (in Finnish the day comes first)."""
    match = _SLASHED.search(text)
    return bool(match) and int(match.group(1)) <= 12 and int(match.group(2)) <= 12 and match.group(1).lstrip("0") != match.group(2).lstrip("0")


_EN_MONTH_ALT = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|mars|apr(?:il)?|may|maj|june?|juni|july?|juli|aug(?:ust)?|sept?(?:ember)?|"
                 r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
# "maalis-huhtikuussa", "huhti/toukokuussa", "March/April 2027", "Mar-Apr", "3-4/2027", "1.3. tai 1.4.2027": one of two
_MONTH_RANGE = re.compile(r"\b(?:" + "|".join(_FI_MONTHS) + r")(?:kuu\w*)?\s*(?:-|–|/|tai|or|eller)\s*(?:" + "|".join(_FI_MONTHS)
                          + r")(?:kuu\w*)?\b|\b" + _EN_MONTH_ALT + r"\s*(?:-|–|/|or|eller)\s*" + _EN_MONTH_ALT + r"\b|"
                          r"(?<![\d.])\d{1,2}\s*[-–]\s*\d{1,2}\s*/\s*\d{4}|\d{1,2}\.\d{1,2}\.?\s*(?:-|–|tai|or|eller)\s*\d{1,2}\.\d{1,2}\.")
# "heti loppiaisen jälkeen", "before midsummer": a day near an event, not the month's first or last
_AROUND_EVENT = re.compile(r"\b(?:jälkeen|after|ennen|before|viik\w*|weeks?|puolisk\w*|half)\b")
_WEEKDAY = re.compile(r"\b(?:" + "|".join(FI_WEEKDAYS + EN_WEEKDAYS) + r")\w*")
_NEXT = {"ensi", "ens", "next", "seuraava", "seuraavana", "seuraavan", "tuleva", "tulevana", "tulevan", "coming", "following"}
_THIS = {"tänä", "tämän", "this", "tällä", "kuluvana"}
_START_WORDS = re.compile(r"^(alku|alussa|alusta|alkuun|alkupuolella|alkupuoli|early|beginning of|start of)$")
_END_WORDS = re.compile(r"^(loppu|lopussa|lopulla|loppuun|lopusta|loppupuolella|loppupuoli|late|end of)$")
_MID_WORDS = re.compile(r"^(puoliväli|puolivälissä|puolessavälissä|puolessavälis|puolesvälis|puolesvälissä|puolivälis|puoliväliss|puolvälissä|puolvälis|puolivälin|puoliväliin|puolivälistä|puolvälist|puolivälist|keskellä|mid|middle|puolessa|puolesta|puolelta)$")
_VAGUE_WORDS = {"joskus", "jossain", "sometime", "some", "around", "maybe", "perhaps", "ehkä", "kenties", "aikana",
                "kuluessa", "during", "within", "throughout"}
_YEAR_WORDS = re.compile(r"^(vuonna|vuoden|vuosi|vuotta|vuodesta|vuoteen|year|years)$")
_MONTH_WORDS = re.compile(r"^(kuussa|kuun|kuu|kuusta|kuuhun|month|kuukauden|kuukausi)$")
_ORDINAL = re.compile(r"^(\d{1,2})(st|nd|rd|th|\.)?$")

_NUMERIC = re.compile(
    r"(?<![\d.,])(\d{1,2})\s*([./-])\s*(\d{1,2})\s*\2\s*(\d{4}|\d{2})(?![\d])"
    r"|(?<![\d.,])(\d{4})\s*([-/.])\s*(\d{1,2})\s*\6\s*(\d{1,2})(?![\d])"
)
_MONTH_YEAR = re.compile(r"(?<![\w.,/])(\d{1,2})\s*[./]\s*(\d{4})(?![\d.,])|(?<![\d.,])(\d{4})-(\d{1,2})(?![\d/.-])")
_DAY_MONTH = re.compile(r"(?<![\d.,])(\d{1,2})\.(\d{1,2})\.(?![\d])")
_SPACED = re.compile(r"^\s*(\d{1,2}) (\d{1,2}) (\d{4}|\d{2})\s*$")
_ALTERNATIVE = {"muuten", "tai", "or", "otherwise", "else", "vaihtoehtoisesti", "alternatively"}
_RANGE_GAP = re.compile(r"^\s*(-|–|—|to|until|till|asti|saakka|alkaen|->|→|\.\.\.?|ja|and)?\s*(-|–)?\s*$")


def _year(text: str) -> tuple[int | None, bool]:
    """Year number and whether it was given with two digits."""
    value = int(text)
    if len(text) == 2:
        return 2000 + value, True
    return (value if MIN_YEAR <= value <= MAX_YEAR else None), False


def _numeric(text: str, role: str, today: date) -> DateReading | None:
    """``1.3.2027``, ``1/3/27``, ``2027-03-01``, ``1 3 2027``, ``03/2027``, ``1.3.``; None when there is none."""
    found: list[tuple[int, int, date, tuple[str, ...]]] = []
    for match in _NUMERIC.finditer(text):
        if match.group(1):
            day, month, (year, short) = int(match.group(1)), int(match.group(3)), _year(match.group(4))
        else:
            (year, short), month, day = _year(match.group(5)), int(match.group(7)), int(match.group(8))
        value = safe_date(year, month, day) if year else None
        if value is None:
            return NOT_UNDERSTOOD
        found.append((match.start(), match.end(), value, ("two_digit_year",) if short else ()))
    if not found:
        spaced = _SPACED.match(text)
        if spaced:
            (year, short) = _year(spaced.group(3))
            value = safe_date(year, int(spaced.group(2)), int(spaced.group(1))) if year else None
            if value is None:
                return NOT_UNDERSTOOD
            found.append((0, len(text), value, ("two_digit_year",) if short else ()))
    if not found:
        for match in _MONTH_YEAR.finditer(text):
            month, year_text = (match.group(1), match.group(2)) if match.group(1) else (match.group(4), match.group(3))
            year, _ = _year(year_text)
            if year is None:
                return NOT_UNDERSTOOD
            if not 1 <= int(month) <= 12:
                continue  # "vko 14 / 2027" is a week, not a month
            value = date(year, int(month), last_day(year, int(month)) if role == "end" else 1)
            found.append((match.start(), match.end(), value, ("month_end" if role == "end" else "month_start",)))
    if not found:
        next_year = bool(re.search(r"\b(ensi|next|seuraava\w*|tuleva\w*)\s+(vuo\w*|year)", text))
        years_said = set(re.findall(r"\b(20[2-4]\d)\b", text))
        for match in _DAY_MONTH.finditer(text):
            day, month = int(match.group(1)), int(match.group(2))
            if len(years_said) == 1 and not _DAY_MONTH.search(text[match.end():]):
                value = safe_date(int(next(iter(years_said))), month, day)  # "lokakuun loppuun 2028, alltså 31.10.": the year said
                if value is not None and value > today:  # not "1.4. alkaen, hallituksen kokous joulukuussa 2026"
                    found.append((match.start(), match.end(), value, ()))
                    continue
            value = safe_date(today.year + next_year, month, day)
            if value is None and not (month == 2 and day == 29):
                return NOT_UNDERSTOOD
            if not next_year and (value is None or value <= today):
                value = safe_date(today.year + 1, month, day) or safe_date(today.year + 2, month, day)
            if value is None:
                return NOT_UNDERSTOOD
            found.append((match.start(), match.end(), value, ("relative",)))
    if not found:
        return None
    rest = text
    for start, end, _, _ in reversed(found):
        rest = rest[:start] + " " + rest[end:]
    words = [t.rstrip(".") for t in _tokens(rest)]
    if _ALTERNATIVE & set(words) and (season(words) or any(_month_of(w, words, i) for i, w in enumerate(words))):
        return NOT_UNDERSTOOD  # "1.3.2027 jos rahoitus järjestyy, muuten syksyllä": two answers
    return _pick(text, found, role)


def _pick(text: str, found: list[tuple[int, int, date, tuple[str, ...]]], role: str) -> DateReading:
    """One date; two joined as a range, or marked ``alkaa``/``päättyy``, give the one the role asks for;
    a date marked as the other end is not taken for this one."""
    distinct = {item[2] for item in found}
    markers = [marker(text, item[0], item[1]) for item in found]
    if len(distinct) == 1:
        chosen = found[0]
        other = "end" if role == "start" else "start"
        if markers[0] == other:
            if role == "end":
                return duration_end(text, chosen[2]) or NOT_UNDERSTOOD
            return NOT_UNDERSTOOD
    elif len(found) == 2 and _RANGE_GAP.match(text[found[0][1]:found[1][0]]) and found[0][2] < found[1][2]:
        chosen = found[0] if role == "start" else found[1]
    elif len(found) == 2 and sorted(filter(None, markers)) == ["end", "start"] and found[markers.index("start")][2] < found[markers.index("end")][2]:
        chosen = found[markers.index(role)]
    elif role == "end" and len(found) == 2 and found[0][2] < found[1][2] and _STILL.search(text[found[0][1]:found[1][0]]) and (
            markers[0] != role):
        # "viimeinen esitys 14.8.2027 ja sit viel raportit, laitetaan 31.8.2027": the later one, proposed
        return DateReading(found[1][2], vague=True)
    else:
        return NOT_UNDERSTOOD
    return DateReading(chosen[2], assumed=chosen[3][0] if chosen[3] else None, assumptions=chosen[3])


def _month_of(word: str, words: list[str], index: int) -> int | None:
    match = _FI_MONTH.fullmatch(word)
    if match and not (match.group(1) == "kesä" and not match.group(2)):
        return _FI_MONTHS.index(match.group(1)) + 1
    number = _EN_MONTHS.get(word)
    beside_number = any(n.rstrip(".").isdigit() for n in words[max(0, index - 1):index] + words[index + 1:index + 2])
    finnish = "kuu" in word[4:] or any(word.startswith(m) for m in _FI_MONTHS)
    if number is None and ((len(word) >= 7 and (finnish or beside_number)) or (len(word) >= 5 and word.isalpha() and word[:3] in _EN_MONTH_STARTS
                                                                             and beside_number)):
        number = _misspelt_month(word)  # "toukoluun", "augst 2028" (not "Julia", "marsh")
    if number == 5 and word == "may":
        # "may" is a month only next to a number, a year word or a preposition, not "it may start".
        neighbours = words[index - 1:index] + words[index + 1:index + 2]
        if not any(n.isdigit() or _ORDINAL.match(n) or n in {"in", "of", "next", "early", "late", "mid", "end", "beginning", "this"} for n in neighbours):
            return None
    return number


_FI_MONTH_WORDS = [f"{m}kuu" for m in _FI_MONTHS]
_EN_MONTH_STARTS = {m[:3] for m in _EN_MONTHS}


def _misspelt_month(word: str) -> int | None:
    """"maalsikuu", "huhtiukuussa", "feburary": one slip of the thumb (a close, unambiguous spelling)."""
    stem = word[: word.index("kuu") + 3] if "kuu" in word[4:] else None
    slipped = next((m for m in _FI_MONTHS if word.startswith(m) and re.match(r"(?:[a-zäö]uu|k(?!au)[a-zäö]u)", word[len(m):])), None)
    if stem is None and slipped:  # "toukoluun": the month word with a slip in "kuu" (not "jouluun", Christmas)
        stem = slipped + "kuu"
    names = _FI_MONTH_WORDS if stem else list(_EN_MONTHS)
    target = stem or word
    best: dict[int, float] = {}  # month -> its best score ("augst": august and augusti are both August)
    for i, name in enumerate(names):
        month = i + 1 if stem else _EN_MONTHS[name]
        best[month] = max(best.get(month, 0), fuzz.ratio(target, name))
    scored = sorted(((score, month) for month, score in best.items()), reverse=True)
    if scored[0][0] >= 85 and scored[0][0] - scored[1][0] >= 10:
        return scored[0][1]
    return None


def _tokens(text: str) -> list[str]:
    text = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", text)
    text = re.sub(r"\b(\w+)-(\w+kuu\w*)", r"\1kuu \2", text)  # tammi-helmikuussa -> tammikuu helmikuussa
    text = re.sub(r"(?<=[a-zäö])[-/](?=[a-zäö])", " ", text)
    text = re.sub(r"\b(alku|loppu)(vuo|kuu)", r"\1 \2", text)  # alkuvuodesta -> alku vuodesta
    return re.findall(r"(?<![\w])[-'’]\d{2}(?!\d)|\d{1,4}\.?|[a-zåäö]+\.?|[+]", text)


def _words(text: str, role: str, today: date) -> DateReading:
    period = (week(text, role, today) or after(text, today) or quarter(text, role, today) or half_year(text, role, today)
              or turn_of_year(text, role, today) or soon(text, today, role))
    if period is not None:
        return period
    tokens = _tokens(text)
    words = [t.rstrip(".") for t in tokens]
    assumptions: list[str] = []
    years: list[int] = []
    next_year = this_year = vague_word = False
    for i, w in enumerate(words):
        if w.isdigit() and len(w) == 4:
            value = int(w)
            if not MIN_YEAR <= value <= MAX_YEAR:
                return NOT_UNDERSTOOD
            years.append(value)
        if w in _NEXT and i + 1 < len(words) and _YEAR_WORDS.match(words[i + 1]):
            next_year = True
        if w in _THIS and i + 1 < len(words) and _YEAR_WORDS.match(words[i + 1]):
            this_year = True
        if w in _VAGUE_WORDS:
            vague_word = True
    if not years:  # "heinäkuun loppuun -28", "kesä '27": a two-digit year marked by a dash or an apostrophe
        marked = [int(w[1:]) for w in words if re.fullmatch(r"[-'’]\d{2}", w)]
        if len(marked) == 1:
            years.append(2000 + marked[0])
            assumptions.append("two_digit_year")
    if w_next_year := ("ensivuonna" in words or "ensivuoden" in words):
        next_year = w_next_year
    after_next = "ylensi" in words or "ylen" in words or "year after next" in " ".join(words)
    months_named = {m for i, w in enumerate(words) if (m := _month_of(w, words, i))}
    if _ALTERNATIVE & set(words) and (len(set(years)) > 1 or len(months_named) > 1):
        return NOT_UNDERSTOOD  # "2027 tai 2028", "March or April": two answers
    if len(set(years)) > 1 and role == "start":
        years = years[:1]
    elif len(set(years)) > 1:
        years = years[-1:]
    year = years[0] if years else (today.year + 2 if after_next else today.year + 1 if next_year
                                   else today.year if this_year else None)
    months = [(i, m) for i, w in enumerate(words) if (m := _month_of(w, words, i))]
    if months:
        if len({m for _, m in months}) == 2 and any(w.startswith("vaihte") for w in words):
            return _turn_of_months(months, year, role, today)
        if len({m for _, m in months}) > 1:
            index, month = months[0] if role == "start" else months[-1]
        else:
            index, month = months[0]
        if year is None:
            year = today.year if month > today.month else today.year + 1
            assumptions.append("relative")
        elif not years:
            assumptions.append("relative")
        day, short_year = _day_near(tokens, index, bool(_FI_MONTH.fullmatch(words[index])))
        edge_word = _edge_year(text, words, index, day, month, today) if day is not None and not years else None
        if edge_word:  # "mid may 27", "end of June 28": a part of a month, then its year
            return _in_month([edge_word], 2000 + day, month, role, ["two_digit_year"])
        if short_year is not None and not years:
            if "relative" in assumptions:
                assumptions.remove("relative")
            year = short_year
            assumptions.insert(0, "two_digit_year")
        if day is not None:
            value = safe_date(year, month, day)
            return DateReading(value, assumed=assumptions[0] if assumptions else None, assumptions=tuple(assumptions)) if value else NOT_UNDERSTOOD
        return _in_month(words, year, month, role, assumptions)
    # "ensi kuussa" / "next month"
    for i, w in enumerate(words[:-1]):
        if w in _NEXT and _MONTH_WORDS.match(words[i + 1]):
            month, year_ = (today.month % 12) + 1, today.year + (today.month == 12)
            return _in_month(words, year_, month, role, ["relative"])
    named = season(words)
    if named:
        short = [w for w in words if w.isdigit() and len(w) == 2]
        if year is None and len(short) == 1:
            year = 2000 + int(short[0])  # "syksy-27"
        return season_reading(named, words, year, role, today)
    edge = _edge(words)
    if year is None and edge and any(_YEAR_WORDS.match(w) for w in words):
        # "alkuvuodesta" with no year: the coming start (or end) of a year
        late = {"start": 2, "end": 8, "mid": 5}[edge]
        year = today.year + (today.month > late)
    if year is not None:
        if any(w.isdigit() and len(w) <= 2 for w in words):
            return NOT_UNDERSTOOD  # "1,3,2027": more numbers than a year, and not a date we know
        edge = _edge(words)
        rough = {"late", "early", "loppu", "alku", "lopulla", "loppupuolella", "alkupuolella", "loppupuoli", "alkupuoli"}
        # a bare year ("2027") is a proposal to confirm; "vuoden 2028 loppuun" as the end is exact
        vague = vague_word or (not years) or edge is None or edge == "mid" or bool(rough & set(words))
        if edge == "start" or (edge is None and role == "start"):
            value, code = date(year, 1, 1), "year_start"
            vague = vague or edge == "start"
            if edge == "start" and role == "end":
                value = date(year, 1, 31)
        elif edge == "end" or edge is None:
            value, code = date(year, 12, 31), "year_end"
            if edge == "end" and role == "start":
                value, vague = date(year, 12, 1), True
        else:
            value, code = date(year, 7, 1) if role == "start" else date(year, 6, 30), "mid_month"
        if not years:
            code = "relative"
        return DateReading(value, vague=vague, assumed=code, assumptions=(code,))
    return NOT_UNDERSTOOD


def _turn_of_months(months: list[tuple[int, int]], year: int | None, role: str, today: date) -> DateReading:
    """``tammi-helmikuun vaihteessa``: the first day of the later month (start) or the last of the earlier (end)."""
    first, second = months[0][1], months[-1][1]
    if year is None:
        year = today.year if second > today.month else today.year + 1
    start_year = year - 1 if second < first else year
    value = date(year, second, 1) if role == "start" else date(start_year, first, last_day(start_year, first))
    return DateReading(value, vague=True)


_EDGE_BEFORE_MONTH = {"mid", "middle", "early", "late", "end", "beginning", "start"}


def _edge_year(text: str, words: list[str], index: int, day: int, month: int, today: date) -> str | None:
    """The part of the month ("mid", "end", …) when the number after "mid may", "end of june" is a two-digit year: a part of the month said before it, no
    ordinal ("28th"), a year from this one to six ahead, and not the month's own last day after "end of" ("end of june 30")."""
    back = index - 1
    while back >= 0 and words[back] in ("of", "the"):
        back -= 1
    if back < 0 or words[back] not in _EDGE_BEFORE_MONTH or re.search(r"\d(?:st|nd|rd|th)\b", text, re.IGNORECASE):
        return None
    year = 2000 + day
    if not today.year <= year <= today.year + 6 or (words[back] == "end" and day == last_day(year, month)):
        return None
    return {"middle": "mid", "beginning": "early", "start": "early"}.get(words[back], words[back])


def _day_near(tokens: list[str], index: int, finnish: bool) -> tuple[int | None, int | None]:
    """(day, two-digit year) next to a month word: ``1. maaliskuuta``, ``March 1``, ``1st of March``,
    ``maaliskuu-27`` (a Finnish month is followed by a year, not a day, unless a dot or ``päivä`` says so)."""
    words = [t.rstrip(".") for t in tokens]
    back = index - 1
    while back >= 0 and words[back] in ("of", "the"):
        back -= 1
    ahead = index + 1
    while ahead < len(words) and words[ahead] == "the":
        ahead += 1
    before = words[back] if back >= 0 else ""
    after = words[ahead] if ahead < len(words) else ""
    if before.isdigit() and len(before) <= 2 and 1 <= int(before) <= 31:
        return int(before), None
    if after.isdigit() and len(after) <= 2:
        dotted = tokens[ahead].endswith(".") or (ahead + 1 < len(words) and words[ahead + 1].startswith("päiv"))
        if finnish and not dotted:
            return None, 2000 + int(after)
        if 1 <= int(after) <= 31:
            return int(after), None
    return None, None


def _edge(words: list[str]) -> str | None:
    """``start``/``end``/``mid`` of a month or year from ``alussa``, ``end of``, ``mid``; None when not said."""
    pairs = words + [f"{a} {b}" for a, b in zip(words, words[1:])]
    if any(_START_WORDS.match(w) for w in pairs):
        return "start"
    if any(_END_WORDS.match(w) for w in pairs):
        return "end"
    if any(_MID_WORDS.match(w) for w in words):
        return "mid"
    return None


def _in_month(words: list[str], year: int, month: int, role: str, assumptions: list[str]) -> DateReading:
    edge = _edge(words)
    if edge == "mid":
        value, code = date(year, month, 15), "mid_month"
    elif edge == "end" or (edge is None and role == "end"):
        value, code = date(year, month, last_day(year, month)), "month_end"
    else:
        value, code = date(year, month, 1), "month_start"
    codes = tuple(assumptions) + (code,)
    return DateReading(value, vague=code == "mid_month", assumed=codes[0], assumptions=codes)  # "mid-January": the 15th, proposed


# "12.-15.3.2027", "12-15 maaliskuuta 2027", "12-15 March", "March 12-15": days of one month; a start is the
# first of them, an end the last. Before a month's number or name only, so "2027-2028" and "1.3.-31.12." stay.
_EN_MONTH_STEMS = "|".join(sorted({m[:3] for m in _EN_MONTHS}))
_DAY_RANGE = re.compile(
    r"(?<![\d.])(\d{1,2})\.?\s*-\s*(\d{1,2})(?=\.\d{1,2}\.|\.?\s*(?:" + "|".join(_FI_MONTHS)
    + r"|" + _EN_MONTH_STEMS + r"))"
)
# "the 3rd to 5th of april", "3rd-5th of April": English ordinals before the month
_DAY_RANGE_ORDINALS = re.compile(
    r"(?<![\d.])(\d{1,2})(?:st|nd|rd|th)?\s*(?:-|to|until|till)\s*(\d{1,2})(?:st|nd|rd|th)?(?=\s+(?:of\s+)?(?:"
    + _EN_MONTH_STEMS + r"))"
)
_DAY_RANGE_AFTER_MONTH = re.compile(
    r"(\b(?:" + "|".join(_EN_MONTHS) + r")\s+)(\d{1,2})(?:st|nd|rd|th)?\s*-\s*(\d{1,2})(?:st|nd|rd|th)?(?!\d)"
)


def _day_range(text: str, role: str) -> str:
    """Keep the first day of a range of days for a start, the last for an end."""
    pick = 1 if role == "start" else 2
    text = _DAY_RANGE.sub(lambda m: m.group(pick), text)
    text = _DAY_RANGE_ORDINALS.sub(lambda m: m.group(pick), text)
    return _DAY_RANGE_AFTER_MONTH.sub(lambda m: m.group(1) + m.group(pick + 1), text)


_FI_YEAR = re.compile(r"\bkaksi\s?tuhat(?:ta)?\s?(?:kaksikymmentä|kolmekymmentä)\s?(yksi|kaksi|kolme|neljä|viisi|kuusi|seitsemän|kahdeksan|"
                      r"yhdeksän)?\b|\bkaksi\s?tuhat(?:ta)?\s?(?:kaksikymmentä|kolmekymmentä)\b")  # also "kaksi tuhat kaksikymmentä…"
_EN_YEAR = re.compile(r"\b(?:two thousand (?:and )?|twenty[- ])(twenty|thirty)(?:[- ](one|two|three|four|five|six|seven|eight|nine))?\b")
# "vk 10/2027", "viikolla 12", "week 10": an ISO week
_ISO_WEEK = re.compile(r"\b(?:vk|viikko|viikolla|viikon|week|wk)\.?\s*(\d{1,2})(?:\s*/\s*(\d{4}))?\b(?!\s*(?:kk|vuo|months?|years?|päiv|days?))")


def _year_words(text: str) -> str:
    """A year written in words as digits ("kaksituhattakaksikymmentäkahdeksan" is 2028)."""
    def fi(match: re.Match) -> str:
        tens = 20 if "kaksikymmentä" in match.group(0) else 30
        return str(2000 + tens + FI_UNITS.get(match.group(1) or "", 0))

    def en(match: re.Match) -> str:
        return str(2000 + (20 if match.group(1) == "twenty" else 30) + EN_UNITS.get(match.group(2) or "", 0))

    text = _SPOKEN_YEAR.sub(lambda m: "kaksituhatta" + ("kaksikymmentä" if m.group(1).startswith("kak") else "kolmekymmentä")
                            + _SPOKEN_UNIT.get(m.group(2) or "", m.group(2) or ""), text)  # "kakstuhattakakskymmentäkaheksan"
    text = _SEASON_SHORT_YEAR.sub(lambda m: f"{m.group(1)} {2020 + FI_UNITS.get(_SPOKEN_UNIT.get(m.group(2), m.group(2)), 0)}", text)
    return _EN_YEAR.sub(en, _FI_YEAR.sub(fi, text))


# a season or "vuonna", then a year's last two digits in words: "Syksyllä kakskymmentäkaheksan", "vuonna kakskytseittemän"
_SEASON_SHORT_YEAR = re.compile(r"\b(syksyllä|syksyl|keväällä|keväl|kesällä|kesäl|talvella|talvel|vuonna|vuonna)\s+"
                                r"(?:kaksi|kaks)(?:kymmentä|kyt)(kuusi|kuus|seitsemän|seittemän|kahdeksan|kaheksan|yhdeksän|yheksän)\b",
                                re.IGNORECASE)


# a year in spoken words: "kakstuhattakakskymmentäkaheksan", "kaksituhattakakskytseittemän"
_SPOKEN_UNIT = {"kaheksan": "kahdeksan", "seittemän": "seitsemän", "yheksän": "yhdeksän", "kuus": "kuusi", "viis": "viisi",
                "yks": "yksi", "kaks": "kaksi", "kolome": "kolme", "nelijä": "neljä"}
_SPOKEN_YEAR = re.compile(r"\bkaks(?:i)?\s?tuhatta?\s?(kaks(?:i)?kymmentä|kakskytä?|kolme?kymmentä|kolmekytä?)\s?"
                          r"(kaheksan|kahdeksan|seittemän|seitsemän|yheksän|yhdeksän|kuusi|kuus|viisi|viis|yksi|yks|kaksi|kaks|"
                          r"kolme|kolome|neljä|nelijä)?\b")


def _week_monday(week: int, year: int | None, today: date, weekday: int = 1) -> DateReading:
    """The Monday (an end: the Sunday) of ISO week ``week``, this year's or, if it has passed, next year's; a proposal."""
    if year is not None and not MIN_YEAR <= year <= MAX_YEAR:
        return NOT_UNDERSTOOD  # "vko 1/0001"
    for candidate in ([year] if year else [today.year, today.year + 1]):
        try:
            monday = date.fromisocalendar(candidate, week, weekday)
        except ValueError:
            return NOT_UNDERSTOOD
        if year or monday > today:
            return DateReading(monday, vague=True)
    return NOT_UNDERSTOOD


_EN_MONTH_NAMES = "|".join(name.lower() for name in calendar.month_name if name)
_MONTH_NAMED = re.compile(r"(?:" + "|".join(_FI_MONTHS) + r")k|\b(?:" + _EN_MONTH_NAMES + r")\b")
_ANY_DM = re.compile(r"(?<![\d.])\d{1,2}\.\d{1,2}\.?(?:\d{4}|\d{2})?(?![\d])")
_ANY_DMY = re.compile(r"(?<![\d.])\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})(?!\d)")
_NEXT_MONTH_DAY = re.compile(r"\b(?:ensi|ens|seuraavan)\s+kuun\s+(\d{1,2})\.?\s*(?:päivä\w*|pv\.?)?(?!\s*(?:jälkeen|tienoo\w*|tienoilla|"
                             r"paikkeil\w*|maissa|mennessä|viiko\w*|puolisko\w*|after|around|by))"
                             r"|\b(?<!after\s)(?<!around\s)(?<!by\s)(?<!after\sthe\s)(?<!around\sthe\s)(?<!by\sthe\s)(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+of\s+(?:the\s+)?next\s+month\b")
_NEXT_MONTH_AROUND = re.compile(r"\b(?:ensi|ens|seuraavan)\s+kuun\s+(\d{1,2})\.?\s*(?:päivä\w*|pv\.?)?\s*(?:jälkeen|tienoo\w*|"
                                r"tienoilla|paikkeil\w*|maissa|mennessä)")
# A d.m. date said as a meeting's, a decision's or an application's, beside the project's own month
_MEETING_DATE = re.compile(r"(?:kokou\w*|kokoont\w*|päätö\w*|hakemu\w*|meeting|board\s+meets|decision|application|\w*tilaisuu\w*|"
                           r"kick-?off|info\s+(?:event|evening|session))[^.,;]{0,25}"
                           r"(?<![\d.])\d{1,2}\.\d{1,2}\.?(?!\d)|(?<![\d.])\d{1,2}\.\d{1,2}\.?\s+(?:pidetään\s+|on\s+)?"
                           r"(?:kokous|kokouksessa|päätös|meeting|decision)")


_SO_LATER = re.compile(r"\b(?:joten|siksi|niin\s+että|so|therefore|eli\s+vasta|sitten\s+vasta)\b")
# a start tied to an event ("Aloitetaan kun lehmät on päässy laitumelle, toukokuun lopulla"): the month is a proposal
_WHEN_EVENT = re.compile(r"\b(?:kun|ku|kunhan|when|once|after|sen\s+jälkeen\s+kun)\s+\w+")
_THIS_YEAR = re.compile(r"\b(?:kuluvan|tämän|taman)\s+vuoden\s+(?=(?:" + "|".join(_FI_MONTHS) + r")k)|"
                        r"\bthis\s+year'?s\s+(?=" + _EN_MONTH_NAMES + r")")
_NEXT_WEEK_DAY = re.compile(r"\b(?:ensi|ens|seuraavan)\s+viikon\s+(" + "|".join(FI_WEEKDAYS) + r")\w*")


def _next_week_day(match: re.Match, today: date) -> date:
    return today + timedelta(days=7 - today.weekday() + FI_WEEKDAYS.index(match.group(1)))


def _next_month_day(match: re.Match, today: date) -> str:
    year, month = (today.year + 1, 1) if today.month == 12 else (today.year, today.month + 1)
    return f"{int(match.group(1) or match.group(2))}.{month}.{year}"


# "… mut jälkityöt vielä elokuun loppuun", "ja sit viel raportit": what comes after still belongs to the project
_STILL = re.compile(r"\b(?:mut|mutta|but|vielä|viel|sit|sitten|then|still|after\s+that|sen\s+jälkeen|laitetaan|eli)\b")
# "Päättymisajankohta on vielä avoin; hallitus käsittelee asiaa 20.1.": the date is the meeting's
_STILL_OPEN = re.compile(r"\b(?:vielä|viel)\s+(?:avoin|auki|päättämättä)|\bstill\s+open\b|\bnot\s+(?:yet\s+)?(?:fixed|set)\b")
# the person has to ask first: what follows is when they can, not the project's date
_ASK_FIRST = re.compile(r"\b(?:pitää|pittää|täytyy|tarttee|must|have\s+to|need\s+to|i'?ll|will)\s+(?:\w+\s+)?(?:kysyä|kysyö|kysyy|kysyyä|"
                        r"tarkistaa|ask|check)\b|\b(?:kysyn|kysytään|i\s+will\s+ask|i'?ll\s+ask|asking)\b")
_MEETING_WORD = re.compile(r"kokou\w*|kokoon\w*|kokkoon\w*|käsittel\w*|meeting|meets|\bmeet\b|päättää|decides")
_PAST_WORDS = re.compile(r"\b(?:viime|edelli\w*|aiemp\w*|last\s+(?:time|year)|previous\w*|earlier)\b.*\b(?:alko\w*|alkoi|aloitettiin|päättyi|"
                         r"loppui|started|began|ended|finished|was|oli)\b|\b(?:alko\w*|alkoi|päättyi|started|began|ended)\b.*\b(?:viime|last|"
                         r"previous|edelli\w*)\b")


def _without_past(clean: str) -> str:
    """``clean`` without the clauses about a past project's dates, when a clause about this one is left."""
    parts = re.split(r"(?<=[.;,])\s+|\s+(?=\b(?:but|mutta|mut)\b)", clean)
    if len(parts) < 2:
        return clean
    kept = [p for p in parts if not (_PAST_WORDS.search(p) and _DATE_CONTENT.search(p))]
    said = " ".join(kept)
    if not kept or len(kept) == len(parts) or not (_DATE_CONTENT.search(said) or re.search(r"first|ensimmäi", said)) or re.search(
            r"\bthis\s+year\b|\btänä\s+vuonna\b", said):
        return clean
    return " ".join(kept).strip(" ,.;")


_ANY_MONTH = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|(?:" + "|".join(_FI_MONTHS) + r")k")
_DATE_CONTENT = re.compile(r"\d|" + _ANY_MONTH.pattern)
_PROJECT_ENDS = re.compile(r"\b(?:hanke|hankkeen|projekti|project|toteutus\w*)\b[^.,;]{0,25}\b(?:päätty\w*|loppu\w*|ends?|finish\w*)\b|"
                           r"\b(?:päättymispäivä|end\s+date)\b")
# "aug 31 2027 bc i go back to uni in sept": the reason after "because" is not the answer
_BECAUSE = re.compile(r"\b(?:bc|b/c|because|cause|cuz|coz|koska|sillä)\b")
_TURN_THEN_DAY = re.compile(r"\b(?:after\s+(?:the\s+)?)?new\s+year'?s?(?:\s+day)?\b|\b(?:uuden\s*vuoden|vuoden\s*vaihteen|"
                            r"vuodenvaihteen)\s+jälkeen\b")
_FROM_START = re.compile(r"\b(?:alusta|aloituksesta|alotuksesta|alkamisesta|käynnistymisestä|lukien|from\s+(?:the\s+)?start)\b")
_SNOW_MELTS = re.compile(r"\b(?:(?:sitte|sitten)\s+)?(?:k[uo]n?|when|once|as\s+soon\s+as|the\s+moment)\s+(?:the\s+)?"
                         r"(?:lumi|lumet|snow)\s+(?:sulaa|sulavat|lähtee|lähtöö|lähtevät|melts|is\s+gone|goes)\b")


_MEETING = re.compile(r"hallitu\w*|kokou\w*|kokous|board|meeting|\bagm\b|vuosikokou\w*|päätö\w*|decision", re.IGNORECASE)
# "riippuu hallituksesta, se kokoontuu 20.1.", "depends on the board, they meet 20.1.2027": the date is the meeting's
_DEPENDS_FIRST = re.compile(r"^\W*(?:se\s+|it\s+|that\s+)?(?:riippuu|depends)\b(?!.*\b(?:mutta|but|siis|so|aikaisintaan|earliest|ajatel\w*|"
                            r"thought|toivo\w*|hopefully|ehkä|maybe|probably|varmaan|kevä\w*|kesä\w*|syks\w*|talv\w*|spring|summer|autumn|"
                            r"fall|winter)\b)", re.IGNORECASE)


# a meeting that will decide (not one that has: "ku hallitus on sen päättäny", "the board decided on April"), no date put right
_DECIDES = re.compile(r"^(?!.*(?:\bei\s*ku\b|\beiku\b|correction|\bno\s+wait\b|\bsorry\b)).*(?:\bpäättää\b|\bpäätetään\b|\bkäsittelee\b|"
                      r"\bkäsitellään\b|\bdecides\b|\bto\s+decide\b|\bwill\s+decide\b|\bdecide\s+then\b)", re.IGNORECASE | re.DOTALL)
# a start said in its own words beside the meeting ("we'd start in February", "aloitetaan tammikuussa")
_START_SAID = re.compile(r"\b(?:aloitus\b|alotus\b|aloite\w*|alote\w*|aloita\w*|alotta\w*|aloitamme|alkaa|alkais\w*|käynnisty\w*|käynnistä\w*|"
                         r"(?:we|we'd|we\s+would|we\s+will|we'll)\s+(?:\w+\s+)?start|start(?:s|ing)?\s+(?:on|in|from)|begin\w*|kick\w*\s+off)",
                         re.IGNORECASE)
_MONTH_AFTER = re.compile(r"\b(?:sitä\s+)?seuraava\w*\s+kuu\w*|\bkuukautta\s+myöhemmin|\b(?:the\s+)?(?:following\s+month|month\s+after)",
                          re.IGNORECASE)


# the start named as what a time is counted from: "vuoden päästä (siitä) aloituksesta", "a year after the start"
_COUNTED_FROM = re.compile(r"\s*\b(?:(?:siitä|sen|hankkeen|projektin)\s+)?(?:aloitu(?:ksesta|ksest|kses|sesta)|alotu(?:ksesta|ksest|kses|sesta)|alkamise(?:sta|st)|"
                         r"alkamispäiväst\w*|aloituspäiväst\w*)\b|\s*\b(?:after|from)\s+(?:the\s+|our\s+)?(?:project\s+)?start(?:ing)?(?:\s+date)?\b",
                         re.IGNORECASE)


def understand_date(text: str, *, role: Literal["start", "end"], today: date, lang: str,
                    start: date | None = None) -> DateReading:
    """The date in ``text``; ``value`` None when not understood. ``role`` decides a month's first or last day."""
    text = plainly(text)  # "KESÄKUUN PUALIVÄLIS 2028", "November 2027. edit: October 2027"
    reading = _understand_date(text, role=role, today=today, lang=lang, start=start)
    said = text or ""
    real = _REALISTICALLY.search(said)
    if real is not None:
        later = _understand_date(real.group(1), role=role, today=today, lang=lang, start=start)
        if later.value is not None and later.value != reading.value:
            return replace(later, vague=True)  # "tammikuussa 2027 ois kiva mut realistisesti maaliskuussa 2027": the realistic one
    settled = _SETTLED_LAST.search(said)
    if settled and _ANY_MONTH.search(settled.group(1).lower()) and not re.search(r"\b20\d\d\b|\d\.\d", said[:settled.start()]):
        last = _understand_date(settled.group(1), role=role, today=today, lang=lang, start=start)
        if last.value is not None and (reading.value is None or last.value.month != reading.value.month):
            return replace(last, vague=True)  # "after the board mtg in feb, so march": the month said last, proposed
    if role == "end" and start is not None and reading.vague and "relative" in reading.assumptions:
        reading = after_start(standard_forms(said.lower()), start) or reading  # "kahen vuojen päästä": from the start
    if role == "end" and start is not None and reading.value is None and _COUNTED_FROM.search(said):
        counted = after_start(standard_forms(_COUNTED_FROM.sub(" ", said).lower()), start)  # "vuoden päästä aloituksesta"
        if counted is not None:
            return counted
    if (role == "end" and start is not None and reading.value is not None and reading.value.year != start.year + 1
            and _FOLLOWING_YEAR.search(said) and not re.search(r"\b(?:ensi|ens|next|20\d\d)\b", said, re.IGNORECASE)):
        year, month = start.year + 1, reading.value.month
        day = last_day(year, month) if "month_end" in reading.assumptions else reading.value.day
        later = safe_date(year, month, day)  # a month's end stays its end: 29.2. in a leap year
        if later is not None:
            return replace(reading, value=later, vague=True)  # "seuraavan vuoden toukokuun loppuun": the year after the start's, proposed
    if reading.value is not None and role == "start" and _MEETING.search(said):
        if _MONTH_AFTER.search(said):
            # "Hallituksen kokous on 20.1. …; aloitus olisi sitä seuraavan kuun alussa": the month after the meeting, proposed
            month = reading.value.month % 12 + 1
            return DateReading(date(reading.value.year + (month == 1), month, 1), vague=True)
        if not _START_SAID.search(said) and (undecided_only(said) or _DEPENDS_FIRST.search(said)
                                             or (_DECIDES.search(said) and not some_when(said))):
            # "hallitus käsittelee asiaa tammikuun kokouksessaan, joten en voi vielä sanoa", "The board meets on January
            # 20th to decide the start date": the meeting's date, not the start's; a date offered to hold the place
            return _held_place("start", today, start)
    if (reading.value is not None and role == "end" and _MEETING.search(said) and not _START_SAID.search(said)
            and undecided_only(said) and not _END_SAID.search(said)):
        # "En mie tiijä viel. Hallitus päättää sen tammikuun kokoukses.": the meeting's month, not the end's; a date to hold
        # the place two years after the start, as for any end not yet known
        return _held_place("end", today, start)
    if reading.value is not None and not reading.vague and re.search(
            r"(?:\d|\b(?:jan|feb|march|april|may|june|july|aug|sept?|oct|nov|dec)[a-z]*|\bend|\bstart|\bspring|\bsummer|\bautumn|\bfall|\bwinter)"
            r"\s*-\s*ish\b|\bish\b|~\s*(?:\d|[a-z]{3})", text or "", re.IGNORECASE):
        reading = replace(reading, vague=True)  # "December-ish 2028": about then, proposed
    if (role == "end" and start is not None and reading.value is not None and reading.value <= start
            and "relative" in reading.assumptions and "month_end" in reading.assumptions and not re.search(r"\b20\d{2}\b|\b\d{1,2}\.\d{1,2}\.\d{2}|\b(?:next|ensi|tulevan?|this|tämän|tänä)\b", said, re.IGNORECASE)):
        year, month = reading.value.year + 1, reading.value.month
        later = date(year, month, last_day(year, month))  # a month-end reading is that month's last day
        if later > start:
            return replace(reading, value=later)  # "maaliskuussa" after a May start: next March, the first after the start
    if reading.value is not None and reading.vague and reading.assumptions == ("relative",) and _NOT_KNOWN_ASK.search(said):
        # "Mä en tiiä vielä, pitää kysyä puheenjohtajalta ku se on tehny ton aikataulun", "… joten en pysty tässä vaiheessa
        # ilmoittamaan": not known, someone else knows; a date offered to hold the place, not an event's
        return _held_place(role, today, start)
    if reading.value is not None and reading.vague and role == "start" and reading.value < today:
        later = safe_date(reading.value.year + 1, reading.value.month, reading.value.day)
        return replace(reading, value=later) if later else reading  # a proposal is never in the past ("this year in April")
    return reading


def _held_place(role: str, today: date, start: date | None) -> DateReading:
    """No date, with one offered to hold the place: after the funder's decision for a start, two years on for an end."""
    if role == "start":
        return DateReading(None, placeholder=after_decision(today))
    return DateReading(None, placeholder=end_after(start, UNDECIDED_MONTHS).value if start else None)


# the date hoped for, then the realistic one: "… ois kiva mut realistisesti maaliskuussa 2027", "but realistically June"
_REALISTICALLY = re.compile(r"\b(?:mut(?:ta)?|but|vaan)\s+(?:realistisesti|realistically|todennäköisemmin|more\s+likely)\b[,:\s]*(.+)$",
                            re.IGNORECASE)
# not known yet and said so, with someone else who knows or no way to say: "en tiiä vielä, pitää kysyä …", "en pysty ilmoittamaan"
_NOT_KNOWN_ASK = re.compile(r"^\W*(?:mä\s+|mie\s+|minä\s+)?e[nm]\s*(?:mä\s+|mie\s+)?(?:tiiä|tiä|tiedä|tiijä)\s+(?:vielä|viel|viälä)\b.*"
                            r"\b(?:kysy\w*|tietää\s+paremmin|knows?\s+better|ask)\b|"
                            r"\b(?:en|emme)\s+(?:pysty|voi|osaa)\s+(?:\w+\s+){0,3}(?:ilmoittamaan|sanomaan|kertomaan|arvioimaan)\b", re.IGNORECASE)


# an end said in its own words beside the meeting ("päättyy", "ends", "valmista", "until")
_END_SAID = re.compile(r"\b(?:päätty\w*|loppu\w*|valmi\w*|end\w*|finish\w*|until|asti|saakka|mennessä|by\s+the)\b", re.IGNORECASE)

# "seuraavan vuoden", "the following year": for an end, the year after the start's
_FOLLOWING_YEAR = re.compile(r"\bseuraava\w*\s+vuo\w*|\bfollowing\s+year\b", re.IGNORECASE)

# a day said as a plain number word before a month in the partitive: "viistoista toukokuuta", "kymmenen kesäkuuta 2027"
_DAY_NUMBER_WORD = re.compile(r"\b([a-zäö]{3,})\s+(?=(?:" + "|".join(_FI_MONTHS) + r")kuuta\b)")


# a year's last two digits said in words after a month and its start or end: "joulukuun loppuun kakskytkaheksan"
_SHORT_YEAR_WORD = re.compile(r"\b((?:" + "|".join(_FI_MONTHS) + r")kuu\w*\s+"
                              r"(?:(?:loppuun|loppuu|loppu|lopus|lopussa|alkuun|alkuu|alku|alussa|alus|puolivälissä|puolivälis|aikana|"
                              r"(?:viimeinen|viimenen|viimonen|eka|ensimmäinen)\s+päivä)\s+)?)"
                              r"([a-zäö]{6,})\b(?!\s+(?:päivä\w*|pv|henke\w*|hlö|euro\w*|tunti\w*))")  # also "syyskuussa kakskytkaheksan"


def _number_word(word: str, low: int, high: int) -> int | None:
    """The number a single word says ("viistoista": 15) when it lies from ``low`` to ``high``."""
    said = prepare(word).strip()
    return int(said) if said.isdigit() and low <= int(said) <= high else None


# a year's last two digits in words after a correction word: "… 2028 ei ku kakskytseittemän"
_YEAR_WORD_PUT_RIGHT = re.compile(r"\b((?:ei\s*ku|eiku|ei\s+vaan|no\s+wait|sorry|korjaan)\s+)([a-zäö]{6,})\b(?!\s+(?:päivä\w*|pv))")


def _short_year(match: re.Match) -> str:
    year = _number_word(match.group(2), 24, 40)
    return f"{match.group(1)}20{year}" if year is not None else match.group(0)


def _day_number(match: re.Match) -> str:
    day = _number_word(match.group(1), 1, 31)
    return f"{day}. " if day is not None else match.group(0)


# the date an answer settles on at its end: "…, so march", "…, eli huhtikuussa", "…, joten toukokuun alussa"
_SETTLED_LAST = re.compile(r"[,;.]\s*(?:so|eli|siis|joten|niin)\s+((?:\S+\s+){0,3}\S+)\s*$", re.IGNORECASE)


# a day alone after a correction: "the 15th", "16.", "the second"
_DAY_ALONE = re.compile(r"(?:the\s+)?(?:(?P<n>\d{1,2})(?:st|nd|rd|th|\.)?|(?P<w>first|second|third|fourth|fifth))", re.IGNORECASE)
_DAY_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5}
_FUZZY = re.compile(r"\b(?:early|mid|late|beginning\s+of|start\s+of|end\s+of|the|alussa|alkupuolella|lopussa|puolivälissä|alkuun)\b\s*",
                    re.IGNORECASE)


def _with_day(said: str, day: re.Match) -> str:
    """The date said before a correction with the day the correction gives: "toukokuun 16. päivä", "15 june 2028"."""
    number = int(day.group("n")) if day.group("n") else _DAY_WORDS[day.group("w").lower()]
    said = said.strip(" ,.:;-–")
    if re.search(r"\b\d{1,2}(?:\.(?!\d)|st\b|nd\b|rd\b|th\b)", said):
        return re.sub(r"\b\d{1,2}(?=\.(?!\d)|st\b|nd\b|rd\b|th\b)", str(number), said, count=1)
    if re.search(r"\b(?:first|second|third|fourth|fifth)\b", said, re.IGNORECASE):  # "the second of May, no wait, the third"
        suffix = {1: "st", 2: "nd", 3: "rd"}.get(number if number < 20 else number % 10, "th")
        return re.sub(r"\b(?:first|second|third|fourth|fifth)\b", f"{number}{suffix}", said, count=1, flags=re.IGNORECASE)
    return f"{number} {_FUZZY.sub('', said).strip(' -–')}"


# what a correction must say to put a date or a span right: a figure, a month or a length
_SPAN_OR_DATE = re.compile(r"\d|kuu|january|february|march|april|may|june|july|august|september|october|november|december|vuo|vuu|"
                           r"years?\b|\bkk\b|months?\b|\b(?:first|second|third|fourth|fifth)\b")


# where a date said is put right: "tammikuus? ei ku helmikuus", "May 2027, no wait, June", "Let us say 1 May 2027"
_CORRECTED = re.compile(r"\b(?:ei\s*kun?|ee\s*kun?|nej,?\s+vänta|vänta|but\s+on\s+(?:second\s+thought|reflection)|nej\s+wait|oh\s+wait|wait,?\s+no|ei\s+vaan|ei\s+sittenkää\w*|korjaan|tarkoitan|tarkoitin|i\s+mean|sorry|oops|korjaus|(?:ei\s+)?(?:oota|odota|ootas|odotas)|correction(?=\s*[:,])|no\s+wait|actually,?\s+no|"
                         r"or\s+rather|scratch\s+that|ei,?\s+anteeksi|nej,?\s+förlåt|förlåt|let\s+us\s+say|let'?s\s+say)\b|\?\s*(?:ei|no|nope|nej)(?=\s*,)|"
                         r"(?<=[a-zäö\d])[,.]?\s+\*(?=\w)|(?<=[a-zäö\d]),\s*(?:ei|no|nej)\s*,|(?<=[a-zäö])[.!]\s*(?:ei|no|nej)\s*,")


def _understand_date(text: str, *, role: Literal["start", "end"], today: date, lang: str,
                     start: date | None = None) -> DateReading:
    """``understand_date`` before its last check."""
    if not text or len(text) > 500:
        return NOT_UNDERSTOOD
    clean = " ".join(standard_forms(text.lower()).replace("\u2013", "-").replace("\u2014", "-").split())  # "ensi vuaren lopusa"
    clean = _year_words(re.sub(r"\band\s+half\b", "and a half", clean))  # "two thousand and twenty-eight", "two and half years"
    clean = _DAY_NUMBER_WORD.sub(_day_number, clean)  # "viistoista toukokuuta": the 15th, not the month's first day
    clean = _SHORT_YEAR_WORD.sub(_short_year, clean)  # "joulukuun loppuun kakskytkaheksan": 2028
    if re.search(r"\b20\d\d\b", clean):
        clean = _YEAR_WORD_PUT_RIGHT.sub(_short_year, clean)  # "… lopussa 2028 ei ku kakskytseittemän": 2027
    clean = re.sub(r"\b(jan\w*|feb\w*|march|apr\w*|june?|july?|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*)\s+(end|start|beginning)\b",
                   lambda m: f"{'end' if m.group(2) == 'end' else 'start'} of {m.group(1)}", clean)  # "march end 2027"
    if _THIS_YEAR.search(clean) and not re.search(r"\b20\d\d\b|ensi\s+vuo|seuraavan\s+vuo|next\s+year", clean) and len(
            _MONTH_NAMED.findall(clean)) == 1:
        clean = f"{_THIS_YEAR.sub(' ', clean)} {today.year}"  # "kuluvan vuoden joulukuun 14. päivästä": this year's
    if _TURN_THEN_DAY.search(clean) and re.search(r"\d", clean) and not re.search(
            r"\b(?:not|ei|but|vaan|if|jos|around|about|noin|paikkeil\w*|tienoil\w*|maybe|ehkä|joskus|or|tai)\b", clean) and (
            _ANY_MONTH.search(_TURN_THEN_DAY.sub(" ", clean)) or re.search(r"\d\.\d", clean)):
        clean = _TURN_THEN_DAY.sub(" ", clean)  # "after new year, jan 11": the day said counts, not the turn of the year
    put_right = _CORRECTED.split(clean)
    if role == "end" and start is not None:
        # a span put right ("kolme vuotta, ei ku kaks") is read after the correction; "…. Sorry for typos" is no correction
        corrected_span = len(put_right) > 1 and _SPAN_OR_DATE.search(put_right[-1])
        span = lead_span(put_right[-1].strip(" ,.:;-") if corrected_span else clean, start, _MONTH_NAMED)
        if span is not None:
            return span  # "18 months, so we have the summer gathering two times": from the start, proposed
    nth = nth_weekday(clean, today)
    if nth is not None:
        return DateReading(nth)  # "tammikuun ensimmäisenä maanantaina", "the last Saturday of August 2028"
    if _STILL_OPEN.search(clean) and _MEETING_WORD.search(clean):
        return NOT_UNDERSTOOD  # "Päättymisajankohta on vielä avoin; hallitus käsittelee asiaa 20.1.2027": the meeting's date
    if _ASK_FIRST.search(clean) and _MEETING_WORD.search(clean):
        return NOT_UNDERSTOOD  # "miun pittää kysyö hallitukselta, ne kokoontuu tammikuussa": the board's meeting, not the start
    clean = _without_past(clean)  # "tammikuun alusta, viime hanke alko kans tammikuussa 2022": last project's date is not this one's
    because = _BECAUSE.search(clean)
    if because and _ANY_MONTH.search(clean[:because.start()]) and _ANY_MONTH.search(clean[because.end():]) and not re.search(
            r"\d|\b(?:not|ei|but|vaan|mutta|instead|actually|oikeastaan|mieluummin|rather|so|joten|eli|siis)\b", clean[because.end():]):
        # "huhtikuus koska hallitus kokoontuu vast maaliskuun lopus", "syyskuun loppuun, koska lokakuussa tulee pimeää":
        # the month after "because" is the reason, not the date
        clean = clean[:because.start()]
        because = None
    if because and re.search(r"\d", clean[:because.start()]) and _ANY_MONTH.search(clean[because.end():]) and not re.search(
            r"\d|\b(?:not|ei|but|vaan|mutta|instead|tai|or|joten|so|say|sanotaan|actually|oikeastaan|mieluummin|rather)\b",
            clean[because.end():]) and not re.search(r"\b(?:not|ei|would|olis|ois|päätös|decision)\b", clean[:because.start()]):
        clean = clean[:because.start()]  # "aug 31 2027 bc i go back to uni in sept"
    week = _ISO_WEEK.search(clean)
    if week:  # "alotus vk 10/2027": the Monday of that week, proposed
        return _week_monday(int(week.group(1)), int(week.group(2)) if week.group(2) else None, today, 7 if role == "end" else 1)
    if re.search(r"pakka|astetta|°|\bcold|kylmä|\bfrost|degrees|nights?\b", clean):
        clean = re.sub(r"(?:(?<=\s)|^)[-−–]\s?\d{1,2}\b(?![.,:]\d)", " ", clean)  # "pakkasta -35": a temperature, not a year
    denied = re.match(r"^\W*(?:ei|not|no,?\s+not)\s+(?:in\s+)?" + _MONTH_STEM +
                      r"[a-zäö]*\s*(?:,|—|-|–|\s+vaan\b|\s+but\b|\s+rather\b)\s*(?:too\s+\w+\s*[,—–-]\s*|liian\s+\w+\s*[,—–-]\s*)?(.+)$", clean)
    if denied and _ANY_MONTH.search(denied.group(1)):
        clean = denied.group(1)  # "ei maaliskuussa vaan huhtikuussa", "not March, April", "not in February, too cold — March"
    corrected = _CORRECTED.split(clean)  # "maaliskuu *huhtikuu", "elokuussa, ei, syyskuussa"
    if len(corrected) > 1 and _SPAN_OR_DATE.search(corrected[-1]):
        clean = corrected[-1].strip(" ,.:;-")  # "tammikuus? ei ku helmikuus": the correction counts
        day = _DAY_ALONE.fullmatch(clean)
        day = day if day and _ANY_MONTH.search(corrected[-2]) else None
        if day:
            clean = _with_day(corrected[-2], day)  # "Early February – let's say the 1st", "Toukokuun 15. päivä, ei ku 16."
        only_year = re.match(r"(20\d{2})\b\W*(?:$|[,.;]\s*(?!.*\d))", clean)
        before = corrected[-2] if only_year else ""
        if only_year and (_ANY_MONTH.search(before) or re.search(r"\d{1,2}\.\d{1,2}\.", before)) and len(re.findall(r"\b20\d{2}\b", before)) == 1:
            clean = re.sub(r"\b20\d{2}\b", only_year.group(1), before).strip(" ,.:;-")  # "joulukuun 2027 lopussa, ei ku 2028"
        first, _, rest = re.sub(r"[!?]\s", ". ", clean, count=1).partition(". ")
        if rest and not day and _ANY_MONTH.search(first) and not re.search(r"\d{1,2}\.\d{1,2}", rest):
            clean = first  # "May 2027, no wait, June. In May is too many holidays": the remark after it is no date
        first, _, rest = clean.partition(", ")
        if rest and _ANY_MONTH.search(first) and _ANY_MONTH.search(rest) and re.search(
                r"\b(?:on|is|was|oli|ois|olis|are|ovat|comes?|arrive|arrives|tulee|tulevat|tullee)\b|\btoo\s+(?:early|late)\b|\bliian\s+\w+", rest) \
                and not re.search(r"\d|\b(?:tai|or|jos|if|vai|half|puolisko\w*|loppu\w*|alku\w*|end|beginning)\b", rest):
            clean = first  # "lokakuus, marraskuus on jo pimmeetä": why the other month is out, not the date
        said_before = " ".join(corrected[:-1])
        year = re.findall(_MONTH_STEM + r"\w*(?:\s+[a-zäö]+){0,2}?\s+(20\d{2})\b", said_before)
        if year and int(year[-1]) >= today.year and _ANY_MONTH.search(clean) and not re.search(r"kokou|kokoont|päätö|päätt|decision|decid|meeting|meets|hallitu|board", said_before) and not re.search(
                r"\b20\d{2}\b|\d{1,2}\.\d{1,2}|\d{3}", clean):
            clean = f"{clean} {year[-1]}"  # "marraskuus 2028, ei ku lokakuus": the year said with the month holds for the correction
    # "1.3.-31.12.2027": the year written once belongs to both; "1.3 2027" is 1.3.2027
    clean = re.sub(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.?\s*-\s*(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})(?!\d)", r"\1.\2.\5-\3.\4.\5", clean)
    clean = re.sub(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\s+(\d{4})(?!\d)", r"\1.\2.\3", clean)
    clean = _day_range(clean, role)
    clean = re.sub(r"\bkolom(e|en)\b", r"kolm\1", clean)  # Savo and Kainuu: "kolomen kuukauden päästä"
    clean = re.sub(r"\bkuukauven\b", "kuukauden", re.sub(r"\b(?:piästä|piäst|pääst)\b", "päästä", clean))  # Savo: "kahen kuukauven piästä"
    clean = re.sub(r"\bin\s+(\d{1,3}|[a-z]+)\s+days\b", r"\1 days from now", clean)  # "in ten days"
    clean = re.sub(r"(?<![\w'])'(\d{2})\b(?![.,:/]?\d)", r"20\1", clean)  # "end of Q3 '28" (not "'15.3.2027'")
    if not _MONTH_NAMED.search(clean) and not re.search(r"päätö|decision", clean):
        around = _NEXT_MONTH_AROUND.search(clean)
        if around:  # "ensi kuun 15. päivän jälkeen": about then, a proposal
            return replace(_numeric(_next_month_day(around, today), role, today) or NOT_UNDERSTOOD, vague=True)
        clean = _NEXT_MONTH_DAY.sub(lambda m: _next_month_day(m, today), clean)  # "ens kuun 11. päivä"
    clean = _SNOW_MELTS.sub(" keväällä ", re.sub(r"\bkevväällä\b", "keväällä", clean))  # "kun lumet lähtöö": spring, proposed
    clean = re.sub(r"\b(\d{1,2})/(\d{1,2})-(\d{2}|\d{4})\b(?!\s*/)", r"\1.\2.\3", re.sub(r"\bens(?:i)?(?=viikon\b|vuo|vuu|kesä|syksy|kevä|talve|maanantai|tiistai|keskiviikko|torstai|perjantai|lauantai|sunnuntai)",
                                                                                   "ensi ", clean))  # "1/3-27"
    next_week = _NEXT_WEEK_DAY.search(clean)
    if next_week and not _MONTH_NAMED.search(clean) and not re.search(r"kokou|päätö|hakemu|meeting|decision|jos\b|if\b|mennessä|by\b", clean):
        return DateReading(_next_week_day(next_week, today), vague=True)  # "ensi viikon maanantaina": that Monday, proposed
    clean = ordinal_days(re.sub(r"\bvu[uo]?en\b", "vuoden", clean))  # "tammikuun kahestoista päivä"; spoken "ens vuuen"
    clean = re.sub(r"\b(\d{1,2})\.?\s*(?:päivä\w*|pv\.?)\s+(" + "|".join(_FI_MONTHS) + r")kuuta\b",
                   lambda m: f"{m.group(1)}.{_FI_MONTHS.index(m.group(2)) + 1}.", clean)  # "12. päivänä tammikuuta"
    named = _NAMED_DAY.search(clean)
    if named and not _MAY_DAY_ONLY.fullmatch(_day_words(named)):
        rest = clean[:named.start()] + " " + clean[named.end():]
        if _PAST_YEAR.search(rest):
            return NOT_UNDERSTOOD  # "jouluaattona toissa vuonna": a past day is no project date
        if _MONTH_NAMED.search(rest) or _ANY_DM.search(rest) or re.search(r"\d{1,2}/\d{1,2}", rest):
            year = named.group(1)
            clean = _ANY_DM.sub(lambda m: m.group(0) if not year or re.search(r"\.\d{2,4}$", m.group(0)) else
                                f"{m.group(0).rstrip('.')}.{year}", rest, count=1)  # "Midsummer eve 2028 (23.6.)": in its year
            named = None
        elif _AROUND_EVENT.search(rest) or re.search(r"jälkeis\w*|edeltäv\w*|following|preceding", rest):
            named = None  # "juhannuksen jälkeen", "jouluaaton jälkeisenä päivänä": the readers of a day near an event
    near_named_day = bool(named) and bool(re.search(r"jälkeen|after|ennen|before|tieno|paikkeil|around|maissa|about|noin|viikko|week",
                                                  clean) or _ONLY_THE_WEEKEND.match(_day_words(named)))
    ahead = next((years for pattern, years in _YEARS_AHEAD if re.search(pattern, clean)), 0) if named else 0
    after = max(today, start) if role == "end" and start is not None else today  # an end after the start
    clean = _NAMED_DAY.sub(lambda m: _named_day_said(m, after, ahead), clean) if named or _MAY_DAY_ONLY.search(clean) else clean  # "vappuna", "vapusta 2027 lähtien": 1 May
    clean = re.sub(r"^(\d{1,2}),(\d{1,2}),(\d{4}|\d{2})$", r"\1.\2.\3", clean)  # "15,4,2027" typed on a phone
    numeric = _numeric(clean, role, today)
    if numeric is not None and near_named_day and numeric.value is not None:
        return replace(numeric, vague=True)  # "vapun jälkeen": around 1 May, a proposal
    if numeric is not None and numeric.value is None:
        return guess_date(clean, role, today, start) or numeric  # "Aloitus 1.4.2027 (päätös 12.11.2026, …)": the labelled one
    if role == "end" and numeric is not None and numeric.value is not None and not numeric.vague and len(_ANY_DM.findall(clean)) == 1:
        first = _ANY_DM.search(clean)
        still = _STILL.search(clean, first.end())
        later = _words(clean[still.end():], role, today) if still and _MONTH_NAMED.search(clean[still.end():]) else NOT_UNDERSTOOD
        if later.value is not None and later.value > numeric.value and not _PROJECT_ENDS.search(clean[:first.start()]):
            return replace(later, vague=True)  # "Leiri loppuu 18.7.2027 mut raportit vielä elokuun loppuun 2027": the later, proposed
    if numeric is not None and numeric.value is not None and not numeric.vague and not _ANY_DMY.search(clean):
        rest = _ANY_DM.sub(" ", clean)
        other = _words(rest, role, today) if _MONTH_NAMED.search(rest) else NOT_UNDERSTOOD
        if other.value is not None and other.value.month != numeric.value.month and _MEETING_DATE.search(clean):
            # "kokouksessa 12.11. sovittiin, että hanke käynnistyy 1. huhtikuuta 2027": the meeting's date is not the
            # project's; the month-named one proposed
            return replace(other, vague=True)
    if numeric is not None:
        if numeric.value is not None and not numeric.vague and (_MONTH_RANGE.search(clean) or _HEDGED.search(clean)
                                                                or (lang == "en" and _either_order(clean))):
            return replace(numeric, vague=True)  # "3-4/2027", "30.9.2027 tai sit vasta vuoden lopussa, en tiiä": a proposal
        return numeric
    reading = _words(clean, role, today)
    if role == "end" and start is not None and reading.assumed == "relative" and _FROM_START.search(clean):
        if _MONTH_NAMED.search(clean):  # "kesäkuun loppuun, eli noin 2 vuotta alusta": which one? a proposal
            reading = replace(reading, vague=True)
        else:  # "kaksi vuotta alusta lukien": a length, not "the start of the year"
            reading = duration_end(clean, start) or reading
    if reading.value is None or not reading.vague:
        later = _SO_LATER.search(clean)  # "Poikimiset on tammikuussa, joten helmikuussa vasta": the month after "joten"
        if later and len(_MONTH_NAMED.findall(clean)) >= 2 and _MONTH_NAMED.search(clean[later.end():]):
            after = _words(clean[later.end():], role, today)
            reading = replace(after, vague=True) if after.value is not None else reading
    if reading.value is not None and not reading.vague and role == "start" and (undecided(clean, role, today) or _WHEN_EVENT.search(clean)):
        # "tammikuussa ja sit kun rahotus on varmaa": a month, but only if the money comes: a proposal
        reading = replace(reading, vague=True)
    if reading.value is not None and not reading.vague and (_MONTH_RANGE.search(clean) or _HEDGED.search(clean) or (
            (_AROUND_EVENT.search(clean) or _WEEKDAY.search(clean) or has_ordinal(clean)) and not re.search(r"(?<!\d)\d{1,2}(?!\d)", clean))):
        reading = replace(reading, vague=True)  # "maalis-huhtikuussa", "tammikuussa loppiaisen jälkeen": a proposal
    if reading.value is None and role == "end" and start is not None:
        reading = duration_end(clean, start) or reading  # "kaks vuotta": counted from the start, a proposal
    if reading.value is not None:
        return reading
    return (after_holiday(clean, role, today) or undecided(clean, role, today, start) or guess_date(clean, role, today, start)
            or reading)
