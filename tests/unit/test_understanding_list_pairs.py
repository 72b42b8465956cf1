"""List answers with two parts: read as two where writers agree, asked where one thing is as fair a reading."""

import pytest

from bot.domain.parsing import split_items
from bot.domain.understand_doubt import split_doubt


@pytest.mark.parametrize("text, items", [
    # an action each, with its own object (English imperatives or -ing forms, Finnish passives)
    ("build a ramp and renovate the toilet", ["build a ramp", "renovate the toilet"]),
    ("Buy choir robes and organise a trip to Ghana", ["Buy choir robes", "organise a trip to Ghana"]),
    ("painting the fence and fixing the gate", ["painting the fence", "fixing the gate"]),
    ("rakennetaan laavu ja kunnostetaan polku", ["rakennetaan laavu", "kunnostetaan polku"]),
    ("Hankitaan uudet astiat ja järjestetään kyläjuhla.", ["Hankitaan uudet astiat", "järjestetään kyläjuhla"]),
    # what is done, after the thing it is done to, on both sides
    ("Kuntosalilaitteiden hankinta ja saunan rakentaminen", ["Kuntosalilaitteiden hankinta", "saunan rakentaminen"]),
    ("rantasaunan remontti ja laiturin teko", ["rantasaunan remontti", "laiturin teko"]),
    ("Venevalkaman kunnostus sekä uimarannan laiturin rakentaminen.", ["Venevalkaman kunnostus", "uimarannan laiturin rakentaminen"]),
    # a fair two-action line with places in it is two, not one silently (adversarial review 14)
    ("rakennetaan laavu rannalle ja kunnostetaan polku koululle", ["rakennetaan laavu rannalle", "kunnostetaan polku koululle"]),
    ("fix the sauna roof and organise a summer camp for the children of the village",
     ["fix the sauna roof", "organise a summer camp for the children of the village"]),
])
def test_two_things_are_read_without_asking(text, items):
    assert split_doubt(text) is None
    assert split_items(text) == items


@pytest.mark.parametrize("text", [
    # the second side points back at the first: one piece of work, or two? asked
    "buy a defibrillator and train people to use it", "tear down the old jetty and build a new one",
    "Kirjoitetaan kylän historiasta näytelmä ja esitetään se kesällä", "Laiturin purku ja uuden rakentaminen",
    "remontoidaan kylätalo ja järjestetään avajaiset",
    # one verb for both, or a task without its own object
    "buy a computer and a printer", "ostetaan ruohonleikkuri ja trimmeri", "Kylätalon katon korjaus ja maalaus",
    "fix and paint the fence",
    # "+" with a shared head or object, or one part of the other
    "Kitchen + toilet renovation", "Kids + teens club", "Esitteen suunnittelu + painatus", "kylätalon katto + ikkunat",
    "Bus + guide for the Tallinn trip",
    # review 14: a goal, a means, a hire or a purchase for the first, a part of the first, a replacement, an -ing noun
    "install a heat pump and cut heating costs", "organise talkoot and clean the beach", "järjestetään talkoot ja maalataan kylätalo",
    "buy timber and build the lean-to", "ostetaan puutavara ja rakennetaan laavu", "organise a trip to Tallinn and hire a bus",
    "arrange a Christmas market and buy tents", "kunnostetaan sauna ja uusitaan lauteet", "Kylätalon remontti ja keittiön uusiminen",
    "puretaan vanha vaja ja rakennetaan pyöräkatos tilalle", "buy tools and painting supplies", "rakennetaan kota ja järjestetään vihkiäiset",
    "Kylätalon remontti ja yhteisöllisyyden vahvistaminen", "Vanhan laiturin purkaminen ja betonilaiturin rakentaminen",
    "Vanhojen valokuvien kerääminen ja kuvien digitointi", "Kesätapahtuman järjestäminen ja esiintyjien hankinta",
    "buy a defibrillator and train people to use the device", "hire a carpenter and build the sauna",
    # "+" with parts of unequal length, and a comma between a thing and words about it
    "katon korjaus + räystäät", "kylätalon remontti + avajaiset", "saunan remontti + kesällä", "Dance classes + teacher",
    "new roof, new windows", "Village party, a yearly tradition", "parempi valaistus, parempi turvallisuus",
    # a thing and a detail beside a comma
    "Yoga classes, school gym", "Summer party, whole village invited", "Kylätalon remontti, uusi keittiö", "market stall, sign",
    "Nettisivut, paikallinen yritys tekee", "Kesäjuhla, elokuun alussa",
])
def test_one_or_two_is_still_asked(text):
    assert split_doubt(text) is not None
