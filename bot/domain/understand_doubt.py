"""When the bot asks back instead of guessing: a list answer that reads both ways ("one thing or several?") and an
answer with nothing to write down yet ("ei oo vielä päätetty", "sama ku hakemuksessa"). See docs/understanding.md."""

from __future__ import annotations

import re

from .understand_corrections import corrected_items
from .understand_offer import loose_and_chain, tidy_offer
from .understand_run_on_takeback import run_on_corrected
from .understand_run_on_verbs import passives_in_a_row
from .understand_takeback import clean_items, taken_back_list
from .understand_shared_head import shared_head_pair
from .understand_typing import as_written, dictated, plainly
from .understand_vague import kinds_and_so_on, names_nothing, only_kinds
from .understand_lists import (  # the list reader's own pieces: what it reads silently, this module asks about
    for_both, without_restated,
    _BULLET, _COMMA, _DASH_ROW, _THAT_FIRST, _THAT_INTRO, _SHARED_HEAD, _INTRO_COLON, _PASSIVE, _SUBORDINATE, _acts, _and_sides, _clean_item, _cut,
    _ALSO_LEAD, _AND_THAT, _OWN_TASK, _PRONOUNS, and_chain, spoken_tail, _en_action, without_said_intro, _mask_parens, _one_thing, _says_two, _TASK, comma_parts, kinds_of_one, own_actions, shared_head, split_items, without_intro,
)


def ambiguous_pair(text: str) -> tuple[str, str] | None:
    """Two short things joined by one "ja"/"and" and nothing else ("kunnostus ja aitaaminen", "a trailer and
    tools"): one action or two? People write both, so the bot asks instead of deciding silently."""
    line = without_intro(text)
    if ("\n" in (text or "").strip() or re.search(r"[,;/•]", line) or _INTRO_COLON.search(line) or _BULLET.match(line)
            or _says_two(text.strip())):
        return None  # (a digit may stand inside: "kesäteatteri ja sen 3 esitystä" is asked too)
    sides = _and_sides(line)
    if sides is None or len(split_items(text)) >= 3:
        return None  # "eka maanrakennus sitte laitteiden asennus sitte valot ja lopuks avajaiset": the "ja" is one of several marks
    left, right, sizes = sides
    if left.rstrip().endswith("-"):
        return None  # "äänentoisto- ja valotekniikka": one compound, never two
    bare_twins = ({left.lower().split()[-1], right.lower().split()[0]} <= _SOUND_AND_LIGHT
                  and right.lower().split()[-1] not in _SHARED_HEAD)  # "sound and lighting (…)": asked; "… equipment" one
    if (_twins(left, right) and not bare_twins) or shared_head(left, right) or _two_tasks(left, right) or own_actions(
            left, right):
        return None  # what strangers agree on: "pöydät ja tuolit", "saunan ja pukuhuoneen remontti" are one thing;
        # "laavun rakentaminen ja polun kunnostus" two. Every other pair ("kunnostus ja maalaus") is asked.
    inside = _SUBORDINATE - {"sitten", "lopuksi", "ensin", "myöhemmin", "siis", "then", "finally", "later", "first"}
    if not all(1 <= n <= 8 for n in sizes) or any(w.lower() in inside for w in (left + " " + right).split()) or any(
            side.split()[0].lower() in _SUBORDINATE - {"first"} for side in (left, right)):
        return None  # a clause ("koska", "which"); a sequence word only opening a side ("first aid" is a thing)
    if any(w[:1].islower() and _PASSIVE.match(w) for w in left.split()[1:]):
        return None  # "hankkeessa tehdään kysely ja työpaja": a sentence (not "retki Tallinnaan", a name)
    return left, right


_SOUND_AND_LIGHT = {"ääni", "äänentoisto", "äänet", "valo", "valot", "valaistus", "sound", "light", "lights", "lighting"}


def _twins(left: str, right: str) -> bool:
    """"pöydät ja tuolit", "tables and chairs", "koneet ja laitteet": a pair named together as one cost."""
    return _one_thing(left, right) and len(left.split()) == 1


def _two_tasks(left: str, right: str) -> bool:
    """"laavun rakentaminen ja polun kunnostus": each side says what is done to its own thing, so two actions."""
    sides = [side.lower().strip(".,").split() for side in (left, right)]
    return all(len(w) == 2 and w[0].endswith("n") and w[0] not in _PRONOUNS and _TASK.search(w[1]) for w in sides) and (
        sides[0][0] != sides[1][0])




def _two_actions(line: str) -> list[str] | None:
    """"build a ramp to the hall and renovate the toilet", "maalataan seinät ja uusitaan lattia": each side of
    the one "and" opens with an action verb and says what is done. Strangers split such answers half and half
    into two actions and one, so the bot asks."""
    sides = _and_sides(line)
    masked = _mask_parens(line)
    if sides is None or re.search(r"[.!?]\s+\S", masked) or _COMMA.search(masked):
        return None
    left, right, sizes = sides
    if min(sizes) < 2 or max(sizes) > 10 or own_actions(left, right):
        return None  # "build and paint the shed": one verb's object; "build a ramp and renovate the toilet": two
    heads = [side.split()[0].lower() for side in (left, right)]
    if all(_acts(h) for h in heads) or all(_en_action(h) for h in heads):
        return [left, right]
    if all(any(_acts(w) for w in side.lower().split()[:3]) for side in (left, right)):
        return [left, right]  # "talkoilla tehdään uusi kota ja kunnan kanssa korjataan uimaranta"
    return None


def as_one_thing(text: str) -> str:
    """The answer as the one thing the "one thing" button saves: on one line, without a short intro, a lone bullet or a
    mood after it ("- Uusi katto, joka kestää lumen 🙂" -> "Uusi katto, joka kestää lumen")."""
    line = without_intro(text)
    return _clean_item(line) or line


def split_doubt(text: str) -> list[str] | None:
    """The parts to offer when the bot cannot tell one thing from several ("one thing or three?"); None when the
    reading is clear. "A ja B" alone, a comma line the list rules keep whole, two things joined by "+"."""
    said = plainly(dictated(text))
    parts = tidy_offer(_split_doubt(said))
    if parts:
        kept = without_restated(parts)
        joined = for_both(kept, said)
        if len(joined) < len(kept) and len(joined) < 2:
            return None  # "hygieniakoulutus isännille ja emännille": one thing after all, nothing to ask
        parts = joined
    return as_written(text, parts) if parts is not None else None


def _cleaner(items: list[str] | None) -> list[str] | None:
    return items if items and clean_items(items) else None


# a thing said with "not" before it: "no, not the cold room", "no wait not the sports club"
_NEGATED = re.compile(r"\b(?:not|no|ei|ee|nej|eiku|ei\s+ku)\s+(?:the\s+|a\s+|an\s+)?(?P<thing>[^\W\d_]{3,}(?:\s+[^\W\d_]{3,})?)", re.IGNORECASE)


_LANGUAGE = {"finnish", "swedish", "english", "russian", "estonian", "ukrainian", "arabic", "somali", "sami", "saami", "german", "norwegian",
             "suomen", "ruotsin", "englannin", "venäjän", "viron", "saamen", "suomenkieliset", "ruotsinkieliset"}


