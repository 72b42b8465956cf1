"""Proposals for totals stated after their working, people's hours beside machine hours, a price per period or
piece times how many, and a figure followed by a remark. Each is shown to confirm, never saved silently."""

from decimal import Decimal

import pytest

from bot.domain.parsing import understand_amount, understand_hours


@pytest.mark.parametrize("text, value", [
    ("Puvustamo: 4 ompelijaa × 25 tuntia = 100, lavastus 180, yhteensä siis 280 tuntia.", 280),
    ("Set building 120 hours, costumes 80 hours, ticket sales and coffee 40 hours. 240 in all!", 240),
    ("Talkoita 96 tuntia: 4 talkoopäivää á 4 henkeä á 6 h.", 96),
    ("Talkootyötä 240 h, lisäksi traktorityötä 16 h.", 240),
    ("Henkilötyötä 310 h + traktori 18 h (konetyö erikseen 30 €/h).", 310),
    ("Forty hours, like forty days in the wilderness", 40),
    ("Sata kuusikymmentä tuntia, kuin sata kuusikymmentä kynttilää", 160),
    ("~40h/mo for 6 mo", 240), ("Joka kuukausi 20 tuntia, 18 kuukautta.", 360), ("15 tuntia joka kuukausi, 12 kuukautta", 180),
    # products the answer writes out with "x", added up over "+"
    ("3 ppl x 2h/wk x 26 wks", 156), ("viikkoharj 3h x 12 hlö x 40 vk", 1440),
    ("sammutusharj. 10 x 3 h x 15 hlö + leiri 2 pv x 10 h x 8 hlö", 610),
    ("Kalastusopasteiden pystytys: 4 henkilöä x 5 h = 20 h; rantasaunan maalaus: 6 henkilöä x 8 h = 48 h.", 68),
])
def test_hours_are_proposed(text, value):
    reading = understand_hours(text, lang="fi")
    assert reading.value == Decimal(value) and reading.doubt


@pytest.mark.parametrize("text", [
    "- laavu 40 h\n- polku 30 h\n- yhteensä 80 h",  # the parts and the total disagree
    "6 × 10 × 6 = 300 h",  # the working and the result disagree
    "talkoot 200 h ja siitä traktorilla 20 h",  # a part of the whole
    "Tehtiin 30 jätkänkynttilää, 3 tuntia",  # candles, not people
    "200 hours: 8 people x 3 days x 8 h",  # the total and its working disagree
    "joka lauantai touko-syyskuu, 5 hlöä x 3h",  # every Saturday, but how many?
    "5 x 3 h + 20 h", "3 x 4 h, maybe 5 x 4 h", "2 x 2400 (two trips) = 4800",
])
def test_hours_that_do_not_add_up_are_asked(text):
    assert understand_hours(text, lang="en").value is None


def test_a_rate_with_the_same_again_is_not_proposed_halved():
    reading = understand_hours("I'd put in 3 hours a week for 40 weeks, and my wife the same.", lang="en")
    assert reading.value != 120


@pytest.mark.parametrize("text, value", [
    ("kaks venettä á 11 500", 23000), ("Two new double sculls at 9,800 each", 19600),
    ("15k per season, two seasons", 30000), ("each weekend costs about 300 €, we plan 10 weekends", 3000),
    ("1.2k/mo x 10 mo", 12000),  # "600 euro kuukausi, 10 kuukautta" is read as monthly since 6.12 (round 11)
    ("Thirty thousand, my dear, thirty thousand!", 30000), ("9,9k, because 10k sounds expensive 😁", 9900),
    ("tarvikkeet 2 850 € ja työkalut 650 €, loput on sähkömiehen ja putkimiehen töitä, koko budjetti 9 000 €", 9000),
    ("Investointi 42 000 € + talkootyö 300 h á 15 € = 4 500 €, yhteensä 46 500 €.", 46500),
])
def test_amounts_are_proposed(text, value):
    reading = understand_amount(text, lang="fi")
    assert reading.value == Decimal(value) and reading.doubt


@pytest.mark.parametrize("text, value", [("Sorastus 640 t à 18,50 €/t = 11 840 €", 11840), ("€950 for the camera + €250 software = €1200", 1200),
                                         ("Ohjaajapalkkiot 40 €/tunti, 2 tuntia viikossa, 30 viikkoa → 2400 €", 2400)])
