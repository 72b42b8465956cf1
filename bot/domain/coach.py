"""The answer coach: reads an answer as an advisor would and flags what is too vague to act on.

``review(field, answer, lang=...)`` returns flag codes in priority order, [] when the answer is fine.
Every code has texts in ``content/<lang>/coach.yaml`` (problem, suggestion, example, a short line for the
paper). The rules are deliberately forgiving: a flag needs a clear sign of vagueness, because a coach that
nags about good answers gets ignored. Finnish and English markers are both checked whatever the user's
language, since people answer in the language they think in.
"""

from __future__ import annotations

import re

FIELDS = ("indicators", "actions", "target_group", "results", "risks")
CODES = (
    "indicator_no_number",
    "actions_as_goals",
    "target_group_who",
    "target_group_count",
    "results_no_measure",
    "risks_no_mitigation",
)

_WORD = re.compile(r"[a-zåäöüé]+(?:-[a-zåäöüé]+)*")

# Numbers written as words, in the forms people actually use (kymmenen, kymmentä, viisi, viiteen...).
_NUMBER_STEMS_FI = (
    "yksi", "kaksi", "kahde", "kahte", "kolm", "neljä", "nelj", "viisi", "viide", "viite", "kuusi", "kuude",
    "seitsemä", "kahdeksa", "yhdeksä", "kymmen", "kymmen", "sata", "sada", "tuhat", "tuhanne", "tusina",
    "puolet", "kolmannes", "neljännes", "viidennes", "kymmenesosa",
)
_NUMBER_WORDS_EN = {
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "fifteen", "twenty", "thirty", "forty", "fifty", "hundred", "hundreds", "thousand", "dozen", "half",
    "third", "quarter", "doubled", "double", "halved",
}
# A measuring instrument counts as a measure: a survey score or a meter reading is a real indicator.
_MEASURE_WORDS = (
    "kysely", "kyselyn", "kyselyssä", "kyselyllä", "kyselyt", "asteikolla", "asteikko", "mittaus", "mitataan",
    "kwh", "prosent", "kpl", "tuntia", "tunnit", "euroa", "survey", "questionnaire", "scale", "measured",
    "metered", "percent", "per cent", "hours", "kilos", "kg", "km",
)

# Phrasings of a goal rather than an action ("vahvistetaan osallisuutta", "improve wellbeing").
_GOAL_FI = re.compile(
    r"\b(lisä(tä|tään|ämme|äminen|ämiseksi|ääminen|äämiseksi)|paran(taa|netaan|namme|taminen|tamiseksi)|"
    r"vahvist(aa|etaan|amme|aminen|amiseksi)|edist(ää|etään|ämme|äminen|ämiseksi)|kehit(tää|etään|tämme)|"
    r"tavoit(e|teena|teemme|tella)|halua(mme|taan)|pyri(mme|tään)|tue(taan|mme)|tuke(a|minen)|"
    r"lisääntyy|paranee|vahvistuu|kasvaa|vähene(e|vät)|ehkäis(tä|tään|eminen)|vähentä(ä|minen))\b"
)
_GOAL_EN = re.compile(
    r"\b(increas(e|es|ing)|improv(e|es|ing)|strengthen(s|ing)?|promot(e|es|ing)|enhanc(e|es|ing)|"
    r"foster(s|ing)?|boost(s|ing)?|support(s|ing)?|develop(s|ing)?|reduc(e|es|ing)|prevent(s|ing)?|"
    r"rais(e|ing) awareness|aim(s|ing)? to|goal|objective|better|more|will be)\b"
)
# Signs of a concrete activity: something done, by whom or how often, or a countable thing.
_CONCRETE_STEMS = (
    "kysely", "työpaja", "ryhmä", "ryhmi", "talko", "ilta", "illat", "iltoja", "kurssi", "koulutu", "retki",
    "retke", "vierailu", "tapaami", "tapahtum", "kerho", "leiri", "valmennu", "ohjau", "ohjaus", "neuvon",
    "kohtaamispaik", "rakenne", "rakentam", "rakennam", "järjest", "pidetään", "pidämme", "kunnost", "korja",
    "hanki", "hanka", "tehdään", "teemme", "kootaan", "kokoamme", "koulutetaan", "laadi", "tilaisuu", "messut",
    "näyttely", "julkais", "opas", "verkkosivu", "palaveri", "kokous", "kerta", "viiko", "kuukau", "vuode",
    "survey", "workshop", "group", "evening", "course", "training", "trip", "visit", "meeting", "event",
    "club", "camp", "coaching", "guidance", "counselling", "build", "organis", "organiz", "hold", "repair",
    "renovat", "purchas", "buy", "install", "run ", "weekly", "monthly", "session", "café", "cafe", "fair",
    "exhibition", "guide", "website", "publish", "hire", "recruit", "map ", "plan ", "clean",
)

