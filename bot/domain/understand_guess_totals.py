"""Two more guesses for talkoot hours, proposed like the others (understand_guess_hours): the total the answer
states after its own working, and the hands' hours named beside machine hours.

"Puvustamo 100, lavastus 180, yhteensä siis 280 tuntia" says its total; "Talkoita 96 tuntia: 4 päivää á 4 henkeä á 6 h"
says it first. "Talkootyötä 240 h, lisäksi traktorityötä 16 h": the talkoot question asks for people's hours, machine
hours have their own line in the budget. The strict reader asks in both cases; an advisor would say "so 280 h?".
"""

from __future__ import annotations

import math
import re
from decimal import Decimal

from .number_text import date_like, find_numbers, prepare
from .understand_guesses import MACHINE_OR_PAID

MAX = Decimal(100000)
_HOURS = r"\s*(?:h\b|t\b|tuntia\b|tunti\b|tuntii\b|hours?\b|hrs?\b)"
# "yhteensä siis 280 tuntia", "240 in all", "total 280 h", "= 280 h" at the end
_EUROS = r"\s*(?:€|e\b|eur\w*|euro\w*)"
_TOTAL_BEFORE = re.compile(r"(?:yhteensä|yht\.?|kaikkiaan|kaikki\s+yhteensä|in\s+total|total|altogether|summa|koko\s+budjetti|"
                           r"kokonaisbudjetti|kokonaiskustannukset|=)\s*(?:siis|eli|so|noin|n\.|"
                           r"about|around|:)?\s*$")
# "240 in all", "1 200 € total": the total word right after the figure (and its unit)
_TOTAL_WORD_AFTER = r"\s*(?:in\s+all|in\s+total|altogether|together|total|yhteensä|kaikkiaan)\b"
_FIRST_WITH_COLON = re.compile(r"^\W*(?:[a-zäö]+\s+){0,2}(\d+)" + _HOURS + r"\s*:")
_HEDGE = re.compile(r"(?<![\w-])(?:tai|or|vai|maybe|ehkä|varmaan|ainakin|at\s+least|vähintään|max)(?![\w-])|"
                    r"(?<![\w-])(?:yli|over|alle|under)\s+\d")  # not "over the 24-month period"
_PART_OF = re.compile(r"(?<![\w-])(?:siitä|josta|joista|of\s+which|including|incl\.?|sisältäen|mukaan\s+lukien)(?![\w-])")
_BY_HAND = re.compile(r"talkoo|talkoi|talako|henkilötyö|ihmis|mieh|miest|käsityö|volunteer|people|hands")


def stated_total(text: str, money: bool = False) -> Decimal | None:
    """The total the answer states for its own parts ("…, yhteensä siis 280 tuntia", "…, koko budjetti 9 000 €");
    None when there is none or two."""
    clean = prepare(text)
    if _HEDGE.search(clean) or (MACHINE_OR_PAID.search(clean) and not money) or (
            money and re.search(r"\d" + _HOURS + r"|\b(?:hours?|tuntia|tunnit)\b", clean) and not re.search(r"\d" + _EUROS, clean)):
        return None  # hours, not money: "10 people, 60 hours total"
    unit = _EUROS if money else _HOURS
    nums = [n for n in find_numbers(clean) if not date_like(clean, n)]
    if len(nums) < 2:
        return None
    totals = [n for n in nums if _TOTAL_BEFORE.search(clean[:n.start]) and re.match(unit + r"|\s*[.!,]?\s*$", clean[n.end:])
              or (re.match(r"(?:" + unit + r")?" + _TOTAL_WORD_AFTER, clean[n.end:])
                  and not re.match(r"[^\d]{0,12}\d", clean[n.end:]))]
    worded = [n for n in totals if not re.search(r"=\s*$", clean[:n.start])]
    if len(totals) > 1 and len(worded) == 1 and worded[0] is totals[-1]:
        totals = worded  # "… á 15 € = 4 500 €, yhteensä 46 500 €": the worded total last, over a product inside
    first = _FIRST_WITH_COLON.match(clean)
    if not totals and first and len(nums) >= 3 and not money:
        totals = [nums[0]]  # "Talkoita 96 tuntia: 4 talkoopäivää á 4 henkeä á 6 h"
    if len(totals) != 1 or not 0 < totals[0].value <= MAX or any(n.value > totals[0].value for n in nums):
        return None  # a total is at least each of its parts
    if re.search(r"\b(?:times|twice|thrice|kertaa|kahdesti|kolmesti|per|each|joka|kerta\w*|plus|\+)\b", clean[totals[0].end:]):
        return None  # "so 900 in total, and we go twice", "… per event", "plus VAT": more to it, asked
    working = re.search(r"([^,;.:]*)=\s*$", clean[:totals[0].start])
    if working and re.search(r"[×x*+]", working.group(1)):
        factors = [n.value for n in find_numbers(working.group(1))]
        if totals[0].value not in (math.prod(factors, start=Decimal(1)), sum(factors, Decimal(0))):
            return None  # "6 × 10 × 6 = 300 h": the working and the result disagree; asked
    if not money and not _adds_up(clean, nums, totals[0]):
        return None  # "- laavu 40 h\n- polku 30 h\n- yhteensä 80 h", "200 hours: 8 people x 3 days x 8 h": which is right?
    return totals[0].value


