"""Reading lists, button choices, questions and "keep it" from typed answers, Finnish or English."""

from __future__ import annotations

import functools
import re
from typing import Mapping, Sequence

from rapidfuzz import fuzz

from .answer_words import load_words

MAX_ITEMS = 30
FUZZY_MIN = 85
FUZZY_MARGIN = 8

_BULLET = re.compile(
    r"^\s*(?:[-+](?!\d)|[*•·▪◦–—>✔✓☑➡→▶►]|\d{1,2}\s*[.):](?!\d)|\d{1,2}-(?=\s)|\(\d{1,2}\)|[a-hA-H]\)|\d\ufe0f?\u20e3|"
    r"[\U0001F300-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF]\ufe0f?(?=\s))\s*"
)
# "1. kysely 2. työpaja" and, typed fast on a phone, "1.kysely 2.työpaja" (a letter right after the number)
_INLINE_NUMBER = re.compile(r"(?:^|(?<=\s))(?:\d{1,2}[.)](?!\d)|\(\d{1,2}\)|[a-h]\))(?:\s+|(?=[^\W\d_]))")
_INLINE_BULLET = re.compile(r"\s+[•·▪]\s*|\s+[-–*]\s+")
_COMMA = re.compile(r"(?<!\d),|,(?!\d)")
_LAST_AND = re.compile(r"\s+(?:ja|sekä|and|&|tai|or|plus)\s+")
_ONLY_AND = re.compile(r"\s+(?:ja|sekä|and|&)\s+")
_LEADING_AND = re.compile(r"^(?:ja|sekä|and|&)\s+")
_EDGE_AND = re.compile(r"^\s*(?:ja|sekä|and|&)\s+|\s+(?:ja|sekä|and|&)\s*$")
_PASSIVE_ENDINGS = "taan|tään|daan|dään|laan|lään|naan|nään|raan|rään"  # Finnish passive: "järjestetään"
_PASSIVE = re.compile(rf"^\w+(?:{_PASSIVE_ENDINGS})$")
_PARENS = re.compile(r"\([^()]*\)")
_NEGATED_FILLER = re.compile(r"\b(ei|en|emme|eivat|not)\s+(?:(?:viela|viel|via|oo|ole|olla|yet|really|edes|ihan|kai)\s+)+")
_PREPOSITION = {"for", "with", "of", "to", "in", "on", "about", "from", "between", "among", "by"}
_BOTH = re.compile(r"\b(?:both|molemmat|molempia|molempiin|kumpikin|kumpaakin)\b")
# "ry tai säätiö, en oo varma": a guess is no answer where "not sure" is not an option (matched on the folded text).
_UNSURE = re.compile(r"\b(?:en (?:oo |ole |ma |maa )?(?:ihan |viela |viel )?(?:varma|tieda|tiia|tii|tie)|emma (?:tieda|tiia|tii|oo varma)|"
                     r"emt|ei (?:oo |ole )?(?:viela |viel )?(?:varmaa?|tietoa|hajua\w*)|not sure|unsure|dunno|don ?t know|"
                     r"idk|no idea|no clue)\b")
# "no, only our own village", "joo, virolaisten kanssa": a yes or no, a comma, then the reason. Not "no, still
# thinking" or "no problem, we have a partner": the reason must not hedge.
_LEAD = re.compile(r"^\s*(\w+)\s*[,.!–-]")
_HEDGE = re.compile(r"\b(?:depend\w*|think\w*|wait|check|maybe|perhaps|probably|yet|problem|mean|sorry|decid\w*|decision|"
                    r"ehka|riippuu|mietit\w*|viela|viel|paat\w*|kysyn|kysytaan|ongelma|tarkoit\w*|partner\w*|kumppan\w*)\b")
_LEAD_YES_NO = {"fi": {"ei": "no", "eipa": "no", "joo": "yes", "juu": "yes", "kylla": "yes", "jep": "yes"},
                "en": {"no": "no", "nope": "no", "nah": "no", "yes": "yes", "yeah": "yes", "yep": "yes", "yup": "yes"}}
_SUBORDINATE = {"koska", "että", "jotta", "joka", "jonka", "jossa", "jota", "jotka", "joista", "joissa", "joilla", "joille",
                "joiden", "johon", "mikä", "mutta", "kun", "jos", "vaikka", "kuin", "eli",
                "sitten", "lopuksi", "ensin", "myöhemmin", "siis", "because", "which", "that", "so", "but", "when", "if",
                "who", "where", "while", "although", "since", "then", "finally", "later", "first"}
