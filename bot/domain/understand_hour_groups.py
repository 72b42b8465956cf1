"""Last proposals for hours the other readers left to a question, always shown with their working to confirm.

"12 ihmistä 8 tuntia, ja siivoukseen vielä 4 ihmistä 3 tuntia" (12 × 8 + 4 × 3), "Purkuun kaks päivee kymmenen
miestä ja siivoukseen yks päivä viis naista, päivät on kuuen tunnin mittasia" (2 × 10 × 6 + 1 × 5 × 6), "joka
keikalla 6 talkoolaista 5 tuntia ja keikkoja on 8" (6 × 5 × 8), "Talkoot 4 500 € (15 €/h)" (300 h).
"""

from __future__ import annotations

import re
from decimal import Decimal
from math import prod

from .number_text import NOT_SURE, find_numbers, prepare
from .spoken_forms import standard_forms

_N = r"(\d+(?:[.,]\d+)?)"
_PEOPLE = re.compile(_N + r"\s*(?:henk\w*|heng\w*|hlö\w*|ihmis\w*|ihimis\w*|vapaaeh\w*|talkoolai\w*|naista|naisia|miestä|miehiä|"
                     r"ukkoa|ukkoo|jäsen\w*|äitiä|isää|nuorta|aikuista|people|ppl|persons?|volunteers?|members|women|men|guys|"
                     r"adults|personer|kaveria|tyyppiä)(?![\w-])", re.IGNORECASE)
_HOURS = re.compile(_N + r"\s*(?:h|t|tuntia|tunti|tuntii|tunnin|hours?|hrs?|timmar)(?![\w-])", re.IGNORECASE)
_DAYS = re.compile(_N + r"\s*(?:päivää|päivee|päevee|päevää|päivä|päevä|pv|days?|dagar|iltaa|evenings?|lauantaita|saturdays?|"
                   r"viikonloppua|weekends?)(?![\w-])", re.IGNORECASE)
# a count of times the group's work is done: "keikkoja on 8", "kursseja 12", "niitä päiviä on kaks"
_OCCASIONS = re.compile(r"(?:keikko\w*|kurss\w*|kerto\w*|kertaa|päiviä|iltoja|tapahtum\w*|tilaisuuk\w*|lauantaita|sessions?|events?|"
                        r"times|evenings|days|workshops?|työpaj\w*)\s+(?:(?:on|olisi|ois|tulee|is|are|would\s+be|yhteensä|"
                        r"in\s+total|noin|about)\s+)*" + _N + r"(?![\d.,])", re.IGNORECASE)
_EACH_TIME = re.compile(r"(?<![\w-])(?:joka|jokaise\w*|kullakin|kerralla|kerrallaan|each|every|per)(?![\w-])", re.IGNORECASE)
_SPLIT = re.compile(r"\s*(?:;|\+|,\s*(?:ja|and|sekä|plus)(?![\w-])|(?<![\w-])(?:ja|and|sekä|plus)(?![\w-])|,)\s*", re.IGNORECASE)
_SHARED_HOURS = re.compile(r"(?:päivät|days|illat|evenings)\s+(?:on|ovat|are|is)\s+" + _N + r"\s*(?:tunnin|h|hours?|tuntia)|"
                           + _N + r"\s*(?:tuntia|h|hours?)\s+(?:joka\s+päivä|each\s+day|a\s+day|per\s+day|päivässä)", re.IGNORECASE)
_MACHINE = re.compile(r"traktor\w*|kone\w*|vene\w*|kaivuri\w*|tractor|machine|excavator|boat|mönkijä\w*|auto\w*|truck", re.IGNORECASE)
_RATE = re.compile(r"(?:€|e|eur\w*|euro\w*|bucks)\s*(?:/\s*h|/\s*t|tunnilta|tunnissa|an\s+hour|per\s+hour|a\s+hour)|"
                   r"tuntihin\w*|hourly\s+rate|(?:an|per)\s+hour", re.IGNORECASE)
