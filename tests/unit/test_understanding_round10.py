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