_VERB = re.compile(rf"^(?:\w+(?:{_PASSIVE_ENDINGS}|mme)|we|i|to|will|let's|lets|the)$")
_PUNCT = re.compile(r"[^\w\s+]")
_NOT_ACTIONS = {"tarvitaan", "odotetaan", "toivotaan", "arvioidaan", "oletetaan", "uskotaan", "halutaan", "pyritään",
                "vähintään", "enintään", "ainoastaan", "yhteensä", "jopa", "ainakin", "lisäksi", "mietitään", "katsotaan"}
# "Kylässä asuu 200 ihmistä, monet ovat eläkeläisiä, …": a description, not a list of actions.
_COPULA = {"on", "ovat", "oli", "olivat", "asuu", "is", "are", "was", "were", "has", "have"}
# A phrase right after one of these is denied, not chosen ("ei olla rekisteröity" is not "rekisteröity").
_NEGATIONS = {"ei", "en", "emme", "eivät", "eikä", "et", "not", "no", "non", "isn", "aren", "never", "neither", "nor"}


def _norm(text: str) -> str:
    return " ".join(_PUNCT.sub(" ", text.lower()).split())


_FOLD = str.maketrans("äöåéü", "aoaeu")


def _fold(text: str) -> str:
    """Lower case without punctuation or Finnish letters: people type ``saatio`` on a foreign keyboard."""
    return _norm(text).translate(_FOLD)


def _clean_item(item: str) -> str:
    item = _BULLET.sub("", item.strip(), count=1) if _BULLET.match(item) else item.strip()
    return item.strip().rstrip(".,;:").strip()


def _acts(word: str) -> bool:
    """A Finnish passive that opens an action ("kunnostetaan", "järjestetään"); not a remark ("tarvitaan",
    "toivotaan"), an adverb ("vähintään") or a possessive ("kylämme")."""
    word = word.lower()
    return bool(_PASSIVE.match(word)) and word not in _NOT_ACTIONS


def _comma_list(line: str) -> list[str] | None:
    """``lämpöpumppu, ikkunat ja luiska`` as three items; None when the commas belong to one sentence."""
    masked = _mask_parens(line)  # commas inside brackets stay in their item
    cuts = [m.start() for m in _COMMA.finditer(masked)]
    parts = [p.strip() for p in _cut(line, cuts) if p.strip()]
    if len(parts) < 2 or re.search(r"[.!?]\s+\S", masked):
        return None  # more than one sentence
    if all(_acts(p.split()[0]) for p in parts[1:]) and any(_acts(w) for w in parts[0].split()[:2]) and not any(
            _COPULA & {w.lower() for w in p.split()} for p in parts):
        last = _LAST_AND.split(parts[-1], maxsplit=1)
        if len(last) == 2 and _acts(last[1].split()[0]):
            parts = parts[:-1] + last  # "…, rakennetaan pitkospuut ja järjestetään avajaiset"
        if all(len(p.split()) <= 8 for p in parts):
            return parts  # "maalataan seinät ja katto, uusitaan lattia, hankitaan pöydät ja tuolit": an action each
    rest = [piece.split() for p in parts[1:] for piece in _LAST_AND.split(p)]
    if len(parts[0].split()) >= 3 and all(len(w) == 1 and w[0][:1].isupper() for w in rest):
        return [line]  # "courses in English, Finnish and Swedish": one action naming three languages
    if _LEADING_AND.match(parts[-1]):
        parts[-1] = _LEADING_AND.sub("", parts[-1])  # "A, B, and C": the last after a comma
        enumeration = True
    else:
        enumeration = False
    tail = _LAST_AND.split(parts[-1])
    longest = 7 if len(parts) >= 2 else 4  # "A, B and C" is an enumeration however long its last items
    if len(tail) == 2 and all(len(t.split()) <= longest for t in tail):
        parts = parts[:-1] + tail
        enumeration = enumeration or len(parts) >= 3
    if re.search(r"[a-zäöå]{3,}\.$", line) and any(len(p.split()) > 2 for p in parts):
        return None  # a sentence ending in a full stop ("Survey, workshop, report." is still a list)
    words = [p.split() for p in parts]
    longest = 8 if enumeration else 5
    if any(not w or len(w) > longest or w[0].lower() in _SUBORDINATE for w in words):
        return None
    if len(parts) == 2 and any(len(w) > 3 for w in words) and not enumeration:
        return None
    verbs = [bool(_VERB.match(w[0].lower())) for w in words]
    if verbs[0] and (not all(verbs) or line.rstrip().endswith(".")):
        return None  # "Järjestetään kursseja, retkiä ja tapahtumia": one sentence
    return parts


