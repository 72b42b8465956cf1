"""Figures written one per line ("- stage building: 40 h", "2. Bus trips €1,800"): each line is read on its own,
then added up, only where nothing says the lines are alternatives, funding, prices per time or a total."""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal

from .number_text import prepare

_BULLET = re.compile(r"^\s*(?:[-–•*·]|\d{1,2}[.)])\s+")
_LABEL_FIRST = re.compile(r"^[^\d]*[a-zäöå]{3,}")
# A part that says it is the whole: a total word, or a figure with no task named ("…; noin 80 h", "Yht 5500")
_TOTAL_LINE = re.compile(r"\b(?:yhteensä|yht|tot|total|sum|summa|in\s+all|all\s+together|altogether|overall|kaikkiaan|eli|siis|so|"
                         r"that\s+makes|which\s+is|that'?s|makes)\b|^\W*=")
_HEDGES = re.compile(r"\b(?:noin|n\.|suunnilleen|reilu\w*|arviolta|about|around|roughly|approx\w*|ca\.?|circa|h|t|tuntia|tunnit|hours?|"
                     r"hrs?|€|e|eur\w*|euro\w*)\b|[\d\W_]")
# A part named as the whole work or the rest: the bot asks ("Talkootunnit 90 h", "kaikki muu 40 h", "work party 30 h")
GENERAL = re.compile(r"\b(?:talkoot|talkoita|talkootyö\w*|talkootunn\w*|volunteer\s+(?:hours|work)|work\s+part(?:y|ies)|kaikki\s+muu\w*|"
                     r"muut|all\s+the\s+rest|everything\s+else|the\s+rest|loput)\b")
# An intro line above the items may only name them ("Talkootyöt:", "Volunteer hours:", "Kulut:")
_INTRO = re.compile(r"^(?!.*\b(?:jokai\w*|joka|each|every|per|kukin|kohden|päiv\w*|kert\w*|vuosittain|kuussa|viikossa|years?|"
                    r"months?|weeks?|days?)\b)\W*(?:[a-zäö]+\s+){0,2}(?:talkoo\w*|tunnit|työt|tehtävät|hours|work|tasks|volunteer\s+\w+|kulut|kustannukset|"
                    r"costs?|budjetti|budget|arvio|estimate|suunnitelma|plan)\s*:\s*$")


def unlabelled(segment: str) -> bool:
    """No task named in a part, only a figure and a hedge ("noin 80 h", "~90")."""
    return not re.search(r"[a-zäö]{3,}", _HEDGES.sub(" ", segment))


# A word that makes a line an alternative, a part, an earlier figure or a bound, not one more item
NOT_ONE_MORE = (r"tai|or|vai|maybe|ehkä|perhaps|either|eiku|korjaus|sorry|actually|siitä|josta|joista|of\s+which|including|"
                r"sisältä\w*|viime|last|edellis\w*|previous|not\s+counted|ei\s+lasketa|half|puolet|osa|part|max|min|"
                r"vähintään|enintään|at\s+least|at\s+most|target|tavoite\w*|vaihtoehto\w*|options?|versio\w*|versions?|"
                r"mall\w*|models?|halvin|halvempi|kallein|kalliimpi|cheap\w*|expensive|arvio\w*|estimate\w*|alkuperäi\w*|"
                r"original\w*|nyt|now|uusi|new|vanha|old|itse|diy|urakoitsija\w*|contractor\w*|ostopalvelu\w*|talkoilla|"
                r"veroton|verollinen|netto|brutto|net|gross|alv|vat|tarjou\w*|offers?|quotes?|oy|ltd|tmi|ky|builder\w*|"
                r"jos|if|tarvittaessa|mahdollise\w*|possibl\w*|optional|valinnai\w*|might|may|ilmai\w*|free|sisälty\w*|"
                r"included|samat?|same|uudestaan|again|toiseen|second|ourselves|paid\s+by|maksaa|pays|suunnitel\w*|"
                r"suunniteltu|toteutu\w*|planned|done|budjetissa|todellisuudessa|hakemuksessa|koko|whole|minä|mä|mää|myself")
