"""Fourteenth session: lists with a thing taken back, with the reason said ("ei ku renkaat tulloo auton mukana",
"– nej, ei rukkeja, ne saadaan lainaksi –", "Sorry, remove the camp"), from spent frozen sets 65-70."""

import pytest

from bot.domain.understand_corrections import corrected_items
from bot.domain.understand_doubt import split_doubt


@pytest.mark.parametrize("text, items", [
    ("auto, pyörätuoliluiska, talvirenkaat, ei ku renkaat tulloo auton mukana, ja puhelin", ["auto", "pyörätuoliluiska", "puhelin"]),
    ("Luiskat, katos, valot ei kun valot jätetään pois ne on liian kalliit, ja wc", ["Luiskat", "katos", "wc"]),
    ("vene, vaja, laituri.. ei laituria se on kunnan", ["vene", "vaja"]),
    ("karstauskone, huopaneulat, kehruurukit – nej, ei rukkeja, ne saadaan lainaksi – ja pesuallas",
     ["karstauskone", "huopaneulat", "pesuallas"]),
    ("laturi, kaapelit, lumiketjut, nej stryk det, talvirenkaat", ["laturi", "kaapelit", "talvirenkaat"]),
    ("laptop, projector, sorry not projector, the school has one. and kitchen things", ["laptop", "kitchen things"]),
    ("courses, stone festival, no not festival, too big, exhibition", ["courses", "exhibition"]),
    ("Coaching course, tournament, cricket camp. Sorry, remove the camp, we cannot afford it.", ["Coaching course", "tournament"]),
    ("työkokeilu 10 nuorelle, valmentajakortti 5:lle, eikä sitä turnausta sittenkää", ["työkokeilu 10 nuorelle", "valmentajakortti 5:lle"]),
    ("riskit: laite rikki, ei tarpeeksi omenoita – ei, omenoita on massor – ja ei osaajia", ["laite rikki", "ei osaajia"]),
    ("heat pump, welder, compressor (actually no we have one already), lift", ["heat pump", "welder", "lift"]),
    ("more newcomers find jobs, kids learn Finnish, families stay in Kemijärvi – oh, delete the kids one, the school does that "
     "already", ["more newcomers find jobs", "families stay in Kemijärvi"]),
    ("Liesi, kaks jääkaappia, astianpesukone, ei ku se astianpesukone saatiin jo lahjotuksena, ja kahvinkeitin",
     ["Liesi", "kaks jääkaappia", "kahvinkeitin"]),
    ("kaupunki, Rieska-Leader, K-market, ei ku kauppa ei lähe mukaa, sit seurakunta", ["kaupunki", "Rieska-Leader", "seurakunta"]),
    ("Karttakoulutus, rastiretket, yösuunnistus – ei, yösuunnistus jätetään pois turvallisuussyistä – sekä kuntorastikausi.",
     ["Karttakoulutus", "rastiretket", "kuntorastikausi"]),
    ("Sataa kesällä liikaa, tanssijoita ei tule, sahalta ei saada lautaa, ei kun sahalta saahaan kyllä, se on jo sovittu",
     ["Sataa kesällä liikaa", "tanssijoita ei tule"]),
    ("kaivuutyöt, perustukset, laitteiden asennus. ai niin kaivuut on jo tehty viime kesänä, ne pois", ["perustukset", "laitteiden asennus"]),
    ("järjestysmiehet, eiku ne ostetaa erikseen, ei ne kuulu hankkeesee. lava ja äänentoisto", ["lava", "äänentoisto"]),
    ("Workshops, open studio days, a wee book about the clay pits — no, scratch the book, no time", ["Workshops", "open studio days"]),
])
def test_a_thing_taken_back_with_its_reason_leaves_the_rest(text, items):
    assert corrected_items(text) == items
    assert split_doubt(text) == items  # shown as "these N things?" before anything is noted


@pytest.mark.parametrize("text, items", [
    ("laite rikki, ei tarpeeksi omenoita, ei osaajia", None),  # risks said with a "not": the list reader's, no correction
    ("kahvinkeitin, ei ku se iso kahvinkeitin, ja liesi", ["se iso kahvinkeitin", "liesi"]),  # the same thing put better
])
def test_a_not_that_takes_nothing_back_keeps_the_things(text, items):
    assert corrected_items(text) == items


def test_a_named_thing_is_not_a_word_that_only_starts_alike():
    assert corrected_items("kaupunki, kauppa, ei ku kauppa ei lähe mukaa") == ["kaupunki"]


@pytest.mark.parametrize("text, items", [
    ("talkooväki vanhenee. rahat ei riitä jos hinnat nousee. Vesivahinko vanhassa talossa",
     ["talkooväki vanhenee", "rahat ei riitä jos hinnat nousee", "Vesivahinko vanhassa talossa"]),
    ("äidit oppii suomea. äidit saa ystäviä. äidit löytää työ tai koulutus",
     ["äidit oppii suomea", "äidit saa ystäviä", "äidit löytää työ tai koulutus"]),
    ("Ensin purku sitten perustukset sen jälkeen katon runko ja lopuksi maalaus", ["purku", "perustukset", "katon runko", "maalaus"]),
    ("study trip to estonia, solar panels on the village hall, energy workshops, estonian visit to kemijärvi",
     ["study trip to estonia", "solar panels on the village hall", "energy workshops", "estonian visit to kemijärvi"]),
    ("To bring immigrants and locals together, to give kids a new sport, and to use the empty field.",
     ["To bring immigrants and locals together", "to give kids a new sport", "to use the empty field"]),
])
def test_short_sentences_sequences_and_english_comma_lists_are_parted(text, items):
    from bot.domain.understand_lists import split_items
    assert split_items(text) == items


def test_an_ordinal_full_stop_is_no_sentence_end():
    from bot.domain.understand_lists import split_items
    text = "Kurssi 1. ja 2. luokkalaisille sekä heidän vanhemmilleen"
    assert split_items(text) == [text]


@pytest.mark.parametrize("text", [
    "No kaikkee sitä mitä tarvii et teatteri pysyy pystyssä", "idk just stuff for the youth",
    "en ymmärrä mitä tähän pitää kirjoittaa", "the usual things like in other projects",
    "no kaikkee sellasta mitä kylällä nyt tarvitaan tiiäthän sää", "Tätä täytyy vielä pohtia hallituksessa.",
])
def test_talk_that_names_no_thing_is_asked_again(text):
    from bot.domain.understand_doubt import says_nothing_yet
    assert says_nothing_yet(text, listing=True)


@pytest.mark.parametrize("text", ["kahvio ja kirppis, like last year", "kaikkee sitä mitä tarvitaan: lauteet, kiuas",
                                  "en tiedä, varmaan kylän lapsiperheet"])
def test_things_named_beside_such_talk_are_an_answer(text):
    from bot.domain.understand_doubt import says_nothing_yet
    assert not says_nothing_yet(text, listing=True)
