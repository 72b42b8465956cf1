"""Volunteer hours given job by job, with a machine's hours among them.

"Clearing 200 h, building tees 120 h, plus the excavator 16 h" and "Paloauton ajot 20 tuntia ja ihmisten talkoot
90 tuntia" name each figure's job. Volunteer work is people's hours: a tractor's, a fire engine's or paid hours
are another budget line, so they are left out, and the rest is added up and proposed with its working shown
("200 h + 120 h = 320 h"). Only answers whose every figure is a count of hours are read here; a count of people
or days beside them belongs to the other readers.
"""

from __future__ import annotations

import re
from decimal import Decimal

from .number_text import prepare
from .understand_guesses import NOT_SURE
from .understand_periods import _COUNTS

_HOUR = re.compile(r"(\d+(?:[ .]\d{3})*)\s*(?:h|t|tuntia|tuntii|tunnin|tuntina|hours?|hrs?|timmar)(?![a-zäö])")
_NUMBER = re.compile(r"\d")
# Not a list of jobs: a range, a rate, each one's share, a working already shown, the past, a question
_NOT_JOBS = re.compile(r"\d\s*(?:h|t)?\s*[-–—]\s*\d|\b(?:per|kukin|kullekin|jokainen|each)\b|[/àá]|=|\?|"
                       r"\b(?:viime|last\s+(?:time|year|summer|spring|autumn|fall|winter)|already|previous|edellis)|"
                       r"\b(?:kumpikin|molemmat|both\s+of\s+us|each\s+of\s+us)\b")
# A part of a whole or a total said: "siitä traktorilla 20 h", "yhteensä 220 h" (not jobs to add up, nor a rest to read)
_PART_OF = re.compile(r"\b(?:siitä|siita|siit|josta|joista|of\s+which|out\s+of\s+(?:that|these|them)|including|incl|sisältää|"
                      r"mukaan\s+lukien|yhteensä|yhteesä|yhteensa|yht|kaikkiaan|kaikenkaikkiaan|total|totally|in\s+all|"
                      r"altogether|sum|summa)\b")
# A machine's or a paid worker's hours (the budget has its own line for machine hours): the label names the machine
_MACHINE = re.compile(r"traktor|tractor|kaivinkone|kaivuri|kaivurilla|excavator|digger|mönkijä|\bquad|kelka|kelkka|snowmobile|kurottaja|"
                      r"nosturi|kuormaaja|telehandler|\bcrane|forklift|trukki|"
                      r"(?:palo|sammutus|paketti|kuorma)?auto(?:n|lla|lle|t|ja|jen)?\b|ajoneuvo|\bengine\b|\bvehicle|\btruck|"
                      r"\bvan\b|\bkone(?:en|ella|elle|et|ita|tunn|työ)?\b|konetyö|konetun|machine|"
                      r"\bpaid\b|\bhired\b|\bwe\s+pay|maksetaan|maksamme|palkattu|palkalla|palkkio|urakoitsija|contractor|firma")
_WORDS = re.compile(r"[a-zäöå]{3,}")


def labelled_hours(text: str) -> tuple[tuple[Decimal, ...], tuple[Decimal, ...]] | None:
    """(people's hours, machine or paid hours) when ``text`` gives two or more hour figures, each with its own job
    named and no other figure; None otherwise."""
    said = prepare(text or "")
    if ("\n" in (text or "").strip() or len(said) > 240 or NOT_SURE.search(said) or _NOT_JOBS.search(said)
            or _PART_OF.search(said)):
        return None
    found = list(_HOUR.finditer(said))
    if not 2 <= len(found) <= 6 or len(_NUMBER.findall(_HOUR.sub(" ", said))) > 0:
        return None  # one figure, or a count of people or days beside the hours
    before = [said[(found[i - 1].end() if i else 0):m.start()] for i, m in enumerate(found)]
    after = [said[m.end():(found[i + 1].start() if i + 1 < len(found) else len(said))] for i, m in enumerate(found)]
    # "raivaus 150 h, …" or "150 h raivaukseen, …"; "250 h + sammutusauton käyttö 20 h": the first is the main work
    trailing = not _WORDS.search(before[0]) and _WORDS.search(after[-1])  # "200 h clearing, 120 h building"
    labels = after if trailing or not all(_WORDS.search(label) for label in before[1:]) else before
    if not all(_WORDS.search(label) for label in labels[1:]) or (labels is after and not _WORDS.search(labels[0])):
        return None  # "250 h + 20 h": a figure with no job of its own
    people, machines = [], []
    for match, label in zip(found, labels):
        value = Decimal(re.sub(r"[ .]", "", match.group(1)))
        (machines if _MACHINE.search(label) else people).append(value)
    if not people:
        return None
    return tuple(people), tuple(machines)





