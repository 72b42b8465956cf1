"""A one-line list with a thing taken back or put right in the middle, read segment by segment.

"bikes, helmets, one laptop, no actually laptop we have already, and bike trailer", "Astianpesukone, liesi,
jääkaappi, ei ku jääkaappi meillä jo on, siis vaan astianpesukone ja liesi", "40 kids participate, 10 families, no,
15 families, new friendships". The correction names the thing it takes back (or else means the one before it); a
reason after it ("meillä on jo", "they are cheap") is no thing, nor is a remark on a thing said before it ("laituri
lahoaa"); "so only …" / "siis vaan …" says the list again. The result is always shown for a tap before it is noted
(``understand_doubt.split_doubt``). It is tried after the older ``understand_corrections`` reading, only when that one
leaves a correction or a reason as an item (``clean_items``).
"""

from __future__ import annotations

import re
from os.path import commonprefix

# a correction opening a segment that puts another thing in a place: "no wait", "ei ku", "eiku", "I mean"
_INSTEAD = re.compile(r"^(?:no,?\s+wait|wait|i\s+mean|or\s+rather|actually(?!,?\s+no\b)|ei\s*kun?|eiku|ee\s*ku)\b[\s,:]*", re.IGNORECASE)
# a "no" opening a segment: alone, it opens a correction; before a thing named already, it takes that thing back
_NO = re.compile(r"^(?:actually,?\s+no|no,?\s+sorry|no|nope|ei|ee|en|nej|not)\b[\s,:]*", re.IGNORECASE)
# a "no" that is a word of its own: Finnish "no" is "well" ("no nuoret erityisesti"), English "no snow" a thing
_PLAIN_NO = re.compile(r"^no\b", re.IGNORECASE)
_FILLER = re.compile(r"(?:sorry|sori|anteeks\w*|oops|hups|oho|ok|okay)", re.IGNORECASE)
# why a thing goes: had, rented, bought by another, done, not needed, not in it
_GONE = re.compile(
    r"\b(?:cancel\w*|(?:we\s+)?(?:have|got)\s+(?:it|them|one|those|that)?\s*already|already\s+(?:have|got|there)|we\s+already|"
    r"meill?ä?\s+(?:on\s+)?jo|meil\s+(?:on\s+)?jo|\bon\s+jo\b|\bjo\s+on\b|ei\s+tarvi\w*|ei\s+tarvita|ei\s+tarvitse|not\s+needed|"
    r"(?:do\s*n[o']?t|no)\s+need|vuokrataa?n?|rent(?:ed|ing)?|ei\s+osteta|separate\s+thing|erillinen|buys?\s+(?:it\s+)?itself|"
    r"ostaa\s+(?:sen\s+)?itse|rah(?:o|oi)ttaja|funder|is\s+done|on\s+tehty|forget|scrap|scratch|drop|jätet(?:ään|tiin)\s+pois|pois|"
    r"sittenkää\w*|siirty\w*|postpone\w*|lykä\w*|lykkä\w*|ei\s+(?:\w+\s+)?kuulu\w*|ei\s+riitä|already\s+(?:has|have|a|an)\b|there'?s\s+already|"
    r"voi\s+(?:oikeastaan\s+|kyllä\s+)?poistaa|too\s+(?:expensive|pricey|big|much|small|far|costly)|\bee\s+(?:oo|ole)\b|"
    r"\bei\s+(?:lähe\w*|lähte\w*|tuu|tule)\b|(?:has|have)\s+(?:one|it|them)\b|remove\s+(?:that|it|this|them)|unohe\w*|unohd\w*|"
    r"saadaan\s+\w+|(?:we\s+)?get\s+(?:it\s+|them\s+|those\s+)?from|they\s+said\s+no|sanoi\w*\s+ei|\bleave\s+(?:\w+\s+){0,3}out\b|\bleave\s+out\b|\bleave\s+(?:it|them|that)\s+off|jät(?:ä|tää|etään)\s+(?:\w+\s+)?pois|tulloo\s+\w+\s+mukana|tulee\s+\w+\s+mukana|moved\s+away|muutti\s+pois|can\s+be\s+removed|did\s+(?:it|that|them)|tehtiin\s+jo|teki\s+(?:sen|ne|jo)|not\s+the\s+target|(?:is|are)\s*n[o']?t\b|ei\s+(?:oo|ole)\b|liian\s+kallis)",
    re.IGNORECASE)