def _adds_up(clean: str, nums: list, total) -> bool:
    """The answer's other figures make its total: added up, multiplied, or "a × b = c" groups added up."""
    others = [n for n in nums if n is not total]
    for group in re.finditer(r"(\d+(?:[.,]\d+)?(?:\s+[a-zäö]+)?(?:\s*[×x*á]\s*\d+(?:[.,]\d+)?(?:\s+[a-zäö]+)?)+)\s*=\s*(\d+)",
                             clean):
        inside = [n for n in others if group.start() <= n.start < group.end()]
        others = [n for n in others if n not in inside] + [n for n in inside if n.start >= group.start(2)]
    values = [n.value for n in others]
    return len(values) < 2 or total.value in (sum(values, Decimal(0)), math.prod(values, start=Decimal(1)))  # one: a head count


def hands_beside_machines(text: str) -> Decimal | None:
    """"Talkootyötä 240 h, lisäksi traktorityötä 16 h": the one hours figure that is not a machine's or paid."""
    clean = prepare(text)
    if _HEDGE.search(clean) or _PART_OF.search(clean):
        return None  # "talkoot 200 h ja siitä traktorilla 20 h": a part of the whole, asked
    numbers = [n for n in find_numbers(clean) if not date_like(clean, n) and not re.match(_EUROS, clean[n.end:])]  # not "30 €/h"
    figures = [n for n in numbers if re.match(_HOURS, clean[n.end:])]
    if len(figures) != 2 or len(numbers) != 2:  # not "6 people 3 days 7 h, plus a paid electrician 10 h"
        return None
    labels = []
    for i, num in enumerate(figures):
        before = re.split(r"[,;+]|\s(?:ja|and|plus|lisäksi|sekä)\s", clean[(figures[i - 1].end if i else 0):num.start])[-1]
        after = re.split(r"[,;.+]|\s(?:ja|and|plus|lisäksi|sekä)\s", clean[num.end:], maxsplit=1)[0]
        labels.append(before + " " + after)
    machine = [bool(MACHINE_OR_PAID.search(label)) for label in labels]
    if machine.count(True) != 1:
        return None
    if re.search(r"talkoolai\w*|vapaaehtoi\w*|volunteer\w*|unpaid|palkaton|palkatta|ilmai\w*", labels[machine.index(True)]):
        return None  # "sähkömies talkoolaisena 30 h", "volunteer coordinator 50 h": their hours are talkoot too
    hands = figures[machine.index(False)]
    added = hands is figures[0] and re.search(r"(?:[,;]\s*|\s)(?:plus|lisäksi|\+|sekä|and\s+also|ja\s+vielä)\s+(?:the\s+|a\s+)?[a-zäö]+",
                                               clean[hands.end:figures[1].start])
    if (not _BY_HAND.search(labels[machine.index(False)]) and not added) or MACHINE_OR_PAID.search(labels[machine.index(False)]):
        return None  # "kaivuri 8 h ja 40 h": whose are the 40? asked; "about 150 hours, plus the tractor 10 hours": the 150
    return hands.value if 0 < hands.value <= MAX else None


