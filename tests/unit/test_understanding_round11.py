"""Eleventh round, from the spent sets 55-56: hours and costs said person by person or thing by thing, spans of time
said by their ends, machine hours beside the hands' and figures put right with a reason after them."""

from datetime import date

import pytest

from bot.domain.parsing import understand_amount, understand_date, understand_hours
from bot.domain.understand_spans import spans_as_counts


@pytest.mark.parametrize("text, lang, value", [
    ("mä 50, Kimmo 30, mutsi leipoo 10 h", "fi", 90),
    ("Villellä 120 h, miulla 80 h, muilla yhteensä 100 h", "fi", 300),
])
def test_each_person_s_hours_are_added_up_and_proposed(text, lang, value):
    reading = understand_hours(text, lang=lang)
    assert (reading.value, reading.doubt) == (value, "sum")


def test_a_total_smaller_than_another_figure_is_not_the_whole():
    assert understand_hours("Villellä 120 h, miulla 80 h, muilla yhteensä 100 h", lang="fi").value != 100


@pytest.mark.parametrize("text, lang, value", [
    ("traktori 20 h ja miehiä talakoissa 150 h", "fi", 150),
    ("Arviomme on 250 tuntia ihmistyötä sekä 30 tuntia traktorityötä.", "fi", 250),
    ("About 150 hours, plus the tractor for 10 hours.", "en", 150),
    ("about 150 h, plus the tractor 20 h", "en", 150),
])
def test_the_hands_hours_beside_machine_hours_are_proposed(text, lang, value):
    reading = understand_hours(text, lang=lang)
    assert (reading.value, reading.doubt) == (value, "guess")


def test_machine_hours_first_and_hours_nobody_owns_are_still_not_the_hands():
    assert understand_hours("kaivuri 8 h ja sitten 40 h", lang="fi").value != 40


@pytest.mark.parametrize("text, value", [
    ("200 hours – no, 260; I forgot the two heritage days.", 260),
    ("60h, wait, 75h with the opening party", 75),
])
def test_hours_put_right_with_a_reason_after_are_proposed(text, value):
    reading = understand_hours(text, lang="en")
    assert (reading.value, reading.doubt) == (value, "guess")


def test_a_correction_with_two_figures_after_it_is_asked():
    assert understand_hours("200 hours – no, 260; and 20 more", lang="en").value is None


@pytest.mark.parametrize("text, said", [
    ("every Tuesday klo 17-19, 4 volunteers", "every Tuesday 2 h, 4 volunteers"),
    ("10 people 9.00-15.30", "10 people 6,5 h"),
    ("Friday to Sunday, 7 h a day", "3 days, 7 h a day"),
    ("kattotalkoot la-su", "kattotalkoot 2 days"),
    ("perjantaista sunnuntaihin", "3 days"),
    ("3 miestä, 2 viikkoa joka arkipäivä 7 h", "3 miestä, 10 days 7 h"),
    ("from 5 to 10 people", "from 5 to 10 people"),  # a range of people, not a clock span
    ("klo 19-17", "klo 19-17"),
])
def test_spans_said_by_their_ends_become_counts(text, said):
    assert spans_as_counts(text) == said


@pytest.mark.parametrize("text, lang, value", [
    ("Peer group every Tuesday klo 17-19, 4 volunteers, for 30 weeks", "en", 240),
    ("Ten people, Friday to Sunday, seven hours a day", "en", 210),
    ("3 miestä, 2 viikkoa joka arkipäivä 7 h", "fi", 210),
    ("maanantaista perjantaihin 5 henkeä 6 tuntia", "fi", 150),
])
def test_hours_over_a_span_are_counted(text, lang, value):
    assert understand_hours(text, lang=lang).value == value


@pytest.mark.parametrize("text, value", [
    ("acoustic panels 1200, laptop 1500, software 300", 3000),  # the middle figure is half the sum by chance
    ("Timber €4,200, millstone repair €2,900 and the new sluice gate €5,400.", 12500),
])
def test_costs_named_one_by_one_are_added_up_and_proposed(text, value):
    reading = understand_amount(text, lang="en")
    assert (reading.value, reading.doubt) == (value, "sum")


@pytest.mark.parametrize("text", ["old roof 4000, new 5000", "talkoot 80 h; laavu 50 h; polku 30 h"])
def test_old_against_new_and_a_whole_beside_its_parts_are_not_added(text):
    assert understand_amount(text, lang="en").value not in (9000, 160)


def test_a_month_s_pay_said_with_kuus_is_monthly():
    assert understand_amount("ohjaajan palkka 2 900 kuus, 24 kk", lang="fi").value == 69600
    assert understand_amount("3000 kuus kurssia", lang="fi").value != 3000 * 6


def test_a_figure_put_right_in_thousands_said_before():
    reading = understand_amount("Pentin mukkaan 60 000 mut mie sanon et 55 000 riittää, laita 55", lang="fi")
    assert (reading.value, reading.doubt) == (55000, "guess")


@pytest.mark.parametrize("text, role, start, value", [
    ("kahren vuoren päästä alotuksesta", "end", date(2027, 4, 1), date(2029, 3, 31)),
    ("puolentoista vuoden päästä", "end", None, date(2028, 6, 4)),
    ("kahren kuukauren päästä", "start", None, date(2027, 2, 4)),
])
def test_savo_years_and_one_and_a_half(text, role, start, value):
    reading = understand_date(text, lang="fi", role=role, today=date(2026, 12, 4), start=start)
    assert (reading.value, reading.vague) == (value, True)
