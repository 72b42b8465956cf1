"""Numbers as people type them: ``12 000``, ``12.000,50``, ``12,000.50``, ``12,5`` -> Decimal."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from .answer_words import load_words

# A typo guard: nobody's village project costs a hundred million euros.
MAX_AMOUNT = Decimal("100000000")
CENT = Decimal("0.01")
ONE = Decimal(1)
# A figure the user calls a guess: "maybe 100? not sure", "5000 mutta en oo varma" (a plain "maybe 100" is taken)
NOT_SURE = re.compile(r"\b(?:not\s+sure|unsure|no\s+idea|no\s+clue|hard\s+to\s+say|don'?t\s+know|"
                      r"en\s+(?:oo\s+|ole\s+)?(?:(?:kyl|kyllä|ihan|nyt|yhtään)\s+){0,2}varma|en\s+tiedä|en\s+tiiä|not\s+(?:entirely\s+|quite\s+|really\s+)?certain|"
                      r"ei\s+(?:oo\s+|ole\s+)?varmaa|epävarma\w*|ei\s+hajuakaan|ei\s+hajua|vaike\w*\s+sano[ao])\b")
_NUMBER = re.compile(r"^[0-9.,]+$")


def normalise_number(text: str) -> Decimal | None:
    """``12.000,50`` / ``12,000.50`` / ``12 000`` / ``12,5`` → Decimal, deciding which mark is the decimal one."""
    if not text or not _NUMBER.match(text) or not any(ch.isdigit() for ch in text):
        return None
    dots, commas = text.count("."), text.count(",")
    if dots and commas:
        # The later mark is the decimal separator; the other one groups thousands.
        decimal_mark = "." if text.rfind(".") > text.rfind(",") else ","
        group_mark = "," if decimal_mark == "." else "."
        if text.count(decimal_mark) > 1:
            return None
        head, tail = text.split(decimal_mark)
        if not valid_groups(head, group_mark):
            return None
        text = head.replace(group_mark, "") + "." + tail
    elif dots or commas:
        mark = "." if dots else ","
        parts = text.split(mark)
        if len(parts) > 2 or (len(parts) == 2 and len(parts[1]) == 3 and parts[0] not in ("", "0")):
            # 12.000 and 1.200.000 group thousands; so does 12,000 (nobody means 12 euros by it).
            if not valid_groups(text, mark):
                return None
            text = text.replace(mark, "")
        else:
            text = text.replace(mark, ".")
    try:
        return Decimal(text)
    except InvalidOperation:
        return None


def valid_groups(text: str, mark: str) -> bool:
    parts = text.split(mark)
    return bool(parts[0]) and len(parts[0]) <= 3 and all(len(p) == 3 for p in parts[1:])


# -- finding numbers inside a sentence ---------------------------------------------------------

NUMBER = re.compile(r"(?<![\d.,])(\d{1,3}(?:(?: |\.|,|')\d{3})+(?:[.,]\d{1,2})?(?![\d])|\d+(?:[.,]\d+)?)")
MONTHS = re.compile(r"\s*(kk\b|kuukautta\b|kuukauden\b|kuukaudeksi\b|kuukausi\b|months?\b|mths?\b)")
PERCENT = re.compile(r"\s*(%|prosent\w*|percent\b|pct\b)")
CURRENCY_AFTER = re.compile(r"\s*(€|e\b|eur\w*|euro\w*|egee|ege)")
PER_MONTH = re.compile(
    r"\s*(?:/\s*(?:kk|kuukausi|kuu|month|mo|mth)\b|per\s+(?:kk|kuukausi|kuukaus|month)\b|a\s+month\b|each\s+month\b|every\s+month\b|"
    r"monthly\b|kuukaudessa\b|kuussa\b|kk:ssa\b|kuukausittain\b|kuukau(?:des|res|ves|vessa|ressa)\b|"
    r"kuus(?=\s+\d+\s*(?:kk|kuukau\w*|kuukautta)\b))"
)
TOTAL_BEFORE = re.compile(r"(yhteensä|yht\.|yht|total|totalt|sammanlagt|in total|kaikkiaan|summa|altogether|eli|=)\s*(n\.|noin|about|ca\.?|~|pyöreesti|pyöreästi|roughly)?\s*$")
RANGE_GAP = re.compile(r"^\s*(-|–|—|to|tai|…|\.\.\.?|ja|and|or)\s*$")
TIMES = re.compile(r"^\s*(x|\*|×|kertaa)\s*$")
YEAR_AND_HALF = re.compile(r"(?:^|\s)(?:for )?(?:a |one )?year and a half\b|(?:^|\s)(?:puolitoista|puoltoista|puolentoista|puolentoist|1[.,]5) (?:vuotta|vuoden( ajan)?|vuodeksi|vuodeks)\b")
HALF_YEAR = re.compile(r"(?:^|\s)(puoli vuotta|puol vuotta|puol vuatta|puoli vuatta|puolen vuoden( ajan)?|puoleksi vuodeksi|puoleks vuodeks|half a year|six months)\b")
YEARS = re.compile(r"(?:^|\s)(kahden|kahen|kolmen|kahdeksi|kahdeks|kaheks|kaheksi|kolmeksi|kolmeks|two|three)\s+(vuoden( ajan)?|vuodeksi|vuodeks|years?)\b")
_YEAR_COUNT = {"kahden": 24, "kahen": 24, "kolmen": 36, "kahdeksi": 24, "kahdeks": 24, "kaheks": 24, "kaheksi": 24, "kolmeksi": 36,
               "kolmeks": 36,
               "two": 24, "three": 36}
# "1 500 € / v kahelle vuodelle", "45 €/kk kolmelle vuodelle": a sum per year or month, for two or three years (not "60 000e kolmelle vuodelle", the whole for three)
PER_YEAR_FOR = re.compile(r"((?:/\s*(?:v|vuosi|kk|kuukausi)|vuodessa|kuussa|kuukaudessa|per\s+(?:vuosi|kk|kuukausi)|vuosittain|"
                          r"kuukausittain)\b\s*,?\s*)(kahdelle|kahelle|kolmelle)\s+vuodelle\b",
                          re.IGNORECASE)
ONE_YEAR = re.compile(r"(?:^|\s)(koko )?(vuoden ajan|vuodeksi|yhden vuoden( ajan)?|for a year|for one year|for a whole year)\b|\skoko vuoden\b")


@dataclass
class Num:
    """A number in the text, where it is, and the word that follows it (its unit, if any)."""

    value: Decimal
    start: int
    end: int
    unit: str | None = None
    multiplier: Decimal = ONE
    currency: bool = False


def one_bracket(text: str) -> tuple[str, str] | None:
    """The answer without its one bracket, and the bracket's content ("12 500 € (kaksitoistatuhatta …)",
    "240 tuntia (6 hlö x 40 h)"); None unless there is exactly one."""
    inside = re.findall(r"\(([^()]*)\)", text)
    return (re.sub(r"\([^()]*\)", " ", text), inside[0]) if len(inside) == 1 else None


_SV_UNITS = {"en": 1, "ett": 1, "två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7, "åtta": 8, "nio": 9}
_SV_TEENS = {"tio": 10, "elva": 11, "tolv": 12, "tretton": 13, "fjorton": 14, "femton": 15, "sexton": 16, "sjutton": 17,
             "arton": 18, "nitton": 19}
_SV_TENS = {"tjugo": 20, "trettio": 30, "fyrtio": 40, "femtio": 50, "sextio": 60, "sjuttio": 70, "åttio": 80, "nittio": 90}
_SV_TEN_STEMS = {t[:5] for t in _SV_TENS}  # "tjugo", "femti": a tens word with or without its ones ("tjugofem")
_SV_WORD = (r"(?:" + "|".join(_SV_TENS) + r")(?:" + "|".join(u for u in _SV_UNITS if u not in ("en", "ett")) + r")?|"
            + "|".join(_SV_TEENS) + "|" + "|".join(_SV_UNITS) + r"|hundra|tusen")
_SV_RUN = re.compile(rf"(?<![\w-])(?:{_SV_WORD})(?:(?:\s+och)?\s+(?:{_SV_WORD}|tuhatta))*(?![\w-])")  # "tusen" may come as "tuhatta"
# a lone unit word is a count only before what it counts or after "or": "tre lördagar", "fem personer", "…, eller fyra"
# (not "Tre", Tampere; not "en")
_SV_COUNTED = re.compile(r"\s+(?:personer|timmar|timme|dagar|lördagar|söndagar|veckor|gånger|månader|år|kvällar|gubbar|föräldrar|"
                         r"pensionärer|medlemmar|familjer|tuntia|henkeä|päivää|lauantaita|viikkoa|kertaa)\b")


def swedish_numbers(text: str) -> str:
    """Swedish number words as digits ("tre hundra timmar" 300, "tolv tusen" 12 000, "tjugofem" 25); a lone "tre" or
    "fem" only before what it counts; nothing with "halvt" ("två och ett halvt tusen" is asked)."""
    if "halvt" in text:
        return text

    def value(match: re.Match[str]) -> str:
        if re.search(r"[-–]\s*\w*\s*$", text[max(0, match.start() - 8):match.start()]):
            return match.group(0)  # "två-tre hundra": a range in words, asked
        words = [w for w in match.group(0).split() if w != "och"]
        words = ["tusen" if w == "tuhatta" else w for w in words]
        big = any(w in ("hundra", "tusen") or w in _SV_TEENS or w[:5] in _SV_TEN_STEMS for w in words)
        counted = _SV_COUNTED.match(text, match.end()) or re.search(r"\b(?:tai|eller|or|kanske|ehkä|maybe)\s*$", text[:match.start()])
        if not big and not (len(words) == 1 and words[0] not in ("en", "ett") and counted):
            return match.group(0)
        if words[0] in ("en", "ett") and (len(words) == 1 or words[1] not in ("hundra", "tusen")):
            return match.group(0)
        total = current = 0
        for word in words:
            if word == "hundra":
                current = (current or 1) * 100
            elif word == "tusen":
                total, current = total + (current or 1) * 1000, 0
            elif word in _SV_UNITS:
                current += _SV_UNITS[word]
            elif word in _SV_TEENS:
                current += _SV_TEENS[word]
            else:
                tens = next(t for t in _SV_TENS if word.startswith(t))
                current += _SV_TENS[tens] + _SV_UNITS.get(word[len(tens):], 0)
        return str(total + current)

    return _SV_RUN.sub(value, text)


_MATERIAL = r"(?:\s+\w+)?\s+(?:soraa|hiekkaa|kiveä|kiviä|multaa|puuta|puita|rautaa|terästä|jätettä|lunta|heinää|ruokaa|tavaraa|painoa)\b"

# counts said as words, in the cases a count of days or weekends takes: "kahtena viikonloppuna", "two weeks"
SMALL_COUNTS = {"one": 1, "a": 1, "yksi": 1, "yks": 1, "yhtenä": 1, "yhden": 1, "two": 2, "kaksi": 2, "kaks": 2, "kahtena": 2, "kahden": 2,
                "kahen": 2, "three": 3, "kolme": 3, "kolmena": 3, "kolmen": 3, "four": 4, "neljä": 4, "neljänä": 4, "neljän": 4,
                "five": 5, "viisi": 5, "viis": 5, "viitenä": 5, "six": 6, "kuusi": 6, "kuus": 6, "kuutena": 6, "seven": 7,
                "seitsemän": 7, "seittemän": 7, "eight": 8, "kahdeksan": 8, "kaheksan": 8, "kahdeksana": 8, "nine": 9,
                "yhdeksän": 9, "ten": 10, "kymmenen": 10, "kymmenenä": 10, "twelve": 12, "kaksitoista": 12}
_ONES = {"yks": "1", "yksi": "1", "yhen": "1", "kaks": "2", "kaksi": "2", "kolme": "3", "kolome": "3", "neljä": "4", "nelijä": "4",
         "viis": "5", "viisi": "5", "kuus": "6", "kuusi": "6"}
_GENITIVE_COUNTS = {"yhden", "yhen", "kahden", "kahen", "kolmen", "kolomen", "neljän", "viiden", "viijen", "kuuden", "kuuen",
                    "seitsemän", "seittemän", "kahdeksan", "kaheksan", "yhdeksän", "yheksän", "kymmenen", "parin", "muutaman",
                    "puolitoista", "puolentoista", "puoltoista", "pualtoista", "puol", "puoli", "puolen"}
_SPOKEN_AMOUNTS = (
    (re.compile(r"\b(?:pualtoista|puoltoist[ae]?|puolentoista|puolitoist)\b"), "puolitoista"),  # "pualtoista tonnia", "puoltoist tonnii"
    (re.compile(r"\b(yks|yksi|yhen|kaks|kaksi|kolme|kolome|neljä|nelijä|viis|viisi|kuus|kuusi|\d)\s+puol(?:i|ikas)?\s+(?=tonni\w*\b)"),
     lambda m: _ONES.get(m.group(1), m.group(1)) + ",5 "),  # "yks puol tonnia": 1 500 €
    (re.compile(r"(?<![\w-])(?<!ja )(?<!ja\s\s)puol(?:i|ikas)?\s+(?=tonni\w*\b(?!" + _MATERIAL + r"))"), "0,5 "),  # "puol tonnii": 500 €,
    # not "puoli tonnia soraa" (half a ton)
    (re.compile(r"\bpari(?:kyt|kymmentä|kymment)\b"), "kaksikymmentä"),  # "parikyt tonnia"
    (re.compile(r"(?<=\d)(\s*(?:e|€|euroa|eur)?)\s+kuus(?=\s+\d+\s*(?:kk|kuukau\w*)\b)"), r"\1 kuussa"),  # "500e kuus 10 kuukautta"
    (re.compile(r"\bfourty\b"), "forty"), (re.compile(r"\bseihtemän"), "seitsemän"),
    (re.compile(r"\b(kahdeksi|kolmeksi|neljäksi|viideksi|kuudeksi|seitsemäksi|kahdeksaksi)\s+(?=(?:päiväksi|illaksi|tunniksi|viikoksi|"
                r"viikonlopuksi|lauantaiksi|kuukaudeksi)\b)"),
     lambda m: {"kahdeksi": "2", "kolmeksi": "3", "neljäksi": "4", "viideksi": "5", "kuudeksi": "6", "seitsemäksi": "7",
                "kahdeksaksi": "8"}[m.group(1)] + " "),  # "kuus miestä kolmeksi päiväksi", "kolmeksi viikoksi": three days, weeks
    (re.compile(r"\b(yhdeksi|kahdeksi|kolmeksi|neljäksi|viideksi|kuudeksi|seitsemäksi|kahdeksaksi|yhdeksäksi)toista\s+(?=kuukaudeksi\b)"),
     lambda m: str(11 + ["yhdeksi", "kahdeksi", "kolmeksi", "neljäksi", "viideksi", "kuudeksi", "seitsemäksi", "kahdeksaksi",
                         "yhdeksäksi"].index(m.group(1))) + " "),  # "kahdeksaksitoista kuukaudeksi": 18 months
    (re.compile(r"\b(kahdeksa|kaheksa|seittemä|seitsemä|yhdeksä|yheksä|kymmene)\b"), r"\1n"),  # Satakunta "kahdeksa", "kymmene"
    (re.compile(r"\bneli-?(?=sataa|kymmentä|toista)"), "neljä"),  # "kolome tuhatta nelisataa": 3 400, not 3 000
    (re.compile(r"\b(kolmi|neli|viiti|kuuti)sen\s+(?=sataa|tuhatta)"),
     lambda m: {"kolmi": "kolme", "neli": "neljä", "viiti": "viisi", "kuuti": "kuusi"}[m.group(1)]),  # "nelisen sataa": about 400
    (re.compile(r"\b(\d+)\s+kyb(?:ää|ä|iä)\b(?!.*(?:kymp|satan|euro|€))"), r"\g<1>00 euroa"),  # "3 kybää": hundred-euro notes, alone
    (re.compile(r"\bkymppitonnin\s+(?:verran|luokkaa|paikkeil\w*|tienoil\w*|tietämil\w*)\b"), "noin 10000 euroa"),  # "kymppitonnin luokkaa"
    (re.compile(r"\b(?:tonnin|tonni|yks\s+tonni|a\s+grand|one\s+grand)\s+(?:tai|or)\s+(kaks|kaksi|two|kolme|three)\b"),
     lambda m: f"1000-{2000 if m.group(1) in ('kaks', 'kaksi', 'two') else 3000} euroa"),  # "tonnin tai kaks": 1 000-2 000
    (re.compile(r"(?:^|(?<=\s))(\S+\s+)?tonnin\s+(?:verran|luokkaa|paikkeil\w*|tienoil\w*|tietämil\w*)\b"),
     lambda m: m.group(0) if m.group(1) and (m.group(1).strip().lower() in _GENITIVE_COUNTS or m.group(1).strip()[-1:].isdigit()
                                             or re.search(r"(?:kymmenen|toista|sadan)$", m.group(1).strip().lower()))
     else f"{m.group(1) or ''}noin 1000 euroa"),  # "matkakulut ehkä tonnin verran": about a thousand (not "kahen tonnin verran";
    # "tonnin verran kuussa" keeps its month)
)


_MATERIAL_ANY = re.compile(r"\b(?:sora|hiekka|kive|kivi|multa|puuta|rauta|teräs|jäte|jätet|heinä|tonnia?\s+(?:painav|paino))\w*", re.IGNORECASE)


def _spoken_amounts(text: str) -> str:
    """Spoken money words as their plain forms ("pualtoista tonnia", "yks puol tonnia", "3 kybää"); "puoli tonnia" stays
    where the answer speaks of gravel or sand (half a ton)."""
    weight = bool(_MATERIAL_ANY.search(text))
    for pattern, plain in _SPOKEN_AMOUNTS:
        if not (weight and "tonni" in pattern.pattern):
            text = pattern.sub(plain, text)
    return text


_SPOKEN_TENS_ONES = re.compile(r"\b((?:kaks|kol|nel|viis|kuus|seittemän|kaheksan|yheksän)kytä?)\s+"
                               r"(yks|yksi|kaks|kaksi|kolme|kolome|neljä|viis|viisi|kuus|kuusi|seittemän|kaheksan|yheksän)\b")
_TENS_SPACE_ONES = re.compile(r"\b((?:kaksi|kolme|neljä|viisi|kuusi|seitsemän|kahdeksan|yhdeksän)kymmentä)\s+"
                              r"(yksi|kaksi|kolme|neljä|viisi|kuusi|seitsemän|kahdeksan|yhdeksän)\b(?=\s+(?:tuhatta|tuhat|sataa)\b)")


def prepare(text: str) -> str:
    """Lower case, plain spaces and dashes, number words as digits, ``puoli vuotta`` as ``6 kk``."""
    text = text.lower().replace("\u00a0", " ").replace("\u202f", " ").replace("\u2009", " ")
    text = text.replace("\u2013", "–").replace("\u2212", "-")
    text = re.sub(r"\s+", " ", text)
    text = re.sub(r"^\s*[-–•*·]\s+(?=\S)", "", text)  # a bullet before a one-line answer ("- 10–12 t€"), no minus sign
    text = _spoken_amounts(text)
    text = re.sub(r"\b(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(one|two|three|four|five|six|seven|eight|nine)\b",
                  r"\1 \2", text)  # "twentyseven thousand": a tens word run into its ones
    text = re.sub(r"(\d)\s*(kpl|pcs|st|kappaletta)\s+a\s+(?=\d)", r"\1 \2 à ", text)  # "14kpl a 120€": à, typed as "a"
    text = re.sub(r"\bn\.(?=\d)", "n. ", text)  # "n.70 tuntia", "n.27000"
    text = re.sub(r"\b(?:yks|joku|jotain)\s+(?=\d)", "", text)  # spoken "about": "yks 7000", "joku 50 tuntia"
    text = re.sub(r"\bsatas(?:en|ta)\b|\bsatanen\b|\bsataset\b", "sataa", text)  # "satanen tuntia", "kolme satasta"
    text = re.sub(r"(?<=\d)\s+thousands\b", " thousand", text)  # "about 4 thousands euro"
    text = re.sub(r"\btuhatt\b", "tuhatta", text)  # spoken "neljäkymmentäkaks tuhatt euroo"
    # Ostrobothnian "kolmesattaa", "puolitoista sattaa" (a lone "sattaa olla" is "saattaa", may be)
    text = re.sub(r"(?<=[a-zäö])sattaa\b|(?<=[a-zäö])satt?oo\b|(?<=[a-zäö])satoa\b", "sataa", text)  # and Savo "kakssattoo", "kolomesatoo"
    text = re.sub(r"\bkahen(?=sataa\b|tuhatta\b|kymmentä\b)", "kaksi", text)  # spoken "kahensataa"
    text = swedish_numbers(text)  # "tre hundra timmar", "tolv tusen" among Finnish
    text = re.sub(r"\bkolome?(?=satt?aa|kymmentä|toista|tuhatta)", "kolme", text)  # Savo "kolomesattaaviiskymmentä", "kolomtuhatta"
    text = re.sub(r"(\d)\s*tys\.?(?=\s|$)", r"\1 tuhatta", text)  # Polish "6 tys.": thousands
    text = re.sub(r"\b(kolme|kaksi|kaks|neljä|viisi|viis|kuusi|kuus|seitsemän|kahdeksan|yhdeksän)sattaa(?=[a-zäö])", r"\1sataa", text)
    text = re.sub(r"\bkaks(?:s|i)?ataa(?=\b|[a-zäö]+kymmentä)", "kaksisataa", text)  # Savo "kaksataa", "kaksataaviiskymmentä"
    text = re.sub(r"(?<![a-zäö])kahsataa\b", "kaksisataa", text)  # "seittemäntuhatta kahsataa"
    text = re.sub(r"(?<![a-zäö])(tuhat(?:ta)? ?|\b)viisataa\b", r"\1viisisataa", text)  # "viisataa" is spoken 500
    text = re.sub(r"\b(\w*toista|kolme|kaksi|kaks|neljä|viisi|viis|kuusi|kuus)\s+sattaa\b", r"\1 sataa", text)  # not "50 sattaa riittää"
    text = re.sub(rf"\b((?:{_G})kymmenen)\s+({_G})(?=\s+(?:tuhannen|kuukauden|viikon)\b)", r"\1\2", text)  # "kahdenkymmenen viiden"
    text = _FI_GENITIVE.sub(_genitive, text)  # "kahdentoista tuhannen euron" before a lone "tuhannen" is 1 000
    text = re.sub(r"(\S+\s+)?\btuhannen(?=\s+(?:tunnin|euron|€))", _lone_thousand, text)  # "tuhannen tunnin tienoilla"
    text = _TENS_SPACE_ONES.sub(r"\1\2", text)  # "kaksikymmentä kahdeksan tuhatta": one number said with a space
    text = _SPOKEN_TENS_ONES.sub(r"\1\2", text)  # "kolkytä viis euroo": 35
    text = re.sub(r"\b(yksi|kaksi|kolme|neljä|viisi|kuusi|seitsemän|kahdeksan|yhdeksän|kymmenen|\w+toista|\w+kymmentä|\w*sataa) tuhat\b"
                  r"(?=\s+(?:euroa|euroo|e|€)\b|\s*$)", r"\1 tuhatta", text)  # "kahdeksan tuhat euroa" (not "noin tuhat euroa")
    text = _hundreds_words(text)
    text = _THOUSAND_HUNDREDS.sub(_thousand_hundreds, text)  # "tuhat viisisataa tuntia": one number said with a space
    text = spelled_numbers(text)
    words = load_words().numbers
    if any(word in text for word in words):
        pattern = r"\b(" + "|".join(sorted(map(re.escape, words), key=len, reverse=True)) + r")\b"
        text = re.sub(pattern, lambda m: m.group(0) if m.group(1) == "one" and _NOT_A_COUNT_BEFORE.search(m.string[:m.start()])
                      else str(words[m.group(1)]), text)
    text = re.sub(r"\b(\d{1,3}) thousand (\d{3})\b(?!\s*(?:thousand|[.,]\d))", lambda m: str(int(m.group(1)) * 1000 + int(m.group(2))),
                  text)  # "one thousand nine hundred hours": 1 900, not 900
    # "puoli vuotta" and "vuoden ajan" are months; "kahden vuoden ajan" is 24 of them
    text = YEAR_AND_HALF.sub(" 18 kk", text)
    text = HALF_YEAR.sub(" 6 kk", text)
    text = PER_YEAR_FOR.sub(lambda m: f"{m.group(1)}{'kolmen' if m.group(2).lower().startswith('kolm') else 'kahden'} vuoden ajan", text)
    text = YEARS.sub(lambda m: f" {_YEAR_COUNT[m.group(1)]} kk", text)
    return ONE_YEAR.sub(lambda m: m.group(0) if re.search(r"\d\s*$", text[:m.start()]) else " 12 kk", text)


_HUNDREDS_COUNT = {"kaksi": 2, "kaks": 2, "kolme": 3, "neljä": 4, "viisi": 5, "viis": 5, "kuusi": 6, "kuus": 6, "seitsemän": 7,
                   "kahdeksan": 8, "kaheksan": 8, "yhdeksän": 9, "yheksän": 9}
_THOUSAND_HUNDREDS = re.compile(r"(?<![\w-])tuhat\s+(" + "|".join(_HUNDREDS_COUNT) + r")?s?sataa?(?![\w-])"
                                r"(?!\s+(?:\w*kymmentä|\w*kymmenen|\w*kyt|\w*toista|yksi|yks|kaksi|kaks|kolme|neljä|viisi|viis|kuusi|kuus|"
                                r"seitsemän|kahdeksan|kaheksan|yhdeksän)\b)")  # "tuhat kaksisataa viisikymmentä" is read whole elsewhere


def _thousand_hundreds(match: re.Match) -> str:
    """"tuhat viisisataa" alone is 1 500; after a count ("kolme tuhat viisisataa") it is left for the count's reading."""
    before = re.findall(r"[\wäö]+", match.string[:match.start()])
    if before and (before[-1].isdigit() or _FI_WORD.fullmatch(before[-1]) or before[-1] in _HUNDREDS_COUNT):
        return match.group(0)
    return str(1000 + 100 * _HUNDREDS_COUNT.get(match.group(1) or "", 1))


