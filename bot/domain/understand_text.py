"""Reading button choices, questions and "keep it" from typed answers, Finnish or English (lists: understand_lists)."""

from __future__ import annotations

import functools
import re
from typing import Mapping, Sequence

from rapidfuzz import fuzz

from .answer_words import load_words

FUZZY_MIN = 85
FUZZY_MARGIN = 8

_NEGATED_FILLER = re.compile(r"\b(ei|en|emme|eivat|not)\s+(?:(?:viela|viel|via|oo|ole|olla|yet|really|edes|ihan|aivan|kovin|kai|myo|me|mikaan|mikkaan|ma|maa|mie|mina)\s+)+")
# For yes/no only: "ei tää oo kansainvälinen" denies like "ei kansainvälinen" (not "ei tää oo ry", which names no form)
_NEGATED_SUBJECT = re.compile(r"\b(ei|not)\s+(?:(?:taa|tama|se|hanke|hankkeemme|projekti|oo|ole|viela|viel)\s+)+")
_BOTH = re.compile(r"\b(?:(?:both|molemmat|molempia|molempiin|molemmissa|molempien)(?!\s+(?:ways|countries|sides|directions|villages|"
                   r"suuntiin|maihin|maissa|maiden|puolilla|puolille|kylissa|kyliin))|kumpikin|kumpaakin|either(?!\s+way)|kumpi\s+(?:vaan|vain|tahansa|hyvansa)|"
                   r"vahan\s+kaikkea|kaikkea\s+vahan|a\s+bit\s+of\s+everything|a\s+little\s+of\s+everything)\b")
# "ry tai säätiö, en oo varma": a guess is no answer where "not sure" is not an option (matched on the folded text).
_UNSURE = re.compile(r"\b(?:(?:en|enka) (?:oo |ole |ma |maa )?(?:ihan |viela |viel )?(?:varma|tieda|tiia|tii|tie)|emma (?:tieda|tiia|tii|oo varma)|"
                     r"emt|ei (?:oo |ole )?(?:viela |viel )?(?:varmaa?|tietoa|hajua\w*|paatetty|sovittu)|not sure|unsure|dunno|don ?t know|"
                     r"idk|no idea|no clue|(?:i|we) do not know|haven ?t decided|not decided|undecided|ei (?:oo |ole )?(?:viela |viel )?paatetty|"
                     r"(?:emme|emmeka|en|eika|ei) (?:oo |ole |olla )?(?:viela |viel )?(?:paattaneet|paattanyt|paatetty)|"
                     r"(?:haven ?t|hasn ?t|have not|has not) (?:yet )?decided|not yet decided|still deciding)\b")
# "no, only our own village", "joo, virolaisten kanssa": a yes or no, a comma, then the reason. Not "no, still
# thinking" or "no problem, we have a partner": the reason must not hedge.
_LEAD = re.compile(r"^\s*(\w+)(?:\s+(?:nyt|now|tällä kertaa|this time|kiitos|thanks))?\s*[,.!–-]")
_HEDGE = re.compile(r"\b(?:depend\w*|think\w*|wait|check|maybe|perhaps|probably|yet|problem|mean|sorry|decid\w*|decision|"
                    r"ehka|riippuu|mietit\w*|viela|viel|paat\w*|kysyn|kysytaan|ongelma|tarkoit\w*|partner\w*|kumppan\w*|mutta|mut|but|"
                    r"ensi|next|later|myohemmin)\b")
# "ei nyt, ehkä joskus myöhemmin": a no for this project; the maybe is about some later one.
_LATER = re.compile(r"\b(?:(?:ehka|maybe|perhaps)\s+)?(?:(?:joskus|sometime|some day|one day)\s+)?(?:myohemmin|later|tulevaisuudessa|in the future)\b")
_CONDITIONAL = re.compile(r"\b(?:riippuu|riippuen|depends|depending|jos|mikali|if|unless|ellei|kunhan|edellyttaen|provided|"
                          r"maybe|perhaps|ehka|ois kiva|olis kiva|olisi kiva|would be nice|hopefully|toivottavasti|"
                          r"as long as|assuming|in case|on condition|sillä ehdolla|silla ehdolla|yes and no|kylla ja ei|joo ja ei|"
                          r"considered|considering|harkittu|harkitaan|mietitty|mietitaan|nothing is agreed|not agreed|ei ole sovittu|"
                          r"ei oo sovittu|ei viela sovittu|partly|partially|osittain|osin|sort of|tavallaan|vahan|a bit|kind of|"
                          r"(?:viela|viel)\s+(?:avoin|auki)|still\s+open|neuvottel\w*|negotiat\w*)\b")
_PENDING = re.compile(r"\b(?:(?<!\w[a-z]n )kesken|vireilla|pending|in progress|underway|haussa|being registered|perusteilla|perustamassa|"
                      r"perustetaan|being (?:set up|founded|formed)|to be (?:set up|founded|formed)|setting up|not yet founded|"
                      r"(?:going to|will|about to|plan to|planning to) (?:register|found|set up|form)|rekisteroidaan|rekisteroimassa|"
                      r"viela auki|auki viela|still open|open still|not decided|ei paatetty|ei ole paatetty)\b")
_LEAD_YES_NO = {"fi": {"ei": "no", "eipa": "no", "joo": "yes", "juu": "yes", "kylla": "yes", "jep": "yes"},
                "en": {"no": "no", "nope": "no", "nah": "no", "yes": "yes", "yeah": "yes", "yep": "yes", "yup": "yes"}}
_PUNCT = re.compile(r"[^\w\s+]")
# A phrase right after one of these is denied, not chosen ("ei olla rekisteröity" is not "rekisteröity").
_NEGATIONS = {"ei", "en", "emme", "eivät", "eikä", "eivat", "eika", "emmeka", "enka", "et", "not", "no", "non", "isn", "aren", "never",
              "neither", "nor", "inte", "nej"}


def _norm(text: str) -> str:
    return " ".join(_PUNCT.sub(" ", text.lower()).split())


_FOLD = str.maketrans("äöåéü", "aoaeu")


def _fold(text: str) -> str:
    """Lower case without punctuation or Finnish letters: people type ``saatio`` on a foreign keyboard."""
    return re.sub(r"(\w)\1{2,}", r"\1\1", _norm(text).translate(_FOLD))  # "jooo", "eiii": a letter held down


@functools.lru_cache(maxsize=256)
def _phrases(question: str | None, options: tuple[tuple[str, tuple[str, ...]], ...]) -> dict[str, frozenset[str]]:
    """Normalised phrase -> option keys that it names (labels, label heads, synonyms)."""
    words = load_words()
    table: dict[str, set[str]] = {}

    def add(phrase: str, key: str) -> None:
        phrase = _fold(phrase)
        if phrase:
            table.setdefault(phrase, set()).add(key)
            plain = " ".join(_NEGATED_FILLER.sub(r"\1 ", phrase).split())
            if plain != phrase:  # answers are read with "ei ole viel" made "ei": "en ole varma, kumpi" has "en varma"
                table.setdefault(plain, set()).add(key)

    for key, labels in options:
        add(key.replace("_", " "), key)
        for label in labels:
            add(label, key)
            for head in re.split(r"[(,]", label)[:1]:
                add(head, key)
        synonyms = (words.choices.get(question or "", {})).get(key)
        if synonyms is None:
            synonyms = [p for q in words.choices.values() for p in q.get(key, [])]
        for phrase in synonyms:
            add(phrase, key)
        for phrase in words.yes_no.get(key, []):
            add(phrase, key)
    return {phrase: frozenset(keys) for phrase, keys in table.items()}


# on folded text (ä as a): "pääasiassa", "pääpaino on kehittämisessä", "primarily a development project"
_MAINLY = re.compile(r"\b(?:primarily|mainly|mostly|chiefly|p[aä][aä]asiassa|ensisijaisesti|l[aä]hinn[aä]|enimm[aä]kseen|p[aä][aä]osin)\b"
                     r"(?:\s+(?:a|an|the|on|is))?")
