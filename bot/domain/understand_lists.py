"""Reading a list of actions or costs from one typed message: numbered, bulleted, a line each, commas, "ja"."""

from __future__ import annotations

import re

from .understand_typing import as_written, dictated, plainly

from .understand_bullets import tidy_lines
from .understand_intros import without_label_intro
from .understand_pauses import pauses_as_commas
from .understand_vague import names_nothing

MAX_ITEMS = 30

_BULLET = re.compile(
    r"^\s*(?:[-+](?!\d)|[*•·▪◦–—>✔✓☑➡→▶►🔹🔸◾◽▫]\ufe0f?|\d{1,2}\s*[.):](?!\d)|\d{1,2}-(?=\s)|\(\d{1,2}\)|[a-hA-H]\)|\d\ufe0f?\u20e3|"
    r"[\U0001F300-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF]\ufe0f?(?=\s))\s*"
)
# "1. kysely 2. työpaja" and, typed fast on a phone, "1.kysely 2.työpaja" (a letter right after the number)
_INLINE_NUMBER = re.compile(r"(?:^|(?<=\s))(?:\d{1,2}[.)](?!\d)|\(\d{1,2}\)|\([a-h]\)|[a-h]\))(?:\s+|(?=[^\W\d_]))")
_INLINE_BULLET = re.compile(r"\s+[•·▪🔹🔸▫◾▪️]\ufe0f?\s*|\s+[-–*]\s+")
_COMMA = re.compile(r"(?<!\d),|,(?!\d)")
_LAST_AND = re.compile(r"\s+(?:ja|sekä|and|&|och|tai|or|plus)\s+")
_ONLY_AND = re.compile(r"\s+(?:ja|sekä|and|&|och)\s+")
_LEADING_AND = re.compile(r"^(?:ja|sekä|and|&|och|tai|or|eller)\s+")
_EDGE_AND = re.compile(r"^\s*(?:ja|sekä|and|&|och)\s+|\s+(?:ja|sekä|and|&|och)\s*$")
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
    "rebuild", "reopen", "reconstruct",
}
# Words that open an aside, not an item: "remontti, lähinnä katto", "kesäjuhla, noin 300 kävijää".
_ASIDE = {"lähinnä", "esim", "esimerkiksi", "mm", "noin", "n", "ns", "eli", "mainly", "mostly", "especially", "including",
          "eg", "ie", "etc", "jne", "yms", "tms", "approx", "around", "like", "such", "myös", "also", "ainakin", "vielä",
          "every", "each", "joka", "kerran", "twice", "once", "total", "ehkä", "maybe", "perhaps",
          "please", "kiitos", "thanks", "thank", "kuten", "varsinkin", "etenkin", "erityisesti", "hopefully", "toivottavasti",
          "free", "ilmainen", "ilmaiseksi", "maksuton", "maksutta", "tavoite", "tavoitteena", "target", "aiheina", "aiheena",
          "topics", "theme", "teemana", "mukana", "with", "incl", "sis"}
# "Kylässä asuu 200 ihmistä, monet ovat eläkeläisiä, …": a description, not a list of actions.
_RELATIVE_WORD = r"(?:jotka|joka|joilla|jolla|joille|who|which|whose)\b"
_RELATIVE = re.compile(_RELATIVE_WORD, re.IGNORECASE)
_RELATIVE_CLAUSE = re.compile(r",?\s+" + _RELATIVE_WORD + r".*$", re.IGNORECASE)
_COPULA = {"on", "ovat", "oli", "olivat", "asuu", "is", "are", "was", "were", "has", "have"}


def _clean_item(item: str) -> str:
    item = _BULLET.sub("", item.strip(), count=1) if _BULLET.match(item) else item.strip()
    item = _FILLER_OPENING.sub("", item.strip())
    item = _EMOJI_AFTER.sub("", item)  # "kahvikone ☕", "kids 😊": the mood, not the item's words
    item = _SMILEY_AFTER.sub("", item)  # "the board gets tired :)"
    return item.strip().rstrip(".,;:!").strip()  # "tourists!": the mark, not the item


# (not a "no" mark: "laituri ❌" says the thing is out, see understand_doubt.marked_out)
# a smiley typed with punctuation after the item's words: ":)", ":D", ";-)", "xD", ":P"
_SMILEY_AFTER = re.compile(r"(?<=\w)\s+(?:[:;=]-?[)(DPpd]+|xD+|XD+|\(:|(?:ha){2,}|(?:he){2,}|(?:hi){2,}|(?:ja){2,}|(?:je){2,}|(?:ji){2,}|k{3,}|lol|lmao|hah)\W*$", re.IGNORECASE)
_EMOJI_AFTER = re.compile(r"(?<=\w)[\s.,!]*(?:(?![❌✖❎👎🚫⛔])[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF][\ufe0f\u200d\U0001F3FB-\U0001F3FF]*\s*)+$")


# Punctuation said aloud to a phone's dictation: "Ikäihmiset pilkku lapsiperheet", "language café comma family evenings"
_DICTATED = re.compile(r"\s+(?:pilkku|comma|kommatecken|kommat)\s+(?=\S)", re.IGNORECASE)
# a new line said to dictation: "pellit uusi rivi ruodelaudat", "seats new line lights"
_DICTATED_LINE = re.compile(r"\s+(?:uusi\s+rivi|uus\s+rivi|rivinvaihto|new\s+line|ny\s+rad)\s+(?=\S)", re.IGNORECASE)
# a full stop said to dictation: "tilat kuntoon piste laitteet hankitaan piste …", "… the festival full stop"
_DICTATED_STOP = re.compile(r"\s+(?:piste|full\s+stop|punkt)(?=\s+\S|\s*$)", re.IGNORECASE)


# a thank-you said last, after the list: "… Kiitos kovasti!", "… Thanks a lot :)"
_THANKS_LAST = re.compile(r"(?<=\w)[.!?]+\s+(?:kiitos|kiitti|kiitoksia|thanks?|thank\s+you|tack)\b(?:\s+\w+){0,3}\W*$", re.IGNORECASE)


def without_said_intro(text: str) -> str:
    """The answer without a spoken start ("You know what, …"), a goal or target group said as a sentence ("Tavoitteena on
    että …", "Kohderyhmänä ois …", "Goal: …") or a quoted list's teller ("Reijo sano et 'kahvila, …'")."""
    line = _LOOKING_START.sub("", _SPOKEN_START.sub("", _DICTATED.sub(", ", (text or "").strip())))
    if len(_DICTATED_LINE.findall(line)) >= 2:
        line = _DICTATED_LINE.sub("\n", line)  # "pellit uusi rivi ruodelaudat uusi rivi …" (not "katsomoon uusi rivi penkkejä")
    line = _THANKS_LAST.sub("", line) or line  # "…, kylän nettisivut. Kiitos kovasti!": the thanks is no item
    if len(_DICTATED_STOP.findall(line)) >= 2 or (_DICTATED.search(text or "") and _DICTATED_STOP.search(line)):
        line = _DICTATED_STOP.sub(".", line).strip()
        line = re.sub(r"\.\s*$", "", line)  # the last full stop said ends the answer, no sentence
    if "\n" in line:
        return line
    quoted = _TOLD.match(line)
    if quoted:
        line = quoted.group("said")
    line = _GOAL_INTRO.sub("", line, count=1) or line
    named = _NAMED_INTRO.match(line)
    if named and (_LIST_AFTER.search(line[named.end():]) or re.search(r"[:=]\s*$", named.group(0))):
        line = line[named.end():]  # "Merkittävimmät riskit ovat A, B ja C" (not "riskit on suuret": no list follows)
    field = _FIELD_FIRST.match(line)
    if field and (_LIST_AFTER.search(line[field.end():]) or field.group("one") or field.group("label")):
        line = line[field.end():]  # "kumppanit heinäveden kunta, …", "hankinnat lumikengät, …", "kohderyhmä nuoret 15-25v"
    doing = _DOING_INTRO.match(line)
    if doing and line[doing.end():].count(",") >= 2:
        line = line[doing.end():]  # "Hankkeessa järjestetään A, B, C sekä D": what the project does, said before the list
    line = _ESSIVE_INTRO.sub("", line, count=1) or line
    vague = _NAMED_THEN.match(line)
    if vague and names_nothing(vague.group("head")):
        line = line[vague.end():]  # "tarvittavat välineet eli kahvinkeitin ja astiasto": the things after "eli"
    line = without_label_intro(line) or line  # "Tuloksena on …", "Riskeinä näemme …", "results will be …"
    said = _THAT_INTRO.match(line)
    if said and line[said.end():] and ("," not in said.group(0) or _THAT_NEXT.search(line[said.end():])):
        line = line[said.end():]  # not "Tavoitteena on, että kylätalo on käytössä …": one goal said as a sentence stays whole
    return _THAT_FIRST.sub("", line, count=1) or line


# the question's own word said first, as a label: "kumppanit X, Y ja Z", "tulos: X", "kumppani on X", "target group kids 7-14"
_FIELD_FIRST = re.compile(r"^(?:(?P<one>kohderyhmä|kohderyhmät|target\s+groups?)\s*(?::\s*|\s+(?:on|is)\s+|\s+)|"
                          r"(?P<label>kumppani|tulos|partner)\s*(?::\s*|\s+(?:on|is)\s+)|"
                          r"(?:kumppanit|partnerit|hankinnat|tulokset|toimenpiteet|partners|purchases)\s*:?\s+"
                          r"(?!(?:will|are|is|on|o|ovat|ois|olis|would|että|et|that|were|was|ja|and)\b))(?=\w)", re.IGNORECASE)
# a kind said first and the things after "eli": "tarvittavat välineet eli …", "ne tavalliset eli …", "the usual, i.e. …"
_NAMED_THEN = re.compile(r"^(?P<head>(?:[\w+-]+\s+){0,4}?[\w+-]+)\s*,?\s+(?:eli|i\.e\.|namely|that\s+is)\s+(?=\w)", re.IGNORECASE)
# "Tavoitteena on että", "tavote et", "Kohderyhmänä ois", "Goal:", "Our goals are", "Hankkeen tavoitteena on"
_GOAL_INTRO = re.compile(r"^(?:hankkeen\s+|projektin\s+|meidän\s+|meiän\s+)?(?:tavo{1,2}i?t{1,2}e(?:ena|emme|et)?|kohderyhmä(?:nä|mme|t)?|"
                         r"kohderyhminä|toimenpiteinä|toimenpiteet|(?:our\s+|the\s+|main\s+)?(?:goals?|aims?|target\s+groups?))(?:\s*:\s*|\s+(?:on|ovat|ois|olis|olisi|"
                         r"olisivat|olisikin|is|are|would\s+be)\s+(?:to\s+)?|(?<=s|t)\s+[—–-]\s+|\s+(?=(?:että|et|jotta)\s))(?=\w)", re.IGNORECASE)
