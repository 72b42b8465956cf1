"""Tenth round, from the spent sets 53-54: "not sure which" in people's own words is the "not sure" button."""

import pytest

from bot.domain.parsing import match_choice

from .choice_options import TRACK


@pytest.mark.parametrize("text", [
    "oon vähä epävarma kumpi",
    "Emmää tiärä kumpi.",
    "not sure, what's the difference?",
    "Kumpi se ois parempi meille? En mie osaa sannoo.",
    "en oo ihan varma, se esr kuulosti tosi isolta",
    "I have honestly not decided; the difference is not yet clear to me.",
    "Tähän en osaa vastata; pyytäisin neuvoa valinnassa.",
    "Gosh, no idea which one. Could you help us choose?",
    "I do not know (I will ask the Leader office next week)",
])
def test_not_knowing_which_fund_is_not_sure(text):
    assert match_choice(text, TRACK, lang="fi", question="track") == "notsure"


@pytest.mark.parametrize("text", [
    "Leader, vaikka en oo ihan varma",  # the fund is the answer; the doubt a remark: asked with the buttons
    "en tiedä, leader varmaan",  # a lean to one fund
    "not sure, maybe Leader?",
    "En oo ihan varma, Liisa sano et ESR mut Pekka et Leader",  # both named
])
def test_a_lean_or_both_funds_are_not_read_as_not_sure(text):
    assert match_choice(text, TRACK, lang="fi", question="track") is None


def test_not_sure_is_no_answer_where_there_is_no_such_button():
    options = {"yes": ("Kyllä, kansainvälinen", "Yes, international"), "no": ("Ei", "No")}
    assert match_choice("emmää tiärä kumpi", options, lang="fi", question="international") is None


@pytest.mark.parametrize("text, items", [
    ("hankitahan sohvat, kahvikone, lautapelit ja projektori", ["sohvat", "kahvikone", "lautapelit", "projektori"]),
    ("tarvitaan liesi, jääkaappi ja kahvinkeitin", ["liesi", "jääkaappi", "kahvinkeitin"]),
    ("we will organise a camp, a concert and a trip", ["a camp", "a concert", "a trip"]),
    ("Järjestetään kursseja, retkiä ja tapahtumia nuorille", ["Järjestetään kursseja, retkiä ja tapahtumia nuorille"]),
])
def test_one_verb_said_once_for_several_things(text, items):
    from bot.domain.understand_lists import split_items
    assert split_items(text) == items


def test_a_conditional_verb_and_a_subject_before_the_things_are_not_the_first_item():
    from bot.domain.understand_doubt import split_doubt
    assert split_doubt("Myö järjestettäis viikottainen kylätupa, yhteisruokailu ja retkiä Kuopioon.") == [
        "viikottainen kylätupa", "yhteisruokailu", "retkiä Kuopioon"]


@pytest.mark.parametrize("text, items", [
    ("tarvitaan liesi, jääkaappi ja kahvinkeitin, ei ku kaks kahvinkeitintä", ["liesi", "jääkaappi", "kaks kahvinkeitintä"]),
    ("tarvittas kylmiö, liesituuletin, ee ku tuuletin meillä jo on, ja astiakaappi", ["kylmiö", "astiakaappi"]),
])
def test_a_correction_after_a_verb_said_once_and_a_compound_named_by_its_end(text, items):
    from bot.domain.understand_corrections import corrected_items
    assert corrected_items(text) == items