# Target groups that name nobody in particular.
_GENERIC_WHO = {
    "kaikki", "kaikille", "kaikkia", "kaikkien", "kuka", "tahansa", "ihmiset", "ihmisiä", "ihmisille", "asukkaat",
    "asukkaille", "kyläläiset", "kyläläisille", "kuntalaiset", "kansalaiset", "väestö", "yleisö", "jokainen",
    "halukkaat", "kiinnostuneet", "alueen", "kylän", "kunnan", "kaupungin", "koko", "ja", "sekä", "tai", "on",
    "kohderyhmä", "kohderyhmänä", "ovat", "everyone", "everybody", "all", "people", "residents", "villagers",
    "citizens", "the", "public", "anyone", "interested", "of", "in", "and", "or", "local", "village", "town",
    "area", "community", "is", "are", "target", "group", "whole", "entire",
}

# Signs that a risk comes with a way to handle it.
_MITIGATION = re.compile(
    r"(varau|varaud|varmist|ehkäis|estetään|jaetaan|sovitaan|sovimme|pyydetään|pyydämme|hankitaan|haetaan|"
    r"tarvittaessa|ratkais|korvataan|korvaamme|pienennetään|vähennetään|siirretään|kilpailut|seurataan|"
    r"seuraamme|tehdään|teemme|pidetään|pidämme|otetaan|otamme|rekrytoi|koulutetaan|sijai|varahenkilö|"
    r"varasuunnitelm|vakuut|puskuri|ajoissa|etukäteen|hallitaan|→|=>|"
    r"mitigat|we will|we'll|prevent|agree|ask for|backup|back-up|plan b|reduce|ensure|make sure|spread|"
    r"share the|insur|buffer|in advance|early|monitor|replace|deputy|substitute|train |recruit|handled by|"
    r"if .{3,60}(we|then))",
)


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def has_number(text: str) -> bool:
    """A digit, a percentage or a number written out (kymmenen, twenty, puolet)."""
    if re.search(r"\d", text) or "%" in text:
        return True
    for word in _words(text):
        if word in _NUMBER_WORDS_EN or word.startswith(_NUMBER_STEMS_FI):
            # "kolmas" and "yksin(äinen)" are not amounts; "yksinäiset" starts with "yksi" but means lonely.
            if word.startswith("yksin") or word in ("kuusi", "kuusen", "kolmas"):
                continue
            return True
    return False


def _has_measure(text: str) -> bool:
    lowered = text.lower()
    return has_number(text) or any(word in lowered for word in _MEASURE_WORDS)


def _is_goal_phrased(item: str) -> bool:
    lowered = item.lower()
    goal = _GOAL_FI.search(lowered) or _GOAL_EN.search(lowered)
    if not goal:
        return False
    concrete = any(stem in lowered for stem in _CONCRETE_STEMS) or has_number(item)
    return not concrete


def _items(answer: str | list[str] | None) -> list[str]:
    if answer is None:
        return []
    if isinstance(answer, list):
        return [str(x).strip() for x in answer if str(x).strip()]
    return [line.strip(" •*-\t") for line in str(answer).splitlines() if line.strip(" •*-\t")]


def _text(answer: str | list[str] | None) -> str:
    return "\n".join(_items(answer))


def review(field: str, answer: str | list[str] | None, *, lang: str = "fi") -> list[str]:
    """Flag codes for a vague answer, most important first; [] when fine or when the field has no rules."""
    items = _items(answer)
    if not items:
        return []
    text = _text(answer)
    if field == "indicators":
        return ["indicator_no_number"] if any(not _has_measure(item) for item in items) else []
    if field == "actions":
        goal_like = [item for item in items if _is_goal_phrased(item)]
        # One goal-like line among concrete actions is the user's summary line; most lines like that is the problem.
        return ["actions_as_goals"] if goal_like and len(goal_like) * 2 >= len(items) else []
    if field == "target_group":
        flags = []
        specific = [w for w in _words(text) if w not in _GENERIC_WHO and not has_number(w)]
        if not specific:
            flags.append("target_group_who")
        if not has_number(text):
            flags.append("target_group_count")
        return flags
    if field == "results":
        return [] if _has_measure(text) else ["results_no_measure"]
    if field == "risks":
        lowered = text.lower()
        if _MITIGATION.search(lowered):
            return []
        return ["risks_no_mitigation"]
    return []


def flagged_items(field: str, answer: str | list[str] | None) -> list[str]:
    """The list items a flag is about (indicators without a number, actions phrased as goals), for the paper."""
    items = _items(answer)
    if field == "indicators":
        return [item for item in items if not _has_measure(item)]
    if field == "actions":
        return [item for item in items if _is_goal_phrased(item)]
    return []
