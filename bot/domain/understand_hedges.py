"""Words that make a figure a proposal to confirm, not an answer: a floor, "or more", "may still rise", "varmaan".

An advisor who hears "ainakin sata tuntia, varmaan enemmän" does not write 100 down without a word: they ask
"kirjaanko 100 h?". The readers give the figure; ``doubt`` says whether it should be confirmed first, and why.
"Noin", "about", "arviolta" are how every estimate is said and are no doubt.
"""

from __future__ import annotations

import re

from dataclasses import replace
from decimal import Decimal
from typing import Callable, Iterable, TypeVar

from .number_text import find_numbers, prepare

BOUND, UNSURE = "bound", "unsure"

_ABOUT = r"(?:n\.|noin|about|around|approx\.?|approximately|ca\.?|circa|~|€|eur)?\s*"
# "ainakin 100", "yli 5000", "at least 200", "alle 8 000", "vajaa 60 h": a floor, or a bound below, said before the
# figure. A ceiling the applicant sets ("max 25 000", "enintään 8 000 €") is what they mean to budget: no doubt.
_BOUND_BEFORE = re.compile(
    r"(?<![\w-])(?:ainakin|ainaki|ainakii|vähintään|vähintäänkin|vähintää|vähintäin|väh\.|min\.|minimum(?:\s+of)?|minimissään|"
    r"at\s+least|at\s+the\s+very\s+least|no\s+less\s+than|yli|over|more\s+than|upwards\s+of|north\s+of|alle|under|below|"
    r"less\s+than|vajaa|vajaat|alta|reilusti\s+yli|well\s+over)\s*" + _ABOUT + r"(?=\d)")
_UNIT = r"(?:€|e|eur\w*|euro\w*|h|t|tuntia|tuntii|tunnin|hours?|hrs?|k|t€|tonnia|tonnii|tuhatta)?"
# "8000 vähintään", "100 h ainakin", "300 hours minimum", "5000 or higher", "60 h tai ylikin", "8000 ellei enemmän"
_FLOOR_AFTER = re.compile(
    r"(\d[\d ]*(?:[.,]\d+)?)\s*" + _UNIT + r"\s*,?\s*(?:ainakin|ainaki|vähintään|vähintäänkin|vähintää|minimum|at\s+least|"
    r"at\s+the\s+very\s+least|minimissään|or\s+higher|or\s+above|and\s+up(?:wards)?|ja\s+ylöspäin|eteenpäin|tai\s+ylikin|"
    r"(?:ellei|jollei|jos\s+ei)\s+(?:enemmän|enempää|enempi)|if\s+not\s+more|and\s+counting|(?:ihan\s+)?minimi|"
    r"\+(?=\s*(?:$|[),.!?;:])))")
# "varmaan enemmän", "voi vielä nousta", "or more", "probably", "hatusta heitetty", "6000?": the figure is not settled
_UNSURE = re.compile(
    r"(?<![\w-])(?:voi|voipi|voivat|saattaa|saattaapi|saattavat|sattaa)\s+(?:vielä\s+|viel\s+|kyllä\s+|hyvin\s+|jopa\s+)?"
    r"(?:nousta|muuttua|kasvaa|tarkentua|tarkentuu|tulla\s+lisää|olla\s+(?:enemmän|isompi|suurempi|vähemmän))|"
    r"(?<![\w-])(?:may|might|could|will\s+probably|will\s+likely)\s+(?:still\s+|well\s+|even\s+)?"
    r"(?:rise|change|grow|increase|go\s+up|be\s+(?:more|higher|bigger|less|lower))\b|"
    r"(?<![\w-])(?:enemmänki|enemmänkin|ennemmänkin|vähemmänkin)(?![\w-])|"
    r"(?<![\w-])(?:tai|or|vai|ja|and|plus)\s+(?:jopa\s+|even\s+|vähän\s+|a\s+bit\s+|hieman\s+)?(?:enemmän|ennemmän|more|yli|over|vähemmän|less)\b|"
    r"(?<![\w-])(?:varmaan\w*|varmaa|luultavasti|todennäköisesti|todennäkösesti|ehkä|ehkäpä|kenties|mahdollisesti|mahollisesti|"
    r"probably|prolly|prob|maybe|perhaps|possibly|likely|hopefully|toivottavasti|tarkentuu|tarkentuvat|tarkentumassa|tarkentua|"
    r"alustav\w*|preliminary|provisional|tentative|tbc|tbd|ballpark|hatusta|heitto|arvaus|arvaan|arvaisin|veikkaan|veikkaisin|veikkaus|"
    r"luulen|luulis|luulisin|arvelen|arvelisin|guess|guessing|i\s+think|we\s+think|i\s+reckon|vois\s+olla|voisi\s+olla|"
    r"more\s+or\s+less|give\s+or\s+take|plus\s+miinus|plus\s+or\s+minus|for\s+now|not\s+fixed|kysyn\s+vielä|varmistan\s+vielä|"
    r"depends\s+on|depending|riippuu|riippuvat|riippuen|vaihtelee|varies|if\s+all\s+goes\s+well|nousee\s+varmasti|tuskin\s+riittää|ei\s+riitä|not\s+enough|voi\s+heittää|"
    r"jos\s+hyvin\s+käy|jos\s+kaikki\s+(?:menee|tulee|käy)|lisää\s+myöhemmin|more\s+later|to\s+start\s+with|for\s+a\s+start|"
    r"i'?d\s+think|i\s+would\s+think|sinne\s+päin|or\s+so|or\s+thereabouts|pitää\s+kysyä|must\s+ask|need\s+to\s+check|"
    r"ei\s+(?:oo|ole)\s+vielä|not\s+yet)(?![\w-])|±|\+/-|\+-|"
    r"\d\s*" + _UNIT + r"\s*(?:\?|-ish\b)|\d\s*" + _UNIT + r"\s+(?:tai|or|vai)\s+\d")