_WEIGHT_ON = re.compile(r"\b(?:p[aä][aä]paino|painopiste|main\s+focus|emphasis)\s+(?:on|is|is\s+on)\b")
_LIMITED = re.compile(r"\b(?:oy|oyj|ab|osakeyhtiö\w*|osuuskun\w*|cooperative|co-op|limited|ltd|inc)\b")

def match_choice(text: str, options: Mapping[str, Sequence[str]], *, lang: str, question: str | None = None) -> str | None:
    """The option key a typed answer names (labels, synonyms, typos); None when none fits or two are close."""
    text = _NOT_KNOWN.sub(" idk ", _SHRUG.sub(" idk ", text or ""))  # "ei tiedä vielä" is no "ei"
    text = _IS_THAT_OK.sub("", text).strip() or text  # "a cooperative (osuuskunta), is that ok?": the answer, then a worry
    said = re.sub(r"\bee (oo|ole)\b", r"ei \1", _fold(text))  # northern "ee oo" is "ei oo"
    if _unsure_which(said, options, asked_back="?" in text):
        return "notsure"  # "Emmää tiärä kumpi.", "not sure, what's the difference?": the "not sure" button, even asked back
    if _asked_again(text, said, options, lang=lang):
        return None
    if question in ("track", "leader_type", "org_type") and (re.search(r"\b(?:ehka|maybe|perhaps|possibly|mahdollisesti)\b", said)
                                                            or text.rstrip(" 🙂😅🤔").endswith("?")):
        return None  # "ehkä leader", "development i guess?": a lean put as a question; the buttons ask it better
    key = _named_choice(text, said, options, lang=lang, question=question)
    if "?" in text or (key is None and _names_unsure(said, options, question)):
        return key  # "Ei hajuu, kai se leader": a lean, but not sure: the readings below would guess
    if question == "org_type" and not _DOUBT.search(said):
        key = _applicant_named(text, options, lang=lang) or key  # "Kunta on hakija, yhdistys on yhteistyökumppani"
    if question == "leader_type":
        kinds = _project_kinds(said) & set(options)
        main = next((m for m in (_MAINLY.search(said), _WEIGHT_ON.search(said)) if m), None)
        clause = re.split(r"[,;.]|\b(?:but|mutta|mut|although|though|vaikka|and\s+some|ja\s+vähän)\b", said[main.end():])[0] if main else ""
        weighted = _project_kinds(clause[:40]) & set(options)
        if len(kinds) > 1 and len(weighted) == 1 and not _UNSURE.search(said):
            return weighted.pop()  # "primarily a development project, although a minor equipment purchase is included"
        if key is not None and kinds - {key}:
            return None  # "Investointi ja vähän koulutusta päälle": two kinds of work, the person chooses
        if key is None and len(kinds) == 1 and not _OR.search(said):
            return kinds.pop()  # "Järjestämme ensiapukursseja ja terveysluentoja", "we're buying a tractor"
    if question == "track" and key in ("esr", "leader", None):
        better = _BETTER_THAN.search(said)
        if better and key is None and not _UNSURE.search(said):
            first, other = _funds_in(better.group(1), options), _funds_in(better.group(2), options)
            if len(first) == 1 and len(other) == 1 and first != other:
                return first[0]  # "KANTOn neuvoja sano jotta ESR+ sopis meille paremmin ku Leader"
        reason = _REASON_AFTER.search(said)
        if reason and key is None and "notsure" in options:
            head = said[:reason.start()]
            named = _funds_in(head, options)
            if len(named) == 1 and not (_DENY & set(head.split()) or _UNSURE.search(head) or _OR.search(head)):
                return named[0]  # "ESR+ because it is about food aid …, the Leader lady said so": the fund, then why
        other = _OTHER_ONE.search(said)
        before = said[:other.start()] if other else ""
        named = _funds_in(before, options) if other else []
        if other and len(named) == 1 and named[0] in ("esr", "leader") and not _UNSURE.search(said) \
                and not _EITHER_FUND.search(before) and _NEGATED.search(before):
            return "leader" if named[0] == "esr" else "esr"  # "ESR:stä ei taira tulla rahaa rakentamiseen, joten se toinen"
        if _LEADER_PERSON.search(said):
            return None  # "our project leader will decide": a person, not the fund
        key = _fund_named(said, options) if key is None or _fund_denied(said, key) else key  # "Pirkan Helmeltä haetaan nääs"
    if question == "international" and set(options) == {"yes", "no"}:
        said_abroad = _abroad(text, lang=lang)  # "ei, mut virolaisia vieraita voi tulla", "Yes – partner village on Saaremaa"
        key = None if said_abroad == "ask" else (said_abroad or key)
        if key == "yes" and _NOT_NOW.match(said):
            key = None  # "ei oo nyt, mutta ehkä myöhemmin Viron kanssa": a no now and a partner some day; asked
    if key is None and "informal" in options and _unregistered(text):
        return "informal"  # "no meitä on muutama eläkeläinen, ei mitään yhdistystä", "no official club yet"
    return key


def _asked_again(text: str, said: str, options: Mapping[str, Sequence[str]], *, lang: str) -> bool:
    """Answers no button can stand for: corrected, last time's, a question, both, unsure, not yet founded."""
    if re.search(r"\w\s*\?\s*(?:nej|ei|no|nope)\b", text, re.IGNORECASE) or _CORRECTED.search(said) or re.search(
            r"\bvai\b(?!\s+(?:mika|mita|mikalie|miten|kuka|jotain|jotakin|jokin|mitenka|mitä|mikä))", said):
        return True  # "stiftelse? nej, förening", "Hyrrä, ei kun EURA": taken back or corrected; the buttons say it better
    if _PAST.search(said) and not _AGAIN.search(said):
        return True  # "hyrrän kautta haettiin viimeksi": last time's choice, not this one's
    if not said or len(said) > 300 or looks_like_question(text, lang=lang):
        return True  # a question ("mikä on ry?") is not a choice
    if any(looks_like_question(part, lang=lang) for part in re.findall(r"[^.!?]*\?", text)):
        return True  # "what counts as international? some of us are from Somalia": a question back first
    if (_BOTH.search(said) and not (set(options) == {"yes", "no"} and _foreign_named(said, text))) or re.search(
            r"\b(?:either|joko)\b.+\b(?:or|tai)\b", said):
        return True  # "both dev and investment", "molemmat": not one option ("Sweden and Estonia both" is a yes)
    if "notsure" not in options and _UNSURE.search(said):
        return True  # "ry tai säätiö, en oo varma", "joo en tiedä"
    return bool(_PENDING.search(said))  # "yhdistys perustettu mut rekisteröinti on vielä kesken": not yet what it will be


def _names_unsure(said: str, options: Mapping[str, Sequence[str]], question: str | None) -> bool:
    """The answer says "not sure" in some words ("vet inte", "emme oo varmoja") or hedges between options."""
    if _UNSURE.search(said) or _DOUBT.search(said):
        return True
    table = _phrases(question, tuple((key, tuple(labels)) for key, labels in options.items()))
    padded = f" {said} "
    return any(f" {phrase} " in padded for phrase, keys in table.items() if keys == {"notsure"})


# "not sure" in more words than the button's synonyms (folded): dialect, "epävarma", "en osaa sannoo", help asked to choose
_UNSURE_MORE = re.compile(r"\b(?:epavarma\w*|(?:en|emma|emmaa|emmie|emmina|mina en|mie en|maa en|ma en) (?:mie |ma |maa |mina )?(?:kylla )?"
                          r"(?:tieda|tiia|tii|tie|tiara|tiija|tiiä|osaa (?:sanoa|sannoo|sanoo|sanua|vastata|valita))|"
                          r"emme (?:osaa|tieda)|en (?:oo |ole )?(?:yhtaan |iha |ihan |taysin |aivan |kovin )?varma|en muista|"
                          r"mistapa (?:maa |ma |mie |mina )?(?:sen )?(?:tiedan|tiijan|tiian|tiiän)|en ymmarra eroa|"
                          r"not (?:entirely|totally|completely|quite|really|too|so) sure|(?:no|not the faintest) idea which|"
                          r"(?:don ?t|do not|didn ?t|did not) know which|not (?:yet )?(?:clear|certain)|"
                          r"help (?:us |me )?(?:to )?(?:choose|decide|pick)|auta\w* (?:meita |minua |mua )?valit\w*|neuvoa valinna\w*)\b")
