"""Reading a list of actions or costs from one typed message: numbered, bulleted, a line each, commas, "ja"."""

from __future__ import annotations

import re

MAX_ITEMS = 30

_BULLET = re.compile(
    r"^\s*(?:[-+](?!\d)|[*•·▪◦–—>✔✓☑➡→▶►]|\d{1,2}\s*[.):](?!\d)|\d{1,2}-(?=\s)|\(\d{1,2}\)|[a-hA-H]\)|\d\ufe0f?\u20e3|"
    r"[\U0001F300-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF]\ufe0f?(?=\s))\s*"
)
# "1. kysely 2. työpaja" and, typed fast on a phone, "1.kysely 2.työpaja" (a letter right after the number)
_INLINE_NUMBER = re.compile(r"(?:^|(?<=\s))(?:\d{1,2}[.)](?!\d)|\(\d{1,2}\)|\([a-h]\)|[a-h]\))(?:\s+|(?=[^\W\d_]))")
_INLINE_BULLET = re.compile(r"\s+[•·▪]\s*|\s+[-–*]\s+")
_COMMA = re.compile(r"(?<!\d),|,(?!\d)")
_LAST_AND = re.compile(r"\s+(?:ja|sekä|and|&|tai|or|plus)\s+")
_ONLY_AND = re.compile(r"\s+(?:ja|sekä|and|&)\s+")
_LEADING_AND = re.compile(r"^(?:ja|sekä|and|&)\s+")
_EDGE_AND = re.compile(r"^\s*(?:ja|sekä|and|&)\s+|\s+(?:ja|sekä|and|&)\s*$")
_PASSIVE_ENDINGS = "taan|tään|daan|dään|laan|lään|naan|nään|raan|rään"  # Finnish passive: "järjestetään"
_PASSIVE = re.compile(rf"^\w+(?:{_PASSIVE_ENDINGS})$")
_PARENS = re.compile(r"\([^()]*\)")
_PREPOSITION = {"for", "with", "of", "to", "in", "on", "about", "from", "between", "among", "by"}
_SUBORDINATE = {"koska", "että", "jotta", "joka", "jonka", "jossa", "jota", "jotka", "joista", "joissa", "joilla", "joille",
                "joiden", "johon", "mikä", "mutta", "kun", "jos", "vaikka", "kuin", "eli",
                "sitten", "lopuksi", "ensin", "myöhemmin", "siis", "because", "which", "that", "so", "but", "when", "if",
                "who", "where", "while", "although", "since", "then", "finally", "later", "first"}
_VERB = re.compile(rf"^(?:\w+(?:{_PASSIVE_ENDINGS}|mme)|we|i|to|will|let's|lets|the)$")
_NOT_ACTIONS = {"tarvitaan", "odotetaan", "toivotaan", "arvioidaan", "oletetaan", "uskotaan", "halutaan", "pyritään",
                "vähintään", "enintään", "ainoastaan", "yhteensä", "jopa", "ainakin", "lisäksi", "mietitään", "katsotaan"}
# English verbs that open a project action ("build a ramp", "organising courses").
_EN_ACTIONS = {
    "build", "renovate", "repair", "fix", "paint", "buy", "purchase", "acquire", "install", "organise", "organize",
    "hold", "arrange", "run", "train", "hire", "plant", "clean", "clear", "create", "make", "set", "start", "launch",
    "develop", "improve", "update", "map", "survey", "write", "publish", "restore", "refurbish", "upgrade", "replace",
    "insulate", "construct", "design", "plan", "teach", "offer", "provide", "host", "open", "renew", "modernise",
    "modernize", "equip", "maintain", "mark", "digitise", "digitize", "record", "collect", "produce", "print", "expand",
    "extend", "remove", "demolish", "dig", "pave", "interview", "get", "put", "add", "lay", "cut",
}
# Words that open an aside, not an item: "remontti, lähinnä katto", "kesäjuhla, noin 300 kävijää".
_ASIDE = {"lähinnä", "esim", "esimerkiksi", "mm", "noin", "n", "ns", "eli", "mainly", "mostly", "especially", "including",
          "eg", "ie", "etc", "jne", "yms", "tms", "approx", "around", "like", "such", "myös", "also", "ainakin", "vielä",
          "every", "each", "joka", "kerran", "twice", "once", "total", "ehkä", "maybe", "perhaps",
          "please", "kiitos", "thanks", "thank", "kuten", "varsinkin", "etenkin", "erityisesti", "hopefully", "toivottavasti",
          "free", "ilmainen", "ilmaiseksi", "maksuton", "maksutta", "tavoite", "tavoitteena", "target", "aiheina", "aiheena",
          "topics", "theme", "teemana", "mukana", "with", "incl", "sis"}
