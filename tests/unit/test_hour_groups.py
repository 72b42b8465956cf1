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


@pytest.mark.parametrize("text, hours", [
    ("100 h *150h", 150), ("Talkoot 450 tuntia ei kun 550 kun nuorisoseura lupas 100 lisää", 550),
    ("en:200 h.. nei, 240, I forgot the signs", 240),
    ("Ensi ol ajateltu 250 tuntii, mut hallitus sano et laitetaa 350, ko nuarisoseuraki tule mukka.", 350),
    ("arki-illat viikon ajan, 4 tuntia, me 6 valmentajaa", 120),
    ("Kaks miäst kaks viikko arkipäivisi, neljä tuntii päiväs.", 80),
    ("en:me and 5 other guys 4 weekends Saturday and Sunday 6 hours a day", 288),
    ("kesällä kolme vkl, la ja su, 5 henkee 6h päivässä", 180),
    ("jokaiselle leirille 3 vapaaehtosta 5 päivää 6h, leirejä on 4", 360),
    ("en:setting up: 6 people x 3 h every screening, and there are 10 screenings", 180),
    ("Joka lauantai 4 henkeä 3 tuntia, kesällä kertoja noin 10", 120),
    ("en:Roughly 150 hours for clearing the beach plus 200 for building.", 350),
    ("en:Volunteer hours: 250 for cooking, 120 for driving, 80 for the herb garden.", 450),
    ("en:laavu 1: 80 h, laavu 2: 80 h, laavu 3: 100 h (far from road)", 260),
])
def test_round16_after_the_fresh_pair(text, hours):
    reading = _read(text)
    assert reading.value == Decimal(hours)


@pytest.mark.parametrize("text", [
    "Meidän pojat sen tekee kaksi poikaa kesän aikana", "2 tyttöä", "en:15 hlö * 3 h tai 4 h",
    "Jokaisessa tapahtumassa 5 henkeä 4 tuntia, tapahtumia 2 per vuosi",
    "tehtiin viimeks 180 tuntia ja nyt on isompi homma ni sanotaan 250 plus se venevajan katto 50 eli",
])
def test_people_without_hours_or_open_answers_are_not_hours(text):
    reading = _read(text)
    assert reading.value is None or reading.doubt  # never saved without asking


def test_a_product_with_an_asterisk_is_no_correction():
    assert _read("15 hlö * 3 h").value == Decimal(45) and _read("8 hlö * 4 pv * 5 h").value == Decimal(160)


def test_a_telehandler_is_a_machine():
    reading = _read("Traktori ja kurottaja 40 tuntia ja miesten talkoot 300 tuntia")
    assert reading.value == Decimal(300) and reading.doubt == "people"


@pytest.mark.parametrize("text, hours", [
    ("minä ja Pentti, 15 päivee, 4 tuntia päivässä kumpikin", 120), ("en:My husband and me, one weekend, 6 hours each day", 24),
    ("minä ja mies 30 tunti molemmat", 60),
])
def test_the_speaker_and_one_more_are_two_people(text, hours):
    reading = _read(text)
    assert reading.value == Decimal(hours) and reading.doubt  # proposed: "2 × 15 × 4 h"


def test_between_two_of_us_is_not_doubled():
    reading = _read("en:Between my husband and me roughly 90 hours, and the youth club's teenagers – but they are all under fifteen")
    assert reading.value != Decimal(180)


def test_rauma_two_weeks_of_weekdays():
    assert _read("kuus henkee kahre viiko ajan arkipäivisin, 4 tuntii päiväs").value == Decimal(240)  # set 85: read as 24 before


def test_after_the_fresh_pair_87_88():
    assert _read("eristystalkoisiin tulee kuus miestä kolmeksi päiväksi kahdeksan tuntia päivässä").value == Decimal(144)
    reading = _read("en:volunteers 300 h + forklift 10 h")
    assert reading.value == Decimal(300) and reading.doubt == "people"  # the forklift's hours asked apart
    from bot.domain.understand_lists import split_items
    assert split_items("young people, elderly, tourists!") == ["young people", "elderly", "tourists"]
