"""Counting talkoot hours together when the answer gave no figure: people, times, hours each time."""

from datetime import date

from bot.domain import interview as iv
from bot.domain.budget import load_rules
from bot.domain.interview_calc import read_count

RULES = load_rules()
TODAY = date(2026, 12, 4)
STORY = "meitä mummoja on kuusi ja me leivotaan pullaa joka talkoisiin"


def text(d, value, lang="fi"):
    return iv.answer_text(d, value, TODAY, RULES, lang=lang)


def talkoot_draft():
    return iv.Draft(answers={"track": "leader", "leader_type": "investment"}, current="talkoot")


def test_an_unreadable_hours_answer_starts_three_small_questions_and_stores_their_product():
    d = talkoot_draft()
    out = text(d, STORY)
    assert out.status == "hours_calc" and out.params["step"] == "people" and "talkoot" not in d.answers
    assert text(d, "kuusi").params["step"] == "times"
    assert text(d, "n. 4 kertaa").params["step"] == "hours"
    out = text(d, "5")
    assert d.answers["talkoot"] == {"volunteer_hours": "120"} and out.params["calc"] == ["6", "4", "5"]
    assert d.pending is None and d.sub == 1  # the machine hours come next


def test_the_count_survives_a_restart_and_a_wrong_answer_keeps_the_step():
    d = talkoot_draft()
    text(d, STORY)
    text(d, "6")
    d = iv.Draft.from_json(d.to_json())  # what SQLite keeps
    out = text(d, "en tiedä")
    assert out.status == "error" and out.error == "calc_times" and d.pending["step"] == "times" and d.pending["factors"] == ["6"]
    text(d, "3")
    text(d, "2,5")
    assert d.answers["talkoot"]["volunteer_hours"] == "45"


def test_a_whole_answer_typed_in_the_middle_is_taken():
    for typed, hours in (("120 h", "120"), ("6 henkeä × 3 päivää × 5 h", "90")):
        d = talkoot_draft()
        text(d, STORY)
        text(d, typed)
        assert d.answers["talkoot"]["volunteer_hours"] == hours and d.pending is None


def test_machine_hours_are_not_counted_this_way():
    d = iv.Draft(answers={"track": "leader", "leader_type": "investment", "talkoot": {"volunteer_hours": "100"}},
                 current="talkoot", sub=1)
    out = text(d, "traktori jonkin verran")
    assert out.status == "error" and out.error == "bad_hours"


def test_back_leaves_the_count():
    d = talkoot_draft()
    text(d, STORY)
    iv.back(d, "talkoot")
    assert d.pending is None


def test_counts_read_from_short_answers():
    assert read_count("kuusi", "people") == 6 and read_count("3-4", "times") == 4 and read_count("2,5 h", "hours") == 2.5
    assert read_count("en tiiä, ehkä viis", "hours") == 5  # a guess is what is asked for
    for bad in ("en tiedä", "pari", "3 tai 4", "0", "1,5"):
        assert read_count(bad, "people") is None, bad