# "Kylässä asuu 200 ihmistä, monet ovat eläkeläisiä, …": a description, not a list of actions.
_COPULA = {"on", "ovat", "oli", "olivat", "asuu", "is", "are", "was", "were", "has", "have"}


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
    if _named_kinds(parts):
        return [line]  # "courses in English, Finnish and Swedish": one action naming three languages
    if _LEADING_AND.match(parts[-1]):
        parts[-1] = _LEADING_AND.sub("", parts[-1])  # "A, B, and C": the last after a comma
        enumeration = True
    else:
        enumeration = False
    tail = _LAST_AND.split(parts[-1])
    longest = 7 if len(parts) >= 2 else 4  # "A, B and C" is an enumeration however long its last items
    if len(tail) == 2 and all(len(t.split()) <= longest for t in tail) and not _one_thing(*tail):  # "…, tables & chairs"
        parts = parts[:-1] + tail
        enumeration = enumeration or len(parts) >= 3
    if re.search(r"[a-zäöå]{3,}\.$", line) and any(len(_PARENS.sub("", p).split()) > 2 for p in parts):
        return None  # a sentence ending in a full stop ("Survey, workshop, report." is still a list)
    words = [p.split() for p in parts]
    if any(w[0].lower().strip(".,:") in _ASIDE for w in words if w):
        return None  # "remontti, lähinnä katto ja ikkunat": an aside about the one thing
    if any(w and w[0][:1].isdigit() for w in words[1:]) and len(parts) == 2:
        return None  # "Kesäjuhla, 300 kävijää": a detail of the one thing
    longest = 8 if enumeration else 5
    if any(not w or len(w) > longest or w[0].lower() in _SUBORDINATE for w in words):
        return None
    if len(parts) == 2 and any(len(w) > 1 for w in words) and not enumeration:
        return None  # "Kyläsauna, lämmitys puulla", "Yoga classes, local teacher": a thing and its detail? asked
    verbs = [bool(_VERB.match(w[0].lower())) for w in words]
    if verbs[0] and (not all(verbs) or line.rstrip().endswith(".")):
        return None  # "Järjestetään kursseja, retkiä ja tapahtumia": one sentence
    return parts


def _named_kinds(parts: list[str]) -> bool:
    """"courses in English, Finnish and Swedish": one action, then single capitalised names of its kinds."""
    rest = [piece.split() for p in parts[1:] for piece in _LAST_AND.split(p)]
    return len(parts[0].split()) >= 3 and all(len(w) == 1 and w[0][:1].isupper() for w in rest)


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
    if sides is None or re.search(r"[.!?]\s+\S", _mask_parens(line)) or _COMMA.search(_mask_parens(line)):
        return None  # not across a comma: "päivitys, kyläillat (4 kpl) ja nettisivut" is no pair
    left, right, sizes = sides
    both_phrases = min(sizes) >= 2  # "laavun rakentaminen ja polun kunnostus": each side a thing of its own
    if not (all(1 <= n <= 4 for n in sizes) and sum(sizes) <= 8) and not (both_phrases and max(sizes) <= 8):
        return None
    if _one_thing(left, right):
        return None
    left_last, right_first = left.split()[-1].lower(), right.split()[0].lower()
    if _PREPOSITION & {w.lower() for w in left.split()} and right_first not in ("a", "an", "the"):
        return None  # "events for seniors and families": the "and" is inside the phrase (but "… and a course" is not)
    if len(left_last) >= 5 and len(right_first) >= 5 and left_last[-3:] == right_first[-3:] and left_last[-3:].isalpha():
        return None  # "tapahtumia ikäihmisille ja lapsiperheille": two words in the same case describe one thing
    first_words = [side.split()[0].lower() for side in (left, right)]
    verbs = [w for i, w in enumerate(left.lower().split()) if _VERB.match(w) and (i == 0 or w not in ("to", "the", "i"))]
    if any(w in _SUBORDINATE for w in first_words) or verbs:
        return None  # "järjestetään kursseja ja retkiä", "hankkeessa tehdään kysely ja työpaja": one sentence
    if _en_action(first_words[0]) or _en_action(first_words[1]):
        return None  # "buy a trailer and tools for the village": one verb for both; or two actions (the bot asks)
    return [left, right]