def _cut(line: str, cuts: list[int]) -> list[str]:
    bounds = [-1, *cuts, len(line)]
    return [line[a + 1 : b] for a, b in zip(bounds, bounds[1:])]


def _mask_parens(line: str) -> str:
    """The line with every bracketed part blanked out (same length), so its commas and "ja" are not seen."""
    return _PARENS.sub(lambda m: "\x00" * len(m.group(0)), line)


def _and_sides(line: str) -> tuple[str, str, list[int]] | None:
    """The two sides of the one "ja"/"and" outside brackets, and their word counts (brackets not counted)."""
    joins = list(_ONLY_AND.finditer(_mask_parens(line)))
    if len(joins) != 1:
        return None
    left, right = line[: joins[0].start()].strip(), line[joins[0].end():].strip()
    return left, right, [len(_PARENS.sub("", side).split()) for side in (left, right)]


def _two_by_and(line: str) -> list[str] | None:
    """"kylän historiikki ja valokuvien digitointi": two short things joined by "and" are two actions."""
    sides = _and_sides(line)
    if sides is None or re.search(r"[.!?]\s+\S", _mask_parens(line)):
        return None
    left, right, sizes = sides
    if not all(1 <= n <= 4 for n in sizes) or sum(sizes) > 8:
        return None
    left_last, right_first = left.split()[-1].lower(), right.split()[0].lower()
    if _PREPOSITION & {w.lower() for w in left.split()} and right_first not in ("a", "an", "the"):
        return None  # "events for seniors and families": the "and" is inside the phrase (but "… and a course" is not)
    if len(left_last) >= 5 and len(right_first) >= 5 and left_last[-3:] == right_first[-3:] and left_last[-3:].isalpha():
        return None  # "tapahtumia ikäihmisille ja lapsiperheille": two words in the same case describe one thing
    first_words = [side.split()[0].lower() for side in (left, right)]
    if any(w in _SUBORDINATE for w in first_words) or any(_VERB.match(w.lower()) for w in left.split()):
        return None  # "järjestetään kursseja ja retkiä", "hankkeessa tehdään kysely ja työpaja": one sentence
    return [left, right]


_ONE_THING = re.compile(r"\b(?:yks|yksi|yhden|one|only|just|vain|vaan|ainoa|single)\b", re.IGNORECASE)


def _single_line(line: str) -> list[str]:
    if ":" in line and not line.rstrip().endswith(":"):
        head, rest = line.split(":", 1)
        if len(head.split()) <= 5 and _ONE_THING.search(head) and rest.strip():
            return [rest.strip()]  # "Yks toimenpide vaan: julkisivun korjaus"
        if len(head.split()) <= 5 and (len(_INLINE_NUMBER.findall(rest)) >= 2 or ";" in rest or _comma_list(rest.strip())
                                       or _two_by_and(rest.strip())):
            line = rest.strip()
    numbered = list(_INLINE_NUMBER.finditer(line))
    if len(numbered) >= 2 and 0 < numbered[0].start() and len(line[:numbered[0].start()].split()) <= 5 and all(
            m.group(0).strip().startswith("(") and m.group(0).strip().strip("()") == str(n) for n, m in enumerate(numbered, 1)) and re.search(
            r"\b(?:to|are|is|on|ovat|aiomme|aiotaan|haluamme|halutaan|tehdään|do|will)\s*$", line[:numbered[0].start()]):
        line = line[numbered[0].start():]  # "we want to (1) map the needs, (2) run workshops": a short intro
        numbered = list(_INLINE_NUMBER.finditer(line))
    if len(numbered) >= 2 and numbered[0].start() == 0:
        return [p.strip(" ,;") for p in _INLINE_NUMBER.split(line) if p.strip(" ,;")]
    if _BULLET.match(line) and _INLINE_BULLET.search(line[1:]):
        return _INLINE_BULLET.split(_BULLET.sub("", line, count=1))
    bare = _bare_numbers(line)
    if bare:
        return bare
    if ";" in line:
        parts = line.split(";")
        last = _two_by_and(parts[-1].strip())
        return parts[:-1] + last if last and all(len(p.split()) <= 3 for p in parts[:-1]) else parts
    plus_ok = not re.search(r"[()\d]|\s-\w", line)  # "Kokkikurssi (teoria + käytäntö)", "10 + 10 hengelle", "pulla -tarjoilu"
    for separator, least, longest in ((r"\s+/\s+", 2, 3), (r"\s+\+\s+", 3 if plus_ok else 99, 5), (r"\s+[-–]\s+", 3, 3),
                                      (r"(?<=\w)\.\s+", 3, 3)):
        parts = [p for p in re.split(separator, line) if p.strip(" .")]
        if len(parts) >= least and all(len(p.split()) <= longest for p in parts):
            return parts  # "kysely / työpaja / raportti", "Kysely. Työpaja. Raportti."
    return _comma_list(line) or _two_by_and(line) or [line]


