"""Hours tallied by their units, the last guess for an answer no other reader took: every figure has a unit
(people, days, weeks, months, hours), one figure per unit, and the product is proposed ("kymmenen miestä kolome
päevee, kaheksan tuntia päevässä" → 10 × 3 × 8). Plain functions; the result is always shown to confirm."""

from __future__ import annotations

import re
from decimal import Decimal

from .number_text import EN_WEEKDAYS, FI_WEEKDAYS, find_numbers, prepare
from .spoken_forms import standard_forms
from .understand_spans import spans_as_counts

# Order matters: a unit word is looked for right after the figure, hours first, people and days last (they allow
# one word between: "3 volunteer teachers", "12 talkoo-iltaa").
_UNITS = (
    ("hours", re.compile(r"\s*(?:-\s*)?(?:h\b|t\b|tun(?:ti|tia|tii|nin|niks|nit|tina|neja)\w*|hours?\b|hrs?\b|hr\b|timm\w*|-?tuntis\w*)")),
    ("weeks", re.compile(r"\s*(?:viiko\w*|viikk\w*|vko\w*|vk\b|weeks?\b|wks?\b|veckor\b)")),
    ("months", re.compile(r"\s*(?:kk\b|kuukau\w*|months?\b|mo\b)")),
    ("people", re.compile(
        r"\s*(?:[a-zäö]+\s+)?(?:hlö|henk\w*|heng\w*|ihmis\w*|miest\w*|miehe\w*|naist\w*|tyypp\w*|kaver\w*|vapaaeht\w*|"
        r"talkoolai\w*|jäsen\w*|johtaj\w*|ohjaaj\w*|aikuis\w*|isä\w*|äite\w*|äiti\w*|mummo\w*|people|persons?|"
        r"personer|volunteers?|helpers?|men|women|guys|leaders?|dads|moms|mums|friends|members|teachers?|guides|adults|"
        r"parents|juniors|workers|owners|pers\b|ppl|kusk\w*|ukko\w*|äijä\w*|\w{3,}j(?:aa|ää)|"
        r"(?!(?:met|lit|kilomet|centimet|post|stick|contain|trail|comput|pap|filt|flyer)ers\b)\w{3,}ers)\b")),
    ("days", re.compile(
        r"\s*(?:[a-zäö]+\s+)?(?:pv\b|päiv\w*|päev\w*|days?\b|dag\w*|iltaa\b|illa\w*|ilta\b|evenings?\b|lauant\w*|sunnunt\w*|"
        r"saturdays?\b|sundays?\b|kertaa\b|krt\b|times\b|sessions?\b|shifts?\b|vuoro\w*|talkoot\b|talkoota\b|talkooiltaa\b|"
        r"treeniä\b|konserttia\b|tapahtumaa\b|tilaisuutta\b|tilaisuu\w*ssa\b|events?\b|esitystä\b)")),
)
# "20 h each", "40 tuntia kultakin": hours said per person
_PER_PERSON = re.compile(r"\beach\b|kukin|kultakin|per\s+(?:person|head|henkilö|hlö|nenä)|a\s+head|apiece|henkeä\s+kohden|"
                         r"/\s*(?:hlö|henkilö|person)|jokainen|every\s+one")
