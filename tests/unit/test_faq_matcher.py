"""The matcher's parts as plain functions: normalising, stems, compounds, typos, bands, off-topic."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.domain.faq import (
    FaqIndex,
    has_funding_anchor,
    has_funding_term,
    is_generic,
    is_off_topic,
    normalise,
    stems,
    words,
)
from bot.domain.faq_model import load_entries

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def index() -> FaqIndex:
    return FaqIndex.build(load_entries(ROOT / "content"))


def test_numbers_and_units_are_normalised():
    assert words("5 000 €") == ["5000", "€"]
    assert words("5000e") == ["5000", "€"]
    assert words("180\u00a0000 euroa")[0] == "180000"
    assert "%" in words("80%")
    assert words("ESR+ ja Erasmus+") == ["esr", "ja", "erasmus"]
    assert normalise("4.3") == "4.3"  # a priority number is not a thousands group


def test_stems_are_folded_and_cover_both_languages():
    assert stems("talkootyötä")[0] == stems("talkootyö")[0]
    assert all("ä" not in s and "ö" not in s for s in stems("hyrrässä"))
    assert "applic" in stems("applications")


@pytest.mark.parametrize(
    "question, expected",
    [
        ("paljonko talkootunnista saa", "talkoot-value"),  # compound, elative
        ("omarahoitus osuus esr", "esr-own-funding"),  # compound split by the user
        ("can we start before the decision", "start-before-decision"),
        ("tlakoot tunti paljonko euroa", "talkoot-value"),  # typo
        ("mikä on pienhanke", "leader-small-project"),
        ("LEADER-HANKKEEN SEURANTATIEDOT TAMMIKUU", "leader-monitoring-data"),
    ],
)
def test_examples_from_the_issue_are_answered(index, question, expected):
    result = index.search(question)
    assert result.best == expected
    assert result.decision in ("answer", "suggest")


def test_programme_named_in_the_question_wins_the_tie(index):
    assert index.search("leaderin maksatushakemus").best == "leader-payment-application"
    assert index.search("esr maksatushakemus").best == "esr-payment-application"


def test_a_close_tie_is_offered_as_suggestions(index):
    result = index.search("flat rate")
    assert result.decision == "suggest"
    assert {"esr-flat-rate-40", "leader-flat-rate"} <= set(result.suggestions())
    assert 2 <= len(result.suggestions()) <= 3


@pytest.mark.parametrize(
    "question",
    ["millainen sää on huomenna", "how much tax do i pay", "paljonko kela maksaa asumistukea", "who made you",
     "asdf qwerty", "💩💩", "", "x" * 5000],
)
def test_out_of_scope_and_nonsense_get_no_answer(index, question):
    assert index.search(question).decision == "none"


def test_off_topic_words_do_not_reject_a_funding_question():
    assert is_off_topic(["paljonko", "veroa"])
    assert not is_off_topic(["tarvitaanko", "verotiedot", "leader", "hakemukseen"])


def test_generic_words_are_not_funding_words():
    for word in ("hakemuksen", "liitteitä", "maksu", "tukea", "käsittelyaika", "application", "payment", "support"):
        assert is_generic(word), word
        assert not has_funding_anchor([word]), word
    assert not is_generic("hakijana") and not is_generic("talkootunti") and not is_generic("applicant")


def test_funding_anchors_are_found_in_compounds_but_not_inside_other_words():
    assert has_funding_anchor(["kv-hankkeeseen"]) or has_funding_anchor(words("kv-hankkeeseen"))
    assert has_funding_anchor(["leaderrahaa"]) and has_funding_anchor(["maksatushakemus"])
    assert has_funding_anchor(["ely"]) and not has_funding_anchor(["käsittely"])  # "ely" hides in "käsittely"
    assert has_funding_term(words("flat rate")) and has_funding_term(words("own share"))
    assert not has_funding_term(words("my flat")) and not has_funding_term(words("how do i start a new association"))


def test_personal_life_subjects_are_off_topic_even_with_generic_funding_words():
    assert is_off_topic(words("eläkehakemuksen käsittely"))  # "hakemus" no longer rescues it
    assert is_off_topic(words("child benefit application"))
    assert is_off_topic(words("lottovoiton maksu"))
    assert not is_off_topic(words("eläkeläisten kerho esr hankkeena"))
    assert not is_off_topic(words("eläkeläisten kerho"))  # people a project may serve are not a subject


@pytest.mark.parametrize(
    "question",
    [
        "kelan asumistukihakemukseen liitteet",  # off-topic word + generic words
        "pension application how long does the processing take",
        "when will my salary payment come",  # generic words only
        "milloin lapsen maksu tulee tilille",
        "paljonko hakemuksen käsittely kestää",
        "can i get support for a new fridge",  # one everyday word that happens to be in an entry
        "koulun kevätjuhlan ohjelma",
        "how do i reserve the village hall sauna for my birthday",
    ],
)
def test_everyday_questions_with_funding_words_get_no_answer(index, question):
    assert index.search(question).decision == "none"


@pytest.mark.parametrize(
    "question, expected",
    [
        ("leader hakemuksen liitteet", "leader-application-attachments"),  # the same generic words, anchored
        ("esr päätöksen käsittelyaika", "esr-decision-time"),
        ("esr maksatus ennakko", "esr-advance-payment"),
        ("mikä on koonto", "esr-coordination"),  # one word of jargon is enough
        ("which logos go on the poster", "leader-logos"),  # two distinctive words, no programme named
    ],
)
def test_funding_questions_with_generic_words_are_still_found(index, question, expected):
    result = index.search(question)
    assert result.best == expected and result.decision != "none"


@pytest.mark.parametrize("question", ["milloin maksu tulee tilille", "hakemuksen liitteet", "payment deadline"])
def test_generic_words_alone_are_never_answered_directly(index, question):
    """No subject at all: at most a few funding questions are offered, never one answer as a fact."""
    assert index.search(question).decision in ("suggest", "none")


def test_jargon_without_distinctive_evidence_is_offered_not_answered(index):
    result = index.search("kylätalo paljonko tukea")
    assert result.decision == "suggest"
    assert result.suggestions()


def test_long_input_is_fast_enough_to_be_bounded(index):
    result = index.search("talkoot " * 2000)
    assert result.best in ("talkoot-value", "talkoot-cost-and-funding", "leader-own-funding")
