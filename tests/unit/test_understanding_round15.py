"""Fifteenth round: talkoot hours said as a rhythm, with children, paid work or machines beside them, in labelled
parts, as a figure agreed on or with its working; figures said twice or in Swedish. Every new reading is proposed
(shown with a Yes button), never saved without the person seeing it."""

from decimal import Decimal

import pytest

from bot.domain.parsing import understand_amount, understand_hours
from bot.domain.understand_check import checked


@pytest.mark.parametrize("text, lang, hours", [
    ("Kuus vapaaehtosta, jokkainen kaks tuntia viikossa, ja viikkoja ois sellanen kuuskymmentä.", "fi", 720),
    ("Kolome naista leipoo kerran kuussa, neljä tuntia kerrallaan, kahen vuojen ajan.", "fi", 288),
    ("Vapaaehtosia ois 10, kukin tekis 2 tuntia viikossa, 40 viikkoa vuojessa, ja hanke kestää kaks vuotta.", "fi", 1600),
    ("Kyläkävelyjen vetäjät: kolme henkilöä, neljä tuntia viikossa, kahdenkymmenen viikon ajan.", "fi", 240),
    ("Myö Raimon kanssa kahestaan, kumpiki viis tuntia kuussa, kolkyt kuukautta.", "fi", 300),
    ("joka kuukaus kymmenen tuntia kahen vuuen ajan", "fi", 240),
    ("skannausta tehdään kaksi kertaa viikossa kolme tuntia kerrallaan neljän hengen porukalla neljänkymmenen viikon ajan",
     "fi", 960),
    ("Ten members, eight hours each per year, for the two years of the project.", "en", 160),
    ("homework help: 2 people, 2 hours, twice a week, 30 weeks", "en", 240),
    ("The board members will meet once a month for two hours; there are seven of us, over the 24 months.", "en", 336),
    ("I'd put in 3 hours a week for 40 weeks, and my wife the same.", "en", 240),
])
def test_a_rhythm_over_the_project_is_multiplied_out_and_proposed(text, lang, hours):
    reading = checked(understand_hours(text, lang=lang), text, "hours")  # as the interview reads it
    assert reading.value == Decimal(hours)
    assert reading.doubt  # shown with its working to confirm


@pytest.mark.parametrize("text", [
    "vapaaehtoiset tekee 2 h viikossa 40 viikkoa",  # how many volunteers?
    "2 h viikossa koko vuoden",  # weeks in a year not said
    "3 h viikossa 6 kuukautta",  # weeks from months: not guessed
])
def test_a_rhythm_with_a_missing_count_is_not_multiplied(text):
    reading = understand_hours(text, lang="fi")
    assert reading.value is None or reading.doubt


@pytest.mark.parametrize("text, lang, hours", [
    ("Koordinaattori tekköö 30 tuntia viikossa mutta se on palakallista. Vapaaehtoset sitten noin 300 tuntia.", "fi", 300),
    ("Lapsenlapset tulloo kans auttaan, ne on 10 ja 12 vuotiaita, mutta aekuisia 5 henkee 2 päevee 6 tuntia.", "fi", 60),
    ("juniorit (11-14v) auttaa haravoimaan mut aikuisia 8 hlöä 1 päivä 5 h", "fi", 40),
    ("6 ihmistä 3 päivää 8 h ja lapset auttaa kans", "fi", 144),
    ("8 henkee 5 arkipäevää 6 tuntia, ja traktorilla Reijo ajjaa lisäks 10 tuntia", "fi", 240),
    ("Kakssattaa tuntia ihmistyötä, ja Penan traktorilla lumitöitä kakskymmentä tuntia päälle.", "fi", 200),
    ("the junior team helps too but they're 10-14, so adults only: 90 h", "en", 90),
    ("The coordinator works 30 hours a week, but that is paid. Volunteer hours: 120.", "en", 120),
    ("Around 450 hours, plus the school children who will sing — but they are under fifteen, so I did not count them.",
     "en", 450),
    ("250h + snowmobile 10h for transport", "en", 250),
])
def test_children_paid_work_and_machines_are_left_out(text, lang, hours):
    reading = understand_hours(text, lang=lang)
    assert reading.value == Decimal(hours)
    assert reading.doubt


@pytest.mark.parametrize("text, lang, hours", [
    ("cooking 60 h, cleaning 30 h, kids activities 90 h", "en", 180),  # work for the children is the adults' work
    ("Talkootyö 240 h ja sähkötöissä talkoolaisena sähkömies 30 h", "fi", 270),  # an electrician volunteering
])
def test_work_for_children_or_by_a_volunteering_professional_stays_in(text, lang, hours):
    assert understand_hours(text, lang=lang).value == Decimal(hours)


def test_a_machines_share_of_the_total_is_still_asked():
    assert understand_hours("talkoot 200 h ja siitä traktorilla 20 h", lang="fi").value is None


