"""Volunteer hours given job by job, with a machine's hours among them.

"Clearing 200 h, building tees 120 h, plus the excavator 16 h" and "Paloauton ajot 20 tuntia ja ihmisten talkoot
90 tuntia" name each figure's job. Volunteer work is people's hours: a tractor's, a fire engine's or paid hours
are another budget line, so they are left out, and the rest is added up and proposed with its working shown
("200 h + 120 h = 320 h"). Only answers whose every figure is a count of hours are read here; a count of people
or days beside them belongs to the other readers.
"""

from __future__ import annotations

import re
from decimal import Decimal

from .number_text import prepare
from .understand_guesses import NOT_SURE

_HOUR = re.compile(r"(\d+(?:[ .]\d{3})*)\s*(?:h|t|tuntia|tuntii|tunnin|tuntina|hours?|hrs?|timmar)(?![a-zäö])")
_NUMBER = re.compile(r"\d")
# Not a list of jobs: a range, a rate, each one's share, a working already shown, the past, a question
_NOT_JOBS = re.compile(r"\d\s*(?:h|t)?\s*[-–—]\s*\d|\b(?:per|kukin|kullekin|jokainen|each)\b|[/àá]|=|\?|"
                       r"\b(?:viime|last\s+(?:time|year|summer|spring|autumn|fall|winter)|already|previous|edellis)|"
                       r"\b(?:kumpikin|molemmat|both\s+of\s+us|each\s+of\s+us)\b")
# A part of a whole or a total said: "siitä traktorilla 20 h", "yhteensä 220 h" (not jobs to add up, nor a rest to read)
_PART_OF = re.compile(r"\b(?:siitä|siita|siit|josta|joista|of\s+which|out\s+of\s+(?:that|these|them)|including|incl|sisältää|"
                      r"mukaan\s+lukien|yhteensä|yhteesä|yhteensa|yht|kaikkiaan|kaikenkaikkiaan|total|totally|in\s+all|"
                      r"altogether|sum|summa)\b")
# A machine's or a paid worker's hours (the budget has its own line for machine hours): the label names the machine
_MACHINE = re.compile(r"traktor|tractor|kaivinkone|kaivuri|kaivurilla|excavator|digger|mönkijä|\bquad|kelka|kelkka|snowmobile|"
                      r"(?:palo|sammutus|paketti|kuorma)?auto(?:n|lla|lle|t|ja|jen)?\b|ajoneuvo|\bengine\b|\bvehicle|\btruck|"
                      r"\bvan\b|\bkone(?:en|ella|elle|et|ita|tunn|työ)?\b|konetyö|konetun|machine|"
                      r"\bpaid\b|\bhired\b|\bwe\s+pay|maksetaan|maksamme|palkattu|palkalla|palkkio|urakoitsija|contractor|firma")
_WORDS = re.compile(r"[a-zäöå]{3,}")


def labelled_hours(text: str) -> tuple[tuple[Decimal, ...], tuple[Decimal, ...]] | None:
    """(people's hours, machine or paid hours) when ``text`` gives two or more hour figures, each with its own job
    named and no other figure; None otherwise."""
    said = prepare(text or "")
    if ("\n" in (text or "").strip() or len(said) > 240 or NOT_SURE.search(said) or _NOT_JOBS.search(said)
            or _PART_OF.search(said)):
        return None
    found = list(_HOUR.finditer(said))
    if not 2 <= len(found) <= 6 or len(_NUMBER.findall(_HOUR.sub(" ", said))) > 0:
        return None  # one figure, or a count of people or days beside the hours
    before = [said[(found[i - 1].end() if i else 0):m.start()] for i, m in enumerate(found)]
    after = [said[m.end():(found[i + 1].start() if i + 1 < len(found) else len(said))] for i, m in enumerate(found)]
    # "raivaus 150 h, …" or "150 h raivaukseen, …"; "250 h + sammutusauton käyttö 20 h": the first is the main work
    trailing = not _WORDS.search(before[0]) and _WORDS.search(after[-1])  # "200 h clearing, 120 h building"
    labels = after if trailing or not all(_WORDS.search(label) for label in before[1:]) else before
    if not all(_WORDS.search(label) for label in labels[1:]) or (labels is after and not _WORDS.search(labels[0])):
        return None  # "250 h + 20 h": a figure with no job of its own
    people, machines = [], []
    for match, label in zip(found, labels):
        value = Decimal(re.sub(r"[ .]", "", match.group(1)))
        (machines if _MACHINE.search(label) else people).append(value)
    if not people:
        return None
    return tuple(people), tuple(machines)





_CLAUSE = re.compile(r"\s*(?:[,;+]|\bja\b|\band\b|\bplus\b|\bsekä\b|\blisäksi\b)\s*")


def without_machines(text: str) -> str | None:
    """``text`` without its clauses about a machine's hours ("…, ja traktori 8 tuntia"), when such a clause has a
    figure and what is left has figures of its own; None otherwise."""
    said = prepare(text or "")
    if "\n" in (text or "").strip() or len(said) > 240 or _PART_OF.search(said):
        return None  # "talkoot 200 h ja siitä traktorilla 20 h": the tractor's share of the 200, which is asked
    parts = _CLAUSE.split(said)
    machine = [bool(_MACHINE.search(part) and _NUMBER.search(part)) for part in parts]
    if not any(machine) or all(machine):
        return None
    kept = [part for part, is_machine in zip(parts, machine) if not is_machine]
    rest = ", ".join(part for part in kept if part.strip())
    return rest if _NUMBER.search(rest) else None
__all__ = ["labelled_hours", "without_machines"]