_SORRY_WORD = r"(?:sorry|sori|anteeks\w*|förlåt|oops|hups)"
_SORRY = re.compile(_SORRY_WORD, re.IGNORECASE)
_SORRY_THEN = re.compile(rf"^{_SORRY_WORD}\s*,?\s+(?=\w)", re.IGNORECASE)
# "ei kälviä vaan himanka", "not the bank but the Martta club": the thing taken back and the one in its place
_NOT_BUT = re.compile(r"(?:^|\s)(?:(?:eiku|ei\s+ku|ei\s+kun|ee\s+ku)\s+)?(?:ei|ee|not)\s+(?P<x>[^,]+?)\s+(?:vaan|vaa|but|utan)\s+(?P<y>\S.*)$",
                      re.IGNORECASE)
# "Seurakunta ei vaan kaupunki": the thing said, then "ei vaan" and the one meant
_X_NOT_BUT = re.compile(r"^(?P<x>\S.*?)\s+(?:anteeksi\s+|sorry\s+)?(?:ei|eiku|ee)\s+(?:vaan|vaa)\s+(?!(?:jaksa|tule|tuu|ehdi|riitä|onnistu|halua|"
                        r"pysty|osaa|saa|voi|ole|oo|lähde|lähe|innostu|kiinnosta|välitä|käy|toimi|mahdu|ymmärrä|pääse|uskalla|viitsi)\b)(?P<y>\S.*)$",
                        re.IGNORECASE)  # not "talkoolaiset ei vaan jaksa": "just don't"
_SORRY_END = re.compile(r"\s+(?:anteeksi|anteeks|sorry|sori|förlåt)\W*$", re.IGNORECASE)
# a verb that says something of the thing named: "lamput kuulu sähkötöihi", "4H ei lähteny", "sauna ei kuulu tähä"
_SAYS = re.compile(r"\b(?:ei|ee|eivät|not|no|kuulu\w*|on|ovat|oo|is|are|was|has|have|tulee|tulloo|jää|jäi|lähte\w*|lähe\w*)\b", re.IGNORECASE)
_PRONOUN = re.compile(r"^(?:se|ne|sitä|niitä|heille|heillä|niille|niillä|it|they|that|this|those|their|our|we|me|meillä|meil|koska|because|since)\b", re.IGNORECASE)
_ENOUGH = re.compile(r"\b(?:riittää|riittäis\w*|is\s+enough|will\s+do)\b", re.IGNORECASE)
# a reason told as what someone does or what still works: "vanha toimii viel", "Marjatta tuo omansa", "Heikki lends his"
_DOES = re.compile(r"\b(?:toimii|toimi|kelpaa|käy|tuo|tuovat|tuopi|lainaa|lainaavat|antaa|lahjoittaa|lahjoittavat|hoitaa|hoitavat|"
                   r"maksaa|maksavat|omansa|tuoda|tuodaan|tuomme|kotoa|works|brings|lends|gives|donates|covers|pays|theirs|his|hers|from\s+home)\b",
                   re.IGNORECASE)