# "Hankkeen kohderyhmiä ovat …", "Merkittävimmät riskit ovat …", "Partners are …": what the list is, said before it
_NAMED_INTRO = re.compile(r"^(?:hankkeen\s+|projektin\s+)?(?:merkittävimmät\s+|suurimmat\s+|keskeiset\s+|tärkeimmät\s+)?"
                          r"(?:kohderyhmiä|riskit|hankinnat|tulokset|(?:yhteistyö)?kumppanit|toimenpiteet|(?:our\s+|the\s+)?(?:main\s+)?(?:partners?|risks?|results?|"
                          r"purchases|actions?|activit(?:y|ies)|target\s+groups?))(?:\s+(?:ovat|on|olisivat|are|would\s+be|include)\s+|\s*[—–-]\s+|\s*[:=]\s*)(?=\w)", re.IGNORECASE)
# "Hankkeessa järjestetään …", "Hankkeen aikana toteutetaan …", "In the project we will organise …"
_DOING_INTRO = re.compile(r"^(?:hankkeessa|hankkeen\s+aikana|projektissa)\s+(?:järjestetään|tehdään|toteutetaan|hankitaan|rakennetaan|"
                          r"pidetään|on)\s+(?=\w)|^in\s+the\s+project\s+we\s+will\s+(?:organi[sz]e|run|hold|build|buy)\s+(?=\w)",
                          re.IGNORECASE)
_LIST_AFTER = re.compile(r",|;|\s(?:ja|sekä|and|och)\s|\s[-–—]\s")
# "Kohderyhmänä nuoret, …", "Hankintoina astianpesukone ja …", "Tavootteena talon käyttöasteen nosto …": the essive says it
_ESSIVE_INTRO = re.compile(r"^(?:hankkeen\s+)?(?:tavo{1,2}i?t{1,2}eena|kohderyhmänä|kohderyhminä|hankintoina|hankintana|tuloksena|tuloksina|"
                           r"riskinä|riskeinä|toimenpiteenä|toimenpiteinä|"
                           r"(?:yhteistyö)?kumppaneina)\s+(?:(?:toimivat|toimii)\s+)?"
                           r"(?!(?:on|ovat|ois|olis|olisi|olisivat|että|et|jotta|näe\w*|nähd\w*|synty\w*|tulee|tulevat|saadaan|pidämme)\b)(?=\w)", re.IGNORECASE)
# "no tavote on että …", "riskinä on että …", "Tavoitteenamme on, että …", "målet är att …": a goal or risk said before "että"
_THAT_INTRO = re.compile(r"^(?:no\s+|noh\s+|joo\s+|siis\s+)?(?:hankkeen\s+|meidän\s+|meiän\s+)?(?:tavo{1,2}i?t{1,2}e\w*|riski\w*|målet)"
                         r"(?:\s+(?:on|o|ovat|ois|olis|olisi|är))?(?:\s+(?:lähinnä|ainakin|ehkä|varsinkin|eniten))?(?:\s+(?:se|ne|sitä))?\s*,?\s+"
                         r"(?=(?:että|ett|ette|et|jotta|att)\s)", re.IGNORECASE)  # "Riskinä on lähinnä se, että …"
_THAT_FIRST = re.compile(r"^(?:että|ett|ette|et|jotta|att)\s+(?=\w)", re.IGNORECASE)
# "…, että …", "…, ja että …", "… ja ett …": where the next clause of a list of "että" clauses begins
_THAT_NEXT = re.compile(r"\s*,\s*(?:ja\s+|sekä\s+)?(?:että|ett|ette|et|jotta)\s+|\s+(?:ja|sekä)\s+(?:että|ett|ette|et|jotta)\s+", re.IGNORECASE)
# "… ja että …", "… ja jotta …", "… ja et …": a second clause of its own
_AND_THAT = re.compile(r"\s+(?:ja|and)\s+(?:että|ett|ette|et|jotta)\s+", re.IGNORECASE)
# "Reijo sano et 'kyläkahvila joka viikko, digineuvonta ja kesätapahtuma'", "Puheenjohtaja sano kokouksessa jotta "…""
_TOLD = re.compile(r"^\w+(?:\s+\w+){0,2}?\s+(?:sano|sanoi|sanoo|sanos|says|said|totesi|ehdotti|suggested)(?:\s+\w+){0,2}?\s+(?:et|että|jotta|that)?\s*[\"'“”‘’](?P<said>[^\"'“”‘’]+)[\"'“”‘’]"
                   r"(?:\W*$|\s*,\s*(?:ja|and)\s+(?:mä|minä|mie|mää|i)\b.*$|\s*[,.]\s*(?:ei\s+muuta|nothing\s+else|siinä\s+kaikki|that'?s\s+all)\b[^\d,]*$)",
                   re.IGNORECASE)  # "…', ja mä oon samaa mieltä"


# "You know what, …", "Tiedätkö mitä, …": a spoken start before the whole answer
# "Moment, I check… a shredder, …", "hetki, katon… laavu, …": a pause to look, said before the things
_LOOKING_START = re.compile(r"^(?:(?:moment|hetki|hetkinen|odota|odotas|oota|wait|hmm+|öö+|tota|let\s+me\s+(?:see|check|look|think)|"
                            r"i\s+(?:check|look)|katotaan|katsotaan|kahotaan|katon|tarkistan|mietitään|mietin|sekunti|sec)\W*?\s*){1,3}"
                            r"(?:…|\.{2,})\s*(?=\w)", re.IGNORECASE)
_SPOKEN_START = re.compile(r"^(?:you\s+know\s+what|tiedät(?:kö|ks)\s+mitä|tiiätkö\s+mitä|well\s+you\s+know|(?:hyvä|vaikea|hyvä\s+ja\s+vaikea)\s+kysymys|"
                           r"(?:a\s+)?(?:good|tough|great)\s+question)\s*[,:!.]+\s*(?=\w)", re.IGNORECASE)
# "Ainoa hankinta on sähkömankeli", "The only risk is the weather": the one thing, said as a sentence
_ONLY_IS = re.compile(r"^(?:(?:meidän|meiän|hankkeen)\s+)?(?:ainoa|ainut|(?:the|our)\s+only)\s+(?:\w+\s+){0,2}?(?:on|olisi|ois|is|would\s+be)\s+(?=\S)", re.IGNORECASE)
# "ja viimeseks lattia", "viimeisenä vessa": the last step said (a sequence word, not the item's)
_LAST_SAID = r"viimeisenä|viimesenä|viimeiseksi|viimeseks"
# "… ja sit se ruatsalaisten vierailu", "and then the harvest party": a spoken opening, not the item's words
_FILLER_OPENING = re.compile(r"^(?:(?:ja|and)\s+(?!sit(?:ten?)?\b|then\b)(?=\w{3,}\W*(?:\w+\W*){0,3}$)|ja\s+sit(?:ten?)?\s+(?:se\s+|ne\s+)?|sit(?:ten?)?\s+(?:se|ne)\s+|and\s+then\s+(?:the\s+)?|(?:ja\s+)?(?:" + _LAST_SAID + r"|lopuks|lopuksi|finally|lastly)\s+(?=\w{3,})|(?:ja\s+)?ne\s+(?=[\w-]{4,}t\b(?!\s+(?:jotka|joil\w*|joit\w*|joista|joihin|joiden)\b))|"
                             r"(?:vain|vaan|pelkkä|pelkästään|just|only)\s+(?=(?:the\s+|a\s+|an\s+)?\w+\W*$))"
                             r"(?=\w{3,})", re.IGNORECASE)  # "… ja ne kesäasukkaat": a spoken "those", not the item's word
# "… karjalan kieli – niitä halutaan opettaa nuorille": a remark on the things after a dash
_DASH_REMARK = re.compile(r"\s+[-–—]\s+(?:niitä|ne|niistä|niihin|näitä|nää|nämä|these|those|they|them|all\s+of\s+them|kaikki\s+ne)\b.*$",
                          re.IGNORECASE)


def _acts(word: str) -> bool:
    """A Finnish passive that opens an action ("kunnostetaan", "järjestetään"); not a remark ("tarvitaan",
    "toivotaan"), an adverb ("vähintään") or a possessive ("kylämme")."""
    word = word.lower()
    return bool(_PASSIVE.match(word)) and word not in _NOT_ACTIONS


# work or study, said as one result: "get job or study place", "into work or studies"
_WORK_OR_STUDY = re.compile(r"\b(?:work|job|jobs|employment|school|study|studies|education|training)\s+or\s+"
                            r"(?:work|job|jobs|employment|school|study|studies|education|training)\b", re.IGNORECASE)


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
    if len(tail) == 2 and re.search(r"\s(?:or|tai)\s", parts[-1]) and (_PREPOSITION | {"without", "ilman", "with"}) & {
            w.lower() for w in tail[0].split()}:
        tail = [parts[-1]]  # "…, young people without job or school": "or" inside the last thing
    if len(tail) == 2 and re.search(r"\s(?:or|tai)\s+(?:two|three|kaksi|kaks|kolme|\d{1,2})\W*$", parts[-1], re.IGNORECASE):
        tail = [parts[-1]]  # "…, a bench or two": how many, not a second thing
    if len(tail) == 2 and re.search(r"\stai\s", parts[-1]) and len(re.findall(r"\w+", tail[1])) == 1 and len(tail[0].split()) >= 3:
        tail = [parts[-1]]  # "…, osa pääsee töihin tai kouluun": the "or" inside the last thing
    if len(tail) == 2 and _WORK_OR_STUDY.search(parts[-1]) and len(tail[0].split()) >= 2:
        tail = [parts[-1]]  # "…, 5 get job or study place", "…, 5 into work or studies": one result
    if len(tail) == 2 and re.match(r"(?:muut|muuta|muita|other|others|the\s+rest|loput)\b", tail[1], re.IGNORECASE):
        tail = [parts[-1]]  # "…, pallot ja muut 780": the rest, with the thing before
    if _verb_with_objects(tail):
        tail = [parts[-1]]  # "…, bring village and tourists together", "…, make Finns and newcomers friends": one verb's objects
    if len(tail) == 2 and _people_together(*tail):
        tail = [parts[-1]]  # "…, fathers and kids together": the two together are one thing
    longest = 7 if len(parts) >= 2 else 4  # "A, B and C" is an enumeration however long its last items
    if len(tail) == 2 and all(len(t.split()) <= longest for t in tail) and not _one_thing(*tail):  # "…, tables & chairs"
        parts = parts[:-1] + tail
        enumeration = enumeration or len(parts) >= 3
    if re.search(r"[a-zäöå]{3,}\.$", line) and any(len(_PARENS.sub("", p).split()) > 2 for p in parts) and not (
            len(parts) >= 3 and all(_TASK.search(p.split()[-1].lower()) for p in parts[:-1])):
        return None  # a sentence ending in a full stop ("Survey, workshop, report." and "valokuvien skannaus, 8 mm filmien
        # digitointi, …" are still lists)
    words = [p.split() for p in parts]
    if any(w[0].lower().strip(".,:") in _ASIDE for w in words if w):
        return None  # "remontti, lähinnä katto ja ikkunat": an aside about the one thing
    if len(parts) == 2 and all(w and w[0][:1].isdigit() and len(w) <= 8 for w in words) and not re.search(
            r"\b(?:heistä|niistä|joista|of\s+them|of\s+whom|ja|and)\b", parts[1], re.IGNORECASE):
        return parts  # "60 participants, 20 get job or study place": two things counted
    if any(w and w[0][:1].isdigit() for w in words[1:]) and len(parts) == 2:
        return None  # "Kesäjuhla, 300 kävijää": a detail of the one thing
    longest = 8 if enumeration else 5
    if any(not w or len(w) > longest or (w[0].lower() in _SUBORDINATE and " ".join(w[:2]).lower() != "first aid") for w in words):
        return None
    if len(parts) == 2 and any(len(w) > 1 for w in words) and not enumeration:
        return None  # "Kyläsauna, lämmitys puulla", "Yoga classes, local teacher": a thing and its detail? asked
    verbs = [bool(_VERB.match(w[0].lower())) for w in words]
    if verbs[0] and (not all(verbs) or line.rstrip().endswith(".")):
        return None  # "Järjestetään kursseja, retkiä ja tapahtumia": one sentence
    return parts