def split_items(text: str) -> list[str]:
    """Items from a numbered or bulleted list, a line per item, ``a; b; c`` or a short comma list;
    an intro line ending in ``:`` is dropped and one sentence stays one item."""
    lines = [line.strip() for line in (text or "").replace("\r", "\n").split("\n") if line.strip()]
    if not lines:
        return []
    if len(lines) > 1 and lines[0].endswith(":"):
        lines = lines[1:]
    elif len(lines) > 2 and not _BULLET.match(lines[0]) and all(_BULLET.match(line) for line in lines[1:]):
        lines = lines[1:]  # "Tässä 👇" / "Here's the plan" above a numbered or bulleted list
    if len(lines) > 1 and all(re.match(rf"{n}\s+\S", line) for n, line in enumerate(lines, 1)):
        lines = [line.split(None, 1)[1] for line in lines]  # "1 kysely" / "2 työpaja"
    if len(lines) == 1:
        raw = _single_line(lines[0])
    else:
        bulleted = sum(1 for line in lines if _BULLET.match(line)) >= max(2, len(lines) - 1)
        raw = []
        for line in lines:
            if bulleted and raw and not _BULLET.match(line) and line[:1].islower():
                raw[-1] = f"{raw[-1]} {line}"  # a bullet's text wrapped onto the next line
            else:
                raw.append(line)
    items = [item for item in (_clean_item(_EDGE_AND.sub("", r)) for r in raw) if item]
    return items[:MAX_ITEMS]


def without_intro(text: str) -> str:
    """The answer on one line without a short intro ("Main actions: A and B" -> "A and B")."""
    line = " ".join((text or "").split()).strip(" .!")
    intro = re.match(r"^[^:,;]{1,30}:\s*(?=\S)", line)
    return line[intro.end():] if intro and len(intro.group(0).split()) <= 3 else line


def ambiguous_pair(text: str) -> tuple[str, str] | None:
    """Two short things joined by one "ja"/"and" and nothing else ("kunnostus ja aitaaminen", "a trailer and
    tools"): one action or two? People write both, so the bot asks instead of deciding silently."""
    line = without_intro(text)
    if "\n" in (text or "").strip() or re.search(r"[,;:/•]|\d", line) or _BULLET.match(line):
        return None
    sides = _and_sides(line)
    if sides is None:
        return None
    left, right, sizes = sides
    if not all(1 <= n <= 6 for n in sizes) or any(w.lower() in _SUBORDINATE for w in (left + " " + right).split()):
        return None
    if any(_PASSIVE.match(w.lower()) for w in left.split()[1:]):
        return None  # "hankkeessa tehdään kysely ja työpaja": a sentence
    return left, right


def _bare_numbers(line: str) -> list[str] | None:
    """"1 kartoitus 2 suunnitelma 3 toteutus": numbers 1, 2, 3… without marks, each followed by words."""
    tokens = line.split()
    if not tokens or tokens[0] != "1":
        return None
    items, current, expected = [], [], 2
    for token in tokens[1:]:
        if token == str(expected) and current:
            items.append(" ".join(current)); current, expected = [], expected + 1
        else:
            current.append(token)
    if not current:
        return None
    items.append(" ".join(current))
    return items if len(items) >= 2 else None


@functools.lru_cache(maxsize=256)
def _phrases(question: str | None, options: tuple[tuple[str, tuple[str, ...]], ...]) -> dict[str, frozenset[str]]:
    """Normalised phrase -> option keys that it names (labels, label heads, synonyms)."""
    words = load_words()
    table: dict[str, set[str]] = {}

    def add(phrase: str, key: str) -> None:
        phrase = _fold(phrase)
        if phrase:
            table.setdefault(phrase, set()).add(key)

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


