"""List answers that name no thing yet: "kaikki", "everyone really", "the stone things", "get the beach sorted"."""

from __future__ import annotations

import re

# "kaikki", "Everyone, really.", "everything lol": the one word for all, with only a filler after it
_ALL_ALONE = re.compile(r"^(?:no+h?\s+)?(?:kaikki|kaikkee|kaikkea|kaikkie|everyone|everybody|everything)"
                        r"(?:\W+(?:really|tbh|honestly|lol|oikeesti|vaan))*\W*$", re.IGNORECASE)
# "kaikki hyvä kylälle", "kylän hyväks kaikkee", "kaikkee kivaa mitä kylällä voi tehä": all that is good, no thing named
_ALL_GOOD = re.compile(r"^(?:no+\s+)?(?:kaikki|kaikkee|kaikkea|kaikkie)\s+(?:hyvä|hyvää|kivaa|kiva|kivvaa|hyva|hyvaa|hyvät|hyvat)\b|"
                       r"^(?:\w+n\s+)?hyväks(?:i)?\s+(?:kaikki|kaikkee|kaikkea)$", re.IGNORECASE)
# "Everything that helps people to integrate and find work": all that serves an aim, however long the aim
_ALL_THAT = re.compile(r"^(?:everything|anything)\s+(?:that|which|what|necessary|needed|we\s+need)\s+\w+|^allt\s+(?:som|vad)\s+\w+", re.IGNORECASE)
# "semmosta yhteistä hyvää kyläläisille", "many things... to make the village alive", "jotain tekemistä täällä": a kind of
# good, not a thing
_GOOD_KIND = re.compile(r"^(?:semmost\w*|semmoist\w*|sellast\w*|sellaist\w*|jotain|jotaki|jotakin)\s+(?:yhteistä\s+|yhteistä\s+ja\s+)?"
                        r"(?:hyvää|hyvaa|kivaa|mukavaa|tekemistä|tekemista|puuhaa)\b|"
                        r"^(?:many|lots\s+of|all\s+kinds\s+of|different)\s+(?:good\s+)?(?:things|stuff)\b(?!\s*[:-])", re.IGNORECASE)
# "the stone things", "sports stuff for everyone", "no se kyyti juttu", "tähtijuttuja": a thing's word that names no thing
_STUFF = re.compile(r"^(?:\w*jut(?:tu|tua|tuja|ut|tuu|tuun)|stuff|things)$", re.IGNORECASE)
# "get the beach sorted", "make the shore nice again", "make it better": a wish for a place, no action named
_MAKE_NICE = re.compile(r"^(?:just\s+)?(?:to\s+)?(?:make|get|making|getting|bring|bringing)\s+(?:\w+\s+){0,3}(?:nice|nicer|better|sorted|good|great|"
                        r"fixed\s+up|in\s+shape|alive|back\s+to\s+life|going|beautiful|pretty|lovely|cosy|cozy)(?:\s+(?:again|around\s+here|here))*$|"
                        r"^(?:just\s+)?(?:make|making)\s+(?:\w+\s+){0,3}(?:nice|nicer|better|good|great|alive|beautiful|pretty|lovely)"
                        r"\s+for\s+(?:the\s+)?(?:everyone|everybody|all|people|families|kids|children|locals|villagers|us)(?:\s+(?:here|again))?$",
                        re.IGNORECASE)  # "make the forest nice for everyone" (not "get the old sauna fixed up for the villagers")