_PERIOD = re.compile(r"(?<![\w-])(?:viikossa|viikos|kuussa|kuukaudessa|kuukauvessa|vuodessa|vuojessa|viikoittain|kuukausittain|"
                     r"vuosittain|weekly|monthly|yearly|a\s+week|a\s+month|a\s+year|per\s+(?:week|month|year))(?![\w-])", re.IGNORECASE)
_TALKOOT = re.compile(r"talkoo|talkoi|talako|vapaaehto|volunteer|voluntary", re.IGNORECASE)
_WAGE = re.compile(r"palk\w*|wage|salary|salaries|ohjaaja\w*|kouluttaja\w*|instructor|coach", re.IGNORECASE)
_MONEY = re.compile(r"\d[\d.,]*(?:\s\d{3})*\s*(?:(?:k|tonnia|tuhatta|grand|thousand)(?![\w-])\s*)?(?:€|e(?![\w-])|eur\w*|euro\w*|bucks)?",
                    re.IGNORECASE)


def group_sum(text: str) -> tuple[Decimal, tuple[Decimal, ...]] | None:
    """Each group's people × days × hours, added ("6 henkeä 4 päivää 6 tuntia ja siivous 2 henkeä 3 tuntia")."""
    said = prepare(standard_forms(text or ""))
    if len(said) > 300 or NOT_SURE.search(said) or "?" in said or _PERIOD.search(said):
        return None  # "2 henkeä 3 tuntia viikossa ja …": a rhythm, not a day's work
    shared = _SHARED_HOURS.search(said)
    shared_hours = Decimal(next(g for g in shared.groups() if g).replace(",", ".")) if shared else None
    body = said[:shared.start()] + said[shared.end():] if shared else said
    groups: list[list[str]] = []
    for piece in (p for p in _SPLIT.split(body) if p and p.strip()):
        if _PEOPLE.search(piece):
            groups.append([piece])
        elif groups and re.search(r"\d", piece):
            groups[-1].append(piece)  # "Purkuun kaks päivee kymmenen miestä": the days before the people, same group
        elif re.search(r"\d", piece):
            return None  # a figure before any group, or a machine's hours: left to the other readers
    if len(groups) < 2:
        return None
    if shared_hours is not None and len({bool(_DAYS.search(" ".join(group))) for group in groups}) > 1:
        return None  # "5 miestä 4 päivää ja 3 naista, 6 tuntia päivässä": the women's days are not said
    parts = []
    for group in groups:
        part = _group_hours(" ".join(group), shared_hours)
        if part is None:
            return None
        parts.append(part)
    return sum(parts, Decimal(0)), tuple(parts)


def _group_hours(piece: str, shared_hours: Decimal | None) -> Decimal | None:
    """One group's people × days × hours, when every figure in it has its place."""
    people, hours, days = _PEOPLE.findall(piece), _HOURS.findall(piece), _DAYS.findall(piece)
    if len(people) != 1 or len(hours) > 1 or len(days) > 1 or _MACHINE.search(piece):
        return None
    if len(find_numbers(piece)) != len(people) + len(hours) + len(days):
        return None
    hour = Decimal(hours[0].replace(",", ".")) if hours else shared_hours
    if hour is None:
        return None
    return prod((Decimal(people[0]), hour, *(Decimal(d) for d in days)), start=Decimal(1))