def match_choice(text: str, options: Mapping[str, Sequence[str]], *, lang: str, question: str | None = None) -> str | None:
    """The option key a typed answer names (labels, synonyms, typos); None when none fits or two are close."""
    said = _fold(text or "")
    if not said or len(said) > 300 or looks_like_question(text, lang=lang):
        return None  # a question ("mikä on ry?") is not a choice
    if _BOTH.search(said):
        return None  # "both dev and investment", "molemmat": not one option
    if "notsure" not in options and _UNSURE.search(said):
        return None  # "ry tai säätiö, en oo varma", "joo en tiedä"
    table = _phrases(question, tuple((key, tuple(labels)) for key, labels in options.items()))
    plain = _NEGATED_FILLER.sub(r"\1 ", said)  # "ei viel rekisteröity" denies like "ei rekisteröity"
    exact = table.get(said) or table.get(plain)
    said = plain
    if exact:
        return next(iter(exact)) if len(exact) == 1 else None
    tokens = said.split()
    if len(tokens) <= 25:
        hits = []
        padded = f" {said} "
        # In Finnish "no" is "well" ("no joo" = yes), not a refusal.
        negations = _NEGATIONS - {"no"} if lang == "fi" else _NEGATIONS
        for phrase, keys in table.items():
            short_inside = len(phrase) <= 2 and " " not in phrase and len(tokens) > 3
            if short_inside and question == "org_type" and tokens[-1] == phrase:
                short_inside = False  # "we're an ry", "Kylän Kehitys oy": the legal form closes the name
            if len(keys) != 1 or short_inside or (phrase == "no" and lang == "fi"):
                continue
            at = padded.find(f" {phrase} ")
            if at >= 0 and not (phrase.split()[0] not in negations and negations & set(padded[:at].split()[-2:])):
                hits.append((at, at + len(phrase), next(iter(keys))))
            elif phrase in _COMPOUND_HEADS:
                # a Finnish compound ending in the word: "kaupunginosayhdistys", "nuorisoseura"
                for match in re.finditer(r"\S+", padded):
                    word = match.group(0)
                    if len(word) >= len(phrase) + 3 and word.endswith(phrase) and not negations & set(padded[:match.start()].split()[-2:]):
                        hits.append((match.end() - len(phrase), match.end(), next(iter(keys))))
        # a phrase inside a longer phrase of another option ("rekisteröity" in "ei ole rekisteröity") loses
        kept = [h for h in hits if not any(o[0] <= h[0] and h[1] <= o[1] and (o[1] - o[0]) > (h[1] - h[0]) for o in hits)]
        keys = {h[2] for h in kept}
        spans = [(padded[h[0]:h[1] + 1].split(), h[2]) for h in kept]
        denied = {key for words, key in spans if len(words) >= 2 and words[0] in negations}
        if len(keys) > 1 and len(denied) == 1:
            return denied.pop()  # "yhdistys mutta ei rekisteröity": the denial is the answer
        if len(keys) == 1:
            return keys.pop()
        if len(keys) > 1:
            return None
        first = _LEAD.match(text)
        lead = _LEAD_YES_NO.get(lang, {}).get(_fold(first.group(1))) if first else None
        if lead in options and len(tokens) > 1 and not _NEGATIONS & set(tokens[1:]) and not _HEDGE.search(said):
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


_ANY = {"tahansa", "hyvänsä", "vain", "enemmän", "vähemmän", "paremmin", "pidempään", "useammin", "aikaisemmin"}
# Words that head Finnish compounds naming an organisation ("nuorisoseura", "kotiseutusäätiö"); folded.
_COMPOUND_HEADS = {"yhdistys", "seura", "saatio", "osuuskunta", "osakeyhtio", "yhtio"}
_CLITIC = re.compile(r"^[a-zäö]+[aeiouyäönt](ko|kö|kos|kös)$")
_NOT_CLITIC = {"jatko", "sanko", "lanko", "ranko", "kanko", "tanko", "vanko", "kinko", "ponko"}


def _clitic(word: str) -> bool:
    """A verb with the question suffix -ko/-kö: ``voiko``, ``onko``, ``pitääkö`` (not ``jatko``)."""
    return bool(_CLITIC.match(word)) and word not in _NOT_CLITIC
_EN_AUX_START = re.compile(
    r"^(can|could|do|does|did|is|are|should|may|will|would|must|shall)\s+(i|we|you|it|they|this|that|there|the|my|our|a|an|one|he|she|someone|anyone)\b"
    r"|^(what|where|why|how|which|who|when|whose)\s+(is|are|was|do|does|did|can|could|should|would|will|counts?|means?|kind|happens|about|if|much|many|long|to)\b"
)


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
    if stripped.rstrip(" )!").endswith("?"):
        if len(first_words) > 40 or len(last_words) > 25:
            return False
        return asks or len(last_words) >= 4
    if len(sentences) > 1 or len(first_words) > 12 or ":" in stripped:
        return False  # "Miten kylä hyötyy: asukkaat saavat ..." answers its own heading
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
