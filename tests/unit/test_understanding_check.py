"""A clear reading of a long or turning answer is proposed before it is saved (bot/domain/understand_check.py),
as plain functions and through the interview's Draft → Outcome engine."""

from datetime import date

import pytest

from bot.domain import interview as iv
from bot.domain.budget import load_rules
from bot.domain.understand_check import checked, list_needs_check, needs_check, turns
from bot.domain.understand_numbers import AmountReading
from bot.domain.understand_periods import DateReading

RULES = load_rules()
TODAY = date(2026, 12, 4)
ESR = {"track": "esr", "org_type": "association", "org_name": "Ry", "contact": "M", "title": "T", "need": "N",
       "goal": "G", "target_group": "TG", "area": "Iisalmi", "esr_objective": "participation"}
LABELS = {"esr": ["ESR+ (kansalaislähtöinen kehittäminen)", "ESR+ (citizen-driven development)"],
          "leader": ["Leader"], "notsure": ["En ole varma", "Not sure"]}
YES_NO = {"yes": ["Kyllä, kansainvälinen", "Yes, international"], "no": ["Ei", "No"]}


def text(d, value, lang="fi", **kw):
    return iv.answer_text(d, value, TODAY, RULES, lang=lang, **kw)


@pytest.mark.parametrize("answer", [
    "tammikuussa, ei ku helmikuussa", "5 000, but the rest from the EU", "Leader (I think)", "ESR vai Leader?",
    "We had originally planned May, now June", "ESR ei, vaan Leader",
])
def test_a_turn_is_a_correction_a_but_a_bracket_a_quote_or_a_question(answer):
    assert turns(answer)


@pytest.mark.parametrize("answer", ["1.3.2027", "30 000 €", "Leader", "10 men, 3 days, 6 hours", "kesäkuun loppuun 2028",
                                    "noin 30 tonnia", "kyläyhdistys ry", "menot 3 000"])
def test_short_plain_answers_do_not_turn_and_are_not_checked(answer):
    assert not turns(answer)
    assert not needs_check(answer, "amount") and not needs_check(answer, "choice")


def test_length_is_counted_per_kind_hours_say_three_things():
    nine = "kymmenen henkeä kolme päivää kuusi tuntia joka päivä talkoissa"
    assert len(nine.split()) == 9
    assert not needs_check(nine, "hours") and needs_check(nine, "date") and needs_check(nine, "amount")


def test_checked_marks_only_a_reading_that_would_be_saved_as_it_is():
    long = "no se kattoremontti tulee maksamaan jotain kolmekymmentä tuhatta euroa arviolta"
    assert checked(AmountReading(None), long, "amount").value is None
    assert checked(AmountReading(30000), long, "amount").doubt == "check"
    assert checked(AmountReading(30000, doubt="bound"), long, "amount").doubt == "bound"  # its own reason stays
    assert checked(AmountReading(30000), "30 000 €", "amount").doubt is None
    vague = DateReading(date(2027, 9, 1), vague=True)
    assert checked(vague, "ensi syksynä kun on rahat tullu ja hallitus ehtiny kokoontua", "date") is vague


def test_a_list_from_one_line_is_checked_when_an_item_is_long_or_the_line_turns():
    assert list_needs_check("kahvila (torstaisin), kerho", ["kahvila (torstaisin)", "kerho"])
    assert list_needs_check("a, b ja sitten se mitä Hilkka ehdotti eli valokuvanäyttely",
                            ["a", "b", "sitten se mitä Hilkka ehdotti eli valokuvanäyttely"])
    assert not list_needs_check("kysely, talkoot ja energiaillat", ["kysely", "talkoot", "energiaillat"])
    assert not list_needs_check("kahvila (torstaisin)\nkerho", ["kahvila (torstaisin)", "kerho"])  # parted by lines
    assert not list_needs_check("yksi asia (tärkeä)", ["yksi asia (tärkeä)"])  # one item: its own read-back


def test_a_typed_choice_that_turns_is_proposed_and_pressing_another_option_chooses_that():
    d = iv.Draft(current="track")
    out = text(d, "ESR:ää ee tarvita, ee meillä oo mittään syrjäytyneitä. remonttirahhoo vuan kylätalolle", labels=LABELS)
    assert out.status == "confirm_choice" and "track" not in d.answers
    assert d.pending == {"kind": "choice", "qid": "track", "value": "esr",
                         "text": "ESR:ää ee tarvita, ee meillä oo mittään syrjäytyneitä. remonttirahhoo vuan kylätalolle"}
    assert iv.choose(d, "track", "leader", RULES).status == "next"
    assert d.answers["track"] == "leader" and d.pending is None


def test_a_typed_yes_confirms_a_choice_proposal_and_a_no_asks_for_the_buttons():
    d = iv.Draft(current="track")
    text(d, "Leader tietysti, sieltä me ollaan ennenki saatu rahaa kylätalon remonttiin", labels=LABELS)
    assert text(d, "joo", labels=LABELS).status == "next" and d.answers["track"] == "leader"
    d = iv.Draft(current="track")
    text(d, "Leader tietysti, sieltä me ollaan ennenki saatu rahaa kylätalon remonttiin", labels=LABELS)
    out = text(d, "ei", labels=LABELS)
    assert out.status == "same" and out.params.get("retype") and "track" not in d.answers and d.pending is None