def _joined_inside(text: str) -> list[str] | None:
    """A comma list whose reading parts two words one thing may join: two languages before one noun ("local Finnish and
    Swedish speaking girls": offered as one), or "&" before a single word ("Ålands natur & miljö", "tables & chairs"):
    offered, as writers part them both ways."""
    if "\n" in (text or "").strip():
        return None
    items = split_items(text)
    if len(items) < 3:
        return None
    for n, (a, b) in enumerate(zip(items, items[1:])):
        if not a.split() or not b.split():
            continue
        if f"{a} and {b}" in text and a.split()[-1].lower() in _LANGUAGE and b.split()[0].lower() in _LANGUAGE and len(b.split()) >= 2:
            return items[:n] + [f"{a} and {b}"] + items[n + 2:]
        if f"{a} & {b}" in text and len(b.split()) == 1 and n + 2 == len(items):
            return items
    return None


_ONE_JOIN = re.compile(r"\s+(?:and|ja|sekä|och)\s+")


def _last_joined(text: str) -> list[str] | None:
    """The comma list with its last part parted at its one "and"/"ja", when the list rules kept "tourists and rescue
    services" whole after short parts; offered, as "tables and chairs" is one thing to some writers."""
    items = split_items(text)
    if len(items) < 3 or not _COMMA.search(text) or any(len(i.split()) > 3 for i in items[:-1]):
        return None
    sides = _ONE_JOIN.split(_mask_parens(items[-1]))
    if len(sides) != 2 or not all(1 <= len(side.split()) <= 3 for side in sides) or "\x00" in items[-1] or re.search(
            r"\d|\b(?:muut|muuta|others?|other\s+\w+|stuff|things|so\s+on|niin\s+edelleen)\b", items[-1], re.IGNORECASE):
        return None  # not "pallot ja muut 780": the rest, with a figure
    left, right = _ONE_JOIN.split(items[-1])
    if kinds_of_one(left, right):
        return None  # "…, cooking Nepali and Finnish food": one noun for both
    return items[:-1] + [left, right]


def _newer_reads_better(text: str, older: list[str], newer: list[str]) -> bool:
    """True when the newer take-back reading (``taken_back_list``) beats the older one (``corrected_items``): it adds the
    thing said after the take-back ("… scratch the battery, too expensive. plus LED lights"), leaves out a thing the
    answer says "not" to that the older keeps ("no, not the cold room"), or the older left a slash inside an item."""
    if len(newer) == len(older) + 1 and newer[:-1] == older and re.search(
            r"\b(?:plus|also|lisäksi|myös|and|ja|och|vaan|but|utan)\s+" + re.escape(newer[-1]) + r"\W*$", text, re.IGNORECASE):
        return True
    for match in _NEGATED.finditer(text):
        thing = match.group("thing").lower()
        if any(thing in item.lower() for item in older) and not any(thing in item.lower() for item in newer):
            return True
    return any(" / " in item for item in older)  # "nuoret / mummot ja vaarit / …": the older reader does not part at slashes


def _split_doubt(text: str) -> list[str] | None:
    """The parts before they are tidied (split_doubt)."""
    row = _DASH_ROW.match((text or "").strip()) if "\n" not in (text or "").strip() else None
    if row and not _COMMA.search(row.group("rest")) and len(split_items(text)) >= 2:
        return None  # "goals - kids move more - … - parents join": the dashes part the things
    joined = _joined_inside(text)
    if joined is not None:
        return joined  # "…, local Finnish and Swedish speaking girls", "…, Ålands natur & miljö": shown before it is noted
    text = without_said_intro(text)  # "You know what, the roof and the windows", "Tavoitteena on lisätä … ja saada …"
    if "\n" not in text and _AND_THAT.search(text) and not _COMMA.search(text):
        return None  # "et nuoret ei ois yksin kotona ja et ne sais …": two clauses, each its own
    if "\n" not in (text or "").strip() and re.match(r"[-–•*]\s+", (text or "").strip()):
        text = text.strip()[1:].strip()  # "- nuottiarkiston skannaus ja arkistointi": one bullet, one line
    named = _after_reference(text)
    if named is not None:
        return named  # "sitä mitä sovittiin, laavu ja polku": the things after the reference, shown before they are noted
    kept = marked_out(text)
    if kept is not None:
        return kept  # "sauna ✅, laituri ❌, kota ✅": shown without the pier before anything is noted
    corrected = run_on_corrected(text, run_on_parts) or corrected_items(text)  # "kirja näyttely ei kun näyttely pois": a run first
    if corrected is None or not clean_items(corrected):
        corrected = _cleaner(taken_back_list(text)) or corrected  # "…, ei ku se on rahottaja, …": a reason left as a thing
    else:
        later = _cleaner(taken_back_list(text))
        if later and _newer_reads_better(text, corrected, later):
            corrected = later
    if corrected is not None:
        return corrected  # "lattia, katto, ei kattoa sittenkää, ja ikkunat": the corrected list, shown before it is noted
    run = run_on_parts(without_intro(text)) if "\n" not in (text or "").strip() else None
    if run is not None and len(split_items(text)) > len(run):
        run = None  # "eka hankitaan pyörät sit … ja sit tehään kartta ja lopuks avajaiset": the sequence words part it better
    if run is not None:
        return run  # "tabletti tulostin ja varauspuhelin", "clear the trail put up the lights buy a groomer": said without commas
    both = shared_head_pair(without_intro(text)) if "\n" not in (text or "").strip() else None
    if both is not None:
        return both  # "kentän ja katsomon kunnostus", "laulu- ja soittoleiri": one head word said once for two things
    pair = ambiguous_pair(text)
    if pair is not None:
        left, right = (_clean_item(side) or side for side in pair)  # "lämpöpumppu ja aurinkopaneelit 🙂": the mood is no part
        return [left, _ALSO_LEAD.sub("", right, count=1) or right]  # "… and also tourists from Jyväskylä"
    if "\n" not in (text or "").strip():
        last = _last_joined(text)
        if last is not None:
            return last  # "residents, cottage owners, tourists and rescue services": the last part kept whole, asked
    if "\n" in (text or "").strip() or len(split_items(text)) != 1:
        return None
    line = _without_long_intro(spoken_tail(without_intro(text)))  # "lots, honestly": the filler is no second thing
    said = _THAT_INTRO.match(line)
    if said and _COMMA.search(line[said.end():]):
        line = _THAT_FIRST.sub("", line[said.end():], count=1)  # "Tavoitteena on, että A, B ja C": offered without the goal said
    return (_without_remarks(line) or _two_actions(line) or comma_parts(line) or _plus_doubt(line) or and_chain(line)
            or _or_chain(line) or _loose_parts(line) or loose_and_chain(line) or _commas_then_and(line) or _two_clauses(line))


def _two_clauses(line: str) -> list[str] | None:
    """"nuoret saa kesätyökokemusta, kylätalo on käytössä kesällä", "young people have friends, parents learn Finnish":
    one comma between two parts of several words each, the second no detail of the first; offered, as the answer read
    back as one thing costs the same tap."""
    if re.search(r"[.!?;:]\s|[()]", line):
        return None
    parts = [p.strip() for p in _COMMA.split(line)]
    if len(parts) != 2 or not all(len(p.split()) >= 2 for p in parts):
        return None
    second = parts[1].split()[0].lower().strip(".,")
    if _SAYS_MORE.match(parts[1]) or second[:1].isdigit() or second in _NO_SECOND_THING:
        return None  # "Kesäjuhla, 300 kävijää", "remontti, lähinnä katto", "…, ne vois pitää kursseja": a detail of the one thing
    if _NO_FIRST_THING.match(parts[0]) or _NO_THING.search(line):
        return None  # "I think we have covered the activities already, nothing more to add": no two things named
    return parts