# an English verb and its first object: "bring village", "make Finns", "help mothers"
_VERB_AND_OBJECT = re.compile(r"(?:bring|make|help|get|keep|let|give|teach|connect|introduce)\s+\w+$", re.IGNORECASE)


# a verb that opens a result and takes two places or objects: "voi mennä töihin ja kurssille", "pääsee kouluun ja töihin"
_MODAL = {"voi", "voivat", "pääsee", "pääsevät", "pääsis", "osaa", "osaavat", "saa", "saavat", "saadaan", "uskaltaa", "uskaltavat",
          "jaksaa", "jaksavat", "ehtii", "can", "could", "may"}


def _verb_with_objects(tail: list[str]) -> bool:
    """"bring village and tourists together", "make Finns and newcomers friends": one English verb, both its objects;
    "voi mennä töihin ja kurssille itse": one Finnish modal verb, two places."""
    if (len(tail) == 2 and len(tail[0].split()) >= 2 and tail[0].split()[0].lower() in _MODAL and 1 <= len(tail[1].split()) <= 2
            and not _acts(tail[1].split()[0]) and tail[1].split()[0].lower() not in _MODAL):
        return True
    return len(tail) == 2 and bool(_VERB_AND_OBJECT.match(tail[0])) and bool(tail[1].split()) and not re.match(
        r"(?:a|an|the|to)\b", tail[1], re.IGNORECASE) and not _en_action(tail[1].split()[0].lower()) and len(tail[1].split()) <= 2


def comma_parts(line: str) -> list[str] | None:
    """"digital skills courses, a tablet lending library": the parts of a comma line that each could be an item."""
    masked = _mask_parens(line)
    cuts = [m.start() for m in _COMMA.finditer(masked)]
    if not cuts or re.search(r"[.!?]\s+\S|\?", masked):
        return None
    parts = [p.strip() for p in _cut(line, cuts)]
    if len(parts) > 8 or not all(parts) or _named_kinds(parts):
        return None
    if len(parts) >= 3 and _RELATIVE.match(parts[-1]):
        if re.match(r"\w+\s+(?:te|me|he|you|we|they|sinä|hän)\b", parts[-1], re.IGNORECASE):
            return None  # "Laavu, pitkospuut ja opasteet, jotka te ehdotitte": said of them all; asked
        parts = parts[:-2] + [f"{parts[-2]}, {parts[-1]}"]  # "…, pitkäaikaistyöttömät, jotka voisivat …": the clause is the last one's
    parts[-1] = _LEADING_AND.sub("", parts[-1])
    parts[1:] = [re.sub(r"^(?:plus|as\s+well\s+as|also|myös)\s+(?=\w{3,})", "", p, flags=re.IGNORECASE) for p in parts[1:]]  # "…, plus retirees"
    tail = _ONLY_AND.split(parts[-1])
    if len(tail) == 2 and all(1 <= len(_RELATIVE_CLAUSE.sub("", _PARENS.sub("", t)).split()) <= 6 for t in tail) and not _one_thing(
            *tail) and not _verb_with_objects(tail):
        parts = parts[:-1] + tail
    to_each = len(parts) >= 3 and all(re.match(r"to\s+\w", p, re.IGNORECASE) for p in parts)  # "to bring …, to give …, to use …"
    counted = len(parts) >= 3 and all(p[:1].isdigit() for p in parts)  # "1 shelter, 6 courses, 60 persons learned …"
    for n, part in enumerate(parts):
        said = _ONE_VERB.match(part) if n == 0 and len(parts) >= 3 else None  # "tarvitaan liesi, …": the verb is no remark
        words = [w.lower().strip(".,:;!") for w in _PARENS.sub("", part[said.end():] if said else part).split()]
        if not words or len(words) > 12 or (words[0] in _SUBORDINATE | _PREPOSITION | _NOT_ACTIONS | _ASIDE and not to_each):
            return None
        own = set(words[:next((i for i, w in enumerate(words) if _RELATIVE.match(w)), len(words))])  # not "who are considering …"
        if re.search(r"\bon\s+(?:the|a|an|our|their|its|this|that|my)\b", part, re.IGNORECASE):
            own.discard("on")  # "solar panels on the village hall": the English "on", not the Finnish "is"
        if _COPULA & own or (len(words) > 1 and words[1] == "by") or (words[0][:1].isdigit() and len(words) <= 2 and not counted):
            return None  # a description, "run by two volunteers", "300 kävijää"
    items = [_clean_item(p) for p in parts]
    return without_list_intro(items) if all(items) else None  # not "€ 9 950,-", whose last part is only a dash


def _plain_commas(line: str) -> list[str] | None:
    """"fix the sauna, build a pier", "Kentän pinnoitus, uudet valot": strangers read such a comma line as its parts.
    Not a head and its pieces ("Kylätalon remontti, katto ja ikkunat"), a figure ("uusi laituri, 12 m") or a pair
    after the first comma ("keittiön remontti, pöydät ja tuolit"): those are asked."""
    parts = comma_parts(line)
    if not parts or any(p[:1].isdigit() or _ONLY_AND.search(_mask_parens(p)) for p in parts[1:]):
        return None
    if len(parts[0].split()) >= 2 and any(len(p.split()) == 1 for p in parts[1:]):
        return None
    if any(_DETAIL.search(p) or (re.search(r"\d", _PARENS.sub("", p)) and len(p.split()) <= 3) for p in parts[1:]):
        return None  # "Kyläsauna, lämmitys puulla", "Lasten kerho, ohjaajana MLL": a thing and how or by whom
    heads = [p.split()[0].lower() for p in parts]
    if len(parts) == 2 and not (all(_acts(h) or _en_action(h) for h in heads) or all(
            len(p.split()) == 2 and p.split()[0].lower().endswith("n") and _TASK.search(p.lower()) for p in parts)):
        return None  # "Kesäjuhla, elokuun alussa", "Outdoor gym, near the school": a thing and a detail? asked
    return parts


_TASK = re.compile(r"(?:minen|[aeiouyäö]s|ointi|öinti)$")  # a Finnish action noun: "rakentaminen", "kunnostus"


# Words that make a part a detail of the thing before it: who leads it, how it is heated, what it costs
_DETAIL = re.compile(r"\b(?:ohjaaj\w*|opettaj\w*|vetäj\w*|lämmit\w*|hinta|kesto|paikkana|koko|teacher|instructor|led|leader|"
                     r"coach|heating|heated|price|duration|venue|size|\w{4,}(?:na|nä)|pituus|length|asteikko|scale|klo|kahdesti|"
                     r"kerran|twice|once|weekly|viikossa|kuussa|\w+isin|maksu\w*|free|ilmai\w*|kaikille|yksi|kaksi|kolme|"
                     r"neljä|viisi|one|two|three|four|five)\b", re.IGNORECASE)


def _plus_pair(line: str) -> list[str] | None:
    """"kodan rakennus + puuliiteri", "aurinkopaneelit+akusto": two things joined by "+" are two items."""
    if re.search(r"[()\d]|\s-\w", line):
        return None  # "Kokkikurssi (teoria + käytäntö)", "10 + 10 hengelle"
    parts = [p.strip() for p in re.split(r"\s+\+\s+|(?<=[a-zäö]{3})\+(?=[a-zäö]{3})", line)]
    if len(parts) != 2 or not all(1 <= len(p.split()) <= 5 for p in parts) or _one_thing(*parts):
        return None
    if len(parts[0].split()) != len(parts[1].split()):
        return None  # "Keittiö + ruokasali remontti", "Esitteen suunnittelu + painatus": a shared head or object? asked
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
    if own_actions(left, right) and max(sizes) <= 14:
        return [left, right]  # "build a ramp and renovate the toilet": an action each
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


def own_actions(left: str, right: str) -> bool:
    """"build a ramp and renovate the toilet", "rakennetaan laavu ja kunnostetaan polku", "kuntosalilaitteiden
    hankinta ja saunan rakentaminen": building, mending, buying or arranging, each to its own object, so two items.
    Not a goal ("… and cut heating costs"), a means ("organise talkoot and paint the hall", "buy timber and build"),
    a hire for the first ("… and hire a bus") or a second side that points back ("train people to use it")."""
    sides = [side.lower().strip(".,!").split() for side in (left, right)]
    if min(len(w) for w in sides) < 2 or any(_BACK.match(w) for w in sides[1]) or any(_MEANS.match(w) for w in sides[0]):
        return False
    heads = [w[0] for w in sides]
    if heads[0] != heads[1] and all(h in _WORK_VERBS for h in heads) and heads[1] not in _LEFT_ONLY:
        if heads[0].endswith("ing") != heads[1].endswith("ing"):
            return False  # "buy tools and painting supplies": "painting" names the supplies
        if heads[1] in _BUY and heads[0] in _ARRANGE:
            return False  # "arrange a Christmas market and buy tents": bought for the first
        if heads[0] in _MEND and heads[1] in _RENEW:
            return False  # "kunnostetaan sauna ja uusitaan lauteet": a part of the first?
        return all(not _en_action(w[1]) and not _acts(w[1]) and w[1] not in _AND_WORDS for w in sides)
    tasks = [next((i for i, word in enumerate(w) if i and _OWN_TASK.search(word)), None) for w in sides]
    if None in tasks or sides[0][0] == sides[1][0] or not all(w[0].endswith("n") and w[0] not in _PRONOUNS for w in sides):
        return False
    left_task, right_task = sides[0][tasks[0]], sides[1][tasks[1]]
    return not (_GOAL_TASK.match(right_task) or _GOAL_TASK.match(left_task) or _REMOVE_TASK.match(left_task)
                or (right_task == "hankinta" and left_task != "hankinta") or (_MEND_TASK.match(left_task) and _MEND_TASK.match(right_task))
                or any(w.endswith(sides[1][0]) for w in sides[0]))  # not "valokuvien kerääminen ja kuvien digitointi"


# Verbs of work on a thing of its own (English base and -ing forms; Finnish passives, "tehdään" only first)
_WORK_VERBS = {"build", "building", "renovate", "renovating", "repair", "repairing", "fix", "fixing", "paint", "painting",
               "restore", "restoring", "buy", "buying", "purchase", "install", "installing", "refurbish", "organise",
               "organize", "organising", "organizing", "arrange", "rakennetaan", "kunnostetaan", "kunnostethaan", "korjataan",
               "maalataan", "remontoidaan", "uusitaan", "hankitaan", "ostetaan", "järjestetään", "asennetaan", "tehdään", "tehhään"}