_CLAUSE = re.compile(r"\s*(?:[,;+]|\bja\b|\band\b|\bplus\b|\bsekä\b|\blisäksi\b)\s*")


def without_machines(text: str) -> str | None:
    """``text`` without its clauses about a machine's hours ("…, ja traktori 8 tuntia"), when such a clause has a
    figure and what is left has figures of its own; None otherwise."""
    said = prepare(text or "")
    if "\n" in (text or "").strip() or len(said) > 240 or _PART_OF.search(said):
        return None  # "talkoot 200 h ja siitä traktorilla 20 h": the tractor's share of the 200, which is asked
    parts = _CLAUSE.split(said)
    machine = [bool(_MACHINE.search(part) and _NUMBER.search(part)) for part in parts]
    if not any(machine) or all(machine):
        return None
    kept = [part for part, is_machine in zip(parts, machine) if not is_machine]
    rest = ", ".join(part for part in kept if part.strip())
    return rest if _NUMBER.search(rest) else None


# "yhteensä 320 tuntia, siitä 40 tuntia tekee se palakattu ohjaaja", "300 hrs total incl 60 hrs by the paid trail builder"
_SHARE_OF = re.compile(r"\b(?:siitä|siita|siit|josta|joista|of\s+which|of\s+that|of\s+it|including|incl|siinä\s+on\s+mukana)\b")
_PAID = re.compile(r"palk|palak|maksettu|maksetaan|maksamme|\bpaid\b|\bhired\b|\bwe\s+pay|urakoitsij|contractor|firma|"
                   r"lapsi|lasten|\bkids?\b|children|\w*koululai|kerholai|junnu|alle\s+1[0-7]\b|\b1[0-5]\s*-?\s*vuotia")  # a paid or a child's share


def paid_share_out(text: str) -> Decimal | None:
    """The volunteers' hours when a total is said with a paid worker's share of it: the total less that share."""
    said = prepare(text or "")
    found = list(_HOUR.finditer(said))
    share_said = (re.search(r"\bosuus\s+on\s+(?:noin\s+|n\.\s+|about\s+)?(\d+)\b", said)
                  or re.search(r"\b(?:siitä|josta|of\s+which|of\s+that)\s+(?:noin\s+|n\.\s+|about\s+)?(\d+)\s+(?:on|is|are|tekee|menee|goes)\b",
                               said)) if len(found) == 1 else None  # "… siitä 200 on koordinaattorin palkallista työtä"
    if share_said and share_said.start() > found[0].end():
        found.append(share_said)  # "kolmesataa tuntia mutta siitä kouluttajan osuus on sata …": the share without its unit
    ages = re.sub(r"\b\d{1,2}\s*[-–]\s*\d{1,2}\b|\b\d{1,2}\s*-?\s*vuotia\w*|\balle\s+\d{1,2}\b|\b\d{1,2}\s*v\b|4h", " ", said)
    if "\n" in (text or "").strip() or len(found) != 2 or NOT_SURE.search(said) or len(re.findall(r"\d+", _HOUR.sub(" ", ages))) > (
            1 if share_said else 0):
        return None
    between, after = said[found[0].end():found[1].start()], said[found[1].end():]
    if not _SHARE_OF.search(said[found[0].end():]) or not _PAID.search(between + after):
        return None
    total, share = (Decimal(re.sub(r"[ .]", "", m.group(1))) for m in found)
    return total - share if 0 < share < total else None


# "Koululaiset tulloo auttaan, mutta aikusten talakoita on 250 tuntia": children help, the adults' hours are the talkoot
_KIDS = re.compile(r"\b(?:lap(?:si|set|sia|sille|setkin)\w*|kids?|children|\w*koululai\w*|junnu\w*|teenagers?|teens|nuoret|skidit|"
                   r"alaikäi\w*|school\s+kids)\b", re.IGNORECASE)
_ADULTS = re.compile(r"\b(?:aikui\w*|aikus\w*|adults?|grown-?ups|me\s+muut|muut\s+meistä|meitä\s+muita|the\s+rest\s+of\s+us|we\s+others|"
                     r"we\s+adults|me\s+isot)\b", re.IGNORECASE)  # "koululaiset maalaa 40 h, me muut 200 h"
