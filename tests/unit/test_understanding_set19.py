"""What development set 19 and sets 4-18 taught (5.12.2026): hours by the week, at a rate, none at all; dialect
hundreds; a choice said with a denial or a question first."""

from decimal import Decimal

import pytest

from bot.domain.parsing import match_choice, understand_hours

INTERNATIONAL = {"yes": ["Kyllä, kansainvälinen", "Yes, international"], "no": ["Ei", "No"]}
ORG = {"association": ["Rekisteröity yhdistys", "Registered association"], "informal": ["Rekisteröimätön porukka", "Unregistered group"]}


@pytest.mark.parametrize("text, hours", [
    ("kaks kertaa viikos 2 tuntia, 3 henkeä, 10 viikkoa", 120),  # 2 a week × 10 weeks × 2 h × 3
    ("3 people × 2 evenings a week × 3 h × 8 weeks", 144),
    ("joka tiistai 3 tuntia, 4 hengen porukka, 20 viikkoa", 240),  # once a week: 20 Tuesdays
    ("10 women, every saturday for 8 weeks, 3 hours each time", 240),
    ("Four volunteers will work two days a week for six weeks, five hours a day", 240),
    ("talkoita 4500 euron edestä, 15 €/h", 300), ("3000 € edestä talkoita kun tunti on 15 €", 200),
    ("talkoo value 3000 € at 15 €/h", 200),
    ("ei talkoita, kaikki ostetaan urakkana", 0), ("zero, we hire a company", 0),
    ("kolmesattaa tuntia", 300), ("noin puolitoista sattaa tuntia", 150),  # was read as 1.5 h
    ("5 voluntiers x 40 hours", 200), ("15 mothers, 2 hours, 10 times", 300), ("leirillä 6 ohjaajaa x 3 pv x 8 h", 144),
    ("rakentamiseen 120 h, maalaukseen 40 h ja siivoukseen 15 h", 175),
])
def test_hours_people_count_as_an_advisor_would(text, hours):
    assert understand_hours(text, lang="fi").value == Decimal(hours)


@pytest.mark.parametrize("text", ["none of us knows", "no hours yet", "ei talkoita vielä suunniteltu", "sattaa olla",
                                  "2 evenings a week for 8 weeks, 10 people", "every day for 8 weeks 2 hours"])
def test_hours_not_to_guess(text):
    assert understand_hours(text, lang="fi").value is None


def test_a_denial_before_the_word_decides_and_a_question_first_decides_nothing():
    said = "Ei tää oo kansainvälinen, vaikka reitti meneekin lähellä Ruotsia"
    assert match_choice(said, INTERNATIONAL, lang="fi", question="international") == "no"
    asked = "what counts as international? some of us are from Somalia"
    assert match_choice(asked, INTERNATIONAL, lang="en", question="international") is None
    later = "We are going to register the association next month, now not"
    assert match_choice(later, ORG, lang="en", question="org_type") is None
