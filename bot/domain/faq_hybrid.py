"""Hybrid FAQ retrieval: the lexical index fused with sentence embeddings, and the decision a user sees.

Fusion: every entry's lexical score (0..1, see ``faq.FaqIndex.analyse``) and its semantic score (the
best cosine between the question and the entry's titles, example questions and body start, in both
languages, rescaled from [0.7, 1] to [0, 1]) are averaged. The weights and the decision thresholds
were fitted on the development sets (tests/data/faq_*.yaml); docs/faq.md has the figures.

Decisions:
- ``refuse``: out of scope (a personal-life subject without a funding word, or nothing in the question
  that ties it to funding, lexically or semantically). The advisor is offered.
- ``answer``: one entry clearly wins; close runner-ups come along as "related questions" buttons.
- ``suggest``: in the domain but nothing matches well: the three best as buttons plus the advisor.
A programme named in the question (or, for ties, the one from the conversation) favours its entries.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from .faq import Candidate, FaqIndex, Lexical, MatchResult, _programme, words
from .faq_spoken import written
from .faq_embed import SCOPE_PREFIX, EntryTexts, Model, entry_texts, entry_vectors, load_model
from .faq_scope import ScopeExamples, ScopeIndex

log = logging.getLogger(__name__)

SCOPE_EXAMPLES = Path(__file__).resolve().parent / "data" / "faq_scope_examples.yaml"
LEXICAL_WEIGHT = 0.4
SEM_FLOOR = 0.70  # e5 cosines between unrelated texts rarely fall below this
ANSWER_MIN = 0.35  # fused score of the best entry needed to answer
CLEAR_MARGIN = 0.10  # relative lead over the runner-up that makes a clear winner
RELATED_RATIO = 0.60  # runner-ups this close to the best are shown as related questions
TWIN_RATIO = 0.85  # a Leader and an ESR+ entry this close, with no programme named: the user picks
SEM_SCOPE = 0.93  # a question the lexical scope rule rejects is in scope when this similar to an entry
SEM_SUPPORT = 0.92  # an unanchored answer needs lexical evidence or this much semantic similarity
NAMED_PENALTY = 0.75  # the other programme's entries when the question names one
CONTEXT_PENALTY = 0.85  # the other programme's entries when only the conversation names one


def programme_of(category: str) -> str | None:
    """Which programme an entry category belongs to (None for general and international entries)."""
    if category.startswith("leader-"):
        return "leader"
    if category.startswith("esr-"):
        return "esr"
    return None


@dataclass(frozen=True)
class Decision:
    """What to show: an answer (with related questions), suggestions, or a refusal."""

    kind: str  # "answer", "suggest" or "refuse"
    best: str | None
    related: tuple[str, ...] = ()  # the buttons: runner-ups of an answer, or the suggestions
    candidates: tuple[Candidate, ...] = ()
    confidence: float = 0.0
    off_topic: bool = False
    named_programme: str | None = None
    semantic: bool = False

    def shown(self) -> list[str]:
        """Every entry the user sees, first the answer (or first button)."""
        head = [self.best] if self.kind == "answer" and self.best else []
        return head + [e for e in self.related if e not in head]

    def as_match_result(self) -> MatchResult:
        """The older lexical result shape (answer / suggest / none), for code written against it."""
        band = {"answer": "answer", "suggest": "suggest"}.get(self.kind, "none")
        return MatchResult(band, self.confidence, self.candidates, self.off_topic)

    def after(self, entry_id: str, limit: int = 2) -> list[str]:
        """The next candidates after an answer the user did not find helpful."""
        return [c.entry_id for c in self.candidates if c.entry_id != entry_id][:limit]


@dataclass(frozen=True)
class Signals:
    """What one question looks like to the matcher, before any decision."""

    question: str
    lex: Lexical
    sem: dict[str, float]
    vector: np.ndarray | None
    candidates: tuple[Candidate, ...]
    lexical_scope: bool
    named: str | None


@dataclass
class HybridMatcher:
    """The lexical index plus, when the model loaded, the entries' vectors; read-only once built."""

    index: FaqIndex
    model: Model | None = None
    texts: EntryTexts | None = None
    vectors: np.ndarray | None = None
    scope: ScopeIndex | None = None
    _starts: np.ndarray = field(init=False, repr=False, default=None)
    _entry_ids: list[str] = field(init=False, repr=False, default_factory=list)

    def __post_init__(self) -> None:
        if self.vectors is not None and self.texts is not None:
            starts, ids = [], []
            for i, entry_id in enumerate(self.texts.ids):
                if not ids or ids[-1] != entry_id:
                    starts.append(i), ids.append(entry_id)
            self._starts, self._entry_ids = np.asarray(starts), ids

    @property
    def semantic(self) -> bool:
        return self.model is not None and self.vectors is not None

    @property
    def entries(self):
        return self.index.entries

    def category(self, entry_id: str) -> str:
        return self.index.entries["fi"][entry_id].category

    def semantic_scores(self, question: str) -> dict[str, float]:
        """The best cosine of the question with each entry's texts (blocks the thread for ~10 ms)."""
        return self._semantic(question)[0]

    def _semantic(self, question: str) -> tuple[dict[str, float], np.ndarray | None]:
        vector = self.model.query(question[:1000])
        sims = self.vectors @ vector
        best = np.maximum.reduceat(sims, self._starts)
        scope = self.scope
        if scope is not None and scope.labelled is not None:
            extra = np.full(best.shape, -1.0, dtype=best.dtype)
            np.maximum.at(extra, scope.labelled_rows, scope.labelled @ vector)
            best = np.maximum(best, extra)
        return dict(zip(self._entry_ids, best.tolist())), vector

    def scope_from(self, inside: np.ndarray, outside: np.ndarray, labelled: np.ndarray | None = None,
                   labelled_entries: tuple[str | None, ...] = ()) -> ScopeIndex:
        """The scope rule over these example vectors: the entries' own phrasings join the in-scope side, and
        the labelled examples (row by row with ``labelled_entries``) of entries that exist count as phrasings."""
        position = {e: i for i, e in enumerate(self._entry_ids)}
        keep = [i for i, e in enumerate(labelled_entries) if e in position]
        rows = np.asarray([position[labelled_entries[i]] for i in keep], dtype=np.intp)
        return ScopeIndex(np.vstack([self.entry_query_vectors(), inside]), outside,
                          labelled[keep] if keep and labelled is not None else None, rows if keep else None)

    def signals(self, question: str, context_programme: str | None = None) -> Signals:
        """Everything the decision looks at: lexical analysis, semantic scores, the fused ranking."""
        question = written(question)
        lex = self.index.analyse(question)
        named = _programme(lex.raw)
        sem, vector = self._semantic(question) if self.semantic and lex.raw else ({}, None)
        fused = self._fuse(lex, sem)
        other = {"leader": "esr", "esr": "leader"}
        penalised, factor = (other[named], NAMED_PENALTY) if named else (
            (other[context_programme], CONTEXT_PENALTY) if context_programme in other else (None, 1.0))
        if penalised:
            fused = {e: s * factor if programme_of(self.category(e)) == penalised else s for e, s in fused.items()}
        ranked = sorted(fused.items(), key=lambda item: (-item[1], item[0]))[:5]
        candidates = tuple(Candidate(e, round(s, 4)) for e, s in ranked if s > 0)
        lexical_scope = any(lex.support(c.entry_id)[1] for c in candidates[:3])
        return Signals(question, lex, sem, vector, candidates, lexical_scope, named)

    def entry_query_vectors(self) -> np.ndarray:
        """The vectors of every entry's title and example questions (the in-scope side of the scope rule)."""
        return self.vectors[np.asarray(self.texts.is_query)]

    def match(self, question: str, context_programme: str | None = None) -> Decision:
        """Rank the entries for a question and decide what the user sees; run it in a worker thread."""
        s = self.signals(question, context_programme)
        lex, sem, candidates, named = s.lex, s.sem, s.candidates, s.named
        if not lex.scores and not words(s.question):
            return Decision("refuse", None, named_programme=named)
        top3 = [c.entry_id for c in candidates[:3]]
        sem_top = max(sem.values(), default=0.0)
        out_of_scope = lex.off_topic or not candidates or (not s.lexical_scope and sem_top < SEM_SCOPE)
        if self.scope is not None and s.vector is not None and candidates:
            by_neighbours = self.scope.out_of_scope(s.vector, out_of_scope)
            # the neighbours may keep a question the words refuse only if some word of it is known ("asdf qwerty")
            out_of_scope = by_neighbours if lex.scores else (out_of_scope or by_neighbours)
        if out_of_scope:  # always so without candidates
            return Decision("refuse", top3[0] if top3 else None, (), candidates, off_topic=lex.off_topic,
                            named_programme=named, semantic=bool(sem))
        best = candidates[0]
        if sem:
            answer, related = self._hybrid_gate(lex, sem, candidates, s.lexical_scope)
        else:
            answer, related = self._lexical_gate(s.question, candidates)
        if answer and not named and context_programme not in ("leader", "esr") and len(candidates) > 1:
            # The same topic in both programmes ("flat rate") and nothing says which: let the user pick.
            second = candidates[1]
            pair = {programme_of(self.category(best.entry_id)), programme_of(self.category(second.entry_id))}
            answer = not (pair == {"leader", "esr"} and second.score >= best.score * TWIN_RATIO)
        kind = "answer" if answer else "suggest"
        shown = tuple(related) if answer else tuple(top3)
        return Decision(kind, best.entry_id, shown, candidates, round(best.score, 4),
                        named_programme=named, semantic=bool(sem))

    def _fuse(self, lex: Lexical, sem: dict[str, float]) -> dict[str, float]:
        if not sem:
            return dict(lex.scores)
        span = 1.0 - SEM_FLOOR
        return {
            e: LEXICAL_WEIGHT * lex.scores.get(e, 0.0) + (1 - LEXICAL_WEIGHT) * max(0.0, s - SEM_FLOOR) / span
            for e, s in sem.items()
        }

    def _hybrid_gate(self, lex: Lexical, sem: dict[str, float], candidates, lexical_scope: bool):
        best = candidates[0]
        runner_ups = [c.entry_id for c in candidates[1:3] if c.score >= best.score * RELATED_RATIO]
        enough, _ = lex.support(best.entry_id)
        supported = lex.anchored or enough or sem.get(best.entry_id, 0.0) >= SEM_SUPPORT
        answer = lexical_scope and supported and best.score >= ANSWER_MIN
        if answer and len(candidates) > 1 and (best.score - candidates[1].score) / best.score < CLEAR_MARGIN:
            runner_ups = runner_ups or [candidates[1].entry_id]
        return answer, runner_ups

    def _lexical_gate(self, question: str, candidates):
        """Without the model: the lexical matcher's own answer rule (thresholds fitted on its scores)."""
        result = self.index.search(question)
        best = candidates[0]
        runner_ups = [c.entry_id for c in candidates[1:3] if c.score >= best.score * RELATED_RATIO]
        return result.decision == "answer" and result.best == best.entry_id, runner_ups