def per_occasion(text: str) -> tuple[Decimal, tuple[Decimal, ...]] | None:
    """People × (days ×) hours each time × how many times, the times counted apart ("joka keikalla 6 talkoolaista 5 tuntia
    ja keikkoja on 8", "jokaiselle leirille 3 vapaaehtosta 5 päivää 6h, leirejä on 4", "6 people x 3 h every screening,
    and there are 10 screenings")."""
    said = prepare(standard_forms(text or ""))
    if len(said) > 240 or NOT_SURE.search(said) or "?" in said or _MACHINE.search(said):
        return None
    people, hours, days = _PEOPLE.findall(said), _HOURS.findall(said), _DAYS.findall(said)
    times = _times_counted(said)
    if times is not None:
        days = [d for d in days if Decimal(d) != times]  # "each Saturday … 10 Saturdays": the times, not days as well
    if len(people) != 1 or len(hours) != 1 or len(days) > 1 or times is None:
        return None
    if len(find_numbers(said)) != 3 + len(days):
        return None  # every figure must have its place
    factors = (Decimal(people[0]), *(Decimal(d) for d in days), Decimal(hours[0].replace(",", ".")), times)
    return prod(factors, start=Decimal(1)), factors


def _times_counted(said: str) -> Decimal | None:
    """How many times the work is done, said apart: after "each X" the count of Xs, or an occasion word with its count."""
    if _PERIOD.search(said) or re.search(r"\bper\s+(?:vuosi|year|kk|month|viikko|week)\b", said):
        return None  # "tapahtumia 2 per vuosi": a rhythm, left to the rhythm reader
    each = re.search(r"(?<![\w-])(?:joka|jokaise\w*|each|every|per)\s+([a-zäö]{4,})", said)
    if each:
        stem = each.group(1)[:4]
        later = said[each.end():]
        found = re.search(r"(\d+)\s+" + stem + r"\w*|" + stem + r"\w*\s+(?:(?:on|olisi|ois|tulee|is|are|yhteensä|noin|about)\s+)*(\d+)"
                          r"(?![\d.,])", later) or re.search(r"(\d+)\s+" + stem + r"\w*", said[:each.start()])
        if found:
            return Decimal(found.group(1) or found.group(2))
    occasion = list(_OCCASIONS.finditer(said))
    if len(occasion) != 1 or _PERIOD.search(said) or re.match(r"\s*per\b", said[occasion[0].end():]):
        return None  # "tapahtumia 2 per vuosi": a rhythm, not a count of times
    if _EACH_TIME.search(said[:occasion[0].start()]) or re.search(r"niitä|those|these", said[:occasion[0].end()]):
        return Decimal(occasion[0].group(1))
    return None


def from_value(text: str, read_money) -> Decimal | None:
    """Hours worked out from the talkoot's value and the hourly rate ("Talkoot 4 500 € (15 €/h)": 300 h)."""
    said = prepare(text or "")
    rate_at = _RATE.search(said)
    if len(said) > 200 or not rate_at or _HOURS.search(said) or NOT_SURE.search(said) or not _TALKOOT.search(said) \
            or _MACHINE.search(said) or _WAGE.search(said) or re.search(r"per\s+(?:hlö|henk\w*|person|head)|/\s*hlö|each", said):
        return None  # "Traktori 50 €/h, yhteensä 1 000 €", "Ohjaajan palkka 25 €/h": not the talkoot's value
    nums = find_numbers(said)
    if len(nums) != 2:
        return None
    values = [read_money(_MONEY.match(said, n.start).group(0).replace("bucks", "€")) for n in nums]
    if None in values or min(values) <= 0:
        return None
    total, rate = max(values), min(values)
    hours = total / rate
    return hours if hours == hours.to_integral() and 1 <= hours <= 100_000 and 5 <= rate <= 60 else None


_LABEL_NUMBER = re.compile(r"\b([a-zäö]{3,})\s+\d{1,2}\s*:", re.IGNORECASE)  # "laavu 1: 80 h": the 1 names the laavu
_NOT_LINES = re.compile(r"(?<![\w-])(?:tai|or|eller|vai|maybe|ehkä|kanske|siitä|josta|of\s+which|including|yhteensä|total|in\s+all|"
                        r"viikossa|kuussa|a\s+week|a\s+month|week|vuodes\w*|per|each|joka|jokai\w*|jokane|every|kumpikin|kutakin|"
                        r"alle|under|\w*vuotia\w*|arvo|value|viime\w*|last|previous|kertaa|times)(?![\w-])|€|\d\s*e\b|eur", re.IGNORECASE)