_LEFT_ONLY = {"tehdään", "tehhään"}
_BUY = {"buy", "buying", "purchase", "hankitaan", "ostetaan"}
_ARRANGE = {"organise", "organize", "organising", "organizing", "arrange", "järjestetään"}
_MEND = {"renovate", "renovating", "refurbish", "kunnostetaan", "kunnostethaan", "remontoidaan", "korjataan"}
_RENEW = {"uusitaan"}
_BACK = re.compile(r"(?:it|one|ones|them|its|their|there|this|these|that|those|same|instead|device|thing|se|sen|sitä|siihen|siinä|"
                   r"sille|siitä|ne|niitä|niiden|niille|niihin|sinne|siellä|tilalle|uuden|uudet|uusi|uus|uutta|new|users|"
                   r"käyttäj\w*|käyttö\w*|avajai\w*|opening|inauguration|vihkiäi\w*|tupaantuliai\w*|talkoo\w*|talkoi\w*|"
                   r"volunteers?|building|rakennus|rakennelma\w*|rakennuksen|structure|place|paikka|talo)$")
# The first side is a means to the second: a work party, or the materials ("buy timber and build the lean-to")
_MEANS = re.compile(r"(?:talkoo\w*|talkoot|work|working|bee|volunteer|fundraiser|timber|wood|lumber|planks?|logs?|gravel|felt|"
                    r"bricks?|ladder|materials?|supplies|paints?|maali\w*|puutavar\w*|puut|puita|lank\w*|sora\w*|tiil\w*|"
                    r"kattohuop\w*|materiaal\w*|tarvikk\w*|hirs\w*|hirre\w*|lauta\w*|laudat|työpäiv\w*|varainhank\w*)$")
_GOAL_TASK = re.compile(r"(?:paranta|lisää|vahvista|vähentä|pienentä|edistä|kehittä|turvaa|helpotta|kasvatta|mahdollista|kokoa|tuke|"
                        r"ehkäis|torju|elvyttä|aktivoi|innosta)")
_MEND_TASK = re.compile(r"(?:remontti|kunnostus|korjaus|uusiminen|kunnostaminen|korjaaminen|peruskorjaus)$")  # the whole, then a part?
_REMOVE_TASK = re.compile(r"(?:purka|purku|poisto|poista|kaato|kaata)")
_AND_WORDS = {"and", "ja", "sekä", "&"}
# A Finnish action noun after the thing it is done to: "rakentaminen", "kunnostus", "hankinta", "remontti", "teko"
_OWN_TASK = re.compile(r"(?:minen|[aeiouyäö]s|ointi|öinti|hankinta|remontti|teko|korjaus|rakennus)$")


_PRONOUNS = {"sen", "niiden", "tämän", "tuon", "näiden", "noiden", "hänen", "heidän", "meidän", "teidän", "sinun", "minun"}


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
# Two Finnish words in the same case around "ja" sharing the head beside them: "saunan ja pukuhuoneen remontti"
# (genitives before one head), "kalastusretket lapsille ja nuorille" (one thing for two groups)
_GENITIVE = re.compile(r"(?:[aeiouyäö]n|jen|ten|den)$")
_NOT_GENITIVE = re.compile(r"(?:nen|aan|ään|een|iin|oon|uun|yyn|öön|h[aeiouyäö]n|seen|[^aeiouyäö]in)$")  # "Helsinkiin", "lämmitin"
_FOR_WHOM = re.compile(r"(?:lle|ille)$")


def shared_head(left: str, right: str) -> bool:
    lw, rw = left.lower().strip(".,").split(), right.lower().strip(".,").split()
    if not lw or not rw:
        return False
    a, b = lw[-1].strip(".,"), rw[0].strip(".,")
    if min(len(a), len(b)) < 4:
        return False
    if len(lw) == 1 and len(rw) == 2:
        return all(_GENITIVE.search(w) and not (_NOT_GENITIVE.search(w) and not w.endswith("een")) for w in (a, b))
    return len(lw) >= 2 and len(rw) == 1 and all(_FOR_WHOM.search(w) for w in (a, b))


_LOCAL_CASE = re.compile(r"(?:lle|lla|llä|ssa|ssä|sta|stä|lta|ltä|hin|iin|ksi)(?:en|an|än|mme|nne|si)?$")


_PEOPLE = re.compile(r"^(?:fathers|mothers|dads|moms|mums|parents|grandparents|kids|children|grandchildren|daughters|sons|families|"
                     r"seniors|elders|youths?|teens|isät|äidit|vanhemmat|isovanhemmat|lapset|lapsenlapset|nuoret|vanhukset|vanhus|lapsi|"
                     r"mummot|papat|ukit|tyttäret|pojat|perheet|grandkids|grandchildren|actors|audience|spectators|näyttelijät|katsojat|"
                     r"kuulijat|opettajat|oppilaat|teachers|pupils|students|kyläläiset|villagers|locals|newcomers|tulijat|maahanmuuttajat)$",
                     re.IGNORECASE)


# each other: "nuoret ja vanhat tutustuu toisiinsa", "kids and seniors get to know each other"
_EACH_OTHER = re.compile(r"\b(?:toisiinsa|toisiaan|toisensa|toistensa|toisilleen|toisillensa|toisiltaan|keskenään|"
                         r"each\s+other|one\s+another|varandra)\b", re.IGNORECASE)
# a nationality or language said before its noun: "Nepali and Finnish food", "suomalaista ja nepalilaista ruokaa"
_PEOPLE_ADJECTIVE = re.compile(r"^(?:[A-Z][a-z]+(?:ish|ian|ese|i|an)|(?:finnish|swedish|english|nepali|russian|ukrainian|somali|arabic|thai|"
                               r"local|foreign)|(?:suoma|ruotsa|viro|venä|ukraina|nepali|kiina|saksa|thai|eritrea|iraki|afgaani|somali|"
                               r"vietnami|puola|unkari|intia|kolumbia|romania|islanti|norja|tanska|ranska|italia|espanja|japani|arabia|"
                               r"karjala|saame)(?:lai|läi)\w+|paikallis\w+|ulkomais\w+)$")


def _people_together(left: str, right: str) -> bool:
    """"fathers and kids together", "isät ja lapset yhdessä", "nuoret ja vanhat tutustuu toisiinsa": two kinds of people
    doing a thing as one."""
    lw, rw = left.split(), right.split()
    if lw and len(rw) >= 2 and _EACH_OTHER.search(right) and not _EACH_OTHER.search(left) and _people_like(lw[-1]) and _people_like(rw[0]):
        return True  # "nuoret ja vanhat tutustuu toisiinsa", "where locals and newcomers meet each other": one verb of the two
    return bool(lw and len(rw) >= 2 and _PEOPLE.match(lw[-1].strip(".,")) and _PEOPLE.match(rw[0].strip(".,"))
                and re.search(r"\s(?:together|yhdessä|tillsammans|erikseen|separately)\W*$", right, re.IGNORECASE))


# beside _PEOPLE: "vanhat", "naapurit", "young", "old"
_MORE_PEOPLE = {"vanhat", "young", "old", "naapurit", "neighbours", "neighbors", "asukkaat", "residents", "miehet", "naiset", "men", "women",
                "tytöt", "girls", "boys", "uudet", "senioreita", "seniorit", "aikuiset", "adults", "veterans", "vaarit", "vieraat", "guests",
                "tourists", "matkailijat", "turistit"}


def _people_like(word: str) -> bool:
    """A word for people: "nuoret", "kyläläiset", "locals", "newcomers"."""
    word = word.strip(".,").lower()
    return bool(_PEOPLE.match(word)) or word in _MORE_PEOPLE or word.endswith(("laiset", "läiset", "laisia", "läisiä"))


# a Finnish nationality said as an adjective in the partitive or genitive: "nepalilaista", "suomalaisen"
_FI_PEOPLE_ADJECTIVE = re.compile(r"^\w+(?:laista|läistä|laisia|läisiä|laisen|läisen)$", re.IGNORECASE)


def kinds_of_one(left: str, right: str) -> bool:
    """"cooking Nepali and Finnish food": two nationalities before one noun inside a longer thing, so one thing (a bare
    "finnish and ukrainian speakers" is left to the pair readers)."""
    lw, rw = left.split(), right.split()
    if (len(lw) == 1 and len(rw) == 2 and _FI_PEOPLE_ADJECTIVE.match(lw[0]) and _FI_PEOPLE_ADJECTIVE.match(rw[0])
            and not _FI_PEOPLE_ADJECTIVE.match(rw[1].strip(".,"))):
        return True  # "nepalilaista ja suomalaista ruokaa": two adjectives, one noun
    return bool(len(lw) >= 2 and len(rw) == 2 and _PEOPLE_ADJECTIVE.match(lw[-1].strip(".,")) and _PEOPLE_ADJECTIVE.match(rw[0])
                and not _PEOPLE_ADJECTIVE.match(rw[1].strip(".,")))


def _one_thing(left: str, right: str) -> bool:
    """"pöydät ja tuolit", "äänentoisto- ja valotekniikka", "sound and light equipment", "tapahtumia
    ikäihmisille ja heidän omaisilleen": "and" inside one thing, never two."""
    if left.rstrip().endswith("-"):
        return True  # a Finnish compound sharing its end: "äänentoisto- ja valotekniikka"
    if _people_together(left, right):
        return True  # "fathers and kids together", "isät ja lapset yhdessä": the two together
    if kinds_of_one(left, right):
        return True  # "cooking Nepali and Finnish food": one noun for both
    lw, rw = left.lower().split(), right.lower().split()
    if not lw or not rw:
        return False
    kinds = [next((i for i, twins in enumerate(_TWINS) if word.strip(".,") in twins), None) for word in (lw[-1], rw[0])]
    if None not in kinds and (min(kinds), max(kinds)) in _TWIN_PAIRS:
        return True
    if len(lw) == 1 and len(rw) == 2 and rw[-1].strip(".,") in _SHARED_HEAD:
        return True  # "sound and light equipment": one head for both
    if shared_head(left, right):
        return True  # "saunan ja pukuhuoneen remontti", "kalastusretket lapsille ja nuorille": one head for both
    # both ending in the same kind of case: who or where for, not what ("… ikäihmisille ja heidän omaisilleen")
    if not (len(lw) >= 2 and len(rw) >= 2 and _LOCAL_CASE.search(lw[-1].strip(".,")) and _LOCAL_CASE.search(rw[-1].strip(".,"))):
        return False
    # one head before them ("tapahtumia ikäihmisille"), none on the right: not "ramppi ulko-ovelle ja uuret ikkunat saliin" (a head
    # each), nor "kylän Facebookissa ja ilmotustaululla kaupan seinässä" (places, no head at all)
    if _WHEN_WORD.match(lw[-1].strip(".,")) and _WHEN_WORD.match(rw[-1].strip(".,")):
        return True  # "1 keväällä ja 1 syksyllä": when, said of one thing
    return bool(_heads(lw[:-1])) and not _heads(rw[:-1])


