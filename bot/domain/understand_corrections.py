"""A list typed with a correction in it: "lattia, katto, ei kattoa sittenkää, ja ikkunat", "kurssit, ei ku
koulutuspäivät", "GPS device, laptop – no, scrap the laptop, we have one – and a PA system".

The corrected list is never written down silently: the interview shows it and asks "these N things?" (the split
question), so a misread correction costs a tap, not a wrong paper.
"""

from __future__ import annotations

import re

from .understand_lists import _INLINE_NUMBER, split_items, without_list_intro

# the words that put another item in the last one's place, and the words that take an item back
_INSTEAD_WORDS = r"ei\s*ku(?:n)?|eiku|ee\s+ku|ei\s+vaan|tai\s+siis|i\s+mean|i\s+meant|or\s+rather|no\s+wait"
_GONE_WORDS = (r"sittenkää?n?|jätetää?n?\s+pois|jätettiin\s+pois|jättää\s+pois|jää\s+pois|nej\s+förresten|emme\s+(?:\w+\s+)?tarvitse|(?:we\s+)?(?:don\'?t|do\s+not)\s+need\s+(?:it|that|them|those)|poistetaa?n?\s+(?:se|ne|sekin|nekin)|unohda|unohtakaa|unoh(?:de|e)taa?n?|ta\s+bort|scrap|forget|skip|cross\s+(?:that\s+)?out|strike\s+that|(?<!from\s)scratch|"
               r"stryks|stryk\s+(?:det|den|dem)|actually\s+(?:no|not)|(?:sorry|anteeks\w*)\s*,?\s+(?:not|ei)(?=\s+\w)|(?:is\s+|are\s+)?not\s+needed|(?<!muuta\s)(?<!mitään\s)ei\s+tarvita|(?<=[\w,.;]\s)pois(?:\s+se)?$|^pois(?:\s+se)?$|"
               r"never\s+mind|no,?\s+not(?=\s+\w)|"
               r"siirtyy\s+(?:seuraavaan|toiseen|myöhempään)\s+(?:hankkeeseen|projektiin)|moves?\s+to\s+(?:the\s+)?(?:next|another)\s+project|"
               r"in\s+(?:an)?other\s+project|poistetaa?n\s+listalta")
# a correction somewhere in the answer (or an aside: "I nearly forgot")
_MARK = re.compile(rf"\b(?:{_INSTEAD_WORDS}|{_GONE_WORDS}|(?:nearly|almost)\s+forgot|ai\s+niin|melkein\s+unohdin|unohdin\s+melkein|pois(?=\s*[,.;]))\b|"
                   r"(?<=[-–—(])\s*(?:no|ei|ee|nope|nej)\s*,|(?:[,.;–—]|\.\.)\s*(?:ei|ee|eikä|not|nej)\s+\w|\b(?:delete|remove|poista)\s+(?:the\s+)?\w+|"
                   r"\bno,?\s+sorry\b|(?<=\w)\s+(?:no|ei|ee|nej)\s*[,;]|\bdrop\s+the\s+\w|(?<=[.!]\s)(?:oh\W*\s+)?(?:and\s+)?not\s+the\s+\w|"
                   r"\bpoistetaa?n\s+listalta\b",
                   re.IGNORECASE)  # "tablets — no, tablets we get donated —"
# "ei ku koulutuspäivät", "I mean the courses": the item before is replaced by what follows
_INSTEAD = re.compile(rf"^(?:{_INSTEAD_WORDS})\s+(?P<rest>.+)$", re.IGNORECASE)
# "ei kattoa sittenkää", "ee ku ikkunat jätetään pois", "scrap the laptop", "Sorry, forget the tool library": taken back
_TAKEN_BACK = re.compile(rf"\b(?<!älä\s)(?<!don't\s)(?<!do\snot\s)(?:{_GONE_WORDS}|pois\s+vaan|drop\s+the|not\s+the)\b|^(?:ei|ee|no|not|nej|inte)\b",
                         re.IGNORECASE)
