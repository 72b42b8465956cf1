"""Is a question about Leader or ESR+ funding at all? Its nearest known questions decide.

Word lists alone cannot tell "miten yhdistyksen tilinpäätös tehdään" (the association's own books: out of
scope) from "miten hankkeen kirjanpito hoidetaan" (in scope): both are about money and associations. The
sentence embedding the FAQ computes for every question does carry that difference. So the bot keeps two
sets of example questions, embedded once like the entries: in scope (every entry's title and example
questions, and the development questions labelled in scope) and out of scope (close ones: an
association's own meetings, books and fees, other funders, village life). The margin is how much closer
a question is to its two nearest in-scope examples than to its two nearest out-of-scope ones.

The in-scope examples that are labelled with their entry also count as more phrasings of that entry when
the entries are ranked (a stranger's wording that matched an entry once will match it again).

The examples live in ``bot/domain/data/faq_scope_examples.yaml`` (users' wordings, not the bot's texts), written by ``bench/faq_scope_fit.py``
from the development sets, which also prints how the rule does on each set when that set is left out.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import yaml

log = logging.getLogger(__name__)

NEIGHBOURS = 2
# Refused below this margin whatever the word rules say; kept above KEEP even when the word rules refuse.
# Fitted with bench/faq_scope_fit.py, each development set left out in turn (docs/faq.md).
REFUSE_BELOW = 0.0
KEEP_ABOVE = 0.03


@dataclass(frozen=True)
class ScopeExamples:
    """Example questions in scope and out of scope (plain text, both languages mixed)."""

    inside: tuple[str, ...]
    outside: tuple[str, ...]
    entry_of: dict[str, str] = field(default_factory=dict)  # an in-scope question -> the entry that answers it

    @classmethod
    def load(cls, path: Path) -> "ScopeExamples":
        if not path.exists():
            log.warning("FAQ: no scope examples at %s; word rules decide scope", path)
            return cls((), ())
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        labels = {str(q): str(e) for q, e in (data.get("labels") or {}).items()}
        return cls(tuple(str(q) for q in data.get("in", [])), tuple(str(q) for q in data.get("out", [])), labels)


@dataclass(frozen=True)
class ScopeIndex:
    """The examples' vectors; ``margin`` compares a question's nearest neighbours on both sides."""

    inside: np.ndarray
    outside: np.ndarray
    # Labelled in-scope examples count as more phrasings of their entry: their vectors, and for each row the
    # entry's position in the matcher's entry list (built by ``HybridMatcher.scope_from``).
    labelled: np.ndarray | None = None
    labelled_rows: np.ndarray | None = None

    def margin(self, vector: np.ndarray) -> float:
        """Mean cosine to the nearest in-scope examples minus the same for the out-of-scope ones."""
        return _nearest(self.inside @ vector) - _nearest(self.outside @ vector)

    def out_of_scope(self, vector: np.ndarray, word_rules_refuse: bool) -> bool:
        """Refuse when the question sits among out-of-scope examples, or when the word rules refuse and
        the neighbours do not clearly say otherwise."""
        margin = self.margin(vector)
        return margin < REFUSE_BELOW or (word_rules_refuse and margin < KEEP_ABOVE)


def _nearest(similarities: np.ndarray, k: int = NEIGHBOURS) -> float:
    if similarities.size == 0:
        return 0.0
    k = min(k, similarities.size)
    return float(np.partition(similarities, -k)[-k:].mean())