# a time said in a local case: "keväällä", "syksyllä", "kesäkuussa", "illalla", "viikonloppuna"
_WHEN_WORD = re.compile(r"(?:kevää|syksy|kesä|talve|aamu|illa|päivä|viiko|viikonlopu|\w+kuu)\w*(?:llä|lla|ssa|ssä|na|nä)$")


def _heads(words: list[str]) -> list[str]:
    """The words that could head a thing: not in a local case, not a genitive, not a filler."""
    return [w for w in (w.strip(".,") for w in words) if not _LOCAL_CASE.search(w) and not w.endswith("n") and not w.isdigit() and w not in (
        "ja", "and", "sekä", "sitte", "sitten", "sit", "vielä", "myös", "also", "then", "heidän", "niiden", "their", "the", "a", "an")]


_MONTH_STEMS = ("tammik", "helmik", "maalisk", "huhtik", "toukok", "kesäk", "heinäk", "elok", "syysk", "lokak", "marrask", "jouluk",
                "january", "february", "march", "april", "june", "july", "august", "september", "october", "november",
                "december", "vuosi", "vuodessa", "year")
# The colon of an intro ("Toimenpiteet: …"), not of a Finnish case ending ("wc:n remontti", "ry:n")
_INTRO_COLON = re.compile(r":(?=\s|$)|(?<=[a-zäöA-ZÄÖ]{5}):(?=[a-zäö]{4,})")
# "Taidepaja. Ohjaajana paikallinen taiteilija. Kesto 3 kk.": sentences that describe the one thing
_DETAIL_SENTENCE = re.compile(r"\.\s+(?:ohjaaja\w*|opettaja\w*|kesto|paikka(?:na)?|aika|hinta|kustannus\w*|tavoite\w*|mukana|"
                              r"led|venue|duration|cost|price|target|time|place)\b", re.IGNORECASE)
_FOLLOWING = re.compile(r"\b(?:the\s+following|following|seuraav\w*|these|nämä|näitä|näin)\s*$", re.IGNORECASE)
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


# after a counting word: "sitten katsotaan", "ensin pitää saada rahoitus", a figure: no step of the project
_NOT_A_STEP = re.compile(r"\w+\s*,?\s+(?:katsotaan|katotaan|kattellaan|katellaan|katsellaan|nähdään|mietitään|päätetään|we'?ll\s+see|see|"
                         r"\d|pitää|pittää|täytyy|tarvii|on\s+saatava|odotetaan|odotellaan|we\s+(?:must|need|have|wait)|we'?ll\s+(?:decide|think|talk)|"
                         r"we\s+will\s+(?:see|decide)|must|need\s+to|"
                         r"have\s+to|wait)", re.IGNORECASE)
_IF_WHEN = re.compile(r"\b(?:jos|if|kun|when|unless|ellei)\b", re.IGNORECASE)


def _single_line(line: str) -> list[str]:
    marks = list(_ORDINAL_AT.finditer(line))
    loose = list(_THEN_AT.finditer(line)) if _FIRST_THEN.match(line) and not _COMMA.search(line) else []
    if len(loose) > len(marks) and len(loose) >= 3:
        marks = loose  # "Ensin purku sitten perustukset sen jälkeen katon runko ja lopuksi maalaus"
    if len(marks) >= 2 and marks[0].start() == 0:  # "Ensimmäiseksi A, toiseksi B": one item from each counting word
        parts = [line[a.start():b.start() if b else len(line)].strip(" ,;.") for a, b in zip(marks, marks[1:] + [None])]
        if not any(_NOT_A_STEP.match(p) or _IF_WHEN.search(p) for p in parts):
            return [piece for p in parts for piece in _steps_within(p)]  # not "ensin laituri, sitten katsotaan": then we will see
    two = _says_two(line)
    if two:
        return two
    if _INTRO_COLON.search(line) and not line.rstrip().endswith(":"):
        head, rest = _INTRO_COLON.split(line, 1)
        if len(head.split()) <= 5 and _ONE_THING.search(head) and rest.strip():
            return [rest.strip()]  # "Yks toimenpide vaan: julkisivun korjaus"
        if len(head.split()) <= 8 and len(_INLINE_NUMBER.findall(rest)) >= 2 and _INLINE_NUMBER.match(rest.strip()):
            line = rest.strip()  # "The project comprises three work packages: (1) …, (2) …, (3) …"
        elif (len(head.split()) <= 5 or (len(head.split()) <= 10 and _FOLLOWING.search(head))) and (len(_INLINE_NUMBER.findall(rest)) >= 2 or ";" in rest or _comma_list(rest.strip())
                                       or _two_by_and(rest.strip()) or _plain_commas(rest.strip()) or rest.count(" + ") >= 2):
            line = rest.strip()
    numbered = list(_INLINE_NUMBER.finditer(line))
    if len(numbered) >= 2 and 0 < numbered[0].start() and len(line[:numbered[0].start()].split()) <= 5 and all(
            re.fullmatch(r"\(?(?:\d{1,2}|[a-h])\)", m.group(0).strip()) and m.group(0).strip().strip("()") in (str(n), "abcdefgh"[n - 1])
            for n, m in enumerate(numbered, 1)) and re.search(
            r"(?i)\b(?:to|are|is|on|ovat|aiomme|aiotaan|haluamme|halutaan|tehdään|do|will|we'?ll)\s*$", line[:numbered[0].start()]):
        line = line[numbered[0].start():]  # "we want to (1) map the needs, (2) run workshops": a short intro
        numbered = list(_INLINE_NUMBER.finditer(line))
    if len(numbered) >= 2 and numbered[0].start() == 0:
        return [p.strip(" ,;") for p in _INLINE_NUMBER.split(line) if p.strip(" ,;")]
    if _BULLET.match(line) and _INLINE_BULLET.search(line[1:]):
        return _INLINE_BULLET.split(_BULLET.sub("", line, count=1))
    emoji_marks = _EMOJI_MARK.findall(" " + line)
    if len(emoji_marks) >= 3 and _EMOJI_MARK.match(" " + line):  # "🌲 metsäretket 🌲 ryhmätapaamiset 🌲 yksilöohjaus"
        parts = [p.strip() for p in _EMOJI_MARK.split(" " + line) if p.strip()]
        if len(parts) == len(emoji_marks) and all(len(p.split()) <= 6 for p in parts):
            return parts
    bare = _bare_numbers(line)
    if bare:
        return bare
    slashed = line.split("/")
    shared = all(len(p.split()) == 1 for p in slashed[:-1]) and len(slashed[-1].split()) > 1  # "kesä / heinä / elokuun tapahtumat"
    if len(slashed) >= 3 and not shared and all(re.fullmatch(r"[^\W\d_][\w-]*(?:\s[^\W\d_][\w-]*){0,2}", p.strip()) for p in slashed) and not {
            "tai", "or", "eller"} & {w.lower() for p in slashed for w in p.split()}:
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
                                      (r"(?<=[^\W\d_])\.\s+", 3 if not _DETAIL_SENTENCE.search(line) else 99, 2)):
        parts = [p for p in re.split(separator, line) if p.strip(" .")]
        if len(parts) >= least and all(len(p.split()) <= longest for p in parts):
            return parts  # "kysely / työpaja / raportti", "Kysely. Työpaja. Raportti."
    return _comma_list(line) or _two_by_and(line) or _plain_commas(line) or _plus_pair(line) or [line]


# an emoji standing between words as a bullet: "🐑 sheep shelter 🚰 water pump ⚡ solar panel for fence"
_EMOJI_MARK = re.compile(r"\s+[\U0001F300-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF][\ufe0f\u200d\U0001F3FB-\U0001F3FF]*\s+")


_COUNT_WORD = {"first", "firstly", "second", "secondly", "third", "thirdly", "then", "finally", "lastly", "last", "ensin", "ensiksi",
               "aluksi", "eka", "ekaks", "toka", "sitten", "sitte", "sit", "lopuksi", "lopuks", "vikaks"}


def _steps_within(part: str) -> list[str]:
    """"sitte porataan kaevo, asennetaan maalämpö": a step of a sequence that is itself two actions, a verb each."""
    pieces = [q.strip() for q in _COMMA.split(part)]
    if len(pieces) >= 2 and all(q.split() for q in pieces) and all(_acts(q.split()[0]) for q in pieces[1:]) and any(
            _acts(w) for w in pieces[0].split()[:2]):
        return pieces
    pieces = [q for q in (_EDGE_AND.sub("", q).strip() for q in pieces) if q and q.lower() not in ("ja", "and", "sekä")]
    if len(pieces) >= 2 and all(1 <= len(q.split()) <= 3 for q in pieces) and not any(
            _acts(q.split()[0]) or _en_action(q.split()[0].lower()) or _ORDINAL_LEAD.sub("", q + " x") == "x"
            or q.lower() in _COUNT_WORD for q in pieces):
        return pieces  # "…, then sauna building, dock building, and last …": things named in one step
    return [part]
    return [part]


def and_chain(line: str) -> list[str] | None:
    """"Timber and fixings and paint", "kentän salaojitus ja aidan uusiminen ja …": three or more things joined by "and"
    alone, each as short as the others or an action of its own; asked as "one thing or several?" ("Arts and crafts and
    music" is two)."""
    if _COMMA.search(line) or re.search(r"[.!?;:]\s+\S", line):
        return None
    parts = [_ALSO_LEAD.sub("", p.strip(" .!"), count=1) for p in re.split(r"\s+(?:ja|sekä|and|och)\s+", line)]
    if re.search(r"\ssekä\s", line) and not re.search(r"\bsekä\b.*\bettä\b", line) and 2 <= len(parts) <= 6 and all(parts) and all(len(p.split()) <= 6 and not p.endswith("-")
                                                                                          for p in parts):
        return parts  # "ikäihmiset ja lapset sekä Seto-kylän asukkaat", "nuoret joilla ei oo töitä sekä ikäihmiset"
    if not 3 <= len(parts) <= 6 or not all(parts):
        return None  # not "Kylä & Kylä & … loppu": a name, read back whole
    if any(p.endswith("-") or re.fullmatch(r"(?:so\s+on|so\s+forth|niin\s+edelleen|yms|jne|etc|muuta|muut|more|others|other\s+stuff|stuff|"
                                           r"other\s+things|kaikkee\s+muuta|kaikkea\s+muuta)", p, re.IGNORECASE)
           for p in parts):
        return None  # "Lasten- ja nuortenkerho", "Sauna and pier and so on"
    heads = [p.split()[0].lower() for p in parts]
    if len({len(p.split()) for p in parts}) == 1 and len(parts[0].split()) <= 2 or all(_acts(h) or _en_action(h) for h in heads):
        return parts  # "Timber and fixings and paint", "kentän salaojitus ja aidan uusiminen ja …" (not "Black and white photos and films")
    return None


_SAID_INTRO = re.compile(r"^((?:hankkeen\s+|projektin\s+)?(?:keskeiset\s+|tärkeimmät\s+|pää)?toimenpiteet|(?:the\s+|our\s+)?main\s+"
                         r"(?:actions|activities)|riskit|riskejä|(?:the\s+)?risks|(?:the\s+|our\s+)?actions|kumppanit|(?:the\s+|our\s+)?partners)\s+(?:ovat|olisivat|on|are|would\s+be|will\s+be)\s+(?!seuraav|the\s+following|following|:)(?=\S)", re.IGNORECASE)


