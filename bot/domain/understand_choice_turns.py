"""Where a typed choice turns ("ESR vai mikä se oli... ei ku Leader", "not ESR, the other one"), the option it ends on."""

from __future__ import annotations

import re
from typing import Mapping, Sequence

from .understand_choice_org import second_org
from .understand_text import _UNSURE, _UNSURE_MORE, _fold, _fund_denied, _fund_stems, _funds_in, _project_kinds

# A correction or a conclusion; what follows it is the answer ("ei ku Leader", "so building i guess", "joten investointi")
_TURN = re.compile(r"(?:\bei\s*k[uo]n?\b|\beiku\w*|\bei\s+vaan\b|\bno\s+wait\b|\bi\s+mean\b|\btai\s+siis\b|\btai\s+no\s+ei\b|"
                   r"\bnah\b|\b(?:no|ei|nej)\s*[—–-]\s|\?\s*(?:no|ei|nope)\b[,.]?|\bjoten\b|\beli\s+se\b|\bso\b(?!\s+(?:far|much|many|that\s+we))|"
                   r"\bsit\s+se\b|\bthen\s+it'?s\b|\bi\s+guess\b|\bi\s+assume\b|\bmielestäni\b|\bsiis\b)", re.IGNORECASE)
# The rest hedges again: "ei ku leader vai?", "so maybe ESR"
_HEDGED = re.compile(r"\b(?:vai|or|maybe|perhaps|ehka|kai|en\s+tieda|not\s+sure)\b")
# "se toinen", "the other one": the fund not ruled out
_OTHER = re.compile(r"\b(?:se|the)\s+(?:toinen|toenen|toine|other)\b")
_UNSURE_OPENING = re.compile(r"^\W*(?:\w+\W+){0,1}?(?:not\s+sure|unsure|en\s+(?:\w+\s+){0,2}?(?:varma|tiedä|tiiä|tiijä|tiä|tiijjä)|"
                             r"emmä\s+tiedä|ei\s+(?:mitää|mitään)\s+hajua|sincerely\s+i\s+am\s+not\s+sure|i\s+am\s+not\s+sure|"
                             r"haven'?t\s+decided|vet\s+inte|en\s+(?:osaa|ole\s+asiasta)|ei\s+hajua)", re.IGNORECASE)


def _named_in(text: str, options: Mapping[str, Sequence[str]], question: str | None) -> set[str]:
    """The options named in ``text``, not ruled out: fund stems, kinds of project, labels and synonyms."""
    from .understand_choice_guess import last_named  # a cycle: the first reading calls the second look
    text = re.sub(r"n['’]t\b", " not", text)  # "we don't build anything" denies "build"
    said = _fold(text)
    if question == "track":
        return {key for key in _funds_in(said, options) if not _fund_denied(said, key)}
    named = set()
    if question == "leader_type":
        named |= _project_kinds(said) & set(options)
    last = last_named(text, options, question=question)
    return named | ({last} if last else set())


def after_turn(text: str, options: Mapping[str, Sequence[str]], *, question: str | None) -> str | None:
    """The one option named after the last correction or conclusion, when the rest does not hedge again."""
    turns = list(_TURN.finditer(text))
    if not turns:
        return None
    rest = re.split(r"[.!;]\s", text[turns[-1].end():] + " ", maxsplit=1)[0]
    if _HEDGED.search(_fold(rest)) or rest.rstrip().endswith("?"):
        return None
    named = _named_in(rest, options, question)
    if question == "org_type":
        named = {second_org(rest, options)} - {None} or named  # "kunta, eiku yhdistys, kunta on vain rahottaja"
    if not named and re.fullmatch(r"i\s+guess", turns[-1].group(0), re.IGNORECASE):  # "development i guess, we don't build"
        named = _named_in(re.split(r"[,.;:!?]", text[:turns[-1].start()])[-1], options, question)
    return named.pop() if len(named) == 1 else None


def other_fund(text: str, options: Mapping[str, Sequence[str]]) -> str | None:
    """"Not Leader, the other one", "Ei ESR. Se toinen.": the fund not ruled out."""
    said = _fold(text)
    named = _funds_in(said, options)
    if not _OTHER.search(said) or len(named) != 1 or named[0] not in ("esr", "leader"):
        return None
    denied = _fund_denied(said, named[0]) or re.search(r"\b(?:not|ei|ee)\s+(?:the\s+|se\s+)?" + named[0], said)
    return ("leader" if named[0] == "esr" else "esr") if denied else None


# A fund set aside: "leaderista ei kuulemma saa", "ESR:ää ee tarvita", "We considered ESR+ but …"
_SET_ASIDE_AFTER = re.compile(r"^\w*\s+(?:\w+\s+)?(?:ei|ee|not|isnt|doesnt|wont|cant|(?:isn|doesn|won|can|don)\s+t)\b")
_SET_ASIDE_BEFORE = re.compile(r"\b(?:considered|harkitsimme|harkittiin|ajattelin|thought\s+of)\s+(?:\w+\s+)?$")
_LEANS = re.compile(r"\b(?:maybe|perhaps|ehka|varmaan|kai|i\s+think|or|tai|vai|whichever|kumpi|either|joko)\b")
_BETTER = re.compile(r"\b(?:paremmin|parempi|better|sopivampi)\b(.*?)\b(?:ku|kuin|kun|than)\b")


def fund_pick(text: str, options: Mapping[str, Sequence[str]]) -> str | None:
    """The one fund named and not set aside, or the one said to fit better than the other."""
    said = _fold(text)
    better = _BETTER.search(said)
    if better and len(_funds_in(better.group(1), options)) == 1:
        return _funds_in(better.group(1), options)[0]  # "tämä sopis paremmin siihe esr plussaan ku leaderiin"
    if _UNSURE.search(said) or _UNSURE_MORE.search(said) or _LEANS.search(said) or (text.rstrip().endswith("?") and len(said.split()) < 4):
        return None  # "ESR+ I think or Leader, not sure", "varmaan leader?": a lean; the buttons ask
    kept = set()
    for key, pattern in _fund_stems(tuple(sorted(options))).items():
        for found in pattern.finditer(said):
            if not (_fund_denied(said, key) or _SET_ASIDE_AFTER.match(said[found.end():]) or _SET_ASIDE_BEFORE.search(said[:found.start()])):
                kept.add(key)
    return kept.pop() if len(kept) == 1 and kept <= {"esr", "leader"} else None


def unsure_first(text: str, options: Mapping[str, Sequence[str]]) -> str | None:
    """"not sure, maybe Leader?", "en oo ihan varma, se esr kuulosti tosi isolta": the "not sure" button."""
    if "notsure" not in options:
        return None
    said = _fold(text)
    if len(_funds_in(said, options)) > 1 and re.search(r"\b(?:paatt\w*|decid\w*|both|molem\w*|seka)\b|\?\?", said + text):
        return None  # "Emme ole vielä päättäneet, harkitsemme sekä Leaderia että ESR+:aa": the two to choose from; asked
    if _UNSURE_OPENING.match(text) or (_UNSURE_MORE.match(said) or _UNSURE.match(said)):
        return "notsure"
    return None


__all__ = ["after_turn", "fund_pick", "other_fund", "unsure_first"]