# words that start a remark about the first part, not a second thing
_NO_SECOND_THING = {"and", "ja", "or", "tai", "also", "myös", "too", "plus", "ne", "se", "he", "hän", "they", "it", "this", "that", "these",
                    "those", "please", "sillä", "nothing", "muu", "muut", "muuta", "sitten", "sitte", "sit", "then", "so", "eli", "we", "me",
                    "i", "mä", "minä", "mie", "you", "there", "the", "lights", "katsotaan", "free", "maksuton", "maksutta", "ilmainen",
                    "ilmaiseksi", "for", "with", "without", "ilman", "in", "at", "on", "every", "each", "joka", "kerran", "once", "twice",
                    "daily", "weekly", "monthly", "viikoittain", "päivittäin", "kuukausittain", "open", "auki", "avoin", "all", "koko", "by",
                    "from", "to", "until", "asti", "about", "noin", "around", "approx", "n", "max", "min", "vähintään", "enintään"}
_NO_FIRST_THING = re.compile(r"^\W*(?:the\s+same|same|sama|i\s+think|to\s+be\s+frank|honestly|vaan|vain|ainoa|just|only|ensin|first|"
                             r"tätä|this\s+is|it\s+is|se\s+on|vaikka\s+mitä|mukana\s+on)\b", re.IGNORECASE)
_NO_THING = re.compile(r"\b(?:nothing|mitään|please|same\s+as|sama\s+kuin|other\s+project|toinen\s+hanke|included|kunnossa)\b",
                       re.IGNORECASE)


# the join before the last thing of a comma line: "…, families with kids and also people from …", "… as well as a radio interview"
_LAST_JOIN = re.compile(r"\s+(?:and\s+also|and|as\s+well\s+as|ja\s+myös|ja|sekä|och)\s+(?=\S)", re.IGNORECASE)


_SAYS_MORE = re.compile(r"(?:lähinnä|eli|siis|esim\w*|etenkin|varsinkin|erityisesti|kuten|mainly|mostly|like|such\s+as|e\.g\.|"
                        r"including|especially|namely|i\.e\.|"
                        r"jo(?:ka|tka|ssa|issa|sta|ista|hon|ihin|ta|ita|nka|iden|lla|illa|lle|ille|ksi)|mi(?:kä|tkä|ssä|stä|hin|tä)|jotta|koska|"
                        r"kun|jos|vaikka|mutta|mut|which|who|whom|whose|where|that|because|since|if|so\s+that|but|although)\b", re.IGNORECASE)


def _commas_then_and(line: str) -> list[str] | None:
    """"At least 150 participants, 12 trained walk leaders and a printed map of …", "people move more, village is more
    alive in dark time, and kids have place to be …": a comma line ending "and X" that the rules above keep as one
    thing; offered, "one thing or several?", as the answer read back as one thing costs the same tap."""
    if re.search(r"[.!?;:]\s", line):
        return None
    masked = _mask_parens(line)
    cuts = [m.start() for m in _COMMA.finditer(masked)]
    if not 1 <= len(cuts) <= 6:
        return None
    last = _cut(masked, cuts)[-1]
    joins = list(_LAST_JOIN.finditer(last))
    if len(joins) != 1:
        return None
    at = cuts[-1] + 1 + joins[0].start()
    parts = [p.strip() for p in _cut(line[:at], cuts) + [line[at:][len(joins[0].group(0)):]]]
    bare = [p.strip() for p in _cut(masked[:at], cuts)] + [masked[at + len(joins[0].group(0)):].strip()]
    if any(_SAYS_MORE.match(p) for p in parts[1:]):
        return None  # "remontti, lähinnä katto ja ikkunat": the parts after the comma say what the first is
    if len(parts) >= 3 and all(1 <= len(p.split()) <= 12 for p in bare):
        that = sum(1 for p in parts if _THAT_HEAD.match(p)) >= len(parts) - 1  # "ett joka kylässä …, ett …, ja ett …"
        return [_clean_item(_THAT_HEAD.sub("", p) if that else p) or p for p in parts]
    return None


# a longer intro before a colon: "The volunteer training will cover: …", "What the elderly told us they miss: …"
_LONG_INTRO = re.compile(r"^[^:,;.!?()]{1,80}:\s+(?=\S)")


def _without_long_intro(line: str) -> str:
    """``line`` without an intro of up to ten words ended by its one colon, when the rest has a comma."""
    intro = _LONG_INTRO.match(line)
    if intro and len(intro.group(0).split()) <= 10 and ":" not in line[intro.end():] and _COMMA.search(line[intro.end():]):
        return line[intro.end():]
    return line


def _or_chain(line: str) -> list[str] | None:
    """"jäät rikkoo laiturin tai talkooväki vanhenee tai ei saada lupaa": three risks or wishes joined by "tai"/"or" alone."""
    if _COMMA.search(line) or re.search(r"[.!?;:]\s+\S", line):
        return None
    parts = [p.strip(" .!") for p in re.split(r"\s+(?:tai|or|eller)\s+", line, flags=re.IGNORECASE)]
    return parts if 3 <= len(parts) <= 5 and all(1 <= len(p.split()) <= 6 for p in parts) else None


# a comma part that says something about the things, not one of them: "…, ne lupas jo tulla mukkaan, …", "…, they said yes, …"
_PRONOUN_REMARK = re.compile(r"^(?:ne|net|se|he|hän|they|it|she|he)\s+\w+\s+\w+", re.IGNORECASE)


def _without_remarks(line: str) -> list[str] | None:
    """"Sonkajärven kunta, … ja sitte Sukevan seurakunta, ne lupas jo tulla mukkaan, ja vielä 4H-yhistys", "Partalan
    osakaskunta, kunta ja venekerho. osakaskunta omistaa sen rannan": the things once a remark among or after them (a
    clause about "them", or a sentence naming one of them again) is left out; offered, as the remark may be a thing too."""
    sentences = re.split(r"(?<=[^\W\d_])[.!]\s+(?=\S)", line.strip().rstrip(".!"))
    if len(sentences) == 2 and _COMMA.search(sentences[0]) and not re.match(r"(?:ja|and|plus|lisäksi|also|oh|ai)\b", sentences[1], re.IGNORECASE):
        words = {w[:5] for w in re.findall(r"[^\W\d_]{5,}", sentences[0].lower())}
        if len(sentences[1].split()) >= 3 and words & {w[:5] for w in re.findall(r"[^\W\d_]{5,}", sentences[1].lower())}:
            items = split_items(sentences[0])
            return items if len(items) >= 2 else None
    parts = [p.strip() for p in _COMMA.split(line)]
    kept = [p for p in parts if not _PRONOUN_REMARK.match(p)]
    if len(parts) >= 3 and len(kept) >= 2 and len(kept) == len(parts) - 1 and not _PRONOUN_REMARK.match(parts[0]) and not re.search(r"[.!?;:]\s", line):
        pieces = [q for p in kept for q in re.split(r"\s+(?:ja|and)\s+(?:sit(?:te|ten)?|then)\s+", p, flags=re.IGNORECASE)]
        items = [re.sub(r"^(?:vielä|also|plus)\s+", "", _ALSO_LEAD.sub("", _clean_item(q), count=1), flags=re.IGNORECASE)
                 for q in pieces]  # "… ja sitte Sukevan seurakunta", "ja vielä 4H-yhistys"
        return items if len(items) >= 3 and all(items) else None
    return None


