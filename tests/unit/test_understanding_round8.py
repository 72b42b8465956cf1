"""Spoken thousands, a budget over a period, a euro that belongs to the figure before, hours named before the figure,
a company that is a toiminimi (eighth round, from the spent sets 45-46)."""

from decimal import Decimal

import pytest

from bot.domain.parsing import match_choice, understand_amount, understand_hours

ORG = {"association": ("Rekisteröity yhdistys", "Registered association"), "company": ("Yritys (oy tai osuuskunta)", "Company"),
       "sole_trader": ("Toiminimi", "Sole trader (toiminimi)"), "informal": ("Rekisteröimätön porukka", "Unregistered group")}


@pytest.mark.parametrize("text, euros", [
    ("kaks tonnia ja viissataa", 2500),
    ("tuhat viisisataa", 1500),
    ("tuhatviisataa euroa", 1500),
    ("kaksituhattaviisisataa", 2500),
    ("Kolmtuhat viissata euroo se maksa, se kylmäkaappi", 3500),
    ("seittemän tuhat viissataa", 7500),
    ("Yhdeksäntuhatta yhdeksänsataa yhdeksänkymmentäyhdeksän euroa", 9999),
    ("sata kakskymment", 120),
    ("kolm tonnii", 3000),
    ("tuhat viissata per kuukaus, puol vuatta", 9000),
])
def test_spoken_thousands_and_hundreds_make_one_figure(text, euros):
    assert understand_amount(text, lang="fi").value == Decimal(euros)


@pytest.mark.parametrize("text, lang, euros", [
    ("Around 35 000 euros for the whole two years", "en", 35000),
    ("ESR+ budget roughly 160 000 € over the two years", "en", 160000),
    ("Meidän budjetti on 40 000 euro kaksi vuosi", "fi", 40000),
])
def test_a_budget_over_the_period_is_the_whole(text, lang, euros):
    assert understand_amount(text, lang=lang).value == Decimal(euros)


@pytest.mark.parametrize("text", ["40 000 € 2 vuotta", "24 kk 3 500 €", "kiuas tuhatkaksisataa ja piippu kahdeksansataa euroa"])
def test_per_year_or_in_all_is_still_asked(text):
    assert understand_amount(text, lang="fi").value is None


@pytest.mark.parametrize("text, euros", [("€ 1 200", 1200), ("EUR 2,500 monthly for 12 months", 30000), ("hinta on € 500", 500)])
def test_a_euro_sign_before_the_figure_still_counts(text, euros):
    assert understand_amount(text, lang="en").value == Decimal(euros)


@pytest.mark.parametrize("text, hours", [("Volunteer hours about 180", 180), ("vapaaehtoisten tunteja noin 180", 180),
                                         ("kolmkymment tuntii", 30)])
def test_hours_named_before_the_figure(text, hours):
    assert understand_hours(text, lang="en").value == Decimal(hours)


@pytest.mark.parametrize("text", ["Volunteer hours 75 each", "Volunteer hours 75 per person", "5 volunteers", "kolm tonnii",
                                  "2 tonnia", "tuhat kaksisataa euroa"])
def test_no_hours_from_a_count_of_people_or_euros(text):
    assert understand_hours(text, lang="fi").value is None


@pytest.mark.parametrize("text, key", [("I have a small company, toiminimi", "sole_trader"), ("yritys, toiminimi", "sole_trader"),
                                       ("my own small business (toiminimi)", "sole_trader"), ("toiminimi ja oy molemmat", None)])
def test_a_company_that_is_a_toiminimi(text, key):
    assert match_choice(text, ORG, lang="en", question="org_type") == key