_GONE_IF_NAMED = re.compile(r"^(?:please\s+)?(?:delete|remove|drop|poista|poistakaa|ota\s+pois|take\s+out)\b", re.IGNORECASE)
_DO_NOT_FORGET = re.compile(r"\b(?:älä|älkää|don'?t|do\s+not)\s+(?:unohda|unohtako|forget)\b", re.IGNORECASE)
# why a thing is not needed: "we have one", "ne saadaa lainaks", "the municipality's doing one", "tablets we get donated"
_REASON_WORDS = (r"have\s+one|has\s+one|ha(?:s|ve)\s+(?:it|them)|lainat\w*|lend\w*|borrow\w*|doing\s+(?:one|those|them|it|that)|saadaa?n?|lainaks\w*|lainaan|on\s+jo|already|donated|lahjoitu\w*|lahjo\w*|saatiin|"
                 r"liian\s+kallis|too\s+(?:pricey|expensive|dear)|kallis|pricey|"
                 r"(?:eihän|ei)\s+(?:sitä|niitä|sellasta|sellaista|se|ne)?\s*(?:oo|ole|ookaan)\s+(?:enää|enä)|no\s+longer\s+exists?|"
                 r"doesn'?t\s+exist\s+any\s*more|(?:is|are)\s+(?:for\s+)?another\s+project|(?:on|kuuluu)\s+(?:eri|toiseen|toinen)\s+hank\w*")
# the reason a thing is taken back: "ne saadaa lainaa", "we have one" (not "ei ku se iso kahvinkeitin": the same thing, put better)
_GONE_REASON = re.compile(rf"\b(?:{_REASON_WORDS}|ovat\s+jo|meillä\s+(?:jo\s+)?on|meil\s+(?:jo\s+)?on|meillä\s+jo|löytyy\s+jo|we\s+have|we\s+got|we\s+get)\b",
                          re.IGNORECASE)  # "ee ku tuuletin meillä jo on"
# a remark on the thing taken back: a reason, or a sentence about it ("we …", "koska …")
_REMARK = re.compile(rf"^(?:we|they|it|ne|se|sitä|niitä|siihen|siitä|niihin|niistä|he|hän|koska|because|since|the\s+\w+'s|meillä|meil|too\s+\w+|liian\s+\w+|"
                     r"vi|den|det|dom|för\s+att|eftersom)\b|"
                     r"^(?:the\s+)?\w+\s+(?:\w+ed|will|won'?t|has|have|had|is|are|was|were)\b|"  # "the baker moved away"
                     rf"\b(?:{_REASON_WORDS})\b",
                     re.IGNORECASE)
# "ee ku skanneri riittää", "just the scanner is enough": that thing alone
_ENOUGH = re.compile(r"^(?:(?:just|only|vain|vaan|pelkkä)\s+)?(?:the\s+)?(?P<thing>[\w-]+(?:\s+[\w-]+)?)\s+(?:riittää|riittäis\w*|is\s+enough|will\s+do)\b",
                     re.IGNORECASE)
# "ei ku maahanmuuttajat ee oo tässä mukana", "the door workshop isn't part of it": the thing named is not in this project
_NOT_IN_IT = re.compile(r"\b(?:ee|ei)\s+(?:oo|ole)\b|\bis\s*n[o']?t\b|\baren'?t\b|\bnot\s+(?:part|included|in)\b", re.IGNORECASE)
# a spoken lead before the item that is left: "ja sit lattia", "eli vaa valot ja mikki", "so just the lights"
_LEAD = re.compile(r"^(?:sit(?:te|ten)?|then|vaan|vaa|eli(?:\s+(?:vaa|vaan|vain))?|so(?:\s+(?:just|only))?|lisätää?n|add|plus)\s+(?=\w)", re.IGNORECASE)
# "and — I nearly forgot — closing seminar", "ai niin, ja": a spoken aside before an item
_ASIDE = re.compile(r"^(?:i\s+(?:nearly|almost)\s+forgot|ai\s+niin|unohdin\s+melkein|melkein\s+unohdin)\s*[-–—,:]*\s*", re.IGNORECASE)