def _unsure_which(said: str, options: Mapping[str, Sequence[str]], *, asked_back: bool = False) -> bool:
    """The person says they do not know which and names no fund: "En ole varma" is their answer. Not a decision still
    to be made ("ei oo viel päätetty": theirs to make), a correction, or any fund named (a lean, a worry or the answer
    itself: "Leader - not entirely sure though", "en tiedä, leader varmaan"; asked with the buttons)."""
    unsure = _UNSURE_MORE.search(said) or _UNSURE.search(said)
    if "notsure" not in options or not unsure or _CORRECTED.search(said):
        return False  # "En oo varma, ESR ei kun Leader": put right, asked with the buttons
    if re.search(r"paat|decid|sovit", unsure.group(0)) and not re.search(r"\b(?:kumpi|kumman|which|difference|ero|eroa)\b", said):
        return False
    named = _funds_in(said, options)
    return not named or bool(_EITHER_FUND.search(said) and (len(named) > 1 or _THE_OTHER.search(said)) and not asked_back
                             and not _LEAN.search(said))


_LEAN = re.compile(r"\b(?:i\s+think|luulen|luulisin|veikkaan|probably|varmaan|taitaa)\b")

# "onks se leader vai esr", "Leader vae se toenen", "Leader ehkä, tai sit se toinen": the funds as the two to choose from
# (not with a lean, "ESR+ I think or Leader", nor asked back, "leader or esr?? both??": asked with the buttons)
_EITHER_FUND = re.compile(r"\b(?:vai|vae|tai|or)\b")
_THE_OTHER = re.compile(r"\b(?:tai|vai|vae|or)\s+(?:sit\s+|sitten\s+|then\s+)?(?:se\s+|the\s+)?(?:toinen|toenen|other)\b")


# "ESR+ doesn't fund aerators, so the other one": the fund ruled out, then "the other"
_NEGATED = re.compile(r"\b(?:ei|ee|eika|not|no|(?:doesn|don|isn|won|can|wouldn|couldn)\s*t|cannot|never)\b(?!\s+(?:vain|only))")
_OTHER_ONE = re.compile(r"\b(?:so|joten|niin|eli|sit|sitten|then|siis)\s+(?:it'?s\s+|se\s+on\s+|we\s+apply\s+to\s+)?(?:the\s+|se\s+)?"
                        r"(?:other|toinen|toenen|toine)\b")


# "hakija on nuorisoseura, tai sitten kunta": a guess between two, anywhere in the answer (folded)
_DOUBT = re.compile(r"\b(?:tai|or|vai|ehka|maybe|perhaps|probably|luultavasti|todennakoisesti|possibly|mahdollisesti|"
                    r"i\s+think|i\s+guess|luulen|luulisin|veikkaan|kaipa|kaiketi)\b")


_SHRUG = re.compile(r"🤷\S*")
_IS_THAT_OK = re.compile(r"[,.;]?\s*(?:is\s+that\s+(?:ok|okay|fine|allowed|right)|is\s+it\s+(?:ok|okay|allowed)|käykö\s+(?:se|tää|tämä)|käyks\s+(?:se|tää)|"
                         r"kelpaako\s+(?:se|tää|tämä)|onko\s+(?:se|tää|tämä)\s+ok|onks\s+(?:se|tää)\s+ok|right)\s*\?+\s*$", re.IGNORECASE)
_NOT_KNOWN = re.compile(r"\b(?:ei|ee)\s+(?:vielä\s+|viel\s+|viälä\s+)?(?:tiedä|tiedetä|tiietä|tiijetä|tiiä|tiijä|tiä|tiärä|osata\s+sanoa|"
                        r"(?:oo|ole)\s+tietoa)\b", re.IGNORECASE)
# "ei mikään virallinen yhdistys", "emme ole yhdistys", "not an official club": a group that says it is not registered
_NOT_REGISTERED = re.compile(r"\b(?:ei|emme|en|eika|not|no|isnt|arent|isn\s+t|aren\s+t|never)\s+(?:(?:ole|oo|olla|ollenkaan|mikaan|mitaan|mithaan|mittaan|"
                             r"mikkaan|mikaa|meilla|meil|viela|viel|ihan|edes|virallinen|virallista|rekisteroity|an|a|any|official|"
                             r"registered|yet|really)\s+){0,3}(?:yhdistys\w*|yhistys\w*|ry|"
                             r"rekisteroi\w*|virallinen|virallis\w*|registered|official\w*|association|club|organi[sz]ation|formal)\b")
_ANOTHER_ORG = re.compile(r"saatio|kunta\b|kunnan|kaupun|\bcity\b|\btown\b|council|\boy\b|osuuskun|toiminim|\btmi\b|seurakun|koulu|company|foundation|municipal|"
                          r"parish|school|church|cooperative|sole trader")


# "kunta hakee rakennusluvan", "haetaan myös säätiön apurahaa", "the city applies for the permit": another errand
_OTHER_ERRAND = re.compile(r"\b(?:\w*lupa\w*|\w*luvan|\w*luvat|permits?|\w*avustu\w*|\w*apuraha\w*|grants?|loans?|lainaa|myos|also|separately|"
                           r"erikseen|for\s+(?:the|a|an)\b)")
_APPLIES = re.compile(r"\b(?:hakee|hakkee|haetaan|hakijana|hakija|hakevat|applies|apply|applicant|applying)\b")
_PRONOUN_APPLIES = re.compile(r"^\s*(?:they|it|ne|he|se|ja\s+se|and\s+they)\s+(?:\S+\s+)?(?:hakee|hakkee|hakevat|apply|applies|will\s+apply)\s*$")
_THAT_IS = re.compile(r"^\s*(?:se|joka|it|which|and\s+it|ja\s+se)\s+(?:on|is|olla|oo|ole)\b")


def _applicant_named(text: str, options: Mapping[str, Sequence[str]], *, lang: str) -> str | None:
    """The one clause that says who applies names one option ("kunta omistaa talon, kunta hakee"; "seura hakkee,
    ja se on ry"; "municipality owns it, they apply"); owners and partners in other clauses do not count."""
    text = re.sub(r"(\w*)(?:yhdistyks|yhistyks|yhistys)\w*", r"\1yhdistys", text)  # "kannatusyhdistyksemme", "haetaan yhdistyksenä"
    clauses = [c for c in re.split(r"[,;.–()]|\s-\s|\b(?:mut|mutta|but)\b", text) if c.strip()]
    if not _NOT_REGISTERED.search(_fold(text)):  # not "… and the youth club applies, it's not registered"
        clauses = [part for c in clauses for part in _owner_and_applicant(c)]  # "kaupunki omistaa maan ja kaupunki hakee"
    folded = [_fold(c) for c in clauses]
    at = [i for i, c in enumerate(folded) if _APPLIES.search(c)]
    if len(at) == 1 and re.fullmatch(r"\s*(?:hakija(?:na)?\s+(?:on|ois|olis)\s+(?:myö|me|mie|mä|minä)|(?:we|i)\s+(?:are|am)\s+the\s+applicant)\s*",
                                     clauses[at[0]], re.IGNORECASE) and at[0] + 1 < len(clauses):
        return _named_choice(clauses[at[0] + 1], _fold(clauses[at[0] + 1]), options, lang=lang, question="org_type")  # "hakija on myö, yhistys"
    if len(at) != 1 or _APPLICANT_DOUBT.search(folded[at[0]]) or (_NEGATIONS - {"no"}) & set(folded[at[0]].split()) or _OTHER_ERRAND.search(folded[at[0]]):
        return None  # "kunta ei ole hakija": who applies is said elsewhere, or not at all
    i = at[0]
    key = _named_choice(clauses[i], _fold(clauses[i]), options, lang=lang, question="org_type")
    if key is None and i + 1 < len(clauses) and _THAT_IS.match(folded[i + 1]) and not _APPLICANT_DOUBT.search(folded[i + 1]):
        key = _named_choice(clauses[i + 1], _fold(clauses[i + 1]), options, lang=lang, question="org_type")  # "kerho hakee, se on rekisteröity yhdistys"
    if key is None and i > 0 and _PRONOUN_APPLIES.match(folded[i]):
        key = _named_choice(clauses[i - 1], _fold(clauses[i - 1]), options, lang=lang, question="org_type")  # "municipality owns the station, they apply"
    return key