# A product the answer writes out: "3 ppl x 2h/wk x 26 wks", "8 hlö x 3 pv x 8 h + siivous 4 hlö x 4 h"
_WORD = r"(?:(?!x\b)[a-zäö]+\.?|h/[a-zäö]+|/[a-zäö]+)"
_FACTOR = r"(\d+(?:[.,]\d+)?)\s*(" + _WORD + r"(?:\s*" + _WORD + r")?)?\s*"
_FACTOR_PLAIN = r"\d+(?:[.,]\d+)?\s*(?:" + _WORD + r"(?:\s*" + _WORD + r")?)?\s*"
_CHAIN = re.compile(_FACTOR_PLAIN + r"(?:[x×*]\s*" + _FACTOR_PLAIN + r")+")
_HOURS_UNIT = re.compile(r"^(?:h|t|tuntia|tunti|tunnin|tuntii|hours?|hrs?)(?:\b|/)")
_TERM_SPLIT = re.compile(r"\s*(?:\+|;|\bplus\b|\bja\b|\band\b)\s*")


def written_products(text: str) -> tuple[Decimal, tuple[Decimal, ...]] | None:
    """(sum, products) for hours the answer multiplies out itself, each term with one hours factor; None when any
    figure stands outside the products, money is named, or a stated result disagrees."""
    clean = prepare(text).lower()
    if (_EUROS_ANY.search(clean) or _HEDGE.search(clean) or _NOT_A_PRODUCT.search(clean) or MACHINE_OR_PAID.search(clean)
            or not re.search(r"\d\s*[^\d\n]{0,12}[x×*]\s*\d", clean)):
        return None  # money, a bound, alternatives or a past figure, participants, machines or paid work: asked
    if _PERIOD_WORD.search(clean) and (not _COUNTED_PERIOD.search(clean) or re.search(r"times\s+a|kertaa\s+(?:vuodessa|kuussa)|a\s+year", clean)):
        return None  # "5 hlö x 4 h viikossa", "joka lauantai …, 5 hlöä x 3h": a period that is never counted
    products = []
    for term in _TERM_SPLIT.split(clean):
        if not re.search(r"\d", term):
            if re.search(r"[a-zäö]{3,}", term):
                return None  # "10 hlö x 4 h + siivous", "… ja sama syksyllä": a part without its figure
            continue
        chain = _CHAIN.search(term)
        if chain is None:
            return None
        factors = [(Decimal(m.group(1).replace(",", ".")), (m.group(2) or "").strip())
                   for m in re.finditer(_FACTOR + r"(?=[x×*]|$|=|[,.;:]|\s)", chain.group(0)) if m.group(1)]
        if sum(1 for _, unit in factors if _HOURS_UNIT.match(unit)) != 1 or len(factors) < 2:
            return None
        product = math.prod((value for value, _ in factors), start=Decimal(1))
        stated = re.match(r"\s*=\s*(\d+(?:[.,]\d+)?)\s*(?:h|tuntia|hours?|hrs?)?\s*[.!]?\s*$", term[chain.end():])
        if "=" in term[chain.end():] and (not stated or Decimal(stated.group(1).replace(",", ".")) != product):
            return None  # "6 × 10 × 6 = 300 h": the working and the result disagree; "= 24 h / kerta, kertoja 8": more after it
        others = [n for n in find_numbers(term) if not (chain.start() <= n.start < chain.end()) and not (stated and n.start >= chain.end())]
        if others:
            return None  # a figure outside the product: whose is it?
        products.append(product)
    if not products:
        return None
    products = [p.quantize(Decimal(1)) if p == p.to_integral() else p.normalize() for p in products]
    total = sum(products, Decimal(0))
    return (total, tuple(products)) if 0 < total <= MAX else None


