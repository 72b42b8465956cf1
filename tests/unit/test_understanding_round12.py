"""Twelfth round: a board meeting that will decide is no start date, and "so the other one" after a fund ruled out."""

from datetime import date

import pytest

from bot.domain.parsing import match_choice, understand_date

TODAY = date(2026, 12, 4)
TRACK = {"esr": ("ESR+ (kansalaistoimijalähtöinen kehittäminen)", "ESR+ (citizen-driven development)"),
         "leader": ("Leader", "Leader"), "notsure": ("En ole varma", "Not sure")}


@pytest.mark.parametrize("text", [
    "Hallitus päättää asiasta tammikuun kokouksessa",
    "The board meets on January 20th to decide the start date",
    "ei oo viel sovittu, hallitus päättää sen tammikuun kokouksessa",
    "Yhdistyksen hallitus käsittelee asiaa tammikuun kokouksessaan, joten aloitusajankohtaa en voi tässä vaiheessa ilmoittaa.",
])
def test_a_meeting_that_will_decide_is_no_start_and_a_date_holds_the_place(text):
    reading = understand_date(text, role="start", today=TODAY, lang="fi")
    assert reading.value is None and reading.placeholder == date(2027, 4, 1)


@pytest.mark.parametrize("text, start", [
    ("12.3. kokouksessa päätetään, aloitus toukokuussa 2027", date(2027, 5, 1)),  # the start said beside the meeting
    ("Not sure, the board meeting is in January and we'd start in February", None),  # a start said: proposed, not held
    ("no kyllä se ois se 1.4.2027 ku hallitus on sen päättäny", date(2027, 4, 1)),  # decided already
    ("tammikuussa. ei ku helmikuussa! tammikuussa on vasta se hallituksen kokous jossa päätetään hakemisesta", date(2027, 2, 1)),
    ("Hallituksen kokous on 20.1., ja siellä päätetään hakemisesta lopullisesti; aloitus olisi sitä seuraavan kuun alussa",
     date(2027, 2, 1)),
])
def test_a_start_said_beside_the_meeting_is_kept(text, start):
    reading = understand_date(text, role="start", today=TODAY, lang="fi")
    assert reading.value is not None and (start is None or reading.value == start)


@pytest.mark.parametrize("text, key", [
    ("ESR:stä ei taira tulla rahaa rakentamiseen, joten se toinen", "leader"),
    ("ESR+ doesn't fund aerators, I gather, so the other one.", "leader"),
    ("ESR can fund it, so the other one", "esr"),  # nothing ruled out: not "the other"
])
def test_so_the_other_one_after_a_fund_ruled_out(text, key):
    assert match_choice(text, TRACK, lang="fi", question="track") == key


@pytest.mark.parametrize("text, items", [
    ("nuoret aikuiset, maahanmuuttajat, ei ku maahanmuuttajat ee oo tässä mukana, ja osatyökykyset",
     ["nuoret aikuiset", "osatyökykyset"]),  # the one named is not in it
    ("Kurssit, näyttely ja opintomatka – ei, näyttely siirtyy seuraavaan hankkeeseen.", ["Kurssit", "opintomatka"]),
    ("vatruskakurssi, pirakkakurssi, ei ku pirakkakurssi on jo ennestää, pois se, ja karjalanpaistikurssi",
     ["vatruskakurssi", "karjalanpaistikurssi"]),
    ("window workshop, door workshop, no wait door workshop is not needed, and final exhibition",
     ["window workshop", "final exhibition"]),
    ("video, kurssit, ei ku kurssit pois, ja näytös", ["video", "näytös"]),
    ("kameran ja skannerin, ee ku skanneri riittää, kamera on jo", ["skanneri"]),  # that one alone is enough
    ("simskola, båtkurs, ei kun båtkursen stryks, liian kallis", ["simskola"]),
    ("workshops, field trips, no scrap the field trips, too pricey, and a final aurora night", ["workshops", "a final aurora night"]),
    ("gates, fence posts, oh and the trailer - no, skip the trailer, we borrow it from Heikki", ["gates", "fence posts"]),
    ("työpajat, leiri, näyttely. ei kun leiri pois, ei saada sitä kasaan", ["työpajat", "näyttely"]),
    ("laptops, tablets and a projector — no, scrap the tablets", ["laptops", "a projector"]),  # the one named, not the last
])
def test_a_thing_taken_back_by_name_leaves_the_others(text, items):
    from bot.domain.understand_corrections import corrected_items
    assert corrected_items(text) == items


def test_nothing_else_needed_takes_nothing_back():
    from bot.domain.understand_corrections import corrected_items
    assert corrected_items("valot ja jäänhoitokone, muuta ei tarvita") != ["valot"]