@pytest.mark.parametrize("text, lang, hours", [
    ("purkuun 200 tuntia rakentamiseen 150 ja siivoukseen vielä 30", "fi", 380),
    ("Purkutyöt 80 tuntia, maalaus 60 ja loppusiivous 20", "fi", 160),
    ("no mie ite oon siellä varmaan 60 tuntia ja veljenpoika 45", "fi", 105),
    ("20 h for me and 20 h for my wife and the neighbour 15", "en", 55),
    ("hirsityöt tekee firma, me talkoo vain purku 50 tuntia ja siivous 20", "fi", 70),
])
def test_labelled_parts_are_added_up_and_proposed(text, lang, hours):
    reading = understand_hours(text, lang=lang)
    assert reading.value == Decimal(hours)
    assert reading.doubt


@pytest.mark.parametrize("text, lang", [
    ("Minä ja kaksi naapuria, jokainen 10 tuntia.", "fi"),  # each one's hours: not a sum of 2 and 10
    ("maybe 50 hours, maybe 500, who knows", "en"),
    ("tuhat tuntia! no ei vaen, laitetaan 500", "fi"),
    ("talkoolla: joka ikkuna vie 3 tuntia ja ikkunoita on 46", "fi"),
])
def test_figures_that_are_not_parts_are_not_added(text, lang):
    reading = understand_hours(text, lang=lang)
    assert reading.parts is None or reading.value not in (Decimal(12), Decimal(550), Decimal(1500), Decimal(49))


@pytest.mark.parametrize("text, lang, hours", [
    ("pekka says 300 but i think more like 350, we agreed on 330", "en", 330),
    ("Arvo laski jotta noin 400 tuntia, mutta minusta se on liikoo, pannaan 320", "fi", 320),
    ("I first wrote 500 but the chairman says 550 is more realistic, so 550.", "en", 550),
    ("96h, 8 hlöä x 12h", "fi", 96),
    ("Kolmesataa tuntia, ts. noin 20 henkilöä 15 tuntia kukin.", "fi", 300),
    ("kolme meistä tekee 50 h kukin, eli 150", "fi", 150),
    ("two hundred, no, two hundred fifty hours", "en", 250),
    ("kolmesataa, nej vänta, kakssataaviiskymmentä", "fi", 250),
    ("talkoot ungefär 300 timmar, noin 300 tuntia", "fi", 300),
])
def test_the_figure_settled_on_or_worked_out_is_proposed(text, lang, hours):
    reading = understand_hours(text, lang=lang)
    assert reading.value == Decimal(hours)
    assert reading.doubt


@pytest.mark.parametrize("text, lang, hours", [
    ("kolomesattaaviiskymmentä tuntia", "fi", 350),
    ("hundra timmar ungefär", "fi", 100),
    ("kuus gubbar, kolme lauantaita, 7 tuntia", "fi", 126),
    ("fem personer, tre dagar, 6 timmar", "fi", 90),  # until this round a tally left to ask (the counts unread)
])
def test_dialect_and_swedish_figures(text, lang, hours):
    assert understand_hours(text, lang=lang).value == Decimal(hours)


@pytest.mark.parametrize("text, euros", [
    ("tre tusen... kolme tuhatta euroa", 3000),
    ("tolv tusen, eli kaksitoista tuhatta", 12000),
    ("tolv tusen? nej, kaksitoista ja puoli tuhatta", 12500),
])
def test_swedish_thousands_beside_finnish_ones(text, euros):
    assert understand_amount(text, lang="fi").value == Decimal(euros)


@pytest.mark.parametrize("text, lang, euros", [
    ("salaries 30 000, travel 8 000, training 12 000 so 50 000 all in", "en", 50000),
    ("ventilation 9 500 dishwasher 3 200 cold room 6 800 so together 19 500", "en", 19500),
    ("the drones are about 1.5k each and we need three so 4.5k", "en", 4500),
    ("Opintomatka Viroon kostar kanske... noin 4 000, ehkä 4 500", "fi", 4500),
    ("~18k, maybe a bit less", "en", 18000),
    ("aurinkopaneelit 15 kilowattia, niistä tuli tarjous 18 900 euroo asennettuna ja alv:n kans", "fi", 18900),
    ("Tarvikkeisiin 150 € kurssia kohden ja kursseja on 8", "fi", 1200),
    ("snowshoes, 20 pairs at 120 euros", "en", 2400),
    ("3d printers 3 x 900", "en", 2700),
    ("workbenches 4 @ 450e", "en", 1800),
    ("pitkospuita 600 metriä ja se on 25 e metri", "fi", 15000),
    ("40 000, ei ko 42 000 ko lisättiin se käymälä", "fi", 42000),
])
def test_amounts_left_to_a_question_before_are_proposed(text, lang, euros):
    reading = understand_amount(text, lang=lang)
    assert reading.value == Decimal(euros)
    assert reading.doubt


@pytest.mark.parametrize("text", [
    "maybe 10k, maybe more", "4000 tai 6000 riippuen tuleeko katos", "Ehkä 20 000, ehkä enemmän.",
    "laitteet 1200 + remppa 3000 = 4500",  # the parts and the total disagree
])
def test_undecided_amounts_are_still_asked(text):
    assert understand_amount(text, lang="fi").value is None