_EUROS_ANY = re.compile(r"€|\beur\w*|\beuro\w*")
# participants, audiences, alternatives, earlier figures, conditions and parts: not one sum of volunteer hours
_NOT_A_PRODUCT = re.compile(r"(?<![\w-])(?:las\w*|kids?|children|child|katsoj\w*|yleisö\w*|audience|visitors?|kävijä\w*|"
                            r"osallistuj\w*|participants?|pelaaj\w*|players?|näyttelijä\w*|actors?|viime\w*|last|previous\w*|"
                            r"aiemmin|toteutun\w*|plan|suunnitelma|sää\w*|weather|rain\w*|sade\w*|minimi\w*|maksimi\w*|"
                            r"parhaimmillaan|pahimmillaan|best|worst|if|jos|tarvittaessa|needed|siitä|josta|joista|of\s+which|"
                            r"including|incl\w*|sama\w*|same|samoin|twice|kahdesti|kuormaa?|loads?|nuor\w*|youths?|vaihtoeh\w*|"
                            r"options?|alternatives?|of\s+them|heistä|niistä|metsur\w*|urakoitsij\w*|contractors?|palkat\w*|"
                            r"paid|hired|electricians?|sähkömie\w*|työntekijä\w*|employees?|staff)(?![\w-])")
# a period the product does not count ("viikossa", "per month", "Tiistaisin"), and the counted periods that make it whole
_PERIOD_WORD = re.compile(r"(?<![\w-])(?:joka|every|each|weekly|monthly|yearly|viikoittain|kuukausittain|kerran|once|kuussa|"
                          r"viikossa|vuodessa|per\s+(?:week|month|year|session|event|kerta|ilta)|a\s+(?:week|month|year)|"
                          r"times\s+a|on\s+\w+days|\w{4,}isin|(?:mon|tues|wednes|thurs|fri|satur|sun)days|per\s+weekend|"
                          r"viikonlopussa|kertaa\s+(?:vuodessa|kuussa|viikossa))(?![\w-])|"
                          r"/\s*(?:vk|kk|wk|mo|kerta|krt|ilta|week|month|year|viikko|kuukausi|vuosi|weekend|viikonloppu)\b")
_COUNTED_PERIOD = re.compile(r"[x×*]\s*\d+\s*(?:vk|viikko\w*|viikkoa|weeks?|wks?|kk|kuukau\w*|months?|mo|kertaa|krt|times|"
                             r"sessions?|evenings?|iltaa|lauantaita|saturdays?|sundays?|sunnuntaita)\b")


def sum_disagrees(text: str) -> bool:
    """"laitteet 1200 + remppa 3000 = 4500": the answer adds up its own figures and gets another result; asked."""
    if (text or "").count("=") != 1:
        return False  # most answers: no "=" at all, nothing to prepare
    clean = prepare(text)
    if clean.count("=") != 1 or re.search(r"[x×*á]\s*\d|\d\s*[x×*]|%", clean):
        return False
    left, right = clean.split("=")
    left = re.split(r"[(:;]", left)[-1]  # "8 450,00 € (6 200 + 2 250 = 8 450)": the working starts after the bracket
    if "+" not in left:
        return False
    terms, result = find_numbers(left), find_numbers(right)
    return len(terms) >= 2 and bool(result) and sum((n.value for n in terms), Decimal(0)) != result[0].value


_RESULT = re.compile(r"(?:=|→|->|⇒|[.,]\s*(?:eli|so|yani|siis)\b)\s*(?:€\s*)?(\d[\d\s.,]*)\s*(?:€|e|eur\w*|euro\w*|h|t|tuntia|hours?)?\s*\.?\s*$")


