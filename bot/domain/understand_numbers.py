"""Reading euros from typed answers: ranges, ceilings, sums, and monthly or yearly sums over a time."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import ROUND_HALF_UP, Decimal

from .spoken_forms import standard_forms
from .understand_hour_parts import years_as_months
from .understand_typing import plainly
from .number_text import (
    CURRENCY_AFTER, MAX_AMOUNT, MONTHS, NOT_SURE, ONE, PER_MONTH, PERCENT, RANGE_GAP, TIMES, TOTAL_BEFORE, Num, date_like,
    find_numbers, one_bracket, prepare,
)
from .understand_hours import DAYS, HOURS, PEOPLE, read_instead
from . import understand_guess_rates as rates
from . import understand_guess_totals as totals
from . import understand_guesses as guesses
from . import understand_amount_more as more
from . import understand_amount_bounds as bounds
from . import understand_amount_roles as roles
from .understand_amount_vat import with_or_without
from .understand_guess_units import guess_unit_product
from .understand_hedges import settle
from .understand_lines import NOT_ONE_MORE, add_up_lines, bullet_lines

CENT = Decimal("0.01")


@dataclass(frozen=True)
class AmountReading:
    """Euros, to the cent; ``range_upper`` when a range or a ceiling was given; ``monthly`` = (per month, months);
    ``yearly`` = (per year, years); ``parts`` the summed amounts of ``1 500 + 2 000``; ``factors`` of ``2 x 5 000 €``."""

    value: Decimal | None
    range_upper: bool = False
    monthly: tuple[Decimal, int] | None = None
    yearly: tuple[Decimal, int] | None = None
    parts: tuple[Decimal, ...] | None = None
    factors: tuple[Decimal, ...] | None = None
    doubt: str | None = None  # "bound" or "unsure": a figure to confirm before it is saved (understand_hedges)


_MULTIPLIER = re.compile(
    r"\s*(k€|t€|ke\b|te\b|keur\b|k\b|t\b|tonnia\b|tonnii\b|tonni\b|tonnin\b|tonneja\b|tonnee\b|tuhatta\b|tuhat\b|tuhannen\b|thousand\b|grand\b|"
    r"milj\.?|miljoonaa\b|miljoona\b|million\b|m€|me\b)"
)
# "€ 1 200", "EUR 2,500" (not "40 000 euro 2 vuosi", whose euro belongs to the figure before it)
_CURRENCY_BEFORE = re.compile(r"(?<!\d)(?<!\d )(€|eur|eur\.|euro|euros)\s*$")
_PER_YEAR = re.compile(r"\s*(?:/\s*(?:v|vuosi|year|yr|a)\b|per\s+(?:vuosi|year)\b|a\s+year\b|vuodessa\b|vuosittain\b|annually\b|yearly\b)")
_YEARS = re.compile(r"\s*(v\b|vuotta\b|vuoden\b|vuodeksi\b|vuosi\b|years?\b|yrs?\b)")
_FLOOR_BEFORE = re.compile(r"(yli|vähintään|ainakin|over|more than|at least|minimum|min\.)\s*(n\.|noin)?\s*$")
_FLOOR_AFTER = re.compile(r"\s*(€|e|eur\w*|euro\w*)?\s*(\+\s*(?:$|[),.!])|tai yli|tai enemmän|tai ennemmän|or more|and up|"
                          r",?\s*(?:(?:maybe|perhaps|possibly|mahdollisesti|ehkä|kanske|tai|or|vai|eller|vähän|a\s+bit|a\s+little)\s+){1,3}"
                          r"(?:even\s+|jopa\s+)?(?:more|enemmän|enemmänkin|yli|over|less|vähemmän|mera|mer|mindre))")
_PLUS = re.compile(r"^\s*(€|e|eur\w*|euro\w*)?\s*(\+|plus)\s*$")
# A price per hour, kilometre, person or piece is a rate, not a sum ("3,50 €/h x 100 h", "0.57 €/km"): ask again.
_RATE = re.compile(r"^\s*(?:k€|t€|k|t|tonnia|thousand)?\s*(?:€|e|eur|euroa?|euros?)?\s*(?:(?:/|per|a|an)\s*(?:h|t|tunti|tunnilta|tunnissa|hour|hr|km|kilometri\w*|"
                   r"hlö|henk\w*|person|head|nuppi|kpl|pcs|piece|pv|päivä|day|"
                   r"(?P<each>event|tapahtuma|kerta|ilta|evening|night|session|course|kurssi|retki|trip|workshop|työpaja))\b|"
                   r"(?:illalta|kerralta|päivältä|tunnilta|hengeltä)\b)")
# "kaks laituria á 4 500 €": a count of things at a unit price
_EACH_PRICE = re.compile(r"^\s*(?:[a-zäö-]+\s+){1,2}(?:á|à|a'|@)\s*$")
# "6 iltaa á 250 €", "6 iltaa x 250 €", "4 events at 1500 € each": a counted unit at a price
_COUNT_PRICE = re.compile(r"^\s*(?:á|à|a'|@|x|\*|×|kertaa)\s*$|^\s*at\s*$")
_EACH_AFTER = re.compile(r"^\s*(?:each|apiece|kpl|kappale|per kpl|kappaleelta|kpl:lta)\b")
# A count per month, week or year ("2 iltaa kuussa", "4 events a year"): the project's total needs its length
_PER_PERIOD = re.compile(r"\b(?:kuussa|kuukaudessa|viikossa|vuodessa|vuosittain|per\s+(?:month|week|year)|a\s+(?:month|week|year)|"
                         r"monthly|weekly|yearly|annually|every\s+(?:month|week|year))\b")
# More to come: "ja sit viel ehkä jotain pientä", "plus something for coffee", "+ jotain pientä"
_MORE_TO_COME = re.compile(r"(?:\b(?:ja|plus|and)|\+)\s*(?:sit\s+|sitten\s+)?(?:viel\s+|vielä\s+)?(?:ehkä\s+|maybe\s+)?"
                           r"(?:jotain|jotakin|something|some\s+more|some\s+extras?|extras?|a\s+bit|vähän|lisäks\w*|muuta)\b")
# An extra without a figure after the last one: "3000 € + maalit", "3500 plus tarvikkeet", "kolme tonnia ja vähän päälle"
_EXTRA_AFTER = re.compile(r"\d[^\d]*?(?:\+(?!\s*(?:alv|vat|arvonlisävero)\b)|\bplus\b(?!\s*(?:alv|vat)\b)|\bja\s+(?:lisäks\w*|päälle|vähän)|\band\s+(?:a\s+bit|then\s+some|some|a\s+few)|"
                          r"\bsiihen\s+päälle|\bpäälle\b|\bluultavasti\s+enemmän|\bprobably\s+more)[^\d]*$")
# Two figures depending on a choice: "either 5000 or 50000 depending on the sauna", "joko 5 tai 50 tonnia"
_EITHER = re.compile(r"\b(?:either|joko)\b.*\d.*\b(?:or|tai)\b")
# A rate per hour named in words is no total: "hourly rate 60 €", "tuntihinta 45 €"
_HOURLY = re.compile(r"\b(?:hourly|tuntihin\w*|tuntipalk\w*|tuntiveloitu\w*|tuntitaksa\w*|per\s+hour|an\s+hour|tunnilta)\b")
# "(alv 0)", "alv 0 %", "VAT 0%": the VAT rate of zero is no amount
_VAT_ZERO = re.compile(r"\(?\b(?:alv|vat)\s*0\s*%?\)?|\(?\b0\s*%\s*(?:alv|vat)\)?")
# The budget's own lines: an answer naming two of them is not one line's sum.
_BUDGET_LINE = re.compile(r"\b(palk\w*|henkilöstö\w*|matka\w*|ostopalvelu\w*|palvelu\w*|vuokr\w*|investoin\w*|yleiskul\w*|"
                          r"laitte\w*|suunnittelu\w*|kilometr\w*|talkoo\w*|muut|kulut|tulot|avustus\w*|rahoitus\w*|"
                          r"salar\w*|wages?|staff|personnel|travel\w*|services?|rents?|investments?|overheads?|equipment|"
                          r"planning|mileage|volunteer\w*|other|costs?|income|revenue|grant|funding)\b")
# "laavu 4000 + polku 2500", "tarvikkeet 1200, vuokra 800 ja esiintyjät 2000": named costs to add up
_NEXT_ITEM = re.compile(r"^\s*(?:€|e|eur\w*|euro\w*)?\s*(?:\+|plus)\s+(?:the\s+|a\s+)?(?P<label>[a-zäö-]{3,}(?:\s+[a-zäö-]{3,})?)\s*$")
_ITEM_LABEL_BEFORE = re.compile(r"(?:^|[,:;]\s*)(?:the\s+|a\s+)?[a-zäö-]{3,}(?:\s+[a-zäö-]{3,})?\s*$")
_NOT_LABEL = re.compile(r"\b(?:maybe|perhaps|ehkä|noin|about|around|max|maks|jopa|up|josta|joista|of|which|tuki\w*|tuke\w*|aid|"
                        r"grant|oma\w*|own|alv|vat|yhteensä|total|eli|tai|or|vai|more|less|enemmän|vähemmän|per|kuussa|month\w*|"
                        r"vuodessa|year\w*|budjetti|budget|haetaan|haemme|apply|hakea|yht|summa|sum|kaikki\w*|all|sanotaan|sanoisin|say|let|"
                        r"vähän|päälle|alle|yli|over|under|than|kuin|arvio\w*|estimate\w*|guess|luulen|think)\b")
# Between a rate and its hours only these: "65 €/h, arvioin 40 tuntia", "3,50 €/h x 100 h"; after them nothing more
_RATE_GAP = re.compile(r"^\s*[,;:]?\s*(?:(?:x|×|\*|arvioin|arviolta|arvio|arvioitu|noin|n\.|about|around|approximately|approx\.?|"
                       r"ca\.?|for|est\.?|estimated|ja|and|kesto|yhteensä|total|of|in\s+total|eli|,)\s*)*$")
_RATE_END = re.compile(r"^\s*(?:yhteensä|in\s+total|total|arviolta|arviolla|approximately)?\s*[.!]?\s*$")
_PER_WEEK_MONEY = re.compile(r"\s*(?:k€|t€|k|t|tonnia)?\s*(?:€|e|eur\w*|euro\w*)?\s*(?:/\s*(?:vk|vko|viikko|week|wk)\b|viikossa\b|"
                             r"per\s+(?:viikko|week|vk|vko)\b|a\s+week\b|weekly\b|viikoittain\b|viikottain\b|"
                             r"(?:joka|every|each)\s+(?:viikko|week)\b)")
# "Monthly costs: …", "kuukausivuokra": a sum per month or week without the months; and "the same again in autumn"
_PERIODIC_WORD = re.compile(r"\b(?:monthly|weekly|kuukausi(?:kulu|vuokr|maks)\w*|kuukausittai\w*|viikoittai\w*)\b")
_SAME_AGAIN = re.compile(r"\d.*\b(?:sama|samat|same|uudestaan|again|toistamiseen)\b")
# counted things an amount may be the price of ("4 workshops at 650 € each"); for hours they are no count of days
_SESSIONS = re.compile(r"\s*(?:konsert\w*|esity\w*|työpaj\w*|concerts?|performances?|workshops?|shows?)\b")
_PER_HOUR = re.compile(r"(?:/|per|an?)\s*(?:h|t|tunti|hour|hr)\b|\btunnilta\b|\btunnissa\b")
_PER_DAY = re.compile(r"(?:/|per|a)\s*(?:pv|päivä|day)\b|\bpäivältä\b")
_ENDS = re.compile(r"^\s*[.!]?\s*$")
_SAYS_TOTAL = re.compile(r"\b(?:so|eli|siis|yhteensä|yht|total|in\s+total|altogether|kaikkiaan|summa)\s*(?:n\.|noin|about|~)?\s*(?:€\s*)?$|=\s*$")
_TOTAL_AFTER = re.compile(r"\s*(?:in\s+total|total|yhteensä|kaikkiaan|altogether|together)\b")
# a count, a price each or a percentage beside the figures: they are not parts of the stated total ("bussi 600 x 2")
_NOT_PLAIN_SUM = re.compile(r"[x×*%]|\b(?:kpl|pcs|á|à|each|kertaa|times|per|kuussa|month\w*|vuodessa|year\w*|varaus\w*|reserve)\b|"
                            r"\d\s*(?:€|e|eur\w*)?\s*/")
_CORRECTION = re.compile(r"\b(?:tai|or|vai|eiku|ei\s+ku|eikun|sorry|anteeksi|korjaus|korjaan|i\s+mean|tarkoitan|actually|maybe|ehkä|"
                         r"perhaps|josta|joista|of\s+which|siitä|tuki\w*|grant|oma\w*|own|alv|vat|per|kuussa|month\w*)\b")
_FIGURE = re.compile(r"\d")
_NOT_ONE_MORE_COST = re.compile(rf"\b(?:{NOT_ONE_MORE}|tuki\w*|tuke\w*|grant|avustus\w*|oma\w*|own|rahoitus\w*|funding|alv|vat|"
                                r"tarjous\w*|offers?|quotes?|per|kuussa|month\w*|vuodessa|year\w*|lahjoitu\w*|donat\w*|kunta\w*|"
                                r"kunnalta|municipality|council|leader\w*|maksaa|pays?|from|lupasi|promised|sponsor\w*|rahoitt\w*|"
                                r"ely\w*|säätiö\w*|foundation|\w+lta|\w+ltä|income|tulot|myynti\w*|sales)\b")
_GUESS = re.compile(r"\b(?:varmaan\w*|luultavasti|todennäköisesti|kai|probably|i\s+think|i\s+guess|luulen|arvelisin|veikkaan)\b")
_FOREIGN = re.compile(r"[$£¥]|\b(dollar\w*|usd|gbp|pound\w*|puntaa|sek|nok|kruunu\w*|crowns?|rupla\w*)\b")
_FOR_TIME = re.compile(r"^\s*(?:(?:€|e|eur\w*|euro\w*)\s+)?(/|per|for(?: the)?(?: whole| entire| full)?|over(?: the)?(?: whole)?|ajalle|"
                       r"ajaksi|koko|yhteensä|in total)\s*$")
# A word that makes the figure after it the whole project's ("Meidän budjetti on 40 000 euro kaksi vuosi")
_WHOLE_BEFORE = re.compile(r"\b(?:budjet\w*|budget\w*|kokonais\w*)\b")
_CEILING_BEFORE = re.compile(r"(ei yli|not over|not more than|alle|enintään|korkeintaan|maksimissaan|max\.?|maks\.?|up to|under|at most|no more than|less than)\s*(n\.|noin)?\s*$")
_MONTHS_AFTER_FOR = re.compile(r"^\s*(?:for|ajan|ajalta|,|ja|and|x|\*|×|kertaa|yhteensä)?\s*$")


def _year_like(num: Num) -> bool:
    return num.multiplier == ONE and 2000 <= num.value <= 2100 and num.value == num.value.to_integral()


def _classify_money(text: str, num: Num) -> None:
    rest = text[num.end:]
    match = _MULTIPLIER.match(rest)
    if match:
        word = match.group(1)
        num.multiplier = Decimal(1000000) if word.startswith(("milj", "million", "m")) else Decimal(1000)
        num.currency = True
        rest = rest[match.end():]
        num.end += match.end()
    match = CURRENCY_AFTER.match(rest)
    if match:
        num.currency = True
        num.end += match.end()
        rest = rest[match.end():]
    if _CURRENCY_BEFORE.search(text[:num.start]):
        num.currency = True
    if PER_MONTH.match(rest) or (num.currency and re.match(r"\s*kk\b", rest)):
        num.unit = "per_month"
    elif _PER_YEAR.match(rest):
        num.unit = "per_year"
    elif PERCENT.match(rest):
        num.unit = "percent"
    elif not num.currency and MONTHS.match(rest):
        num.unit = "months"
        num.end += MONTHS.match(rest).end()
    elif not num.currency and _YEARS.match(rest):
        num.unit = "years"
        num.end += _YEARS.match(rest).end()
    elif not num.currency and (HOURS.match(rest) or PEOPLE.match(rest) or DAYS.match(rest) or _SESSIONS.match(rest)):
        num.unit = "count"


def _periods_by_times(text: str, nums: list[Num]) -> None:
    """``1 800 per month x 12``: a bare count multiplying a monthly (yearly) sum is its number of months (years)."""
    periodic = [n for n in nums if n.unit in ("per_month", "per_year")]
    if len(periodic) != 1 or any(n.unit in ("months", "years") for n in nums):
        return
    rate = periodic[0]
    for other in nums:
        if other.unit is None and other.value == other.value.to_integral() and 0 < other.value <= 120 and (
                TIMES.match(text[rate.end:other.start].split("€")[-1]) or TIMES.match(text[other.end:rate.start])
                or re.match(r"^\s*(?:/\s*)?(?:kk|month|kuukausi|per month|a month|kuukaudessa)\w*\s*[x*×]\s*$", text[rate.end:other.start])):
            other.unit = "months" if rate.unit == "per_month" else "years"
            return


def _euros(value: Decimal) -> Decimal | None:
    if not 0 <= value <= MAX_AMOUNT:
        return None
    euros = value.quantize(CENT, rounding=ROUND_HALF_UP)
    euros = euros.quantize(ONE) if euros == euros.to_integral_value() else euros
    return euros if 0 <= euros <= MAX_AMOUNT else None


# a monthly pay said for each of a count of workers: "2 ohjaajaa, kummallekin 500e kuussa 10 kuukautta"
_EACH_WORKER = re.compile(r"\b(?P<n>\d{1,2}|kaksi|kaks|kolme|kolome|neljä|viisi|viis|two|three|four|five)\s+(?:ohjaaj\w*|työntekij\w*|"
                          r"vetäj\w*|valmentaj\w*|opasta|oppaa\w*|henk\w*|hlö\w*|instructors?|workers?|coaches|leaders|guides|people|"
                          r"persons|employees|nuorta|kesätyöntekij\w*|youths?|summer\s+workers)\b", re.IGNORECASE)
# "10 nuorta x 1 000 € kuussa x 2 kk": the workers multiplied in so many signs
_TIMES_WORKERS = re.compile(r"\d\s+\w+\s*(?:x|×|\*)\s*\d", re.IGNORECASE)
_EACH_OF_THEM = re.compile(r"\b(?:kummallekin|kullekin|kumpikin|kummankin|jokaiselle|jokainen|kukin|each|apiece|per\s+(?:person|head|"
                           r"henkilö|hlö))\b", re.IGNORECASE)
_SMALL = {"kaksi": 2, "kaks": 2, "kolme": 3, "kolome": 3, "neljä": 4, "viisi": 5, "viis": 5, "two": 2, "three": 3, "four": 4, "five": 5}


def _count_of(word: str) -> int | None:
    return int(word) if word.isdigit() else _SMALL.get(word.lower())


_KUUS_MONTHLY = re.compile(r"(\d\s*(?:€|e|eur|euroa|euroo)?)\s+kuus\b(?=.*\b(?:kuukau\w*|kuukautt\w*|kk)\b)", re.IGNORECASE)
_BARE_THOUSAND = re.compile(r"\b(maybe|about|around|like|approx\.?|roughly|approximately|perhaps|probably|circa|ca\.)\s+thousand\b",
                            re.IGNORECASE)


def understand_amount(text: str, *, lang: str) -> AmountReading:
    """Euros (to the cent) in ``text``; value None when there is no single clear amount; ``doubt`` set when the
    figure is a floor or said unsure, and should be confirmed before it is saved."""
    text = plainly(text)  # "KATON PELTITYÖT …", "300 €. edit: 350 €"
    text = re.sub(r"(?<![\w-])korj\.\s*", "korjaan ", text or "", flags=re.IGNORECASE)  # "3 400 €. Korj. 3 900 €": a correction
    text = _BARE_THOUSAND.sub(r"\1 1000", text)  # "maybe thousand euro"
    if _KUUS_MONTHLY.search(text or ""):
        monthly = understand_amount(_KUUS_MONTHLY.sub(r"\1 kuussa", text), lang=lang)  # "150e kuus ja 24 kuukautt": a month
        return replace(monthly, doubt=monthly.doubt or "check") if monthly.value is not None else monthly  # shown first
    reading = _understand_amount(text, lang=lang)
    month_figure = _MONTHS_FIGURE.search(text or "") if reading.value is not None and not reading.monthly else None
    if month_figure and not re.search(r"\d+\s*(?:kk|kuukau\w*|months?)\b|\bvuo(?:den|tta|deksi)\b", text[month_figure.end():]):
        return AmountReading(None)  # "viidentoista tonnin verran kuussa": a month's figure with no months said; asked
    workers = _EACH_WORKER.search(text or "") if reading.monthly and reading.value is not None else None
    if workers and (_EACH_OF_THEM.search(text) or _TIMES_WORKERS.search(text[workers.start():])):
        count = _count_of(workers.group("n"))
        if count and count >= 2:
            per, months = reading.monthly
            return AmountReading(_euros(reading.value * count), factors=(Decimal(count), per, Decimal(months)),
                                 doubt="guess")  # "2 ohjaajaa, kummallekin
            # 500e kuussa 10 kuukautta": 10 000 for both, proposed
    read = lambda part: _read_amount(part, lang=lang).value  # noqa: E731
    if not text or len(text) > 400:
        return reading  # the proposals below read answers of a few sentences, not pasted pages
    share = bounds.share_of(text, read)
    if share is not None and _euros(share[0]) is not None:
        return AmountReading(_euros(share[0]), doubt="guess")  # "puolet 20 000 eurosta": 10 000, proposed
    both = bounds.floor_and_cap(text, read)
    if both is not None and _euros(both) is not None and both != reading.value:
        return AmountReading(_euros(both), range_upper=True, doubt="guess")  # "ainakin 15 000, korkeintaan 20 000": the cap
    hours_said = bool(_HOURS_SAID.search(text))
    vat = None if hours_said else with_or_without(text, read)
    if vat is not None and _euros(vat) is not None and _euros(vat) != reading.value:
        return AmountReading(_euros(vat), doubt="guess")  # "12 000 alvillisena, ilman alvii 9 600 … ei oo alv-rekisteröintii"
    if reading.value is not None:
        stated = None if reading.doubt else more.checked_total_last(text, read)
        if stated is not None and stated != reading.value and _euros(stated) is not None:
            return AmountReading(_euros(stated), doubt="sum")  # "3 × 600 = 1800 plus bus 400 so 2200 total": the total it ends on
        return reading
    if not hours_said:
        for guess in (more.total_said_last, more.upper_of_two, more.euros_among_measures, more.labelled_parts):
            value = guess(text, read)
            if value is not None and _euros(value) is not None:
                return AmountReading(_euros(value), doubt="guess")  # "… training 12 000 so 50 000 all in": proposed
        capped = bounds.cap_said(text, read) or bounds.spoken_range(text)
        if capped is not None and _euros(capped) is not None:
            return AmountReading(_euros(capped), range_upper=True, doubt="guess")  # "maybe 40k, maximum 45k": the top, proposed
        each = bounds.count_times_one(text, read) or bounds.per_area(text, read)
        if each is not None and _euros(each[0]) is not None:
            return AmountReading(_euros(each[0]), factors=each[1], doubt="guess")  # "15 pyörää, yksi maksaa noin 350 euroa"
    months = _months_named(text)
    if months != text:
        spread = read_instead(reading, understand_amount(months, lang=lang))
        if spread is not None:
            return spread  # "ohjaaja 2000/kk kesä-elokuu": three months; "hallin vuokra 250 kk kahen vuojen ajan": 250 a month
    meant = roles.meant_figure(text, read, hours_said=hours_said)  # "tunnilt 55 e … 40 tuntii"
    if meant is None or _euros(meant.value) is None:
        return reading
    return AmountReading(_euros(meant.value), parts=meant.parts, factors=meant.factors, doubt="guess")  # shown with its working


# "… tonnin verran kuussa": a month's figure said in thousands
_MONTHS_FIGURE = re.compile(r"\b(?:tonnin|tuhannen|tonnia|tuhatta)\s+(?:verran\s+|paikkeilla\s+|paikkeil\s+|luokkaa\s+|tienoilla\s+)?"
                            r"(?:kuussa|kuukaudessa)\b", re.IGNORECASE)


_FI_MONTH_STEMS = ("tammi", "helmi", "maalis", "huhti", "touko", "kesä", "heinä", "elo", "syys", "loka", "marras", "joulu")
_EN_MONTH_STEMS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH_SPAN = re.compile(r"\b(" + "|".join(_FI_MONTH_STEMS) + r")(?:kuu\w*)?\s*(?:-|–|to|until|ja)\s*(" + "|".join(_FI_MONTH_STEMS)
                         + r")kuu\w*|\b(" + "|".join(_EN_MONTH_STEMS) + r")[a-z]*\s*(?:-|–|to|until|through)\s*(" + "|".join(_EN_MONTH_STEMS)
                         + r")[a-z]*\b", re.IGNORECASE)
_A_MONTH = re.compile(r"/\s*kk\b|\bkk\b|\bkuussa\b|\bkuukaudessa\b|\ba\s+month\b|\bper\s+month\b|/\s*month\b|\bmonthly\b", re.IGNORECASE)
# "mut heinäkuu lomaa", "mainoksia vain kesä-elokuu", "except July": the span said is not all the months paid
_BUT_MONTHS = re.compile(r"\b(?:mut|mutta|but|paitsi|except|lukuun\s+ottamatta|loma\w*|holiday)\b", re.IGNORECASE)
_BARE_KK = re.compile(r"^(\D*?)(\d[\d\s]*\d|\d)\s+kk\b(?=\D*\b(?:vuoden\s+ajan|vuotta|vuodeksi|vuojen\s+ajan|vuuen\s+ajan)\b)", re.IGNORECASE)


def _months_named(text: str) -> str:
    """``text`` with a span of named months after a monthly figure as its count ("2000/kk kesä-elokuu": "2000/kk 3
    kuukautta") and a bare "250 kk" before a length as a month's figure ("250 e/kk")."""
    said = text or ""
    if _A_MONTH.search(said) and len(_MONTH_SPAN.findall(said)) == 1 and not _BUT_MONTHS.search(said):
        def count(m: re.Match) -> str:
            first, last = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
            stems = _FI_MONTH_STEMS if m.group(1) else _EN_MONTH_STEMS
            n = (stems.index(last.lower()[:len(last)]) - stems.index(first.lower()[:len(first)])) % 12 + 1
            return f"{n} kuukautta" if m.group(1) else f"{n} months"
        said = _MONTH_SPAN.sub(count, said)
    return _BARE_KK.sub(lambda m: f"{m.group(1)}{m.group(2)} e/kk", said)


# "…, kaikki 4500", "…, all 1 900 €": the total said last
_ALL_LAST = re.compile(r"(?<=\d)(?:\s*(?:€|e|eur\w*|euro\w*))?\s*[,;]\s*(?:ja\s+|and\s+)?(?:kaikki|kaikkiansa|kaikkinensa|all)\s+"
                       r"(?=(?:n\.\s*|noin\s+|about\s+)?\d[\d\s]*(?:€|e|eur\w*|euro\w*)?\W*$)", re.IGNORECASE)
_HUNDREDS_SLANG = re.compile(r"\b(\d{1,2})\s+hunt(?:ti|ia|tia|tii|in|tin)\b", re.IGNORECASE)
# two figures with one "thousand" after both: "10 tai 12 tuhatta", "60 or 70 thousand"
_SHARED_THOUSANDS = re.compile(r"(?<!\d\s)(?<![\d.,])\b(\d{1,3})\s+(tai|or|eller|vai)\s+(\d{1,3})\s+(tuhatta|tonnia|thousand)\b", re.IGNORECASE)


def _understand_amount(text: str, *, lang: str) -> AmountReading:
    """Every reader but the last proposals (``understand_amount_more``)."""
    text = standard_forms(text or "")  # "kahen vuuven ajan"
    text = _ALL_LAST.sub(" yhteensä ", text)
    text = re.sub(r"\btotal\s+with\s+everything\b|\ball\s+in\s+all\b|\bkaiken\s+kaikkiaan\b", "total", text, flags=re.IGNORECASE)  # "sähkö 3000 ja putki 1500, kaikki 4500": the total it ends on
    prepared = prepare(text)
    if _HUNDREDS_SLANG.search(prepared):
        text = _HUNDREDS_SLANG.sub(r"\g<1>00 euroa", prepared)  # "viis huntti": slang hundreds
        prepared = prepare(text)
    if _SHARED_THOUSANDS.search(prepared):
        text = _SHARED_THOUSANDS.sub(r"\1 \4 \2 \3 \4", prepared)  # "kymmenen tai kaksitoista tuhatta": both in thousands
    text = re.sub(r"(\d)\s+kuus(?=\s*(?:[,.;]|$))", r"\1 kuussa", text)  # "palkka 2 900 kuus, 24 kk": a month's, not six
    text = re.sub(r"(?<![\d\s])(\s*)\b(\d{1,2})\s+kuukausi\b", r"\1\2 kuukautta", text)  # learner Finnish "8 kuukausi": eight months
    text = re.sub(r"(\d{3}\s*(?:€|e\b|eur\w*|euro\w*)?)\s+(kuukausi|month)\b", lambda m: m.group(1) + (
        " kuukaudessa" if m.group(2) == "kuukausi" else " a month"), text)  # "palkka 1500 kuukausi", "400 € month": each month
    if text and re.search(r"\([^()\d]*\+[^()\d]*\)", text) and re.search(r"\d", re.sub(r"\([^()\d]*\)", " ", text)):
        text = re.sub(r"\s*\([^()\d]*\+[^()\d]*\)", " ", text)  # "n. 12k (pumppu + letkut)": what it is for, not two costs
    worked = totals.worked_result(text)
    if worked is not None and _euros(worked) is not None:
        return AmountReading(_euros(worked))  # "€950 for the camera + €250 software = €1200": the figures agree
    twice = guesses.said_twice(text, lambda part: _read_amount(part, lang=lang).value) if len(text) <= 400 else None
    if twice is not None and _euros(twice) is not None and _read_amount(text, lang=lang).value != twice:
        return AmountReading(_euros(twice), doubt="guess")  # "tre tusen... kolme tuhatta euroa": one figure said twice
    corrected = None if _HOURS_SAID.search(text) else guesses.guess_corrected(text, lambda part: _read_amount(part, lang=lang).value)
    if corrected is not None and _euros(corrected) is not None:
        return AmountReading(_euros(corrected), doubt="guess")  # "7k, no actually 9k bc of the vat": proposed
    part = _PART_OF_OTHER.match(text or "")
    if part:
        other = _read_amount(text[part.end():], lang=lang).value
        share = next(v for k, v in _PART_SHARES.items() if part.group(1).lower().split()[-1].startswith(k))
        whole = None if other is None else _euros(other * share)
        if whole is not None:
            return AmountReading(whole, doubt="guess")  # "puolet siitä mitä viimeks, viimeks oli 30 000": 15 000, proposed
    reading = settle(_read_amount(text, lang=lang), text, lambda: _guess_amount(text, lang))
    if reading.value is None:
        agreed = totals.agreeing_total(text, money=True)
        if agreed is not None and _euros(agreed[0]) is not None:  # "Total costs €48 750 (salaries €30 000 + …)": proposed
            return AmountReading(_euros(agreed[0]), parts=tuple(_euros(p) for p in agreed[1]), doubt="sum")
        over_years = years_as_months(text)
        if over_years != text:  # "300 e kuukaus kahen vuuen ajan": 24 months, proposed
            spread = understand_amount(over_years, lang=lang)
            if spread.value is not None:
                return replace(spread, doubt=spread.doubt or "guess")
        result = _stated_result(text)
        if result is not None:
            return AmountReading(result, doubt="check")  # "35 % of 78 500, which makes 27 475 €": the result said, proposed
        return reading
    if totals.sum_disagrees(text):
        return AmountReading(None)  # "1200 + 3000 = 4500": which figure is right? asked
    if re.search(r"\d(?:st|nd|rd|th)\b", text or "") and not re.search(r"\d(?!\d*(?:st|nd|rd|th)\b)", text or ""):
        return AmountReading(None)  # "… before the committee meets on the 12th": a day, not euros
    said = prepare(text or "")
    if guesses.only_past(said):
        return AmountReading(None)  # "mummo sanoo et vähemmän ku viimeks. viimeks oli 9000": this project's figure is asked
    nums = find_numbers(said)
    if reading.value is not None and not reading.doubt and len(nums) == 1 and (_MONEY_HELD.search(said) or _THRESHOLD.search(said)):
        return AmountReading(None)  # "we have only 300 € in association account", "purchases above 3 000 € need quotes": no cost
    if reading.value is not None and not reading.doubt and _TOTAL_UNKNOWN.search(said):
        return AmountReading(None)  # "kokonaissummoo en tiijä vielä, mutta kassassa on 12 000": a share, the total is not known
    if (reading.value is not None and not reading.doubt and not reading.parts and _FLAT_RATE_ON_TOP.search(said)
            and not _ALREADY_IN.search(said)):  # not "total 95k, thats with the 40% flat rate already"
        rate = [n.value for n in nums if PERCENT.match(said[n.end:])]
        if len(rate) == 1 and len(nums) == 2 and 0 < rate[0] <= 40:
            extra = _euros(reading.value * rate[0] / 100)
            if extra is not None:  # "palkat 90 000 ja siihe päälle se 40 % flat rate": the salaries and the flat rate on them
                return AmountReading(_euros(reading.value + extra), parts=(reading.value, extra), doubt="sum")
    if not reading.doubt and guesses.past_figures(said):
        reading = replace(reading, doubt="guess")  # "the previous one cost 25 000, this one about the same": proposed
    if not reading.doubt and _lone_year(text, nums):
        return replace(reading, doubt="guess")  # "Same price like the Pellinge jetty 2019": a year more likely than euros
    if not reading.doubt and not reading.factors and not reading.monthly and _PER_PERSON.search(text or "") and len(nums) == 1:
        return AmountReading(None)  # "€250 per participant": a price for each, with no count of them; asked
    if reading.value is not None and 0 < reading.value < 20 and not reading.factors and not _EUROS_SAID.search(text or ""):
        return AmountReading(None)  # "… ei oo tullu ku yks", "5": no project costs a few euros; which figure was meant? asked
    share = _SHARE_AFTER.search(text or "")
    if reading.value is not None and not reading.parts and share and re.search(r"\d", text[:share.start()]):
        whole = _read_amount(text[:share.start()], lang=lang).value
        if whole is not None and whole != reading.value:
            return AmountReading(whole, doubt="guess")  # "62 400 €, josta julkisen tuen osuus … 49 920 €": the total
    return reading


# "puolet siitä mitä viimeks, …", "half of what the Dragsfjärd lot got, …": a share of another figure said after it
_PART_OF_OTHER = re.compile(r"^\W*(puolet|half|a\s+half|kolmasosa|a\s+third|one\s+third|neljäsosa|a\s+quarter|one\s+quarter)\s+"
                            r"(?:siitä\s+mitä|of\s+what|mitä|what|of(?=\s+\d))\b(?![^\d]*\b(?:eli|so|i\.?e\.?|that\s+is|which\s+is|joke|vitsi)\b)"
                            r"(?=\D*\d)", re.IGNORECASE)  # not "…, eli 4 000": the figure then is the answer
_PART_SHARES = {"puolet": Decimal("0.5"), "half": Decimal("0.5"), "kolmasosa": Decimal(1) / 3, "third": Decimal(1) / 3,
                "neljäsosa": Decimal("0.25"), "quarter": Decimal("0.25")}
_EUROS_SAID = re.compile(r"€|\beur|\d\s*e\b|\begee\b|\bekee\b|\bk\b|\d\s*k\b|tonn|tuhat|thousand|grand", re.IGNORECASE)
# "X €, josta / of which … Y €": the first figure is the whole, the later ones its shares
_SHARE_AFTER = re.compile(r",\s*(?:josta|joista|mistä|siitä|of\s+which)\b", re.IGNORECASE)


# "kokonaissummoo en tiijä vielä", "but the total, i'd have to check": the figure said is not the whole
# money the association holds, not what the thing costs: "in the bank", "tilillä", "kassassa on", "for own funding"
_MONEY_HELD = re.compile(r"\b(?:in\s+(?:the|our)\s+(?:bank|account)|in\s+(?:the\s+)?(?:association|club)(?:'s)?\s+account|on\s+(?:the\s+)?account|"
                         r"savings|säästössä|tilillä|tilil|pankissa|kassassa|kassas|for\s+(?:the\s+)?own\s+(?:funding|share|contribution))\b")
# a rule's threshold: "purchases above 3 000 € need quotes", "yli 3000 euron hankinnoista pyydetään tarjoukset"
_THRESHOLD = re.compile(r"\b(?:above|over|yli|exceeding)\s+\d[\d\s.,]*\s*(?:€|e\b|eur\w*|euro\w*)?\s*(?:need|require|must|vaati\w*|tarvit\w*|"
                        r"hankinno\w*|ostoi\w*|purchases)")
_TOTAL_UNKNOWN = re.compile(r"\b(?:kokonais\w*|total|whole\s+(?:sum|budget))\b.{0,30}\b(?:en\s+(?:vielä\s+|viel\s+)?(?:tiedä|tiiä|tiijä|tiä)|ee\s+oo|"
                            r"ei\s+(?:oo\s+|ole\s+)?(?:vielä\s+|viel\s+)?(?:mitään\s+|mittään\s+)?(?:tiedossa|hajua|hajjuu|selvillä)|"
                            r"have\s+to\s+check|must\s+still|still\s+(?:have|need)\s+to|(?:don'?t|do\s+not)\s+know|not\s+(?:yet\s+)?known|unknown)|"
                            r"\b(?:en\s+(?:vielä\s+)?(?:tiedä|tiiä|tiijä)|(?:don'?t|do\s+not)\s+know)\s+(?:\w+\s+){0,2}(?:kokonais\w*|the\s+total)")
_ALREADY_IN = re.compile(r"\b(?:already|jo|included|including|incl|sisältää|sisältyy|sisältäen|sis\.|mukana|mukaan\s+luettuna)\b")
# "ja siihe päälle se 40 % flat rate", "+ the flat rate 40 % on top": a flat rate added on the figure said
_FLAT_RATE_ON_TOP = re.compile(r"\b(?:flat[\s-]+rate|kiinte\w*\s+(?:osuu\w*|prosent\w*|korvau\w*)|laskennallinen|"
                               r"yleiskustannus\w*)\b.{0,60}|\b(?:päälle|on\s+top)\b")


def _lone_year(text: str, nums: list) -> bool:
    """The answer's one figure (``nums``: its figures) looks like a year (1900-2100, not a round hundred) and no
    currency is said with it."""
    return (len(nums) == 1 and nums[0].multiplier == ONE and 1900 <= nums[0].value <= 2100 and nums[0].value % 100 != 0
            and nums[0].value == nums[0].value.to_integral()
            and not re.search(r"€|\beur|\beuro|\d\s*e\b|\btonn|\bk\b|\bbudj|\bbudget|\bcost|\bhinta\b|\bmaks", text or "", re.IGNORECASE))


# A price for each of something with no count of them: "per participant", "per bale" (any word but a period), "/m²",
# "a kilo", "henkeä kohti", "35 € tunti"
_PER_PERSON = re.compile(r"\bper\s+(?:m|m2|m²|m3|m³|kg|h)\b|\bper\s+(?!month|year|annum|kk|kuukausi|vuosi|project|hanke|season|kausi)"
                         r"[a-zäö]{3,}\b|"
                         r"/\s*(?:m|m2|m²|m3|m³|jm|kg|kpl|yö)(?!\w)|\b(?:metriltä|neliöltä|kilolta|yöltä|juoksumetriltä)\b|"
                         r"\ban?\s+(?:kilo|kg|metre|meter|piece|bale|night|head|person|litre|liter|tonne|ton|sack|bag|box)\b|\b[a-zäö]+\s+kohti\b|"
                         r"(?:€|\beur\w*|\beuro\w*|\d\s*e)\s+(?:tunti|tunnilta|päivä|päivältä|kerta|kerralta|kpl|kappale|hlö|henkilö|hengeltä)\b|"
                         r"\b(?:kappaleelta|käynniltä|kerralta|apiece)\b|"
                         r"\b(?:tunti|tunnilta|tuntihinta|päivä|päivältä|päivähinta)\s+(?:maksaa\s+|on\s+)?\d[\d\s]*(?:€|e\b|eur|euro)|"
                         r"/\s*(?:hlö|henkilö|osallistuja|participant|person|lapsi)\b|(?:osallistujaa|henkilöä|hlöä)\s+kohden", re.IGNORECASE)


_HOURS_SAID = re.compile(r"\d\s*(?:h|t)\b|\b(?:tunti\w*|tunni\w*|tuntia|hours?|hrs?)\b", re.IGNORECASE)  # "80 h, ei ku 90 h": hours


def _guess_amount(text: str, lang: str) -> AmountReading | None:
    """A best guess where the strict reading gave nothing, always to be confirmed (understand_guesses)."""
    if not text or len(text) > 300 or _FOREIGN.search(text.lower()) and not guesses.JOKE.search(text.lower()):
        return None
    chosen = guesses.guess_chosen_quote(text)
    if chosen is not None and _euros(chosen) is not None:
        return AmountReading(_euros(chosen), doubt="guess")  # "kaks tarjousta, 7 800 ja 9 200, halavempi otetaan"
    total = guesses.guess_total_with_share(text)
    if total is not None and _euros(total) is not None:
        return AmountReading(_euros(total), doubt="guess")  # "45 000, siitä talkoot 5 000"
    summed = guesses.guess_sum(text, hours=False, lines_named=lambda said: len(set(_BUDGET_LINE.findall(said))) >= 2)
    if summed is not None and _euros(summed[0]) is not None:
        return AmountReading(_euros(summed[0]), parts=tuple(_euros(p) for p in summed[1]), doubt="sum")
    now = guesses.guess_past_then_now(text, lambda part: _read_amount(part, lang=lang).value)
    if now is not None and _euros(now) is not None:
        return AmountReading(_euros(now), doubt="guess")  # "viime hankkeessa meni 12 000 mutta tähän tarvitaan 20 000"
    after = guesses.guess_after_joke(text, lambda rest: _read_amount(rest, lang=lang).value)
    if after is not None and _euros(after) is not None:
        return AmountReading(_euros(after), doubt="guess")  # "1 000 000 euro 😂 no joking, 50 000"
    total = totals.stated_total(text, money=True)
    if total is not None and _euros(total) is not None:
        return AmountReading(_euros(total), doubt="guess")  # "tarvikkeet 2 850 € ja työkalut 650 €, …, koko budjetti 9 000 €"
    product = rates.rate_times_count(text)
    if product is not None and _euros(product[0]) is not None:
        return AmountReading(_euros(product[0]), factors=product[1], doubt="guess")  # "15k per season, two seasons"
    remark = rates.figure_then_remark(text, lambda head: _read_amount(head, lang=lang).value)
    if remark is not None and _euros(remark) is not None:
        return AmountReading(_euros(remark), doubt="guess")  # "Thirty thousand, my dear, thirty thousand!"
    units = guess_unit_product(text)
    if units is not None and _euros(units[0]) is not None:
        return AmountReading(_euros(units[0]), factors=units[1], doubt="guess")  # "riistakameroita 8 kpl, 250 e kappale"
    return None


def _read_amount(text: str, *, lang: str) -> AmountReading:
    if not text or len(text) > 1000:
        return AmountReading(None)
    lines = bullet_lines(text)
    if lines:
        added = add_up_lines(lines, lambda line: _read_amount(line, lang=lang).value, figure=_FIGURE,
                             not_one_more=_NOT_ONE_MORE_COST, need_total=True, raw_lines=text.splitlines())
        if added is False or (added and len(set(_BUDGET_LINE.findall(prepare(text)))) >= 2):
            return AmountReading(None)  # alternatives, funding or two budget lines on the lines: ask
        if added:
            return AmountReading(_euros(added[0]), parts=tuple(_euros(v) for v in added[1]))  # "1. Materials €2,300 …"
        text = ", ".join(line.rstrip(".,;") for line in lines)
    text = prepare(text)
    if _FOREIGN.search(text):
        return AmountReading(None)  # dollars, pounds, crowns: not euros
    text = _VAT_ZERO.sub(" ", text)
    bracket = one_bracket(text)
    if bracket and re.search(r"\d|[a-zäö]{4,}", bracket[1]):
        outside, inside = _read_amount(bracket[0], lang=lang), _read_amount(bracket[1].lstrip("= "), lang=lang)
        if outside.value is not None and outside.value == inside.value:
            return outside  # "12 500 € (kaksitoistatuhatta viisisataa euroa)", "€4,800 (400 € × 12 months)": said twice
    if _HOURLY.search(text) or _two_plans(text):
        return AmountReading(None)  # "The instructor's hourly rate is 60 euros", "4000 tai 6000 riippuen tuleeko katos"
    if NOT_SURE.search(text) or _MORE_TO_COME.search(text) or _EITHER.search(text) or _EXTRA_AFTER.search(text):
        return AmountReading(None)  # "3500e ja sit viel ehkä jotain pientä", "either 5000 or 50000 depending on …"
    nums = [n for n in find_numbers(text) if not date_like(text, n)]
    if any(re.match(r"^\s*[-−]\s*$", text[:n.start]) for n in nums):
        return AmountReading(None)  # a negative amount
    if any(_PER_WEEK_MONEY.match(text[n.end:]) for n in nums) or _SAME_AGAIN.search(text):
        return AmountReading(None)  # "150 € viikossa": a weekly sum; "…, ja sama syksyllä": more than the figures
    if _PERIODIC_WORD.search(text) and not re.search(r"\d\s*(?:kk|kuukau\w*|months?|v\b|vuot\w*|years?)", text):
        return AmountReading(None)  # "Monthly costs: rent 300, electricity 50, total 350": per month, for how long?
    rates = [(n, _RATE.match(text[n.end:])) for n in nums]
    rates = [(n, m) for n, m in rates if m]
    if rates:
        return _per_each(text, nums, rates)
    for num in nums:
        _classify_money(text, num)
    _periods_by_times(text, nums)
    priced = _counted_at_price(text, nums)
    if priced is not None:
        return priced
    money = [n for n in nums if n.unit in (None, "per_month", "per_year")]
    durations = [n for n in nums if n.unit in ("months", "years")]
    if len(money) == 2 and TIMES.match(text[money[0].end:money[1].start]) and sum(n.currency for n in money) == 1:
        count, each = (money[0], money[1]) if money[1].currency else (money[1], money[0])
        if count.value == count.value.to_integral() and 0 < count.value <= 100:  # "2 x 5000 €"
            return _times(count, each)
    if any(n.currency for n in money):
        money = [n for n in money if n.currency or not _year_like(n)]  # "hanke 2027-2028, 60 000 €"
    if not money or any((_FLOOR_BEFORE.search(text[:n.start]) and not _CEILING_BEFORE.search(text[:n.start]))
                        or _FLOOR_AFTER.match(text[n.end:]) for n in money):
        return AmountReading(None)  # "yli 10 000": a floor is not an amount
    added = _said_added(text, money)
    if added is not None:
        return added
    if len(money) > 1 and (all(_PLUS.match(text[a.end:b.start]) for a, b in zip(money, money[1:])) or _named_costs(text, money)):
        if all(n.unit is None for n in money):
            total = _euros(sum((n.value * n.multiplier for n in money), Decimal(0)))
            return AmountReading(total, parts=tuple(_euros(n.value * n.multiplier) for n in money) if total is not None else None)
    if len(money) == 2 and not money[0].currency and money[1].currency and _EACH_PRICE.match(text[money[0].end:money[1].start]):
        count, each = money
        if count.value == count.value.to_integral() and 0 < count.value <= 100:  # "kaks laituria á 4 500 €"
            return _times(count, each)
    # A range "12-15 tonnia": the multiplier written once applies to both ends.
    upper = False
    for first, second in zip(money, money[1:]):
        gap = RANGE_GAP.match(text[first.end:second.start])
        if gap and gap.group(1) in ("tai", "or") and second.value * second.multiplier > 2 * first.value * first.multiplier:
            return AmountReading(None)  # "5000 or 50000 depending on the sauna": two plans, not a range
        if gap:
            if first.multiplier == ONE and second.multiplier != ONE and first.value < second.value:
                first.multiplier = second.multiplier
            if first.value * first.multiplier < second.value * second.multiplier:
                first.unit, upper = "lower", True
    money = [n for n in money if n.unit != "lower"]
    totals = [n for n in money if TOTAL_BEFORE.search(text[:n.start])]
    if len(totals) == 1:
        money = totals
    if len(money) > 1:
        marked = [n for n in money if n.currency]
        if len(marked) == 1 and all(_year_like(n) for n in money if not n.currency):
            money = marked
        else:
            return AmountReading(None)
    num = money[0]
    if num.unit is None and len(durations) == 1 and (
            TIMES.match(text[durations[0].end:num.start]) or TIMES.match(text[num.end:durations[0].start])):
        num.unit = "per_month" if durations[0].unit == "months" else "per_year"  # "3 kk x 3000 €"
    if num.unit is None and durations and not TOTAL_BEFORE.search(text[:num.start]) and not _WHOLE_BEFORE.search(text[:num.start]) and not any(
            d.start > num.end and _FOR_TIME.match(text[num.end:d.start]) for d in durations):
        return AmountReading(None)  # "24 kk 3 500 €": per month or in all? ask again
    if _CEILING_BEFORE.search(text[:num.start]):
        if _GUESS.search(text):
            return AmountReading(None)  # "alle 10 tonnia varmaan": a guess below a bound, no figure
        upper = True
    base = num.value * num.multiplier
    if not num.currency and num.multiplier == ONE and base != base.to_integral() and base < 100:
        return AmountReading(None)  # "12,5" alone: euros? thousands? ask again
    if num.unit in ("per_month", "per_year"):
        months = None
        for dur in durations:
            if dur.start > num.end and _MONTHS_AFTER_FOR.match(re.sub(r"[a-zäö/:]+", "", text[num.end:dur.start])):
                months = dur
                break
        if months is None and durations:
            months = durations[0]
        total_months = months.value * (12 if months is not None and months.unit == "years" else 1) if months else None
        if months is None or total_months != total_months.to_integral() or total_months <= 0:
            return AmountReading(None)
        count = int(total_months)
        per = _euros(base)
        if num.unit == "per_year":
            years = count // 12 if months.unit == "years" or count % 12 == 0 else None  # "kahdeksi vuodeksi" is read as 24 months
            if per is None or years is None:
                return AmountReading(None)
            return AmountReading(_euros(per * years), range_upper=upper, yearly=(per, years))
        total = _euros(base * count) if per is not None else None
        return AmountReading(total, range_upper=upper, monthly=(per, count) if total is not None else None)
    return AmountReading(_euros(base), range_upper=upper)


# "…, which makes 27 475 €", "…, yhteensä tulloo 119 000 euroo", "…, siis 7200": the answer's own result, said last
_RESULT_BEFORE = re.compile(r"\b(?:so|eli|elikkä|elikä|siis|which\s+makes|that\s+makes|makes|which\s+is|yhteensä\s+(?:tulee|tulloo|on)|"
                            r"kaikkiaan|total\s+(?:is|of)|in\s+total|yhteensä|yht|total)\s*(?:n\.|noin|about|~|ca\.?)?\s*(?:€\s*)?$|=\s*$",
                            re.IGNORECASE)
_RESULT_AFTER = re.compile(r"^\s*(?:€|e\b|eur\w*|euro\w*)?\s*(?:in\s+total|yhteensä|total|altogether)?\s*[.!]?\s*$", re.IGNORECASE)


def _stated_result(text: str) -> Decimal | None:
    """The figure an answer of several figures ends on after "so", "which makes", "yhteensä tulloo": its own result."""
    said = prepare(text or "")
    nums = find_numbers(said)
    if len(nums) < 2 or _HOURS_SAID.search(text or ""):
        return None
    last = nums[-1]
    if not _RESULT_BEFORE.search(said[:last.start]) or not _RESULT_AFTER.match(said[last.end:]):
        return None
    return _euros(last.value * last.multiplier)


def _said_added(text: str, money: list[Num]) -> AmountReading | None:
    """A total the answer states after its parts: "roof 9,000 and guttering 1,200, so 10,200 in total" (it must be their
    sum). "laske yhteen" alone adds nothing: reviews 7-10 broke every version (ranges, counts, items left out)."""
    if len(money) < 2 or any(n.unit is not None for n in money) or _CORRECTION.search(text) or _NOT_PLAIN_SUM.search(text):
        return None
    if any(_year_like(n) and not n.currency for n in money):
        return None  # "2027 4000 ja 2028 5000, laske yhteen": years are no costs
    values = [n.value * n.multiplier for n in money]
    last = money[-1]
    if len(money) > 2 and (_SAYS_TOTAL.search(text[:last.start]) or _TOTAL_AFTER.match(text[last.end:])) and _ENDS.match(
            _TOTAL_AFTER.sub("", text[last.end:], count=1)):
        if sum(values[:-1], Decimal(0)) == values[-1]:
            return AmountReading(_euros(values[-1]), parts=tuple(_euros(v) for v in values[:-1]))
    return None


def _two_plans(text: str) -> bool:
    """"4000 tai 6000 riippuen tuleeko katos": two figures that depend on a choice (not "12 000 or 13 000 depending",
    a near range whose top is taken)."""
    if not re.search(r"\b(?:tai|or)\b.*\b(?:riippu\w*|depend\w*)|\b(?:riippu\w*|depend\w*)\b.*\b(?:tai|or)\b", text):
        return False
    values = [n.value * n.multiplier for n in find_numbers(text) if n.value]
    return len(values) == 2 and max(values) > Decimal("1.25") * min(values)


def _named_costs(text: str, money: list[Num]) -> bool:
    """"laavu 4000 + polku 2500": every amount has a name before it and the next is joined by "+" (a comma or "ja"
    joins alternatives, a cost and its funding, or a part and its whole as often as things to add up). Not when
    two names are budget lines of their own ("palkat 20 000 + matkat 5 000" answers two questions)."""
    first = text[:money[0].start]
    if not _ITEM_LABEL_BEFORE.search(first) or _NOT_LABEL.search(text):
        return False
    if len(set(_BUDGET_LINE.findall(text))) >= 2:
        return False
    return all(_NEXT_ITEM.match(text[a.end:b.start]) for a, b in zip(money, money[1:]))


def _per_each(text: str, nums: list[Num], rates: list) -> AmountReading:
    """A price per hour, person or event is no sum ("1500 per event"), unless the count of events is given too
    ("about 3k per event, we plan 4 events"): then their product."""
    if len(rates) != 1 or len(nums) != 2 or _PER_PERIOD.search(text):
        return AmountReading(None)
    rate, match = rates[0]
    count = next(n for n in nums if n is not rate)
    if not match.group("each"):
        # "kaivurityö 65 €/h, arvioin 40 tuntia": a rate per hour (day) and the hours (days) it is paid for
        unit = "hours" if _PER_HOUR.search(match.group(0)) else "days" if _PER_DAY.search(match.group(0)) else None
        counted = HOURS.match(text[count.end:]) if unit == "hours" else DAYS.match(text[count.end:]) if unit == "days" else None
        if counted is None or (unit == "days" and not re.match(r"\s*(?:päiv|pv|days?\b)", counted.group(0))) or not 0 < count.value <= 1000:
            return AmountReading(None)
        gap = text[rate.end + match.end():count.start] if rate.start < count.start else text[count.end + counted.end():rate.start]
        if not _RATE_GAP.match(gap) or not _RATE_END.match(text[max(rate.end + match.end(), count.end + counted.end()):]):
            return AmountReading(None)  # "30 €/h, 4 tuntia per kerta", "65 €/h, lisäksi 40 tuntia talkootyötä": ask
        _classify_money(text, rate)
        return _times(count, rate)
    word = match.group("each")[:4]
    if not re.match(rf"\s*(?:\w+\s+)?{word}", text[count.end:]) or count.value != count.value.to_integral() or not 0 < count.value <= 100:
        return AmountReading(None)
    _classify_money(text, rate)
    return _times(count, rate)


def _counted_at_price(text: str, nums: list[Num]) -> AmountReading | None:
    """"6 iltaa á 250 €", "4 events at 1500 € each": a count of evenings, days, people or events at a price is
    their product; the same count beside a price without "á", "x" or "each" is asked again ("esiintyjä 500, 2
    iltaa": per evening or in all?). None when no counted unit stands beside a price."""
    counts = [n for n in nums if n.unit == "count"]
    money = [n for n in nums if n.unit is None and n.currency or (n.unit is None and not _year_like(n))]
    if not counts or not money:
        return None
    if len(counts) != 1 or len(money) != 1 or _PER_PERIOD.search(text):
        return AmountReading(None)
    count, price = counts[0], money[0]
    unit = re.match(r"\s*([a-zäö]+)", text[count.end:])
    if unit and re.search(r"(?:lle|lla|llä|ssa|ssä|na|nä|lta|ltä)$", unit.group(1)):
        return None  # "kahvitus 20 hengelle 150 €": for twenty people, the price is the whole
    gap = re.sub(r"^\s*[a-zäö.]+", "", text[count.end:price.start]) if count.end <= price.start else ""
    if not gap or not _COUNT_PRICE.match(gap) or (gap.strip() == "at" and not _EACH_AFTER.match(text[price.end:])):
        return AmountReading(None)
    if count.value != count.value.to_integral() or not 0 < count.value <= 1000:
        return AmountReading(None)
    return _times(count, price)


def _times(count: Num, each: Num) -> AmountReading:
    """A count times a price ("2 x 5000 €", "6 iltaa á 250 €"), with both factors for the echo."""
    price = _euros(each.value * each.multiplier)
    total = _euros(count.value * each.value * each.multiplier) if price is not None else None
    return AmountReading(total, factors=(count.value, price) if total is not None else None)
