"""Dates, sixth round: a start tied to an event is proposed, a holiday named, the nth weekday of a month, an ordinal before
the month, a month name with a slip, ten days from now, a later end after "but still", and the reason after "because"."""

from datetime import date

import pytest

from bot.domain.parsing import understand_date

TODAY = date(2026, 12, 4)


def _read(text, role="start", lang="fi", start=None):
    return understand_date(text, role=role, today=TODAY, lang=lang, start=start)


@pytest.mark.parametrize("text, lang", [
    ("kun routa lähtee maasta", "fi"), ("heti ko lumet tulee", "fi"), ("jäiden lähdettyä", "fi"), ("when we get money", "en"),
    ("after the harvest, we have no time before", "en"), ("Remontti alkaa kun lumet on sulanu", "fi"),
    ("minä ja vaimo ajateltiin et heti kylvöjen jälkeen", "fi"), ("when the new riding hall is done", "en"),
])
def test_a_start_that_waits_on_an_event_is_proposed(text, lang):
    reading = _read(text, lang=lang)
    assert reading.value is not None and reading.vague


def test_an_end_that_waits_on_an_event_is_proposed_two_years_on():
    reading = _read("kun restaurointityöt on saatu valmiiksi", role="end", start=date(2027, 3, 1))
    assert reading.vague and reading.value == date(2029, 2, 28)


@pytest.mark.parametrize("text, day", [
    ("loppiaisen jälkeen", date(2027, 1, 7)), ("juhannuksen jälkeen", date(2027, 6, 27)), ("joulun jälkeen", date(2026, 12, 27)),
    ("joulun jälkeen maanantaina", date(2026, 12, 28)), ("after christmas", date(2026, 12, 27)),
])
def test_after_a_holiday_is_the_day_after_it_proposed(text, day):
    reading = _read(text, lang="en" if "after" in text else "fi")
    assert (reading.value, reading.vague) == (day, True)


@pytest.mark.parametrize("text, role, day", [
    ("Ajattelimme aloittaa tammikuun ensimmäisenä maanantaina, koska kerhomme kokoontuu aina maanantaisin.", "start", date(2027, 1, 4)),
    ("Evakkojuhla pidetään elokuun viimeisenä lauantaina 2028 ja siihen hanke päättyy", "end", date(2028, 8, 26)),
    ("first Monday in February 2027", "start", date(2027, 2, 1)),
    ("Aloitamme maanantaina kolmas toukokuuta 2027.", "start", date(2027, 5, 3)),
    ("toukoluun loppuun 2028", "end", date(2028, 5, 31)), ("end of Augst 2028", "end", date(2028, 8, 31)),
    ("after new year, jan 11", "start", date(2027, 1, 11)), ("after new year, 2 January", "start", date(2027, 1, 2)),
    ("aug 31 2027 bc i go back to uni in sept", "end", date(2027, 8, 31)),
])
def test_the_day_said_is_read(text, role, day):
    reading = _read(text, role=role, lang="en" if text[0] in "faet" else "fi", start=date(2027, 3, 1) if role == "end" else None)
    assert reading.value == day


@pytest.mark.parametrize("text", ["jouluun 2027 mennessä", "tammikuun toisena tai kolmantena maanantaina"])
def test_not_a_month_slip_nor_a_chosen_weekday(text):
    reading = _read(text, role="end" if "jouluun" in text else "start")
    assert reading.vague


@pytest.mark.parametrize("text, day", [("kymmenen päivän päästä", date(2026, 12, 14)), ("kahen kuukauven piästä", date(2027, 2, 4)),
                                       ("in ten days", date(2026, 12, 14))])
def test_spelled_and_spoken_counts_from_today(text, day):
    reading = _read(text, lang="en" if text.startswith("in") else "fi")
    assert (reading.value, reading.vague) == (day, True)


@pytest.mark.parametrize("text, day", [
    ("Leiri loppuu 18.7.2027 mut jälkityöt ja raportit vielä elokuun loppuun 2027", date(2027, 8, 31)),
    ("viimeinen esitys 14.8.2027 ja sit viel raportit, laitetaan 31.8.2027", date(2027, 8, 31)),
])
def test_an_end_with_work_still_after_it_proposes_the_later_date(text, day):
    reading = _read(text, role="end", start=date(2027, 3, 1))
    assert (reading.value, reading.vague) == (day, True)


@pytest.mark.parametrize("text, day", [("Hanke päättyy 31.12.2027 mutta raportit vielä tammikuun loppuun 2028", date(2027, 12, 31)),
                                       ("Päättyy 31.3.2029. Loppumaksuhakemus 4 kk sisällä eli viimeistään 31.7.2029.", date(2029, 3, 31))])
def test_the_project_end_said_stays(text, day):
    assert _read(text, role="end", start=date(2027, 3, 1)).value == day


@pytest.mark.parametrize("text, day", [("tammikuun alusta, viime hanke alko kans tammikuussa 2022", date(2027, 1, 1)),
                                       ("Hankkeen toteutusaika alkaisi 1.3.2027. Huomautan, että edellinen hankkeemme päättyi 28.2.2025.",
                                        date(2027, 3, 1))])
def test_a_past_projects_date_is_not_this_ones(text, day):
    assert _read(text).value == day


def test_a_meeting_date_beside_still_open_is_no_end():
    assert _read("Päättymisajankohta on vielä avoin; hallitus käsittelee asiaa kokouksessaan 20.1.2027.", role="end",
                 start=date(2027, 3, 1)).value is None


def test_a_proposed_start_is_never_in_the_past():
    reading = _read("last year we started on the first Monday of March, this year in April", lang="en")
    assert reading.vague and reading.value >= TODAY


def test_the_monday_after_easter_is_easter_monday():
    assert _read("the monday after easter", lang="en").value == date(2027, 3, 29)


def test_the_nth_wednesday_is_read_too():
    # the Finnish weekday names were once spelt "keskiviiko" here, so no Wednesday was ever read
    assert _read("tammikuun ensimmäisenä keskiviikkona").value == date(2027, 1, 6)