def _owner_and_applicant(clause: str) -> list[str]:
    """"kaupunki omistaa maan ja kaupunki hakee": an owner's clause and the applicant's, split at the "ja" between them."""
    parts = re.split(r"\s+(?:ja|and)\s+", clause, maxsplit=1)
    if len(parts) == 2 and _NOT_APPLICANT.search(" " + parts[0]) and _APPLIES.search(_fold(parts[1])) and len(parts[1].split()) >= 2 \
            and not re.search(r"\b(?:yhdessä|yhessä|together|jointly|hakevat|apply)\b", parts[1], re.IGNORECASE):
        return parts
    return [clause]


# Word stems that show the kind of a Leader project, anywhere in a word ("äänenhuoltokursseja"; folded text)
_KIND_STEMS = {
    "training": r"koulutu|koulutt|kurss|luento|luenno|luennoi|tiedotu|tiedott|tiedotta|tiedonvalit|tyopaj|opetu|opetta(?!j)|"
                r"infotilaisu|infoilt|neuvont|utbildning|\btraining|\bcourses?\b|workshop|lecture|\bteach(?!er)|\binfo\s*(?:sessions?|events?|evenings?)",
    "development": r"kehitta|kehittee\b|kehity|kehitet|suunnitelm|selvitet|kartoit|utveckling|\bdevelop|\bplanning\b(?!\s+permi)",
    "investment": r"\binvest(?!ig)|investoi|investering|rakenne|rakenta|remont|hankin|ostet|ostam|korjat|korjau|kunnost|\bbuild|\bbuying\b|\bbuy\b|"
                  r"\bpurchas|\bconstruction\b|\bconstruct\b|equipment|\brenovat|\brepair",
    "cooperation": r"yhteistyo|yhteishank|samarbet|yhteinen hanke|yhteisen hankkee|\bco\s?operation\b|joint project|"
                   r"\btogether\s+with\s+(?:\w+\s+){0,2}(?:villages|associations|areas|clubs|leader\w*)\b|"
                   r"\b\w*(?:kylien|kylan|kylaan|seurojen|seuran|alueiden|alueen|leader\w*|kuntien|yhdistysten|yhdistyksen)\s+(?:\w+\s+)?kanssa\b",
}
_KIND_AT = {key: re.compile(rf"(?:{stems})") for key, stems in _KIND_STEMS.items()}
_WORD_REST = re.compile(r"\w*")  # the rest of the word a stem was found in
_OR = re.compile(r"\b(?:tai|or|vai|ehka|maybe|perhaps|joko|either|mix|mixed|sekoitus|partly|osittain|osin|seka|cannot\s+say|can\s?t\s+say|"
                 r"epaselva|unclear)\b")
_DENY = {"ei", "en", "emme", "eivat", "eika", "not", "no", "never", "neither", "nor", "without", "ilman", "isnt", "arent", "dont", "wont",
         "doesnt", "didnt", "cant"}


@functools.lru_cache(maxsize=8)
def _fund_stems(options: tuple[str, ...]) -> dict[str, re.Pattern]:
    """Option -> a pattern of word stems naming that fund, in any case form ("Pirkan Helmeltä", "Sepran kautta")."""
    words = load_words().choices.get("track", {})
    stems: dict[str, list[str]] = {"esr": ["esr", "esf", "sosiaalirahast", "kansalaistoimijalahto", "kansalais juttu", "kansalaisjuttu",
                                           "citizen"],
                                   "leader": ["leader", "toimintaryhm", "maaseuturahast"]}
    for key in ("leader", "esr"):
        for phrase in words.get(key, []):
            folded = _fold(phrase)
            parts = folded.split()
            if len(parts) <= 2 and len(folded) >= 5:  # "pirkan helmi" -> "pirkan helm", "sepra" stays (not "silm")
                last = parts[-1]
                cut = (2 if len(last) > 6 else 1 if len(last) >= 5 else 0) if len(parts) == 2 else 0  # not "viisa(ri)"
                stems[key].append(folded[:len(folded) - cut])
    return {key: re.compile(r"\b(?:" + "|".join(sorted({re.escape(x) for x in found}, key=len, reverse=True)) + r")\w*")
            for key, found in stems.items() if key in options}


_BETTER_THAN = re.compile(r"(\S+)\s+(?:sopis|sopisi|sopii|ois|olis|olisi|on|fits|suits|would\s+(?:suit|fit|be))\s+(?:\w+\s+)?"
                          r"(?:paremmin|parempi|better)\s+(?:ku|kuin|kun|than)\s+(\S+)")
_REASON_AFTER = re.compile(r"\s(?:because|koska|since|sillä)\s")
_LEADER_PERSON = re.compile(r"\b(?:project|team|group|club|youth|scout|our|my|their|the)\s+leaders?\b(?!\s*(?:funding|rahoitus\w*|group|ryhma\w*|"
                            r"office|programme|program|one|option|thing|stuff|pls|please))|\bleaders?\s+of\b")
# "ESR ei sovi", "ESR-hanke meillä on jo käynnissä": a fund named only to be ruled out
_RULED_OUT = re.compile(r"^\W*(?:\w+\W+)??(?:ei\s+(?:sovi|kay|kelpaa)|doesn\s?t\s+(?:fit|suit|work)|does\s+not\s+(?:fit|suit|work)|"
                        r"(?:is\s+not|isn\s?t)\s+(?:for|suitable|right)|not\s+for\s+us)\b|"
                        r"^\W*(?:\w+\W+){0,3}?(?:on\s+jo\s+kaynnissa|is\s+already\s+running|already\s+running)\b")


def _denied_before(said: str, start: int) -> bool:
    """A negation in the two words before ``start`` ("ei ESR", "not leader", "no foreign partners")."""
    return bool(_DENY & set(said[:start].split()[-2:]))


def _ruled_out(said: str, found: re.Match) -> bool:
    """The fund named at ``found`` is denied before it or ruled out after it ("ESR ei sovi")."""
    return _denied_before(said, found.start()) or bool(_RULED_OUT.match(said[found.end():]))


def _fund_denied(said: str, key: str) -> bool:
    """Every mention of the fund ``key`` is denied or ruled out ("ei ESR", "ESR ei sovi, Leaderilta haetaan")."""
    pattern = _fund_stems(("esr", "leader", "notsure")).get(key)
    found = list(pattern.finditer(said)) if pattern else []
    return bool(found) and all(_ruled_out(said, m) for m in found)


def _funds_in(said: str, options: Mapping[str, Sequence[str]]) -> list[str]:
    """The funds whose names the folded text uses anywhere, denied or not."""
    return [key for key, pattern in _fund_stems(tuple(sorted(options))).items() if pattern.search(said)]


def _fund_named(said: str, options: Mapping[str, Sequence[str]]) -> str | None:
    """The one fund whose name an answer uses in some case form; None when both, neither or a doubt (both and last
    time's fund are asked by ``_asked_again`` before this is reached)."""
    if _UNSURE.search(said) or _OR.search(said):
        return None
    named = {key for key, pattern in _fund_stems(tuple(sorted(options))).items()
             if any(not _ruled_out(said, m) for m in pattern.finditer(said))}
    return named.pop() if len(named) == 1 else None


