"""Hours tallied by their units (understand_tally), the last guess after every other reader: always a proposal,
and never where a figure is unexplained, the answer doubts or the hours are already a total."""

import pytest

from bot.domain.parsing import understand_hours
from bot.domain.understand_tally import tally_hours


@pytest.mark.parametrize("text, lang, value", [
    ("viis ukkoo kaks viikkoo arkipäivinä, 6 tuntia päiväs", "fi", 300),
    ("Kaksi viikkoa leiriä (vain arkipäivät), kuusi tuntia päivässä, neljä vapaaehtoista.", "fi", 240),
    ("kesällä 12 talkooiltaa á 3 h ja 10 henkeä", "fi", 360),
    ("kaks talkoot, kumpaankin 15 henkeä 4 tunniks", "fi", 120),
    ("mä ja Pertti 3 viikkoa arkipäivät 6 tuntia", "fi", 180),
    ("Kuukaudessa noin 15 tuntia, hanke kestää 12 kuukautta", "fi", 180),
    ("My brother and me, 10 days, 6 hours every day", "en", 120),
    ("me + 2 friends, 4h/wk for 10 wks", "en", 120),
    ("each of the 12 juniors does a 3-hour shift at the regatta", "en", 36),
    ("one person, 2 h every weekday for 4 weeks", "en", 40),
])
def test_every_figure_with_its_unit_multiplies_to_a_proposal(text, lang, value):
    reading = understand_hours(text, lang=lang)
    assert (reading.value, reading.doubt) == (value, "guess")
    assert len(reading.factors) >= 2  # the interview shows the sum it made: "10 × 6 × 2"


@pytest.mark.parametrize("text, value, parts", [
    ("Rakennusvaiheessa 4 henkilöä × 12 päivää × 7 tuntia sekä maalausvaiheessa 3 henkilöä × 4 päivää × 6 tuntia.",
     408, (336, 72)),
    ("Rungon pystytykseen menee 4 miestä 3 päivää, 8 h päivä. Katon tekoon 2 miestä 2 päivää, samoin 8 h.", 128, (96, 32)),
])
def test_groups_each_with_their_hours_are_added_up(text, value, parts):
    reading = understand_hours(text, lang="fi")
    assert (reading.value, reading.parts, reading.doubt) == (value, parts, "sum")


@pytest.mark.parametrize("text", [
    "300 h, yli 20 talkoolaista",  # the hours are the total, the people a count beside it
    "300 hours: 10 people 3 days each",
    "10 henkeä 3 lauantaita 50 h",  # 50 hours is not one day's work
    "Laavu: 8 henkeä, 3 pv, yhteensä siis 200 tuntia",
    "Saturday and Sunday, 10 people 6 hours",  # the days are named, not counted
    "lauantaina ja sunnuntaina 10 hlö 6 h",
    "2 konserttia ja harjoitukset, 8 henkeä 4 h",  # a part with no figure
    "10 hlö x 4 h + siivous",
    "stage 40 h; toilets 20 h; cleaning",
    "3 tyyppiä + mä itse, 5 tuntia",  # am I among the three?
    "me and my wife 20 hours",  # each, or between us?
    "viime vuonna 3 konserttia, nyt 10 henkeä 5 h per konsertti",
    "6 people 3 days 7 h, plus a paid electrician 10 h",
    "laituri 40 h; kaivinkone 6 h",
    "10 hlö x 8 h; siitä 2 hlö x 8 h konetyötä",
    "youth club: 2 leaders x 3 h x 30 evenings + 25 kids x 3 h x 30 evenings",
    "good weather 10 ppl x 6 h; bad weather 5 ppl x 6 h",
    "10 hlö x 5 h vuodessa",  # a year's hours, and how many years?
    "5 päivää, 8 h/pv, en tiedä vielä monta tulee",
    "4 konserttia kahdessa paikassa, 8 henkeä, 5 h",  # a count left in words
    "Joka viikonloppu 6 tuntia, koko kesän",
    "Ei talkoita, paitsi siivouspäivä 20 tuntia",
    "Noin 20 h/henkilö.",  # a rate with no count of people
    "one week, 6 volunteers, 7 h/day",  # a week of how many days?
    "talkooarvo 1800e (15e/h)",
])
def test_no_tally_is_proposed_where_an_advisor_would_ask(text):
    assert tally_hours(text) is None


def test_a_lone_figure_the_readers_before_refused_stays_refused():
    assert tally_hours("Edellisessä hankkeessa 300 tuntia.") is None
    assert tally_hours("60 h en oo varma") is None


@pytest.mark.parametrize("text, value", [
    ("10 tyyppii yhen lauantain, 6 h", 60),  # a spoken genitive count
    ("8 tanssijaa, 2 h viikos, 30 vkoa", 480),  # a people word by its ending
    ("kuus naista ja kaks miästä, 3 pv, 5 h", 120),  # two groups of people, both working
    ("neljä päivää, ei ku viis, 5 hlö ja 6 h/pv", 150),  # a count put right in passing
    ("10 volunteers, no 8, two days, 5 h/day", 80),
    ("päivystys ma–pe klo 8–10, 20 vkoa, yks tyyppi", 200),  # a span of days and hours, as the hours reader counts them
])
def test_counts_in_spoken_forms_and_put_right_are_tallied(text, value):
    assert tally_hours(text, "fi")[0] == value


@pytest.mark.parametrize("text, lang", [
    ("kurssi 15 osallistujaa x 4 h + 2 ohjaajaa x 4 h", "fi"),  # participants are not talkoo workers
    ("2 camps, 4 leaders, 6 hours a day", "en"),  # a camp of how many days?
    ("Me ja 5 naapuria, 2 päivää, 6 tuntia", "fi"),  # Finnish "me" is "we": how many are we?
    ("Roofer (hired): 2 days x 8 h; volunteers: 5 people x 2 days x 6 h", "en"),
])
def test_no_tally_for_participants_camps_we_or_hired_hands(text, lang):
    assert tally_hours(text, lang) is None
