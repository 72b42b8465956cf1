"""Words that make a figure a proposal to confirm, not an answer: a floor, "or more", "may still rise", "varmaan".

An advisor who hears "ainakin sata tuntia, varmaan enemmän" does not write 100 down without a word: they ask
"kirjaanko 100 h?". The readers give the figure; ``doubt`` says whether it should be confirmed first, and why.
"Noin", "about", "arviolta" are how every estimate is said and are no doubt.
"""

from __future__ import annotations

import re

from .number_text import prepare

BOUND, UNSURE = "bound", "unsure"

_ABOUT = r"(?:n\.|noin|about|around|approx\.?|approximately|ca\.?|circa|~|€|eur)?\s*"
# "ainakin 100", "yli 5000", "at least 200", "alle 8 000": a floor, or a bound below, said before the figure. A ceiling
# the applicant sets ("max 25 000", "enintään 8 000 €") is what they mean to budget: no doubt.
_BOUND_BEFORE = re.compile(
    r"(?<![\w-])(?:ainakin|ainaki|ainakii|vähintään|vähintäin|väh\.|min\.|minimum|at\s+least|no\s+less\s+than|yli|over|"
    r"more\s+than|alle|under|below|less\s+than|reilusti\s+yli|well\s+over)\s*" + _ABOUT + r"\d")
_CEILING = re.compile(r"\b(?:ei\s+yli|no\s+more\s+than|not\s+more\s+than|not\s+over)\b")
# "over 2 years", "alle 18-vuotiaat": a span of time or an age after the bound word, not a bound on the figure
_TIME_AFTER = re.compile(r"\d+(?:[.,]\d+)?\s*-?\s*(?:years?|yrs?|months?|weeks?|days?|vuo\w*|v\b|kk|kuukau\w*|viiko\w*|päiv\w*|pv|"
                         r"[^\d(]*\))")  # "(all over 15)": an aside in brackets
# "300h+", "5000 €+": a floor said after the figure (not "1 500 + 2 000", not "+ alv")
_PLUS_AFTER = re.compile(r"\d\s*(?:€|e|eur\w*|euro\w*|h|t|tuntia|tuntii|hours?|hrs?|k|t€|tonnia)?\s*\+(?=\s*(?:$|[),.!?;:]))")
# "varmaan enemmän", "voi vielä nousta", "or more", "probably", "hatusta heitetty": the figure is not settled
_UNSURE = re.compile(
    r"(?<![\w-])(?:voi|voivat|saattaa|saattavat|sattaa)\s+(?:vielä\s+|viel\s+|kyllä\s+|hyvin\s+|jopa\s+)?"
    r"(?:nousta|muuttua|kasvaa|tarkentua|tarkentuu|olla\s+(?:enemmän|isompi|suurempi|vähemmän))|"
    r"(?<![\w-])(?:may|might|could|will\s+probably|will\s+likely)\s+(?:still\s+|well\s+|even\s+)?"
    r"(?:rise|change|grow|increase|go\s+up|be\s+(?:more|higher|bigger|less|lower))\b|"
    r"(?<![\w-])(?:enemmänki|enemmänkin|ennemmänkin|vähemmänkin)(?![\w-])|"
    r"(?<![\w-])(?:tai|or|vai|ja|and|plus)\s+(?:jopa\s+|even\s+|vähän\s+|a\s+bit\s+|hieman\s+)?(?:enemmän|ennemmän|more|yli|over|vähemmän|less)\b|"
    r"(?<![\w-])(?:varmaan\w*|luultavasti|todennäköisesti|ehkä|ehkäpä|kenties|mahdollisesti|kai|probably|maybe|perhaps|possibly|"
    r"likely|hopefully|toivottavasti|tarkentu\w*|alustav\w*|preliminary|provisional|tbc|hatusta|heitto|arvaus|arvaan|veikkaan|"
    r"veikkaus|luulen|luulis|luulisin|arvelen|arvelisin|guess|guessing|i\s+think|i\s+reckon|roughly\s+guess\w*|"
    r"more\s+or\s+less|give\s+or\s+take|plus\s+miinus|plus\s+or\s+minus)(?![\w-])|±|\+/-|\+-")


def figure_doubt(text: str) -> str | None:
    """``bound`` or ``unsure`` when a figure read from ``text`` should be confirmed; None when it is plain. A range
    ("5-6 tonnia") is no doubt: its upper end is taken, and the echo says so."""
    said = _CEILING.sub("max", prepare(re.sub(r"<[^<>]{0,20}>", " ", text or "")))  # "ainaki sata tuntia", "<b>80</b>"
    if any(not _TIME_AFTER.match(said, m.end() - 1) for m in _BOUND_BEFORE.finditer(said)) or _PLUS_AFTER.search(said):
        return BOUND
    if _UNSURE.search(said):
        return UNSURE
    return None