def test_on_a_yes_or_no_question_a_typed_yes_is_the_option_not_a_confirmation():
    d = iv.Draft(answers={"track": "leader", "leader_type": "cooperation"}, current="international")
    out = text(d, "Not really, no — our partner village is Swedish-speaking, but it's just up the road", lang="en",
               labels=YES_NO)
    assert out.status == "confirm_choice"
    proposed = d.pending["value"]
    other = "yes" if proposed == "no" else "no"
    out = text(d, "Yes" if other == "yes" else "No", lang="en", labels=YES_NO)
    assert d.answers["international"] == other and d.pending is None


def test_a_short_typed_choice_is_chosen_at_once():
    d = iv.Draft(current="track")
    assert text(d, "leader", labels=LABELS).status == "next" and d.answers["track"] == "leader"


def test_a_long_line_list_is_read_back_whole_and_noted_once_on_confirm():
    d = iv.Draft(answers=dict(ESR), current="actions")
    line = "piirakkakurssi (kaksi kertaa), karjalan kielen ilta, valokuvanäyttely"
    out = text(d, line)
    assert out.status == "confirm_item" and "actions" not in d.answers
    items = d.pending["items"]
    assert items == iv.pending_items(d.pending) and len(items) == 3 and d.pending["text"] == line
    assert iv.confirm_item(d, True, qid="actions", digest="00000000").error == "stale"  # another read-back's ✔
    assert iv.confirm_item(d, True, qid="actions", digest=iv.item_digest(items)).status == "next"
    assert d.answers["actions"] == items
    assert iv.confirm_item(d, True, qid="actions", digest=iv.item_digest(items)).error == "stale"  # twice: once


def test_the_same_long_line_sent_again_keeps_the_read_back_and_a_new_line_replaces_it():
    d = iv.Draft(answers=dict(ESR), current="actions")
    line = "piirakkakurssi (kaksi kertaa), karjalan kielen ilta, valokuvanäyttely"
    text(d, line)
    assert text(d, line).status == "confirm_item" and "actions" not in d.answers  # a slow phone's resend
    out = text(d, "1. piirakkakurssi\n2. karjalan kielen ilta\n3. valokuvanäyttely")
    assert out.status == "next" and d.answers["actions"] == ["piirakkakurssi", "karjalan kielen ilta", "valokuvanäyttely"]


def test_a_read_back_saved_before_lists_were_read_back_still_confirms():
    d = iv.Draft(answers=dict(ESR), current="actions", pending={"kind": "one_item", "qid": "actions", "item": "Kahvila"})
    assert iv.confirm_item(d, True, qid="actions", digest=iv.item_digest("Kahvila")).status == "next"
    assert d.answers["actions"] == ["Kahvila"]


def test_a_date_in_a_turning_answer_is_proposed_as_read_not_saved():
    d = iv.Draft(answers={"track": "leader"}, current="start")
    out = text(d, "tammikuussa ois tarkotus alottaa mutta se päätös tulee vasta maaliskuussa")
    assert out.status == "confirm_date" and "start" not in d.answers and d.pending.get("check") is True
    assert iv.confirm_date(d, True, TODAY, value=d.pending["value"]).status == "next" and "start" in d.answers


def test_a_plain_date_is_saved_at_once():
    d = iv.Draft(answers={"track": "leader"}, current="start")
    assert text(d, "1.3.2027").status == "next" and d.answers["start"] == "2027-03-01"


ORG = {"association": ["Rekisteröity yhdistys", "Registered association"], "company": ["Yritys", "Company"],
       "sole_trader": ["Toiminimi", "Sole trader (toiminimi)"], "public": ["Kunta", "Municipality or other public body"]}


def test_a_long_answer_naming_two_options_is_read_back_with_the_one_it_ends_on():
    from bot.domain.understand_choice_guess import read_choice

    said = "I think ESR+ is more for social things, so Leader for us."
    assert read_choice(said, LABELS, lang="en", question="track") == ("leader", True)
    assert read_choice("mulla on toiminimi mut tää on yhdistyksen juttu, ry", ORG, lang="fi", question="org_type") == (
        "association", True)


def test_an_option_ruled_out_is_not_offered_and_an_undecided_answer_offers_nothing():
    from bot.domain.understand_choice_guess import last_named, read_choice

    assert last_named("def not ESR, it's cables, so the other one", LABELS, question="track") is None
    assert read_choice("ry tai sitten kunta hakee, ei oo vielä päätetty", ORG, lang="fi", question="org_type") == (None, False)
    assert read_choice("either the village association or the municipality, we haven't decided", ORG, lang="en",
                       question="org_type") == (None, False)


def test_a_yes_or_no_question_is_never_guessed_from_the_last_word():
    from bot.domain.understand_choice_guess import read_choice

    said = "ei oo, ruotsalaaset kaverit kyllä tulee pelaamaan kesällä"
    key, read_back = read_choice(said, YES_NO, lang="fi", question="international")
    assert key != "yes" or read_back  # never "yes" saved at once


def test_a_short_unclear_choice_is_not_guessed():
    from bot.domain.understand_choice_guess import read_choice

    assert read_choice("ei mitää hajua", ORG, lang="fi", question="org_type") == (None, False)