def run_on_parts(line: str) -> list[str] | None:
    """Three or more things said in a row without commas, as a phone's dictation types them: Finnish nouns ("Honkajoen
    kunta seurakunta K-market ja terveyskeskus", "skanneri tietokone ulkoinen kovalevy"), English actions a verb each ("clear
    the trail line put up the LED lights buy a groomer") or counted with words ("yksi haastattelut kaksi skannaus kolme
    kirja"). Never noted as read: the parts are offered, "one thing or several?"."""
    line = line.strip().rstrip(".!")
    words = line.split()
    if not 3 <= len(words) <= 24 or re.search(r"[,;:!?()/+\"“”]|\s[-–—]\s|\.\s|\d[.)]", line) or _BULLET.match(line):
        return None
    return _counted_by_words(words) or _actions_in_a_row(words) or _nouns_in_a_row(words) or passives_in_a_row(line)


_COUNT_WORDS = [("yksi", "ensimmäinen", "eka", "ekaks", "one", "first"), ("kaksi", "kaks", "toinen", "toka", "tokaks", "two", "second"),
                ("kolme", "kolmas", "three", "third"), ("neljä", "neljäs", "four", "fourth"), ("viisi", "viides", "five", "fifth")]


def _counted_by_words(words: list[str]) -> list[str] | None:
    """"ensimmäinen kuljettajien haku toinen koulutus kolmas kyydit alkaa": one, two, three said before each thing."""
    if words[0].lower() not in _COUNT_WORDS[0]:
        return None
    parts, expected = [[]], 1
    for word in words[1:]:
        if expected < len(_COUNT_WORDS) and word.lower() in _COUNT_WORDS[expected] and parts[-1]:
            parts.append([]); expected += 1
        else:
            parts[-1].append(word)
    return [" ".join(p) for p in parts] if len(parts) >= 3 and all(parts) else None


# after an English verb, what opens its object: "put up the LED lights", "buy a groomer", "build new benches"
_OBJECT_START = re.compile(r"(?:up|down|out|in|off)?\s*(?:the|a|an|our|new|some|more|\d+)$", re.IGNORECASE)


def _actions_in_a_row(words: list[str]) -> list[str] | None:
    """"build the new sauna fix the jetty build a changing hut make an accessible path": an English verb opens each."""
    if not _en_action(words[0].lower()):
        return None
    parts = [[words[0]]]
    for n, word in enumerate(words[1:], 1):
        following = " ".join(words[n + 1:n + 3])
        if _en_action(word.lower()) and not word.lower().endswith("ing") and len(parts[-1]) >= 2 and (
                _OBJECT_START.match(words[n + 1] if n + 1 < len(words) else "") or _OBJECT_START.match(following)):
            parts.append([word])
        else:
            parts[-1].append(word)
    return [" ".join(p) for p in parts] if len(parts) >= 3 else None


# a word said before the thing it belongs to: a genitive ("Honkajoen kunta", "kuljettajien puute"), a number, an adjective
_GENITIVE_WORD = re.compile(r"[\w-]*[^\W\d_](?:[aeiouyäö]n|jen|ten|den)$")
_ADJECTIVE_WORD = re.compile(r"(?:\d+|\w*(?:kymmentä|kymment|toista|sataa|tuhatta)|\w+(?<!m)(?<!l[aä])(?:inen|iset)|\w+(?:ton|tön|ttomat|ttömät|ttu|tty|ttua|ttyä|tut|tyt))$")  # not "rakentaminen"
_ADJECTIVES = {"yksi", "yks", "kaks", "viis", "kuus", "seittemän", "kaheksan", "yheksän", "uus", "uusi", "uudet", "uusia", "uutta", "vanha", "vanhat", "iso", "isot", "pieni", "pienet", "kunnon", "oma", "omat",
               "hyvä", "hyvät", "pysyvä", "pysyvät", "kannettava", "kannettavat", "toimiva", "yli", "noin", "vähintään", "ainakin",
               "kaksi", "kolme", "neljä", "viisi", "kuusi", "seitsemän", "kahdeksan", "yhdeksän", "kymmenen"}
# English and Swedish words and company forms: a Finnish run of nouns has none ("lights and sound system" is English compounds)
_ENGLISH = {"the", "a", "an", "and", "of", "for", "to", "with", "in", "on", "at", "by", "from", "our", "my", "your", "their",
            "some", "new", "old", "more", "less", "is", "are", "or", "all", "we", "i",
            "och", "&", "nya", "för", "med", "på", "av", "till", "att", "det", "ett", "oy", "ab", "ky", "ry", "oyj", "tmi", "ltd"}
# not nouns in a row: a verb, a "not", a clause or an "or" ("talkooväki vanhenee", "nuoret joilla ei ole mopoa")
_NOT_NOUNS = re.compile(r"^(?:ei|ee|eikä|on|ovat|oli|ois|olis|olisi|tai|vai|että|et|jotta|kun|jos|joka|jotka|jolla|joilla|jossa|"
                        r"mutta|mut|koska|kans|niinku|sit|sitte|sitten|se|ne|tää|nää|ja|sekä|vaan|myös|sitä|tätä|niitä|näitä|joku|jotain|"
                        r"jossain|kato|katso|meiän|meidän|teidän|mun|mitä|mikä|kaikki|kaikkee|kaikkea|vain|vaa|ainoastaan|pelkkä|pelkästään|"
                        r"enää|jo|vielä|viel|myös|ainakin|lähinnä|etenkin|varsinkin|"
                        r"\w+(?:aa|ee|ii|oo|uu|yy|ää|öö|"
                        r"vat|vät|isi|is|ttiin|ttää|ttaa))$", re.IGNORECASE)


