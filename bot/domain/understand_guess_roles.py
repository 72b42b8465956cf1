"""A last guess for talkoot hours: each figure's role from the word beside it, then the product, always proposed.

"Kolme talkoopäivää, osallistujia 12, työpäivän pituus 6 tuntia" (3 × 12 × 6), "8 performances, 12 people, 5 hours
each", "leiripäiviä 5, ohjaajia 4, 8 h päivässä", "me and 3 friends, 5 days, 8 hours every day": every figure is named
as hours, people or times, so an advisor would multiply and ask "so 216 hours?". A figure no word explains, two
hours figures, a sum, a doubt or a past project leaves it to the other readers or to a question.
"""

from __future__ import annotations

import re
from decimal import Decimal

from .number_text import EN_WEEKDAYS, FI_WEEKDAYS, NOT_SURE, date_like, find_numbers, prepare
from .understand_guess_hours import _VAGUE, _me_and
from .understand_guesses import MACHINE_OR_PAID

MAX = Decimal(100000)
_HOURS_AFTER = re.compile(r"^\s*(?:h|t|tuntia|tunti|tuntii|tunnin|tunniks|tunteja|tuntiin|hours?|hrs?|timmar)\b")
_MINUTES_AFTER = re.compile(r"^\s*(?:min|minuuttia|minutes?|mins)\b")
_HOURS_BEFORE = re.compile(r"(?:pituus|kesto|tunteja|tuntimäärä|hours)(?:\s+(?:päivässä|kerralla|a\s+day|each|per\s+day))?\s*[:=]?\s*$")
_PEOPLE = (r"hlö|henk|heng|ihmis|mies|miest|miehi|ukko|ukkoo|äijä|jätk|kundi|nais|äiti|ohjaaj|opas|oppa|vapaaehto|talkoolai|"
           r"osallistuj|jäsen|väkeä|väki|kaveri|nuor|lapsi|lasta|vanhem|johtaj|valmentaj|people|persons|ppl|volunteers|helpers|"
           r"leaders|owners|members|parents|men\b|women|friends|guys|actors|coaches|adults|kids|dads|moms|mums|workers|"
           r"of\s+us")
_TIMES = (r"päiv|päev|pv\b|viiko|viikko|vk\b|wk|week|viikonlop|kert|krt\b|times|session|event|tapahtum|performance|"
          r"esity|konsert|concert|drill|harjoitu|tournament|turnau|evening|ilta|shift|vuoro|retk|trip|tilaisu|lauanta|saturday|"
          r"sunnunta|sunday|days?\b|kokoontum|meeting|games?\b|ottelu|match|class|tuokio")
_PEOPLE_AFTER = re.compile(r"^\s*(?:[a-zäö]+\s+)?(?:" + _PEOPLE + r")[a-zäö]{0,5}\b")  # not "30 jätkänkynttilää"
_PEOPLE_BEFORE = re.compile(r"(?:" + _PEOPLE + r")\w*\s*[:=]?\s*$")
_TIMES_AFTER = re.compile(r"^\s*(?:[a-zäö]+\s+)?(?:" + _TIMES + r")")
_TIMES_BEFORE = re.compile(r"(?:" + _TIMES + r")\w*\s*[:=]?\s*$")
_ALONE = re.compile(r"(?<![\w-])(?:minä\s+yksin|mä\s+yksin|yksin|just\s+me|only\s+me|alone|by\s+myself|myself)(?![\w-])")
_EACH = re.compile(r"(?<![\w-])(?:each|apiece|per|kukin|kumpikin|jokainen|kerrallaan|kerralla|päivässä|viikossa|illassa|every|joka|"
                   r"a\s+(?:day|week|time|session|evening)|pituus|kesto)(?![\w-])|[x×*/]")
_NOT_A_PRODUCT = re.compile(r"\+|(?<![\w-])(?:plus|lisäksi|lisäks|sekä|viime\w*|last|previous|aiemm\w*|edelli\w*|tai|or|vai|maybe|"
                            r"ehkä|varmaan|perhaps|probably|yhteensä|total|in\s+all|kk|kuukau\w*|months?|vuo\w*|years?)(?![\w-])")