# A rate said ("6 h päivässä", "4h/wk", "20 h each") needs its count, or the total is not known.
_RATES = (
    ("days", re.compile(r"päivässä|päeväs\w*|/\s*pv|per\s+day|a\s+day|each\s+day|every\s+day|/\s*day|joka\s+ilta|"
                        r"every\s+evening|illassa|per\s+kerta|/\s*krt|each\s+saturday|every\s+(?:saturday|sunday|monday|tuesday|"
                        r"wednesday|thursday|friday|weekday)|joka\s+\w+tai|\w+taisin|arkipäiv\w*|arkipäev\w*|weekdays?")),
    ("weeks", re.compile(r"viikossa|/\s*(?:vk|wk|week)|per\s+week|a\s+week|each\s+week|every\s+week|joka\s+viikko|weekly|"
                         r"viikottain|viikoittain")),
    ("months", re.compile(r"kuussa|kuukaudessa|/\s*(?:kk|mo|month)|per\s+month|a\s+month|monthly")),
    ("people", _PER_PERSON),
)
# Doubt, money, a share, an alternative, the past, machines or pay, children, "the same again", Swedish counts, a
# rate per year, a count left in words: not a tally to propose (the readers before this one had a reason to ask).
_NOT_A_TALLY = re.compile(
    r"\b(?:half|puolet|porukkaa\s+tulee|maybe|ehkä|mahdollisesti|kanske|possibly|en\s+tiedä|en\s+tiiä|en\s+oo\s+varma|"
    r"don'?t\s+know|vaihtelee|varies|not\s+sure|viel|yet|same|sama|samat|molemmat|kumpikin|both|or|tai|vai|max|min|"
    r"jos|if|weather|sää\w*|viime\w*|last|previous\w*|edellis\w*|earlier|aiemm\w*|"
    r"kone\w*|\w+kone|tractor\w*|traktor\w*|machine\w*|paid|hired|palkat\w*|palkka\w*|ostopalvel\w*|electrician|urakoit\w*|"
    r"contractor\w*|työntekijä\w*|staff|employee\w*|"
    r"lap(?:si|set|sia|sille)\w*|kids?|children|nuor\w*|youth|osallistuj\w*|participant\w*|attendee\w*|visitor\w*|kävijä\w*|"
    r"asiak\w*|customers?|oppila\w*|pupils?|students?|asiantuntij\w*|experts?|konsult\w*|consultants?|kouluttaj\w*|trainers?|"
    r"siitä|josta|of\s+which|incl\w*|sisältäen|yli|over|vähintään|at\s+least|mukana|with|"
    r"useita|muutama\w*|several|few|couple|pari|par|mostly|enimmäkseen|kerrallaan|at\s+a\s+time|koko\s+(?:kesän|talven|kauden|syksyn|kevään)|"
    r"whole|hela|lisäksi|lisäks|vielä|tbd|later|myöhemmin|rest|then|sitten|"
    r"vuodessa|vuosittain|a\s+year|per\s+year|yearly|annually|per\s+år|twice|kahdesti|\w+isin\s+ja\s+\w+isin|"
    r"viikonlop\w*|weekends?|två|tre|fyra|fem|sex|sju|åtta|nio|tio|några|gånger|varje|varannan|i\s+veckan|"
    r"kahde\w*|kolme\w*|neljä\w*|viide\w*|kuude\w*|seitsemä\w*|kahdeksa\w*|yhdeksä\w*|kymmene\w*|yhtenä|"
    r"ei\s+talko\w*|no\s+talkoot)\b|€|\beur|\d\s*e\b|/\s*ha\b|\bkm\b|%|prosen|tainta|\?")
_SV_WEEKDAYS = ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag")
_WEEKDAY_NAMED = re.compile(r"\b(?:" + "|".join(FI_WEEKDAYS + EN_WEEKDAYS + _SV_WEEKDAYS) + r")\w*")
_ME = re.compile(r"\b(?:me|minä|mä|mie|mää|myself|itse|i|ite)\b")
# "ja harjoitukset", "and then the teardown": a part joined on without a figure of its own
_UNCOUNTED_JOIN = re.compile(r"(?<!\bme)(?<!\bmä)(?<!\bmie)(?<!\bmää)(?<!\bminä)(?:-\s+|\s)(?:ja|and|sekä|\+)\s+"
                             r"(?!(?:me|minä|mä|mie|mää|i|myself|itse)\b)(?![^,.;:\n]*\d)[^,.;:\n]*[a-zäö]")
_ME_AND = re.compile(r"\b(?:me|minä|mä|mie|mää|itse|myself|i)\s*(?:\+|ja|and|&)\s*(\d+)\b")  # "me + 2 friends": three
_PAIR = re.compile(r"\b(?:me|minä|mä|mie|mää|i)\s+(?:and|ja|&)\s+(?:my\s+)?[a-zäö]+\b|"
                   r"\b(?:my\s+)?[a-zäö]+\s+(?:and|ja)\s+(?:me|minä|mä|mie|mää|i)\b")  # "my brother and me": two
# "yhen lauantain", "kahen viikon": spoken genitive counts the number reader leaves as words
_COUNT_WORDS = {"yhen": "1", "yhden": "1", "yhren": "1", "kahen": "2", "kahden": "2", "kahren": "2", "kolmen": "3", "kolomen": "3",
                "neljän": "4", "nelijän": "4", "viiden": "5", "viien": "5", "kuuden": "6", "kuuen": "6"}
_SPOKEN_COUNTS = re.compile(r"\b(?:" + "|".join(_COUNT_WORDS) + r")\b", re.IGNORECASE)
# a count put right in passing: "4 päivää, ei ku 5", "10 volunteers, no 8", "3 kuskii, ei ku 4"
_PUT_RIGHT = re.compile(r"\b\d+(\s+[a-zäö]+)?\s*[,.]?\s*(?:ei\s*ku|eiku|ei\s+vaan|no|i\s+mean|sorry|or\s+rather)\s*,?\s*(\d+)\b(?!\s*[a-zäö])")
_TOTAL = re.compile(r"yhteensä|in\s+total|\btotal\b|altogether|kaikkiaan")
_WORKDAYS = re.compile(r"arkipäiv\w*|arkipäev\w*|weekdays?|every\s+weekday")
_PARTS = re.compile(r"\+|\n|;|\bplus\b|\bsekä\b|(?<=[a-zäö]{3})\.\s")


