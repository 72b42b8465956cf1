"""Adversarial plain-function tests of the lone-item read-back (bot/domain/interview_steps.py)."""

from datetime import date

import pytest

from bot.domain import interview as iv
from bot.domain.budget import load_rules

RULES = load_rules()
TODAY = date(2026, 5, 4)
BASE = {"track": "esr", "org_type": "association", "org_name": "Ry", "contact": "M", "title": "T", "need": "N",
        "goal": "G", "target_group": "TG", "area": "Iisalmi", "esr_objective": "participation"}


def at(qid="actions", **extra):
    return iv.Draft(answers={**BASE, **extra}, current=qid)


def text(d, value, lang="fi", **kw):
    return iv.answer_text(d, value, TODAY, RULES, lang=lang, **kw)


def test_one_item_waits_and_nothing_is_noted():
    d = at()
    out = text(d, "Kyläkahvila")
    assert out.status == "confirm_item" and "actions" not in d.answers
    assert d.pending == {"kind": "one_item", "qid": "actions", "item": "Kyläkahvila"}


def test_confirm_item_refuses_a_pending_of_another_question():
    d = at()
    text(d, "Kyläkahvila")
    d.current = "partners"  # e.g. Back/forward moved on without clearing
    assert iv.confirm_item(d, True).error == "stale"
    assert "partners" not in d.answers


def test_confirm_item_twice_is_stale_the_second_time():
    d = at()
    text(d, "Kyläkahvila")
    assert iv.confirm_item(d, True).status == "next"
    assert iv.confirm_item(d, True).error == "stale"
    assert d.answers["actions"] == ["Kyläkahvila"]


def test_a_pending_of_another_question_does_not_take_a_typed_yes():
    d = at()
    d.pending = {"kind": "one_item", "qid": "partners", "item": "X"}
    out = text(d, "joo")
    assert "partners" not in d.answers
    assert d.answers.get("actions") != ["X"]


@pytest.mark.parametrize("said, lang", [
    ("ei muuta", "fi"), ("siinä kaikki", "fi"), ("ei mitään muuta", "fi"), ("ei oo muita", "fi"), ("muuta ei", "fi"),
    ("se on siinä", "fi"), ("that's all", "en"), ("nothing else", "en"), ("no more", "en"), ("that's it", "en"),
])
def test_saying_that_is_all_while_the_read_back_waits_notes_the_item_alone(said, lang):
    """The read-back says "if there are more, send the next one"; "nothing else" means: note it, that's all."""
    d = at()
    text(d, "Kyläkahvila", lang=lang)
    out = text(d, said, lang=lang)
    assert d.answers.get("actions") == ["Kyläkahvila"], (said, out.status, out.error, d.answers.get("actions"))
    assert d.current != "actions", (said, out.status)


@pytest.mark.parametrize("said", ["joo", "kyllä", "ok", "okei", "juu", "kirjaa", "kirjaa se", "kyllä kiitos", "jep"])
def test_finnish_yes_words_confirm(said):
    d = at()
    text(d, "Kyläkahvila")
    text(d, said)
    assert d.answers.get("actions") == ["Kyläkahvila"], said
    assert d.current != "actions", said


@pytest.mark.parametrize("said", ["ei", "ei kiitos", "väärin", "ei noin"])  # "en" alone is left an item: "I don't" … what?
def test_finnish_no_words_note_nothing(said):
    d = at()
    text(d, "Kyläkahvila")
    out = text(d, said)
    assert "actions" not in d.answers and d.pending is None, (said, out.status, d.answers.get("actions"))


def test_the_same_item_typed_again_while_waiting_is_not_doubled():
    d = at()
    text(d, "Kyläkahvila kerran viikossa")
    text(d, "Kyläkahvila kerran viikossa")
    assert d.answers.get("actions", []).count("Kyläkahvila kerran viikossa") <= 1, d.answers.get("actions")
    assert d.pending and d.pending.get("item") == "Kyläkahvila kerran viikossa"  # still waiting for ✔, noted once then


def test_an_unrelated_new_item_keeps_the_first():
    d = at()
    text(d, "Yksi")
    out = text(d, "Kaksi")
    assert d.answers["actions"] == ["Yksi", "Kaksi"] and out.status == "item" and d.sub == 2


def test_undecided_text_while_waiting_keeps_the_first_item_and_asks():
    d = at()
    text(d, "Yksi")
    out = text(d, "ei oo vielä päätetty")
    assert out.error == "nothing_yet"
    assert d.answers["actions"] == ["Yksi"]  # the first item stands; the doubt is not noted
    out = text(d, "Kaksi")
    assert d.answers["actions"] == ["Yksi", "Kaksi"]


def test_local_actions_optional_and_joint_actions_read_back():
    leader = {"track": "leader", "leader_type": "cooperation", "international": "yes"}
    for qid in ("joint_actions", "local_actions", "work_plan", "partners", "indicators"):
        d = iv.Draft(answers=dict(leader), current=qid)
        out = text(d, "Yksi kohta")
        assert out.status == "confirm_item", qid


def test_own_sources_is_whole_and_not_read_back():
    d = at("own_sources")
    out = text(d, "omat varat 5 000 €")
    assert out.status != "confirm_item"


def test_edit_with_one_item_replaces_and_returns_to_review():
    d = at()
    d.answers["actions"] = ["Vanha 1", "Vanha 2"]
    d.editing = True
    out = text(d, "Uusi")
    assert out.status == "confirm_item" and d.answers["actions"] == ["Vanha 1", "Vanha 2"]
    out = iv.confirm_item(d, True)
    assert d.answers["actions"] == ["Uusi"]


def test_edit_then_keep_word_while_waiting():
    """On an edit, "sama"/"pidä" after a new lone item: it notes the new item (the keep words say yes)."""
    d = at()
    d.answers["actions"] = ["Vanha 1", "Vanha 2"]
    d.editing = True
    text(d, "Uusi")
    text(d, "pidä")
    assert d.answers["actions"] in (["Uusi"], ["Vanha 1", "Vanha 2"])
