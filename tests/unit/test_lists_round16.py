"""Sixteenth session: list answers as strangers typed them in the spent sets 60-82. What names no thing yet is asked again;
a head word said once for two ("kentän ja katsomon kunnostus", "laulu- ja soittoleiri") is asked "one thing or two?" with
whole words offered; a label and its verb before the list ("Tuloksena on", "Riskeinä näemme") is no part of it; a take-back
in things said without commas; "then" before each step; a closing "really" or "that's the main thing"."""

import pytest

from bot.domain.interview_steps import reads_back
from bot.domain.understand_doubt import says_nothing_yet, split_doubt
from bot.domain.understand_lists import split_items
from bot.domain.understand_shared_head import shared_head_pair


@pytest.mark.parametrize("text", [
    "kaikki", "Everyone, really.", "everyone really", "the stone things", "sports stuff for everyone", "tähtijuttuja",
    "no se kyyti juttu", "vanhat jutut talteen", "kaikki hyvä nuorille", "Kaikki hyvä kylälle", "kylän hyväks kaikkee",
    "kaikkee kivaa mitä kylällä voi tehä 😄", "Everything that helps people to integrate and find work.",
    "all the stuff we need for winter hosting 😊", "get the beach sorted", "make the shore nice again",
    "just making things better around here",
])
def test_an_answer_that_names_no_thing_is_asked_again(text):
    assert says_nothing_yet(text, listing=True)


@pytest.mark.parametrize("text", [
    "kaikki kyläläiset", "Kaikki ikäryhmät.", "everyone in the village", "Everyone who uses the lake.",
    "fixing things instead of binning them", "Actions: repair of roof, new floor, kitchen things", "kaikki ikäluokat, vauvasta vaariin",
    "Kitchen things and a freezer", "get the sauna roof fixed and paint the walls",
])
def test_an_answer_that_names_things_is_not_asked_again(text):
    assert not says_nothing_yet(text, listing=True)


@pytest.mark.parametrize("text, parts", [
    ("kentän ja katsomon kunnostus", ["kentän kunnostus", "katsomon kunnostus"]),
    ("kylätalon ja etätyötilan remppa", ["kylätalon remppa", "etätyötilan remppa"]),
    ("saunan ja pukuhuoneen remontti", ["saunan remontti", "pukuhuoneen remontti"]),
    ("laulu- ja soittoleiri", ["laululeiri", "soittoleiri"]),
    ("Liikunta- ja kulttuurituokiot.", ["Liikuntatuokiot", "kulttuurituokiot"]),
    ("ikkuna- ja ovikorjaus", ["ikkunakorjaus", "ovikorjaus"]),
    ("äänentoisto- ja valotekniikka", ["äänentoistotekniikka", "valotekniikka"]),
])
def test_a_head_said_once_for_two_is_asked_with_whole_words(text, parts):
    assert split_doubt(text) == parts


@pytest.mark.parametrize("text", ["lasten- ja nuortenkerho 2", "Helsingin ja Turun", "kahvin ja pullan kanssa tänään",
                                  "pyöräily- ja", "Kalastusretket lapsille ja nuorille", "lasten- ja nuortenkirjat",
                                  "kylään ja Helsinkiin muutto", "Kylän ja Kaupungin Yhdistys", "tilojen ja 3 koneen vuokra"])
def test_no_shared_head_offer_where_there_is_none(text):
    assert shared_head_pair(text) is None  # no head known, no genitives, a name, a figure


@pytest.mark.parametrize("text, items", [
    ("Kumppaneina ovat virolainen kyläseura, Kodukant sekä Virolahden kunta.", ["virolainen kyläseura", "Kodukant", "Virolahden kunta"]),
    ("Tuloksena on neljänsadan metrin pitkospuureitti.", ["neljänsadan metrin pitkospuureitti"]),
    ("Hankitaan leivinuuni, taikinakone, kaulimet ja työpöytä.", ["leivinuuni", "taikinakone", "kaulimet", "työpöytä"]),
    ("-uus laituri\n-10 kajakkia ja supia lainattavana\n-varaussysteemi netissä",
     ["uus laituri", "10 kajakkia ja supia lainattavana", "varaussysteemi netissä"]),
    ("- uusi laituri\n- ramppi\n- (grillikatos jää nyt pois)", ["uusi laituri", "ramppi"]),
    ("just the pier really", ["the pier"]), ("everyone in the village tbh", ["everyone in the village"]),
    ("forest days, that's the main thing", ["forest days"]),
    ("lumilapiot, kottikärryt, oksasakset, trimmeri... ja auton vuokra", ["lumilapiot", "kottikärryt", "oksasakset", "trimmeri", "auton vuokra"]),
    ("valot, kuntolaitteet, keinut... ja ne turva-alustat unohin", ["valot", "kuntolaitteet", "keinut", "turva-alustat"]),
])
def test_lists_read_as_meant(text, items):
    assert split_items(text) == items