def _lone_thousand(match: re.Match) -> str:
    """"tuhannen euron" alone is 1 000; after a count ("kaksitoista tuhannen euron") it is that count's thousands."""
    before = match.group(1) or ""
    if before and (re.search(r"\d", before) or _FI_WORD.fullmatch(before.strip())):
        return match.group(0)
    return before + "1000"


_FEW_HUNDRED = re.compile(r"\b(?:muutama|muutaman|muutamia|jokunen|joitain|useampi|useamman|useita|monta|pari|few|a few|several|some|many|"
                          r"(?:a\s+)?couple(?:\s+of)?)\s*"
                          r"(?:sata|sataa|satoja|hundreds?|kymppitonni\w*|tonni\w*|tuhat\w*|thousands?|grand)\b")
_HUNDRED_WORDS = (
    (re.compile(r"\bpuol[io]?toista\s*sataa\b|\bone and a half hundred\b"), "150"),
    (re.compile(r"\b(?:kaks|kaksi)\s+ja\s+puol(?:i|et)?\s*sataa\b|\btwo and a half hundred\b"), "250"),  # "kaks ja puol sataa"
    (re.compile(r"\bkolme\s+ja\s+puol(?:i|et)?\s*sataa\b"), "350"),
    (re.compile(r"\bsatakunta\b|\bsatkun\w*"), "100"),
    (re.compile(r"\bsatatuhatta\b"), "100000"),
    (re.compile(r"\bpuol[ie]?\s*miljoonaa\b|\bhalf a million\b"), "500000"),
    (re.compile(r"\bpuol[io]?toista\s*tuhatta\b"), "1500"),
    (re.compile(r"(?<!ja )(?<!and )\bpuol[ie]?\s*tuhat(?:ta)?\b"), "500"),
)


