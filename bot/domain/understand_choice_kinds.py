"""A second look at what kind of Leader project a typed answer names, clause by clause ("ei koulutus, vuan rakentamista")."""

from __future__ import annotations

import re
from typing import Mapping, Sequence

from .understand_text import _FOLD, _BOTH, _KIND_AT, _UNSURE, _UNSURE_MORE, _fold, _project_kinds

# Words of building the first reading leaves to the buttons: "rakennushanke", "rakennus", "remppa"
_MORE_INVESTMENT = re.compile(r"\b(?:rakennu\w*|rempp\w*|peruskorja\w*|maalamp\w*|aurinkopanee\w*|paneel\w*)")
# Working as equals with another group: "yhessä naapurikylän kans", "all of us equal partners", "another Leader area"
_MORE_COOPERATION = re.compile(r"\b(?:yhdessa|yhessa|yhyres|yhres|yhdes)\s+(?:\w+\s+){0,3}?(?:kanssa|kans)\b|\btogether\s+with\b|"
                               r"\bequal\s+partners\b|\btasavert\w*|\bjoint\s+project\b|\banother\s+leader\b|\btoise\w*\s+leader\w*|"
                               r"\bulkomai\w*\s+kumppan\w*|\bforeign\s+partner\w*")
# The answer opens with a button's own name, then says what the project holds ("Development project, but we also buy …")
_OPENING_KIND = {"kehittamishanke": "development", "development project": "development", "investointihanke": "investment",
                 "investment project": "investment", "investment": "investment", "koulutushanke": "training",
                 "training project": "training", "yhteistyohanke": "cooperation", "cooperation project": "cooperation"}
_OPENING = re.compile(r"^\W*(" + "|".join(_OPENING_KIND) + r")\s*(?:[,–—:;(]|\s(?:jossa|where|with|but|mutta|mut|ku|koska|because)\b)")
_TAKEN_BACK = re.compile(r"\b(?:ei\s+vaa?n?|nej|forlat|sorry|instead|ei\s*ku\w*|eiku\w*|no\s+wait|actually|or|tai|vai|maybe|ehka|voi\s+olla|onkin|joten|so\s+it|i\s+mean)\b")
_CLAUSES = re.compile(r"[,;.!?]+|\s[-–—]\s|\b(?:vaan|vuan|vaa|but|mutta|mut|although|though|vaikka|then|sitten|sit)\b")
_DENIED = re.compile(r"^\s*(?:\w+\s+){0,2}?(?:ei|ee|eika|not|dont|doesnt|isnt|never|without|ilman)\b(?!\s+(?:ku|kun|vaan|vuan)\b)|\b(?:ei|ee|eika|not|dont|isnt)\s+(?:\w+\s+){0,3}$")
_MAIN = re.compile(r"\b(?:paaasia\w*|paapaino\w*|main\w*|mostly|mainly|primarily|suurin\s+(?:osa|raha)|enimmakseen|first|eka\w*|ensin|ensimmainen)\b")
_LATER = re.compile(r"\b(?:second|toinen|toisessa|later|myohemmin|vasta|next)\b")


def _kinds(clause: str) -> set[str]:
    """The kinds of project a folded clause names, denied or not."""
    found = _project_kinds(clause) | ({"investment"} if _MORE_INVESTMENT.search(clause) else set())
    found |= {"cooperation"} if _MORE_COOPERATION.search(clause) else set()
    return found | {key for key, pattern in _KIND_AT.items() if pattern.search(clause)}


def second_kind(text: str, options: Mapping[str, Sequence[str]]) -> str | None:
    """The kind of project to read back: the one named in a clause that does not deny it, or the main one of several."""
    said = re.sub(r"\b(\w+) t\b", r"\1t", _fold_marks(re.sub(r"n['’]t\b", "nt", text)))
    if _BOTH.search(said) or _UNSURE.search(said) or _UNSURE_MORE.search(said) or re.search(r"\b(?:seka|molempia|en osaa sanoa)\b", said):
        return None  # "both dev and investment", "not sure which fits, …": the buttons ask
    if text.rstrip(" 🙂😅🤔").endswith("?") and len(said.split()) < 4:
        return None  # "ehkä koulutus?", "development i guess?": a lean asked back
    opening = _OPENING.match(said)
    if opening and not _TAKEN_BACK.search(said):
        return _OPENING_KIND[opening.group(1)]  # "Kehittämishanke jossa on koulutusta ja pieniä hankintoja": named first, then what it holds
    said = re.sub(r"\b(?:vaikka|although|though|even\s+if)\b[^,;.!?]*", " ", said)  # "kehittämishanke vaikka siinä ostetaan laitteita"
    clauses = [c for c in _CLAUSES.split(said) if c.strip()]
    kept = [(c, _kinds(c) & set(options)) for c in clauses if not _DENIED.search(c)]
    kept = [(c, k) for c, k in kept if k]
    if any(not _LATER.search(c) for c, _ in kept):
        kept = [(c, k) for c, k in kept if not _LATER.search(c)]  # "rakentaminen vasta myöhemmin", "the build in a second project"
    named = set().union(*(k for _, k in kept)) if kept else set()
    if len(named) == 1:
        return named.pop()  # "no remppa se on, maalämpö ja paneelit katolle", "Ei tää oo mikkää koulutus, vuan rakentamista"
    main = [k for c, k in kept if _MAIN.search(c) and not _LATER.search(c) and len(k) == 1]
    if len(main) == 1:
        return next(iter(main[0]))  # "development project first …, then we do the build in a second project"
    return None



_FIRST_WORD = {"kehittamishanke": "development", "kehittaminen": "development", "development": "development",
               "investointi": "investment", "investointihanke": "investment", "investment": "investment",
               "koulutus": "training", "koulutushanke": "training", "training": "training",
               "yhteistyo": "cooperation", "yhteistyohanke": "cooperation", "cooperation": "cooperation"}


def first_word_kind(text: str) -> str | None:
    """The kind a button's name gives as the answer's first word ("development, mostly workshops"), not taken back."""
    said = _fold_marks(text)
    found = re.match(r"^\W*(\w+)\s*[,–—:;]", said)
    return _FIRST_WORD.get(found.group(1)) if found and not _TAKEN_BACK.search(said) else None


def _fold_marks(text: str) -> str:
    """Lower case without Finnish letters, the punctuation between clauses kept (``_fold`` drops it)."""
    text = re.sub(r"(?<=\w)[-:'’](?=\w)", " ", text.lower().translate(_FOLD))
    return " ".join(re.sub(r"[^\w\s,;.!?()–—]", " ", text).split())


__all__ = ["first_word_kind", "second_kind"]
