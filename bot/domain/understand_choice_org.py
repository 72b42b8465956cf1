"""A second look at who applies, clause by clause: owners, funders and partners named beside the applicant do not count."""

from __future__ import annotations

import re
from typing import Mapping, Sequence

from .understand_text import _FOLD, _BOTH, _PENDING, _UNSURE, _fold

_FORMS = {
    "association": r"\w*(?:yhdisty|yhistys|yhistyks|yhdistyks)\w*|\bry\b|\w*seura(?!kun)\w*|association\w*|\bassoc\b|\w*forening\w*|\brf\b",
    "foundation": r"\w*saatio\w*|foundation|stiftelse\w*",
    "public": r"\b(?:kunta|kuntaa|kunnan|kunnalle|kunnalla|kunnalta|kunnat|kaupunki|kaupungin|kaupunkia|kaupungille|kaupungilta)\b|"
              r"\bmunicipal\w*|\bcity\b|\btown\b|\bkommun\w*|hyvinvointialue\w*",
    "other_nonprofit": r"seurakun\w*|\bparish\w*|\bchurch\w*|folkhogskola\w*|\w*opisto\w*",
    "company": r"\boy\b|\w+oy\b|osakeyhti\w*|\bosk\b|osuuskun\w*|osuuskaup\w*|\bcooperative\b|\bco op\b|\bcompany\b|\blimited\b|\bfirma\w*|\byritys\w*|\byrityks\w*",
    "sole_trader": r"toiminim\w*|\btmi\b|sole\s+trader|self\s+employed",
}
_FORM_AT = {key: re.compile(pattern) for key, pattern in _FORMS.items()}
# Said not to be registered: "ei sitä oo koskaan rekisteröity", "ei mithään papereita eikä y-tunnusta", "not an official thing"
_INFORMAL = re.compile(r"\b(?:ei|ee|emme|not|never)\s+(?:\w+\s+){0,4}?(?:rekister\w*|paperei\w*|y tunnus\w*|virallis\w*|official\w*|registered)\b|"
                       r"\bunregistered\b|\bvapaamuotoi\w*")
_WAVERS = re.compile(r"\b(?:vai|or|tai|ehka|maybe|perhaps|kysyn|kysyt\w*|check\w*|figur\w*|tieda|tiedeta|kumpi|which\s+(?:one|of)|voisi|could|"
                     r"lahtis\w*|lupas\w*|might|probably|kai)\b")
_CLAUSES = re.compile(r"[,;.!?()]+|\s[-–—]\s|\b(?:mut|mutta|but|vaikka|although|ku|ko|koska|because|ja|and|while)\b|\b(?=(?:which|that|joka|jonka|who)\s)")
# Someone beside the applicant: an owner, a funder, a partner, the land or a person's own job
_BESIDE = re.compile(r"\b(?:omista\w*|owns?|owned|belongs?|kuuluu|rahoitta\w*|rahotta\w*|funds?|funder|pays?|maksaa|kumppan\w*|partners?|"
                     r"tontti|land|tilo\w*|premises|tukea|luvannu\w*|luvannut|promised|myymalapaallikko|elakelainen|talo\b|house|ei\s+ole\s+hakija|ei\s+hae\w*|(?:ei|ee)\s+(?:oo|ole)$|not\s+apply\w*|doesnt\s+apply|"
                     r"not\s+the\s+applicant|wonder|which\s+of)\b")
_DENIED = re.compile(r"\b(?:ei|ee|emme|eika|not|no|isnt|arent|dont|doesnt|never|rather\s+than|instead\s+of)\s+(?:\w+\s+){0,3}$")
_APPLIES = re.compile(r"\b(?:hakee|hakkee|haetaan|haen|haemme|hakijana|hakija|hakijaksi|applies|apply|applying|applicant|nimissa|"
                      r"ollaan|olemme|we\s+are|were|me|myo)\b")


def _forms_in(clause: str) -> set[str]:
    """The forms of organisation a folded clause names and does not deny."""
    found = set()
    for key, pattern in _FORM_AT.items():
        if any(not _DENIED.search(clause[:m.start()]) for m in pattern.finditer(clause)):
            found.add(key)
    return found


def second_org(text: str, options: Mapping[str, Sequence[str]]) -> str | None:
    """The applicant's form to read back: the one form named outside owners' and partners' clauses, or None."""
    said = _fold_marks(re.sub(r"n['’]t\b", "nt", text)).replace("ry n ", "ry ").replace("oy n ", "oy ")
    if _BOTH.search(said) or _UNSURE.search(said) or _PENDING.search(re.sub(r"\b(?:oli|olivat|was|were)\s+\w+", " ", said)) or _WAVERS.search(said):
        return None  # "hmm association or coop, still figuring that out", "Seurakunta lähtis ehkä mukaan hakijaksi"
    said = re.sub(r"\b(?:not|ei)\s+(?:me|mina|mie|ma)\b", " ", said)  # "the bygdegårdsförening applies, not me"
    if "informal" in options and _INFORMAL.search(said) and not re.search(r"\b(?:viela|yet|prh|haettu|lahetetty|sent|actually|eiku|ei ku|no wait|i mean)\b", said):
        return "informal"  # "kyläyhdistys me ollaan, mut ei sitä oo koskaan rekisteröity"
    said = re.sub(r"\b(ei|ee)\s+((?:\w+\s+){0,3}?)(?:vaan|vuan)\b", r"\1 \2, ", said)  # "byaföreningen ei hae vaan se osuuskunta"
    clauses = [c.strip() for c in _CLAUSES.split(said) if c and c.strip()]
    kept = [(c, _forms_in(c) & set(options)) for c in clauses if not _BESIDE.search(c)]
    named = set().union(*(k for _, k in kept)) if kept else set()
    if len(named) == 1:
        return named.pop()  # "Meil on yhdistys mut teatterin tontti on kaupungin"
    applying = [k for c, k in kept if _APPLIES.search(c) and len(k) == 1]
    if len({next(iter(k)) for k in applying}) == 1:
        return next(iter(applying[0]))  # "mä haen itte toiminimellä, ku kyläseura ei jaksa paperitöitä"
    return None



def _fold_marks(text: str) -> str:
    """Lower case without Finnish letters, the punctuation between clauses kept (``_fold`` drops it)."""
    text = re.sub(r"(?<=\w)[-:'’](?=\w)", " ", text.lower().translate(_FOLD))
    return " ".join(re.sub(r"[^\w\s,;.!?()–—]", " ", text).split())


__all__ = ["second_org"]