def _nouns_in_a_row(words: list[str]) -> list[str] | None:
    """"kyläläiset mökkiläiset ja matkailijat", "uus kiuas pukuhuone laituri ja esteetön polku": Finnish things a word or
    two each (a genitive, number or adjective with the word it belongs to), with at most one "ja", before the last thing.
    Not where a word says where or for whom ("kerhot lapsille ja perhekahvila"), a figure has its unit ("tuolit 100 kpl"),
    or both sides of the "ja" are two things ("opettaja palkka ja tila vuokra": words of a compound typed apart)."""
    lower = [w.lower() for w in words]
    joins = [n for n, w in enumerate(lower) if w in ("ja", "sekä")]
    if len(joins) > 1 or (joins and joins[0] in (0, len(words) - 1)) or _ENGLISH & set(lower):
        return None
    counted = {n + 1 for n, w in enumerate(lower) if w in _ADJECTIVES or _ADJECTIVE_WORD.match(w)}  # "20 koulutettua kuljettajaa"
    if any(n not in joins and ((n not in counted and (_NOT_NOUNS.match(w) or _acts(w))) or _WHERE_OR_WHOM.search(w)
                               or not re.fullmatch(r"[^\W\d_][\w-]*|\d+", w)) for n, w in enumerate(lower)):
        return None
    if any(w[:1].isupper() and "-" not in w for w in words[1:]):
        return None  # "Rakennusliike Hyvönen …", "Närpes stad": a name of more words
    if not joins and sum(1 for w in lower if re.search(r"[aeiouyäötns]$", w)) < len(lower) * 0.7:
        return None  # "swim school beach day": not Finnish
    parts: list[list[str]] = [[]]
    tied, before_join = False, 0
    for n, word in enumerate(words):
        if n in joins:
            if tied:
                return None  # "laavu joen rantahan ja …": a word that belongs to none
            parts.append([])
            before_join = sum(1 for p in parts if p)
            continue
        parts[-1].append(word)
        last = n + 1 == len(words) or n + 1 in joins
        tied = bool(lower[n] in _ADJECTIVES or _ADJECTIVE_WORD.match(lower[n]) or _genitive(lower[n], lower[n + 1] if not last else ""))
        if not last and not tied:
            parts.append([])
    if tied:
        return None  # "… ja nuorten innostamine mukkaan": the last word belongs to none
    parts = [p for p in parts if p]
    after_join = len(parts) - before_join if joins else 1
    if len(parts) < 3 or any(len(p) > 4 for p in parts) or after_join != 1:
        return None
    return [" ".join(p) for p in parts]


def _genitive(word: str, following: str) -> bool:
    """"kuljettajien puute", "laiturin uusiminen", "Liikuntasalin lattian uusiminen": a word that belongs to the next one (an
    "-in" word too when a task or another genitive follows: "tulostin" is a printer, "laiturin" the pier's)."""
    if not _GENITIVE_WORD.match(word) or word.endswith("nen"):
        return False
    if not _NOMINATIVE_N.search(word):
        return True
    return bool(following) and bool(_OWN_TASK.search(following) or (_GENITIVE_WORD.match(following) and not _NOMINATIVE_N.search(following)))


# words ending in "n" that are not genitives: "tulostin", "puhelin", "kahvinkeitin", "rakentaminen"
_NOMINATIVE_N = re.compile(r"(?:nen|[aeiouyäö][tl]in|stin|ain)$")
# where, to where, for whom, with whom: "retki Helsinkiin", "kerhot lapsille", "työpajat Seto-kylän kanssa", "silta puron yli"
_WHERE_OR_WHOM = re.compile(r"\w{2}(?:lle|lla|llä|ssa|ssä|sta|stä|lta|ltä|ksi|hin|seen|siin)$|^(?:kanssa|yli|talteen|sinne|tänne|kpl|v|m|h)$")


_THAT_HEAD = re.compile(r"^(?:että|et|ett)\s+", re.IGNORECASE)  # "että X. että Y. että Z." (the first "että" already gone)


def _loose_parts(line: str) -> list[str] | None:
    """"people meet each other, more summer people stay in autumn, young people have something to do", "Weather delays.
    Price increases.": three or more comma parts, or two or more short sentences, that the list rules keep as one
    thing. Asked as "one thing or several?": the answer read back as one thing costs the same tap."""
    sentences = [p.strip() for p in re.split(r"(?<=[^\W\d_])[.!]\s+(?=\S)", line.strip().rstrip(".!")) if p.strip()]
    if 2 <= len(sentences) <= 6 and all(1 <= len(p.split()) <= 10 for p in sentences):
        that = sum(1 for p in sentences if _THAT_HEAD.match(p)) >= len(sentences) - 1
        return [_clean_item(_THAT_HEAD.sub("", p) if that else p) for p in sentences]
    if re.search(r"[.!?;:]\s", line):
        return None
    masked = _mask_parens(line)
    cuts = [m.start() for m in _COMMA.finditer(masked)]
    parts = [p.strip() for p in _cut(line, cuts) if p.strip()]
    bare = [p.strip() for p in _cut(masked, cuts) if p.strip()]  # a bracket counts as one word
    if 3 <= len(parts) <= 8 and all(1 <= len(p.split()) <= 8 for p in bare) and not any(p[:1].isdigit() for p in parts):
        return [_clean_item(p) for p in parts]  # "pensioners (the morning gang, about 25), young families, …": no cut in brackets
    return None


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
    r"^\W*(?:no\s+|well\s+|hmm+\s+|öö+\s+|tota\s+|noo+\s+)?(?:minä\s+|mä\s+|mie\s+|mää\s+|me\s+|i\s+|we\s+|honestly\s+)?(?:"
    r"en\s+(?:oo\s+|ole\s+|ma\s+|mä\s+|mää\s+|mie\s+)?(?:ihan\s+|vielä\s+|viel\s+|viä\s+|viäl\s+)?(?:varma|tiedä|tiiä|tiijä|tiä|tii|tie)\b|"
    r"emm?(?:ä|ää|ie)\s+(?:tiedä|tiiä|tiijä|tii|tiä)\b|emt\b|(?:en|emmä|emmää|emmie)\s+(?:ihan\s+)?(?:ymmärrä|ymmärä|tajua)\b|"
    r"vet\s+(?:inte|int)\b|(?:i\s+)?(?:don'?t|do\s+not)\s+(?:understand|get)\s+(?:the|this|what)\b|various\b|sekalaista\b|yhtä\s+sun\s+toista\b|"
    r"erilaisia\s+juttuja\b|kaikkea\s+mahdollista\b|kuten\s+yllä\b|(?:ks\.?|katso)\s+yllä\b|(?:as|see)\s+above\b|misc\.?(?!\w)|"
    r"ei\s+(?:oo\s+|ole\s+|olla\s+)?(?:vielä\s+|viel\s+|viä\s+)?(?:päätetty|päätetä|tiedossa|selvillä|mietitty|sovittu|tietoa|hajua|tiietä|tiijetä|"
    r"tiedetä|osata\s+sanoa)\b|(?:vielä|viel)\s+(?:auki|mietinnässä|kesken|hakusessa)\b|mietitään\s+(?:vielä|myöhemmin)\b|"
    r"samat?\s+(?:ku|kuin|kun|asiat|jutut)\b|kuten\s+(?:hakemuksessa|aiemmin|liitteessä|suunnitelmassa)\b|katso\s+liite\b|liitteessä\b|in\s+the\s+attachment\b|"
    r"kaikki\s+mitä\s+(?:\w+\s+){0,2}tarvi\w*|"
    r"(?:i'?m\s+|we'?re\s+|i\s+am\s+|we\s+are\s+)?not\s+sure\b|no\s+clue\b|not\s+a\s+clue\b|ei\s+mitään\s+hajua\b|(?:i\s+|we\s+)?(?:don'?t|do\s+not)\s+know\b|dunno\b|idk\b|no\s+idea\b|"
    r"not\s+(?:yet\s+)?decided\b|undecided\b|(?:we\s+|i\s+)?haven'?t\s+decided\b|still\s+(?:thinking|deciding|open)\b|tbd\b|"
    r"(?:the\s+)?same\s+(?:as|things\s+as|stuff\s+as)\b|see\s+(?:the\s+|my\s+|our\s+)?(?:plan|attachment|application)\b|"
    r"as\s+in\s+the\s+(?:plan|application)\b|everything\s+(?:we\s+need|needed)\b|vähän\s+kaikkea\b|kaikenlaista\b|"
    r"(?:stuff|things|juttuja|kamaa|tavaraa)\b|(?:we\s+will\s+do\s+)?(?:a\s+lot\s+of|lots\s+of|many)\s+things\b|"
    r"(?:hallitus|board)\s+(?:vielä\s+|viel\s+|is\s+still\s+|still\s+)?(?:miettii|pohtii|thinking|deciding)\b)",
    re.IGNORECASE,
)