def build_matcher(index: FaqIndex, cache_dir: Path, enabled: bool = True,
                  scope_file: Path = SCOPE_EXAMPLES, with_scope: bool = True) -> HybridMatcher:
    """The matcher with the model and the entries' vectors (from the cache), or lexical-only if they fail."""
    model = load_model(enabled)
    if model is None:
        return HybridMatcher(index)
    texts = entry_texts(index.entries)
    try:
        vectors, _ = entry_vectors(model, texts, cache_dir)
    except Exception as exc:  # noqa: BLE001 - a model that loads but cannot embed: lexical-only, logged once
        log.warning("FAQ: could not embed the entries (%s: %s); lexical matching only", type(exc).__name__, exc)
        return HybridMatcher(index)
    matcher = HybridMatcher(index, model, texts, vectors)
    if with_scope:
        attach_scope(matcher, cache_dir, scope_file)
    return matcher


_scope_lock = threading.Lock()


def attach_scope(matcher: HybridMatcher, cache_dir: Path, scope_file: Path = SCOPE_EXAMPLES) -> None:
    """Give a matcher its neighbour scope rule (once; until then the word rules decide). A cold cache takes
    ~30 s on 2 cores, so the bot starts answering before this ends."""
    with _scope_lock:
        if matcher.semantic and matcher.scope is None:
            matcher.scope = scope_index(matcher, ScopeExamples.load(scope_file), cache_dir)


def scope_index(matcher: HybridMatcher, examples: ScopeExamples, cache_dir: Path) -> ScopeIndex | None:
    """The scope rule's vectors: the entries' own phrasings and the example questions (cached like the entries)."""
    if not examples.outside:
        return None
    texts = list(examples.inside) + list(examples.outside)
    tagged = EntryTexts(tuple("in" if i < len(examples.inside) else "out" for i in range(len(texts))),
                        tuple(texts), tuple(True for _ in texts))
    try:
        vectors, _ = entry_vectors(matcher.model, tagged, cache_dir, prefix=SCOPE_PREFIX)
    except Exception as exc:  # noqa: BLE001 - the word rules still decide scope
        log.warning("FAQ: could not embed the scope examples (%s); word rules decide scope", type(exc).__name__)
        return None
    inside = vectors[: len(examples.inside)]
    return matcher.scope_from(inside, vectors[len(examples.inside):], inside,
                              tuple(examples.entry_of.get(q) for q in examples.inside))
