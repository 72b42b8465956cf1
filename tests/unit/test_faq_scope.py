"""The FAQ's scope rule: questions about an association's own affairs are refused, project ones kept."""

from __future__ import annotations

import logging
from pathlib import Path

import numpy as np
import pytest
import yaml

from bot.domain.faq import FaqIndex
from bot.domain.faq_hybrid import SCOPE_EXAMPLES, HybridMatcher, build_matcher
from bot.domain.faq_model import load_entries
from bot.domain.faq_scope import ScopeIndex

ROOT = Path(__file__).resolve().parents[2]

# Worded afresh for this test: none of them is one of the examples the rule compares with.
OUTSIDE = [
    "kuka allekirjoittaa yhdistyksen toimintakertomuksen",
    "saako kylätalon vuokrata ulkopuolisille juhliin",
    "how do we change the rules of our registered association",
]
INSIDE = [
    ("miten hankkeen menot kirjataan kirjanpitoon", "project-bookkeeping"),
    ("can the project charge a small fee from participants", "project-income"),
    ("voiko hankkeen vetäjän palkan maksaa tuesta", "hiring-project-worker"),
]


@pytest.fixture(scope="module")
def matcher(faq_cache_dir) -> HybridMatcher:
    built = build_matcher(FaqIndex.build(load_entries(ROOT / "content")), faq_cache_dir)
    assert built.semantic and built.scope is not None
    return built


def test_the_test_questions_are_not_among_the_examples():
    examples = yaml.safe_load(SCOPE_EXAMPLES.read_text(encoding="utf-8"))
    known = {q.lower() for q in examples["in"] + examples["out"]}
    assert not known & {q.lower() for q in OUTSIDE + [q for q, _ in INSIDE]}


@pytest.mark.parametrize("question", OUTSIDE)
def test_an_associations_own_affairs_are_refused(matcher, question):
    assert matcher.match(question).kind == "refuse"


@pytest.mark.parametrize("question,entry", INSIDE)
def test_the_same_words_about_a_project_are_answered(matcher, question, entry):
    decision = matcher.match(question)
    assert decision.kind == "answer" and entry in decision.shown()[:2]


def test_without_examples_the_word_rules_decide(faq_cache_dir, tmp_path, caplog):
    index = FaqIndex.build(load_entries(ROOT / "content"))
    with caplog.at_level(logging.WARNING):
        bare = build_matcher(index, faq_cache_dir, scope_file=tmp_path / "missing.yaml")
    assert bare.scope is None and "word rules decide scope" in caplog.text
    assert bare.match("miten hankkeen menot kirjataan kirjanpitoon").best == "project-bookkeeping"


def test_margin_compares_the_nearest_on_both_sides():
    inside = np.asarray([[1.0, 0.0], [0.8, 0.6]])
    outside = np.asarray([[0.0, 1.0], [0.6, 0.8]])
    index = ScopeIndex(inside, outside)
    assert index.margin(np.asarray([1.0, 0.0])) == pytest.approx(0.9 - 0.3)
    assert index.out_of_scope(np.asarray([0.0, 1.0]), word_rules_refuse=False)
    # Near the in-scope side, the neighbours overrule words that refuse; close to the line they do not.
    assert not index.out_of_scope(np.asarray([1.0, 0.0]), word_rules_refuse=True)
    near_the_line = np.asarray([0.72, 0.69])  # margin about 0.02, under KEEP_ABOVE
    assert index.out_of_scope(near_the_line, word_rules_refuse=True)
    assert not index.out_of_scope(near_the_line, word_rules_refuse=False)


def test_a_labelled_example_counts_as_a_phrasing_of_its_entry(matcher):
    question = "voiko hankkeen vetäjän palkan maksaa tuesta"
    before = matcher.semantic_scores(question)["talkoot-value"]
    scope = matcher.scope
    matcher.scope = matcher.scope_from(np.empty((0, scope.inside.shape[1]), dtype=scope.inside.dtype), scope.outside,
                                       matcher.model.query(question)[None, :], ("talkoot-value",))
    try:
        after = matcher.semantic_scores(question)
    finally:
        matcher.scope = scope
    assert before < 0.95 and after["talkoot-value"] > 0.99
    assert after["hiring-project-worker"] == pytest.approx(matcher.semantic_scores(question)["hiring-project-worker"])


def test_the_examples_file_labels_only_in_scope_questions_with_existing_entries(matcher):
    examples = yaml.safe_load(SCOPE_EXAMPLES.read_text(encoding="utf-8"))
    inside = set(examples["in"])
    assert examples["labels"] and set(examples["labels"]) <= inside
    assert set(examples["labels"].values()) <= set(matcher.entries["fi"])