_BUT_UNSURE = re.compile(r"\b(?:mut|mutta|but|muuten|otherwise)\b.*\b(?:en\s+osaa\s+sanoa|en\s+tiedä|en\s+tiiä|not\s+sure|"
                         r"don'?t\s+know|no\s+idea)\b", re.IGNORECASE)
_REFERENCE = re.compile(r"samat?\s|kuten\s|katso\s|kaikki\s|(?:the\s+)?same\s|see\s|as\s+in\s|everything\s|stuff|things|juttuja|"
                        r"kamaa|tavaraa", re.IGNORECASE)
# After "en tiedä, …": a guess is an answer ("emmä tiiä, varmaan kylän lapsiperheet", "työnimi Kylän Olohuone")
_GUESS = re.compile(r"\b(?:varmaan|ehkä|luultavasti|todennäköisesti|kai|työnimi\w*|esim\w*|probably|maybe|perhaps|likely|"
                    r"guess|working\s+title|e\.g\.|for\s+example|like(?!\s+(?:in\s+(?:other|all|every|most)\b|other|every|all|always|usual|last|before)))\b|:",
                    re.IGNORECASE)  # not "the usual things like in other projects"
_STILL = re.compile(r"^\s*(?:(?:yet|vielä|viel|viä|viäl|really|honestly|tbh|rehellisesti|ask\s+(?:the\s+)?\w+|ihan|at\s+all|yhtään|mitä|mitään|what|lol|:\)|tällä\s+hetkellä|at\s+the\s+moment|now|nyt|about\s+it|"
                    r"siitä|asiaa|sitä|hallitus\s+päättää|(?:the\s+)?board\s+decides|pitää\s+kysyä\w*|(?:the\s+|this\s+)?question|kysymystä|kysymyksen|kysymyksestä|"
                    r"(?:mitä|what)\s+(?:tähän\s+|here\s+|to\s+|i\s+should\s+|should\s+i\s+|we\s+should\s+)?(?:\w+\s+){0,2}?(?:laittaa|laitetaan|"
                    r"kirjoittaa|kirjottaa|kirjotetaan|vastata|write|put|answer)(?:\s+here|\s+tähän)?)\s*)*(?:[,.!?;–-]|$)",
                    re.IGNORECASE)


# "I am afraid the actions have not yet been settled; the board meets in January", "toimenpiteet ovat vasta
# luonnosvaiheessa": anywhere in a short answer with no list in it, the actions are not known yet
_NOT_SETTLED = re.compile(r"\b(?:not\s+(?:yet\s+)?(?:been\s+)?(?:settled|decided|agreed|finali[sz]ed|fixed|planned)|"
                          r"(?:i'?ll|i\s+will|we'?ll|we\s+will|let\s+me)\s+(?:think|check|ask)\s+(?:about\s+)?(?:this|it|that)(?:\s+\w+)?\s+and\s+"
                          r"(?:come|get)\s+back|(?:palaan|palataan|palailen)\s+(?:asiaan|tähän|siihen)|"
                          r"(?:mietin|mietitään|tarkistan|kysyn)\s+(?:\w+\s+)?(?:ja|&)\s+(?:palaan|palataan|ilmoitan|kerron)|"
                          r"vasta\s+luonnos\w*|(?:vielä|viel)\s+suunnitteil\w*|(?:suunnitelma|suunnitelmat|toimenpiteet|tiedot)\s+tarkentu\w*|"
                          r"(?:the\s+)?(?:plan|details)\s+(?:will\s+be\s+)?(?:specified|clarified|refined)\s+later|still\s+(?:being\s+)?planned|haven'?t\s+got\s+that\s+far|"
                          r"still\s+have\s+to\s+think|pitää\s+(?:eka\s+|ensin\s+)?kysy\w*|(?:have|need)\s+to\s+ask|the\s+usual\s+(?:things|stuff)|"
                          r"samat?\s+k[ou]\w*\s+viimeks\w*|same\s+as\s+last\s+time|vähän\s+kaikke\w*|whatever\s+you\s+(?:reckon|think)|"
                          r"depend\w*\s+on\s+(?:the\s+)?(?:results?|outcome|survey|kartoitus)|riippu\w*\s+tulok\w*|"
                          r"to\s+be\s+(?:defined|decided|agreed|confirmed|settled)|kysy\s+\w+lt[aä](?![^\d]*\d)|"
                          r"(?:päättää|päätetään|määrittelee|määritellään|sovitaan|decides?|will\s+decide)\s+(?:\w+\s+)?(?:myöhemmin|later)|"
                          r"(?:steering\s+group|board|ohjausryhmä|hallitus)\s+(?:will\s+)?decides?(?=\s*(?:later|myöhemmin)?\s*[.!]?\s*$)|"
                          r"en\s+halua\s+(?:vielä\s+)?sanoa|en\s+(?:ymmärrä|ymmärä|tajua)\s+mitä|i\s+(?:don'?t|do\s+not)\s+understand\s+what|"
                          r"(?:täytyy|pitää|pittää)\s+(?:vielä|viel|viä)\s+(?:pohtia|pohtii|miettiä|miettii|päättää|kysyä)|(?:don'?t|do\s+not)\s+want\s+to\s+commit|described\s+in\s+the\s+attached|kysykää|ask\s+(?:the\s+|our\s+)?(?:chair\w*|board|secretary)|"
                          r"(?:ks\.?|kts\.?|katso|see)\s+(?:my\s+|the\s+)?(?:edelli\w*|previous|above)|kuten\s+edellisessä\s+vastaukse\w*|"
                          r"(?:described|listed|explained)\s+in\s+the\s+(?:plan|attachment|application)|same\s+like\s+last\s+time|"
                          r"lyödä\s+(?:\w+\s+)?lukkoon|en\s+(?:ol|ole|oo)\s+(?:vielä\s+|viel\s+|viäl\s+|viä\s+)?(?:mietti\w*|miätti\w*|ajatell\w*)|"
                          r"ei\s+(?:ole\s+|oo\s+)?(?:vielä\s+|viel\s+)?(?:päätetty|sovittu|lyöty\s+lukkoon|"
                          r"suunniteltu|mietitty)|(?:emme|en)\s+(?:vielä\s+)?(?:tiedä|tiiä|osaa\s+sanoa)|"
                          r"(?:on|ovat)\s+(?:vielä|viel)\s+(?:mietittävä|mietittävänä|pohdittava|auki)|haluai?sin\s+(?:vielä\s+)?palata|"
                          r"muotoutu\w*\s+(?:vasta\s+)?(?:tarkemmin|myöhemmin)|"
                          r"(?:have|need)\s+to\s+think\s+about\s+it|come\s+back\s+to\s+you|get\s+back\s+to\s+you)\b", re.IGNORECASE)