_CLAUSES = re.compile(r"\s*[;,]\s*|\s+(?:mutta|mut|but|and|ja)\s+(?=(?:\w+\s+){0,3}(?:aikui|aikus|adult|the\s+adult))", re.IGNORECASE)


def adults_only(text: str) -> str | None:
    """The clause with the adults' hours when children are said to help too; None when there is no such clause."""
    if not (_KIDS.search(text or "") and _ADULTS.search(text or "")):
        return None
    clauses = [c for c in _CLAUSES.split(text) if c and c.strip()]
    adult = [c for c in clauses if _ADULTS.search(c) and not _KIDS.search(c) and _NUMBER.search(prepare(c))]
    return adult[0] if len(adult) == 1 else None


# counts of weeks or years in words: the periods' table and the spoken forms people type ("kolome", "kuuen viikon")
_COUNT_WORDS = {**_COUNTS, "yhen": 1, "kahre": 2, "kolome": 3, "kolomen": 3, "neljän": 4, "viis": 5, "viiden": 5, "viien": 5, "kuuden": 6, "kuuen": 6, "en": 1, "tre": 3,
                **{"kahtena": 2, "kolmena": 3, "neljänä": 4, "viitenä": 5, "viidenä": 5, "kuutena": 6, "kuudena": 6}}
# "kaks viikkoa arkena", "2 vk arkipäivät", "one work week", "two weeks (weekdays)", "viikon verran … 6h päivässä"
_WEEKS_SAID = re.compile(r"(?:\b(?P<n>\d{1,2}|yksi|yks|yhden|yhen|one|a|kaksi|kaks|kahden|kahen|kahre|two|kolome|kolomen|kolme|kolmen|three|neljä|neljän|four|"
                         r"viisi|viis|viiden|viien|five|kuusi|kuus|kuuden|kuuen|six|en|tre)\s*(?:full\s+|whole\s+|täyttä\s+|kokonaista\s+)?)?"
                         r"\b(?P<w>(?:työ|work\s+)?(?:viikkoa|viikon|viikko|viiko|vk|weeks?|vecka|veckor))\b"
                         r"(?!\s*(?:/|per\b|a\s+week|viikossa|päästä|loma\w*|välein|tauko\w*|off\b|break|later|myöhemmin))", re.IGNORECASE)
_EVERY_WEEKDAY = re.compile(r"\b(?:every|each)\s+weekday\b|\bjoka\s+arki(?:päivä)?\b", re.IGNORECASE)
_WEEKDAYS_ONLY = re.compile(r"\barke(?:na|disin)\b|\barki(?:päivi\w*|päivät|sin)\b|\barki-?ill\w*|\bweekdays?\b|\bwork\s+weeks?\b|\btyöviik\w*|"
                            r"\bvardag\w*", re.IGNORECASE)
_PER_DAY = re.compile(r"\bpäiväs(?:sä)?\b|/\s*(?:pv|päivä|day|d)\b|\b(?:a|per|each)\s+(?:day|dag)\b|\bh/pv\b|\bpv:ssä\b", re.IGNORECASE)
_DAYS_SAID = re.compile(r"\d+\s*(?:päivää|päivänä|pv|days?|arkipäivää)\b|\bviikonlop|\bweekend|\bviikossa\b|\ba\s+week\b|\bper\s+week\b",
                        re.IGNORECASE)


_DAILY = re.compile(r"\b(?:every\s+day|each\s+day|daily|joka\s+päivä|päivittäin|jokapäivä\w*)\b", re.IGNORECASE)


# days named or left out, a total per day: "perjantait vapaat", "ja lauantait", "ma-ke", "Fridays off", "yhteensä 6 tuntia päivässä"
_SOME_DAYS = re.compile(r"\b(?:ma|ti|ke|to|pe|la|su)\s*[-–]\s*(?:ma|ti|ke|to|pe|la|su)\b|\b(?:maanant|tiist|keskiviik|torst|perjant|lauant|"
                        r"sunnunt|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\w*|\bvapaat?\b|\bvapaapäiv\w*|\boff\b|\byhteensä\b|"
                        r"\bin\s+total\b|\btotal\b|\btogether\b", re.IGNORECASE)


def weekdays_said(text: str) -> bool:
    """True when the weeks are said to be weekdays ("arkena", "weekdays", "work week")."""
    return bool(_WEEKDAYS_ONLY.search(text or ""))