def tally_hours(text: str, lang: str = "en") -> tuple[Decimal, tuple[Decimal, ...], bool] | None:
    """(hours, the factors or the parts, True when parts were added up) when every figure in the answer has a unit
    and the units multiply to hours; several such groups ("purkutyöt 3 miestä 2 päivää 8 h + runko …") are added
    up. None when any figure is unexplained, a rate lacks its count, or the answer doubts, offers or costs."""
    said = prepare(standard_forms(spans_as_counts(_SPOKEN_COUNTS.sub(lambda m: _COUNT_WORDS[m.group(0).lower()], text or ""))))
    said = _PUT_RIGHT.sub(lambda m: m.group(2) + (m.group(1) or ""), said)  # "neljä päivää, ei ku viis": five days
    if lang == "fi" and re.search(r"\bme\b", said):
        return None  # Finnish "me" is "we": "Me ja 5 naapuria" says how many neighbours, not how many we are
    if _NOT_A_TALLY.search(said) or _UNCOUNTED_JOIN.search(said):
        return None
    parts = [part for part in _PARTS.split(said) if re.search(r"[a-zäö0-9]", part)]
    if any(not find_numbers(part) and re.sub(_ME.pattern, "", part).strip(" ,.:;()") for part in parts):
        return None  # "10 hlö x 4 h + siivous", "stage 40 h; toilets 20 h; cleaning": a part with no figure
    parts = [part for part in parts if find_numbers(part)]
    if len(parts) > 1 and all([unit for _, unit in _tagged(part)].count("hours") == 1 for part in parts):
        products = [_product(part) for part in parts]
        if any(p is None for p in products):
            return None
        values = tuple(p[0] for p in products)  # type: ignore[index]
        return sum(values, Decimal(0)), values, True
    product = _product(said)
    return (product[0], product[1], False) if product is not None else None


def _tagged(said: str) -> list[tuple[object, str | None]]:
    """Each figure with its unit (None when no unit follows it)."""
    found = []
    for num in find_numbers(said):
        rest = said[num.end:]
        found.append((num, next((unit for unit, pattern in _UNITS if pattern.match(rest)), None)))
    return found


def _product(said: str) -> tuple[Decimal, tuple[Decimal, ...]] | None:
    """Hours × the other units' figures, or None."""
    counts: dict[str, Decimal] = {}
    me_and = _ME_AND.search(said)
    total = _TOTAL.search(said)
    me_counted = False
    last_people: int | None = None
    for num, unit in _tagged(said):
        if me_and and me_and.start(1) == num.start and unit in (None, "people") and not total:
            counts["people"] = num.value + 1
            me_counted = True
            continue
        if unit == "people" and "people" in counts and last_people is not None \
                and re.fullmatch(r"\s*(?:ja|and|\+|&)\s*", said[last_people:num.start]):
            counts["people"] += num.value  # "kuus naista ja kaks miästä": both groups work
            last_people = num.end + len(re.match(r"\S*", said[num.end:]).group(0))
            continue
        if unit is None or unit in counts:
            return None  # a figure with no unit, or two for one unit: which is which?
        if unit == "people":
            last_people = num.end + len(re.match(r"\s*\S*", said[num.end:]).group(0))
        counts[unit] = num.value
    if "hours" not in counts:
        return None
    pair = "people" not in counts and ("days" in counts or "weeks" in counts) and _PAIR.search(said) and not total
    if pair:
        counts["people"] = Decimal(2)  # "My brother and me, 10 days, 6 hours every day"
    if _ME.search(said) and not me_counted and not pair:
        return None  # "3 tyyppiä + mä itse, 5 tuntia": am I counted?
    if "days" not in counts and _WEEKDAY_NAMED.search(said) and not _WORKDAYS.search(said):
        return None  # "Saturday and Sunday, 10 people 6 hours": the days are named, not counted
    if len(counts) < 2:
        return None  # a lone figure the readers before did not take: they had a reason
    if counts["hours"] > 12 and ("days" in counts or ("people" in counts and not _PER_PERSON.search(said))) \
            and "weeks" not in counts and "months" not in counts:
        return None  # "300 h, yli 20 henkeä", "10 henkeä 3 lauantaita 50 h": the hours are already a total
    if _WORKDAYS.search(said) and "weeks" in counts and "days" not in counts:
        counts["days"] = Decimal(5)  # "2 viikkoa arkipäivisin": five days a week
    if any(pattern.search(said) and unit not in counts for unit, pattern in _RATES):
        return None
    if total:
        return None  # "Laavu: 8 henkeä, 3 pv, yhteensä siis 200 tuntia": the total is said
    value = Decimal(1)
    for count in counts.values():
        value *= count
    return value, tuple(counts.values())
