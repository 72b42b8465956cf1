"""A last guess for an amount: one price for each unit times the counts named beside it, always proposed.

"riistakameroita 8 kpl, 250 e kappale" (8 × 250), "4 laptops at ~900 € each", "The teacher charges 80 euros an hour
and we need 20 hours", "Bussi maksaa 600 euroa yksi retki. Me teemme kolme retkeä.", "Ruoka 5 € per nuori, 40 nuorta,
10 kertaa", "Estonia trip for 8 persons, 450 each": an advisor multiplies and asks "so 2 000 €?". Two prices, a sum, a doubt or a figure no word explains leave
it to the other readers or to a question.
"""

from __future__ import annotations

import re
from decimal import Decimal

from .number_text import NOT_SURE, date_like, find_numbers, prepare

MAX = Decimal(10_000_000)
_MONEY_AFTER = re.compile(r"^\s*(?:€|e\b|eur\w*|euro\w*|t€|k€)")
_MONEY_BEFORE = re.compile(r"€\s*~?\s*$")
# the price is for one of something: "each", "á", "kappale", "per nuori", "an hour", "yksi retki", "/päivä"
_EACH = re.compile(r"(?<![\w-])(?:each|apiece|á|à|a\s+piece|kappale\w*|kpl:?lta|per|kohti|kohden|at|metri|metriltä|metre|meter|neliö|neliöltä|jokainen|kukin|an?\s+(?:hour|day|week|session|lesson|night|piece)|"
                   r"yksi|one|tunnilta|päivältä|kerralta|hengeltä|kpl|x|×)(?![\w-])|/\s*[a-zäö]|@")
# a figure with no currency that is still the price of one: "for 8 persons, 450 each", "Kaksi venevajaa, 11 500 yksi"
_PRICE_OF_ONE = re.compile(r"^\s*(?:each|apiece|kpl:?lta|kappaleelta|yksi|per\s+(?:piece|person|head|kpl|henkilö|hlö|nenä|naama|pää|"
                           r"participant|osallistuja|lapsi|child|kid))(?![\w-])")
# "11 500 yksi", "400 euro one" (the count word already a digit): the price of one
_ONE_AFTER = re.compile(r"(\d(?:\s*(?:€|eur\w*|euro\w*|e\b))?)\s+(?:1|one)(?=\s*(?:[,.;!?]|$))")
_COUNT_AFTER = re.compile(r"^\s*(?:x\s*|×\s*)?(?:kpl\b|[a-zäö]{3,})")
_COUNT_BEFORE = re.compile(r"(?:[x×*]|[a-zäö]{4,}[:]?|[a-zäö]{4,}\s+(?:o|on|is|are|oli|olis)\b)\s*$")
_NOT_A_PRODUCT = re.compile(r"\+|(?<![\w-])(?:plus|lisäksi|lisäks|sekä|viime\w*|last|previous|aiemm\w*|edelli\w*|tai|or|vai|maybe|"
                            r"ehkä|varmaan|perhaps|probably|yhteensä|total|in\s+all|budjetti\w*|budget|%|alv|vat|kumpi\w*|kummalle\w*|both|molemm\w*|"
                            r"kullekin|jokaiselle|each\s+of)(?![\w-])")


def guess_unit_product(text: str) -> tuple[Decimal, tuple[Decimal, ...]] | None:
    """Price × counts when exactly one euro figure is said for each of something and every other figure is a count."""
    said = _ONE_AFTER.sub(r"\1 each", prepare(text or ""))
    said = re.sub(r"\b3\s*d(?=\s*-?\s*(?:printer|tulostin|tulostim))", "kolmede", said)  # "3d printers 3 x 900": not a count
    said = re.sub(r"\s*@\s*", " x ", said)  # "workbenches 4 @ 450e"
    if len(said) > 200 or NOT_SURE.search(said) or _NOT_A_PRODUCT.search(said) or not _EACH.search(said):
        return None
    price: Decimal | None = None
    counts: list[Decimal] = []
    bare = False  # a price said without a currency ("450 each"): only with one count said before it
    for num in find_numbers(said):
        if date_like(said, num) or num.value <= 0:
            continue
        after, before = said[num.end:num.end + 20], said[max(0, num.start - 20):num.start]
        if _MONEY_AFTER.match(after) or _MONEY_BEFORE.search(before) or _PRICE_OF_ONE.match(after):
            bare = bare or not (_MONEY_AFTER.match(after) or _MONEY_BEFORE.search(before))
            if price is not None:
                return None  # two prices: a sum or a choice
            price = num.value
        elif num.value == num.value.to_integral() and num.value <= 10000 and (_COUNT_AFTER.match(after) or _COUNT_BEFORE.search(before)):
            counts.append(num.value)
        else:
            return None
    if price is None and len(counts) == 2 and re.search(r"\d(?:\s+[a-zäö]{3,}){0,2}\s*[x×*]\s*\d[\d ]*$", said):
        price, bare = counts.pop(), True  # "3d printers 3 x 900", "3 sheds x 2 600": a count times a price without a currency
    if price is None or not 1 <= len(counts) <= 3 or (bare and len(counts) != 1):
        return None
    total = price
    for count in counts:
        total *= count
    return (total.quantize(Decimal("0.01")).normalize(), (*counts, price)) if 0 < total <= MAX else None