# a sentence that is one action: an -ing form, a Finnish action noun or passive first ("Building a shelter.", "Laavun rakentaminen.")
_ACTION_SENTENCE = re.compile(r"^[A-ZÅÄÖ][a-zåäö]+(?:ing|minen|taan|tään|daan|dään)\b[^.!?]{0,80}[.!]?$")


# the answer opens with "että" after at most a few words ("Tavoitteenamme on, että …"): a list of "että" clauses
_THAT_LED = re.compile(r"^(?:[^\s,]+[\s,]+){0,4}?(?:että|ett|ette|et|jotta)\s", re.IGNORECASE)


# words that close a list by asking if it will do, on a line of their own or after the last thing: "riittääks nää?",
# "is that enough or do you want numbers?", "Näin alustavasti.", "I hope that is what you meant"
_CLOSING_ASK = (r"näin\s+alustavasti|(?:i\s+)?hope\s+(?:that|this)\s+is\s+what\s+you\s+meant|riittää(?:kö|ks)\s+(?:nää|nämä|tämä|tää)\??|"
                r"is\s+that\s+enough[^.!]*\??")
# a last line that closes the message, not a thing: a greeting and name, "Toivottavasti nämä riittävät", "hope this helps"
_SIGN_OFF = re.compile(r"(?:(?:ystävällisin\s+|parhain\s+|lämpimin\s+)?terveisin|best\s+regards|best\s+wishes|best,|kind\s+regards|regards|cheers|"
                       r"mvh|hälsningar|vänliga\s+hälsningar)(?![\w-])(?:[\s,.]+[A-ZÅÄÖ][\w-]*){0,2}\W*$|"
                       r"(?:toivottavasti\s+(?:nämä|nää|tämä|tää)\s+riittä\w*|hope\s+(?:this|that)\s+(?:helps|is\s+enough)|"
                       r"(?:eiköhän\s+)?(?:noi|nuo|nää|nämä|ne|siinä|tässä)\s+(?:on|ovat|ole|oo)\s+(?:ne\s+)?(?:tärkeimmät|kaikki|pääasiat)|"
                       r"siin(?:ä)?\s+(?:ne|kaikki)|" + _CLOSING_ASK + r"|"
                       r"(?:those|these)\s+are\s+the\s+(?:main|most\s+important)(?:\s+ones)?|that'?s\s+(?:about\s+)?(?:it|all)|"
                       r"(?:kiitos|thanks|thank\s+you)(?:\s+(?:paljon|kovasti|etukäteen|a\s+lot|so\s+much|in\s+advance|for\s+(?:your|the)\s+help|"
                       r"avusta|avustanne))?(?![\w-])(?:[\s,.]+[A-ZÅÄÖ][\w-]*)?)\W*$", re.IGNORECASE)  # not "Thank you dinner for the volunteers"


# "Risks - A - B - C", "goals: A - B - C": what the list is, then its things between dashes
_DASH_ROW = re.compile(r"^(?:(?:the\s+|our\s+|main\s+|hankkeen\s+)?(?:riskit|risks?|tavoitteet|goals?|aims?|results?|tulokset|toimenpiteet|"
                       r"actions|activities|partners|kumppanit|yhteistyökumppanit|hankinnat|purchases|kohderyhmät|target\s+groups?))"
                       r"\s*[-–—:=]\s+(?P<rest>\S.*\s[-–—]\s.*)$", re.IGNORECASE)


def split_items(text: str) -> list[str]:
    """Items from a numbered or bulleted list, a line per item, ``a; b; c`` or a short comma list;
    an intro line ending in ``:`` is dropped and one sentence stays one item. A message in capitals is read in small
    letters and its items given back as typed."""
    said = plainly(dictated(text))
    return as_written(text, for_both(without_restated(_split_items(said)), said))


def for_both(items: list[str], said: str) -> list[str]:
    """``items`` with a lone "for whom" word or place name put back on the thing before it: "hygieniakoulutus isännille ja
    emännille", "the youth of Övermark and Pörtom"."""
    out: list[str] = []
    for item in items:
        both = (re.fullmatch(r"[^\W\d_]+(?:lle)", item) and re.search(r"\s[^\W\d_]+lle$", out[-1])) if out else False
        places = (re.fullmatch(r"[A-ZÅÄÖ][^\W\d_]+", item) and re.search(r"\b(?:of|from|in)\s+[A-ZÅÄÖ][^\W\d_]+$", out[-1])) if out else False
        if both or places:
            joined = next((f"{out[-1]} {word} {item}" for word in ("ja", "sekä", "tai", "and", "or")
                           if f"{out[-1]} {word} {item}" in said), None)
            if joined is not None:
                out[-1] = joined
                continue
        out.append(item)
    return out


def without_restated(items: list[str]) -> list[str]:
    """``items`` without one said again with "only" after a take-back ("lathe, sander, no wait …, only sander and clamps")."""
    seen = {item.lower() for item in items}
    return [item for item in items if not ((bare := _ONLY_LEAD.sub("", item)) != item and bare.lower() in seen)]


# a line that takes itself back: "maybe a recipe book, no, forget the book", "kahvinkeitin – ei ku unohda se"
_LINE_TAKEN_BACK = re.compile(r"\b(?:no|nope|ei|ee|nej|nei)\W+(?:forget|drop|scratch|skip|unohda|unohetaan|unohdetaan|jätetään\s+pois|"
                              r"pois|ei\s+sittenkään)\b|\b(?:ei\s*ku|eiku)\s+(?:unohda|pois)\b", re.IGNORECASE)
# a first line that names the list: "Toimenpiteet ois nämä 💜", "Our partners are these", "Hankinnat olis seuraavat"
_NAMED_THESE = re.compile(r"^(?:(?:hankkeen|meidän|meiän|our|the)\s+)?\w+\s+(?:ois|olis|olisi|on|ovat|would\s+be|are|will\s+be)\s+"
                          r"(?:nämä|nää|seuraavat|seuraavia|tässä|these|the\s+following|as\s+follows)\W*$", re.IGNORECASE)


def _split_items(text: str) -> list[str]:
    row = _DASH_ROW.match(text.strip()) if "\n" not in text.strip() else None
    if row and re.search(r"\d\s*[-–—]\s*\d|\b(?:" + "|".join(_MONTH_STEMS) + r"|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\s*[-–—]",
                         row.group("rest"), re.IGNORECASE):
        row = None  # "Goals - 20 - 30 new members", "Activities - May - June: …": a range, not a row of things
    if row:
        parts = [_clean_item(p) for p in re.split(r"\s+[-–—]\s+", row.group("rest"))]
        if 2 <= len(parts) <= MAX_ITEMS and all(1 <= len(p.split()) <= 8 for p in parts) and not _COMMA.search(row.group("rest")):
            return parts  # "Risks - panel prices go up - contractor too busy - volunteers get tired"
    lines = tidy_lines([line.strip() for line in without_said_intro(text).replace("\r", "\n").split("\n") if line.strip()])
    if not lines:
        return []
    if len(lines) == 1 and _AND_THAT.search(lines[0]) and not _COMMA.search(lines[0]):
        return [_clean_item(part) for part in _AND_THAT.split(lines[0])]  # "että nuoret oppii … ja että vanhat laulut …"
    first_that = _THAT_NEXT.search(lines[0]) if len(lines) == 1 else None
    head = lines[0][:first_that.start()] if first_that else ""
    if first_that and _THAT_LED.match(text.strip()) and len(head.split()) >= 2 and not re.search(
            r"\b(?:on|o|ovat|ois|olis|olisi|är|\w+isin)$", head, re.IGNORECASE):  # not "Toivoisin, että …", "Tavoitteena on, että …"
        parts = [_clean_item(part) for part in _THAT_NEXT.split(lines[0])]  # "ette A, ette B ja ette C", "tavotteena on että A, ja että B"
        if all(parts) and len(parts) <= 8:
            return parts
    only = _ONLY_IS.match(lines[0]) if len(lines) == 1 else None
    if only and not _COMMA.search(lines[0]) and not re.search(r"\s(?:ja|and|sekä)\s", lines[0]):
        return [_clean_item(lines[0][only.end():])]  # "Ainoa hankinta on sähkömankeli."
    if len(lines) == 1:
        lines = [spoken_tail(pauses_as_commas(lines[0]))]  # "…, keinut... ja ne turva-alustat unohin"
        more = _one_more(lines[0])
        if more:
            return more[:MAX_ITEMS]
    said_as = None
    if len(lines) == 1 and ":" not in lines[0]:  # "Hankkeen keskeiset toimenpiteet ovat A, B ja C.": an intro said as a sentence
        said_as, lines = lines[0], [_SAID_INTRO.sub(lambda m: m.group(1) + ": ", lines[0], count=1)]
    if len(lines) >= 3 and _SIGN_OFF.match(lines[-1].strip()):
        lines = lines[:-1]  # "Ystävällisin terveisin Pirkko", "Toivottavasti nämä riittävät."
    if len(lines) > 1 and lines[0].endswith(":"):
        lines = lines[1:]
    elif len(lines) > 2 and not _BULLET.match(lines[0]) and (all(_BULLET.match(line) for line in lines[1:]) or (
            len(lines[0].split()) <= 4 and re.match(r"(?:tässä|tässäpä|täs|here'?s|here\s+is|here\s+are)\b|.*[👇⬇↓]\W*$", lines[0],
                                                     re.IGNORECASE)) or _NAMED_THESE.match(lines[0])):
        lines = lines[1:]  # "Tässä 👇" / "Here's the plan" above a list
    if len(lines) >= 3 and sum(bool(_LINE_TAKEN_BACK.search(line)) for line in lines) == 1:
        lines = [line for line in lines if not _LINE_TAKEN_BACK.search(line)]  # "- maybe a recipe book, no, forget the book"
    if len(lines) > 1 and all(re.match(rf"{n}\s+\S", line) for n, line in enumerate(lines, 1)):
        lines = [line.split(None, 1)[1] for line in lines]  # "1 kysely" / "2 työpaja"
    sentences = re.split(r"(?<=[.!])\s+(?=[A-ZÅÄÖ])", lines[0]) if len(lines) == 1 else []
    if 2 <= len(sentences) <= 8 and all(_ACTION_SENTENCE.match(sentence) for sentence in sentences):
        raw = sentences  # "Buying a tractor. Building a shelter for the horses. Making the parking place bigger."
    elif len(lines) == 1:
        raw = _single_line(lines[0])
    else:
        bulleted = sum(1 for line in lines if _BULLET.match(line)) >= max(2, len(lines) - 1)
        if bulleted and len(lines) >= 3 and not _BULLET.match(lines[-1]) and _remark(lines[-1], lines[:-1]):
            lines = lines[:-1]  # "(Kaikki urakoitsijan toimesta.)", "Lisäksi tiedotamme …, mutta sitä en laske toimenpiteeksi."
        raw = []
        for line in lines:
            if bulleted and raw and not _BULLET.match(line) and line[:1].islower():
                raw[-1] = f"{raw[-1]} {line}"  # a bullet's text wrapped onto the next line
            else:
                raw.append(line)
    items = [item for item in (_clean_item(_EDGE_AND.sub("", r)) for r in raw) if item]
    if len(items) >= 2 and " + " in items[-1] and not re.search(r"\d|\(", items[-1]):
        last = [p.strip() for p in items[-1].split(" + ")]
        if len(last) == 2 and all(1 <= len(p.split()) <= 3 for p in last):
            items = items[:-1] + last  # "mikit, kaiuttimet, läppärit + pelikoneet"
    if len(items) >= 2 and _DASH_REMARK.search(items[-1]):
        items[-1] = _DASH_REMARK.sub("", items[-1]).strip() or items[-1]
    if len(items) >= 2:
        tail = re.search(r"\.\s+(?=[A-ZÅÄÖ])", items[-1])
        remark = items[-1][tail.end():] if tail else ""
        if tail and not _ADDS.match(remark) and _NOT_AN_ITEM.search(remark) and (
                len(remark.split()) >= 5 or (len(remark.split()) >= 3 and _NOT_COUNTED.search(remark))):
            items[-1] = items[-1][:tail.start()]  # "…; accessibility ramp. I also considered solar panels, but they were dropped"
    if len(lines) == 1 and not _INLINE_NUMBER.search(lines[0]) and not _BULLET.match(lines[0]):
        items = _we_will_first(without_list_intro(items))
    if sum(1 for item in items if _ORDINAL_LEAD.match(item)) >= 2:  # "Ensiksi A, toiseksi B ja kolmanneksi C": the counting words go
        items = [_ORDINAL_LEAD.sub("", item, count=1) for item in items]
        if re.match(r"we\s+\w{3,}", items[0], re.IGNORECASE) and not any(re.match(r"we\s", i, re.IGNORECASE) for i in items[1:]):
            items[0] = items[0][3:]  # "first we get the permit, then build the sauna, …": "we" said once, with the first
    elif len(items) >= 3 and _LAST_LEAD.match(items[-1]):
        items[-1] = _LAST_LEAD.sub("", items[-1], count=1)  # "polun raivaus, pitkospuut ja taulut, ja sitte avajaiset"
    if len(items) >= 3 and len(lines) == 1 and _SEQUENCE_TAIL.search(lines[0]):
        items = [side for item in items[:-1] for side in _short_pair(item)] + items[-1:]  # "…, pitkospuut ja taulut, ja sitte avajaiset"
    if len(items) >= 4 and re.fullmatch(r"kaikki|everyone|everybody|all", items[0], re.IGNORECASE):
        items = items[1:]  # "Kohderyhmä on kaikki, lapset, nuoret, …": the word for all, then who
    if len(items) >= 2:
        items = items[:1] + [_ALSO_LEAD.sub("", item, count=1) or item for item in items[1:]]  # "…, plus local retirees"
    if items and raw and _DASH_CLAUSE.search(str(raw[-1]).strip()):
        cut = list(re.finditer(r"\s+[-–—]\s+", items[-1]))  # "koiranomistajat – koirauimala on tosi toivottu 🐶", "… – they have coffee there"
        items[-1] = items[-1][:cut[-1].start()].strip() if cut else items[-1]
    if len(items) >= 3 and _SO_ON_ALONE.fullmatch(items[-1]):
        items = items[:-1]  # "tanssit, bingot, ym": the rest, not a thing
    if len(items) >= 2 and "(" not in items[-1]:
        items[-1] = _AND_SO_ON.sub("", items[-1]).strip() or items[-1]  # "…, koululaiset yms" (not "help with forms (Kela etc.)")
    if len(items) == 1 and len(lines) == 1:
        alone = _ONLY_LEAD.sub("", _FOR_NOW.sub("", items[0]), count=1).strip()
        if alone and len(alone.split()) <= 6:
            items = [alone]  # "Only the library for now", "Pelkästään uusi tanssilattia"
    if len(items) == 1 and said_as is not None and said_as != lines[0]:
        items = [_clean_item(said_as)]  # "riskit on suuret": no list after the intro, the words as said
    return items[:MAX_ITEMS]