# an answer that only points at what was agreed elsewhere
_AS_AGREED = re.compile(r"^\W*(?:as\s+(?:previously|already|earlier|we)\s+(?:discussed|agreed)|kuten\s+(?:aiemmin\s+|puhelimessa\s+|puhelimes\s+)?"
                        r"(?:sovittu|sovittiin|keskusteltiin|puhuttiin))\b(?![^.]*[,:;])", re.IGNORECASE)


# What turns a "don't know yet" into an answer after all: an example, "at least", "apart from", "plus", a dash and a thing
_CONTENT_AFTER = re.compile(r"\b(?:esim\w*|kuten(?!\s+(?:yllä|edellä|aiemmin|hakemuksessa|liitteessä|suunnitelmassa|edellisessä|puhelimessa|puhelimes|sovittu|sovittiin|"
                            r"keskusteltiin|puhuttiin))|"
                            r"like(?!\s+(?:last|before|above|the\s+last|in\s+(?:other|all|every|most)\b|other|every|all|always|usual))|such\s+as|eli|vaikka|e\.g\.|for\s+example|ainakin|at\s+least|plus|paitsi|except|"
                            r"muuta\s+k[ui]\w*|apart\s+from)\b|(?<=\s)\+\s*\w", re.IGNORECASE)
_DASH_THEN_THING = re.compile(r"\s[-–]\s+\w")  # "jotain nuorille - skeittiramppi" (not "Ei vielä tiedossa – odotamme tarjouksia")
# "jotain nuorille", "Something for the children, you know, activities": a wish, not yet a thing to write down
_SOMETHING = re.compile(r"^(?:\S+\s+){0,3}(?:jotain|jotaki|jotakin|jotakii|something|mitä\s+tahansa|whatever)\b", re.IGNORECASE)


# Where things are asked for, answers that name none: "kaikkee siistii skideille", "kaikki mitä seurantalolla tehrään",
# "no sitä mitä viimeks kerroin", "kyllä sää tiärät", "the same like i wrote in the idea paper", "everything for
# integration", "I would prefer to discuss this with the board first", "Toivoisin, että te ehdottaisitte …"
_NAMES_NONE = re.compile(
    r"^(?:no+h?\s+|tuota\W*\s*|tota\W*\s*|well\W*\s+|öö+\W*\s*|hmm+\W*\s*|just\s+|vaan\s+)*(?:"
    r"(?:kaikki|kaikke[ae]|kaikkie)\s+(?:tarpeellis\w*|tarvittav\w*|mahdollis\w*|mahollis\w*)\b(?!.*(?:minen|ointi|remontti|korjaus|rakennus|"
    r"hankinta|kunnostus)\b)|everything\s+(?:to\s+be|needed|necessary|possible)\b(?:\s+\w+){0,3}$|"
    r"(?:kaikenlais|kaekenlais|kaikennäkös|kaikennäköis)\w*(?:\s+\w+){1,2},?\s+(?:mitä|mikä|jota)\s+\w+|"
    r"(?:kaikke[ae]|kaikkie|kaikennäköst\w*|kaikenlaist\w*)(?!.*\b(?:korjau\w*|remont\w*|kunnostu\w*)\b)(?:\s+\w+){0,3}$|"
    r"(?:kaikki|kaikke[ae]|kaikkie)\s+(?:se\s+)?(?:mitä|mikä)\b(?!.*(?:minen|ointi|remontti|korjaus|rakennus|hankinta|kunnostus)\b)|(?:sitä|se|ne|niitä)(?:\s+sam\w+)?\s+mitä\s+(?:\w+\s+){0,2}(?:kerroin|sanoin|kirjotin|kirjoitin|mainitsin|"
    r"puhuttiin|sovittiin)\b|"
    r"(?:kyllä\s+|kai\s+)?(?:sää|sä|sie|sinä|te|työ|you)\s+(?:varmaan\s+|kyllä\s+|probably\s+)?(?:tiedät|tiärät|tiiät|tiijät|tiedätte|"
    r"tiijätte|tiätte|tiärätte|know)\b(?:\s+(?:paremmin|better|best|parhaiten))?(?:\s+(?:mitä|what)\b(?!\s*,).*)?$|"
    r"(?:the\s+)?same\s+(?:like|\w+\s+as|as|sort\s+of\s+\w+\s+as|kind\s+of\s+\w+\s+as)\s+(?:i|we|in|on|our|my|last|before|the\s+last)\b|"
    r"everything\s+(?:for|what|that|which)\b(?:\s+\w+){0,3}$|"
    r"(?:kaikke[ae]|kaikkie)\s+(?:sitä|sellasta|sellaista|semmosta|semmoista|sitä\s+muuta)\s+(?:mitä|mikä)\b|"
    r"(?:idk|dunno|emt|en\s+tiiä|en\s+tiedä)\W*\s+(?:just\s+|vaan\s+|vain\s+)?(?:some\s+)?(?:stuff|things|something|jotain|kaikkee|juttuja)\b(?:\s+\w+){0,4}$)",
    re.IGNORECASE)
_ASKS_US = re.compile(r"\b(?:(?:te|sinä|sie|työ)\s+(?:voisitte\s+|voisit\s+)?ehdott\w*|ehdottakaa|(?:could|can|would)\s+you\s+"
                      r"(?:please\s+)?suggest|(?:prefer|want|need|have)\s+to\s+discuss\s+(?:this|it|that)\s+with|"
                      r"(?:haluan|haluaisin|pitää|täytyy)\s+(?:ensin\s+|eka\s+)?keskustel\w*\s+(?:ensin\s+)?(?:hallitu\w*|porukan|"
                      r"muiden|johtokun\w*))\b", re.IGNORECASE)


def _asks_us(line: str) -> bool:
    """"Toivoisin, että te ehdottaisitte …", "could you suggest some actions?": the answer is a request, nothing before it
    (not "Kahvio ja kirppis, ehdottakaa lisää")."""
    match = _ASKS_US.search(line)
    return bool(match) and len(line[:match.start()].split()) <= 2


def _after_reference(text: str) -> list[str] | None:
    """"Kaikki mikä on rikki kylätalossa, ikkunat ja ovet", "you know what the kids want, a skatepark and a gym": a phrase
    that names nothing, then the things; None when no such phrase opens the answer."""
    line = " ".join((text or "").split())
    if "\n" in (text or "").strip() or "," not in line:
        return None
    head, rest = line.split(",", 1)
    if not _NAMES_NONE.match(head.strip(" .!…")) or not rest.strip(" .!…"):
        return None
    return [item for item in split_items(rest.strip()) if item] or None


# a thing marked as not wanted: "laituri ❌", "kota 👎"
_NO_MARK = re.compile(r"\s*(?:❌|👎|🚫|✖️?|⛔|❎)\s*$")
_ANY_MARK = re.compile(r"\s*(?:✅|✔️?|☑️?|👍|❌|👎|🚫|✖️?|⛔|❎)\s*$")


def marked_out(text: str) -> list[str] | None:
    """"sauna ✅, laituri ❌, kota ✅": the things kept once those marked as not wanted are left out (to confirm)."""
    items = split_items(text)
    if len(items) < 2 or not any(_NO_MARK.search(i) for i in items):
        return None
    kept = [_ANY_MARK.sub("", i).strip() for i in items if not _NO_MARK.search(i)]
    return kept or None


