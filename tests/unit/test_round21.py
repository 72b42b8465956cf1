"""Round 21: the readers mended after set 122's run, on answers of the spent sets (each as its writer meant it)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from bot.domain.parsing import understand_amount, understand_date, understand_hours
from bot.domain.understand_choice_guess import read_choice
from bot.domain.understand_doubt import says_nothing_yet

TODAY = date(2026, 12, 4)
TRACK = {"leader": ("Leader",), "esr": ("ESR+ (kansalaistoimijalähtöinen kehittäminen)", "ESR+ (citizen-driven development)"),
         "notsure": ("En ole varma", "Not sure")}
ORG = {"association": ("Rekisteröity yhdistys", "Registered association"), "foundation": ("Säätiö", "Foundation"),
       "public": ("Kunta tai muu julkinen toimija", "Municipality or other public body"),
       "other_nonprofit": ("Seurakunta, oppilaitos tai muu yleishyödyllinen", "Parish, school or other non-profit"),
       "company": ("Yritys (oy tai osuuskunta)", "Company (limited company or cooperative)"),
       "sole_trader": ("Toiminimi", "Sole trader"), "informal": ("Rekisteröimätön porukka", "Unregistered group")}
YES_NO = {"yes": ("Kyllä, kansainvälinen", "Yes, international"), "no": ("Ei", "No")}


@pytest.mark.parametrize("text, lang, meant", [
    ("viis miestä kolome viikonloppua, lauantaina kaheksan tuntia", "fi", 120),  # Saturdays only: one day a weekend
    ("kymmenen henkeä neljänä viikonloppuna, vaan lauantaisin, 6 h", "fi", 240),
    ("3 viikonloppua, lauantaina 6 h ja sunnuntaina 4 h, 5 henkeä", "fi", None),  # both days named, hours differ: asked
    ("kaks viikonloppua la ja su 4 hlöä 6h", "fi", 96),
    ("Puol päivää eli 4 tuntia lauantaina, 14 henkeä", "fi", 56),  # "eli" restates a length, not a total
    ("3 x 8 x 10 eli 240 tuntia", "fi", 240),
    ("4 aikuista ja 3 lasta (alle 15 v, net ei lasketa) 5 päivää 6 tuntia", "fi", 120),
    ("neljä aikuista ja kymmenen alle 15v mukulaa mukuloit ei lasketa 2 päivää 6h", "fi", 48),
    ("4 aikuista ja mun 2 lasta (10 ja 12 v) / lapsia ei lasketa / 3 päivää 5 h", "fi", 60),
    ("lapsenlapset tulee kans mutta ne on kaikki alle viistoista niin ei niitä lasketa aikuisia tulee kuus ja kukin tekee "
     "kahdeksan tuntia", "fi", 48),
    ("Me viisi aikuista teemme kukin kahdeksan tuntia. Lapsenlapseni, joka on kaksitoistavuotias, tulee myös auttamaan, "
     "mutta hänen tuntejaan ei lasketa.", "fi", 40),
    ("camp kitchen 4 persons, 3 days, 10 hours. my son (13) helps but he is under 15 so no", "en", 120),
    ("Urakoitsija tekee luiskan, se on ostopalvelu. Meijän talkoot on siivous ja maalaus, 45 tuntia yhteensä.", "fi", 45),
    ("rata tehään urakalla, talkoilla vaan siivous ja kylvöt n. 30 h", "fi", 30),
    ("In total 130 h: 100 h volunteers plus 30 h hired", "en", None),  # a whole with the paid work in it: asked
    ("No talkoot, all paid work, but we might do a cleanup day", "en", None),
    ("Talkoopäiviä on neljä, jokasena ollaan noin 12 hengen porukalla 5 tuntia.", "fi", 240),
    ("Muistitietoiltoja järjestetään 10, ja kuhunkin osallistuu talkootyönä 3 järjestäjää 4 tunnin ajan.", "fi", 120),
    ("two river clean-up days, 15 people each day, 5 hours", "en", 150),
    ("Four board members will spend 15 hours each on planning, and six volunteers 25 hours each on the events.", "en", 210),
    ("5 x 3 h + 20 h", "en", None),  # five times both? still asked
])
def test_hours_of_round_21(text, lang, meant):
    assert understand_hours(text, lang=lang).value == (None if meant is None else Decimal(meant))


@pytest.mark.parametrize("text, lang, meant", [
    ("With VAT 2 510, without 2 000. We pay with VAT.", "en", 2510),
    ("Excluding VAT 20 000, including VAT 25 100; we are not VAT registered, so the gross figure.", "en", 25100),
    ("generator 2 490 incl vat, 1 984 without. we're not vat registered so the first one", "en", 2490),
    ("3 980 € alv 0 % ja alvin kans 4 995 € / laita se alviton, me ollahan alv-rekisteris", "fi", 3980),
    ("tarjous tuli: 15 562 € sis. alv (12 400 ilman), meil alv jää kuluks ku ei olla alv-velvollisii", "fi", 15562),
    ("Arvonlisäveroton hinta on 10 000 € ja verollinen 12 550 €; koska yhdistys ei ole arvonlisäverovelvollinen, tarkoitan "
     "verollista summaa.", "fi", 12550),
    ("laitteet 3000 alvillisena ja asennus 2500 ilman alvia", "fi", None),  # two things, each with its VAT: asked
    ("Noin kolkytä tonnia koko homma.", "fi", 30000),
    ("ohjaajan palkka 500e kuus 10 kuukautta", "fi", 5000),
    ("opas saa 1500 kuukaures 6 kuukautta", "fi", 9000),
    ("kuus tonnia", "fi", 6000),
    ("Net shed roofs, 3 sheds x 2 600", "en", 7800),
    ("laitteet 18 000, lattia 12 000, pukkarit 8 000 ja lukot 3 800, yhteensä pyöreesti 42 000", "fi", 42000),
    ("5 000, non, 6 000, I forgot the lifeguard course.", "en", 6000),
])
def test_amounts_of_round_21(text, lang, meant):
    assert understand_amount(text, lang=lang).value == (None if meant is None else Decimal(meant))


@pytest.mark.parametrize("text, role, lang, meant", [
    ("Kolome vuotta, ee ku kaks ja puol vuotta, kolome on liikoo", "end", "fi", date(2029, 8, 31)),
    ("Three years, no sorry, two and half years", "end", "en", date(2029, 8, 31)),
    ("end of May 2028, nej vänta, end of April, the guest boats come in May", "end", "en", date(2028, 4, 30)),
    ("30 september 2028. sorry I mean 30 november, september too early", "end", "en", date(2028, 11, 30)),
    ("We were thinking of mid-April 2027, nåja, perhaps the first of May is more realistic. Let us say 1 May 2027.", "start", "en",
     date(2027, 5, 1)),
    ("Early February – let's say the 1st.", "start", "en", date(2027, 2, 1)),
    ("en oo päättäny / hallitus kokoontuu vasta tammikuus", "start", "fi", None),
    ("Hallitus ei ole vielä tehnyt asiasta päätöstä, joten en osaa sanoa.", "start", "fi", None),
])
def test_dates_of_round_21(text, role, lang, meant):
    start = date(2027, 3, 1) if role == "end" else None
    assert understand_date(text, role=role, today=TODAY, lang=lang, start=start).value == meant


@pytest.mark.parametrize("text, options, question, lang, meant", [
    ("esr? vai mikä se oli... ei vaa leader", TRACK, "track", "fi", "leader"),
    ("leader i think, no actually esr+", TRACK, "track", "en", "esr"),
    ("Ensin aateltiin että kunta hakkee mutta ee, yhistys hakkee", ORG, "org_type", "fi", "association"),
    ("yhdistys mutta ei oo rekisteröity", ORG, "org_type", "fi", "informal"),  # "mutta ei" here is no correction
    ("jos ruottalaisia tulis kattomahan mutta ei, ei oo", YES_NO, "international", "fi", "no"),
    ("haha no, just us here in joukokylä", YES_NO, "international", "en", "no"),
    ("Emme ole vielä varmoja, sopisiko hanke paremmin Leaderiin vai ESR+:aan.", TRACK, "track", "fi", "notsure"),
    ("I would honestly not know which of the two suits us better; please advise.", TRACK, "track", "en", "notsure"),
])
def test_choices_of_round_21(text, options, question, lang, meant):
    assert read_choice(text, options, lang=lang, question=question)[0] == meant


@pytest.mark.parametrize("text, nothing", [
    ("kaikki mahollinen", True), ("tavaroita", True), ("Tarvittavat laitteet.", True), ("Asiaa on vielä mietittävä.", True),
    ("As previously discussed with the Leader office.", True), ("ne samat kuin viime kerralla", True),
    ("Various equipment for the workshop.", True),
    ("various workshops for villagers", False), ("laavu, polku ja opastaulut", False), ("Tarvittavat laitteet: sirkkeli, höylä", False),
])
def test_vague_lists_of_round_21_are_asked_again(text, nothing):
    assert says_nothing_yet(text, listing=True) is nothing


@pytest.mark.parametrize("text, lang, meant", [
    ("10 nuorta x 8 viikonloppua x 6h", "fi", 480),  # a product written out: its factors, proposed
    ("5 hlö x 3 viikonloppua (la+su) x 8 h", "fi", 240),  # both days said: two a weekend
    ("8 ppl, 2 days, 8h... wait 7h", "en", 112),
    ("Eight people, three days, seven hours... no wait, six hours", "en", 144),
    ("1 päivä eli 8 tuntia, 12 henkeä", "fi", 96),
    ("5 people, one weekend, so 12 hours each", "en", 60),
    ("Two weekends (Saturday and Sunday), ten people, eight hours per day, so 320 hours.", "en", 320),
    ("3 vkl, la 6 h, 5 hlö", "fi", 90),
    ("3 viikonloppua, 4 ukkoo, pe–su 5 h/pv", "fi", 180),
    ("the boat house: 60 h, the pier: 40 h, painting 20 h", "en", 120),  # a boat worked on is no machine
])
def test_hours_after_pairs_123_126(text, lang, meant):
    reading = understand_hours(text, lang=lang)
    assert reading.value == Decimal(meant)


@pytest.mark.parametrize("text, role, meant", [
    ("Toukokuun 15. päivä, ei ku 16.", "start", date(2027, 5, 16)),
    ("the second of May, no wait, the third", "start", date(2027, 5, 3)),
    ("18 months, so two summer gatherings. Sorry for typos", "end", date(2028, 8, 31)),  # not the year 2018
    ("maaliskuun puolesvälis", "start", date(2027, 3, 15)),
])
def test_dates_after_pairs_123_126(text, role, meant):
    start = date(2027, 3, 1) if role == "end" else None
    assert understand_date(text, role=role, today=TODAY, lang="fi", start=start).value == meant


def test_a_year_in_words_after_the_spoken_loppuu():
    reading = understand_date("syyskuun loppuu kakskytkahdeksan mennes pitäs olla valmist", role="end", today=TODAY, lang="fi",
                              start=date(2027, 3, 1))
    assert reading.value == date(2028, 9, 30)  # pair 129-130's one silent answer: read as September 2027 before


@pytest.mark.parametrize("text, nothing", [
    ("kaikki kylän porukat", True), ("Various stakeholders in the area.", True), ("many partners", True),
    ("Eri toimenpiteitä kylän hyväksi.", True), ("activities for everybody", True),
    ("kaikki kylän yhdistykset", False), ("many partners: kunta and koulu", False), ("different workshops for kids", False),
])
def test_vague_lists_after_pair_129_130_are_asked_again(text, nothing):
    assert says_nothing_yet(text, listing=True) is nothing
