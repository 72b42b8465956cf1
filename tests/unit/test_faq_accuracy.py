"""The matcher against the independent labelled set: top-1 accuracy and out-of-scope rejection."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bot.domain.faq import FaqIndex
from bot.domain.faq_model import load_entries

ROOT = Path(__file__).resolve().parents[2]
EVAL = ROOT / "tests" / "data" / "faq_eval.yaml"


@pytest.fixture(scope="module")
def index() -> FaqIndex:
    return FaqIndex.build(load_entries(ROOT / "content"))


def evaluate(index: FaqIndex) -> dict[str, float]:
    """A question counts as right when its entry ranks first and the bot does not reject it."""
    items = yaml.safe_load(EVAL.read_text(encoding="utf-8"))
    in_scope = [i for i in items if i["expected"]]
    out_scope = [i for i in items if not i["expected"]]
    right = answered = 0
    for item in in_scope:
        result = index.search(item["q"])
        if result.best == item["expected"] and result.decision != "none":
            right += 1
            answered += result.decision == "answer"
    rejected = sum(index.search(i["q"]).decision == "none" for i in out_scope)
    return {
        "in_scope": len(in_scope), "out_scope": len(out_scope),
        "top1": right / len(in_scope), "direct": answered / len(in_scope), "rejection": rejected / len(out_scope),
    }


def test_accuracy_and_rejection_on_the_labelled_set(index):
    figures = evaluate(index)
    print(
        f"\nFAQ eval: {figures['in_scope']} in-scope, {figures['out_scope']} out-of-scope; "
        f"top-1 accuracy {figures['top1']:.1%} (answered directly {figures['direct']:.1%}), "
        f"out-of-scope rejection {figures['rejection']:.1%}"
    )
    assert figures["in_scope"] >= 120 and figures["out_scope"] >= 20
    assert figures["top1"] >= 0.90
    assert figures["rejection"] >= 0.85


def test_every_entry_is_found_by_its_own_title_in_both_languages(index):
    misses = [
        (lang, entry.id, index.search(entry.title).best)
        for lang in ("fi", "en") for entry in index.entries[lang].values()
        if index.search(entry.title).best != entry.id
    ]
    assert len(misses) <= 3, misses
