"""Dates that wait on something, lengths in two units, dialect numbers, short years and two dates in one answer."""

from datetime import date

import pytest

from bot.domain.parsing import understand_date

TODAY = date(2026, 12, 4)


@pytest.mark.parametrize("text", ["kun rahotus varmistuu", "Kun lupa tulee rakennusvalvonnasta", "kun rahat tulloo",
                                  "Joskus, kun aika on kypsä, kun rahoittaja antaa siunauksensa"])
def test_a_start_that_waits_on_money_or_a_permit_gets_a_proposal(text):
    reading = understand_date(text, role="start", today=TODAY, lang="fi")
    assert reading.vague and reading.value == date(2027, 4, 1)


@pytest.mark.parametrize("text", ["kun lumi sulaa 😊", "kevväällä sitte ku lumet lähtöö", "we start the moment the snow melts"])
def test_when_the_snow_melts_is_spring(text):
    reading = understand_date(text, role="start", today=TODAY, lang="fi")
    assert reading.vague and reading.value == date(2027, 3, 1)


@pytest.mark.parametrize("text", ["Kun valmista. Ei tiedä.", "No siihen asti ku rahaa riittää 😂",
                                  "Päättymispäivä tarkentuu myöhemmin rahoittajan kanssa."])
def test_an_end_nobody_knows_is_proposed_two_years_on(text):
    reading = understand_date(text, role="end", today=TODAY, lang="fi", start=date(2027, 3, 1))
    assert reading.vague and reading.value == date(2029, 2, 28)


@pytest.mark.parametrize("text, start, end", [
    ("2 vuotta ja 3 kk", date(2027, 1, 1), date(2029, 3, 31)),
    ("Kaksi vuotta ja kuusi kuukautta", date(2027, 1, 1), date(2029, 6, 30)),
    ("one year and a half", date(2027, 2, 1), date(2028, 7, 31)),
    ("Toteutusaika on kaksikymmentä (20) kuukautta.", date(2027, 1, 1), date(2028, 8, 31)),
    ("Kesto kaksi (2) vuotta hankkeen käynnistymisestä lukien.", date(2027, 4, 1), date(2029, 3, 31)),
    ("Hanke kestäisi kaksi vuotta alusta lukien, kiitos.", date(2027, 2, 1), date(2029, 1, 31)),
    ("kaks vuotta siitä alusta", date(2027, 3, 1), date(2029, 2, 28)),
])
def test_an_end_counted_from_the_start_is_proposed(text, start, end):
    reading = understand_date(text, role="end", today=TODAY, lang="fi", start=start)
    assert reading.vague and reading.value == end


@pytest.mark.parametrize("text, role, value", [
    ("kolomen kuukauden päästä", "start", date(2027, 3, 4)),
    ("end of Q3 '28", "end", date(2028, 9, 30)),
    ("Until the last day of August, twenty twenty-eight", "end", date(2028, 8, 31)),
    ("ens kuun 11. päivä, sillon pääsee duunaa", "start", date(2027, 1, 11)),
])
def test_spoken_forms_are_read(text, role, value):
    assert understand_date(text, role=role, today=TODAY, lang="fi", start=date(2027, 1, 1)).value == value


def test_a_meeting_date_beside_the_start_is_not_taken_silently():
    text = "Hallituksen kokouksessa 12.11. sovittiin, että hanke käynnistyy 1. huhtikuuta 2027."
    reading = understand_date(text, role="start", today=TODAY, lang="fi")
    assert reading.vague and reading.value == date(2027, 4, 1)


def test_a_full_date_with_its_own_year_stays_as_typed():
    reading = understand_date("1.3.2027 alkaen joulukuun viimeiseen 2028 asti", role="start", today=TODAY, lang="fi")
    assert reading.value == date(2027, 3, 1) and not reading.vague