def _en_action(word: str) -> bool:
    """"build", "building", "mapping", "organising": an English verb that opens an action."""
    if word in _EN_ACTIONS:
        return True
    stem = word[:-3] if word.endswith("ing") else ""
    return bool(stem) and (stem in _EN_ACTIONS or stem + "e" in _EN_ACTIONS or (stem[-1:] == stem[-2:-1] and stem[:-1] in _EN_ACTIONS))


# Pairs named together as one cost or thing: "pöydät ja tuolit", "tables and chairs", "koneet ja laitteet".
_TWINS = [{"pöydät", "pöytiä", "pöytä", "tables", "table"}, {"tuolit", "tuoleja", "tuoli", "chairs", "chair"},
          {"koneet", "koneita", "kone", "machinery", "machines"}, {"laitteet", "laitteita", "laite", "equipment", "devices"},
          {"tarvikkeet", "tarvikkeita", "supplies"}, {"materiaalit", "materiaaleja", "materials"},
          {"ääni", "äänentoisto", "sound"}, {"valo", "valot", "valaistus", "light", "lights", "lighting"},
          {"kahvi", "kahvia", "coffee"}, {"pulla", "pullaa", "pullat", "buns", "cake"}]
_TWIN_PAIRS = {(0, 1), (2, 3), (4, 5), (6, 7), (8, 9)}
_SHARED_HEAD = {"equipment", "system", "systems", "technology", "tekniikka", "laitteet", "laitteisto", "costs", "kulut",
                "materials", "supplies", "services", "palvelut"}
_LOCAL_CASE = re.compile(r"(?:lle|lla|llä|ssa|ssä|sta|stä|lta|ltä|hin|iin|ksi)(?:en|an|än|mme|nne|si)?$")


def _one_thing(left: str, right: str) -> bool:
    """"pöydät ja tuolit", "äänentoisto- ja valotekniikka", "sound and light equipment", "tapahtumia
    ikäihmisille ja heidän omaisilleen": "and" inside one thing, never two."""
    if left.rstrip().endswith("-"):
        return True  # a Finnish compound sharing its end: "äänentoisto- ja valotekniikka"
    lw, rw = left.lower().split(), right.lower().split()
    if not lw or not rw:
        return False
    kinds = [next((i for i, twins in enumerate(_TWINS) if word.strip(".,") in twins), None) for word in (lw[-1], rw[0])]
    if None not in kinds and (min(kinds), max(kinds)) in _TWIN_PAIRS:
        return True
    if len(lw) == 1 and len(rw) == 2 and rw[-1].strip(".,") in _SHARED_HEAD:
        return True  # "sound and light equipment": one head for both
    # both ending in the same kind of case: who or where for, not what ("… ikäihmisille ja heidän omaisilleen")
    return bool(len(lw) >= 2 and len(rw) >= 2 and _LOCAL_CASE.search(lw[-1].strip(".,")) and _LOCAL_CASE.search(rw[-1].strip(".,")))


def _two_actions(line: str) -> list[str] | None:
    """"build a ramp to the hall and renovate the toilet", "maalataan seinät ja uusitaan lattia": each side of
    the one "and" opens with an action verb and says what is done. Strangers split such answers half and half
    into two actions and one, so the bot asks."""
    sides = _and_sides(line)
    masked = _mask_parens(line)
    if sides is None or re.search(r"[.!?]\s+\S", masked) or _COMMA.search(masked):
        return None
    left, right, sizes = sides
    if min(sizes) < 2 or max(sizes) > 10:
        return None  # "build and paint the shed": one verb's object
    heads = [side.split()[0].lower() for side in (left, right)]
    if all(_acts(h) for h in heads) or all(_en_action(h) for h in heads):
        return [left, right]
    if all(any(_acts(w) for w in side.lower().split()[:3]) for side in (left, right)):
        return [left, right]  # "talkoilla tehdään uusi kota ja kunnan kanssa korjataan uimaranta"
    return None


_MONTH_STEMS = ("tammik", "helmik", "maalisk", "huhtik", "toukok", "kesäk", "heinäk", "elok", "syysk", "lokak", "marrask", "jouluk",
                "january", "february", "march", "april", "june", "july", "august", "september", "october", "november",
                "december", "vuosi", "vuodessa", "year")