def _project_kinds(said: str) -> set[str]:
    """The kinds of Leader project whose word stems the folded answer uses, not denied ("ei osteta mitään")."""
    said = re.sub(r"\bof\s+course\b", " ", re.sub(r"\b(do|does|did|won|can|is|are)n t\b", r"\1nt", said))  # "don t" is "dont"
    said = re.sub(r"\b(?:ei|not|isnt|arent|didnt|dont|doesnt)\s+(?:\w+\s+)?(?:vain|vaan|only|pelkk\w*|pelkastaan|just)\b", " ", said)  # "ei vain X vaan myös Y": both
    kinds = set()
    for key, pattern in _KIND_AT.items():
        for found in pattern.finditer(said):
            word_end = _WORD_REST.match(said, found.end()).end()
            if key != "training" and _KIND_AT["training"].search(said, found.end(), word_end):
                continue  # "korjauskursseja", "rakennuskoulutus": a course, whatever it teaches
            before = said[:said.rfind(" ", 0, found.start()) + 1].split()[-3:]  # the three words before the word
            if not (_DENY | {"ee"}) & set(before):  # northern "ee mittään kursseja"
                kinds.add(key)
    return kinds


_FOREIGN = re.compile(r"\b(?:viro|virol|eesti|ruots|ruott|norja|norj|saksa|saksal|latvi|liettu|puola|puolal|venaj|ukrain|somali|tanska|"
                      r"islanti|islann|ulkomai|ulkomaa|estonia|swed|norw|german|latvia|lithuania|poland|polish|denmark|danish|"
                      r"abroad|foreign|saaremaa|haaparan|tallin)\w*")
_JOINT = re.compile(r"\b(?:yhteistyo\w*|yhteis\w*|kanssa|kans|tulee|tulloo|tulevat|vaihto\w*|vierail\w*|partner\w*|kumppani\w*|"
                    r"ystavyys\w*|joint|together|exchange|visits?|visiting|twin\w*)\b")
_LEAD_NO = re.compile(r"^[\s\-–•*]*(?:ei(?:\s+(?:oo|ole|oikeastaan|kai|tällä\s+hetkellä|talla\s+hetkella|toistaiseksi))?|eipa(?:\s+(?:tuo\s+)?(?:oo|ole))?|"
                      r"eii|ee|ii|nej|no|nope|nah|not\s+really|not\s+at\s+present|not\s+at\s+the\s+moment|not\s+currently|not\s+for\s+now|not\s+at\s+this\s+(?:stage|point)|"
                      r"not\s+at\s+all)\s*(?:[,.;:!()–\-\n]|$)", re.IGNORECASE)
_LEAD_YES = re.compile(r"^[\s\-–•*]*(?:kylla|kyl|joo|juu|yes|yeah|yep)\s*[,.;:!–\-]", re.IGNORECASE)
_CONTRAST = re.compile(r"\b(?:mut|mutta|but|although|though|tho|vaikka|however)\b")
# a partner or a plan still talked of, after a no-word (the some-day words are _SOME_LATER, asked before this)
_PLANNED = re.compile(r"\b(?:so\s+far|partner\w*|kumppan\w*|yhteistyo\w*|cooperat\w*|joint|suunnit\w*|plan\w*)\b")


# the answer closes by denying any partner abroad: "…, but no partners abroad", "mutta ei ulkomaisia kumppaneita"
_BUT_NONE = re.compile(r"\b(?:but|mutta|mut)\s+(?:we\s+have\s+|there\s+are\s+|meilla\s+ei\s+ole\s+)?(?:no|ei|not\s+any|zero)\s+"
                       r"(?:(?:foreign|international|ulkomai\w*|kansainv\w*)\s+(?:partners?|kumppane\w*|kumppani\w*|cooperation|yhteistyo\w*)|"
                       r"(?:partners?|kumppane\w*|cooperation|yhteistyo\w*)\s+(?:abroad|ulkomail\w*|ulkomaa\w*))\W*$")
_SOME_LATER = re.compile(r"\b(?:ehka|maybe|perhaps|possibly|viela|viel|yet|still|toistaiseksi|later|myohemmin|joskus|jatkossa|future|"
                         r"tulevaisuudessa|riippuu|depends|jos|if|unless|mikali)\b")
_SETTLED_LATER = re.compile(r"\b(?:ratke\w*|selvia\w*|selvi\w*|jalkeen|after|once|when|kun|sitten)\b")


# Finnish places and words that only look foreign: Ruotsinpyhtää, Virolahti, Puolanka, "ruotsinkielinen" (Swedish-speaking)
_DOMESTIC = re.compile(r"^(?:ruotsinpyh|virolah|puolan?k|puolang|ruotsinkiel|swedish\s+speaking|finland\s+swed)")
# people from abroad who live here, visits that are over, tourists, a partner still being looked for: not this project's partner
_NOT_A_PARTNER = re.compile(r"\b(?:asuv\w*|asuu|asuvat|living|live\s+in|lives|viime\w*|last|ennen|used\s+to|ended|paattyi|visited|kavi|"
                            r"turist\w*|tourists?|residents?|asukka\w*|kesaasuk\w*|mokkil\w*|haluttai\w*|would\s+like|haluaisi\w*|loytaa|find|etsi\w*|looking\s+for|in\s+20[01]\d)\b")
_HOME_PARTNER = re.compile(r"\b(?:naapuri\w*|neighbou?r\w*|ruotsinpyh\w*|virolah\w*|puolan?k\w*|puolang\w*|"
                           r"ruotsinkiel\w*|swedish\s+speaking|lapland|lapi\w*|lappi|savo\w*|kuopio\w*|pohjanmaa\w*|ostrobothnia|vaasa\w*|"
                           r"kainuu\w*|karjala\w*|karelia|hame\w*|uusimaa\w*|uudellamaalla|satakun\w*|pirkanmaa\w*|tampere\w*|"
                           r"helsin\w*|oulu\w*|turku\w*|turun|jyvaskyl\w*|lahti|lahde\w*|joensuu\w*|rovanie\w*|kajaan\w*)\b")
_JOINS = re.compile(r"\b(?:mukaan|mukana|join\w*|co\s?host\w*|partner\w*|kumppan\w*|yhteistyo\w*|exchange|vaihto\w*|twin\w*|"
                    r"ystavyys\w*|continu\w*|jatku\w*|this\s+project|tassa\s+hankkeessa)\b")


def _foreign_named(said: str, text: str = "") -> bool:
    """A country, people or "abroad" named in the folded answer and not denied ("no foreign partners"), not a Finnish
    place ("Ruotsinpyhtää") nor a surname after a first name ("Matti Virolainen")."""
    surnames = _surnames(text)
    return any(not _denied_before(said, m.start()) and not _DOMESTIC.match(said[m.start():]) and m.group(0) not in surnames
               for m in _FOREIGN.finditer(said))


def _surnames(text: str) -> set[str]:
    """Surnames after a first name, folded ("Matti Virolainen", "Pekka Ruotsalainen"): they name nobody abroad."""
    return {_fold(m.group(1)) for m in re.finditer(r"\b[A-ZÅÄÖ][a-zåäö]+\s+([A-ZÅÄÖ][a-zåäö]+nen)\b", text)}


def _names_only(said: str, text: str) -> bool:
    """A foreign-looking word that is a Finnish place or a surname ("Ruotsinpyhtää", "Pekka Ruotsalainen")."""
    surnames = _surnames(text)
    return any(_DOMESTIC.match(said[m.start():]) or m.group(0) in surnames for m in _FOREIGN.finditer(said))