def _hundreds_words(text: str) -> str:
    """"satakunta" is about 100; "muutama sata", "pari sataa" and "a couple thousand" are estimates, no number (the
    bot asks: most of the strangers who wrote test answers read them so)."""
    text = _FEW_HUNDRED.sub(" ", text)
    for pattern, digits in _HUNDRED_WORDS:
        text = pattern.sub(digits, text)
    return text


# -- numbers written as words: "kakskyt", "kolme ja puol", "viisitoista", "two and a half", "a hundred" -------------

# Weekday names, Monday first as date.weekday() counts (the date, hours and ordinal readers share them)
FI_WEEKDAYS = ("maanantai", "tiistai", "keskiviikko", "torstai", "perjantai", "lauantai", "sunnuntai")
EN_WEEKDAYS = tuple(name.lower() for name in calendar.day_name)
FI_UNITS = {
    "yksi": 1, "yks": 1, "kaksi": 2, "kaks": 2, "kolme": 3, "kol": 3, "kolm": 3, "neljä": 4, "nelja": 4, "nel": 4,
    "viisi": 5, "viis": 5, "kolome": 3, "nelejä": 4, "nelijä": 4, "kuusi": 6, "kuus": 6, "seitsemän": 7, "seittemän": 7, "seiska": 7,
    "kahdeksan": 8, "kaheksan": 8, "kahareksan": 8, "yhdeksän": 9, "yheksän": 9, "yhereksän": 9, "seit": 7,
}
EN_UNITS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19,
}
_EN_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_U = "|".join(sorted(FI_UNITS, key=len, reverse=True))
# One Finnish word: [unit]sataa [unit]kymmentä|kyt [unit] | [unit]toista | kymmenen
_FI_WORD = re.compile(
    rf"\b(?:(?P<h>{_U})?(?P<sata>sataa|sata))?(?:(?P<t>{_U})(?:kymmentä|kymmenta|kymment|kytä|kyt)|(?P<ten>kymmenen|kymppi))?"
    rf"(?:(?P<teen>{_U})toist[aä]?|(?P<u>{_U}))?\b"
)
_EN_NUMBER = re.compile(
    r"\b(?:(?P<a>a|one)\s+hundred|(?P<tens>" + "|".join(_EN_TENS) + r")(?:[- ](?P<tu>" + "|".join(EN_UNITS) + r"))?"
    r"|(?P<unit>" + "|".join(sorted(EN_UNITS, key=len, reverse=True)) + r"))\b"
)
_NOT_A_COUNT_BEFORE = re.compile(r"\b(?:this|that|the|which|each|every|any|another|the same|only|new|old|small|big|little|large|smaller|"
                                 r"bigger|cheap|cheaper|expensive|good|better|used|right|higher|lower|vat|moms|alv)\s+$")
