"""When a clear reading is still shown to confirm before it is saved: a long answer, or one that turns.

The readers say what an answer means. Most answers are short ("30 000 €", "maaliskuussa 2027", "Leader") and
a reading of them is saved at once and echoed. A long answer, or one that corrects itself, sets one thing
against another or asks back ("tammikuussa, ei ku helmikuussa …", "5 000, but the rest from the EU", "ESR:ää ee
tarvita, remonttirahhoo vuan"), is where the readers go wrong without knowing it: on the development sets about
six in ten of the readings saved wrong were such answers. An advisor hearing one says back what they wrote down;
the bot does the same: the reading is proposed ("Luin: 1.2.2027 – kirjaanko?") and saved with one tap.

Plain functions; the interview (``interview_steps``) and the benchmark (``bench/answers.py``) both use them.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from pathlib import Path

from .number_text import prepare
from .understand_ordinals import ordinal_words

# Words beyond which an answer is long, per kind: an hours answer says three things ("10 henkeä 3 päivää 6 h").
LONG = {"date": 7, "amount": 7, "hours": 9, "choice": 7}
ITEM_LONG = 5  # a list item, on a line with others, of more words than this
LINE_LONG = 12  # a one-line list answer of more words than this

# A turn: a correction, a "but", an "instead", an apology (fi, en, sv).
_TURN = re.compile(
    r"\b(?:ei|ee|e)\s*k[uo]\b|\beiku\b|\b(?:ei|ee),?\s+vaa(?:n)?\b|\btai\s+siis\b|\bmutt?a?\b|\bvaikka\b|\bpaitsi\b"
    r"|\balun\s*perin\b|\balunperin\b|\banteeks|\boike(?:a|e)st(?:aa|ee)n?\b|\btai\s+(?:ei|no|sittenkin)\b|\bsittenkin\b"
    r"|\b(?:ei|ee)\b[^,.;!?]{1,30}\bvaa?n\b|→|->|[-–—]\s*(?:no|ei|nej)\b"
    r"|\bactually\b|\bno\s+wait\b|\bi\s+mean\b|\bor\s+rather\b|\boriginally\b|\binstead\b|\bbut\b|\balthough\b"
    r"|\bexcept\b|\bhowever\b|\bsorry\b|\bsry\b|\bsoz\b|\btarkoitin\b|\b(?:oota|odota|ootas|odotas)\b"
    r"|\bmen\s+(?:inte|nej)\b|\bnej\s+förresten\b|\bförlåt\b|\bvänta\b",
    re.IGNORECASE,
)
_ASIDE = re.compile(r"[()\"“”«»?]")  # a remark in brackets, a quotation, a question back
# A thing taken back or said not to be ("ei konsoleita vaan ohjaimet", "nej, inte urheiluseura", "scratch that"): in a
# list line, and beside a typed "yes" ("ee tässä oo mittään ulkomaista" is no)
_NOT = re.compile(r"\b(?:ei|ee|e|en|eikä|emme|ette|eivät|not|no|never|nothing|nej|inte|ingen|delete|scratch|poistetaan|"
                  r"poista|unohda|forget|skip|pois)\b|n't\b", re.IGNORECASE)
_DEPENDS = re.compile(r"\briippu|\bdepend|\bberor\b", re.IGNORECASE)  # "se riippuu siitä …": no choice made yet


# The start of a word that may carry a date, an amount or hours: a number word, a unit, a month (fi, en, sv).
_VALUE_STEMS = tuple(
    "yks yhd yhe kak kah kol nel vii kuu sei kym sat tuh puo ton "
    "one two thr fou fiv six sev eig nin ten twe thi fif hun tho hour day week month year "
    "tun päiv pv viik vko kuuk vuo hlö hen ihm eur kert arki tim dag veck mån "
    "tam hel maa huh tou kes hei elo syy lok mar jou jan feb apr may jun jul aug sep oct nov dec".split())
_WORD = re.compile(r"[^\W\d_]+")
KNOWN_WORDS_PATH = Path(__file__).parent / "data" / "known_value_words.txt"  # written by bench/known_words.py


def value_like(word: str) -> bool:
    """True when a lower-case word starts like a number word, a unit or a month."""
    return word.startswith(_VALUE_STEMS)


@cache
def _known_words() -> frozenset[str]:
    """The words of the list and the day ordinals the date reader reads, read once."""
    listed = KNOWN_WORDS_PATH.read_text(encoding="utf-8").split() if KNOWN_WORDS_PATH.exists() else []
    return frozenset(listed) | ordinal_words()


def novel_words(text: str) -> list[str]:
    """The words of ``text`` that look like a number, unit or month but that the readers have never met and cannot
    read as a number ("kahre viiko", "kahdeskymmenestoinen"): a reading that passed over them may be wrong."""
    known = _known_words()
    return [word for word in _WORD.findall(text.lower())
            if value_like(word) and word not in known and not re.search(r"\d", prepare(word))]


_PER_PARTY = re.compile(r"\b(?:per|each|every|joka|jokaiselle|kumpaankin|kummallekin)\s+(?:kylä\w*|village|seura\w*|club|"
                        r"yhdistys\w*|association|group|ryhmä\w*|partner\w*|kumppani\w*)|\b(?:kylää|seuraa|yhdistystä)\s+kohden\b",
                        re.IGNORECASE)


def turns(text: str) -> bool:
    """True when the answer corrects itself, sets one thing against another, quotes or asks back."""
    return bool(_TURN.search(text) or _ASIDE.search(text))


def needs_check(text: str, kind: str, value: str | None = None) -> bool:
    """True when a clear reading of a date, amount, hours or typed choice answer is proposed, not saved. ``value`` is
    the option read from a typed choice: a "yes" beside a "not", or any option after "it depends", is checked too."""
    if len(text.split()) > LONG[kind] or turns(text) or (kind != "choice" and novel_words(text)):
        return True
    if kind in ("amount", "hours") and _PER_PARTY.search(text):
        return True  # "120 h per kylä": for each of several, the whole not said
    return kind == "choice" and (bool(_DEPENDS.search(text)) or (value == "yes" and bool(_NOT.search(text))))


def list_needs_check(text: str, items: list[str]) -> bool:
    """True when a list of two or more items read from one line is proposed before it is noted: an item of many
    words, a long line, or a turn. Items each on their own line are parted by the person, and are not."""
    if len(items) < 2 or "\n" in text.strip():
        return False
    return (turns(text) or bool(_NOT.search(text)) or len(text.split()) > LINE_LONG
            or any(len(item.split()) > ITEM_LONG or _REASON_IN_ITEM.search(item) for item in items))


# an item that carries a reason or a remark: "signs we have already", "katto koska vuotaa", "tables the school lends"
_REASON_IN_ITEM = re.compile(r"\b(?:koska|because|since|already|jo\s+on|on\s+jo|meillä\s+jo|lainaa\w*|lends?|donat\w*|lahjoit\w*|"
                             r"ei\s+tarvi\w*|not\s+needed|we\s+have|meillä\s+on)\b", re.IGNORECASE)


# a word that multiplies or shares a figure: "8000 twice", "120 h kumpanakin kesänä", "5000 € kumpaankin kylään"
_MULTIPLIES = re.compile(r"\b(?:twice|thrice|kahesti|kahdesti|kolmesti|kumpanakin|kumpaankin|kummallekin|kumpikin|kummassakin|both|"
                         r"each|every|joka|jokaiselle|jokainen|jokaisella|jokaisessa|kertaa|kerran|times|kaheen\s+kertaan|"
                         r"kahteen\s+kertaan|molemmat|molemmille|molempina|molemmissa)\b", re.IGNORECASE)


def checked(reading, text: str, kind: str):
    """``reading`` with ``doubt="check"`` when it would be saved as it is but the answer ``needs_check``, or when a figure
    saved as said stands beside a word that multiplies it ("8000 twice") and no reader used that word."""
    if reading is None or reading.value is None or getattr(reading, "vague", False) or getattr(reading, "doubt", None):
        return reading
    if needs_check(text, kind) or (kind in ("amount", "hours") and _MULTIPLIES.search(text) and not any(
            getattr(reading, name, None) for name in ("factors", "monthly", "yearly", "parts"))):
        return replace(reading, doubt="check")
    return reading


__all__ = ["KNOWN_WORDS_PATH", "checked", "list_needs_check", "needs_check", "novel_words", "turns", "value_like"]