_WEEKDAYS = r"(?:" + "|".join(FI_WEEKDAYS + EN_WEEKDAYS) + r")"
# a rate per day, week or weekend ("8 h päivässä", "joka tiistai", "2 hours a week"): the count of those periods must be said
_RATE = {
    "day": re.compile(r"(?<![\w-])(?:päivässä|päivittäin|a\s+day|per\s+day|every\s+day|each\s+day|joka\s+päivä|daily|arkipäiv\w*|arkisin|"
                      r"weekdays|joka\s+ilta|every\s+evening|illassa|iltaisin)(?![\w-])|/\s*(?:pv|day|päivä)\b"),
    "week": re.compile(r"(?<![\w-])(?:viikossa|viikoittain|a\s+week|per\s+week|every\s+week|joka\s+viikko|weekly|"
                       r"(?:joka|every|each)\s+" + _WEEKDAYS + r"\w*|[a-zäö]+(?:aisin|isin))(?![\w-])|/\s*(?:vk|viikko|week|wk)\b"),
    "weekend": re.compile(r"(?<![\w-])(?:joka\s+viikonloppu|every\s+weekend|per\s+weekend|viikonloppuisin|weekends)(?![\w-])"),
}
_COUNTED = {"day": (re.compile(r"^\s*(?:[a-zäö]+\s+)?(?:päiv|päev|pv\b|days?\b|ilta|evening)"), re.compile(r"(?:päiv|päev|day|ilta)\w*\s*[:=]?\s*$")),
            "week": (re.compile(r"^\s*(?:[a-zäö]+\s+)?(?:viikko|viiko|viikkoo|vk\b|wk|weeks?\b)"), re.compile(r"(?:viikko|viiko|week)\w*\s*[:=]?\s*$")),
            "weekend": (re.compile(r"^\s*(?:[a-zäö]+\s+)?(?:viikonlop|weekends?\b)"), re.compile(r"(?:viikonlop|weekend)\w*\s*[:=]?\s*$"))}
# the same figure for two groups or days, and number words left in a case form ("kahdeksassa tilaisuudessa")
_SHARED = re.compile(r"(?<![\w-])(?:kumpikin|kumpaankin|both|molemmat|the\s+same|sama|saman|samoin)(?![\w-])|\w-\s+(?:ja|and)\s+\w|"
                     + _WEEKDAYS + r"\w*\s+(?:ja|and|&)\s+" + _WEEKDAYS)
_WORD_LEFT = re.compile(r"(?<![\w-])(?:kahde\w+|kolme\w+|neljä\w+|viide\w+|kuude\w+|seitsemä\w+|kahdeksa\w+|yhdeksä\w+|kymmene\w+|"
                        r"twenty|thirty|forty|fifty|sixty)(?![\w-])")
# "4 konserttia ja kenraaliharjoitus": one more of them, not counted
_UNCOUNTED_MORE = re.compile(r"\d+\s+[a-zäö]+\s+(?:ja|and|&|sekä|plus)\s+(?:a\s+|an\s+|the\s+|yksi\s+)?[a-zäö]{4,}(?!\s*\d)(?![a-zäö]*\s+\d)")
_GROUP = re.compile(r"(?<![\w-])(?:porukka\w*|väki\w*|väkeä|we|us|our|meitä|me|people|volunteers|talkoolaiset|ihmiset)(?![\w-])")


def guess_roles(text: str) -> tuple[Decimal, tuple[Decimal, ...]] | None:
    """Hours × people × times when every figure is named by the word beside it; None otherwise."""
    said = prepare(text or "")
    if len(said) > 200 or NOT_SURE.search(said) or _VAGUE.search(said) or MACHINE_OR_PAID.search(said) or _NOT_A_PRODUCT.search(said):
        return None
    if _SHARED.search(said) or _WORD_LEFT.search(said) or _UNCOUNTED_MORE.search(said):
        return None  # "kevät- ja syystalkoot … 5 h kumpikin", "kahdeksassa tilaisuudessa": asked
    me = _me_and(said) or (1 if _ALONE.search(said) else None)
    hours: Decimal | None = None
    people: list[Decimal] = [Decimal(me)] if me else []
    times: list[Decimal] = []
    counted: set[str] = set()
    for num in find_numbers(said):
        if date_like(said, num) or num.value <= 0:
            continue
        before, after = said[max(0, num.start - 30):num.start], said[num.end:num.end + 30]
        if _HOURS_AFTER.match(after) or _MINUTES_AFTER.match(after) or _HOURS_BEFORE.search(before):
            if hours is not None:
                return None  # two hours figures: a sum or a total
            hours = num.value / 60 if _MINUTES_AFTER.match(after) else num.value
        elif num.value != num.value.to_integral() or num.value > 1000:
            return None
        elif _PEOPLE_AFTER.match(after) or (_PEOPLE_BEFORE.search(before) and not _TIMES_AFTER.match(after)):
            people.append(num.value)
        elif _TIMES_AFTER.match(after) or _TIMES_BEFORE.search(before):
            times.append(num.value)
            counted |= {kind for kind, (ahead, behind) in _COUNTED.items() if ahead.match(after) or behind.search(before)}
        else:
            return None  # a figure no word explains
    if hours is None or len(people) > 1 or len(times) > 2 or not people + times:
        return None
    if any(pattern.search(said) and kind not in counted for kind, pattern in _RATE.items()):
        return None  # "joka ilta 3 h, 2 viikkoa", "Five volunteers, 4 hours a day, for a week": how many days?
    if not people and _GROUP.search(said):
        return None  # "3 päivää, 8 h päivässä, porukkaa tulee mitä tulee": how many people?
    if hours > 12 and not _EACH.search(said):
        return None  # "about 150 hours, we are 6 families": in all, not each
    total = hours
    for count in (*people, *times):
        total *= count
    total = total.quantize(Decimal(1)) if total == total.to_integral() else total.quantize(Decimal("0.1"))
    return (total, (*people, *times, hours)) if 0 < total <= MAX else None