# a per-time price or share on a line ("30 €/krt", "50 a week")
_PER = re.compile(r"\d\s*(?:€|e|eur\w*)?\s*/\s*[a-zäö]|\b(?:per|a\s+week|a\s+month|a\s+day|weekly|monthly|viikossa|kuussa|"
                  r"päivässä|vuodessa|kerralta|illalta|each|kpl|pcs)\b|\d\s*%")


def bullet_lines(text: str) -> list[str]:
    """The lines of ``text`` without bullets or numbering, blank lines dropped; [] when it is one plain line."""
    lines = [_BULLET.sub("", line).strip() for line in text.splitlines()]
    lines = [line for line in lines if line]
    if len(lines) == 1 and not _BULLET.match(text.strip()):
        return []
    return lines


def _heads_repeat(lines: list[str]) -> bool:
    """"laavu 4000 / laavu asennettuna 5500": the same thing priced twice."""
    heads = [re.findall(r"[a-zäö]{3,}", line)[:1] for line in lines]
    heads = [h[0] for h in heads if h]
    return len(heads) != len(set(heads))


def add_up_lines(lines: list[str], read: Callable[[str], Decimal | None], *, figure: re.Pattern, not_one_more: re.Pattern,
                 need_total: bool = False, raw_lines: list[str] | None = None) -> tuple[Decimal, tuple[Decimal, ...]] | None | bool:
    """Named items on lines of their own, each with its ``figure``, added up.

    Returns (total, parts); False when the lines are such a list but cannot be added (the bot asks); None when the
    lines are not such a list (they are then read as one answer). Every line but an intro that names the items must
    have its own figure; a first or last line that says it is the whole ("Yht 5500", "noin 90 h") is taken when it is
    the sum of the rest, else the bot asks; a line naming the whole work or the rest ("Talkootunnit 90 h", "kaikki muu
    40 h") is asked; with ``need_total`` only a total that agrees lets the lines be added (costs on lines are as often
    options or things paid by others: review 7)."""
    if any(re.match(r"\s+[-–•*·]", line) for line in raw_lines or ()):
        return False  # an indented sub-item is part of the line above it
    folded = [prepare(line) for line in lines]
    figured = [line for line in folded if re.search(r"\d", line)]
    if len(figured) < 2 or not all(figure.search(line) for line in figured):
        return None
    if any(_PER.search(line) for line in folded if line not in figured):
        return False  # "Per volunteer:" above the lines: each one's hours, how many people?
    if any(_PER.search(line) for line in folded):
        return None  # "- palkka 3000 €/kk\n- kesto 24 kk", "- 2 h/viikko\n- 30 viikkoa": one reading over the lines
    values = [read(line) for line in figured]
    if any(value is None for value in values):
        return False
    bare = [line for line in folded if line not in figured]
    if bare and (bare != [folded[0]] or not _INTRO.match(folded[0])):
        return False  # "- maalaus", "+ siivous", "Muut: ?", "Per volunteer:": an item without its figure, or a rate above
    total = sum(values, Decimal(0))
    marked = [i for i, line in enumerate(figured) if _TOTAL_LINE.search(line) or unlabelled(line)]
    if marked:  # "- laavu 4000 / - huussi 1500 / Yht 5500": the whole, said last (or first), must be the sum of the rest
        i = marked[0]
        if len(marked) == 1 and i in (0, len(figured) - 1) and len(figured) >= 3 and values[i] * 2 == total:
            return values[i], tuple(v for j, v in enumerate(values) if j != i)
        return False
    if (need_total or any(GENERAL.search(line) or not _LABEL_FIRST.match(line) or not_one_more.search(line) for line in figured)
            or _heads_repeat(figured)):
        return False
    return total, tuple(values)
