"""Fifteenth session: list answers from the spent frozen sets 71-78. Things taken back without a "not" ("akusto pois,
liian kallis", "nej stryk den", "remove that", "ota se pois"), one added ("Lisätään puhelinrinki"), one kept alone ("ei ku
pelkkä laavu") and the last one put better ("Sorry, I meant 15 in work or studies"). A corrected list is never noted
silently: the bot shows it and asks "these N things?"."""

import pytest

from bot.domain.understand_corrections import corrected_items
from bot.domain.understand_doubt import split_doubt


@pytest.mark.parametrize("text, items", [
    ("paneelit, pumppu, akusto. akusto pois, liian kallis", ["paneelit", "pumppu"]),
    ("lankkuja, ruuveja, infotaulut, båtmotor – nej stryk den, moottori ei kuulu tähän", ["lankkuja", "ruuveja", "infotaulut"]),
    ("Storms, rising timber prices, and the Estonians dropping out – actually no, they have signed the letter of intent, "
     "remove that", ["Storms", "rising timber prices"]),
    ("kotikäynnit, kerhot, retket... ee ku retket jätetään pois, ne on liian kalliita. Lisätään puhelinrinki.",
     ["kotikäynnit", "kerhot", "puhelinrinki"]),
    ("laavu, kota... ei ku pelkkä laavu, kota on liian kallis. ja puuliiteri", ["laavu", "puuliiteri"]),
    ("30 licences obtained, 60 participants reached, 15 in work. Sorry, I meant 15 in work or studies.",
     ["30 licences obtained", "60 participants reached", "15 in work or studies"]),
    ("maalämpöpumppu, porakaivo, aurinkopaneelit, invertteri... nej förresten, invertteri kuuluu paneelipakettiin, ota se pois",
     ["maalämpöpumppu", "porakaivo", "aurinkopaneelit"]),
    ("mushroom course, berry course, sourdough course — no, sorry, not sourdough, the baker moved away — and a course on "
     "preserving fish", ["mushroom course", "berry course", "a course on preserving fish"]),
    ("retkivarusteet, läppäri, vuokrakyydit. ai kyydit on palvelu eikä hankinta, ne pois", ["retkivarusteet", "läppäri"]),
    ("rumpusetti, 2 vahvistinta, mikserit, pa-kaiuttimet, eiku ne pa:t lainataa koululta", ["rumpusetti", "2 vahvistinta", "mikserit"]),
    ("Kuusi tablettia, tulostin ja videotykki. Tulostinta emme kuitenkaan tarvitse, sellainen on jo kylätalolla.",
     ["Kuusi tablettia", "videotykki"]),
    ("baskets, rain ponchos, a portable stove, mushroom knives — actually scratch the stove, the Marthas will lend us theirs",
     ["baskets", "rain ponchos", "mushroom knives"]),
    ("lämpöpumppu, 24 paneelia, invertteri, akku — akku ei, liian kallis", ["lämpöpumppu", "24 paneelia", "invertteri"]),
    ("purku, sähköt, putkityöt, kaapistot ja maalaus. Sähköt tekköö kyllä kunnan sähkömies eikä ne kuulu tähän, ota ne pois",
     ["purku", "putkityöt", "kaapistot", "maalaus"]),
    ("ulkokuntosali, valaistu kenttä, katos ja ne penkit. ai niin penkit jätettiin pois budjetista",
     ["ulkokuntosali", "valaistu kenttä", "katos"]),
    ("not enough people come, cost of food go up, kitchen too small - no sorry kitchen is ok, it is big",
     ["not enough people come", "cost of food go up"]),
    ("1) visit to Meloisey in June 2027 2) visit of the French group to Sysmä in 2028 3) the film. Actually, please remove "
     "the film, it will be a separate project.", ["visit to Meloisey in June 2027", "visit of the French group to Sysmä in 2028"]),
    ("ilmavesilämpöpumppu, akku, paneelit - nej, inte akku, liian kallis", ["ilmavesilämpöpumppu", "paneelit"]),
    ("climbing panels, holds (about 300), crash mats, ropes no, no ropes, it is bouldering",
     ["climbing panels", "holds (about 300)", "crash mats"]),
    ("lapsille turvallinen leikkipaikka, perheille kohtaamispaikka, uusia asukkaita kylään. ai ei toi viimenen oo realistinen, "
     "pois se", ["lapsille turvallinen leikkipaikka", "perheille kohtaamispaikka"]),
    ("energiakatselmus, pumpun asennus, ikkunat och solpaneler — nej stryk dem, paneelit jää pois",
     ["energiakatselmus", "pumpun asennus", "ikkunat"]),
    ("talakoot, tiedotus ja kurssit, ei kursseja sittenkää vaan avajaaset", ["talakoot", "tiedotus", "avajaaset"]),
    ("näytöt, konsolit, ei konsoleita vaan ohjaimet, ja valot", ["näytöt", "ohjaimet", "valot"]),
    ("hitsauskone, ei sori, hitsauskone on jo, eli kompressori ja pylväsporakone", ["kompressori", "pylväsporakone"]),
    ("lumityöt, polttopuut, siivous, ei ku ee siivousta, siihen ee oo vakuutusta, ja kauppakassit",
     ["lumityöt", "polttopuut", "kauppakassit"]),
    ("kunta, Folkhälsan och urheiluseura - nej, inte urheiluseura, he ei ehdi", ["kunta", "Folkhälsan"]),
    ("Landowner says no; vandalism; mosquitoes 😄 — no, scratch that last one", ["Landowner says no", "vandalism"]),
    ("piano, no wait we have a piano, so microphones and music stands", ["microphones", "music stands"]),
    ("hankitaan defibrillaattori, ei ku sehän saatiin jo lahjotuksena Osuuspankilta. eli vaan kahvinkeitin ja jääkaappi",
     ["kahvinkeitin", "jääkaappi"]),
    ("Goals: safer trails, fewer conflicts with landowners, and new members. Please delete the last one; recruitment is not "
     "a goal of this project.", ["safer trails", "fewer conflicts with landowners"]),
    ("Riskit: osallistujia ei tule tarpeeksi, kouluttaja sairastuu, sää. Sää ei ole oikeastaan riski, poistetaan se.",
     ["osallistujia ei tule tarpeeksi", "kouluttaja sairastuu"]),
])
def test_a_thing_taken_back_without_a_not_leaves_the_rest(text, items):
    assert corrected_items(text) == items
    assert split_doubt(text) == items  # shown as "these N things?" before anything is noted


@pytest.mark.parametrize("text, items", [
    ("Kurssit, näyttely ja opintomatka – ei, näyttely siirtyy seuraavaan hankkeeseen.", ["Kurssit", "opintomatka"]),
    ("riskit: laite rikki, ei tarpeeksi omenoita – ei, omenoita on massor – ja ei osaajia", ["laite rikki", "ei osaajia"]),
    ("hall not free, not enough players, coach quits - no not that one, coach is my brother lol",
     ["hall not free", "not enough players"]),
    ("a website — no, not a fancy one — and a newsletter", ["a website", "a newsletter"]),  # said about the thing
])
def test_what_an_aside_names_decides_what_goes(text, items):
    assert corrected_items(text) == items
