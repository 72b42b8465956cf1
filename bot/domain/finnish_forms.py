"""Case forms of Finnish place names, generated from rules, for recognising a municipality as people type it."""

from __future__ import annotations

import re
import unicodedata

_FOLD = str.maketrans({"ä": "a", "ö": "o", "å": "a", "é": "e", "ü": "u", "õ": "o"})
_WORD = re.compile(r"[a-z0-9]+")

# Case endings folded (ä→a): nominative, genitive, partitive, essive, translative, inessive, elative,
# adessive, ablative, allative, illatives (-an, -en, -in, -on, -un, -yn, -seen, -hin), plural genitive
# (-ten: Kaskisten) and "-lainen" (kuopiolainen, helsinkiläiset).
ENDINGS = (
    "", "n", "a", "ta", "na", "ksi", "ssa", "sta", "lla", "lta", "lle",
    "an", "en", "in", "on", "un", "yn", "seen", "hin", "ten",
    "lainen", "laiset", "laisten", "laisia", "laisena", "laisille",
)
CLITICS = ("", "kin", "ko", "kaan")
# Short stems (Ii) take only unmistakable endings, so "iina" (a name) is not Ii.
_SHORT_ENDINGS = ("", "n", "ssa", "sta", "hin", "lla", "lta", "lle", "ssakin", "staan")
# Vowels after which a consonant-final foreign name takes -issa (Saltvikissa, Jakobstadin).
_CONSONANT_ENDINGS = ("issa", "ista", "iin", "illa", "ilta", "ille", "in", "ia", "iksi")

# Consonant gradation and vowel changes in the last part of a compound name (folded).
_SUFFIX_STEMS = (
    ("joki", "joe"), ("koski", "koske"), ("lahti", "lahde"), ("maki", "mae"), ("vesi", "vede"),
    ("ranta", "ranna"), ("virta", "virra"), ("lampi", "lammi"), ("kaupunki", "kaupungi"),
    ("kangas", "kankaa"), ("nen", "se"), ("nen", "si"), ("nen", "s"),
)


def fold(text: str) -> str:
    """Lower case without Finnish/Swedish diacritics: "Hämeenlinnassa" → "hameenlinnassa"."""
    return unicodedata.normalize("NFKC", text).lower().translate(_FOLD)


def words(text: str) -> list[str]:
    """Folded words; a hyphen or colon joins (Mänttä-Vilppula → manttavilppula, S:t Michel → st michel)."""
    return _WORD.findall(re.sub(r"[-:’']", "", fold(text)))


def key(name: str) -> str:
    """A name as one folded key without spaces: "Koski Tl" → "koskitl"."""
    return "".join(words(name))


def stems(name: str, extra: tuple[str, ...] = ()) -> set[str]:
    """The stems case endings attach to: the name itself, rule-made stems and explicit irregular ones."""
    base = key(name)
    out = {base} | {key(s) for s in extra}
    for suffix, replacement in _SUFFIX_STEMS:
        if base.endswith(suffix) and len(base) > len(suffix) + 1:
            out.add(base[: -len(suffix)] + replacement)
    if base.endswith("i") and len(base) > 3:
        out.add(base[:-1] + "e")  # Iisalmi → Iisalmessa, Rovaniemi → Rovaniemellä, Kemijärvi → Kemijärvellä
    if base.endswith("e") and len(base) > 3:
        out.add(base + "e")  # Kempele → Kempeleessä, Savitaipale → Savitaipaleella
    return out


def forms(name: str, extra: tuple[str, ...] = ()) -> set[str]:
    """Every generated case form of a name (folded, spaces removed)."""
    out: set[str] = set()
    for stem in stems(name, extra):
        endings = _SHORT_ENDINGS if len(stem) < 3 else ENDINGS
        if stem[-1:] not in "aeiouy":
            endings = tuple(endings) + _CONSONANT_ENDINGS
        for ending in endings:
            for clitic in CLITICS if len(stem) >= 3 else ("",):
                out.add(stem + ending + clitic)
    return out