@pytest.mark.parametrize("text, items", [
    # must not change: "hankitaan" before actions and courses stays with the first
    ("hankitaan defibrillaattori, ensiapukurssi, turvallisuuskävely, tiedote kotitalouksiin ja loppuarviointi",
     ["hankitaan defibrillaattori", "ensiapukurssi", "turvallisuuskävely", "tiedote kotitalouksiin", "loppuarviointi"]),
    ("Ajatuksena olisi kaksi asiaa: laulukoulutusta ikäihmisille ja yhteislaulutilaisuuksia kylätalolla.",
     ["laulukoulutusta ikäihmisille", "yhteislaulutilaisuuksia kylätalolla"]),
    ("Lisäksi on kahvila ja kirppis", None),
    ("kaikki kyläläiset", ["kaikki kyläläiset"]),
    ("sauna, laituri... ja niin edelleen", None),
])
def test_readings_that_stay(text, items):
    read = split_doubt(text) or split_items(text)  # what the person is shown
    if items is None:
        assert read[0].startswith(("Lisäksi", "sauna"))  # "Lisäksi" is no label; "… ja niin edelleen" no thing
        assert "niin edelleen" not in read
    else:
        assert read == items


@pytest.mark.parametrize("text, parts", [
    ("Riskeinä näemme virolaisen rahoituksen viivästymisen sekä vapaaehtoisten jaksamisen.",
     ["virolaisen rahoituksen viivästymisen", "vapaaehtoisten jaksamisen"]),
    ("results will be one big concert and a recording", ["one big concert", "a recording"]),
    ("kauppakyydit lääkärikyydit harrastuskyydit ei kun ne jätetään pois ja kirjastokyydit",
     ["kauppakyydit", "lääkärikyydit", "kirjastokyydit"]),
    ("digitointi haastattelut kirja näyttely ei kun näyttely jätetään pois se on liian kallis", ["digitointi", "haastattelut", "kirja"]),
    ("opastaulut vihkonen ja mobiilisovellus ei kun mobiilisovellus jätetään pois liian kallis", ["opastaulut", "vihkonen"]),
    ("kick-off evening, then training days, then the trip to Arjeplog, then their return visit in summer",
     ["kick-off evening", "training days", "the trip to Arjeplog", "their return visit in summer"]),
    ("nuoret ja kesäasukkaat ja meiän omat soutajat", ["nuoret", "kesäasukkaat", "meiän omat soutajat"]),
    ("safer mopeds and fewer accidents and like 30 regular kids", ["safer mopeds", "fewer accidents", "like 30 regular kids"]),
    ("laser cutter, cnc router, 3d printers. actually drop the cnc, too pricey", ["laser cutter", "3d printers"]),
    ("Stage lights, hearing loop, acoustic panels. Oh and not the chairs, we got those donated.",
     ["Stage lights", "hearing loop", "acoustic panels"]),
    ("Hankinnat: lankkutavara, opastaulut, laavupaketti ja penkit. Penkit poistetaan listalta, ne lahjoittaa paikallinen yrittäjä.",
     ["lankkutavara", "opastaulut", "laavupaketti"]),
    ("nauhuri kaks mikrofonia ja kannettava tietokone", ["nauhuri", "kaks mikrofonia", "kannettava tietokone"]),
    ("Hankitaan neljä kannettavaa tietokonetta, kuusi tablettia ja dokumenttikamera.",
     ["neljä kannettavaa tietokonetta", "kuusi tablettia", "dokumenttikamera"]),
    ("myö halutaa säilyttää karjalaine leivontaperinne ja saaha nuoret mukkaa",
     ["säilyttää karjalaine leivontaperinne", "saaha nuoret mukkaa"]),
    ("ensin kartotetaan tarve sitten ostetaan auto koulutetaan kuskit ja tehhään ajovuorolista",
     ["kartotetaan tarve", "ostetaan auto", "koulutetaan kuskit", "tehhään ajovuorolista"]),
])
def test_one_thing_or_several_is_asked_with_the_meant_parts(text, parts):
    assert split_doubt(text) == parts


@pytest.mark.parametrize("text", [
    "gas price goes up; not enough volunteers; Czech partner dont get funding",
    "The library, the parish, the sports club (apologies, please remove the sports club, they declined) and the adult education centre.",
])
def test_take_backs_that_must_not_change(text):
    parts = split_doubt(text)
    if text.startswith("gas"):
        assert parts is None and split_items(text) == ["gas price goes up", "not enough volunteers", "Czech partner dont get funding"]
    else:
        assert parts == ["The library", "the parish", "the adult education centre"]


def test_a_lone_item_is_still_read_back():
    items = split_items("Tuloksena on neljänsadan metrin pitkospuureitti.")
    assert reads_back("Tuloksena on neljänsadan metrin pitkospuureitti.", items)