# The colon of an intro ("Toimenpiteet: …"), not of a Finnish case ending ("wc:n remontti", "ry:n")
_INTRO_COLON = re.compile(r":(?=\s|$)|(?<=[a-zäöA-ZÄÖ]{5}):(?=[a-zäö]{4,})")
# "Taidepaja. Ohjaajana paikallinen taiteilija. Kesto 3 kk.": sentences that describe the one thing
_DETAIL_SENTENCE = re.compile(r"\.\s+(?:ohjaaja\w*|opettaja\w*|kesto|paikka(?:na)?|aika|hinta|kustannus\w*|tavoite\w*|mukana|"
                              r"led|venue|duration|cost|price|target|time|place)\b", re.IGNORECASE)
_ONE_THING = re.compile(r"\b(?:yks|yksi|yhden|one|only|just|vain|vaan|ainoa|single)\b", re.IGNORECASE)
_TWO_THINGS = re.compile(r"\b(?:kaks|kaksi|kahdesta|two|2)\b", re.IGNORECASE)


def _says_two(line: str) -> list[str] | None:
    """"kaks juttua: kuntoportaat ja ulkokuntosali", "two things: a lean-to and a dry toilet": the intro counts
    two, so the "and" parts them."""
    if not _INTRO_COLON.search(line):
        return None
    head, rest = _INTRO_COLON.split(line, 1)
    sides = _and_sides(rest.strip()) if len(head.split()) <= 5 and _TWO_THINGS.search(head) else None
    if sides is None or _COMMA.search(_mask_parens(rest)) or not all(sides[2]):
        return None
    return [sides[0], sides[1].rstrip(".!")]


