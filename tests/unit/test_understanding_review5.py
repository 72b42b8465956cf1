"""Adversarial review 5 (5.12.2026) of the readers changed after set 20: each cause pinned with a few of its inputs.
Every one was read silently wrong by the first version of a rule and is asked (or read right) now."""

from decimal import Decimal

import pytest

from bot.domain.parsing import match_choice, split_items, understand_amount, understand_hours
from bot.domain.understand_doubt import split_doubt

ORG = {"association": ["Rekisteröity yhdistys", "ry", "yhdistys"], "foundation": ["Säätiö"],
       "other_nonprofit": ["Seurakunta"], "informal": ["Rekisteröimätön porukka", "ei ry"],
       "company": ["Yritys (oy tai osuuskunta)", "osuuskunta"]}


@pytest.mark.parametrize("text", [
    "Kota 9000 €, asennettuna 11 000 €", "Kustannukset 10 000, Leader 7 000",
    "Kesäjuhla 3000, osallistujia 300", "Traktori uutena 40 000, käytettynä 15 000",
])
def test_amounts_named_after_a_comma_are_not_added(text):
    assert understand_amount(text, lang="fi").value is None


@pytest.mark.parametrize("text, hours", [("50 sattaa riittää", 50), ("kolmesattaa tuntia", 300)])
def test_sattaa_after_a_digit_is_may(text, hours):
    assert understand_hours(text, lang="fi").value in (None, Decimal(hours))
    assert understand_amount("300 sattaa riittää", lang="fi").value in (None, Decimal(300))


@pytest.mark.parametrize("text", [
    "Ei talkoita laskettu", "No hours calculated, sorry", "ei talkoita paitsi kahvitus", "nolla, jos urakoitsija tekee kaiken",
    "zero paid hours, everything is talkoo", "No volunteer work except the opening party",
])
def test_no_talkoot_with_a_but_is_not_zero(text):
    assert understand_hours(text, lang="fi").value != 0


@pytest.mark.parametrize("text, right", [
    ("joka tiistai ja torstai, 20 viikkoa, 3 h, 4 henkeä", 480), ("every Saturday and some Sundays, 10 weeks, 4 h, 6 people", None),
    ("100 h (kuukaudessa)", None), ("2 h (every week)", None), ("5 perhettä, 2 päivää, 4 h", None),
    ("Rakentamiseen 200 h, syksyyn 2027", 200), ("Ei talkoita, urakoitsija tekee 4500 eurolla, 45 €/h", 0),
    ("50 h joka vuosi ja 200 h laavun rakentamiseen", 250), ("Viime vuonna 200 h, tänä vuonna 40 tuntia lisää", 240),
    ("200 h, 50 h vähemmän", 150),
])
def test_hours_the_new_rules_must_not_reach(text, right):
    reading = understand_hours(text, lang="fi")
    value = reading.value
    assert value is None or reading.doubt or (right is not None and value == Decimal(right)), (text, value)


@pytest.mark.parametrize("text", [
    "Lasten kerho, MLL vetää", "Outdoor gym, near the school", "Kesäjuhla, elokuun alussa", "Uusi laituri, vanha lahonnut",
    "Siivoustalkoot keväällä ja kesäjuhla elokuussa", "Courses for seniors and youth club", "Lämmitin ja saunan uusi kiuas",
    "Retki Tallinnaan ja Helsinkiin", "Polun raivaus ja sen merkitseminen", "Keittiö + ruokasali remontti",
    "Esitteen suunnittelu + painatus", "Kids + teens club",
])
def test_lists_that_may_be_one_thing_or_several_are_asked(text):
    assert split_doubt(text) is not None or len(split_items(text)) == 1


def test_ei_taa_oo_ry_names_no_unregistered_group():
    assert match_choice("ei tää oo yhdistys vaan säätiö", ORG, lang="fi", question="org_type") != "informal"
    assert match_choice("Ei se oo ry vaan seurakunta", ORG, lang="fi", question="org_type") != "informal"
