"""Fixes after frozen set 42 was run (its items are development data from then on): nothing yet in a list, a price per
unit, a day not euros, days not hours, a past project's figure beside this one's."""

from decimal import Decimal

import pytest

from bot.domain.parsing import understand_amount, understand_hours
from bot.domain.understand_doubt import says_nothing_yet


@pytest.mark.parametrize("text", ["Minä en tiedä vielä mitä tehdään", "no clue yet honestly",
                                  "I am afraid the actions have not yet been settled; the board meets in January",
                                  "Aluksi haluaisin todeta, että toimenpiteet ovat vasta luonnosvaiheessa, enkä halua sitoutua niihin"])
def test_a_list_not_known_yet_is_asked_again(text):
    assert says_nothing_yet(text)


@pytest.mark.parametrize("text", ["laiturin korjaus ja uimaranta", "1. katto\n2. ikkunat", "we have not decided on colours: paint the hall, fix the roof"])
def test_a_list_is_still_a_list(text):
    assert not says_nothing_yet(text)


@pytest.mark.parametrize("text", ["Wood is 12 euro per meter", "lauta 3,20 €/jm",
                                  "I would rather not give a figure before the harbour committee meets on the 12th"])
def test_a_price_per_unit_or_a_day_is_no_amount(text):
    reading = understand_amount(text, lang="en")
    assert reading.value is None or reading.doubt  # asked, or at most proposed


def test_days_are_not_hours():
    assert understand_hours("talkoopäiviä olis neljä", lang="fi").value is None
    assert understand_hours("talkootunteja 300", lang="fi").value == Decimal(300)


@pytest.mark.parametrize("reader, text, value", [
    (understand_amount, "viime hankkeessa meni 12 000 mutta tähän tarvitaan 20 000", 20000),
    (understand_amount, "Last house we made was 80 000, this one is smaller, 45 000", 45000),
    (understand_hours, "about 180 h, last year's festival took way more like 300", 180),
    (understand_hours, "The previous project had 600 hours of voluntary work; this one will be smaller, about 350.", 350),
])
def test_this_projects_figure_beside_a_past_one_is_proposed(reader, text, value):
    reading = reader(text, lang="fi")
    assert reading.value == Decimal(value) and reading.doubt


# After set 43 was run (its items are development data from then on)
@pytest.mark.parametrize("text, value", [("riistakameroita 8 kpl, 250 e kappale", 2000), ("4 laptops at ~900 € each", 3600),
                                         ("The teacher charges 80 euros an hour and we need 20 hours.", 1600),
                                         ("Ruoka 5 € per nuori, 40 nuorta, 10 kertaa", 2000)])
def test_a_price_for_each_times_the_counts_is_proposed(text, value):
    reading = understand_amount(text, lang="fi")
    assert reading.value == Decimal(value) and reading.doubt


@pytest.mark.parametrize("text", ["Tilat vuokra 35 € tunti", "Kahvitarjoilu 4 € henkeä kohti", "hay is 7e per bale"])
def test_a_price_for_each_without_a_count_is_asked(text):
    assert understand_amount(text, lang="fi").value is None


@pytest.mark.parametrize("text", ["en tiijä viä, mietitään kokouksessa", "ei viel tiietä 😅", "idk ask the chair",
                                  "We'll do a kartoitus first, then the actual actions depend on the results"])
def test_a_list_not_known_yet_in_dialect_or_slang(text):
    assert says_nothing_yet(text)


# After set 44 was run (its items are development data from then on; these fixes are not measured on a fresh set)
@pytest.mark.parametrize("text", ["en tiä viäl", "emt viel", "samat ko viimeks", "vähän kaikkee kivaa nuorille xd",
                                  "eka pitää kysyy nuorilta mitä ne haluu", "Haven't got that far yet, to be honest!",
                                  "That I still have to think about.", "The usual things for a horse farm.",
                                  "Toimenpiteet ovat vielä suunnitteilla, ja ne hyväksytetään johtokunnassa tammikuussa"])
def test_a_list_not_thought_of_yet(text):
    assert says_nothing_yet(text)


def test_sentences_that_are_one_action_each_are_items():
    from bot.domain.parsing import split_items
    assert split_items("Buying a tractor. Building a shelter for the horses. Making the parking place bigger.") == [
        "Buying a tractor", "Building a shelter for the horses", "Making the parking place bigger"]
    assert split_items("Building a shelter. It is old.") == ["Building a shelter. It is old"]


def test_days_in_the_essive_count():
    reading = understand_hours("Neljä henkilöä kymmenenä päivänä, seitsemän ja puoli tuntia päivässä", lang="fi")
    assert reading.value == Decimal(300)


@pytest.mark.parametrize("text", ["€ 9 950,-", "EUR 13 400,-"])
def test_a_comma_and_a_dash_do_not_break_the_list_reader(text):
    from bot.domain.parsing import split_items
    assert split_items(text) == [text]  # an amount typed at the list question: kept as typed, not an IndexError