# the one named in its place after the take-back: "Metsähallitus ei oo mukana mutta Liedenpohjan kalastuskunta"
_BUT_THEN = re.compile(r"\b(?:mutta|mut|but|vaan|utan)\s+(?:sen\s+sijaan\s+|instead\s+)?(?P<thing>[^\W\d_][^,;.]*)$", re.IGNORECASE)


def corrected_items(text: str) -> list[str] | None:
    """The items left once the corrections in ``text`` are made; None when there is no correction to make."""
    if not text or "\n" in text.strip() or not (_MARK.search(_DO_NOT_FORGET.sub(" ", text)) or _DO_NOT_FORGET.search(text)):
        return None
    original, text = text, _ASIDE_NO.sub(_aside, text)  # "— no, not a fancy one —" said about the thing; "— no, a TV —" put in its place
    intro = re.match(r"^[^:,;]{1,30}:\s+(?=\S)", text)
    if intro and len(intro.group(0).split()) <= 2:
        text = text[intro.end():]  # "riskit: laite rikki, …": the heading is no item
    text = _PLAIN_BRACKETS.sub(lambda m: f"\x01{m.group(1)}\x02", text)  # "holds (about 300)": the brackets stay with the thing
    if len(_INLINE_NUMBER.findall(text)) >= 2:
        text = _INLINE_NUMBER.sub(", ", text).strip(" ,")  # "1) visit … 2) visit … 3) the film. Actually, please remove the film"
    pieces = re.split(r"\s+[-–—]\s+|(?<=\w)\s*[—–]\s*(?=\w)|[.!?;]\s+|\s*\(|\)\s*", text.strip())
    items: list[str] = []
    gone: list[str] = []  # taken back or put in another's place: a later remark that names one is why it went
    taken_back = False
    before = 0  # where the items of the comma segment before this one begin
    parts = _parts(pieces)
    for at, (segment, part) in enumerate(parts):
        if at == 0 or parts[at - 1][0] != segment:  # the first part of a comma segment
            if at and len(items) > begins:
                before = begins
            opening, begins = True, len(items)
        after = parts[at + 1][1] if at + 1 < len(parts) else ""
        if not part or re.fullmatch(r"(?:sorry|anteeks\w*|apologies|actually|oho|hups|ok|and|ja|sekä|och|i\s+mean|no\s+wait|oh|ah|ai|aa)", part, re.IGNORECASE):
            continue
        if taken_back and re.fullmatch(r"(?:delete|delete\s+it|remove\s+it|scrap\s+it|drop\s+it|poista|poistetaan|pois)[.!]?", part, re.IGNORECASE):
            continue
        if _CLOSING.fullmatch(part):
            continue  # "— siinä se, ee muuta": the answer closed, no thing
        first, opening = opening, False
        part = _DO_NOT_FORGET.sub("", part).strip() or part  # "… ja älä unohda opasteita": one more thing
        instead = _INSTEAD.match(part)
        if instead and items:
            rest = instead.group("rest").strip(" ,.–—-")
            enough = _ENOUGH.match(rest)
            enough = enough or _ONLY.match(rest)  # "laavu, kota... ei ku pelkkä laavu": that one alone
            if enough and _named(enough.group("thing"), items) is not None:
                gone.extend(items)  # "kameran ja skannerin, ee ku skanneri riittää": that one alone
                items[:] = [enough.group("thing")]
                taken_back = True
                continue
            named = _named(rest, items)
            if _TAKEN_BACK.search(rest) or (_GONE_REASON.search(rest) and (
                    named is not None or re.match(r"(?:(?:ne|se)(?:hän|kin)?|they|it|eihän|sitä|niitä)\b", rest, re.IGNORECASE))) or (
                    named is not None and (_NOT_IN_IT.search(rest) or _said_about(rest, items[named]))
                    and not rest.lower().startswith(items[named].lower())) or (
                    len(rest.split()) >= 3 and _NEGATED.search(rest) and not _TAKEN_BACK.match(rest)):
                # "ei ku ne saadaa lainaa", "ei ku koululaiset on jo siinä asukkaissa", "– ei, näyttely siirtyy seuraavaan
                # hankkeeseen", "ei ku renkaat tulloo auton mukana", "ei ku kauppa ei lähe mukaa": the one it names, or else the last
                gone.append(items.pop(named if named is not None else -1))
                taken_back = True
                instead_of = _BUT_THEN.search(rest)
                if (instead_of and not _NEGATION.match(instead_of.group("thing")) and len(instead_of.group("thing").split()) <= 5
                        and _named(instead_of.group("thing"), items) is None
                        and not re.search(r"\b(?:on|oo|ovat|is|are|ois|olis)\b", instead_of.group("thing"), re.IGNORECASE)):
                    items.append(instead_of.group("thing").strip(" .,"))  # "… ei oo mukana mutta Liedenpohjan kalastuskunta"
                continue
            # "kurssit, ei ku koulutuspäivät": the one before; "tulostin ja skanneri, tai siis …": the segment before
            restated = re.match(r"(?:tai\s+siis|or\s+rather|i\s+mean)\b", part, re.IGNORECASE)
            replaced = min(before, len(items) - 1) if restated and first and begins == len(items) else len(items) - 1
            gone.extend(items[replaced:])
            items[replaced:] = [_LEAD.sub("", rest)]
            taken_back = False
            continue
        if re.fullmatch(r"(?:no|ei|ee|nope|nej)(?:\s+(?:sorry|sori|anteeks\w*))?", part, re.IGNORECASE) and items:
            if _NEGATION.match(after) and _named(after, items) is not None:
                continue  # "akku, paneelit - nej, inte akku": the thing named next goes, not the one before
            gone.append(items.pop())  # "laptop – no": the one before goes
            taken_back = True
            continue
        named = _named(part, items)
        thing_no = _THING_NO.fullmatch(part) if not _TAKEN_BACK.search(part) else None
        if thing_no and (named is not None or len(thing_no.group("thing").split()) == 1):  # "akku — akku ei, liian kallis", "crash mats, ropes no, no ropes": that thing is out
            gone.append(items.pop(named) if named is not None else thing_no.group("thing"))
            taken_back = True
            continue
        if _TAKE_THAT.fullmatch(part) or (_THE_LAST.search(part) and _OUT.search(part)):
            if items and not taken_back:
                gone.append(items.pop())  # "…, remove that", "ai ei toi viimenen oo realistinen": the one before
            taken_back = True
            continue
        said_of = named if named is not None else _named_word(part, items)
        if said_of is not None and len(part.split()) >= 3 and _TAKE_THAT.fullmatch(after):
            gone.append(items.pop(said_of))  # "vuokrakyydit. ai kyydit on palvelu eikä hankinta, ne pois": the one it names
            taken_back = True
            continue
        negated = _NEGATION.match(part) and not _GONE.search(part)
        if negated and taken_back:
            continue  # "– nej, ei rukkeja, …": the thing just taken back, said again
        if negated and items and re.match(r"\w+\s+(?:ne|se|niitä|sitä|they|it|them|those|that)\b", part, re.IGNORECASE):
            gone.append(items.pop())  # "…, ei ne kuulu hankkeeseen": the thing before is not in it
            taken_back = True
            continue
        if named is None and re.match(r"not\s+the\s+\w", part, re.IGNORECASE):
            taken_back = True
            continue  # "Oh and not the chairs, we got those donated": a thing not listed is not wanted either
        if _TAKEN_BACK.search(part) and not (negated and named is None):  # "ei tarpeeksi omenoita" is a risk, an item
            if named is not None:
                gone.append(items.pop(named))
            elif items and not taken_back and (not _names_something(part) or _THE_LAST.search(part)):
                gone.append(items.pop())  # "scratch that", "nej stryk det": the one before (not "eikä sitä turnausta")
            taken_back = True
            continue
        if named is not None and ((_GONE_IF_NAMED.match(part)) or (len(part.split()) >= 3 and _GONE_REASON.search(part))):
            gone.append(items.pop(named))  # "remove the camp", "kaivuut on jo tehty viime kesänä"
            taken_back = True
            continue
        joined = re.match(r"(?:and|ja|sekä|och|plus)\s", part, re.IGNORECASE)  # "… – ja ei osaajia": one more thing
        if (taken_back and (_REMARK.search(part) or (len(part.split()) >= 3 and _NEGATED.search(part) and not joined))) or (
                gone and _named(part, gone) is not None and not joined and (
                _REMARK.search(part) or len(part.split()) > 2)):
            continue  # "… scrap the laptop, we have one", "tablets we get donated": why it went
        items.append(_LEAD.sub("", re.sub(r"^(?:and|ja|sekä|och)\s+", "", part, flags=re.IGNORECASE)))
        taken_back = False
    items, gone = [_unmask(i) for i in items], [_unmask(i) for i in gone]
    unique = [item for n, item in enumerate(items) if item.lower() not in {i.lower() for i in items[:n]}]  # "valot, valot ja valot"
    unique = without_list_intro(unique + gone)[:len(unique)]  # "tarvitaan liesi, jääkaappi ja …, ei ku …": the verb said once for all
    return unique if (len(unique) >= 2 or (unique and gone) or text != original) and unique != split_items(original) else None