def worked_result(text: str) -> Decimal | None:
    """"€950 for the camera + €250 software = €1200", "40 €/tunti, 2 tuntia viikossa, 30 viikkoa → 2400 €": the answer
    works out its own figure and the figures before it add up or multiply to it; that figure (else None)."""
    clean = prepare(text or "")
    match = _RESULT.search(clean)
    if not match:
        return None
    result = find_numbers(clean[match.start():])
    terms = [n.value for n in find_numbers(clean[:match.start()]) if not date_like(clean, n)]
    if not result or not 2 <= len(terms) <= 6 or re.search(r"%|-\s*\d", clean[:match.start()]):
        return None
    value = result[0].value
    if match.group(0)[:1] in ".,":  # "…, 40 viikkoa. yani 3200": a word before the result, only a product (sums keep their parts)
        return value if len(terms) >= 3 and math.prod(terms) == value else None
    return value if sum(terms, Decimal(0)) == value or math.prod(terms) == value else None


# A total named as one ("Total eligible costs: €48 750 (…)", "Talkootyö yhteensä 312 h: …", "…; total 160 h"), first or last
_TOTAL_NAMED = re.compile(r"(?:yhteensä|yht\.|kaikkiaan|kaikki\s+yhteensä|in\s+total|total(?:\s+\w+){0,2}|altogether|allt\s+som\s+allt|"
                          r"kokonais(?:kustann|budjet|summ|hint|arvio)\w*|koko\s+(?:budjetti|hanke|summa)|budjetti|kustannusarvio|budgeted\s+at)\s*(?:on|is|siis|eli|:)?\s*"
                          r"(?:€\s*)?$")
_MORE_AFTER = re.compile(r"(?<![\w-])(?:sama\w*|same|plus|lisäksi|lisäks|päälle|on\s+top|twice|kahdesti|kertaa|times|per|each|"
                         r"joka|every|vielä|viel|also|myös)(?![\w-])")
# a total of something else than this project's euros or talkoot hours: people, days, a month's, a phase's, last time's,
# the funding applied for, two villages' shares (adversarial review 21)
_NOT_THE_COST = re.compile(r"(?<![\w-])(?:henk\w*|hlö\w*|ihmis\w*|people|persons?|talkoolais\w*|volunteers?|osallistuj\w*|participants?|"
                           r"jäsen\w*|members?|lap\w*|kids?|children|aikuis\w*|adults?|nuor\w*|päiv\w*|days?|iltaa?|evenings?|"
                           r"viikonlop\w*|weekends?|km|kilometr\w*|metri\w*|m2|m²|neliö\w*|months?|kuukau\w*|kk|"
                           r"kuussa|vuodessa|viikossa|monthly|annual\w*|yearly|vuosittain|per|kohti|kohden|a\s+(?:month|week|year)|/\s*(?:v|kk|vk)|"
                           r"phase|stage|vaihe\w*|first|ensimmäi\w*|year|vuosi|vuoden|vuonna|viime\w*|last|previous\w*|edelli\w*|aiemm\w*|"
                           r"haettava\w*|haemme|haetaan|applied|apply|tuki\w*|tuke\w*|grant\w*|leader\w*|kunta\w*|kunnal\w*|municipal\w*|"
                           r"both|molemm\w*|kahden|two\s+villages|ours|theirs|meidän|heidän|koneet?|kone\w*|machine\w*|hevo\w*|horses?|"
                           r"paid|palka\w*|palkat\w*|hired|kurssilai\w*|leiriläi\w*|opettaj\w*|kouluttaj\w*|teacher\w*)(?![\w-])")
_MONEY_UNIT = re.compile("^" + _EUROS)
_HOUR_UNIT = re.compile("^" + _HOURS)


_ANY_HOURS = re.compile(r"\d\s*(?:h|t)\b|tunti\w*|tunte\w*|tunne\w*|tuntia|hours?|hrs?\b")
_ANY_EUROS = re.compile(r"€|\beur\w*|\beuro\w*|\d\s*e\b")


