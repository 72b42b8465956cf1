"""Round 22: the readers mended after pair 131-132's run, on answers of the spent sets (each as its writer meant it)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from bot.domain.parsing import split_items, understand_amount, understand_date, understand_hours
from bot.domain.understand_choice_guess import read_choice
from bot.domain.understand_doubt import says_nothing_yet, split_doubt

TODAY = date(2026, 12, 4)
TRACK = {"leader": ("Leader",), "esr": ("ESR+ (kansalaistoimijalähtöinen kehittäminen)", "ESR+ (citizen-driven development)"),
         "notsure": ("En ole varma", "Not sure")}
KIND = {"development": ("Kehittämishanke", "Development project"), "investment": ("Investointihanke", "Investment project"),
        "training": ("Koulutus- ja tiedonvälityshanke", "Training and information project"),
        "cooperation": ("Yhteistyöhanke", "Cooperation project")}
YES_NO = {"yes": ("Kyllä, kansainvälinen", "Yes, international"), "no": ("Ei", "No")}


@pytest.mark.parametrize("text, items", [
    ("walks in forest, Finnish talk, cooking Nepali and Finnish food",
     ["walks in forest", "Finnish talk", "cooking Nepali and Finnish food"]),  # two nationalities before one noun
    ("vanhat osaa käyttää pankkia, muistot on tallessa, nuoret ja vanhat tutustuu toisiinsa",
     ["vanhat osaa käyttää pankkia", "muistot on tallessa", "nuoret ja vanhat tutustuu toisiinsa"]),  # each other: one thing
    ("kylän nuoret, eläkeläiset sekä mökkiläiset kesällä", ["kylän nuoret", "eläkeläiset", "mökkiläiset kesällä"]),
    ("kyläläiset, metsästysseura joka vuokraa salia, eläkeläiskerho ja koululaiset iltapäeväkerhossa",
     ["kyläläiset", "metsästysseura joka vuokraa salia", "eläkeläiskerho", "koululaiset iltapäeväkerhossa"]),
    ("tables, chairs and Finnish flags", ["tables", "chairs", "Finnish flags"]),
])
def test_an_and_inside_one_thing_is_not_a_new_item(text, items):
    assert split_items(text) == items
    assert split_doubt(text) is None  # nothing to ask: the list is read as it was meant


@pytest.mark.parametrize("text, nothing", [
    ("tapahtumat ym", True), ("Laitteet ym.", True), ("kurssit ja välineet ja muut", True),
    ("tota semmosta opetusta ja kirjoja ja muuta", True), ("Rakennus- ja muita juttuja", True),
    ("koulutusta ja laitteita ja sit muuta tarpeellista", True), ("courses, events etc", True),
    ("lapsiperheet, eläkeläiset, koululaiset yms", False), ("pöydät, tuolit ym.", False),  # things named: kept
    ("kurssit", False), ("Workshops", False),  # a bare kind alone is read back, not asked
])
def test_kinds_closed_by_and_so_on_are_asked_again(text, nothing):
    assert says_nothing_yet(text, listing=True) is nothing


@pytest.mark.parametrize("text, options, question, lang, meant", [
    ("Ei ESR; Leader.", TRACK, "track", "fi", "leader"),
    ("Not ESR, Leader", TRACK, "track", "en", "leader"),
    ("not development, investment", KIND, "leader_type", "en", "investment"),
    ("já, with Iceland", YES_NO, "international", "en", "yes"),
    ("nei, first only Pyhtää, Iceland maybe later in another project", YES_NO, "international", "en", "no"),
])
def test_choices_after_pair_131_132(text, options, question, lang, meant):
    key, read_back = read_choice(text, options, lang=lang, question=question)
    assert (key, read_back) == (meant, True)  # read back for a tap, never saved unseen


@pytest.mark.parametrize("text, meant", [
    ("kymmenen tai kaksitoista tuhatta", 12000),
    ("koko hanke semmonen kuuskymmentä tai seitkytä tuhatta", 70000),
    ("10 tai 12 tuhatta", 12000),
    ("Latauspiste 3 400 €. Korj. 3 900 €, asennus mukana.", 3900),
])
def test_amounts_after_pair_131_132(text, meant):
    reading = understand_amount(text, lang="fi")
    assert reading.value == Decimal(meant)
    assert reading.doubt or reading.range_upper  # an upper bound or a correction is shown before it is saved


def test_a_spoken_seventy():
    assert understand_amount("seitkytä euroa", lang="fi").value == Decimal(70)  # "seit-" only as the start of a tens word


@pytest.mark.parametrize("text, meant", [
    ("Elokuun lopussa kakstuhattakakskytäkaheksan", date(2028, 8, 31)),
    ("toukokuussa kakstuhatta kakskytäseittemän", date(2027, 5, 31)),
])
def test_a_year_in_spoken_words_with_a(text, meant):
    assert understand_date(text, role="end", today=TODAY, lang="fi").value == meant


@pytest.mark.parametrize("text, lang, meant", [
    ("adults 90 hours, my daughter (she is 13) helps too but don't count her", "en", 90),
    ("12 aikuista 5 h ja 4 skidiä 5 h, mut skidit on alle 15 ni ei lasketa kai", "fi", 60),
    ("Aikuisia 12 henkeä 10 tuntia kukin ja sitten koululaiset, 10-vuotiaita, 20 tuntia yhteensä, mutta eihän alle "
     "15-vuotiaita lasketa.", "fi", 120),
    ("yhteensä 100 tunti, siitä lapset 20 tunti, lapset alle 15 ei lasketa", "fi", 80),
    ("300 hours, but 40 of them are the school kids who are 12-13, so those don't count", "en", 260),
    ("Työtä yht. 220 h, josta urakoitsijan palkallinen osuus 60 h.", "fi", 160),
])
def test_hours_without_the_uncounted_share(text, lang, meant):
    reading = understand_hours(text, lang=lang)
    assert reading.value == Decimal(meant)
    assert reading.doubt  # worked out, so shown for a tap before it is saved


def test_a_share_of_children_who_count_is_not_taken_out():
    assert understand_hours("300 tuntia, siitä nuoret tekee 100", lang="fi").value != Decimal(200)


@pytest.mark.parametrize("text, lang, meant", [
    ("kolme äijää ja mää, kaks päivää, kaheksan tuntii päiväs", "fi", 64),  # the speaker after the others: four
    ("3 guys and myself, 2 days, 8 h", "en", 64),
    ("Talkoot 300 h. Siitä puolet lapsia, alle 15 ei lasketa", "fi", 150),
    ("siitä 20 h lapset ei lasketa, kaikkiaan 100 h", "fi", 80),
    ("In total 100 hours incl. 20 by kids under 15 (not counted)", "en", 80),
    ("Yhteensä noin 180 tuntia, joista 40 tuntia on palkattua koordinaattorin työtä, joten talkoita on 140 tuntia.", "fi", 140),
    ("Satakahareksankymmentä", "fi", 180),
])
def test_hours_after_pair_133_134(text, lang, meant):
    reading = understand_hours(text, lang=lang)
    assert reading.value == Decimal(meant)


@pytest.mark.parametrize("text, lang", [
    ("Cooking 200 h and driving the meals to the elderly 80 h. The coordinator's work is paid, so it is not included.", "en"),
    ("yhteensä 310 tuntia talkoota, lisäks sähkömies tekee palkallisena 40h", "fi"),
    ("talkoot 200 h ja siitä traktorilla 20 h", "fi"),  # a machine's share may be the driver's talkoot: not taken out
])
def test_paid_work_beside_a_total_is_not_taken_out_of_it(text, lang):
    assert understand_hours(text, lang=lang).value not in (Decimal(120), Decimal(270), Decimal(180))


@pytest.mark.parametrize("text, meant", [
    ("Mobile juice press: 14 000 € net, 17 570 € with VAT", 17570),
    ("Printing the booklet: 3 800 € excluding VAT; with VAT it comes to 4 769 €.", 4769),
    ("Me ollahan ALV-velvollisia nii laita ilman alvia: 12 000. Alvin kans se ois 15 060", 12000),
    ("viis huntti", 500), ("Jotain kymppitonnin luokkaa varmaan", 10000), ("Kahareksantuhatta viisisataa", 8500),
    ("sähkö 3000 ja putki 1500, kaikki 4500", 4500), ("Latotanssien bändi 2 500 ja äänentoisto 800, yhtehensä 3 300", 3300),
    ("Hinta 4000 €. Korj. 4 500 €", 4500), ("1 500 tai 2 tuhatta", 2000), ("11 500 tai 12 tuhatta", 12000),
])
def test_amounts_after_pair_133_134(text, meant):
    assert understand_amount(text, lang="fi").value == Decimal(meant)


@pytest.mark.parametrize("text, items", [
    ("Moment, I check… a shredder, ladders, pruning shears", ["a shredder", "ladders", "pruning shears"]),
    ("tanssit, bingot, ym", ["tanssit", "bingot"]),
    ("laavu, polku ja sen sellasta", ["laavu", "polku"]),
])
def test_lists_after_pair_133_134(text, items):
    assert split_items(text) == items


@pytest.mark.parametrize("text, options, question, meant", [
    ("Ei Leader, se toinen. ESR", TRACK, "track", "esr"),
    ("nej - wait, yes, the Swedes are our partners", YES_NO, "international", "yes"),
])
def test_choices_after_pair_133_134(text, options, question, meant):
    assert read_choice(text, options, lang="en", question=question)[0] == meant


def test_a_spoken_day_of_the_month():
    assert understand_date("kakskytä kaheksas toukokuuta kakstuhatta kakskytä seittemän", role="start", today=TODAY,
                           lang="fi").value == date(2027, 5, 28)


@pytest.mark.parametrize("text, lang, meant", [
    ("VIIS MIASTA KAHTENA LAUANTAINA KUUS TUNTIA", "fi", 60),  # typed in capitals, read in small letters
    ("viis jätkää kolme päivää kasi tuntii", "fi", 120),
    ("300h. edit: 260h, I double counted the opening", "en", 260),  # "edit:" corrects
    ("6 aikuista ja 4 lasta 3 päivää 5h, lapset on alle 15 nii ei niitä kai lasketa", "fi", 90),
    ("työtunteja kaikkiaan kolmesataa mut siitä neljäkymmentä tekee sähkömies palkalla", "fi", 260),
])
def test_hours_after_pair_135_136(text, lang, meant):
    assert understand_hours(text, lang=lang).value == Decimal(meant)


@pytest.mark.parametrize("text, role, meant", [
    ("KESÄKUUN PUALIVÄLIS 2028... JUHANNUKSEN ALLA", "end", date(2028, 6, 15)),
    ("November 2027. edit: October 2027, the base has to be done before the frost", "start", date(2027, 10, 1)),
    ("elokuun loppu kakskytkaheksan", "end", date(2028, 8, 31)),
])
def test_dates_after_pair_135_136(text, role, meant):
    assert understand_date(text, role=role, today=TODAY, lang="fi").value == meant


@pytest.mark.parametrize("text, items", [
    ("VALOKUVIEN SKANNAUS, 8 MM FILMIEN DIGITOINTI, KASETTIEN LITTEROINTI JA ELOKUVAILLAT.",
     ["VALOKUVIEN SKANNAUS", "8 MM FILMIEN DIGITOINTI", "KASETTIEN LITTEROINTI", "ELOKUVAILLAT"]),  # as typed, in capitals
    ("Toimenpiteet ois nämä 💜\nsurukahvila kerran kuussa\nvertaisohjaajien koulutus\nmuistelukävelyt rannassa",
     ["surukahvila kerran kuussa", "vertaisohjaajien koulutus", "muistelukävelyt rannassa"]),
    ("- a working oven\n- 10 bread days\n- friendship with Sibiel\n- maybe a recipe book, no, forget the book",
     ["a working oven", "10 bread days", "friendship with Sibiel"]),
])
def test_lists_after_pair_135_136(text, items):
    assert split_items(text) == items
    assert split_doubt(text) is None


def test_a_short_message_in_capitals_is_not_lowered_for_nothing():
    from bot.domain.understand_typing import plainly, shouted
    assert not shouted("ESR+") and plainly("ESR+") == "ESR+"
    assert shouted("KAKS VUATTA") and plainly("KAKS VUATTA") == "kaks vuatta"


@pytest.mark.parametrize("text, role, meant", [
    ("aloitus tammikuu 2027, ei, helmikuu 2027", "start", date(2027, 2, 1)),  # ", ei," between two dates
    ("syyskuussa kakskytkaheksan", "end", date(2028, 9, 30)),
    ("Marraskuun lopussa kakskytkaheksan ei ku kakskytseittemän", "end", date(2027, 11, 30)),
])
def test_dates_after_pair_137_138(text, role, meant):
    assert understand_date(text, role=role, today=TODAY, lang="fi").value == meant


@pytest.mark.parametrize("text, lang, meant", [
    ("6 people x 10 saturdays x 5h = 300. no wait, 8 saturdays", "en", 240),
    ("5 people x 20 Saturdays x 4 hours = 400 hours... no sorry, 15 Saturdays, summer is short here", "en", 300),
    ("Kymmenen henkee kaks päivää kaheksan tuntia mut kaks niistä on alle viistoistavuotiaita ni niitä ei lasketa", "fi", 128),
    ("15 tyyppiä, 6 niistä on alle 15v ni niitä ei lasketa. yks lauantai 6h", "fi", 54),
])
def test_hours_after_pair_137_138(text, lang, meant):
    reading = understand_hours(text, lang=lang)
    assert reading.value == Decimal(meant) and reading.doubt  # worked out: shown before it is saved


@pytest.mark.parametrize("text, meant", [
    ("firewood shed, small one, about two thousand euro", 2000),
    ("the mats were 2 100 w/o vat, 2 636 with vat. we need the with vat one", 2636),
    ("we have a quote: 72 400 ex moms, 90 862 incl moms. we pay the moms ourselves so the bigger one", 90862),
    ("Sauna building 45 000, stove 3 500, total with everything 52 000", 52000),
])
def test_amounts_after_pair_137_138(text, meant):
    assert understand_amount(text, lang="en").value == Decimal(meant)


@pytest.mark.parametrize("text, options, question, meant", [
    ("leader tietysti, ei tää mikään ESR juttu oo", TRACK, "track", "leader"),
    ("training.. no, investment, the course is only a small part", KIND, "leader_type", "investment"),
    ("koulutus, ei ku investointi", KIND, "leader_type", "investment"),  # a correction, not a denial
])
def test_choices_after_pair_137_138(text, options, question, meant):
    assert read_choice(text, options, lang="fi", question=question)[0] == meant


def test_laughter_after_the_last_item_is_no_part_of_it():
    assert split_items("looms, yarn, scissors... and a coffee machine jajaja") == ["looms", "yarn", "scissors", "a coffee machine"]


@pytest.mark.parametrize("text, lang, meant", [
    ("About 600 volunteer hours over the two years.", "en", 600),
    ("Talkootyö: 1) kurssien järjestelyt 4 hlö x 8 pv x 3 h = 96 h 2) käsikirjan oikoluku 2 hlö x 10 h = 20 h. Yhteensä 116 h.",
     "fi", 116),
    ("10 henkeä, 4 talkoopäivää, 6 tuntia. Mutta 2 niistä on lapsia alle 15, niin ne ei lasketa.", "fi", 192),
])
def test_hours_after_pair_139_140(text, lang, meant):
    reading = understand_hours(text, lang=lang)
    assert reading.value == Decimal(meant) and reading.doubt