# the list said again: "so only the stove and the pots", "siis vaan astianpesukone ja liesi", "so just: open workshops"
_AGAIN = re.compile(r"^(?:so|siis|eli|then)\s*(?:only|just|vaan|vain|vaa)?\s*:?\s+(?=\S)|^(?:just|only|vaan|vain)\s+(?=\S)", re.IGNORECASE)
_LEAD = re.compile(r"^(?:(?:and|ja|sekä|och|plus|also|myös|sitte[n]?|sit|then|vielä|tai|or)\s+)+", re.IGNORECASE)
_SPLIT = re.compile(r"\s*(?:,|;|\.\.+|…|\?+|!+|\.(?=\s)|\s[-–—/]\s)\s*")
_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)


_SMALL_WORDS = {"the", "and", "for", "not", "but", "too", "all", "our", "you", "was", "are", "ois", "jos", "kun", "mut", "sen", "sit",
                "nyt", "jo", "oli", "ole", "one", "two", "yks", "can", "did", "got", "has", "had", "now", "new", "uus", "och", "med"}


def _names(text: str, items: list[str]) -> int | None:
    """The item ``text`` names: the longest shared word start ("koulukiertuetta": koulukiertue), or five letters
    inside a compound ("nostinta": pyörätuolinostin); the later item on a tie."""
    best, best_score = None, 0
    words = re.findall(r"[^\W\d_]{4,}", text.lower())
    short = set(re.findall(r"\b[^\W\d_]{3}\b", text.lower())) - _SMALL_WORDS  # "forget old men": men
    for index, item in enumerate(items):
        if short & set(re.findall(r"\b[^\W\d_]{3}\b", item.lower())) and best_score <= 3:
            best, best_score = index, 3
        for said in re.findall(r"[^\W\d_]{4,}", item.lower()):
            for word in words:
                score = len(commonprefix([word, said]))
                if score < 5 and word[:5] in said:
                    score = 5
                enough = min(5, max(3, min(len(word), len(said)) - 2))  # "mikkei": mikit
                if score >= enough and score >= best_score:
                    best, best_score = index, score
    return best


def _first_word_names(segment: str, item: str) -> bool:
    """True when the segment opens with the whole item, then says more ("laituri lahoaa": laituri, "paddles are cheap":
    paddles; not "long-term unemployed Finns" after "long-term unemployed immigrants")."""
    said, thing = _ARTICLE.sub("", segment.strip().lower()), _ARTICLE.sub("", item.strip().lower())
    words, own = said.split(), thing.split()
    joined = re.match(r"(?:and|ja|sekä|och|plus)\s", segment.strip(), re.IGNORECASE)
    return not joined and 1 <= len(own) <= 2 and len(words) > len(own) and all(
        a.startswith(b) or (len(b) > 5 and a.startswith(b[:-1])) or (len(b) > 7 and a.startswith(b[:-2])) for a, b in zip(words, own))


def _said_of_it(content: str) -> bool:
    """ "se on rahottaja", "they are cheap": a sentence about the thing, not "se iso kahvinkeitin" (the thing put better)."""
    return bool(_PRONOUN.match(content)) and (len(content.split()) == 1 or bool(re.search(
        r"\b(?:on|oli|ovat|olis|ois|is|are|was|were|will|won't|has|have|had|can|can't|ei|ee|eivät|tulee|tulloo)\b", content, re.IGNORECASE)))


def _parts(segment: str) -> list[str]:
    """A segment split at "ja"/"and" when each side is short ("nuorisoseura ja avantouintiseura Hyytävät")."""
    sides = re.split(r"\s+(?:ja|and|sekä|och)\s+", segment, flags=re.IGNORECASE)
    return sides if len(sides) > 1 and all(0 < len(side.split()) <= 3 for side in sides) else [segment]


def _things(text: str, whole: bool = False) -> list[str]:
    """The cleaned things in ``text``: its "ja"/"and" parts, or the whole of it on a line of its own (``whole``)."""
    return [p for p in (_clean(p) for p in ([_clean(text)] if whole else _parts(_clean(text)))) if p]