# "kaikki tarpeellinen", "kaikki tavara mitä urheilu tarvitsee", "the usual partners", "Erilaiset tukitoimet", "urheilu asia",
# "semmosta toimintaa nuorille": a kind of thing, or all that is needed, no thing named
_VAGUE_KIND = re.compile(r"^(?:kaikki|kaikkee|kaikkea)\s+(?:tarpeellinen|tarpeellista|tarvittava|tarvittavat)$|"
                         r"^(?:kaikki|kaikkee|kaikkea)\s+(?:tavara|tavarat|kamat|kama|tarvikkeet|mahollinen|mahdollinen|sellast|semmost|stuff)\s+"
                         r"(?:mitä|mikä|jota|joita)\s+\w+(?:\s+\w+){0,3}$|"
                         r"^(?:the\s+)?usual\s+\w+$|^(?:erilaiset|erilaisia|various|different)\s+\w+$|"
                         r"^\w+\s+asi(?:a|at|oita)$|^(?:semmost\w*|sellast\w*)\s+toimintaa(?:\s+\w+)?$|"
                         r"^(?:kaikki|kaikkee|kaikkea)\s+(?:mahollinen|mahdollinen|mahollista|mahdollista|vähän)$|"
                         r"^(?:ne|sitä|niitä)\s+(?:\w+\s+)?(?:mitä|mikä|joita)\s+(?:\w+\s+){0,3}tarvi\w*$|"
                         r"^(?:tavaroita|tavaraa|tarvikkeita|laitteita|välineitä|activities|equipment)$|"
                         r"^(?:tarvittavat|tarpeelliset|needed|necessary)\s+\w+$|^(?:ne\s+)?tavalliset(?:\s+\w+)?$|"
                         r"^(?:ne\s+)?sama(?:a|t)?\s+k(?:u|uin|un)\s+(?:ennen\w*|aina|viimeksi|viime\s+\w+|\w+(?:lla|llä|illa|illä))$|"
                         r"^(?:the\s+)?same\s+(?:like|as)\s+(?:the\s+)?(?:other|another|last|previous)\b.*$|"
                         r"^(?:niitä|niit)\s+on\s+(?:monenlaisia|monenlaisii|vaikka\s+mitä|kaikenlaisia|paljon)$|"
                         r"^(?:monta|paljon|kaikenlaista|kaikkea)\s+(?:hyvää?|kivaa|mukavaa)\s+(?:asia\w*\s+)?\w*$|"
                         r"^everything\s+\w+[- ]related$|"
                         r"^(?:kaikki|kaikkee|kaikkea)\s+(?:ne\s+)?(?:kylän\s+|tärkeä\w*\s+)?(?:porukat|tavalliset|asiat|jutut)$|"
                         r"^(?:various|different|many|several)\s+(?:stakeholders|partners|people|groups|actors|organisations|organizations)"
                         r"(?:\s+(?:in|of|from)\s+the\s+(?:area|region|village))?(?:\s+help)?$|"
                         r"^(?:eri|erilaisia|monenlaisia)\s+(?:toimenpiteitä|toimia|asioita|juttuja)(?:\s+\w+\s+hyväksi)?$|"
                         r"^(?:activities|toimintaa|things)\s+for\s+(?:everybody|everyone|all)$|"
                         r"^(?:semmos\w*|sellas\w*)\s+(?:kylän\s+)?(?:juttu\w*|asio\w*)$|"
                         r"^(?:no\s+)?(?:ne\s+)?(?:on\s+)?(?:ne\s+)?samat\s+(?:\w+\s+)?(?:kuin|ku|kun)\s+(?:viime\s+\w+|ennen\w*|edellis\w*\s+\w+|"
                         r"viimeksi|aina)$|"
                         r"^(?:various|different|erilais\w*)\s+(?:equipment|things|stuff|items|groups|activities|tarvikkeit\w*|välinei\w*|laittei\w*|"
                         r"tavaroit\w*)\s+(?:for|to)\s+(?:the\s+)?\w+$|"
                         r"^(?:activities|toimintaa|things|stuff)\s+for\s+(?:people|everyone|all|villagers|the\s+village)$|"
                         r"^(?:everyone|everybody|kaikki)\s+(?:who|joka|jotka|ketkä)\s+(?:needs?|tarvit\w*)(?:\s+\w+)?(?:\W+really)?$", re.IGNORECASE)
# spoken filler before the answer: "just, you know, …", "well, like, …", "no niinku, …"
_FILLER_LEAD = re.compile(r"^(?:(?:no\s+et(?:tä)?\s+(?:ois|olis|olisi)|just|well|like|so|um+|uh+|hmm+|you\s+know|i\s+mean|basically|no|noh|niinku|tota|tuota|siis|öö+|"
                          r"bueno|pues|okay|ok)\s*,?\s+)+", re.IGNORECASE)
# spoken filler after it: "… you know", "… lah", "… lol"
_FILLER_TAIL = re.compile(r"(?:\s*,?\s+(?:you\s+know|lah|lol|tbh|really|niinku|tiäkkö|tiedätkö|eiks\w*|vai\s+mitä))+$", re.IGNORECASE)


def names_nothing(line: str) -> bool:
    """True for a short list answer of one line that names no thing ("kaikki", "the stone things", "get the beach sorted")."""
    line = " ".join(re.sub(r"[\U0001F000-\U0001FAFF\u2600-\u27BF]", " ", line or "").split()).strip(" .!")
    unfilled = _FILLER_TAIL.sub("", _FILLER_LEAD.sub("", line)).strip(" .!…")
    if unfilled != line and unfilled and _MAKE_NICE.match(unfilled):
        return True  # "just, you know, get the village alive again"
    if unfilled and len(unfilled.split()) <= 12 and not re.search(r"[,:;\n\d]", unfilled) and _GOOD_KIND.match(unfilled):
        return True  # "no et ois jotain tekemistä täällä", "Bueno, many things... to make the village more alive"
    if unfilled != line and unfilled and names_nothing(unfilled):
        return True  # "just the sauna area things you know"
    words = line.split()
    if not 0 < len(words) <= 14 or re.search(r"[,:;\n\d]", line):
        return _ALL_ALONE.match(line) is not None
    if _ALL_ALONE.match(line) or _ALL_GOOD.match(line) or _MAKE_NICE.match(line) or _VAGUE_KIND.match(unfilled or line):
        return True
    if _ALL_THAT.match(line) and not re.search(r"\s(?:ja|and|sekä)\s.*\s(?:ja|and|sekä)\s", line):
        return True
    head = [w.lower().strip(".!?'") for w in words[:4]]
    return (len(words) <= 8 and any(_STUFF.match(w) for w in head) and not re.search(r"\s(?:ja|and|sekä|&)\s", line)
            and not words[0].lower().endswith("ing"))  # not "fixing things instead of binning them": an action


