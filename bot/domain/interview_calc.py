"""Counting talkoot hours together when an answer gave no figure ("meitä mummoja on kuusi ja me leivotaan …"): how
many people, how many days or times, how many hours each time, as an advisor would ask. Pure: the draft's ``pending``
holds the step and the figures given so far, so a restart keeps the count where it was."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import Callable

from .interview import Draft, Outcome
from .interview_read import understand_hours
from .number_text import NOT_SURE, find_numbers, prepare
from .understand_hours import MAX_HOURS

STEPS = ("people", "times", "hours")
MAX_TOTAL = MAX_HOURS  # the most volunteer hours an answer may give, counted or typed (the hours reader's bound)
_LIMITS = {"people": Decimal(5000), "times": Decimal(1000), "hours": Decimal(24)}
# A whole answer typed in the middle: "120 h", "6 henkeä × 3 päivää × 5 h"
_HOURS_UNIT = re.compile(r"\d\s*(?:h\b|t\b|tuntia|tunti|tuntii|hours?|hrs?)", re.IGNORECASE)
_MINUS = re.compile(r"(?:^|\s)[-−]\s*\d")  # "-5": no count
# a people word: "10 henkeä, 3 pv à 5 h" is a whole product; "3 pv à 5 h" needs the people given before
PEOPLE_WORD = re.compile(r"\b(?:henk\w*|heng\w*|hlö\w*|ihmi\w*|talkoolai\w*|vapaaehtoi\w*|people|persons?|volunteers?)\b",
                         re.IGNORECASE)
_RANGE = re.compile(r"^\s*(?:n\.|noin|about|around|ca\.?)?\s*(\d+(?:[.,]\d+)?)\s*[-–]\s*(\d+(?:[.,]\d+)?)\b")


def start(draft: Draft, line: str) -> Outcome:
    """An hours answer the readers cannot count: ask the first of three small questions instead of refusing it."""
    draft.pending = {"kind": "hours_calc", "qid": draft.current, "line": line, "step": STEPS[0], "factors": []}
    return Outcome("hours_calc", params={"step": STEPS[0], "first": True})


def is_open(draft: Draft) -> bool:
    pending = draft.pending or {}
    return pending.get("kind") == "hours_calc" and pending.get("qid") == draft.current and pending.get("step") in STEPS


def answer(draft: Draft, text: str, lang: str, store: Callable[[Decimal], Outcome]) -> Outcome:
    """One step's answer: a count moves to the next step; the last one stores people × times × hours via ``store``.
    A whole hours answer typed instead ("120 h") is taken as it is."""
    pending = dict(draft.pending or {})
    step, given = pending["step"], [Decimal(f) for f in pending.get("factors", [])]
    if _MINUS.search(text):
        return Outcome("error", f"calc_{step}", {})
    if too_big(text):  # the reader gives nothing above its bound, so the figure is looked for here
        return Outcome("error", "too_many_hours", {"most": MAX_TOTAL})
    whole = understand_hours(text, lang=lang)
    if whole.value is not None and step == "times" and whole.factors and not PEOPLE_WORD.search(text):
        return _total(draft, store, [*given, Decimal(whole.value)])  # "3 pv à 5 h" after the people: days × hours
    if whole.value is not None and (whole.factors or (_HOURS_UNIT.search(text) and step != "hours")):
        draft.pending = None
        return store(Decimal(whole.value))
    count = read_count(text, step)
    if count is None:
        return Outcome("error", f"calc_{step}", {})
    if step != STEPS[-1]:
        pending.update(step=STEPS[STEPS.index(step) + 1], factors=[*pending.get("factors", []), format(count.normalize(), "f")])
        draft.pending = pending
        return Outcome("hours_calc", params={"step": pending["step"]})
    return _total(draft, store, [*given, count])


def _total(draft: Draft, store: Callable[[Decimal], Outcome], factors: list[Decimal]) -> Outcome:
    total = Decimal(1)
    for factor in factors:
        total *= factor
    if total > MAX_TOTAL:  # "5000 × 1000 × 24": surely a slip; the count starts again
        draft.pending = {**(draft.pending or {}), "step": STEPS[0], "factors": []}
        return Outcome("error", "too_many_hours", {"most": MAX_TOTAL})
    draft.pending = None
    outcome = store(total.quantize(Decimal("0.1")).normalize())
    if len(factors) == 3:
        outcome.params["calc"] = [format(f.normalize(), "f") for f in factors]
    return outcome


def too_big(text: str) -> bool:
    """"200000 h": a figure above what an hours answer may give (the readers return nothing for it)."""
    return any(n.value > MAX_TOTAL for n in find_numbers(prepare(text)) if n.value is not None) and bool(_HOURS_UNIT.search(text))


def read_count(text: str, step: str) -> Decimal | None:
    """One count from a short answer ("kuusi", "n. 5", "3-4" takes 4); None for "en tiedä" or several figures."""
    said = prepare(text)
    numbers = [n.value for n in find_numbers(said)]
    if NOT_SURE.search(said) and len(numbers) != 1:
        return None  # "en tiedä" alone; but "en tiiä, ehkä viis" is a guess, and a guess is what is asked for
    ranged = _RANGE.match(said)
    if ranged:
        numbers = [max(_decimal(ranged.group(1)), _decimal(ranged.group(2)))]
    if len(numbers) != 1 or numbers[0] is None:
        return None
    value = numbers[0]
    if value <= 0 or value > _LIMITS[step] or (step != "hours" and value != value.to_integral()):
        return None
    return value


def _decimal(text: str) -> Decimal:
    try:
        return Decimal(text.replace(",", "."))
    except InvalidOperation:
        return Decimal(0)
