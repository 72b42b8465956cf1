"""Scoring the FAQ matcher on a labelled question file, as a user would judge it (used by bench/faq.py and tests).

Two file formats, both YAML lists:
- ``{lang, q, expected: <entry id> | [<entry id>, …] | null}`` (tests/data/faq_*.yaml; null = out of scope);
- ``{q, lang, scope: in | out, expect: [<entry id>, …]}`` (any listed entry counts as right).
A question is "first right" when the answer, or the first button if the bot only suggests, is a right
entry; "within" when a right entry is among the answer and every button shown; an out-of-scope question
is "refused" when the bot refuses it. Refusing an in-scope question is wrong on both counts.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .faq_hybrid import Decision


@dataclass(frozen=True)
class Item:
    q: str
    lang: str
    in_scope: bool
    expect: frozenset[str]
    first: str | None = None  # the labeller's best entry (labels are listed best first)


def load_items(path: Path) -> list[Item]:
    """The questions of a file in either format."""
    items = []
    for raw in yaml.safe_load(Path(path).read_text(encoding="utf-8")) or []:
        if "scope" in raw:
            expect = raw.get("expect") or []
            expect = [expect] if isinstance(expect, str) else list(expect)
            items.append(Item(str(raw["q"]), str(raw.get("lang", "?")), raw["scope"] == "in", frozenset(expect),
                              str(expect[0]) if expect else None))
        else:
            expected = raw.get("expected")
            expected = [expected] if isinstance(expected, str) else list(expected or [])
            items.append(Item(str(raw["q"]), str(raw.get("lang", "?")), bool(expected), frozenset(expected),
                              str(expected[0]) if expected else None))
    return items


@dataclass
class Tally:
    in_scope: int = 0
    first_right: int = 0
    within: int = 0
    answered_right: int = 0
    answered: int = 0
    refused_in_scope: int = 0
    out_scope: int = 0
    refused: int = 0
    oos_answered: int = 0

    def add(self, item: Item, decision: Decision) -> None:
        shown = decision.shown() if decision.kind != "refuse" else []
        if item.in_scope:
            self.in_scope += 1
            self.first_right += bool(shown) and shown[0] in item.expect
            self.within += any(e in item.expect for e in shown)
            self.answered += decision.kind == "answer"
            self.answered_right += decision.kind == "answer" and decision.best in item.expect
            self.refused_in_scope += decision.kind == "refuse"
        else:
            self.out_scope += 1
            self.refused += decision.kind == "refuse"
            self.oos_answered += decision.kind == "answer"

    def figures(self) -> dict[str, float]:
        n, m = max(self.in_scope, 1), max(self.out_scope, 1)
        return {
            "in_scope": self.in_scope, "out_scope": self.out_scope,
            "first_right": self.first_right / n, "within": self.within / n,
            "answered": self.answered / n,
            "answer_precision": self.answered_right / max(self.answered, 1),
            "refused_in_scope": self.refused_in_scope / n,
            "refused": self.refused / m, "oos_answered": self.oos_answered,
        }


@dataclass
class Report:
    total: Tally = field(default_factory=Tally)
    by_lang: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    misses: list[tuple[Item, Decision]] = field(default_factory=list)


def evaluate(match, items: list[Item]) -> Report:
    """Run ``match(question) -> Decision`` over the items and tally the figures, overall and per language."""
    report = Report()
    for item in items:
        decision = match(item.q)
        report.total.add(item, decision)
        report.by_lang[item.lang].add(item, decision)
        shown = decision.shown() if decision.kind != "refuse" else []
        wrong = (item.in_scope and (not shown or shown[0] not in item.expect)) or (
            not item.in_scope and decision.kind != "refuse")
        if wrong:
            report.misses.append((item, decision))
    return report
