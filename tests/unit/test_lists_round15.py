"""Fifteenth session: list answers from the spent frozen sets 71-78. Things taken back without a "not" ("akusto pois,
liian kallis", "nej stryk den", "remove that", "ota se pois"), one added ("Lisätään puhelinrinki"), one kept alone ("ei ku
pelkkä laavu") and the last one put better ("Sorry, I meant 15 in work or studies"). A corrected list is never noted
silently: the bot shows it and asks "these N things?"."""

import pytest

from bot.domain.understand_corrections import corrected_items
from bot.domain.understand_doubt import split_doubt
from bot.domain.understand_lists import split_items


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


@pytest.mark.parametrize("text, parts", [
    ("Honkajoen kunta seurakunta K-market ja terveyskeskus", ["Honkajoen kunta", "seurakunta", "K-market", "terveyskeskus"]),
    ("kuljettajien puute vakuutusasiat ja talvikelit", ["kuljettajien puute", "vakuutusasiat", "talvikelit"]),
    ("tabletti tulostin ja varauspuhelin", ["tabletti", "tulostin", "varauspuhelin"]),
    ("vähintään 1500 kyytiä 20 koulutettua kuljettajaa ja pysyvä kyytirinki",
     ["vähintään 1500 kyytiä", "20 koulutettua kuljettajaa", "pysyvä kyytirinki"]),
    ("uus kiuas pukuhuone laituri ja esteetön polku", ["uus kiuas", "pukuhuone", "laituri", "esteetön polku"]),
    ("skanneri tietokone ulkoinen kovalevy", ["skanneri", "tietokone", "ulkoinen kovalevy"]),
    ("kyläläiset mökkiläiset ja matkailijat", ["kyläläiset", "mökkiläiset", "matkailijat"]),
    ("vanhan pukuhuoneen purku uuden esteettömän pukuhuoneen rakentaminen kiukaan vaihto ja laiturin uusiminen",
     ["vanhan pukuhuoneen purku", "uuden esteettömän pukuhuoneen rakentaminen", "kiukaan vaihto", "laiturin uusiminen"]),
    ("clear the trail line put up the LED lights buy a groomer build a laavu at the halfway point",
     ["clear the trail line", "put up the LED lights", "buy a groomer", "build a laavu at the halfway point"]),
    ("build the new sauna fix the jetty build a changing hut make an accessible path down to the beach",
     ["build the new sauna", "fix the jetty", "build a changing hut", "make an accessible path down to the beach"]),
    ("ensimmäinen kuljettajien haku toinen koulutus kolmas kyydit alkaa", ["kuljettajien haku", "koulutus", "kyydit alkaa"]),
    ("yksi haastattelut kaksi skannaus kolme kirja", ["haastattelut", "skannaus", "kirja"]),
])
def test_things_dictated_without_commas_are_offered_as_parts(text, parts):
    assert split_doubt(text) == parts  # "one thing or several?", with these parts a tap away


@pytest.mark.parametrize("text", [
    "kerhot lapsille ja perhekahvila",  # for whom: one thing and another, the pair question as before
    "opettaja palkka ja tila vuokra",  # a compound typed apart on both sides
    "Rakennusliike Hyvönen Oy ja Kaavin kunnan rakennustarkastaja",  # names of more words
    "nya invånare och kesäasukkaat",
    "kato sitä meiän ideapaperia",  # no things at all
    "swim school & beach cleanup day",
])
def test_words_in_a_row_that_are_not_a_run_of_things(text):
    assert split_doubt(text) is None or len(split_doubt(text)) <= 2


@pytest.mark.parametrize("text, items", [
    ("eka maanrakennus sitte laitteiden asennus sitte valot ja lopuks avajaiset",
     ["maanrakennus", "laitteiden asennus", "valot", "avajaiset"]),
    ("ekaks kattoremontti sit ikkunat ja vikaks pihan leikkipaikka", ["kattoremontti", "ikkunat", "pihan leikkipaikka"]),
])
def test_steps_counted_from_eka_without_commas(text, items):
    assert split_items(text) == items
    assert split_doubt(text) is None  # no "one thing or two?" about one of the "ja"s


