"""Talkoot hours with the work that is not talkoot taken out: children helping, paid work and machines.

"Koordinaattori tekee 30 tuntia viikossa mutta se on palkallista. Vapaaehtoiset sitten noin 300 tuntia" (300),
"my grandkids will help too they're 9 and 11 but grown-ups 5 people 4 days 7 hours" (140), "8 henkee 5 arkipäevää
6 tuntia, ja traktorilla Reijo ajjaa lisäks 10 tuntia" (240). What is left is read again and always proposed.
"""

from __future__ import annotations

import re

from .number_text import prepare

# where one thing said ends and another begins; kept in the text that is left
_BREAK = re.compile(r"((?<=\blasketa)\s+(?=[a-zåäö])|(?<=[a-zäö])\s+(?=(?:lapset|lapsenlapset|the\s+kids)\s+(?:tulee|tullee|tulloo|auttaa|help))|[.;!?]\s+|\s*,\s*|\s+/\s+|\s*\(|\)\s*|\s+[—–-]\s+|\s+\+\s*|\s+(?:mutta|mut|but|men|muuten|otherwise|plus|joten|so|"
                    r"ja\s+sen\s+lisäksi|sen\s+lisäksi|lisäksi|sekä|and|ja|och)\s+)", re.IGNORECASE)
_KIDS = re.compile(r"\b(?:lap(?:si|set|sia|sille|setkin|sten)\w*|lapsenlap\w*|kids?|children|child|grandkids|grandchildren|\w*koululai\w*|"
                   r"pupils|school\s*kids|nuoret|nuoria|juniori\w*|junior|junnu\w*|skidit|muksu\w*|ungdomar\w*|barn\w*|teens|"
                   r"teenagers?|youngsters|younger\s+ones|pienet\s+pelaajat|alaikäi\w*|pikkuset|pikkuiset|skidi\w*)\b", re.IGNORECASE)
# sons, daughters and youths: children only where the answer says the children's work does not count
_YOUNG = re.compile(rf"{_KIDS.pattern}|\b(?:poika|pojat|poikani|tyttö|tytöt|tytär|tyttäret|sons?|daughters?|grandsons?|"
                    r"granddaughters?|nuorta|nuorii|nuoret)\b", re.IGNORECASE)
_PAID = re.compile(r"\b(?:palka(?!tt|ton)\w*|palkka\w*|palkan|palkat|palkalla|palakalla|palakallis\w*|palkallis\w*|palkkio\w*|palkattu\w*|paid|salar\w*|hired|firma|"
                   r"contractor\w*|urakoi\w*|urakalla|urakka\w*|koordinaattori\w*|coordinator|kartoittaja|ammattilai\w*|"
                   r"professional\w*)\b", re.IGNORECASE)
_MACHINE = re.compile(r"\b(?:traktor\w*|tractor\w*|kai?vinkone\w*|kaevinkone\w*|kone(?:ella|tunti\w*|työ\w*)|snowmobile\w*|moottorikelk\w*|kelkalla|kaivur\w*|excavator\w*|machine\w*|"
                      r"mönkijä\w*|trukki\w*|digger|kurottaja\w*|nosturi\w*|kuormaaja\w*|pyöräkuormaaja\w*|telehandler\w*|crane\w*|"
                      r"loader\w*|forklift\w*|moottorivene\w*|veneellä)\b|\b(?:boat|vene)\w*\s+(?:for\s+)?(?:transport\w*|kuljetu\w*)", re.IGNORECASE)
# what is said about the children or the paid work just named: "ne on 10 ja 12 vuotiaita", "they're 10-14", "under fifteen"
_REMARK = re.compile(r"\b(?:ne|he|they|they'?re|dom|de)\b.*\b(?:on|ovat|are|r|är)?\b.*(?:\d|alle|under|yli)|\d\s*(?:v\b|v\.|vuotia\w*|"
                     r"vuoti\w*|years?\s+old|yrs?|yo\b|år)|\b(?:alle|under)\s+(?:1\d|fifteen|viisitoista)|"
                     r"\b(?:is|are|on)\s+(?:paid|palkallista|palakallista)|so\s+(?:no|not|don'?t)\s+count|ei(?:kä)?\s+(?:niitä\s+|niit\s+|sitä\s+)?(?:kai\s+|varmaan\s+)?lasketa|not\s+talkoot|"
                     r"\bnot\s+count\b|\d\s*[-–]?\s*vuotta\b|\baren'?t\s+talkoot|\bei(?:vät)?\s+(?:oo|ole)\s+talko\w*|"
                     r"(?:did\s+not|didn'?t|do\s+not|don'?t)\s+count|en\s+laskenut|(?:cannot|can'?t)\s+be\s+counted|not\s+counted|"
                     r"\d\s*years\b",
                     re.IGNORECASE)