def _abroad(text: str, *, lang: str) -> str | None:
    """Yes or no to "is the project international" from a lead word and what follows it; "ask" when a no-word
    and the rest disagree, None when this says nothing."""
    said = _fold(text)
    lowered = text.lower().translate(_FOLD)
    lead_no = _LEAD_NO.match(lowered)
    if lead_no and lang == "fi" and lead_no.group(0).strip(" ,.;:!()–-\n") == "no":
        return None  # in Finnish "no" is "well" (answers with a "?" are returned by match_choice before this)
    if lead_no:
        rest = _fold(lowered[lead_no.end():])
        foreign = _foreign_named(rest, text)
        if _SOME_LATER.search(rest) or _UNSURE.search(rest):
            # "Not at this stage; an Estonian partner may be added later": a no now, a partner some day: asked.
            # "ei nyt, ehkä myöhemmin": the some-day rules of _named_choice decide
            return "ask" if foreign and not _CONTRAST.search(rest) else None  # not "No, although … some day with Estonia"
        if foreign and _JOINS.search(rest) and not _NOT_A_PARTNER.search(rest):
            return "ask"  # "Ei, mutta Viron kylät tulee mukaan syksyllä": the no and the partner disagree
        if not foreign and _HOME_PARTNER.search(rest) and not _CONTRAST.search(rest):
            return "no"  # "Ei ole. Yhteistyökumppanit ovat naapurikylät Kangasalla.": the partners are at home
        if _PLANNED.search(rest):
            return None  # "No, but we plan exchanges with an Estonian partner"
        if foreign and _NOT_A_PARTNER.search(rest):
            return "no"  # "No - our village has many German summer residents"
        if not foreign or _CONTRAST.search(rest):
            return "no"  # "ei oo, ihan vaan meidän kylä", "no, although we do sell Estonian products"
        return "ask"  # "No, the Swedish village joins us": the no and the partner disagree
    if _BUT_NONE.search(said):
        return "no"  # "We have Scottish and German members in the association, but no partners abroad."
    if _NOT_A_PARTNER.search(said) and _foreign_named(said, text):
        return "ask"  # "Viime kesänä meillä kävi virolaisia", "Somali families living here", "exchange with Sweden ended"
    if not _foreign_named(said, text) and (_names_only(said, text) or _HOME_PARTNER.search(said) and (_JOINS.search(said) or _JOINT.search(said))):
        return "ask"  # "Matti Virolainen …", "Partner village is in Lapland": nobody abroad named
    if _DENY & set(said.split()) or _CONDITIONAL.search(said) or _CONTRAST.search(said) or _UNSURE.search(said) or _SETTLED_LATER.search(said):
        return None
    if _LEAD_YES.match(lowered):
        if _foreign_named(said, text):
            return "yes"
        return "ask" if _HOME_PARTNER.search(said) else None  # "Yes, with the neighbouring municipality", "Kyllä, Ruotsinpyhtään kanssa"
    if _foreign_named(said, text) and _JOINT.search(said):
        return "yes"  # "ruotsalaiset maatilanuoret tulee 10 päiväks vaihtoon"
    return None


_REGISTERING = re.compile(r"\b(?:waiting|odot\w*|perustamis\w*|registration|rekisterointi\w*|tulossa|coming|soon|pian|"
                          r"used\s+to|ennen|purettiin|dissolved|lakkautet\w*)\b")


def _unregistered(text: str) -> bool:
    """The answer says the group is not registered and names no other kind of applicant or doubt (a question, a "?"
    and a registration under way are asked by match_choice before this)."""
    said = _fold(text)
    return bool(_NOT_REGISTERED.search(said)) and not (
        _ANOTHER_ORG.search(said) or _UNSURE.search(said) or _REGISTERING.search(said) or re.search(r"\b(?:tai|or|vai|ehka|maybe|perhaps)\b", said))


def _named_choice(text: str, said: str, options: Mapping[str, Sequence[str]], *, lang: str, question: str | None) -> str | None:
    """The option a typed answer names by a label, a synonym or a near spelling (see match_choice)."""
    original = said
    if question == "org_type" and "association" in options and _ry_applies(text) and not _APPLICANT_DOUBT.search(said):
        return "association"  # "kyläyhd. ry hakee, ei osk", "Hakijana toimii Pitäjänmuseon Tuki ry, jonka …"
    if set(options) <= {"yes", "no"} and "no" in options and _OUTSIDE_THIS.search(said) and not re.search(r"\b(?:yes|kylla|joo)\b", said):
        return "no"  # "We might invite a village from Kerala one day, but … not part of this project"
    if set(options) <= {"yes", "no"} and "no" in options and _NOT_IN_THIS.search(said) and not _YES_ANY.search(said) and not (
            _PARTNER.search(said) and not _NEXT_TIME.search(said)):
        return "no"  # "Possibly in the future, not in this project" (not "… not in this project's budget", not a partner named)
    if set(options) <= {"yes", "no"} and "no" in options and _NOT_NOW.match(said) and (
            _NOT_THIS_PROJECT.search(said) or (_SOME_DAY.search(said) and not _PARTNER.search(said))) and not (
            lang == "fi" and said.startswith("no")):  # in Finnish "no" is "well": "no ehkä myöhemmin" says nothing yet
        return "no"  # "ei ainakaan nyt, ehkä myöhemmin", "Not at present, although … at some later date": not this project
    if set(options) <= {"yes", "no"} and _CONDITIONAL.search(_LATER.sub(" ", said)):
        return None  # "riippuu löydetäänkö kumppani Ruotsista": neither yes nor no yet
    table = _phrases(question, tuple((key, tuple(labels)) for key, labels in options.items()))
    plain = _NEGATED_FILLER.sub(r"\1 ", said)  # "ei viel rekisteröity" denies like "ei rekisteröity"
    if set(options) <= {"yes", "no"}:
        plain = _NEGATED_SUBJECT.sub(r"\1 ", plain)
    exact = table.get(said) or table.get(plain)
    said = plain
    if exact:
        return next(iter(exact)) if len(exact) == 1 else None
    tokens = said.split()
    if len(tokens) <= 25:
        hits = []
        named: set[str] = set()  # every option a phrase names, denied or not
        padded = f" {said} "
        # In Finnish "no" is "well" ("no joo" = yes), not a refusal.
        negations = _NEGATIONS - {"no"} if lang == "fi" else _NEGATIONS
        for phrase, keys in table.items():
            short_inside = len(phrase) <= 2 and " " not in phrase and len(tokens) > 3
            if short_inside and question == "org_type" and (tokens[-1] == phrase or (
                    tokens[0] == phrase and re.match(r"\W*\w+\s*[,.:;!–-]", text))):
                short_inside = False  # "we're an ry", "Kylän Kehitys oy": the legal form closes the name; "ry, rekattiin …" opens it
            if len(keys) != 1 or short_inside or (phrase == "no" and lang == "fi"):
                continue
            at = padded.find(f" {phrase} ")
            if at >= 0:
                named.add(next(iter(keys)))
            if at >= 0 and not (phrase.split()[0] not in negations and negations & set(padded[:at].split()[-2:])):
                hits.append((at, at + len(phrase), next(iter(keys))))
            elif phrase in _COMPOUND_HEADS:
                # a Finnish compound ending in the word: "kaupunginosayhdistys", "nuorisoseura"
                for match in re.finditer(r"\S+", padded):
                    word = match.group(0)
                    if len(word) >= len(phrase) + 3 and word.endswith(phrase) and not negations & set(padded[:match.start()].split()[-2:]):
                        hits.append((match.end() - len(phrase), match.end(), next(iter(keys))))
        if question == "org_type":  # "ry, mutta säätiö rahoittaa": a funder, owner or helper named is not the applicant
            if hits and all(_NOT_APPLICANT.match(padded[h[1]:]) for h in hits):
                return None  # "ry, mutta säätiö rahoittaa": only a funder or an owner named: who applies?
        # a phrase inside a longer phrase of another option ("rekisteröity" in "ei ole rekisteröity") loses
        kept = [h for h in hits if not any(o[0] <= h[0] and h[1] <= o[1] and (o[1] - o[0]) > (h[1] - h[0]) for o in hits)]
        keys = {h[2] for h in kept}
        first = _LEAD.match(text)
        lead = _LEAD_YES_NO.get(lang, {}).get(_fold(first.group(1))) if first else None
        if lead in options and keys and keys != {lead} and set(options) <= {"yes", "no"}:
            return None  # "No, maybe later with Estonia": the no and the named partner disagree
        spans = [(padded[h[0]:h[1] + 1].split(), h[2]) for h in kept]
        denied = {key for words, key in spans if len(words) >= 2 and words[0] in negations and key != "notsure"}  # "not sure" denies nothing
        if len(keys) > 1 and question == "org_type" and kept:
            for rather in _RATHER_AT.finditer(padded):
                after = [h for h in kept if h[0] >= rather.end() - 1]
                first = min(after, key=lambda h: h[0]) if after else None
                if (first and first[0] <= rather.end() + 15 and all(h[2] == first[2] for h in after)
                        and any(rather.start() - 1 <= h[0] < rather.end() - 1 and h[2] != first[2] for h in kept)
                        and not _APPLICANT_DOUBT.search(padded[first[0]:])):
                    return first[2]  # "hakija ei ole yhdistys vaan säätiö": what it is rather
        if len(keys) > 1 and denied == {"informal"} and len(keys - {"informal", "association"}) == 1 and keys & {"company", "sole_trader", "foundation"}:
            return (keys - {"informal", "association"}).pop()  # "Ei me olla yhdistys, me ollaan osuuskunta": what it is rather
        if len(keys) > 1 and len(denied) == 1:
            return denied.pop()  # "yhdistys mutta ei rekisteröity": the denial is the answer
        if "notsure" in options and len((keys | named) - {"notsure"}) >= 1 and (_UNSURE.search(original) or "notsure" in keys):
            return None  # "hyrrässä haetaan kai, mutta en oo varma", "leader, vet inte": a lean, but not sure: ask
        if keys == {"sole_trader"} and question == "org_type" and _OTHER_ORG.search(said):
            return None  # "haetaan yhdistyksen kautta, mä oon toiminimellä mukana": another organisation in a case form
        if keys == {"company", "sole_trader"} and question == "org_type" and not _LIMITED.search(padded):
            return "sole_trader"  # "I have a small company, toiminimi": the company is the sole trader's
        if len(keys) == 1:
            return keys.pop()
        if len(keys) > 1 and question == "org_type":
            last = max(kept, key=lambda h: h[0])
            applicant_at = max(padded.rfind(" hakija"), padded.rfind(" applicant"))
            if _APPLICANT.search(padded[:last[0] + 1]) and applicant_at >= 0 and not _APPLICANT_DOUBT.search(padded[applicant_at:]) and not any(
                    applicant_at < h[0] < last[0] and h[2] != last[2] for h in kept) and not _APPLICANT_DOUBT.search(padded[last[0]:]):
                return last[2]  # "mun toiminimi tekee työt mutta hakija on metsästysseura ry"
        if len(keys) > 1:
            return None
        if lead in options and len(tokens) > 1 and not _NEGATIONS & set(tokens[1:]) and not _HEDGE.search(_LATER.sub(" ", said)):
            return lead
    if len(said) > 60:
        return None
    if _NEGATIONS & set(tokens) and len(tokens) > 1:
        return None  # "meillä ei ole yhdistystä": a denied near-match is no answer
    best: dict[str, float] = {}
    words = [t for t in tokens if len(t) >= 4]
    for phrase, keys in table.items():
        if len(keys) != 1 or len(phrase) < 4:
            continue
        key = next(iter(keys))
        score = fuzz.ratio(said, phrase)
        if " " not in phrase and len(tokens) > 1 and words:
            score = max(score, max(fuzz.ratio(token, phrase) for token in words))
        best[key] = max(best.get(key, 0), score)
    ranked = sorted(best.items(), key=lambda item: -item[1])
    if ranked and ranked[0][1] >= FUZZY_MIN and (len(ranked) == 1 or ranked[0][1] - ranked[1][1] >= FUZZY_MARGIN):
        return ranked[0][0]
    return None