# brackets that take nothing back: "holds (about 300)", "a coffee machine (important!!)"
_PLAIN_BRACKETS = re.compile(r"\((?!\s*(?:no|ei|ee|nej|not|actually|sorry)\b)([^()]*)\)", re.IGNORECASE)


def _unmask(item: str) -> str:
    return item.replace("\x01", "(").replace("\x02", ")")


def _parts(pieces: list[str]) -> list[tuple[int, str]]:
    """The parts of the pieces' comma segments, each with its segment's number: split at "ja"/"and"/"och", before "ei ku",
    and in a part that opens with a "not", before its "vaan" ("ei kursseja sittenkää vaan avajaaset")."""
    parts = []
    segments = [seg for piece in pieces for seg in re.split(r"\s*,\s*", piece)]
    for number, segment in enumerate(segments):
        for part in re.split(r"\s+(?:ja|and|sekä|och)\s+|\s+(?=(?:ei|ee)\s*kun?\s)", segment, flags=re.IGNORECASE):
            part = _ASIDE.sub("", part.strip(" ,.–—-")).strip(" ,.–—-")
            part = re.sub(r"\s+(?:ja|and|sekä)$", "", part, flags=re.IGNORECASE)  # "puhelinystävätoiminta ja – ei sittenkään …"
            pieces_of = re.split(r"\s+(?=(?:vaan|vaa)\s+\w)", part, maxsplit=1) if _NEGATION.match(part) else [part]
            parts.extend((number, p) for p in pieces_of)
    return parts