# a line of hours: the figure with its unit, or said for a job ("200 for building", "laavu: 80", "purkuun 100")
_HOURS_LINE = re.compile(r"\d+\s*(?:h|t|tuntia|tuntii|hours?|hrs?)\b|\d+\s+(?:for|to|on|into)\s+[a-zäö]|[a-zäö]{3,}\s*:\s*\d|"
                         r"[a-zäö]{3,}(?:een|seen|iin|aan|ään|lle)\s+\d", re.IGNORECASE)


def hour_lines(text: str) -> tuple[Decimal, tuple[Decimal, ...]] | None:
    """Hours for named jobs added, the label before or after each figure ("150 hours for clearing the beach plus 200 for
    building", "laavu 1: 80 h, laavu 2: 80 h, laavu 3: 100 h")."""
    said = prepare(standard_forms(text or ""))
    said = re.sub(r"\([^()\d]*\)", " ", _LABEL_NUMBER.sub(r"\1:", said))
    hours_said = re.search(r"\d\s*(?:h|t|tuntia|tuntii|hours?|hrs?)\b|tunti|hours", said)
    said = re.sub(r"^[^\d:]{0,30}(?:hours|tunnit|talkoo\w*|volunteer\w*)[^\d:]{0,20}:\s*", "", said)  # "Volunteer hours: …"
    if len(said) > 240 or not hours_said or NOT_SURE.search(said) \
            or _NOT_LINES.search(said) or _PEOPLE.search(said) or _DAYS.search(said) or _MACHINE.search(said) or _WAGE.search(said):
        return None
    parts = []
    for piece in (p for p in _SPLIT.split(said) if p and p.strip()):
        nums = find_numbers(piece)
        if not nums:
            continue
        label = re.sub(r"\d\S*|\b(?:h|t|tuntia|tuntii|hours?|hrs?|for|to|on|noin|about|roughly|around|n\.)\b", " ", piece)
        counted = re.search(r"\d\s+(?!(?:for|to|on|into|h|t|tuntia|tuntii|hours?|hrs?)\b)[a-zäö]{3,}", piece)
        if len(nums) != 1 or not re.search(r"[a-zäö]{3,}", label) or not _HOURS_LINE.search(piece) or counted:
            return None  # a figure no job names, or no line of hours
        parts.append(nums[0].value)
    return (sum(parts, Decimal(0)), tuple(parts)) if len(parts) >= 2 else None


# a year said for a share of the hours: "kesä 2027 80 tuntia ja kesä 2028 80 tuntia", "ensi vuan 200 ja 2028 viäl 150"
_YEAR = re.compile(r"\b20[2-4]\d\b|\b(?:ensi|tänä|tana|next|this|first|second|eka\w*|toise\w*|ensimmäi\w*|jälkimmäi\w*)\s+"
                   r"(?:vuo\w*|vua\w*|year|kesä\w*|summer)\b", re.IGNORECASE)


def year_lines(text: str) -> tuple[Decimal, tuple[Decimal, ...]] | None:
    """Hours said for each year, added: every piece names its own year and one figure."""
    said = standard_forms(text or "")
    if len(said) > 200 or NOT_SURE.search(said) or _MACHINE.search(said) or _WAGE.search(said) or _PEOPLE.search(said):
        return None
    pieces = [p for p in re.split(r"\s+(?:ja|and|sekä|plus|\+)\s+|[,;]\s*", said) if p.strip()]
    years, parts = set(), []
    for piece in pieces:
        year = _YEAR.findall(piece)
        rest = find_numbers(prepare(_YEAR.sub(" ", piece)))
        if len(year) != 1 or len(rest) != 1 or year[0].lower() in years:
            return None
        years.add(year[0].lower())
        parts.append(rest[0].value)
    return (sum(parts, Decimal(0)), tuple(parts)) if len(parts) >= 2 else None