_MONTHLY = re.compile(r"\b(?:kuussa|kuukaudessa|kuukauvessa|kuukauressa|kuukaus|per\s+month|a\s+month|each\s+month|every\s+month|monthly)\b|/\s*kk\b",
                      re.IGNORECASE)
_MONTHS_SAID = re.compile(r"\b\d+\s*(?:kuukautta|kk|months?)\b|\bkuukautta\b|\bmonths\b", re.IGNORECASE)
_YEARS_SPAN = re.compile(r"\b(?:koko\s+)?(?P<n>\d|yhden|yhen|one|a|kahden|kahen|kaksi|kaks|two|kolmen|kolomen|kolme|kolome|three)\s+"
                         r"(?:vuoden|vuojen|vuoen|vuotta|years?)(?:\s+ajan|\s+ajalta)?\b", re.IGNORECASE)


def years_as_months(text: str) -> str:
    """"20 tuntia kuussa koko kahen vuojen ajan" -> "… 24 kuukautta": hours a month over years said in years."""
    if not _MONTHLY.search(text) or _MONTHS_SAID.search(text):
        return text
    found = list(_YEARS_SPAN.finditer(text))
    if len(found) != 1:
        return text
    m = found[0]
    n = int(m.group("n")) if m.group("n").isdigit() else _COUNT_WORDS.get(m.group("n").lower(), 0)
    return f"{text[:m.start()]}{12 * n} kuukautta{text[m.end():]}" if n else text


_WEEKENDS = re.compile(r"\b(?P<n>\d{1,2}|yksi|yks|kaksi|kaks|kolme|kolome|neljä|viisi|viis|kuusi|kuus|kahtena|kolmena|neljänä|viitenä|"
                       r"viidenä|kuutena|kuudena|two|three|four|five|six)\s+"
                       r"(?:viikonlopp\w*|vkl|weekends?)\b", re.IGNORECASE)
_BOTH_DAYS = re.compile(r"\b(?:la(?:uantai\w*)?\s+(?:ja|&|\+)\s+su(?:nnuntai\w*)?|saturdays?\s+(?:and|&)\s+sundays?|"
                        r"molempina\s+päivinä|both\s+days)\b", re.IGNORECASE)


# one day of each weekend: "joka lauantai", "lauantaisin", "every Saturday", "only Sundays"
_ONE_DAY = re.compile(r"\b(?:joka\s+(?:lauantai|sunnuntai)\w*|lauantaisin|sunnuntaisin|(?:vain|pelkät|pelkkä)\s+(?:lauantai|sunnuntai)\w*|"
                      r"every\s+(?:saturday|sunday)|(?:only\s+(?:on\s+)?)(?:saturdays?|sundays?)|(?:saturdays?|sundays?)\s+only)\b", re.IGNORECASE)


# a day of the weekend named alone: "kolome viikonloppua, lauantaina kaheksan tuntia", "3 weekends, Saturdays 6 h"
_ONE_DAY_NAMED = re.compile(r"\b(?:lauantai(?:na|t|sin)|sunnuntai(?:na|t|sin)|saturdays?|sundays?)\b", re.IGNORECASE)
_SATURDAY = re.compile(r"\b(?:la|lauantai\w*|saturdays?|sat)\b", re.IGNORECASE)
_SUNDAY = re.compile(r"\b(?:su|sunnuntai\w*|sundays?|sun)\b", re.IGNORECASE)


# the other day said to be free: "su vapaa", "sunnuntaina lepäillään", "sundays off"
_DAY_OFF = re.compile(r"\b(?:su|sunnuntai\w*|sundays?|la|lauantai\w*|saturdays?)\s+(?:on\s+|is\s+|are\s+)?(?:vapaa\w*|lepo\w*|lepäil\w*|"
                      r"levä\w*|off|free|rest\w*)\b", re.IGNORECASE)
_LA_ALONE = re.compile(r"(?<![-–—])(?<![-–—]\s)\b(?:la|su)\b(?=\s*\d)", re.IGNORECASE)  # "3 vkl, la 6 h, 5 hlö"


def _one_day(text: str) -> re.Match[str] | None:
    """The words that say one day of each weekend is worked, or None (both days worked, or neither named)."""
    worked = _DAY_OFF.sub(lambda m: " " * len(m.group(0)), text)  # same length: the match found is cut from text
    if _SATURDAY.search(worked) and _SUNDAY.search(worked):
        return None
    return _ONE_DAY.search(worked) or _ONE_DAY_NAMED.search(worked) or _LA_ALONE.search(worked)