_CEILING = re.compile(r"\b(?:ei\s+yli|no\s+more\s+than|not\s+more\s+than|not\s+over)\b")
# "over 2 years", "alle 18-vuotiaat": a span of time or an age after the bound word, not a bound on the figure
_TIME_AFTER = re.compile(r"\d+(?:[.,]\d+)?\s*-?\s*(?:years?|yrs?|months?|weeks?|days?|vuo\w*|v\b|kk|kuukau\w*|viiko\w*|päiv\w*|pv)")
# a price per unit is no total: "lauta 4,20 €/jm", "60–90 €/m³", "18,50 €/t"
_UNIT_PRICE = re.compile(r"\d\s*(?:€|e|eur\w*|euro\w*)\s*/\s*(?:jm|m|m2|m²|m3|m³|kg|kpl|l|km|t|tn|kuorma|pcs|piece|unit)\b")
_SCALES = (Decimal(1), Decimal(1000), Decimal(1000000))
_ASIDE = re.compile(r"\([^()]*\)")


def figure_doubt(text: str, figures: Iterable[Decimal] = ()) -> str | None:
    """``bound`` or ``unsure`` when a figure read from ``text`` should be confirmed; None when it is plain. A range
    ("5-6 tonnia") is no doubt: its upper end is taken, and the echo says so. ``figures`` are the numbers the
    reading was made of (the value, its parts and factors): a bound counts only on one of them, not on the
    people ("yli 20 talkoolaista, yhteensä 300 h") or a share ("omarahoitus alle 10 %")."""
    untagged = re.sub(r"<[^<>]{0,20}>", " ", text or "")  # "at least <b>80</b> hours"
    if re.search(r"(?<![\w-])kai(?![\w-])", untagged):
        return UNSURE  # "no kai se 8000 on" (not the name: "Kai tekee 40 h")
    said = _CEILING.sub("max", prepare(untagged))  # number words as digits: "ainaki sata tuntia"
    said = re.sub(r"(?<![\w-])kai(?![\w-])", " ", said)
    plain = _ASIDE.sub(" ", said)  # "300 h (talkoolaisia 20+)": an aside in brackets
    wanted = {Decimal(f) for f in figures if f is not None}
    for match in _BOUND_BEFORE.finditer(plain):
        if _on_figure(plain[match.end():], wanted) and not (not wanted and _TIME_AFTER.match(plain, match.end())):
            return BOUND
    for match in _FLOOR_AFTER.finditer(plain):
        if _on_figure(match.group(1), wanted):
            return BOUND
    if _UNSURE.search(said) or _UNIT_PRICE.search(said):
        return UNSURE
    return None


def _on_figure(after: str, wanted: set[Decimal]) -> bool:
    """The number at the start of ``after`` is one of the reading's figures (or there is no reading to ask)."""
    numbers = find_numbers(after)
    if not numbers or numbers[0].start > 2:
        return False
    if not wanted:
        return True
    return any(numbers[0].value * scale in wanted for scale in _SCALES)


_CEILING_WORD = re.compile(r"(?<![\w-])(?:max\.?|maks\.?|maksimissaan|maksimi|enintään|korkeintaan|up\s+to|at\s+most|ei\s+yli|"
                           r"no\s+more\s+than|not\s+more\s+than|not\s+over)(?![\w-])")


def says_ceiling(text: str) -> bool:
    """"max 25 000", "enintään 8 000 €": a ceiling the applicant sets (read as the figure; the echo says nothing more)."""
    return bool(_CEILING_WORD.search((text or "").lower()))


R = TypeVar("R")


def settle(reading: R, text: str, guess: Callable[[], R | None]) -> R:
    """A strict reading marked with its doubt, if any; where it has no value, the best guess (always in doubt)."""
    if reading.value is not None:  # type: ignore[attr-defined]
        doubt = figure_doubt(text, reading_figures(reading))
        return replace(reading, doubt=doubt) if doubt else reading  # type: ignore[type-var]
    return guess() or reading


def reading_figures(reading) -> list[Decimal]:
    """The numbers a reading was made of: its value, parts, factors and monthly or yearly terms."""
    found = [reading.value, *(getattr(reading, "parts", None) or ()), *(getattr(reading, "factors", None) or ())]
    for pair in (getattr(reading, "monthly", None), getattr(reading, "yearly", None)):
        if pair:
            found += [Decimal(pair[0]), Decimal(pair[1])]
    return [Decimal(f) for f in found if f is not None]