# a sequence word opening the last of comma parts: "…, ja sitte avajaiset", "…, sitten vasta remontti", "…, sit viel valot"
_SEQUENCE_TAIL = re.compile(r",\s*(?:ja\s+|and\s+)?(?:sit(?:te|ten)?|then|and\s+then)(?:\s+(?:vasta|viel|vielä))?\s+\S+(?:\s+\S+){0,3}\W*$",
                            re.IGNORECASE)


def _short_pair(item: str) -> list[str]:
    """"pitkospuut ja taulut" as two, before a sequence's next step; a longer part stays whole."""
    sides = re.split(r"\s+(?:ja|and)\s+", item)
    if len(sides) != 2 or not all(1 <= len(side.split()) <= 2 for side in sides) or sides[0].endswith("-") or " -" in sides[1]:
        return [item]  # "kunnostus- ja maalaustyöt", "kahvi ja pulla -tilaisuus": one thing
    return sides


# a clause after a dash that says something of the last thing: "koiranomistajat – koirauimala on tosi toivottu",
# "the pensionärsförening – they have coffee there every tuesday"
_DASH_CLAUSE = re.compile(r"(?<=\w)\s+[-–—]\s+(?:(?:they|ne|net|niitä|niil\w*|he|heil\w*)\s+\w+[^,;]*|[^,;]*[\U0001F300-\U0001FAFF\u2600-\u27BF]\ufe0f?\W*)$",
                          re.IGNORECASE)
# "…, koululaiset yms", "…, and so on": the rest, not a thing
_AND_SO_ON = re.compile(r"\s*,?\s+(?:yms|ym|jne|tms|etc|etc\.|ja\s+niin\s+edelleen|and\s+so\s+on|and\s+so\s+forth|sun\s+muuta|"
                        r"ja\s+muuta\s+sellaista|and\s+stuff|(?:ja|and)\s+(?:sen\s+)?(?:sellasta|sellaista|semmosta|semmoista)|"
                        r"and\s+(?:whatnot|such|the\s+like))\W*$", re.IGNORECASE)
# a last part that is only "and so on": "tanssit, bingot, ym", "kursseja, tapahtumia ja semmosta"
_SO_ON_ALONE = re.compile(r"(?:yms|ym|jne|tms|etc|(?:sen\s+)?(?:sellasta|sellaista|semmosta|semmoista)|whatnot|such|the\s+like|"
                          r"so\s+on|niin\s+edelleen|sun\s+muuta)\W*", re.IGNORECASE)
# a lone thing said with "only", "just", "pelkästään", or "for now", "really" after it
_ONLY_LEAD = re.compile(r"^(?:(?:only|just|pelkkä|vaan)\s+(?=(?-i:[a-zåäö]))|(?:vain|ainoastaan|pelkästään)\s+(?=\w))(?!\S+\s+-)"
                        r"(?!(?:yksi|yks|yhden|one|a\s+single|kaksi|kaks|two|muutama|a\s+few|\d)\b)", re.IGNORECASE)  # not "Vain yksi uusi toimenpide"
_FOR_NOW = re.compile(r"\s+(?:for\s+now|really|tällä\s+erää|toistaiseksi|ainakin\s+nyt|at\s+the\s+moment|nyt\s+aluksi)\W*$", re.IGNORECASE)


# "…, plus local retirees", "…; also a defibrillator", "… ja sitte vielä yks saumuri": a word that adds the thing, not the thing's own
_ALSO_LEAD = re.compile(r"^(?:plus|also|and\s+also|as\s+well\s+as|lisäksi|myös|sekä|(?:sit(?:te|ten)?\s+)?(?:vielä|viel)|secondarily|thirdly|sit(?:te|ten)?|and\s+then|then|"
                        r"et|ett|ette|että|jotta)\s+(?=\w{3,})",
                        re.IGNORECASE)
# "greenhouse. that's it, just the greenhouse", "Erect the tower. That is the whole project, really.": a closing remark
_THATS_ALL = re.compile(r"(?<=\w)(?:[.!]|\s*[,;]|\s+[–—/-])\s+(?:that'?s\s+(?:about\s+)?(?:it|all|the\s+main\s+(?:thing|one))(?:\s+i\s+think)?|siinä\s+se\s+(?:about|suunnilleen|kai)|"
                        r"(?:noi|nuo|nää|nämä|ne)\s+(?:on|ovat)\s+(?:ne\s+)?tärkeimmät|nothing\s+more(?:\s+is\s+needed)?|that\s+is\s+(?:it|all|the\s+whole\s+\w+)|nothing\s+else|"
                        r"siinä\s+(?:kai\s+|varmaan\s+)?(?:kaikki|se|ne)(?:\s+kai|\s+mitä\s+tarvitaan|\s+mitä\s+tarvitsemme)?|siin\s+(?:kai\s+)?(?:kaikki|se|ne)|ei\s+muuta|ei\s+mitään\s+muuta|(?:sen\s+)?enempää\s+(?:\w+\s+)?en\s+osaa\s+\w+|"
                        + _CLOSING_ASK + r"|kelpaa(?:ko|ks)\s+(?:nää|nämä|tämä|tää)\??|"
                        r"muita\s+ei\s+(?:oo|ole|o)(?:\s+vie?l\w*)?|ei\s+(?:oo|ole)\s+(?:vielä\s+|viel\s+)?muita|no\s+others?(?:\s+yet)?|"
                        r"none\s+(?:other|else)(?:\s+yet)?)"
                        r"(?:\s*[,.!]?\s*(?:really|honestly|oikeesti|just|only|vain|vaan|pelkkä|pelkästään)\b[^.!?,]*)?[.!]?[^\w.,;:]*$",
                        re.IGNORECASE)  # not "That's all we can afford, plus a small pier", "Ei muuta tällä erää, syksyllä sit leiri"
# "seeds, tools, a shed. oh and a water tank", "…. Oh, and the Friesland visit, I forgot.": one more thing
_OH_AND = re.compile(r"(?<=\w)[.!]\s+(?:(?:oh|ai\s+niin|ainiin|aijjoo|ai\s+joo)\W*\s*(?:and|ja)|(?:ja|and)\s+(?:tietysti|tietenkin|of\s+course|vielä|also))"
                     r"\s+(?=\w)|(?<=[^\W\d_])[.!]\s+(?:and|ja|plus)\s+(?=\w)", re.IGNORECASE)  # "…. Ja tietysti hintojen nousu.", "…. and 20 signs"
_FORGOT = re.compile(r",\s*(?:i\s+forgot|i\s+almost\s+forgot|unohdin|unohtu\w*)\W*$", re.IGNORECASE)


def spoken_tail(line: str) -> str:
    """One line without a closing "that's it" or ", really"."""
    line = re.sub(r",\s*(?:really|honestly|oikeesti|oikeestaan|i\s+guess|kai)\W*$", "", line, flags=re.IGNORECASE).strip() or line
    if len(line.split()) >= 3:  # "just the pier really", "everyone in the village tbh": the filler without its comma
        line = re.sub(r"(?<=\w)\s+(?:really|honestly|tbh)\W*$", "", line, flags=re.IGNORECASE).strip() or line
    remark = _REMARK_AFTER.search(line)
    if remark and (not re.match(r"\W*(?:niitä|niit|ne|net|they|them)\b", remark.group(0), re.IGNORECASE)
                   or _COMMA.search(line[:remark.start()]) or _ONLY_AND.search(line[:remark.start()])):
        line = line[:remark.start()].strip() or line  # not "yhteistyö … kanssa, ne on Ruotsin puolella": about the one thing
    return _THATS_ALL.sub("", line).strip() or line