# "— siinä se, ee muuta", "that's it": a closing word, no thing
_CLOSING = re.compile(r"(?:siinä|siin)\s+(?:se|kaikki)|(?:ei|ee)\s+(?:muuta|mitään\s+muuta|mittään\s+muuta)|that'?s\s+(?:it|all)|"
                      r"nothing\s+else", re.IGNORECASE)
# "ei ku pelkkä laavu", "no, just the scanner": that thing alone
_ONLY = re.compile(r"^(?:pelkkä|pelkästään|vain|vaan|vaa|only|just)\s+(?:the\s+)?(?P<thing>[\w-]+(?:\s+[\w-]+)?)$", re.IGNORECASE)
# "akku ei", "ropes no": a thing of one or two words, then a "no"
_THING_NO = re.compile(r"(?P<thing>[\w-]+(?:\s+[\w-]+)?)\s+(?:no|ei|ee|nej|pois)", re.IGNORECASE)
# "remove that", "delete it", "ota se pois", "poistetaan se", "ne pois": the thing before (or the one just named) goes
_TAKE_THAT = re.compile(r"(?:please\s+)?(?:remove|delete|drop|scrap|scratch|strike)\s+(?:that|it|this|them|those)(?:\s+one)?|"
                        r"(?:ota|ottakaa|poista|poistakaa|poistetaa?n?|jätä|jätetään)\s+(?:se|ne|sekin|nekin|tuo|toi|sitä|niitä)(?:\s+pois)?|"
                        r"(?:se|ne|toi|tuo)\s+pois|pois\s+(?:se|ne|toi|tuo)", re.IGNORECASE)