@pytest.mark.parametrize("text, lang, hours", [
    ("Sata tuntia minä ja Raimo saman verran", "fi", 200),
    ("vapaaehtoisten tunteja ehkä 250", "fi", 250),
    ("volunteer hours maybe 300", "en", 300),
    ("minä 50 tuntia ja Ayşe 50 tuntia ja Leila 30", "fi", 130),
    ("4 ukkoo viikon verran, arkipäevät, 7 tuntia päevässä", "fi", 140),
])
def test_more_hours_proposed(text, lang, hours):
    reading = checked(understand_hours(text, lang=lang), text, "hours")
    assert reading.value == Decimal(hours)
    assert reading.doubt


@pytest.mark.parametrize("text, lang", [
    ("the kids also help but they are 10-12 yrs", "en"),
    ("Ne koululaiset on luvannu tulla maalaamaan mut ne on kaikki 12-vuotiaita", "fi"),
])
def test_children_alone_give_no_talkoot_hours(text, lang):
    assert understand_hours(text, lang=lang).value is None


@pytest.mark.parametrize("text, hours", [("traktori n. 8 tuntia", 8), ("excavator 15 h", 15)])
def test_a_machine_alone_is_still_read_for_the_machine_hours_question(text, hours):
    assert understand_hours(text, lang="fi").value == Decimal(hours)


@pytest.mark.parametrize("text, lang, value, kind", [
    ("me about 100 hrs, my neighbour Aila another 80", "en", 180, "hours"),
    ("Minä itse noin 60 tuntia, Stig 40 ja muut yhteensä 100", "fi", 200, "hours"),
    ("Kaksisataa tuntia talkoota, ja lisäksi kouluttaja 48 tuntia mutta hän saa palkkion", "fi", 200, "hours"),
    ("minä ja veljeni Tapio ollaan kaevinkoneella 20 tuntia, ja lapiohommissa 5 henkee 2 päevee 7 tuntia", "fi", 70, "hours"),
    ("Markkinointi: lehti-ilmoitukset 600, flyerit 250 och Facebook-mainokset 150", "fi", 1000, "amount"),
])
def test_parts_and_the_paid_work_named_after_them(text, lang, value, kind):
    reading = understand_hours(text, lang=lang) if kind == "hours" else understand_amount(text, lang=lang)
    assert reading.value == Decimal(value)
    assert reading.doubt


@pytest.mark.parametrize("text", [
    "Hallitus esitti 6 000 €, toiminnanjohtaja 9 000 €.",  # two views, not two costs
    "Meillä on vähän eri arviot: minä sanoisin 10 000 ja puheenjohtaja 20 000",
    "Laskelmien mukaan kustannukset olisivat 18 000 euroa ilman arvonlisäveroa ja 22 590 euroa verollisena.",
])
def test_two_views_of_one_cost_are_not_added(text):
    reading = understand_amount(text, lang="fi")
    assert reading.value not in (Decimal(15000), Decimal(30000), Decimal(40590))


def test_the_month_settled_on_last_is_proposed():
    from datetime import date

    from bot.domain.parsing import understand_date
    reading = understand_date("after the board mtg in feb, so march", role="start", today=date(2026, 12, 4), lang="en")
    assert reading.value == date(2027, 3, 1) and reading.vague  # shown to confirm


def test_a_year_and_a_half_in_the_genitive():
    from datetime import date

    from bot.domain.parsing import understand_date
    reading = understand_date("Puolentoista vuuen piästä siitä alotuksesta", role="end", today=date(2026, 12, 4), lang="fi",
                              start=date(2027, 5, 1))
    assert reading.value == date(2028, 10, 31)


@pytest.mark.parametrize("text, value, kind", [
    ("tre hundra timmar", 300, "hours"), ("två hundra och femtio timmar", 250, "hours"), ("hundra femtio timmar", 150, "hours"),
    ("ett tusen fem hundra euro", 1500, "amount"), ("fyra hundra femtio euro", 450, "amount"),
    ("tjugofem tusen euro, kakskytviis tonnia", 25000, "amount"),
])
def test_swedish_numbers_are_read_whole(text, value, kind):
    reading = understand_hours(text, lang="fi") if kind == "hours" else understand_amount(text, lang="fi")
    assert reading.value == Decimal(value)


@pytest.mark.parametrize("text, kind", [
    ("två-tre hundra timmar", "hours"),  # a range in words: asked
    ("tre tusen, eller fyra", "amount"),  # two figures to choose from
    ("events 3, 200 hours", "hours"),  # the 200 may be the total: not 600
])
def test_swedish_ranges_and_counts_before_a_total_are_not_multiplied(text, kind):
    reading = understand_hours(text, lang="fi") if kind == "hours" else understand_amount(text, lang="fi")
    assert reading.value is None or reading.doubt or reading.value == Decimal(200)


def test_tre_for_tampere_is_no_number():
    assert understand_amount("Tre:ltä ostetaan 2000 eurolla", lang="fi").value == Decimal(2000)