def weekends_as_days(text: str) -> str:
    """"3 viikonloppua, lauantait ja sunnuntait 6 tuntia" -> "6 päivää, …": weekends of both days are two days each;
    "neljä viikonloppua ja joka lauantai …" -> "4 päivää …": one day of each."""
    found = list(_WEEKENDS.finditer(text))
    one = _one_day(text)
    if len(found) == 1 and one and not _BOTH_DAYS.search(text) and not _DAYS_COUNTED.search(text):
        m = found[0]
        n = int(m.group("n")) if m.group("n").isdigit() else _COUNT_WORDS.get(m.group("n").lower(), 0)
        rest = text[:one.start()] + text[one.end():] if one.start() > m.end() else text
        return f"{rest[:m.start()]}{n} päivää{rest[m.end():]}" if n else text
    if len(found) != 1 or not _BOTH_DAYS.search(text) or _DAYS_COUNTED.search(text):
        return text
    m = found[0]
    n = int(m.group("n")) if m.group("n").isdigit() else _COUNT_WORDS.get(m.group("n").lower(), 0)
    both = _BOTH_DAYS.search(text)
    rest = text[:both.start()] + text[both.end():] if both.start() > m.end() else text
    return f"{rest[:m.start()]}{2 * n} päivää{rest[m.end():]}" if n else text


_DAYS_COUNTED = re.compile(r"\d+\s*(?:päivää|pv|days?)\b|\(\s*\w+\s+days?\s*\)", re.IGNORECASE)


def weeks_as_days(text: str) -> str:
    """"kaks viikkoa arkena 2 hlöä 4h päivässä" -> "10 päivää …": weeks of work, with hours said a day or the days said
    to be weekdays, are five working days each (the advisors' count). Unchanged when days are said apart."""
    if (_DAYS_SAID.search(text) or _DAILY.search(text) and not _EVERY_WEEKDAY.search(text) or _SOME_DAYS.search(text)
            or not (_WEEKDAYS_ONLY.search(text) or _PER_DAY.search(text))):
        return text  # not "every day for 10 weeks": seven days a week
    found = [m for m in _WEEKS_SAID.finditer(text) if m.group("n") or re.match(r"viikon|työviik", m.group("w"), re.IGNORECASE)
             or (m.group("w").lower() == "viikko" and re.match(r"\s+arki", text[m.end():], re.IGNORECASE))]  # "viikko arkipäivinä"
    if len(found) != 1:
        return text
    m = found[0]
    n = int(m.group("n")) if (m.group("n") or "").isdigit() else _COUNT_WORDS.get((m.group("n") or "yksi").lower(), 1)
    return f"{text[:m.start()]}{5 * n} päivää{text[m.end():]}"


# days or evenings named before their count: "talkoopäiviä on neljä", "laivapäiviä on kaksi", "Muistitietoiltoja järjestetään 10"
_NAMED_FIRST = re.compile(r"\b[a-zåäö]*(?P<unit>päiviä|päivii|iltoja|iltoi|kertoja|kertoi|tapahtumia|tilaisuuksia|keikkoja)\s+(?:on\s+|tulee\s+|tullee\s+|tulloo\s+|"
                          r"olis\s+|ois\s+|järjestetään\s+|pidetään\s+|pidettäis\w*\s+)(?:kaikkiaan\s+|yhteensä\s+|noin\s+|n\.\s*)?"
                          r"(?P<n>\d{1,3}|kaksi|kaks|kolme|kolome|neljä|viisi|viis|kuusi|kuus|seitsemän|kahdeksan|kymmenen)\b", re.IGNORECASE)
_UNIT_AFTER_COUNT = {"päiviä": "päivää", "päivii": "päivää", "iltoja": "iltaa", "iltoi": "iltaa", "kertoja": "kertaa", "kertoi": "kertaa",
                     "tapahtumia": "kertaa", "tilaisuuksia": "kertaa", "keikkoja": "kertaa"}


def counts_after_nouns(text: str) -> str:
    """"Talkoopäiviä on neljä, jokasena … 12 hengen porukalla 5 tuntia" -> "neljä päivää, …": the count before its unit."""
    return _NAMED_FIRST.sub(lambda m: f"{m.group('n')} {_UNIT_AFTER_COUNT[m.group('unit').lower()]}", text)


__all__ = ["adults_only", "counts_after_nouns", "labelled_hours", "paid_share_out", "weekdays_said", "weekends_as_days", "weeks_as_days", "without_machines",
           "years_as_months"]
