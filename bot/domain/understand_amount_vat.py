"""A cost said both with and without VAT, and which of the two the person means to save."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Callable

# a figure's label: with VAT ("alvillisena", "alvin kans", "with moms", "VAT-inclusive") or without it
_WITH = (r"\balv(?:in|ii|ia|:n)?\s+(?:kanssa|kans|kaa)\b|\barvonlisäveron\s+kanssa\b|\bverollinen\b|\balvillis\w*|\balvillinen\b|\bverollis\w*|"
         r"\bwith\s+(?:the\s+)?(?:vat|moms|alv|tax)\b|\bvat[-\s]inclusive\b|\bincl(?:uding|\.)?\s+(?:vat|moms|alv)\b|"
         r"\bsis(?:ältäen|\.)?\s+alv\w*|\bmed\s+moms\b|\bw/\s*(?:vat|moms|alv)\b")
_WITHOUT = (r"\bilman\s+(?:alv\w*|arvonlisävero\w*)|\bilman(?=\s*(?:[,.;)]|$|\d))|\barvonlisäverot(?:on|tom)\w*|\bverottom\w*|\balv\s*0\s*%?(?!\d)|\balv\s+nolla\b|\bveroton\w*|\balviton\w*|\bwithout(?:\s+(?:the\s+)?(?:vat|moms|alv|tax)\b|(?=\s*(?:[,.;)]|$|\d)))|"
            r"\bexcl(?:uding|\.)?\s+(?:vat|moms|alv)\b|\bex\.?\s+(?:vat|moms|alv)\b|\bw/o\s+(?:vat|moms|alv)\b|\bvat[-\s]exclusive\b|\butan\s+moms\b|\+\s*(?:alv|vat|moms)\b|"
            r"\bplus\s+(?:alv|vat|moms)\b|(?<=\d)\s*(?:€|e|eur\w*|euros?)?\s+(?:net|netto)\b")
_LABEL = re.compile(rf"(?:{_WITH})|(?:{_WITHOUT})", re.IGNORECASE)
_WITH_RE = re.compile(_WITH, re.IGNORECASE)
_WITHOUT_RE = re.compile(_WITHOUT, re.IGNORECASE)
_CUT = re.compile(rf"(?:{_WITH})|(?:{_WITHOUT})|(?<!\d),|,(?!\d)|[;:!?()]|\s/\s|\.(?!\d)|\b(?:ja|and|mutta|but|och|eli|so|me|we|meil|meillä|koska|because|since|joten)\b", re.IGNORECASE)
# "ei olla alv-rekisterissä", "we are not VAT registered", "we can't deduct VAT": the VAT is a cost, so with it
_NOT_REGISTERED = re.compile(
    r"\b(?:ei|emme|eivät|not|isn't|aren't|int|inte)\s+(?:\w+\s+){0,3}?(?:alv|vat|moms|arvonlisävero)[\s-]*(?:rekist\w*|registered|"
    r"registrerad\w*|velvolli\w*)|\b(?:cannot|can't|can\s+not|cant|ei\s+(?:\w+\s+)?(?:voi\w*|saa\w*)|emme\s+(?:voi|saa))\s+"
    r"(?:\w+\s+){0,2}?(?:deduct|reclaim|get\s+(?:the\s+)?(?:vat|it|alv|moms)\s+back|vähen\w*|takaisin)|"
    r"\bei\s+(?:oo|ole)\s+alv-?toimin\w*|\bnot\s+(?:a\s+)?vat(?:able)?[\s-]+activit\w*", re.IGNORECASE)
_REGISTERED = re.compile(r"\b(?:is|are|we're|olemme|ollaan|ollaa|ollahan|ollahan|ollaanhan|oomma|olemma|on|är)\s+(?:\w+\s+)?(?:alv|vat|moms|arvonlisävero)[\s-]*(?:rekist\w*|"
                         r"registered|registrerad\w*|velvolli\w*)|\bregistered\s+for\s+(?:vat|moms)\b|"
                         r"\b(?<!n't\s)(?:we\s+)?can\s+(?:\w+\s+)?(?:deduct|reclaim|get\s+(?:the\s+)?(?:vat|it)\s+back)|"
                         r"\b(?:voimme|voidaan|saamme|saadaan)\s+(?:\w+\s+)?(?:vähentää|takaisin)", re.IGNORECASE)
_CURRENCY = re.compile(r"\s*(?:€|e\b|eur\w*|euro\w*)?\s*", re.IGNORECASE)
_VAT_SAID = re.compile(r"\b(?:alv\w*|vat|moms|tax|arvonlisävero\w*|verollis\w*|verottom\w*)\b", re.IGNORECASE)


def with_or_without(text: str, read: Callable[[str], Decimal | None]) -> Decimal | None:
    """The one figure meant when a cost is said both with and without VAT ("7 200 with VAT, 5 737 without. we
    cannot get VAT back so with VAT"): what the person says they want, or whether they can deduct VAT; with VAT
    when they say neither. None unless exactly two figures are said, a VAT apart (9-27 %), one labelled each way."""
    if not text or not _VAT_SAID.search(text) or not (_WITH_RE.search(text) and _WITHOUT_RE.search(text)):
        return None
    figures: list[tuple[Decimal, int]] = []  # (figure, where its part ends)
    start = 0
    for cut in list(_CUT.finditer(text)) + [None]:
        end = cut.start() if cut else len(text)
        value = (read(text[start:end]) or _plain_figure(text[start:end])) if text[start:end].strip() else None
        if value is not None and value > 0:
            figures.append((value, end))
        start = cut.end() if cut else len(text)
    if any(value >= 100 for value, _ in figures):
        figures = [(value, end) for value, end in figures if value >= 10]  # "… so the first one": a pointer, not a figure
    if len(figures) == 2 and _names_a_thing(text, figures):
        return None  # "laitteet 3000 alvillisena ja asennus 2500 ilman alvia": two things, each with its own VAT
    values = sorted({value for value, _ in figures})
    if len(values) != 2 or not Decimal("1.09") <= values[1] / values[0] <= Decimal("1.27"):
        return None
    low, high = values
    tail = text[max(end for _, end in figures):]
    tail = tail[_CURRENCY.match(tail).end():]
    label = _LABEL.match(tail)
    if label:  # "7,530 with VAT. …": the last figure's own label is no choice
        tail = tail[label.end():]
    not_registered = bool(_NOT_REGISTERED.search(text))
    wants_with = bool(_WITH_RE.search(tail)) or not_registered
    wants_without = bool(_WITHOUT_RE.search(tail)) or (not not_registered and bool(_REGISTERED.search(text)))
    if wants_with and wants_without:
        return None
    return low if wants_without else high


_PLAIN = re.compile(r"^\s*(?:[a-zäöå]+\s+)?(\d{1,3}(?:[ \u00a0]\d{3})+|\d{3,6})\s*(?:€|e|eur\w*|euro\w*)?\s*$", re.IGNORECASE)


def _plain_figure(part: str) -> Decimal | None:
    """A bare figure beside its VAT label that reads as a year elsewhere ("1 984 without")."""
    match = _PLAIN.match(part)
    return Decimal(match.group(1).replace(" ", "").replace("\u00a0", "")) if match else None


_FILLER = {"vajaat", "vajjaat", "noin", "about", "around", "it's", "its", "and", "just", "only", "vain", "euroa", "euroo", "euros",
           "euro", "siis", "sitten", "then", "total", "yhteensä", "price", "hinta", "hintaa", "mutta", "with", "without", "ilman", "alvia",
           "alvii", "moms", "kans", "kanssa", "olis", "would", "costs", "maksaa", "makes", "tekee", "tulee", "tulloo", "tullee", "that",
           "this", "tämä", "tää", "se", "sama", "same", "thing", "jotai", "jotain", "suunnilleen", "niinku", "sovittu", "summa", "comes", "come", "comes to", "amounts", "gross", "brutto",
           "would", "will", "become", "becomes", "ois", "olisi", "menee", "goes"}
_NUMBER_STEM = ("alv", "tuhat", "sata", "kymm", "kaks", "kolm", "nelj", "viis", "kuus", "seits", "kahd", "kahe", "yhde", "yhe", "thous",
                "hundr", "twent", "thirt", "fort", "fift", "sixt", "sevent", "eight", "ninet")


def _names_a_thing(text: str, figures: list[tuple[Decimal, int]]) -> bool:
    """True when the words just before the second figure name a thing of their own ("…, asennus 2500 ilman alvia")."""
    between = text[figures[0][1]:figures[1][1]]
    between = between[:max((m.end() for m in re.finditer(r"\d", between)), default=len(between))]  # up to the second figure
    words = re.findall(r"[^\W\d_]+", _LABEL.sub(" ", between).lower())
    return any(len(w) >= 4 and w not in _FILLER and not w.startswith(_NUMBER_STEM) for w in words)