# said of "the last one": it goes ("Please delete the last one", "ai ei toi viimenen oo realistinen")
_OUT = re.compile(r"\b(?:ei|ee|not|no|delete|remove|poista\w*|pois|scratch|drop)\b", re.IGNORECASE)


# a part that opens with a "not": a take-back when it names a thing listed or says a taking-back word, else a thing of its own
_NEGATION = re.compile(r"^(?:sorry\s+|anteeks\w*\s+)?(?:ei|ee|eikä|no|not|nej|inte)\b", re.IGNORECASE)
_GONE = re.compile(rf"\b(?:{_GONE_WORDS})\b", re.IGNORECASE)
# "ei ku kauppa ei lähe mukaa", "actually they won't come": a thing said not to happen
_NEGATED = re.compile(r"\s(?:ei|ee|eivät|eikä|not|won'?t|isn'?t|aren'?t|doesn'?t|don'?t)\s+\w", re.IGNORECASE)
# words of a taking-back that name no thing: "eikä sitä sittenkään", "actually no we have one already"
_NOT_A_NAME = {"actually", "already", "sorry", "anteeksi", "anteeks", "scratch", "forget", "never", "mind", "that", "this", "those",
               "these", "them", "they", "have", "there", "their", "thing", "things", "needed", "need", "sitä", "sitäkään", "sitäkää",
               "niitä", "niitäkään", "sittenkään", "sittenkää", "sittenkin", "jätetään", "jätetää", "pois", "unohda", "unohtakaa",
               "tarvita", "tarvitse", "tarvii", "meillä", "eikä", "stryk", "strike", "cross", "skip", "scrap", "yhtään", "myös",
               "also", "either", "kuitenkaan", "kumminkaan", "tällä", "kertaa", "time", "nyt", "tarvitakaan"}


# "ai ei toi viimenen oo realistinen, pois se", "ta bort sen viimeisen": the thing before
_THE_LAST = re.compile(r"\b(?:vii?mei?s\w*|viimenen|vika|the\s+last(?:\s+one)?)\b", re.IGNORECASE)


def _names_something(part: str) -> bool:
    """True when a taking-back names a thing of its own ("eikä sitä turnausta sittenkää"): not the thing before it."""
    return any(len(w) >= 4 and w not in _NOT_A_NAME for w in re.findall(r"[a-zäöå-]+", part.lower()))


def _said_about(rest: str, item: str) -> bool:
    """"ei ku renkaat tulloo auton mukana": after "ei ku" the thing listed is named and then said something about, so
    it goes (not "ei ku se iso kahvinkeitin", the same thing put better)."""
    words = re.findall(r"[\w-]+", rest.lower())
    heads = re.findall(r"[a-zäöå-]{3,}", item.lower())
    at = next((n for n, w in enumerate(words) if any(_same_word(h, w) for h in heads)), None)
    return at is not None and len(words) - at - 1 >= 2