@pytest.mark.parametrize("text, items", [
    ("no tavote on että kylätalo sais olla käytössä ympäri vuuen ja että pyörätuolilla pääsis sisälle ja että voitais pittää "
     "ruokailuja isommillekki porukoille",
     ["kylätalo sais olla käytössä ympäri vuuen", "pyörätuolilla pääsis sisälle", "voitais pittää ruokailuja isommillekki porukoille"]),
    ("riskinä on että hinnat nousee, talkooväki vanhenee ja urakoitsija ei ehi", ["hinnat nousee", "talkooväki vanhenee", "urakoitsija ei ehi"]),
    ("ett joka kylässä ois aed 24/7, ett väh 200 ihmistä osaa käyttää sitä ja ett kukaan ei pelkää käyttää",
     ["joka kylässä ois aed 24/7", "väh 200 ihmistä osaa käyttää sitä", "kukaan ei pelkää käyttää"]),
    ("tavotteena on että kyläläesillä ois paekka kokoontuu, ja että nuoret perheet muuttas kylälle",
     ["kyläläesillä ois paekka kokoontuu", "nuoret perheet muuttas kylälle"]),
    ("ette käsityöperinne ei katoa, ette nuoret ja vanhat tutustuu toishiinsa ja ette kylälle tullee uusia ihmisiä",
     ["käsityöperinne ei katoa", "nuoret ja vanhat tutustuu toishiinsa", "kylälle tullee uusia ihmisiä"]),
    ("Tavoitteenamme on, että ikäihmisten yksinäisyys vähenee, että heidän liikkumiskykynsä säilyy ja että kylien "
     "vapaaehtoistoiminta vahvistuu.",
     ["ikäihmisten yksinäisyys vähenee", "heidän liikkumiskykynsä säilyy", "kylien vapaaehtoistoiminta vahvistuu"]),
    ("tavotteet o et palstat pysyy viljelykäytös ja et uusii jäseni tulee", ["palstat pysyy viljelykäytös", "uusii jäseni tulee"]),
    ("målet är att skolan hålls öppen ja että perheitä muuttaa saareen", ["skolan hålls öppen", "perheitä muuttaa saareen"]),
])
def test_goals_and_risks_said_as_that_clauses_are_an_item_each(text, items):
    assert split_items(text) == items


def test_a_request_with_that_and_a_question_word_stays_whole():
    assert split_items("Toivoisin, että neuvoja ensin kertoisi, mitä tähän kohtaan on tarkoitus kirjata.")[0].startswith("Toivoisin")


@pytest.mark.parametrize("text, items", [
    ("delays in delivery, weather, the board gets tired :)", ["delays in delivery", "weather", "the board gets tired"]),
    ("kangasta, lankaa, nappeja, vetoketjuja ja sitte vielä yks saumuri", ["kangasta", "lankaa", "nappeja", "vetoketjuja", "yks saumuri"]),
])
def test_a_smiley_or_a_still_is_not_the_things_words(text, items):
    assert split_items(text) == items


@pytest.mark.parametrize("text, parts", [
    ("lämpöpumppu ja aurinkopaneelit 🙂", ["lämpöpumppu", "aurinkopaneelit"]),
    ("young families 👶 and returning locals", ["young families", "returning locals"]),
    ("Sonkajärven kunta, Pohjois-Savon hyvinvointialue ja sitte Sukevan seurakunta, ne lupas jo tulla mukkaan, ja vielä 4H-yhistys",
     ["Sonkajärven kunta", "Pohjois-Savon hyvinvointialue", "Sukevan seurakunta", "4H-yhistys"]),
    ("Partalan osakaskunta, kunta ja venekerho. osakaskunta omistaa sen rannan", ["Partalan osakaskunta", "kunta", "venekerho"]),
    ("Lonely people in winter, retired fishermen, young mums. Winters here are long, you know.",
     ["Lonely people in winter", "retired fishermen", "young mums"]),
    ("more activity for youth in the dark time, less screen time, bring village and tourists together",
     ["more activity for youth in the dark time", "less screen time", "bring village and tourists together"]),
])
def test_remarks_among_the_things_are_left_out_of_the_parts_offered(text, parts):
    assert split_doubt(text) == parts  # asked "one thing or several?": the remark might be meant as a thing


@pytest.mark.parametrize("text, items", [
    ("ensin suunnitelma, sitten tarjoukset ja sit rakennetaan", ["suunnitelma", "tarjoukset", "rakennetaan"]),
    ("first the permit, then foundations, then sauna building, dock building, and last opening party",
     ["the permit", "foundations", "sauna building", "dock building", "opening party"]),
    ("Firstly, too few participants; secondly, bad weather on the course days; and thirdly, the trainer may become ill.",
     ["too few participants", "bad weather on the course days", "the trainer may become ill"]),
    ("🌲 metsäretket 🌲 ryhmätapaamiset 🌲 yksilöohjaus", ["metsäretket", "ryhmätapaamiset", "yksilöohjaus"]),
    ("🐑 sheep shelter 🚰 water pump ⚡ solar panel for fence", ["sheep shelter", "water pump", "solar panel for fence"]),
])
def test_steps_and_emoji_bullets_on_one_line(text, items):
    assert split_items(text) == items


def test_three_risks_joined_by_or_are_offered_as_parts():
    assert split_doubt("jäät rikkoo laiturin tai talkooväki vanhenee tai ei saada lupaa") == [
        "jäät rikkoo laiturin", "talkooväki vanhenee", "ei saada lupaa"]


@pytest.mark.parametrize("text", ["Vain yksi uusi toimenpide", "Vain kunnon laituri", "Myös uusi kiuas"])
def test_a_single_thing_with_an_adverb_or_one_is_not_offered_as_parts(text):
    from bot.domain.understand_doubt import split_doubt
    assert split_doubt(text) is None  # the end-to-end edit test types this: one action, read back, not "one or several?"
