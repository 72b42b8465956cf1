"""Hours read as groups added, a group's work times its occasions, weeks of weekdays, or the talkoot's value over its
hourly rate (round 16): always proposed with the working, or still asked."""

from decimal import Decimal

import pytest

from bot.domain.understand_hours import understand_hours


def _read(text: str):
    return understand_hours(text.removeprefix("en:"), lang="en" if text.startswith("en:") else "fi")


@pytest.mark.parametrize("text, hours", [
    ("Kyläjuhlan järjestelyt: 12 ihmistä 8 tuntia, ja siivoukseen vielä 4 ihmistä 3 tuntia.", 108),
    ("Purkutyöt tehhään talkoilla, 6 miestä 4 päevää 7 tuntia päevässä, ja siivoukset naiset, 5 henkee 2 päevää 5 tuntia", 218),
    ("en:painting 4 ppl 2 days 6h, nets install 3 ppl 1 day 4h", 60),
    ("vierailun järjestelyt 6 henkeä 4 päivää 6 tuntia ja siivous perästä 2 henkeä 3 tuntia", 150),
    ("Purkuun kaks päivee kymmenen miestä ja siivoukseen yks päivä viis naista päivät on kuuen tunnin mittasia", 150),
    ("joka keikalla 6 talkoolaista 5 tuntia ja keikkoja on 8", 240),
    ("Keittiön siivous ja valmistelu: 3 henkeä 2 tuntia jokaisen kurssin jälkeen, kursseja 12", 72),
    ("historiapäivään kakskymmentä talkoolaista kuus tuntia ja niitä päiviä on kaks", 240),
    ("Talkoot 4 500 € (15 €/h)", 300),
    ("en:volunteer work's worth 6 grand at 20 bucks an hour", 300),
    ("minä ja veljeni kaks viikkoa arkipäivinä 7 tuntia", 140),
    ("minä ja mun mies kaks viikkoa arkipäivinä 3 tuntia illassa", 60),
    ("en:4 volunteers every weekday for 2 weeks, 3 hours each day", 120),
    ("en:Five volunteers for two full weeks of weekdays in August, about 4 hours a day.", 200),
    ("Maalaus: 4 personer en vecka (arkipäivät), 4 tuntia päivässä", 80),
    ("mä ja Pertti 3 viikkoa arkipäivät 6 tuntia", 180),
])
def test_hours_worked_out(text, hours):
    reading = _read(text)
    assert reading.value == Decimal(hours)


@pytest.mark.parametrize("text", [
    "Kyläjuhlan järjestelyt: 12 ihmistä 8 tuntia, ja siivoukseen vielä 4 ihmistä 3 tuntia.", "joka keikalla 6 talkoolaista 5 tuntia ja keikkoja on 8",
    "Talkoot 4 500 € (15 €/h)",
])
def test_the_new_readings_are_proposed_not_saved(text):
    assert _read(text).doubt  # "laskin vastauksesi luvuista 96 h + 12 h = 108 h. Kirjaanko sen?"


@pytest.mark.parametrize("text, hours", [
    ("12 ihmistä 8 tuntia, ja traktori 5 tuntia", 96),  # the tractor apart, as before (doubt "people")
    ("6 talkoolaista 5 tuntia, keikkoja ehkä 8?", None), ("Talkoot 4 500 €", None),
    ("joka keikalla 6 talkoolaista ja keikkoja on 8", None),
])
def test_still_asked_or_left_to_the_other_readers(text, hours):
    assert _read(text).value == (None if hours is None else Decimal(hours))