_HALF_AFTER = re.compile(r"\b(\d+)\s+(?:ja|and)\s+(?:puol(?:i|ikas)?|a half)\b")


def _fi_word(match: re.Match) -> str:
    if not match.group(0):
        return match.group(0)
    g = match.groupdict()
    value = 0
    if g["sata"]:
        value += 100 * (FI_UNITS[g["h"]] if g["h"] else 1)
    if g["t"]:
        value += 10 * FI_UNITS[g["t"]]
    if g["ten"]:
        value += 10
    if g["teen"]:
        value += 10 + FI_UNITS[g["teen"]]
    elif g["u"]:
        if g["u"] in ("kol", "kolm", "nel", "seit") and not (g["sata"] or g["t"] or g["ten"]):
            return match.group(0)  # "kol"/"nel" only as the start of a tens word
        value += FI_UNITS[g["u"]]
    return str(value)


def _en_number(match: re.Match) -> str:
    g = match.groupdict()
    if g["unit"] == "one" and _NOT_A_COUNT_BEFORE.search(match.string[:match.start()]):
        return match.group(0)  # "this one is budgeted at €38,500": a pronoun, not a count
    if g["a"]:
        return "100"
    if g["tens"]:
        return str(_EN_TENS[g["tens"]] + (EN_UNITS[g["tu"]] if g["tu"] else 0))
    return str(EN_UNITS[g["unit"]])