# "X — no, …  —", "X (ei, …)": an aside opened by "no" after a thing
_ASIDE_NO = re.compile(r"\s*(?P<open>[-–—(])\s*(?:no|ei|ee|nope|nej)\s*,\s*(?P<aside>[^-–—()]*?)\s*(?:[-–—)]|$)", re.IGNORECASE)
# the aside says what the thing is like, not what comes instead: "not a fancy one", "ei mikään iso", "a used one"
_SAID_ABOUT = re.compile(r"^(?:not|no|ei|en|ei\s+mikään|vaan|only|just|vain|a\s+used|used|second|käytetty\w*)\b|\b(?:one|ones|sellai\w*|"
                         r"semmoi\w*)\b", re.IGNORECASE)


def _aside(match: re.Match) -> str:
    """The text for an aside opened by "no": said about the thing (dropped), taking it back (kept for the reader: "tablets —
    no, tablets we get donated —") or a thing put in its place ("projector — no, a TV —" reads "projector, ei ku a TV,")."""
    before = re.findall(r"[a-zäöå-]{3,}", match.string[:match.start()].lower())
    aside = match.group("aside")
    last = re.split(r"[,;]|\s(?:ja|and|och|sekä)\s", match.string[:match.start()])[-1]  # the thing before: "sourdough course — no, sorry, not sourdough —"
    if ((before and _named(aside, [before[-1]]) is not None) or _GONE_REASON.search(aside) or _named(aside, [last]) is not None
            or ((_GONE.search(aside) or _THE_LAST.search(aside)) and _named(aside, before) is None)):
        return match.group(0)  # "– nej, ei rukkeja, ne saadaan lainaksi –": why the thing before goes
    if _SAID_ABOUT.search(aside) or not aside:
        return " " if match.group("open") != "(" else ""
    return f", ei ku {aside}, "


def _named_word(part: str, items: list[str]) -> int | None:
    """The last item with a word of three letters or more said again as it is ("sää. Sää ei ole oikeastaan riski")."""
    words = set(re.findall(r"[a-zäöå-]{3,}", part.lower()))
    return next((n for n in range(len(items) - 1, -1, -1) if words & set(re.findall(r"[a-zäöå-]{3,}", items[n].lower()))), None)


# three-letter words that name no thing: "drop the cnc" names "cnc router", not "the parish"
_SHORT_WORDS = {"the", "and", "not", "but", "for", "our", "one", "two", "all", "too", "yes", "lol", "ja", "sen", "ton", "tää", "tuo",
                "toi", "nyt", "vaa", "kun", "jos", "ois", "oli", "ole", "may", "can", "got", "get", "has", "had", "was", "now", "new"}


def _named(part: str, items: list[str]) -> int | None:
    """The last item whose first word the taking-back names ("ei kattoa sittenkää" takes back "katto")."""
    found = re.findall(r"[a-zäöå-]{4,}", part.lower())
    short = set(re.findall(r"\b[a-zäöå0-9]{3}\b", part.lower())) - _SHORT_WORDS  # "drop the cnc": a short name as listed
    for index in range(len(items) - 1, -1, -1):
        head = re.findall(r"[a-zäöå-]{3,}", items[index].lower())
        if head and (any(any(_same_word(h, w) for w in found) for h in head) or short & set(head)):
            return index  # "tuuletin" names "liesituuletin": the end of a compound
    return None


def _same_word(head: str, word: str) -> bool:
    """"laituria" names "laituri", "tuoleja" "tuoli", "tuuletin" "liesituuletin" (the end of a compound); not "kauppa"
    "kaupunki": two long words share five letters, not four."""
    if len(word) < 4:
        return False
    size = 5 if len(head) >= 6 and len(word) >= 6 else 4
    return head[:size] == word[:size] or (head.endswith(word) and (len(word) >= 6 or len(head) >= len(word) + 4))  # "uuni": "kiertoilmauuni"