def _euros_total(clean: str, total) -> bool:
    """The total is euros: no hours anywhere in the answer, and a currency beside it or none in the answer at all."""
    marked = _MONEY_UNIT.match(clean[total.end:]) or re.search(r"€\s*$", clean[:total.start])
    return not _ANY_HOURS.search(clean) and bool(marked or not _ANY_EUROS.search(clean))


def _hours_total(clean: str, total) -> bool:
    """The total is hours: hours named in the answer (beside it, or "talkootunteja …") and no euros anywhere."""
    return bool(_HOUR_UNIT.match(clean[total.end:]) or _ANY_HOURS.search(clean)) and not _ANY_EUROS.search(clean)

_LABEL_NUMBER = re.compile(r"\b(?:phase|vaihe|osa|step|part|stage|kohta|quote|tarjous|nro|no\.)\s*$")
_WORKING = re.compile(r"(\d+(?:[.,]\d+)?(?:\s*[^\d=;,+]{0,12}?\s*[x×*]\s*\d+(?:[.,]\d+)?)+)[^\d=;,+]{0,12}=\s*(?:€\s*)?(\d+(?:[.,]\d+)?)")


def agreeing_total(text: str, money: bool) -> tuple[Decimal, tuple[Decimal, ...]] | None:
    """(total, parts) for the total an answer names, when its other figures add up to it exactly: the parts themselves
    ("€48 750 (salaries €30 000 + flat rate 40 % €12 000 + services €6 750)") or the results of the products it works
    out ("12 hlö × 2 pv × 8 h = 192 h, …"), each product agreeing with its result; never a total of people, days, a
    month, a phase, last time's or the funding applied for (adversarial review 21). Always proposed by the callers:
    the review found totals that add up and are still not the figure asked. None otherwise."""
    clean = prepare(text or "")
    if _HEDGE.search(clean) or (not money and MACHINE_OR_PAID.search(clean)) or clean.count("=") > 6:
        return None
    nums = [n for n in find_numbers(clean) if not date_like(clean, n) and not re.match(r"\s*%", clean[n.end:])
            and not _LABEL_NUMBER.search(clean[:n.start])]  # "phase 1:", "vaihe 2" name a part
    named = [n for n in nums if _TOTAL_NAMED.search(clean[max(0, n.start - 40):n.start])]
    if len(named) != 1 or len(nums) < 3:
        return None
    total = named[0]
    start = max(clean.rfind(mark, 0, total.start) for mark in ".;:(\n")
    end = min([i for i in (clean.find(mark, total.end) for mark in ",.;:(\n") if i >= 0] or [len(clean)])
    if _NOT_THE_COST.search(clean[start + 1:end]) or not (_euros_total if money else _hours_total)(clean, total):
        return None  # "Talkoolaisia yhteensä 12 (8 + 4)", "palkka yhteensä 3500 kuussa", "phase 1 total": not the figure asked
    tail = re.sub(r"^(?:\s*(?:€|e|eur\w*|euro\w*|h|t|tuntia|hours?|hrs?)\b)?", "", clean[nums[-1].end:])
    if len(re.findall(r"[a-zäö]{2,}", tail)) > 2 or _MORE_AFTER.search(clean[total.end:]):
        return None  # "… yhteensä 900, ja sama syksyllä", "(ja sit jakelu tulee päälle …)": more to it; asked
    parts = []
    worked = list(_WORKING.finditer(clean))
    for match in worked:
        factors = [n.value for n in find_numbers(match.group(1))]
        result = Decimal(match.group(2).replace(",", "."))
        if math.prod(factors, start=Decimal(1)) != result:
            return None  # "6 × 10 × 6 = 300 h": the working and the result disagree
        parts.append(result)
    inside = [(m.start(), m.end()) for m in worked]
    parts += [n.value for n in nums if n is not total and not any(a <= n.start < b for a, b in inside)]
    if len(parts) >= 2 and sum(parts, Decimal(0)) == total.value and 0 < total.value <= MAX * 100:
        return total.value, tuple(parts)
    return None
