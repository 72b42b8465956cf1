"""Numbers written as words, in Finnish (also spoken forms) and English, reach the amount and hours readers."""

from decimal import Decimal

import pytest

from bot.domain.number_text import spelled_numbers
from bot.domain.parsing import understand_amount, understand_hours


@pytest.mark.parametrize("text, expected", [
    ("kaksikymmentäviisi", "25"), ("nelkyt", "40"), ("kuustoista", "16"), ("kolmesataa", "300"),
    ("neljä ja puoli", "4.5"), ("puolitoista", "1.5"), ("forty-two", "42"), ("a hundred", "100"),
    ("yhdistys ja yksityinen", "yhdistys ja yksityinen"), ("kolmas kerta", "kolmas kerta"),
    ("three hundred and twenty", "320"), ("kuusi sataa", "600"), ("5 100 €", "5 100 €"),
])
def test_words_become_digits(text, expected):
    assert spelled_numbers(text) == expected


@pytest.mark.parametrize("text, euros", [
    ("nelkyt tonnia", 40000), ("kuus ja puol tonnia", 6500), ("about twelve thousand", 12000),
    ("one and a half thousand €", 1500), ("kaksikymmentä tuhatta euroa", 20000),
])
def test_amounts_in_words(text, euros):
    assert understand_amount(text, lang="fi").value == Decimal(euros)


def test_hours_in_words():
    assert understand_hours("kuus henkeä kolme päivää viis tuntia", lang="fi").value == 90
    assert understand_hours("four people, two days, seven hours a day", lang="en").value == 56
    assert understand_hours("viis henkeä koko viikonlopun 6 h päivässä", lang="fi").value == 60  # a weekend: 2 days
    assert understand_hours("three hundred hours or so", lang="en").value == 300


def test_a_numbered_list_typed_without_spaces():
    from bot.domain.parsing import split_items

    assert split_items("1.kysely kyläläisille 2.työpaja 3.raportti") == ["kysely kyläläisille", "työpaja", "raportti"]
    assert split_items("tehdään 3.kerros ja 4.huone") == ["tehdään 3.kerros ja 4.huone"]