# kinds of things, no thing named: "equipment, activities, stuff like that", "työkaluja, tarvikkeita ja muuta sellasta"
_KIND_WORD = re.compile(r"^(?:equipment|activities|stuff|things|tools|materials|supplies|tavaraa|tavaroita|tarvikkeita|työkaluja|"
                        r"välineitä|laitteita|materiaaleja|juttuja|toimintaa)$", re.IGNORECASE)
_SUCH_LIKE = re.compile(r"^(?:and\s+|ja\s+)?(?:stuff|things|so\s+on|the\s+like|(?:muuta|muuta\s+sellasta|muuta\s+sellaista|muuta\s+semmosta|"
                        r"muuta\s+vastaavaa)|sun\s+muuta|ynnä\s+muuta|yms\.?|etc\.?)(?:\s+like\s+that)?$", re.IGNORECASE)


def only_kinds(line: str) -> bool:
    """True for a short list of kinds of things that ends on "stuff like that" or "ja muuta sellasta"."""
    parts = [p.strip(" .!…") for p in re.split(r",|\s+(?:ja|and|sekä)\s+(?=(?:muuta|stuff|things|so\s+on|sun\s+muuta))", line or "")]
    parts = [p for p in parts if p]
    if not 2 <= len(parts) <= 5 or re.search(r"[:;\n\d]", line or ""):
        return False
    return bool(_SUCH_LIKE.match(parts[-1])) and all(_KIND_WORD.match(p) for p in parts[:-1])


# an "and so on" closing a list: "ym.", "yms", "jne", "etc", "ja muut", "ja sit muuta tarpeellista", "and stuff"
_AND_SO_ON = re.compile(r"(?:\s*,?\s+(?:ja\s+|and\s+|&\s+)?(?:sit(?:ten)?\s+)?(?:ym|yms|jne|etc|ynnä\s+muuta|sun\s+muuta|muut|muuta|muita|"
                        r"muita\s+juttuja|muuta\s+(?:tarpeellista|sellasta|sellaista|semmosta|vastaavaa)|stuff|so\s+on|the\s+like|whatnot|such|"
                        r"(?:sen\s+)?(?:sellasta|sellaista|semmosta|semmoista))|\s+ym|\s+yms)"
                        r"\W*$", re.IGNORECASE)
# a word for a kind of thing that names none: "kurssit", "laitteita", "opetusta", "rakennus-" (of "rakennusjuttuja")
_GENERIC = re.compile(r"^(?:kurssi(?:t|a|ja|en)?|kursse(?:ja|ille|ihin)|koulutu(?:s|sta|kset|ksia|ksiin)|opetu(?:s|sta|kset|ksia)|"
                      r"väline(?:et|itä)|laitte(?:et|ita|isto|istoa)|tapahtum(?:a|at|ia|iin|ien)|tilaisuu(?:s|det|ksia)|kirj(?:at|oja)|"
                      r"tarvikkee(?:t)|tarvikkei(?:ta)|työkalu(?:t|ja)|materiaali(?:t|a|eja)|toiminta|toimintaa|jutu(?:t)|juttu(?:ja)|"
                      r"tavara(?:t|a)|tavaroita|hankinna(?:t)|hankintoja|retke(?:t)|retki(?:ä)|rakennus-|remontti-|kunnostus-|"
                      r"courses|training|events|equipment|tools|materials|supplies|activities|devices|things|books|teaching|workshops|"
                      r"trips|excursions)$", re.IGNORECASE)
_LEAD_SUCH = re.compile(r"^(?:(?:no|tota|tuota|niinku|semmost\w*|sellast\w*|sellaist\w*|semmoist\w*|just|like|well)\W*\s+)+", re.IGNORECASE)


def kinds_and_so_on(line: str) -> bool:
    """True for kinds of things closed by an "and so on", no thing named: "tapahtumat ym", "kurssit ja välineet ja muut",
    "tota semmosta opetusta ja kirjoja ja muuta", "Rakennus- ja muita juttuja". Not "lapsiperheet, eläkeläiset yms"."""
    line = " ".join((line or "").split()).strip(" .!…")
    if not line or re.search(r"[:;\n\d]", line) or len(line.split()) > 10:
        return False
    rest = _AND_SO_ON.sub("", line)
    if rest == line:
        return False
    parts = [p.strip(" .!…") for p in re.split(r",|\s+(?:ja|and|sekä|&)\s+(?:sit(?:ten)?\s+)?", _LEAD_SUCH.sub("", rest))]
    parts = [p for p in parts if p]
    return 1 <= len(parts) <= 4 and all(_GENERIC.match(p) for p in parts)