def _single_line(line: str) -> list[str]:
    two = _says_two(line)
    if two:
        return two
    if _INTRO_COLON.search(line) and not line.rstrip().endswith(":"):
        head, rest = _INTRO_COLON.split(line, 1)
        if len(head.split()) <= 5 and _ONE_THING.search(head) and rest.strip():
            return [rest.strip()]  # "Yks toimenpide vaan: julkisivun korjaus"
        if len(head.split()) <= 5 and (len(_INLINE_NUMBER.findall(rest)) >= 2 or ";" in rest or _comma_list(rest.strip())
                                       or _two_by_and(rest.strip())):
            line = rest.strip()
    numbered = list(_INLINE_NUMBER.finditer(line))
    if len(numbered) >= 2 and 0 < numbered[0].start() and len(line[:numbered[0].start()].split()) <= 5 and all(
            m.group(0).strip().startswith("(") and m.group(0).strip().strip("()") in (str(n), "abcdefgh"[n - 1])
            for n, m in enumerate(numbered, 1)) and re.search(
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
    slashed = line.split("/")
    if len(slashed) >= 3 and all(re.fullmatch(r"[^\W\d_][\w-]*", p.strip()) for p in slashed) and "tai" not in slashed:
        return [p.strip() for p in slashed]  # "kysely/työpaja/raportti"
    if ";" in line:
        parts = line.split(";")
        last = _two_by_and(parts[-1].strip())
        if last and _PREPOSITION & {w.lower() for w in last[1].split()}:
            last = None  # "fix the sauna; paint the hall; buy tables and chairs for the hall"
        # "tapahtumat; koulutukset ja tiedotus" is three, "veneranta; purku; opasteet ja penkit" three as typed
        return parts[:-1] + last if last and all(len(p.split()) == 1 for p in parts[:-1]) else parts
    plus_ok = not re.search(r"[()\d]|\s-\w", line)  # "Kokkikurssi (teoria + käytäntö)", "10 + 10 hengelle", "pulla -tarjoilu"
    # "Tarjousten pyytäminen – hallitus – syyskuu 2027": a row of what, who and when, not three items
    dash_ok = not re.search(r"\d|" + "|".join(_MONTH_STEMS), line.lower())
    for separator, least, longest in ((r"\s+/\s+", 3 if dash_ok else 99, 3), (r"\s+\+\s+", 3 if plus_ok else 99, 5),
                                      (r"\s+[-–]\s+", 3 if dash_ok else 99, 3),
                                      (r"(?<=\w)\.\s+", 3 if not _DETAIL_SENTENCE.search(line) else 99, 3)):
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
    intro = re.match(r"^[^:,;]{1,30}:\s+(?=\S)", line)
    return line[intro.end():] if intro and len(intro.group(0).split()) <= 3 else line


def ambiguous_pair(text: str) -> tuple[str, str] | None:
    """Two short things joined by one "ja"/"and" and nothing else ("kunnostus ja aitaaminen", "a trailer and
    tools"): one action or two? People write both, so the bot asks instead of deciding silently."""
    line = without_intro(text)
    if ("\n" in (text or "").strip() or re.search(r"[,;/•]", line) or _INTRO_COLON.search(line) or _BULLET.match(line)
            or _says_two(text.strip())):
        return None  # (a digit may stand inside: "kesäteatteri ja sen 3 esitystä" is asked too)
    sides = _and_sides(line)
    if sides is None:
        return None
    left, right, sizes = sides
    if left.rstrip().endswith("-"):
        return None  # "äänentoisto- ja valotekniikka": one compound, never two
    # Strangers split even "pöydät ja tuolit" or "heat pump and solar panels" differently: every pair is asked.
    if not all(1 <= n <= 8 for n in sizes) or any(w.lower() in _SUBORDINATE for w in (left + " " + right).split()):
        return None
    if any(w[:1].islower() and _PASSIVE.match(w) for w in left.split()[1:]):
        return None  # "hankkeessa tehdään kysely ja työpaja": a sentence (not "retki Tallinnaan", a name)
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


def split_doubt(text: str) -> list[str] | None:
    """The parts to offer when the bot cannot tell one thing from several ("one thing or three?"); None when the
    reading is clear. "A ja B" alone, a comma line the list rules keep whole, two things joined by "+"."""
    pair = ambiguous_pair(text)
    if pair is not None:
        return list(pair)
    if "\n" in (text or "").strip() or len(split_items(text)) != 1:
        return None
    line = without_intro(text)
    return _two_actions(line) or _comma_doubt(line) or _plus_doubt(line)


def _comma_doubt(line: str) -> list[str] | None:
    """"digital skills courses, a tablet lending library": commas between things that each could be an item."""
    masked = _mask_parens(line)
    cuts = [m.start() for m in _COMMA.finditer(masked)]
    if not cuts or re.search(r"[.!?]\s+\S|\?", masked):
        return None
    parts = [p.strip() for p in _cut(line, cuts)]
    if len(parts) > 8 or not all(parts) or _named_kinds(parts):
        return None
    parts[-1] = _LEADING_AND.sub("", parts[-1])
    tail = _ONLY_AND.split(parts[-1])
    if len(tail) == 2 and all(1 <= len(_PARENS.sub("", t).split()) <= 6 for t in tail) and not _one_thing(*tail):
        parts = parts[:-1] + tail
    for part in parts:
        words = [w.lower().strip(".,:;!") for w in _PARENS.sub("", part).split()]
        if not words or len(words) > 12 or words[0] in _SUBORDINATE | _PREPOSITION | _NOT_ACTIONS | _ASIDE:
            return None
        if _COPULA & set(words) or (len(words) > 1 and words[1] == "by") or (words[0][:1].isdigit() and len(words) <= 2):
            return None  # a description, "run by two volunteers", "300 kävijää"
    return [_clean_item(p) for p in parts]


_PER_UNIT = {"vuosi", "v", "vuodessa", "kk", "kuukausi", "kuussa", "vko", "viikko", "h", "pv", "päivä", "hlö", "henkilö", "year",
             "yr", "month", "week", "day", "person", "kpl", "ilta", "kerta"}


def _plus_doubt(line: str) -> list[str] | None:
    """"clean-up day + bbq", "kysely / työpaja": two things joined by "+" or "/" that the list rules keep whole."""
    masked = _mask_parens(line)
    cuts = [m.start() for m in re.finditer(r"(?<=\s)[+/](?=\s)|(?<=[a-zäö]{3})\+(?=[a-zäö]{3})", masked)]
    parts = [p.strip() for p in _cut(line, cuts)]
    if any(p.lower().strip(".") in _PER_UNIT for p in parts):
        return None  # "Kävijät / vuosi": a unit, not a second thing
    if len(parts) < 2 or not all(parts) or any(len(p.split()) > 8 for p in parts):
        return None
    return [_clean_item(p) for p in parts]


# "ei oo vielä päätetty", "sama ku hakemuksessa", "not sure yet, we have many ideas": no answer yet, or one the bot
# cannot see (an application, a plan sent elsewhere). Saved, it would stand in the idea paper as the answer.
_NOTHING_YET = re.compile(
    r"^\W*(?:no\s+|well\s+|hmm+\s+|öö+\s+|tota\s+|noo+\s+)?(?:"
    r"en\s+(?:oo\s+|ole\s+|ma\s+|mä\s+|mää\s+)?(?:ihan\s+|vielä\s+|viel\s+)?(?:varma|tiedä|tiiä|tii|tie)\b|emm?ä\s+(?:tiedä|tiiä|tii)\b|"
    r"ei\s+(?:oo\s+|ole\s+|olla\s+)?(?:vielä\s+|viel\s+)?(?:päätetty|päätetä|tiedossa|selvillä|mietitty|sovittu|tietoa|hajua|"
    r"tiedetä|osata\s+sanoa)\b|(?:vielä|viel)\s+(?:auki|mietinnässä|kesken|hakusessa)\b|mietitään\s+(?:vielä|myöhemmin)\b|"
    r"samat?\s+(?:ku|kuin|kun|asiat|jutut)\b|kuten\s+(?:hakemuksessa|aiemmin|liitteessä|suunnitelmassa)\b|katso\s+liite\b|"
    r"kaikki\s+mitä\s+tarvi\w*|"
    r"(?:i'?m\s+|we'?re\s+|i\s+am\s+|we\s+are\s+)?not\s+sure\b|(?:i\s+|we\s+)?(?:don'?t|do\s+not)\s+know\b|dunno\b|no\s+idea\b|"
    r"not\s+(?:yet\s+)?decided\b|undecided\b|(?:we\s+|i\s+)?haven'?t\s+decided\b|still\s+(?:thinking|deciding|open)\b|tbd\b|"
    r"(?:the\s+)?same\s+(?:as|things\s+as|stuff\s+as)\b|see\s+(?:the\s+|my\s+|our\s+)?(?:plan|attachment|application)\b|"
    r"as\s+in\s+the\s+(?:plan|application)\b|everything\s+(?:we\s+need|needed)\b|vähän\s+kaikkea\b|kaikenlaista\b|"
    r"(?:stuff|things|juttuja|kamaa|tavaraa)\b)",
    re.IGNORECASE,
)


_BUT_UNSURE = re.compile(r"\b(?:mut|mutta|but|muuten|otherwise)\b.*\b(?:en\s+osaa\s+sanoa|en\s+tiedä|en\s+tiiä|not\s+sure|"
                         r"don'?t\s+know|no\s+idea)\b", re.IGNORECASE)
_REFERENCE = re.compile(r"samat?\s|kuten\s|katso\s|kaikki\s|(?:the\s+)?same\s|see\s|as\s+in\s|everything\s|stuff|things|juttuja|"
                        r"kamaa|tavaraa", re.IGNORECASE)
# After "en tiedä, …": a guess is an answer ("emmä tiiä, varmaan kylän lapsiperheet", "työnimi Kylän Olohuone")
_GUESS = re.compile(r"\b(?:varmaan|ehkä|luultavasti|todennäköisesti|kai|työnimi\w*|esim\w*|probably|maybe|perhaps|likely|"
                    r"guess|working\s+title|e\.g\.|for\s+example|like)\b|:", re.IGNORECASE)
_STILL = re.compile(r"^\s*(?:(?:yet|vielä|viel|really|ihan|at\s+all|yhtään|tällä\s+hetkellä|at\s+the\s+moment|now|nyt|about\s+it|"
                    r"siitä|asiaa|sitä)\s*)*(?:[,.!?;–-]|$)",
                    re.IGNORECASE)


def says_nothing_yet(text: str) -> bool:
    """True for a short answer that gives nothing to write down yet: "en tiedä vielä", "sama ku hakemuksessa",
    "not decided", "the same things as in the plan I sent". Not "ei tiedossa olevia riskejä", "not sure we'll get
    enough volunteers" (that is the answer) or "en tiedä, varmaan lapsiperheet" (a guess is an answer)."""
    line = " ".join((text or "").split())
    if 0 < len(line.split()) <= 15 and _BUT_UNSURE.search(line):
        return True  # "tietty kylätalo mut muuten en osaa sanoa": a start, but the rest is open
    match = _NOTHING_YET.match(line) if 0 < len(line.split()) <= 15 else None
    if match is None or _GUESS.search(line[match.end():]):
        return False
    said = match.group(0).lstrip(" \W").lower()
    said = re.sub(r"^(?:no|well|hmm+|öö+|tota|noo+)\s+", "", said)
    if _REFERENCE.match(said):
        # "stuff for the village hall mostly" says nothing yet; "things to buy: chairs, tables" lists them
        return len(line.split()) <= 10 and not (re.match(r"stuff|things|juttuja|kamaa|tavaraa", said) and re.search(r"[,:;]", line))
    return bool(_STILL.match(line[match.end():]))