_FIGURE = re.compile(r"\d")
# the means of the work just named: "mowing 10h but w/ grandpas tractor", "niitto 10 h, traktorilla"
_BY_MACHINE = re.compile(r"\s*(?:w/|with|by|using)\s*(?:\w+'?s?\s+)?(?:\w+\s+)?(?:traktori\w*|tractor\w*|machine\w*|digger)\b(?!.*\d)",
                         re.IGNORECASE)
# the children's work said not to count: "juniorit on 12-14 vuotta, ne ei lasketa", "they are under 15 so not count"
_NO_COUNT = r"(?:(?:ei|ee)(?:kä)?\s+(?:niitä\s+|niit\s+|sitä\s+|heitä\s+)?(?:kai\s+|varmaan\s+)?lasketa|(?:don'?t|doesn'?t|do\s+not|does\s+not|not)\s+count|not\s+counted|ei\s+oo\s+talkoita)"
_AGE = r"(?:\b(?:they'?re|they\s+are|ne\s+on|he\s+on|hän\s+on|she's|she\s+is|he's|he\s+is|se\s+on)\s+\d{1,2}(?:\s*(?:and|ja|-|–|&)\s*\d{1,2})?\b(?!\s*(?:h\b|t\b|tuntia|hours?|hrs?|päivää|days?|€|e\b|eur))|\d{1,2}\s*[-–]?\s*(?:v\b|v\.|vuotia\w*|vuoti\w*|vuotta|years?|yrs?|yo\b)|\(\s*\d{1,2}\s*[-–]\s*\d{1,2}\s*\)|\b(?:alle|under)\s+(?:1\d|fifteen|viisitoista|viistoista)|\b(?:kymmen|yksitoista|kaksitoista|kolmetoista|neljätoista)vuotia\w*)"
_NO_COUNT_RE = re.compile(_NO_COUNT, re.IGNORECASE)
_AGE_RE = re.compile(_AGE, re.IGNORECASE)
_UNDER_15 = re.compile(r"\b(?:alle|under)\s+(?:15|fifteen|viisitoista|viistoista)(?!\s*(?:henk|hlö|people|persons|tunti|tuntia|hours?|h\b|€|e\b|eur))",
                       re.IGNORECASE)
# a leading "alle 15v ei lasketa, …": the rule said first, then the figures
_LEADING_RULE = re.compile(rf"^\s*(?:alle|under)\s+(?:15|fifteen|viisitoista)\s*(?:v\b|v\.|vuotia\w*|vuotiaita|years?)?\s*{_NO_COUNT}\s*(?:,|niin|nii|so)?\s+",
                           re.IGNORECASE)
# an age said just after the children dropped: "(12–13)", "12- ja 13-vuotiaat", "10 and 12 also help"
_AGE_PIECE = re.compile(r"^\s*\d{1,2}\s*(?:[-–]\s*(?:\d{1,2})?)?\s*(?:-?\s*(?:v\b|v\.|vuotia\w*|vuoti\w*|vuotta|years?(?:\s+old)?|yrs?|yo\b))?"
                        r"(?:\s+[a-zåäö']+)*\s*[.,;]?\s*$", re.IGNORECASE)
_UNIT_WORD = re.compile(r"tunt|tunni|hours?|hrs?\b|\bh\b|päiv|days?|henk|hlö|people|persons|viik|weeks?|kerta|times|lauant|sunnunt|"
                        r"saturday|sunday|weekend|viikonlop", re.IGNORECASE)
_SHARE = re.compile(r"\b(?:siitä|siit|josta|joista|of\s+which|of\s+it|including|incl)\s+(?:[a-zäö]+\s+){0,2}\d", re.IGNORECASE)
_TOTAL = re.compile(r"\b(?:yhteensä|kaikkiaan|in\s+total|total)\b", re.IGNORECASE)


def _whole_with_uncounted(text: str) -> bool:
    """A whole said with the uncounted work in it: "In total 130 h: 100 h volunteers plus 30 h hired", "talkoot 200 h ja
    siitä traktorilla 20 h"; not a total said after it: "urakoitsija tekee luiskan. Talkoot … 45 tuntia yhteensä"."""
    if _SHARE.search(text):
        return True
    total = _TOTAL.search(text)
    uncounted = [m.end() for pattern in (_PAID, _MACHINE, _KIDS) for m in pattern.finditer(text)]
    return total is not None and (not uncounted or total.start() < max(uncounted))