# "Ei / No / Not" first, then only a some-day possibility: the answer for this project is no (folded text)
_NOT_NOW = re.compile(r"^(?:ei|eipa|no|nope|nej|not)(?:\s+(?:oo|ole))?(?:\s+(?:nyt|ainakaan\s+nyt|nyt\s+ainakaan|talla\s+kertaa|(?:ainakaan\s+)?talla\s+hetkella|"
                      r"at\s+present|now|currently|for\s+now|at\s+the\s+moment|this\s+time(?:\s+round)?|at\s+this\s+stage))?(?:\s*$|\s*[,.;:!–-]|\s+(?=ehka|maybe|mutta|but|although|though|vaikka|however|possibly|perhaps))")
_SOME_DAY = re.compile(r"\b(?:later|myohemmin|myohemmi|joskus|some\s*day|in\s+the\s+future|tulevaisuudessa|jatkossa)\b")
# beyond this project for sure: "a phase 2", "the next project", "at some later date", "not this application"
_NOT_THIS_PROJECT = re.compile(r"\b(?:phase\s+2|vaihe\s+2|next\s+(?:project|application)|seuraava\w*\s+hank\w*|"
                               r"at\s+some\s+(?:later\s+)?(?:date|point)|not\s+(?:in\s+)?this\s+(?:application|project)|"
                               r"ei\s+(?:tassa|tahan)\s+hankkee\w*|joskus\s+myohemmin)\b")
_NOT_IN_THIS = re.compile(r"\bnot\s+(?:in\s+|for\s+)?this\s+(?:first\s+)?(?:one|application|project)\b(?!\s*s\b)|\bei\s+(?:tassa|tahan|tata)\s+hank\w*|"
                          r"^(?:no\s+)?ei\s+(?:nyt\s+)?talla\s+kertaa\b|^not\s+this\s+time\b|\bnow\s+no\b|\bonly\s+local\s+this\s+time\b|"
                          r"\b(?:joten|eli|siis|so)\s+(?:ei|no)\s*$")  # "no ei tällä kertaa", "… ei nykyään piäse, joten ei"
# the partner belongs to a later project: "ei tällä kertaa, mut ens kerralla Viron kanssa"
_NEXT_TIME = re.compile(r"\b(?:ens(?:i)?\s+kerra\w*|seuraava\w*\s+kerra\w*|next\s+time|ensi\s+hankkee\w*|seuraava\w*\s+hank\w*|next\s+project|"
                        r"follow\W?up\s+project|jatkohank\w*)\b")
# the answer closes by putting the partner outside this project: "…, but that is just a dream, not part of this project",
# "norjalaiset kyseli mutta ei tällä kertaa"
_OUTSIDE_THIS = re.compile(r"\b(?:not\s+part\s+of\s+this\s+(?:project|application)|ei\s+(?:kuulu|ole\s+osa)\s+(?:tahan|tata|tassa)\s+hank\w*|"
                           r"(?:mutta|mut|but)\s+(?:ei|not)\s+(?:nyt\s+)?(?:talla\s+kertaa|this\s+time))\W*$")
_YES_ANY = re.compile(r"\b(?:yes|yeah|yep|sure|kylla|kyl|joo|juu|on\s+mukana|tulee\s+mukaan|join\w*|visit\w*|vierail\w*|vierai\w*)\b")
# a partner named beside a "later": maybe later in this very project; asked ("No, maybe later with Estonia")
_PARTNER = re.compile(r"\b(?:viro\w*|ruotsi\w*|norja\w*|estonia\w*|swed\w*|norw\w*|latvia\w*|ulkomai\w*|abroad|foreign|"
                      r"kumppani\w*|partner\w*|ystavyys\w*|twin)")
# "X ry hakee", "hakijana toimii X ry": a registered association named as the applicant (folded text), in the one clause
# that says who applies, with no other organisation, negation or "ry:n" in it
_RY_APPLIES = re.compile(r"\bry\s+(?:hakee|on\s+hakija|hakijana|applies|is\s+the\s+applicant)\b|"
                         r"\b(?:hakijana|hakija\s+on|applicant\s+is)\s+(?:toimii\s+)?(?:\S+\s+){0,5}?\S+\s+ry\b(?!\s+n\b)")
_APPLIES_CLAUSE = re.compile(r"\b(?:hakee|hakijana|hakija|applies|applicant)\b")
_OTHER_ORG_WORD = re.compile(r"\b(?:\w*saatio\w*|foundation|kunta|kunnan|municipality|kaupunki|city|osuuskunta|osk|cooperative|co-op|oy|\w*oy|"
                             r"company|seurakunta|parish|koulu|school|porukka|group|toiminimi|tmi|yritys|sr|not|ei|vain|only|omistama|owns|"
                             r"kumppani\w*|partner|yhteistyossa|perustaja\w*)\b")