_GEN_UNIT = {"yhden": "yksi", "yhen": "yksi", "kahden": "kaksi", "kahen": "kaksi", "kolmen": "kolme", "neljän": "neljä",
             "viiden": "viisi", "viien": "viisi", "kuuden": "kuusi", "kuuen": "kuusi", "seitsemän": "seitsemän",
             "kahdeksan": "kahdeksan", "kaheksan": "kaheksan", "yhdeksän": "yhdeksän", "yheksän": "yheksän"}
_G = "|".join(sorted(_GEN_UNIT, key=len, reverse=True))
# "kahdentoista kuukauden", "kahenkymmenen tuhannen", "neljänkymmenen viikon": a count in the genitive before a genitive unit (not "vuoden":
# "kahden vuoden ajan" is read as months elsewhere)
_FI_GENITIVE = re.compile(
    rf"\b(?:(?P<h>{_G})?(?P<sata>sadan))?(?:(?P<t>{_G})kymmenen|(?P<ten>kymmenen))?(?:(?P<teen>{_G})toista|(?P<u>{_G}))?"
    r"(?=\s+(?:tuhannen|tonnin(?!\s+(?:kuorm|rekk|kaivu|auto|kone|pain|nostur|trukk|kantav|veto|traktor|kivi|sora|hiek))|kuukauden|viikon)\b)"
)