def _clean(part: str) -> str:
    cleaned = _LEAD.sub("", part.strip(" .,:;!?")).strip(" .,:;!?")
    return re.sub(r"\s+(?:ja|and|sekä|och)$", "", cleaned, flags=re.IGNORECASE)  # "puhelinystävätoiminta ja – ei sittenkään …"


# an item that still carries a correction or a reason: "se on rahottaja", "siis vaan astianpesukone", "luiska riittää"
_LEFTOVER = re.compile(r"^(?:sorry|sori|anteeks\w*|förlåt|ei|ee|no|not|nej|inte|eiku|siis|so|just|vielä|lisätää?n|please|skip|scratch|unohda|pelkkä|sitten|sit|and|ja)\b|"
                       r"\s[-–—]\s|\.\.|\?", re.IGNORECASE)


def clean_items(items: list[str]) -> bool:
    """True when no item still carries a correction, a reason or a lead word."""
    return all(not (_LEFTOVER.search(item) or _GONE.search(item) or _PRONOUN.match(item) or _ENOUGH.search(item)
                    or (len(item.split()) >= 2 and _DOES.search(item))) for item in items)


def taken_back_list(text: str) -> list[str] | None:
    """The items left once a thing taken back or put right is made so; None when no such correction is read."""
    lines = [line.strip(" -•*") for line in (text or "").strip().split("\n") if line.strip(" -•*")]
    if not lines or len(lines) > 12 or len(text) > 600 or (len(lines) > 1 and any(len(line.split()) > 8 for line in lines)):
        return None
    if len(lines) > 1 and not any(_INSTEAD.match(line) or re.match(
            r"(?:no|ei)\W+(?:forget|scratch|unohda|pois|sittenkää\w*|kuitenkaa\w*)\b|(?:forget|scratch|unohda|poista)\b", line, re.IGNORECASE)
            for line in lines[1:]):
        return None  # lines, none of which takes a thing back
    said = re.sub(r"\s+pilkku\s+", ", ", " / ".join(lines))  # dictated: "kotikäynnit pilkku vertaistukiryhmä"
    rows = " / " in said  # a line or a slash each: "mummot ja vaarit" is one thing
    segments = [s for s in _SPLIT.split(said) if s and s.strip(" .")]
    items: list[str] = []
    gone: list[str] = []
    corrected, pending, after_removal, replace_at = False, False, False, None
    for position, segment in enumerate(segments):
        plain = _LEAD.sub("", segment.strip())
        if _FILLER.fullmatch(plain.strip(" .,!")):
            if len(items) == 1 and position == 1 and _SORRY.fullmatch(plain.strip(" .,!")):
                pending = True  # "Einheimische - sorry, locals, …": the slip, then the word meant in its place
            continue  # "No, sorry, the kitchen …"
        sorry = _SORRY_THEN.match(plain)
        if sorry and items and _names(plain[sorry.end():], items) is not None:
            plain = "ei ku " + plain[sorry.end():]  # "5 events, sorry 6 events": the one it names, put right
        instead = _INSTEAD.match(plain)
        no = None if instead else _NO.match(plain)
        mark = instead or no
        if mark and not plain[mark.end():].strip():
            pending = True  # "…, no, 15 families": what the correction is comes next
            continue
        again = _AGAIN.match(plain) if corrected else None
        if again:  # "siis vaan astianpesukone ja liesi": the list said again; things named keep their first wording
            restated = [plain[again.end():]] + segments[position + 1:]
            known = list(items) + gone
            return [known[i] if (i := _names(p, known)) is not None else _clean(p)
                    for s in restated for p in ([_clean(s)] if rows else _parts(_clean(s))) if _clean(p)] or None
        but = _NOT_BUT.search(plain) or _X_NOT_BUT.match(plain)
        if but:  # "ei kälviä vaan himanka", "Seurakunta ei vaan kaupunki", "… anteeksi ei seurakunta vaan Sysmän Yrittäjät"
            before = _SORRY_END.sub("", plain[:but.start()]).strip(" ,") if but.re is _NOT_BUT else ""
            items += _things(before) if before else []
            meant = _things(but.group("y"))
            if but.re is _X_NOT_BUT:
                items += _things(but.group("x"))[:-1] + meant  # the last thing before "ei vaan" is the one put right
            else:
                target = _names(but.group("x"), items) if items else None
                if target is None:
                    items += meant
                else:
                    gone.append(items[target])
                    items[target:target + 1] = meant
            corrected, pending, after_removal = True, False, False
            continue
        content = plain[mark.end():] if mark else plain
        named = _names(content, items) if items else None
        if after_removal and (_GONE.search(plain) or _PRONOUN.match(plain) or _ENOUGH.search(plain) or _DOES.search(plain) or re.match(
                r"(?:ei|ee|not|no)\s+(?:niit|niitä|ne|net|they|them|it|se|sitä)\b", plain, re.IGNORECASE)) and not (
                instead or pending):
            continue  # "they are cheap", "meillä on jo", "luiska riittää", "ei osteta": why it went
        thing_out = re.match(r"^(?P<thing>[\w-]+(?:\s+[\w-]+)?)\s+(?:cancel\w*|pois|out)$", plain, re.IGNORECASE)
        if no and not pending and _PLAIN_NO.match(plain) and not (_GONE.search(content) or _DOES.search(content)
                                                                  or re.match(r"(?:not|ei)\b", content, re.IGNORECASE)):
            no = None  # "no nuoret erityisesti", "no snow": no take-back without a reason
        repeated = (named is not None and not mark and len(plain.split()) >= 2 and _first_word_names(plain, items[named]))
        lent_or_gone = repeated and (_GONE.search(plain) or _DOES.search(plain) or re.search(
            r"\b(?:lends?|lainaa\w*|lainat\w*|lainataa?n)\b", plain, re.IGNORECASE))
        if repeated and not lent_or_gone:
            corrected = True
            continue  # "sauna, laituri, laituri lahoaa, pukuhuone": a remark on a thing said, no new thing
        if instead or pending or (no and named is not None) or (thing_out and named is not None) or lent_or_gone:
            if not items:
                return None
            target = named if named is not None else len(items) - 1
            gone_now = (thing_out or lent_or_gone or (no and not pending) or _GONE.search(content) or _said_of_it(content)
                        or (named is not None and _first_word_names(content, items[named]) and _SAYS.search(content))
                        or (named is not None and (_DOES.search(content) or re.search(r"\bso\s+no\W*$", content, re.IGNORECASE)))
                        or re.match(r"^(?:not|ei|ee|en|no)\b", content, re.IGNORECASE))
            pending, corrected = False, True
            if gone_now:
                gone.append(items.pop(target))  # "no actually laptop we have already", "ei ku se on rahottaja"
                after_removal = True
                replace_at = target if re.match(r"^(?:not|ei|ee)\s+(?:the\s+)?\w", content, re.IGNORECASE) else None
            else:
                gone.append(items[target])  # "no, 15 families", "ei ku koulutuspäivät": put in that one's place
                items[target:target + 1] = _things(content, rows) or [_clean(content)]  # "nuoret, ei ku ikäihmiset ja lapsiperheet"
                after_removal = True  # "Ei kun puukiuas, sähkö ei riitä": a reason may follow the thing put right
            continue
        for part in _things(segment, rows):
            if replace_at is not None:
                items.insert(min(replace_at, len(items)), part)  # "not the sports club, the Martta club"
                replace_at = None
            else:
                items.append(part)
        after_removal = False
    unique = [item for n, item in enumerate(items) if item.lower() not in {i.lower() for i in items[:n]}]
    return unique if corrected and unique else None  # "…... no not fuel. jetty and boat shed": the list said again


__all__ = ["clean_items", "taken_back_list"]