# "…, niitä on kesällä tuplasti", "…; the rest we already have", "…, muuta ei tarvita ko …", "…; the projector we already
# have": said about the things, no thing
_REMARK_AFTER = re.compile(r"(?<=\w)[.,;]\s*(?:niitä|niit|ne|net|they|them|the\s+rest|loput|muut|muuta)\s+(?:on|ovat|oli|olis|ois|are|were|we|me|"
                           r"meillä|meil|jo|already|ei|eivät|don'?t|do\s+not)\b[^,;]*$|"
                           r"(?<=\w)[,;]\s*(?:the\s+)?\w+\s+(?:we\s+already\s+have|we\s+have\s+already|meillä\s+on\s+jo|on\s+jo\s+meillä)\W*$",
                           re.IGNORECASE)


def _one_more(line: str) -> list[str] | None:
    """"seeds, tools and a shed. Oh, and a water tank, I forgot": the things before, then the one added."""
    if len(_OH_AND.findall(line)) != 1:
        return None
    head, added = _OH_AND.split(line)
    added = _FORGOT.sub("", added).strip(" .!")
    added = re.sub(r"^(?:ehkä|maybe|perhaps|varmaan|possibly)\s+(?=\w)", "", added, flags=re.IGNORECASE)  # "…. ja ehkä juhla joulu"
    if not added or len(added.split()) > 5 or _NOT_A_THING.search(added) or any(_acts(w) for w in added.split()):
        return None  # "Oh, and Liisa says hi", "Ai niin ja kaikki tehdään talkoilla": a remark, asked
    items = split_items(head)
    return items + [added] if items else None


_NOT_A_THING = re.compile(r"\b(?:is|are|was|has|have|needs?|says?|said|must|will|on|ovat|oli|ne|se|it|they|all|kaikki|terveisiä|hi|hello|"
                          r"moi|kiitos|thanks)\b", re.IGNORECASE)


_ORDINAL_AT = re.compile(r"(?:^|(?<=[,;.]\s)|(?<=\sja\s)|(?<=\sand\s))(?:ensiksi|ensinnäkin|ensimmäiseksi|toiseksi|kolmanneksi|"
                         r"neljänneksi|viidenneksi|firstly|secondly|thirdly|fourthly|"
                         r"(?<!^)(?:sit(?:te|ten)?|(?<=\sja\s)samalla|sen\s+jälkeen|seuraavaksi|lopuks(?:i)?|lopulta|viimeks(?:i)?|then|after\s+that|finally|lastly|"
                         r"(?<=\sand\s)last)|"
                         r"^ensin|^aluksi|^first(?=\s*,|\s+(?:a|an|the|we)\b))\b",
                         re.IGNORECASE)  # "Ensin kartotetaan tarve, sitten pietään kyläkahvilat ja lopuks tehhään opas"
# said without commas: "ensin X sitten Y sen jälkeen Z": a sequence word anywhere after a line that opens with "ensin"
_FIRST_THEN = re.compile(r"^(?:ensin|aluksi|eka|ekaks|first)\s+\w", re.IGNORECASE)  # "eka maanrakennus sitte … sitte … ja lopuks …"
_THEN_AT = re.compile(r"(?:^(?:ensin|aluksi|eka|ekaks|first)|(?<=\s)(?:sit(?:te|ten)?|(?<=\sja\s)samalla|sen\s+jälkeen|seuraavaksi|lopuks(?:i)?|lopulta|vikaks|"
                      r"(?:ja\s+)?(?:" + _LAST_SAID + r"|viimeks)|then|after\s+that|"
                      r"finally|lastly))\b", re.IGNORECASE)
_ORDINAL_LEAD = re.compile(r"^(?:ensin|aluksi|lopulta|samalla|sen\s+jälkeen|seuraavaksi|after\s+that|ensiksi|ensinnäkin|ensimmäiseksi|toiseksi|kolmanneksi|neljänneksi|viidenneksi|firstly|secondly|"
                           r"thirdly|fourthly|(?:first|second|third|fourth|fifth)(?=\s*,)|first(?=\s+(?:a|an|the|we)\b)|eka(?:ks)?|ensiks|toka(?:ks)?|"
                           r"sit(?:te|ten)?(?:\s+vasta)?|lopuks(?:i)?|vikaks|viimeiseks|viimee?ks(?:i)?|then|finally|lastly|last)\s*,?\s+(?=\w)",
                           re.IGNORECASE)
# the last of several items opened by "ja sitte", "and finally": the closing word of a sequence
_LAST_LEAD = re.compile(r"^(?:sit(?:te|ten)?|lopuks(?:i)?|vikaks|viimee?ks(?:i)?|finally|lastly)\s*,?\s+(?=\w{3,})", re.IGNORECASE)


def without_list_intro(items: list[str]) -> list[str]:
    """"mummo haluu et on kuoro, käsityöpiiri ja …", "ostetaan puukiuas, lauteet ja …": the first of three or more
    things without the words that open the whole list (not when the others open with a verb of their own)."""
    if len(items) < 3 or any(not i.split() or _acts(i.split()[0]) or _en_action(i.split()[0].lower()) or _ONE_VERB.match(i)
                             for i in items[1:]):
        return items  # "Kunnostetahan laavu, rakennetahan polku …": a verb each
    if any(re.match(r"[a-zåäö]+(?:mme)\b|we\s", i, re.IGNORECASE) for i in items[1:]):
        return items  # "Hankimme luvat, teemme suunnitelman ja rakennamme laavun": a verb each
    if any(re.match(r"(?:\w*yhdistys|\w*seura|koulu|kunta|seurakunta|kerho|porukka|nuoret|partio\w*)\b", i, re.IGNORECASE) for i in items[1:]):
        return items  # "Seurakunta järjestää joulukirkon, kyläyhdistys joulumyyjäiset ja …": each one's own doer
    said = _WHO_WANTS.match(items[0]) or _BUYING.match(items[0]) or _ONE_VERB.match(items[0]) or (
        _ACQUIRING.match(items[0]) if not any(_TASK.search(i) or re.search(r"kurssi\w*$", i) for i in items[1:]) else None)
    return [items[0][said.end():].strip(), *items[1:]] if said and items[0][said.end():].strip() else items


def _we_will_first(items: list[str]) -> list[str]:
    """"We will restore the mill wheel, rebuild the millrace and open a trail": "we will" said once before verbs each."""
    if len(items) < 2:
        return items
    will = re.match(r"(?:we|me)\s+(?:will|are\s+going\s+to|plan\s+to|want\s+to|would\s+like\s+to|aim\s+to)\s+(?=\w)", items[0], re.IGNORECASE)
    if will and _en_action(items[0][will.end():].split()[0].lower()) and all(
            i.split() and _en_action(i.split()[0].lower()) for i in items[1:]):
        return [items[0][will.end():], *items[1:]]
    return items


# Someone else's wish or a work party's plan said before the first of several things: the things are the items
_WHO_WANTS = re.compile(r"^(?!(?:me|we|i|mä|mää|mie|minä)\b)(?:(?:\w+\s+){0,2}?(?:haluu|haluaa|haluais|haluaisi|toivoo|wants|would\s+like)|"
                        r"(?:\w+n\s+)?(?:porukka|\w*yhdistys|\w*seura|\w*kerho)\s+järjestää)\s+(?:(?:et|että)\s+(?:on|ois|olisi|"
                        r"tulis|tulisi)\s+|to\s+have\s+)?(?=\w)", re.IGNORECASE)
# Buying said once for several things bought: "ostetaan puukiuas, lauteet ja pelastusrengas" (the spoken and conditional
# forms, "ostetahan", "ostettas", "we will buy", are _ONE_VERB's)
_BUYING = re.compile(r"^(?:ostetaan|ostetaa|ostethaan|(?:me\s+)?(?:ostamme|hankimme|hankkisimme|ostaisimme)|we\s+(?:are\s+buying|will\s+buy|buy))\s+(?=\w)", re.IGNORECASE)


# "Hankitaan leivinuuni, taikinakone, …": acquiring said once for things (not before "ensiapukurssi, loppuarviointi": actions)
_ACQUIRING = re.compile(r"^(?:hankitaan|hankitaa|hankithaan)\s+(?=\w)", re.IGNORECASE)


# One verb said once for several things, spoken or conditional: "hankitahan sohvat, kahvikone, …", "tarvitaan liesi, …",
# "Myö järjestettäis kylätupa, …", "We will organise a camp, …" (not "Ensin kartotetaan tarve, sitten pietään …": a verb each)
_ONE_VERB = re.compile(r"^(?:(?:me|myö|mä|mää|mie|minä)\s+)?(?:\w+(?:tahan|tähän|dahan|dähän|ttas|ttäs|ttaas|ttääs|ttais|ttäis|ttaisiin|ttäisiin|"
                       r"dettais|dettäis)|tarvitaan|tarvitaa|tarvittas|tarvittais|tarvitahan|"
                       r"halutaan|halutaa|haluttas|haluttais|we(?:\s+will|'ll|\s+would|'d|\s+want\s+to|\s+plan\s+to)?\s+"
                       r"(?:organi[sz]e|hold|arrange|run|need|get|acquire|purchase|buy))\s+(?=\w)", re.IGNORECASE)


# a remark that adds ("Plus a trailer if …", "Ei unohdeta nuotiopaikkaa") is not one that takes out
_ADDS = re.compile(r"(?:plus|lisäksi|also|and|ja|myös|ei\s+unohdeta|don'?t\s+forget|älkää\s+unohtako|älä\s+unohda)\b", re.IGNORECASE)
# a short remark that something is not counted: "Kahvitusta emme laske toimenpiteeksi."
_NOT_COUNTED = re.compile(r"\b(?:laske\w*|lasketa|count\w*|includ\w*|kuulu\w*)\b", re.IGNORECASE)
# a sentence after the last item that takes something out rather than adding it
_NOT_AN_ITEM = re.compile(r"\b(?:but|mutta|mut|not|ei|en|emme|eivät|don'?t|won'?t|dropped|pudotettu|jätetty|jätettiin|pois|removed|left\s+out)\b", re.IGNORECASE)


def _remark(last: str, above: list[str]) -> bool:
    """A line under a bulleted or numbered list that comments on it rather than adding to it: in brackets, or a whole
    sentence much longer than any item above it."""
    if last.startswith("(") and last.rstrip(" .").endswith(")"):
        return True
    longest = max(len(_BULLET.sub("", line).split()) for line in above)
    return last[:1].isupper() and last.rstrip().endswith((".", "!")) and len(last.split()) >= max(8, longest + 4)


def without_intro(text: str) -> str:
    """The answer on one line without a short intro ("Main actions: A and B" -> "A and B")."""
    line = " ".join((text or "").split()).strip(" .!")
    intro = re.match(r"^[^:,;]{1,30}:\s+(?=\S)", line)
    return line[intro.end():] if intro and len(intro.group(0).split()) <= 3 else line


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