def _genitive(match: re.Match) -> str:
    g = match.groupdict()
    if not match.group(0) or not (g["sata"] or g["t"] or g["teen"] or match.string.startswith(" tuhannen", match.end())):
        return match.group(0)  # a plain "kahden tunnin" is left as it was; "kahden tuhannen" is 2 000
    word = ""
    if g["sata"]:
        word += (_GEN_UNIT[g["h"]] if g["h"] else "") + "sataa"
    if g["t"]:
        word += _GEN_UNIT[g["t"]] + "kymmentä"
    elif g["ten"]:
        word += "kymmenen"
    if g["teen"]:
        word += _GEN_UNIT[g["teen"]] + "toista"
    elif g["u"]:
        word += _GEN_UNIT[g["u"]]
    return word


_TIMES_WORDS = {"kahde": 2, "kolme": 3, "neljä": 4, "viide": 5, "kuude": 6, "seitsemä": 7, "kahdeksa": 8, "yhdeksä": 9, "kymmene": 10}


# What may follow the hundreds in "8 tuhatta 500": euros, a price's "per" or the end of a clause (not "500 tuntia")
_HUNDREDS_END = r"\s*(?:€|e\b|eur\w*|euro\w*|per\b|/|[,.;!)]|$)"


def spelled_numbers(text: str) -> str:
    """Number words as digits, so the readers see "3.5 tonnia" in "kolme ja puol tonnia" (text is lower case)."""
    text = _FI_GENITIVE.sub(_genitive, text)
    text = re.sub(r"\bpuo?l[io]?toista\b", "1.5", text)
    text = re.sub(r"\b(?:a )?half a (?=thousand|million)", "0.5 ", text)
    text = re.sub(rf"\b((?:{_U})?tuhat(?:ta)?)(?=(?:{_U}|vii)?sataa?\b)", r"\1 ", text)  # "tuhatviisataa", "kaksituhattakolmesataa"
    # "kahdeksantuhatta viissataa": the thousands word written together with its count is split off
    text = re.sub(r"\b([a-zäö]+?)(tuhatta|tuhannen|tuhat|tonnia|tonnii|tonni)\b",
                  lambda m: f"{m.group(1)} {m.group(2)}" if _FI_WORD.fullmatch(m.group(1)) else m.group(0), text)
    text = re.sub(r"\btuhatkunta\b", "1000", text)
    text = re.sub(r"\b(kolm|kol|nel)(?=\s+(?:tuhat\w*|tonni\w*)\b)", lambda m: "4" if m.group(1) == "nel" else "3", text)  # "kolm tuhatta"
    # "two hundred fifty", "kaksi sataa": a separate hundreds word multiplies the count before it; marked first
    # so that digits grouped by a space ("5 100 €") are never read as hundreds
    text = re.sub(rf"\b(?:({_U})\s+|({_U}))?sataa?\s+(?=\w*(?:kymment|kyt\b|kymmenen\b|toista\b))",
                  lambda m: (m.group(1) or m.group(2) or "") + "sata",
                  text)  # "sata kaksikymmentä" is 120, "kolme sata kaksikymmentä" and "kolmesataa kaksikymmentä" 320
    text = re.sub(r"\b(kahde|kolme|neljä|viide|kuude|seitsemä|kahdeksa|yhdeksä|kymmene)sti\b",
                  lambda m: f"{_TIMES_WORDS[m.group(1)]} kertaa", text)  # "kuudesti" is six times
    text = re.sub(r"\b(?:hundred|sataa|sata)\b", "HUNDRED", text)
    text = _FI_WORD.sub(_fi_word, text)
    text = re.sub(r"(?<![\d\w])(?<!\d )tonni\b", "1 tonni", text)  # "tonni" alone is a thousand
    text = _EN_NUMBER.sub(_en_number, text)
    text = re.sub(r"\b(\d{1,2}) HUNDRED(?: and)?(?: (\d{1,2})\b)?",
                  lambda m: str(int(m.group(1)) * 100 + int(m.group(2) or 0)), text)
    text = re.sub(r"\b(?:(?:a|one) )?HUNDRED and (\d{1,2})\b", lambda m: str(100 + int(m.group(1))), text)  # "a hundred and twenty thousand"
    text = re.sub(r"\b(?:(?:a|one) )?HUNDRED\b", "100", text)
    text = _HALF_AFTER.sub(lambda m: f"{m.group(1)}.5", text)
    text = re.sub(r"\b(\d+) (?:pilkku|komma|point) (\d+)\b", r"\1.\2", text)  # "seitsemän pilkku viisi tonnia" is 7.5
    # "8 tuhatta 500", "eight thousand five hundred": the hundreds after a thousands word belong to it
    text = re.sub(rf"\b(\d{{1,3}}) (?:tuhatta|tuhat|thousand|tonnia|tonnii|tonni)(?: and| ja)? ([1-9]\d\d)\b(?={_HUNDREDS_END})",
                  lambda m: str(int(m.group(1)) * 1000 + int(m.group(2))), text)
    text = re.sub(rf"(?<![\d.,])(?<!\d )\btuhat(?: ja)? ([1-9]\d\d)\b(?={_HUNDREDS_END})",
                  lambda m: str(1000 + int(m.group(1))), text)  # "tuhat viissataa" alone is 1 500
    text = re.sub(r"(?<![\d.,])\b(\d{1,3}(?:[.,]\d+)?)\s+tuhat\b", r"\1 tuhatta", text)  # spoken "7 tuhat", "kuusi tuhat euroa"
    # "100 thousand" needs no help; "a thousand" does
    return re.sub(r"\ba (?=thousand|million|grand\b(?!\s+(?!for\b|in\b|total\b|and\b|euros?\b)[a-z]))", "1 ", text)  # not "a grand vision"


def find_numbers(text: str) -> list[Num]:
    """Every number in the text with its place (``12 000``, ``4.2``, ``1.500,50``)."""
    found = []
    for match in NUMBER.finditer(text):
        raw = match.group(1)
        value = normalise_number(raw.replace(" ", "").replace("'", ""))
        if value is None:
            continue
        found.append(Num(value, match.start(), match.end()))
    return found


def date_like(text: str, num: Num) -> bool:
    """Part of 1.3.2027 or a year next to a year word."""
    around = text[max(0, num.start - 12):num.end + 6]
    if re.search(r"\d{1,2}\.\d{1,2}\.\d{2,4}", around):
        return True
    return 2000 <= num.value <= 2100 and num.value == num.value.to_integral() and bool(
        re.search(r"(vuonna|vuoden|vuodelle|vuosina|vuosille|in|year|for|since|until|by)\s*$", text[:num.start]))