_PRONOUN = re.compile(r"\s*(?:he|she|hän|se|siihen|siinä|his|its)\b", re.IGNORECASE)
_BARE_FIGURE = re.compile(r"\s*(?:n\.|noin|about|around|ca\.?)?\s*\d+(?:[.,]\d+)?\s*(?:h|t|tuntia|hours?|hrs?)?(?:\s+(?:yhteensä|kaikkiaan|in\s+total|total))?\s*[.,;]?\s*$", re.IGNORECASE)
# what the children just named do, with no figure: "tulee myös auttamaan", "help too"
_HELPS = re.compile(r"^\s*(?:(?:tulee|tullee|tulloo|auttaa|auttavat|autta\w*|help\w*|join\w*|come|comes|ovat|on|is|are|myös|kans|"
                    r"also|too|mukaan|mukana|auttamaan|joka|who|which)\b\s*)+[.!]?\s*$", re.IGNORECASE)
_GROWN_UPS = re.compile(r"\b(?:parents|vanhemm\w*|vanhempa\w*|isät|äidit|aikui\w*|aikus\w*|adults?|grown-?ups)\b", re.IGNORECASE)


def without_uncounted(text: str) -> str | None:
    """``text`` without what it says about children, paid work or machines, when it says such a thing; "" when no
    figure is left; None when it says no such thing."""
    if not text or len(text) > 400 or "\n" in text.strip() or _whole_with_uncounted(text):
        return None  # "talkoot 200 h ja siitä traktorilla 20 h": the machine's share of the 200, which is asked
    young = _young_not_counted(text)
    rule = _LEADING_RULE.match(text)
    pieces = _BREAK.split(text[rule.end():] if rule else text)
    kept: list[str] = []
    dropped = bool(rule)
    after_dropped = after_young = False
    for index in range(0, len(pieces), 2):
        piece = pieces[index]
        gap = pieces[index - 1] if index else ""
        if _uncounted(piece) or (young and _young(piece) and not _GROWN_UPS.search(piece)):
            if kept and not after_dropped and (_PRONOUN.match(piece) or (_BY_MACHINE.match(piece) and _MACHINE.search(piece))) and not _KIDS.search(piece):
                kept.pop()  # "kouluttaja 48 tuntia mutta hän saa palkkion", "mowing 10h but w/ grandpas tractor": that work
            after_young = bool(_young(piece))
            dropped = after_dropped = True
            continue
        if after_dropped and (_PRONOUN.match(piece) or _BARE_FIGURE.match(piece)):
            continue  # "the carpenter is paid, he does 200h", "his tractor, 20 h": the same work again
        if after_young and (_AGE_PIECE.match(piece) or _AGE_RE.search(piece) or _HELPS.match(piece)) and not _UNIT_WORD.search(piece):
            continue  # "the school kids (12–13) help …": their age, not a figure of the talkoot
        after_dropped = after_young = False
        kept.append((gap if kept else "") + piece)
    if not dropped:
        return None
    kept = [piece for piece in kept if not ((_REMARK.search(piece) or _NO_COUNT_RE.search(piece)) and not _says_hours(piece)
                                            and not _GROWN_UPS.search(piece))]
    # "ne on 10 ja 12 vuotiaita" is the children's ages; "ne 6 vanhempaa tekee 4 pv" is the parents' work
    rest = "".join(kept).strip(" ,.;")
    if not _FIGURE.search(prepare(rest)):  # "the kids also help but they are 10-12 yrs": no talkoot said
        return "" if _FIGURE.search(prepare(text)) and not _MACHINE.search(text) else None  # "traktori n. 8 tuntia": machine hours
    return rest


def _young_not_counted(text: str) -> bool:
    """True when the answer says the children's work does not count: "juniorit on 12-14 vuotta, ne ei lasketa",
    "they are under 15 so not count" (not "… palkattua työtä ei lasketa", which is about the paid work)."""
    if _UNDER_15.search(text):
        return True
    pieces = _BREAK.split(text)[::2]
    for index, piece in enumerate(pieces):
        if not _NO_COUNT_RE.search(piece) or _PAID.search(piece) or _MACHINE.search(piece):
            continue
        before = " ".join(pieces[max(0, index - 2):index])
        short = len(piece.split()) <= 5
        if _young(piece) or ((short or _PRONOUN.match(piece) or re.match(r"\s*(?:ne|they|those|sitä|niitä|dom|de|I\s+know\s+they)\b",
                                                                          piece, re.IGNORECASE)) and _young(before)):
            return True
    return False