# a comma part that is only a filler: "tuota", "you know", "niinku"
_FILLER_PART = re.compile(r"^(?:tuota|tota|niinku|siis|no|noh|well|you\s+know|like|i\s+mean|um+|öö+|hmm+)$", re.IGNORECASE)


# someone or some kind left unnamed: "someone from the kunta", "some companies", "various equipment", "kaikenlaista"
_UNNAMED = re.compile(r"\b(?:someone|somebody|joku|jotkut|various|kaikenlais\w+|erilais\w+|sekalais\w+|"
                      r"some\s+(?:companies|people|partners|organi[sz]ations|firms|things|stuff|others|folks|groups|businesses)|"
                      r"joitain\s+(?:yrityksiä|tahoja|juttuja|ihmisiä)|jotain\s+tahoja)\b", re.IGNORECASE)
_UNSURE_WORD = re.compile(r"\b(?:maybe|perhaps|probably|idk|dunno|ehkä|varmaan|not\s+sure|en\s+tiedä|en\s+tiiä|emt|other\s+things|"
                          r"other\s+stuff|semmost\w*|sellast\w*|kaikenlaista)\b|\?", re.IGNORECASE)


# everyone or everything, said with who or what they are: "kaikki ketä tarvii apua", "Kaikki jotka on kiinnostunu…"
_ALL_WHO = re.compile(r"^\W*(?:(?:kaikki|everybody|everyone)\s*,?\s*(?:ketä|keitä|jotka|joita|who|that)?\s*(?:\w+\s+)?"
                      r"(?:kiinnostaa|kiinnostaisi|kiinnostunu\w*|interested|tarvii|tarvitsee|tarvitsevat|need\w*|welcome|tervetul\w*)\b|"
                      r"(?:kaikki|kaikkee|everything)\s+(?:mahd\w*|possible|wey)\b|(?:everybody|everyone),?\s+all\s+people\b)",
                      re.IGNORECASE)


def _unsure_whom(line: str) -> bool:
    """True for a short answer that leaves its things unnamed and says so: "maybe Leader people? I am not sure who"."""
    if not line or len(line.split()) > 12 or re.search(r"[\d:;\n]", line) or line.count(",") > 1:
        return False
    if re.search(r"\b(?:not\s+sure\s+wh(?:o|ich|at)|en\s+(?:tiedä|tiiä)\s+(?:kuka|ketkä|ketä|mikä|mitkä))\b", line, re.IGNORECASE):
        return True
    if _ALL_WHO.match(line):
        return True  # "kaikki ketä kiinnostaa 🙂", "everything wey community need", "everybody, all people are welcome"
    if re.match(r"^\W*some\s+(?:partners|companies|organi[sz]ations|firms|groups|businesses)\b", line, re.IGNORECASE) and len(
            line.split()) <= 6 and not re.search(r"\b(?:ja|and|sekä|,)\b", line):
        return True  # "some partners from Estonia": no one named
    return bool(_UNNAMED.search(line)) and bool(_UNSURE_WORD.search(_UNNAMED.sub(" ", line, count=1)))


def says_nothing_yet(text: str, *, listing: bool = False) -> bool:
    """True for a short answer that gives nothing to write down yet: "en tiedä vielä", "sama ku hakemuksessa",
    and, where a list of things is asked for (``listing``), "jotain nuorille";
    "not decided", "the same things as in the plan I sent". Not "ei tiedossa olevia riskejä", "not sure we'll get
    enough volunteers" (that is the answer) or "en tiedä, varmaan lapsiperheet" (a guess is an answer)."""
    line = " ".join(re.sub(r"[\U0001F000-\U0001FAFF\u2600-\u27BF]", " ", plainly(text or "")).split())  # "ei viel tiietä 😅"
    content = _CONTENT_AFTER.search(line)  # "jotain nuorille, esim. skeittiparkki", "..., but at least a website": an answer
    prose = re.search(r"\b(?:että|that|enkä|koska|because)\b", line, re.IGNORECASE)
    if (0 < len(line.split()) <= 40 and "\n" not in (text or "").strip() and ":" not in line and line.count(",") <= (3 if prose else 1)
            and _NOT_SETTLED.search(line) and not _GUESS.search(line) and not content):
        return True  # "I am afraid the actions have not yet been settled; the board meets in January"
    if (listing and not content and not _DASH_THEN_THING.search(line) and 0 < len(line.split()) <= 8 and _SOMETHING.search(line) and not re.search(r"[:;\n]|\d", line)
            and line.count(",") <= 2 and not re.search(r"\b(?:ei|not|no|never)\b", line, re.IGNORECASE)):
        return True  # asked for actions, "jotain nuorille" names no action yet (for a target group it is the answer)
    plain = not _CONTENT_AFTER.search(re.sub(r"\bsame\s+like\b", "same as", line, flags=re.IGNORECASE))  # "the same like i wrote"
    if (listing and plain and 0 < len(line.split()) <= 16 and not re.search(r"[:;\n]|\d", line) and (
            ("," not in line and _NAMES_NONE.match(line.strip(" .!…"))) or (line.count(",") <= 2 and _asks_us(line)))):
        return True  # asked for things, "kaikkee siistii" or "the same as in the idea paper" names none yet
    if listing and not content and names_nothing(line):
        return True  # "kaikki", "the stone things", "get the beach sorted": no thing named yet
    if listing and not content and "," in line and line.count(",") <= 3 and not re.search(r"[:;\n]|\d", line):
        parts = [p.strip(" .!…") for p in re.sub(r",\s+(?=(?:mitä|mikä|jota|joita)\b)", " ", line).split(",")]  # "…, mitä nyt tarvitaan"
        parts = [p for p in parts if p and not _FILLER_PART.match(p)]
        if 1 <= len(parts) <= 3 and all(names_nothing(p) or _NAMES_NONE.match(p) for p in parts):
            return True  # "kaikkee mitä kylässä nyt tarvitaan, tuota, semmosta yhteistä tekemistä": each part names none
    if _AS_AGREED.match(line) and len(line.split()) <= 12:
        return True  # "As previously discussed with the Leader office", "kuten puhelimessa sovittiin": nothing written down yet
    if listing and _unsure_whom(line):
        return True  # "idk someone from the kunta maybe", "Various equipment and some other things": no one named yet
    if listing and (only_kinds(line) or kinds_and_so_on(line)):
        return True  # "equipment, activities, stuff like that", "työkaluja, tarvikkeita ja muuta sellasta": kinds, no things
    if 0 < len(line.split()) <= 15 and _BUT_UNSURE.search(line):
        return True  # "tietty kylätalo mut muuten en osaa sanoa": a start, but the rest is open
    match = _NOTHING_YET.match(line) if 0 < len(line.split()) <= 15 and not content else None
    if match is None or _GUESS.search(line[match.end():]):
        return False
    said = re.sub(r"^\W+", "", match.group(0)).lower()
    said = re.sub(r"^(?:no|well|hmm+|öö+|tota|noo+)\s+", "", said)
    if _REFERENCE.match(said):
        # "stuff for the village hall mostly" says nothing yet; "things to buy: chairs, tables" lists them
        return len(line.split()) <= 10 and not (re.match(r"stuff|things|juttuja|kamaa|tavaraa", said) and re.search(r"[,:;]", line))
    return bool(_STILL.match(line[match.end():]))