def test_a_worked_result_that_agrees_is_taken(text, value):
    reading = understand_amount(text, lang="fi")
    assert reading.value == Decimal(value) and not reading.doubt


@pytest.mark.parametrize("text", [
    "bus 600, food 300, so 900 in total, and we go twice", "15k per season, maybe two seasons",
    "- Planning (spring 2027)\n- Construction (summer 2027)\n- Opening event", "10 people, 60 hours total",
])
def test_amounts_with_more_to_them_are_not_proposed(text):
    reading = understand_amount(text, lang="en")
    assert reading.value is None or text.startswith("bus") and reading.value == 900 and reading.doubt


def test_set_38_misreads_after_its_run():
    from datetime import date

    from bot.domain.parsing import split_items, understand_date
    assert understand_amount("about 4 thousands euro", lang="en").value == 4000
    assert understand_amount("Kirjailijavierailut maksavat 600 euroa kappaleelta.", lang="fi").value is None  # each, no count
    reading = understand_date("toukokuun puolivälis? 🤔", role="start", today=date(2026, 12, 4), lang="fi")
    assert reading.value == date(2027, 5, 15) and reading.vague
    assert split_items("Ensiksi vanhusten kotikäynnit, toiseksi yhteiset ateriat seurakuntatalolla ja kolmanneksi kuljetusapu.") == [
        "vanhusten kotikäynnit", "yhteiset ateriat seurakuntatalolla", "kuljetusapu"]
    assert split_items("Ensimmäiseksi pianon virittäminen, toiseksi nuottitelineiden hankinta.") == [
        "pianon virittäminen", "nuottitelineiden hankinta"]


def test_set_39_misreads_after_its_run():
    from datetime import date

    from bot.domain.parsing import match_choice, understand_date
    today = date(2026, 12, 4)
    reading = understand_date("Poikimiset on tammikuussa, joten helmikuussa vasta", role="start", today=today, lang="fi")
    assert reading.value == date(2027, 2, 1) and reading.vague  # the month after "joten"
    assert understand_date("Aloitetaan kun lehmät on päässy laitumelle, toukokuun lopulla", role="start", today=today, lang="fi").vague
    held = understand_date("Hallitus käsittelee asiaa tammikuun kokouksessa, joten en voi vielä sanoa.", role="start", today=today,
                           lang="fi")
    assert held.value is None and held.placeholder == date(2027, 4, 1)  # the meeting's month is no start; a place held
    assert understand_hours("Meidän tytöt tulee kesällä auttamaan kolmena päivänä, kumpikin 5 tuntia", lang="fi").value is None
    assert understand_hours("kaks ihmistä 40 tuntia kumpikin", lang="fi").value == 80
    leader_type = {"development": ["Kehittämishanke"], "investment": ["Investointihanke"],
                   "training": ["Koulutus- ja tiedonvälityshanke"], "cooperation": ["Yhteistyöhanke"]}
    assert match_choice("Vähän kaikkea, kursseja ja sitten ostettais kangaspuut", leader_type, lang="fi", question="leader_type") is None


def test_set_40_misreads_after_its_run():
    assert understand_amount("laitteet 1200 + remppa 3000 = 4500", lang="fi").value is None  # the sum disagrees: asked
    assert understand_amount("katto 9000 + rännit 1200 = 10 200", lang="fi").value == 10200
    assert understand_amount("8 450,00 € (6 200 + 2 250 = 8 450, tarkistettu)", lang="fi").value == 8450
    assert understand_hours("laavu 40 h + polku 30 h = 80 h", lang="fi").value is None
    reading = understand_amount("kurssinvetäjä 250 € päivä, 8 päivää", lang="fi")
    assert reading.value == 2000 and reading.doubt  # a price a day times the days, proposed
    assert understand_amount("kouluttaja 800 €/pv 2 päivää kummallekin ryhmälle", lang="fi").value is None
    assert understand_hours("3 päivää, 8 h päivässä, porukkaa tulee mitä tulee", lang="fi").value is None


@pytest.mark.parametrize("text, value", [
    ("6 people 3 days 7 h, plus a paid electrician 10 h", 126),  # the paid hours left out, and said so (6.12.2026)
    ("Talkootyö 240 h ja sähkötöissä talkoolaisena sähkömies 30 h", 270),  # the electrician volunteers too
])
def test_hours_beside_paid_work_or_a_volunteering_professional_are_proposed(text, value):
    reading = understand_hours(text, lang="en")
    assert reading.value == value and reading.doubt in ("people", "sum")