def _young(piece: str) -> bool:
    """A piece about children: a word for them or an age under 15 ("nuoret 16-17 v" are not children here)."""
    ages = [int(n) for n in re.findall(r"\d{1,2}", " ".join(m.group(0) for m in _AGE_RE.finditer(piece)))]
    if ages and min(ages) >= 15 and not _UNDER_15.search(piece):
        return False
    return bool(_YOUNG.search(piece) or _AGE_RE.search(piece))


def _uncounted(piece: str) -> bool:
    """True for a piece about paid work or a machine, or about children helping with no hours of their own ("kids'
    activities 90 h" is the adults' work for them)."""
    if _PAID.search(piece) or _MACHINE.search(piece):
        return True
    return bool(_KIDS.search(piece) and not _says_hours(piece) and not _GROWN_UPS.search(piece))


def _says_hours(piece: str) -> bool:
    return bool(re.search(r"\d\s*(?:h|t)\b|\d\s*(?:tunt|tunni|hours?|hrs?\b|timmar)|(?:tunt|tunni|hours?)\w*\s*:?\s*\d", prepare(piece)))


# a share of a whole: "siitä lapset 20 tunti", "josta urakoitsijan osuus 60 h", "40 of them are the kids", "incl. 20 by kids"
_SHARE_WORD = re.compile(r"\b(?:siitä|siit|tästä|josta|joista|siinä|mukaan\s+lukien|sisältää|sisältäen|of\s+which|incl\.?|including)"
                         r"(?:\s+[^\s\d]+){0,3}?\s+\d|\d+\s*(?:h|hours?|tuntia)?\s+(?:\w+\s+)?of\s+(?:that|them|it|which|those)\b",
                         re.IGNORECASE)  # the share's own figure close by: "siitä lapset 20", "incl. 20", "20 of that"
_HOURS_NUMBER = re.compile(r"(?<![\d.,])(\d{1,4})(?![\d.,]?\d)")
_AGES_SAID = re.compile(r"\b(?:are|is|on|ovat|were|aged|ikä|iältään)\s+\d{1,2}(?:\s*(?:-|–|ja|and|to)\s*\d{1,2})?\b", re.IGNORECASE)
_FRACTION = re.compile(r"\b(?:puolet|puoli|kolmasosa|neljäsosa|half|third|quarter|%|prosent\w*)", re.IGNORECASE)


def total_less_uncounted(text: str) -> int | None:
    """The talkoot of a whole with its uncounted share taken out: "yhteensä 100 tunti, siitä lapset 20 tunti, lapset alle
    15 ei lasketa" (80), "Työtä yht. 220 h, josta urakoitsijan palkallinen osuus 60 h" (160); None otherwise. Two figures
    only, a word for a whole or a share, and the share's doers named: children said not to count, or paid work."""
    said = prepare(text or "")
    if not said or len(said) > 300 or "\n" in said.strip() or _GROWN_UPS.search(said):
        return None  # "80 aikuisilta ja lapsilta 20": the adults' own share is said; the other readers decide
    if not _SHARE_WORD.search(said) or not (_says_hours(said) or re.search(r"\b(?:\w*tunt\w*|hours?|hrs?)\b", said)):
        return None
    bare = _AGES_SAID.sub(" ", _AGE_RE.sub(" ", _UNDER_15.sub(" ", said)))  # "alle 15", "12-13 v", "who are 12-13": ages
    figures = [int(n) for n in _HOURS_NUMBER.findall(bare)]
    by_others = _PAID.search(said) and not _KIDS.search(said)  # a machine's share stays asked: it may be the driver's talkoot
    by_children = _KIDS.search(said) and not _PAID.search(said) and (_NO_COUNT_RE.search(said) or _UNDER_15.search(said))
    if not (by_others or by_children):
        return None
    fraction = _FRACTION.search(said)
    if fraction:  # "Talkoot 300 h. Siitä puolet lapsia, alle 15 ei lasketa": the other half
        return figures[0] // 2 if len(figures) == 1 and re.match(r"puolet|half", fraction.group(0), re.IGNORECASE) else None
    if len(figures) == 3 and figures[0] - figures[1] == figures[2]:
        return figures[2]  # "Yhteensä 180 tuntia, joista 40 palkattua, joten talkoita on 140 tuntia": worked out already
    if len(figures) != 2 or not 0 < min(figures) < max(figures):
        return None
    return max(figures) - min(figures)