def _ry_applies(text: str) -> bool:
    """The clause of ``text`` that says who applies names a registered association and nothing else."""
    parts = [_fold(part) for part in re.split(r"[,;–]|\s-\s|\b(?:mut|mutta|but|vaikka|although)\b", text or "", flags=re.IGNORECASE)]
    clauses = [c for c in parts if _APPLIES_CLAUSE.search(c)]
    return len(clauses) == 1 and bool(_RY_APPLIES.search(clauses[0])) and not _OTHER_ORG_WORD.search(clauses[0])
# "hakija on …", "the applicant would be …": the organisation named right after says who applies (folded text)
# "ei tää oo yhdistys vaan säätiö": a denied organisation, then what it is rather (not the spoken "vaan", "just")
_RATHER_AT = re.compile(r"\b(?:ei|en|emme|eika|not|isnt|arent|were\s+not)\s+(?:\S+\s+){0,4}?\S+\s+(?:vaan|vuan|but\s+rather)\s")
_APPLICANT_DOUBT = re.compile(r"\b(?:tai|or|vai|ehka|maybe|perhaps|probably|luultavasti|todennakoisesti|kai|yhdessa|together|"
                              r"kanssa|with|seka|jointly|and|ja)\b")
_APPLICANT = re.compile(r"\b(?:hakija(?:na)?|applicant)\s+(?:on|ois|olis|olisi|is|would\s+be|will\s+be)\s+(?:\S+\s+){0,2}$")
_NOT_APPLICANT = re.compile(r"\s*(?:\S+\s+)?(?:rahoitta\w*|maksaa|maksavat|pays?|funds?|omistaa|owns?|lainaa|lends?|auttaa|vuokraa\w*|"
                            r"rents?|stöder|stoder|äger|ager|betalar|finansierar|"
                            r"helps?|tukee|supports?|is\s+(?:our\s+)?partner|on\s+kumppani)\b")
_CORRECTED = re.compile(r"\b(?:ei\s+kun|ei\s+ku|eiku|eikun|no\s+wait|i\s+mean|tarkoitan|sorry(?=\W*\w))\b")
_OTHER_ORG = re.compile(r"(?:yhdisty|yhdistyks|seura|saatio|osuuskun|kunna\b|kunnan|kunta|seurakun|yritys|yrityks|firma|\boy\b|\bry\b|"
                        r"association|club|foundation|company|society)")
_PAST = re.compile(r"\b(?:haettiin|haimme|hain|applied)\b.*\b(?:viimeksi|viime\s+kerralla|edellisella\s+kerralla|last\s+time|"
                   r"previously|aiemmin)\b|\b(?:viimeksi|last\s+time)\b.*\b(?:haettiin|haimme|hain|applied)\b")
_AGAIN = re.compile(r"\b(?:as\s+well|too|again|myos|nytkin|taas|uudestaan|tallakin\s+kertaa|nyt\s+kans|nyt\s+kanssa|nyt\s+myos)\b")
_ANY = {"tahansa", "hyvänsä", "vain", "enemmän", "vähemmän", "paremmin", "pidempään", "useammin", "aikaisemmin"}
# Words that head Finnish compounds naming an organisation ("nuorisoseura", "kotiseutusäätiö"); folded.
_COMPOUND_HEADS = {"yhdistys", "seura", "saatio", "osuuskunta", "osakeyhtio", "yhtio"}
_CLITIC = re.compile(r"^[a-zäö]+[aeiouyäönt](ko|kö|kos|kös)$")
# spoken "-ks" for "-kö": "onks Ahvenanmaa ulkomaita?", "voiks tähän hakea" (not "kaks", "siks", "ensiks")
_SPOKEN_CLITIC = {"onks", "ooks", "oisks", "voiks", "saaks", "käyks", "pitääks", "tarviiks", "tarvitseeks", "meneeks", "riittääks",
                  "kannattaaks", "pääseeks", "tuleeks", "lasketaanks", "kuuluuks", "haetaanks", "voidaanks", "saako", "mahtuuks"}
_NOT_CLITIC = {"jatko", "sanko", "lanko", "ranko", "kanko", "tanko", "vanko", "kinko", "ponko"}


def _clitic(word: str) -> bool:
    """A verb with the question suffix -ko/-kö: ``voiko``, ``onko``, ``pitääkö`` (not ``jatko``)."""
    return (bool(_CLITIC.match(word)) and word not in _NOT_CLITIC) or word in _SPOKEN_CLITIC
_EN_AUX_START = re.compile(
    r"^(can|could|do|does|did|is|are|should|may|will|would|must|shall)\s+(i|we|you|it|they|this|that|there|the|my|our|a|an|one|he|she|someone|anyone)\b"
    r"|^(what|where|why|how|which|who|when|whose)\s+(is|are|was|do|does|did|can|could|should|would|will|counts?|means?|kind|happens|about|if|much|many|long|to)\b"
)


_WHAT_IS = re.compile(r"^\W*(?:(?:wait|hmm+|um+|ok|okay|so|sorry|hetkinen|odota|niin|öö+)\W*\s+)?(?:what'?s|whats|what\s+is|what\s+does|"
                      r"what\s+do\s+you\s+mean|mikä\s+on|mitä\s+tarkoittaa|mikä\s+se\s+on|mitä\s+on)\b", re.IGNORECASE)


def looks_like_question(text: str, *, lang: str) -> bool:
    """True for a question to the bot (``mistä näen y-tunnuksen?``, ``voiko tähän hakea``), not for an answer
    with a question mark somewhere inside, nor for a short title like ``Kylätalo?``."""
    stripped = (text or "").strip()
    if not stripped:
        return False
    words_cfg = load_words().question_words
    qwords = set(words_cfg["fi"]) | set(words_cfg["en"])
    sentences = [s for s in re.split(r"(?<=[.!?])\s+", stripped) if s.strip()]
    last = sentences[-1]
    last_words = _norm(last).split()
    first_words = _norm(stripped).split()
    if not last_words:
        return "?" in stripped  # "??"
    asks = any(w in qwords or _clitic(w) for w in last_words[:6]) or bool(_EN_AUX_START.match(" ".join(last_words)))
    opening = _norm(sentences[0]).split() if len(sentences) > 1 and sentences[0].rstrip().endswith("?") else []
    opens_asking = len(opening) >= 2 and len(first_words) <= 25 and (
        opening[0] in qwords or _clitic(opening[0]) or bool(_EN_AUX_START.match(" ".join(opening))))
    if stripped.rstrip(" )!").endswith("?"):
        if len(first_words) > 40 or len(last_words) > 25:
            return False
        return asks or len(last_words) >= 4 or opens_asking  # "Paljonko Leader antaa? 65 prossaa vai?"
    if opens_asking:
        return True  # "lasketaanko skidit? ne on 12-vuotiaita", "Is there a minimum? I heard 5,000 euros somewhere."
    if len(sentences) > 1 or len(first_words) > 12 or ":" in stripped:
        return False  # "Miten kylä hyötyy: asukkaat saavat ..." answers its own heading
    if len(first_words) <= 5 and _WHAT_IS.match(stripped):
        return True  # "wait what's esr", "hetkinen mikä on esr": asking what a word means, with no question mark
    head = first_words[0]
    if len(first_words) > 1 and first_words[1] in _ANY:
        return False  # "kuka tahansa voi tulla", "mitä enemmän sitä parempi"
    return head in set(words_cfg["fi"]) or _clitic(head) or bool(_EN_AUX_START.match(" ".join(first_words)))


def is_keep(text: str) -> bool:
    """True for ``sama``, ``ok``, ``pidä``, ``keep``, ``no change``: keep the answer that is already there."""
    raw = (text or "").strip()
    if not raw or len(raw) > 60:
        return False
    words = load_words()
    if raw in words.keep:
        return True
    said = _norm(raw)
    if said in {_norm(k) for k in words.keep}:
        return True
    tokens = set(said.split())
    keep_words, filler = set(words.keep_words), set(words.keep_filler)
    return bool(tokens & keep_words) and tokens <= keep_words | filler
