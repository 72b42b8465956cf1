"""A best guess for an amount or hours answer the strict readers leave unread, always shown as a proposal to confirm.

"laavuun menis 4000 ja polkuun 2500, yhteensä siis", "100 h building, 20 h painting, 30 h cleanup", "45 000, siitä
talkoot 5 000", "Tuhat tuntia! No oikeesti joku 400", "People 6, days 4, hours every day 8": an advisor would say
"so 6 500 €, right?". Rules that took such answers silently were broken by every stranger's review (a sum where one
figure was the total, two offers, machine hours), so a guess is never saved without the user's tap: the bot shows its
working ("4 000 € + 2 500 € = 6 500 €") and the user confirms or types the figure.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Callable

from .number_text import NOT_SURE, date_like, find_numbers, prepare
from .understand_ordinals import MONTH_STEM

_THOUSANDS = re.compile(r"\s*(?:k€|k\b|t€|te\b|tonnia\b|tonnii\b|tonni\b|tuhatta\b|tuhat\b|thousand\b|grand\b)")
_EUROS = re.compile(r"\s*(?:€|e\b|eur\w*|euro\w*|egee|ekee)")
_HOURS = re.compile(r"\s*(?:h\b|t\b|tuntia\b|tunti\b|tuntii\b|tuntiin\b|hours?\b|hrs?\b)")
# "laiturille 150 ja polulle 90": what the hours are for, said before the figure
_FOR_BEFORE = re.compile(r"(?:^|\s)(?!(?:viikolle|vuodelle|päivälle|kuukaudelle|illalle|kerralle|yhdelle|kahdelle|kolmelle|neljälle|viidelle|"
                         r"kuudelle|henkilölle|hengelle|ihmiselle|jokaiselle|kullekin|kaikille|tunnille)\b)[a-zäö]{3,}(?:lle|seen|ihin)\s*$")
# not "tehtiin 30 …" (a verb in the past), "viikolle 10 ja vuodelle 500" (a time), "kahdelle 150" (how many)
_FOR_WHAT = re.compile(r"\s+(?:for|to|on)\s+\w|\s+[a-zäö]{3,}(?:een|seen|lle|iin|aan|ään|ihin)\b")
# A figure of another kind: a count, a duration, a share, a rate, a product ("2 × 400 €", "10 %", "24 kk", "á 15 €")
_OTHER_UNIT = re.compile(r"\s*(?:%|prosent\w*|percent|kk\b|kuukau\w*|months?\b|vuo\w*|years?\b|v\b|pv\b|päiv\w*|days?\b|"
                         r"metri\w*|met(?:er|re)s?\b|m\b|km\b|kilomet\w*|neliö\w*|m2\b|m²|litr\w*|kg\b|kilo\w*|osallistuj\w*|"
                         r"participants?\b|asukas\w*|residents?\b|members?\b|jäsen\w*|ihmis\w*|lasta\b|lapsi\w*|children\b|kids\b|"
                         r"vieras\w*|guests?\b|kävijä\w*|visitors?\b|"
                         r"viik\w*|weeks?\b|hlö\w*|henk\w*|people\b|persons?\b|kpl\b|pcs\b|kertaa\b|times\b|x\b|×|\*|/|€\s*/|á|à)")
_COUNT_BEFORE = re.compile(r"(?:osallistuj\w*|participants?|asukka\w*|residents?|jäseni\w*|members?|henkilö\w*|people|hlö\w*|"
                           r"kävijö\w*|visitors?|vieraita|guests?|lapsia|children|kids)\s*[:=]?\s*$")
_RATE_BEFORE = re.compile(r"(?:á|à|x|×|\*|/|per|each|kpl)\s*$")
# Words that make a sum the wrong reading: alternatives, a share of a total, funding beside costs, taken back, earlier
_NOT_A_SUM = re.compile(
    r"(?<![\w-])(?:tai|or|vai|either|joko|cheaper|halvem\w*|kalliim\w*|josta|joista|siitä|of\s+which|incl\w*|sis\.|sisältää|"
    r"sisältyy|vs|instead|sorry|tarkoitan|i\s+mean|ei\s+kun|eiku|viime\w*|last|previous\w*|aiemmin|edellinen|mutta|mut|but|"
    r"rahoitu\w*|tuki\w*|tuen|avustu\w*|omarahoitu\w*|oma\s+osuus|funding|grant|aid|own\s+share|alv|vat|budjetti|budget|"
    r"kokonais\w*|total\s+\d|yhteensä\s+\d|yht\.?\s+\d|=|kone\w*|traktor\w*|kaivur\w*|machine\w*|tractor\w*|palk\w*|paid|"
    r"konetyö\w*|erikseen|separately|not\s+counted|ei\s+lasketa|per|each|kerrallaan|päivässä|viikossa|kuussa|a\s+week|"
    r"a\s+month|a\s+day|weekly|monthly|kuukaudessa|maybe|ehkä|varmaan|probably|marks?|markkaa|mk|sanotaan|sanothaan|"
    r"let'?s\s+say|say|sanoisin|would\s+say|i'?d\s+say|arviot|estimates|mielestä|ehdotti|ehdotus|esitti|proposed|suggested|"
    r"ei\s+ihan|not\s+quite|almost|melkein|lähes|vajaa|because|koska|sounds|kuulostaa|of\s+us|of\s+them|"
    # planned against done, old against new, alternatives, offers, funding, conditions, a whole named twice
    r"suunnitel\w*|toteutu\w*|planned|done|so\s+far|hakemukse\w*|todellisuude\w*|vanha|old|(?:uusi|new)(?=\s*(?:one\s+|hinta\s+|price\s+|on\s+|is\s+|:\s*)?[\d€])|alkuperäi\w*|original|"
    r"nyt|now|arvio|vaihtoeh\w*|options?|versio\w*|version|malli|model|diy|urakoitsij\w*|contractor\w*|itse|valmii\w*|"
    r"asennet\w*|installed|builders?|oy|oy:n|ltd|tarjou\w*|quotes?|offers?|halvin|kallein|cheapest|veroton|verollinen|netto|"
    r"brutto|minimi|maksimi|min|max|kunnalta|kunta\w*|municipality|council|lahjoitu\w*|donation|leader\w*|esr|pankki\w*|"
    r"bank|maksaa|pays|jos|if|tarvittaessa|mahdollisesti|lisäksi|also|too|samat?|same|ensi\s+vuonna|next\s+year|uudestaan|"
    r"again|ilmaiseksi|free|eli|i\.e\.|roughly|so|in\s+all|kaikki\s+\d|minä|me|myself|osuus|share|part|alennus|hyvitys|"
    r"discount|refund|donat\w*|lahjoitettu|ei\s+vielä|unknown|tbc|tbd|still|vielä|later|myöhemmin|jotain|something|of\s+it|"
    r"estimated|arvioitu|minimum|vähintään|enintään|at\s+least|at\s+most|minus|miinus|vähennä\w*|vähennetään|subtract\w*)(?![\w-])")
_UNIT_WORD = re.compile(r"^\s*(?:€|e\b|eur\w*|euro\w*|h\b|t\b|tuntia\b|tunti\b|hours?\b|hrs?\b|k\b|tonnia\b|tuhatta\b)")
# What may follow the last figure of a sum: a word asking for it ("yhteensä siis", "add them up", "siinä kaikki")
_SUM_WORDS = re.compile(r"\b(?:kaikki\s+yhteensä|yhteensä|yht\.?|siis|kaikki|together|in\s+total|total|"
                        r"laske\w*\s+(?:ite\s+|itse\s+|ne\s+)?yhteen|add\s+(?:them|it\s+all|it|these)\s+up|"
                        r"that'?s\s+(?:the\s+whole\s+thing|all|it)|siinä\s+kaikki|ku\s+oot\s+niin\s+fiksu)\b")
# Hours beside volunteer work that are asked on their own line or not counted: machines, paid work, staff
MACHINE_OR_PAID = re.compile(
    r"(?:kone|traktor|tractor|kaivur|excavator|digger|mönkijä|quad|peräkärr|trailer|auto\b|van\b|truck|palka|palkk(?!i)|palkat|"
    r"palkattu|paid|hired|saha|leikkuri|moottor|kelkka|vene(?!vaja)|boat(?!\s*house)|lumilin|chainsaw|cutter|mower|snowmobile|"
    r"sähkömie|putkimie|ammatti|electrician|"
    r"plumber|professional|staff|koordinaattor|coordinator|manager|työntekijä|employee|caretaker|talonmie|sähkö|wiring|putki|"
    r"plumbing|arkkitehti|architect|konsult|consult|urakoin|auraus|plough|plow|lanaus|grading|tarkastu|inspection|kaivu|"
    r"excavat|ostet|osto|(?<![a-zäö])väki|crew|hired|bought|kunnan|municipal)")
# The same, as word stems ("sponsorilta", "tukea", "alennuksen", "alunperin"): funding, discounts, old against new, periods
_NOT_A_SUM_STEM = re.compile(
    r"(?<![\w-])(?:sponsor|grant|subsid|tuke|tuki|tuen|rahoitta|rahoittaj|ely\b|keräy|fundrais|donor|funds|raised|avustu|lahjoit|"
    r"alennu|rebate|off\b|discount|ensin|sitten|alun|lopulta|aiemm|aluksi|original|initial|at\s+first|then\b|earlier|after|"
    r"jälkeen|nousi|rose|went\s+up|kuukau|month|viiko|week|vuode|year|kuorm|juoksu|liter|litre|kolehti|tuotto|tuotot|myyjäi|"
    r"proceeds|income|tulot|tuloja|revenue|sales|arvonlis|verollis|verot|alv|vat\b|netto|brutto|gross|net\b)")
# "45 000, siitä talkoot 5 000", "60 000 € (josta talkootyön osuus 6 000 €)": the total comes first
_SHARE_AFTER = re.compile(r"^\s*(?:€|e|eur\w*|euro\w*)?\s*[,(]?\s*(?:josta|joista|siitä|siit|of\s+which|including)\b")
# "Tuhat tuntia! No oikeesti joku 400", "1 000 000 euro 😂 no joking, 50 000": a joke, then the figure
JOKE = re.compile(r"(?<![\w-])(?:oikeesti|oikeasti|ei\s+vaiskaan|ei\s+vaan|ei\s*ku(?:n)?|eiku|ee\s+ku|or\s+rather|vitsi|leikki\s+leikkinä|ok\s+ok|okok|no\s+joking|"
                  r"sanotaan|sanothaan|sanotaan\s+vaikka|let'?s\s+say|"
                        r"joking\s+aside|just\s+kidding|jk|seriously|sorry|i\s+mean|tarkoitan)(?![\w-])")
# "People 6, days 4, hours every day 8", "Volunteer hours 75", "Volunteer hours total: 84": the label before its figure
_LABEL_FIRST = re.compile(r"\b(people|persons|volunteers|ihmisiä|henkilöitä|henkeä|talkoolaisia|days|päiviä|päivät|"
                          r"(?:volunteer\s+|talkoo)?(?:hours|tunnit|tunteja)(?:\s+(?:every|per|a)\s+day|\s+päivässä|\s+total|\s+yhteensä)?)"
                          r"\s*[:=]?\s*(\d+)\b(?!\s*(?:h|t|tuntia|tuntii|hours?|hrs?)\b)")


def _figures(said: str, unit: re.Pattern) -> list[tuple[Decimal, int, int]] | None:
    """Every figure of the asked kind (value, start, end); None when a figure of another kind is there too."""
    found = []
    for num in find_numbers(said):
        if date_like(said, num) or (1990 <= num.value <= 2100 and num.value == num.value.to_integral() and re.search(
                r"(?:vuo\w*|syks\w*|syksy\w*|kevä\w*|kesä\w*|talve\w*|in|by|until|since|from|ensi|next)\s*$", said[:num.start])):
            continue  # "syksyyn 2027": a year
        after = said[num.end:]
        if _OTHER_UNIT.match(after) or _RATE_BEFORE.search(said[:num.start]) or _COUNT_BEFORE.search(said[:num.start]):
            return None
        value = num.value
        thousands = _THOUSANDS.match(after)
        if thousands:
            value *= 1000
            after = after[thousands.end():]
        if unit is _HOURS and not _HOURS.match(after) and re.search(
                r"(?:\bon|ovat|are|is|we'?re|olemme|meitä|us|henkeä|people|of)\s*$", said[:num.start]):
            return None  # "joka lauantai 4 tuntia, meitä on 8": a count of people, not hours
        if unit is _HOURS and not _HOURS.match(after) and (value < 5 or not (
                re.match(r"\s*(?:\+|$|[,.;!])", after) or _FOR_WHAT.match(after) or re.match(r"\s+[a-z]{3,}ing\b", after)
                or re.match(r"\s+[a-zäö]+(?:lla|llä|ssa|ssä|lle|een|seen|iin|aan|ään|ihin|ksi)\b", after)
                or (_FOR_BEFORE.search(said[:num.start]) and re.match(r"\s*(?:$|[,.;!+]|ja\b|and\b)", after)))):
            return None  # "15 tulee, jokainen 10 tuntia", "6 families": a count beside the hours is no hours figure
        if unit is _EUROS and (_HOURS.match(after) or (value < 50 and not thousands and not _EUROS.match(after))):
            return None  # "3 000 euros; still waiting for two quotes": a small count is no cost
        found.append((value, num.start, num.end))
    return found


def guess_sum(text: str, *, hours: bool, lines_named: Callable[[str], bool] = lambda said: False) -> tuple[Decimal, tuple[Decimal, ...]] | None:
    """The sum of two to eight figures of one kind with labels ("laavuun 4000 ja polkuun 2500, yhteensä siis");
    ``lines_named`` tells when the figures belong to different budget lines (asked line by line instead)."""
    if "\n" in text.strip():
        return None  # lines are read (and added up, with a total that agrees) by understand_lines, or asked
    if re.search(r"\d\s*(?:€|e|k|h)?\s*[-–—]\s*\d", text) or re.search(r"[-–—]\s*[a-zäö]+\s+\d", text.lower()):
        return None  # a range or a deduction among the parts ("katto 8000-9000", "- alennus 500"): not a plain sum
    said = prepare(text)
    if re.search(r"\b(?:between|välillä|väliltä)\b", said):
        return None  # "between €6,000 and €7,500": a range, not two costs
    if (NOT_SURE.search(said) or _NOT_A_SUM.search(said) or len(said) > 300 or (hours and MACHINE_OR_PAID.search(said))
            or (not hours and _NOT_A_SUM_STEM.search(said))):
        return None
    if lines_named(said):
        return None  # "Ostopalvelut 18 000 + laitteet 9 000": two budget lines, not one
    found = _figures(said, _HOURS if hours else _EUROS)
    if not found or not 2 <= len(found) <= 8:
        return None
    if hours and not any(_HOURS.match(said[end:]) for _, _, end in found) and not all(
            _FOR_BEFORE.search(said[(found[i - 1][2] if i else 0):start]) for i, (_, start, _) in enumerate(found)):
        return None  # "40 + 25 + 15 hours" says it once; a sum with no hours word is no hours answer, unless each is for
        # something ("laiturille 150 ja polulle 90")
    labels = [said[(found[i - 1][2] if i else 0):start] for i, (_, start, _) in enumerate(found)] + [said[found[-1][2]:]]
    plus = all(re.fullmatch(r"\s*(?:h|t|tuntia|hours?|€|e)?\s*\+\s*", said[a[2]:b[1]]) for a, b in zip(found, found[1:]))
    if not plus and sum(bool(re.search(r"[a-zäö]{3,}|^\W*(?:mä|me|mie|i|we|us)\W*$", label)) for label in labels) < len(found):
        return None  # "4000 5000": figures without a word for each are not named costs
    tail = _UNIT_WORD.sub(" ", said[found[-1][2]:], count=1)
    asked = _SUM_WORDS.search(tail)
    tail = tail[:asked.start()] if asked else tail  # "…, laske ite yhteen ku en jaksa": what follows the request is talk
    reason = re.search(r"[,;]\s*(?:ku|kun|koska|sillä|because|since|as)\b", tail)
    tail = tail[:reason.start()] if reason else tail  # "…, ku toisena vuonna on enemmän porukkaa": why, not another item
    if re.search(r"(?:[,;+]|\b(?:ja|and|plus)\b)\s*[a-zäö]", tail):
        return None  # "stage 40 h; toilets 20 h; cleaning", "… ja vielä ovet": an item without its figure
    parts = tuple(value for value, _, _ in found)
    total = sum(parts, Decimal(0))
    if not plus and any(part * 2 == total for part in (parts[0], parts[-1])):
        return None  # "talkoot 80 h; laavu 50 h; polku 30 h": one figure is the whole of the others
    return total, parts


def guess_total_with_share(text: str) -> Decimal | None:
    """"45 000, siitä talkoot 5 000": the figure before "josta / of which" is the total."""
    said = prepare(text)
    nums = [n for n in find_numbers(said) if not date_like(said, n)]
    if len(nums) < 2 or NOT_SURE.search(said):
        return None
    after = said[nums[0].end:]
    thousands = _THOUSANDS.match(after)
    if not _SHARE_AFTER.match(after[thousands.end():] if thousands else after):
        return None
    return nums[0].value * (1000 if thousands else 1)


def guess_after_joke(text: str, read: Callable[[str], Decimal | None]) -> Decimal | None:
    """"Tuhat tuntia! No oikeesti joku 400": the one figure after the last correction word, read strictly."""
    said = text.lower()
    marks = list(JOKE.finditer(said))
    if not marks:
        return None
    rest = text[marks[-1].end():]
    if len(find_numbers(prepare(rest))) != 1:
        return None
    return read(rest)


# A figure said and then put right: "7k, no actually 9k", "kaks tonnii, tai no max kaks ja puol", "500, no, 550 hours",
# "About 50 hours, maybe 60. Put 60.", "satatuhatta ois kiva mutta realistisesti 60 000"
_PUT_RIGHT = re.compile(r"(?<![\w-])(?:ei\s*ku(?:n)?|ei\s+ko(?=[\s,]+\d)|eiku|ee\s+ku|e[ei]\s+va(?:a|an|uan)|ei\s+vuan|tai\s+no|tai\s+siis|tai\s+oike[ae]st(?:aa|ee)n?|no\s+actually|actually|"
                        r"no\s+wait|or\s+rather|(?<=\d\s)vaan(?=\s+\d)|(?<=\d\s)but(?=\s+\d)|korjaan|korjaus|oikaisen|oikea\s+luku\s+on|tarkemmin|tarkalleen|(?:more\s+)?precisely|to\s+be\s+(?:exact|precise)|sorry|sori|sorkka|sry|soz|apologies|(?:i\s+)?mistyped|typo|förlåt|i\s+mean|tarkoitan|realistisesti|realistically|"
                        r"(?:no|wait|ei|nej|nei|non)(?=[\s,.—–-]{1,4}\d)|nej\s+vänta|correction\s*:?|(?<=\s)\*(?=\d)|"
                        r"make\s+it(?=\s+\d)|call\s+it(?=\s+\d)|(?<!way\s)(?<!much\s)(?<!even\s)more\s+like(?=\s+\d+(?:[\s.,]\d+)*\s*(?!people|persons|henk|hlö|ppl|guys)[^\d\s]*)|anteeks\w*|"
                        r"(?:put(?:\s+down)?|let'?s\s+use|käytetään|laita|pistä|merkkaa|merkitse)(?=\s+(?:vaikka\s+|just\s+)?\d))(?![\w-])", re.IGNORECASE)
# marks that put right the one figure said before, never one of several: "1200 euro... anteeksi, 1400"
_ONE_BEFORE_ONLY = re.compile(r"(?:anteeks\w*|more\s+like)", re.IGNORECASE)
# "Alun perin 30 000 €, mutta hallitus päätti supistaa sen 25 000 euroon", "Ensin arvioimme 180 tuntia, mutta …"
_AT_FIRST = re.compile(r"\b(?:alun\s+perin|aluksi|ensin|initially|originally|at\s+first|kirjoitin|sanoin|laitoin|"
                       r"i\s+wrote|i\s+said|i\s+put)\b", re.IGNORECASE)
# After "I wrote … before": where the figure now meant is said ("…, it is 58.000 €", "…, se on 162 000")
_NOW_IS = re.compile(r"(?<![\w-])(?:it\s+is|it'?s|se\s+on|pitää\s+olla|should\s+be)(?![\w-])", re.IGNORECASE)
_BUT = re.compile(r"(?<![\w-])(?:mutta|mut|but)(?![\w-])", re.IGNORECASE)
_SAYS_THOUSANDS = re.compile(r"\d\s*(?:k|t€|k€)\b|tonn|tuhat|thousand|€|\beur|\d\s*e\b", re.IGNORECASE)


def guess_corrected(text: str, read: Callable[[str], Decimal | None]) -> Decimal | None:
    """The figure put in place of one said before it ("7k, no actually 9k"), read strictly; a bare "55" after
    "viiskymmentä tuhatta" keeps the thousands. None when nothing is put right or the new figure is unclear."""
    value = _corrected(text, read)
    said = prepare(text or "")
    if value is None and said != (text or "").lower():
        value = _corrected(said, read)  # "two hundred, no, two hundred fifty hours": the figures in words
    return value


def _corrected(text: str, read: Callable[[str], Decimal | None]) -> Decimal | None:
    said = (text or "").lower()
    marks = list(_PUT_RIGHT.finditer(said))
    at_first = _AT_FIRST.search(said)
    if at_first:
        marks += [m for m in (*_BUT.finditer(said), *_NOW_IS.finditer(said)) if m.start() > at_first.end()]
    marks = [m for m in marks if find_numbers(prepare(text[m.end():]))]  # "70k, no 68k, sorry i counted …": the last that puts a figure
    for mark in sorted(marks, key=lambda m: m.start(), reverse=True):  # the last mark that puts a clear figure
        value = _put_right_at(text, mark, read)
        if value is not None:
            return value
    return None


def _put_right_at(text: str, mark: re.Match, read: Callable[[str], Decimal | None]) -> Decimal | None:
    """The figure that ``mark`` ("ei ku", "sorry", "it is") puts in place of one said before it; None if unclear."""
    before, rest = text[:mark.start()], text[mark.end():]
    said_before, nums = find_numbers(prepare(before)), find_numbers(prepare(rest))
    if len({n.value for n in nums}) > 1:
        end = _own_clause_end(rest)
        if end is not None and not re.search(r"\d", rest[end:]) and len({n.value for n in find_numbers(prepare(rest[:end]))}) == 1:
            rest = rest[:end]  # "200 hours – no, 260; I forgot the two heritage days": the words after are why
            nums = find_numbers(prepare(rest))
    if re.search(r"\b" + MONTH_STEM + r"\w*\s+(?:19|20)\d\d\b", rest, re.IGNORECASE):
        return None  # "March 2027. Correction: … April 2027": a date put right, not a figure
    if not said_before or not nums or len({n.value for n in nums}) != 1 or re.search(r"\d{1,2}\.\d{1,2}\.", rest):
        return None  # nothing put right, "…, sorry, 900 — not 9000" (which one?) or a date put right
    if _ONE_BEFORE_ONLY.fullmatch(mark.group(0).strip()) and len({n.value for n in said_before}) != 1:
        return None  # "laitteet 3000 ja asennus 1000, anteeksi 1500": which part?
    if mark.group(0).strip().lower().startswith("more") and not re.search(
            r"\b(?:no|ei|nej|actually|well|or|hmm+|wait)\b|[–—]", prepare(before)[said_before[-1].end:]):
        return None  # "5000 for the boat, more like 2000 for the engine": another thing's figure, not a correction
    rest = rest[:_end_of_first(rest)] if len(nums) > 1 else rest  # "put down 40k so 40k"
    end = _own_clause_end(rest)
    clause = rest if end is None else rest[:end]  # "ei vuan 17 500 ku alv tulloo päälle, …": the figure's own clause
    value = read(clause)
    if value is None and len(clause.split()) <= 4 and len(nums) == 1:
        value = nums[0].value  # "tai no max kaks ja puol"
    if value is None:
        return None
    first = read(before)
    if first is not None and first >= 1000 > value and not _SAYS_THOUSANDS.search(rest) and Decimal("0.3") <= value * 1000 / first <= 3:
        return value * 1000  # "viiskymmentä tuhatta... ei ku viiskymmentäviis"
    if first is None and value < 1000 and not _SAYS_THOUSANDS.search(rest) and any(n.value == value * 1000 for n in said_before):
        return value * 1000  # "60 000 mut mie sanon et 55 000 riittää, laita 55": the 55 000 said before
    return value


def _own_clause_end(rest: str) -> int | None:
    """Where the clause of the first figure in ``rest`` ends (a stop, a dash, a comma, "because"); None when it runs on."""
    digit = re.search(r"\d", rest)
    end = _CLAUSE_END.search(rest, digit.end()) if digit else None
    return end.start() if end else None


_CLAUSE_END = re.compile(r"[;!?]|\.\s|\s[—–-]\s|,\s|\s(?:ku|kun|koska|because|bc|since|as)\s", re.IGNORECASE)


def _end_of_first(rest: str) -> int:
    """Where the first of several equal figures in ``rest`` ends (its text up to the next figure)."""
    digits = list(re.finditer(r"\d[\d\s.,]*(?:k\b|t€|€)?", rest))
    return digits[1].start() if len(digits) > 1 else len(rest)


# "kaks tarjousta, 7 800 ja 9 200, halavempi otetaan", "three quotes … We shall take the lowest": the one chosen
_LOWEST = re.compile(r"\b(?:halv[ei]\w*|halavemp\w*|edullisi\w*|edullisemp\w*|pienemp\w*|pienin\w*|lowest|cheapest|cheaper|lower)\b",
                     re.IGNORECASE)
_HIGHEST = re.compile(r"\b(?:kallei\w*|kalliimp\w*|suuremp\w*|suurin\w*|highest|dearest|most\s+expensive)\b", re.IGNORECASE)
_QUOTES = re.compile(r"\b(?:tarjou\w*|quotes?|quotations?|offers?|bids?|vaihtoeh\w*|options?)\b", re.IGNORECASE)


def guess_chosen_quote(text: str) -> Decimal | None:
    """The figure of the quote said to be chosen, when quotes are compared ("Saimme kaksi tarjousta: 6 100 € ja 5 400 €.
    Valitsemme halvemman."); None unless both quotes and the choice are said."""
    said = prepare(text or "")
    if not _QUOTES.search(said) or bool(_LOWEST.search(said)) == bool(_HIGHEST.search(said)):
        return None
    figures = [n.value for n in find_numbers(said) if n.value >= 50 and not date_like(said, n)]
    if len(figures) < 2:
        return None
    return min(figures) if _LOWEST.search(said) else max(figures)


def label_first(text: str) -> str | None:
    """"People 6, days 4, hours every day 8" written as "6 people, 4 days, 8 hours every day"; None if no label leads."""
    said = prepare(text)
    if not _LABEL_FIRST.search(said) or MACHINE_OR_PAID.search(said):
        return None  # "volunteers 100 h and excavator 20 h": not a label before a count
    return _LABEL_FIRST.sub(lambda m: f"{m.group(2)} {m.group(1)}", said)


# "viime hankkeessa meni 12 000 mutta tähän tarvitaan 20 000", "The previous project had 600 hours; this one 350":
# a figure said about a past project, and one about this one
_PAST_CLAUSE = re.compile(r"\b(?:viime\w*|edelli\w*|aiemm\w*|ennen|last|previous\w*|earlier|before|was|were|meni|oli|took|had)\b",
                          re.IGNORECASE)
_THIS_ONE = re.compile(r"\b(?:mutta|mut|but|tähän|tässä|tällä|nyt|this\s+(?:one|time|project)|now|tämä|tää|however)\b", re.IGNORECASE)


# the words that put a figure in a past project for sure (not "oli", "was": "budjetti oli 5 000" can be this one's)
_PAST_FOR_SURE = re.compile(r"\b(?:viime(?!i|ist)\w*|viimeks\w*|edelli\w*|aiemm\w*|last\s+(?:time|year|project|round)|previous\w*|"
                            r"earlier\s+project|ennen\s+oli)\b", re.IGNORECASE)

# "around 200 hours like last time", "sama varmaan tänäkin", "samaa ajateltiin nytkin": the past figure is this one's too
_AS_THEN = re.compile(r"\b(?:like|kuten|niinku|sama\w*|same|nytkin|tänäkin|tälläkin|tänäki|again|too|as\s+well|taas|jälleen|"
                      r"tapaan|malliin|edelleen|still\s+stands|still\s+holds)\b",
                      re.IGNORECASE)


def only_past(text: str) -> bool:
    """Every figure of the answer is said about a past project, none about this one ("viimeks oli 9000",
    "last time it was 600 hours"): what this project needs is not said."""
    return past_figures(text) and not _THIS_ONE.search(text or "") and not _AS_THEN.search(text or "")


def past_figures(text: str) -> bool:
    """Every figure of the answer is said about a past project ("Previous project 300 h, this one similar": an
    advisor proposes it for this one, and does not just write it down)."""
    parts = [p for p in re.split(r"[;,.!?]\s+|\s+(?=\b(?:mutta|mut|but|however|ja|and)\b)", text or "") if re.search(r"\d", p)]
    return bool(parts) and all(_PAST_FOR_SURE.search(p) for p in parts)



def guess_past_then_now(text: str, read: Callable[[str], Decimal | None]) -> Decimal | None:
    """The figure for this project when another is said about a past one, in two clauses; None otherwise."""
    parts = [p for p in re.split(r"[;,.]\s+|\s+(?=\b(?:mutta|mut|but|however|nyt|now)\b)", text or "") if p.strip()]
    if not 2 <= len(parts) <= 4 or NOT_SURE.search(prepare(text or "")):
        return None
    past = [p for p in parts if _PAST_CLAUSE.search(p) and not _THIS_ONE.search(p) and re.search(r"\d", p)]
    now = [p for p in parts if re.search(r"\d", p) and p not in past]
    if len(past) != 1 or len(now) != 1:
        return None
    if parts.index(now[0]) > parts.index(past[0]) and not _THIS_ONE.search(" ".join(parts[parts.index(past[0]) + 1:])):
        return None  # a past figure, then one not said to be this project's
    return read(now[0])


# one figure said twice, in two languages or "that is": "tre tusen... kolme tuhatta", "ungefär 300 timmar, noin 300 tuntia"
_SAID_AGAIN = re.compile(r"\.\.\.|…|\b(?:eli|siis|elikkä|i\.e|that\s+is|tusen|timmar|hundra|ungefär|alltså|dvs|två|tre|fyra|fem|sju|"
                         r"åtta|nio|tio|elva|tolv|tjugo\w*|trettio\w*|fyrtio\w*|femtio\w*|sextio\w*|sjuttio\w*|åttio\w*|nittio\w*)\b",
                         re.IGNORECASE)


def said_twice(text: str, read: Callable[[str], Decimal | None]) -> Decimal | None:
    """The one figure of an answer that says it twice ("a hundred hours, hundra timmar"), each half read strictly;
    None otherwise."""
    said = prepare(text or "")
    if len(find_numbers(said)) != 2 or not _SAID_AGAIN.search(text or ""):
        return None
    for mark in re.finditer(r",|\.\.\.|…|\b(?:eli|siis|elikkä|i\.e|that\s+is|alltså|dvs)\b", said):
        first, second = said[:mark.start()], said[mark.end():]
        if len(find_numbers(first)) == 1 and len(find_numbers(second)) == 1:
            value = read(first)
            return value if value is not None and value == read(second) else None
    return None
