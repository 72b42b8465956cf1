"""Round 20 (7.12.2026): what the last fresh sets showed (set 111's "mid may 27"), and the forms found after it."""

from __future__ import annotations

from datetime import date

import pytest

from decimal import Decimal

from bot.domain.parsing import understand_amount, understand_date, understand_hours

TODAY = date(2026, 12, 4)


@pytest.mark.parametrize("text, role, meant, proposed", [
    ("mid may 27", "start", date(2027, 5, 15), True),  # set 111 (after its run): a part of a month, then its year
    ("Mid-May 27, after exams", "start", date(2027, 5, 15), True),
    ("end of june 28", "end", date(2028, 6, 30), False),
])
def test_a_two_digit_year_after_a_part_of_a_month(text, role, meant, proposed):
    reading = understand_date(text, role=role, today=TODAY, lang="en")
    assert (reading.value, bool(reading.vague)) == (meant, proposed)


@pytest.mark.parametrize("text, meant", [
    ("may 27", date(2027, 5, 27)),  # a month and a number alone is still a day
    ("mid may 12", date(2027, 5, 12)),  # no year that near: a day
    ("end of may 27th 2027", date(2027, 5, 27)),  # a year said in full: the number is the day
])
def test_a_day_after_a_month_stays_a_day(text, meant):
    assert understand_date(text, role="start", today=TODAY, lang="en").value == meant


@pytest.mark.parametrize("text, meant", [
    # set 113-114 (after their run): a cost said with and without VAT, and which one is meant
    ("wrestling mats 7 200 with VAT, 5 737 without. we cannot get VAT back so with VAT", 7200),
    ("12 400 with moms (VAT) and 9 880 without, we want the one without because the byaförening is VAT registered", 9880),
    ("The training package is 6,000 euros without VAT and 7,530 with VAT. We are not VAT registered, so please use "
     "the VAT-inclusive figure.", 7530),
    ("kompressori 1200 alv 0 ja alvin kans 1506, meille se alvillinen", 1506),
    ("Puutavara tulloo 12 000 alvillisena, ilman alvii vajjaat 9 600. Meil ei oo alv-rekisteröintii nii kyl se "
     "alvillinen pittää laittaa.", 12000),
    ("10 000 ilman alvia ja 12 550 alvin kanssa", 12550),  # neither said: with VAT, proposed
    ("10 000 ilman alvia ja 12 550 alvin kanssa, ollaan alv-rekisterissä", 10000),
])
def test_with_or_without_vat_is_the_one_meant_and_proposed(text, meant):
    reading = understand_amount(text, lang="fi")
    assert (reading.value, bool(reading.doubt)) == (Decimal(meant), True)


@pytest.mark.parametrize("text", [
    "10 000 ilman alvia ja 20 000 alvin kanssa",  # not a VAT apart: which is it? asked
    "5 000 ilman alvia, 6 200 alvin kanssa, mutta ollaan alv-rekisterissä ja sanoit alvillinen",  # both ways: asked
])
def test_with_and_without_vat_that_do_not_fit_are_asked(text):
    assert understand_amount(text, lang="fi").value is None


@pytest.mark.parametrize("text, meant", [
    # set 113-114 (after their run): the children's work said not to count is left out
    ("kuus henkeä kaks päivää kymmenen tuntia ja mun poika joka on kolmetoista mut sitä ei kai lasketa", 120),
    ("aikuiset 80 tuntia ja juniorit 40 tuntia mutta juniorit on 12-14 vuotta, ne ei lasketa", 80),
    ("Hosting week: 15 volunteers x 5 days x 4 hours. The school kids (12–13) help with dinner too but I know they "
     "don't count", 300),
    ("alle 15v ei lasketa nii aikuisia 5 x 4 päivää x 6h", 120),
    ("tournament 2 days, 15 people, 8 hours each day. My kids 10 and 12 also help but they are under 15 so not count", 240),
    ("konsertti: 12 aikuista 5 tuntia + lapset (8-12 vuotta), lapset ei lasketa", 60),
])
def test_the_childrens_work_said_not_to_count_is_left_out(text, meant):
    reading = understand_hours(text, lang="fi")
    assert (reading.value, bool(reading.doubt)) == (Decimal(meant), True)


@pytest.mark.parametrize("text, meant", [
    ("lapset 40 tuntia, vanhemmat 100 tuntia, palkattua työtä ei lasketa", 140),  # the paid work is what does not count
    ("10 nuorta, 5 päivää, 3 tuntia päivässä", 150),  # youths counted, nothing said against it
    ("15 nuorta (kaikki yli 15v) 4 päivää 5 tuntii", 300),
])
def test_the_young_said_to_count_stay(text, meant):
    assert understand_hours(text, lang="fi").value == Decimal(meant)


@pytest.mark.parametrize("text, start, meant", [
    # set 113-114 (after their run), and older sets that had the same forms
    ("Puoltoist vuotta pitäs riittää hyvin.", date(2027, 4, 1), date(2028, 9, 30)),
    ("puolitoista vuosi", date(2027, 1, 1), date(2028, 6, 30)),
    ("vuuen piäst alotuksest", date(2027, 5, 15), date(2028, 5, 14)),
])
def test_spoken_lengths_from_the_start(text, start, meant):
    reading = understand_date(text, role="end", today=TODAY, lang="fi", start=start)
    assert (reading.value, bool(reading.vague)) == (meant, True)


def test_mid_month_in_dialect():
    reading = understand_date("toukokuun puoliväliss 2027, ku linnut on tullu", role="start", today=TODAY, lang="fi")
    assert reading.value == date(2027, 5, 15)


@pytest.mark.parametrize("text, meant", [
    ("tuhat viisisataa tuntia", 1500),  # a thousand and its hundreds said apart: one number
    ("tuhat viissataa tuntia koko hankkeessa", 1500),
])
def test_a_thousand_and_its_hundreds_said_apart(text, meant):
    assert understand_hours(text, lang="fi").value == Decimal(meant)


def test_a_count_of_thousands_keeps_its_hundreds():
    assert understand_amount("kolme tuhat viisisataa", lang="fi").value == Decimal(3500)


def _options(question):
    import yaml
    from pathlib import Path
    labels: dict = {}
    for lang in ("fi", "en"):
        data = yaml.safe_load((Path(__file__).parents[2] / "content" / lang / "interview.yaml").read_text(encoding="utf-8"))
        for key, label in data["interview"]["options"][question].items():
            labels.setdefault(str(key), []).append(str(label))
    return {k: tuple(v) for k, v in labels.items()}


@pytest.mark.parametrize("text, question, meant", [
    # set 113 (after its run): the option settled on after the doubts, read back
    ("I have no idea what ESR+ even is. Not sure", "track", "notsure"),
    ("training and info? or development? hmm, I'd say development", "leader_type", "development"),
    ("kehittämis... nej, investointi", "leader_type", "investment"),
])
def test_the_option_settled_on_last_is_read_back(text, question, meant):
    from bot.domain.understand_choice_guess import read_choice
    assert read_choice(text, _options(question), lang="en", question=question) == (meant, True)


@pytest.mark.parametrize("text, question", [
    ("leader i think?? or esr", "track"),  # still wondering: the buttons ask
    ("development? or investment? we buy stuff", "leader_type"),  # a description after the question
])
def test_an_option_only_wondered_about_last_is_no_answer(text, question):
    from bot.domain.understand_choice_guess import read_choice
    assert read_choice(text, _options(question), lang="en", question=question) == (None, False)


@pytest.mark.parametrize("text, items", [
    # set 113-114 (after their run)
    ("kids off the street, more girls doing sport, fathers and kids together",
     ["kids off the street", "more girls doing sport", "fathers and kids together"]),  # two kinds of people together
    ("sup-laudat, kajakit, pelastusliivit ja kahvinkeitin. siinä kai kaikki 😊",
     ["sup-laudat", "kajakit", "pelastusliivit", "kahvinkeitin"]),  # a closing remark with an emoji
    ("trips, courses and evenings together", ["trips", "courses", "evenings together"]),  # things, not people
])
def test_lists_of_round_20(text, items):
    from bot.domain.parsing import split_items
    assert split_items(text) == items


@pytest.mark.parametrize("text, meant", [
    # set 113-114 (after their run): learner and spoken forms, a hedge, a product plus a figure
    ("5 ihminen, 2 tunti, joka viikko, 40 viikko", 400),
    ("talkoita on kolme kertaa ja joka kerta tulee semmonen kymmenen henkeä neljäks tunniks", 120),
    ("noin kakssataa tuntia plus miinus", 200),
    ("painting the club room 4 guys, 2 days, 6 hours. and cleaning after, 10 hours", 58),
    ("2 days × 5 ppl × 4h + 10h planning", 50),
    ("Noin 500 tuntia yhteensä, mutta siitä 200 on koordinaattorin palkallista työtä.", 300),
])
def test_hours_of_round_20_are_proposed(text, meant):
    reading = understand_hours(text, lang="fi")
    assert (reading.value, bool(reading.doubt)) == (Decimal(meant), True)


@pytest.mark.parametrize("text", [
    "my rugby boys will help too, 8 guys 2 days 5 hours. they are all over 18",  # an age is no hours to add
    "500 tuntia, siitä 200 on vapaaehtoisten",  # a share, not paid: which is meant? asked
])
def test_an_age_or_an_unpaid_share_is_not_added_or_taken_off(text):
    assert understand_hours(text, lang="en").value in (None, Decimal(80))


@pytest.mark.parametrize("text, meant", [
    # set 113-114 (after their run): corrections, spans of months, spoken ranges and genitives, a result said with a word
    ("Hosting the Faroese group 4 000 – no, with the sauna evening and the boat trip more like 4 800", 4800),
    ("pallot ja verkot 1200 euro... anteeksi, 1400", 1400),
    ("ohjaaja 2000/kk kesä-elokuu", 6000),
    ("coach 2000 a month june to august", 6000),
    ("hallin vuokra 250 kk kahen vuojen ajan", 6000),
    ("Maisemointii männöö kahest kolmee tonnii.", 3000),
    ("Kaikkiaa se ois siin kuuenkymmenen tonnin paikkeil.", 60000),
    ("salivuokra 40 euro tunti, 2 tuntia viikko, 40 viikkoa. yani 3200", 3200),
    ("trips for the kids 3 × 600 = 1800 plus bus 400 so 2200 total", 2200),
])
def test_amounts_of_round_20(text, meant):
    assert understand_amount(text, lang="fi").value == Decimal(meant)


def test_a_sum_said_with_eli_keeps_its_parts():
    reading = understand_amount("Yhteensä: paneelit 18 000 €, lämpöpumppu 16 500 €, eristys 9 200 € ja suunnittelu 1 900 €, "
                                "eli 45 600 €.", lang="fi")
    assert reading.value == Decimal(45600) and reading.parts


def test_way_more_like_last_year_is_no_correction():
    assert understand_hours("about 180 h, last year's festival took way more like 300", lang="en").value == Decimal(180)


@pytest.mark.parametrize("text, parts", [
    # set 113-114 (after their run): two parts of several words around one comma are offered, not read back as one
    ("nuoret saa kesätyökokemusta, kylätalo on käytössä kesällä", ["nuoret saa kesätyökokemusta", "kylätalo on käytössä kesällä"]),
    ("young people have friends, parents learn Finnish", ["young people have friends", "parents learn Finnish"]),
])
def test_two_clauses_around_a_comma_are_offered(text, parts):
    from bot.domain.understand_doubt import split_doubt
    assert split_doubt(text) == parts


@pytest.mark.parametrize("text", [
    "I think we have covered the activities already, nothing more to add.",
    "Iisalmen Kierrätyskeskus, ne on tehny tätä jo kymmenen vuotta",
    "Kesäjuhla, 300 kävijää",
    "just the outdoor gym, lights are other project later",
])
def test_a_remark_after_a_comma_is_no_second_thing_offered(text):
    from bot.domain.understand_doubt import split_doubt
    assert split_doubt(text) is None


@pytest.mark.parametrize("text", [
    # set 113-114 (after their run): a kind of thing, or all that is needed, names no thing yet: asked again
    "kaikki tarpeellinen", "the usual partners", "Erilaiset tukitoimet.", "urheilu asia", "semmosta toimintaa nuorille",
    "kaikki tavara mitä urheilu tarvitsee yani",
])
def test_a_kind_of_thing_names_nothing_yet(text):
    from bot.domain.understand_doubt import says_nothing_yet
    assert says_nothing_yet(text, listing=True)


def test_kinds_of_things_named_are_things():
    from bot.domain.understand_doubt import says_nothing_yet
    assert not says_nothing_yet("Erilaiset tapahtumat ja retket", listing=True)


def test_the_one_named_in_place_of_a_taken_back_thing_is_kept():
    from bot.domain.understand_corrections import corrected_items
    assert corrected_items("Virtain kaupunki ja Metsähallitus eiku Metsähallitus ei oo mukana mutta Liedenpohjan "
                           "kalastuskunta") == ["Virtain kaupunki", "Liedenpohjan kalastuskunta"]


@pytest.mark.parametrize("text, lang", [
    # set 114 (after its run): the meeting's month is no end; a date is offered to hold the place, as for any unknown end
    ("En mie tiijä viel. Hallitus päättää sen tammikuun kokoukses.", "fi"),
    ("I am afraid I cannot say yet; the board will discuss the schedule in January.", "en"),
])
def test_an_end_the_board_will_decide_is_not_the_meetings_month(text, lang):
    reading = understand_date(text, role="end", today=TODAY, lang=lang, start=date(2027, 3, 1))
    assert (reading.value, reading.placeholder) == (None, date(2029, 2, 28))


def test_an_end_said_beside_the_meeting_is_read():
    reading = understand_date("the board meets in january, project ends december 2028", role="end", today=TODAY, lang="en",
                              start=date(2027, 3, 1))
    assert reading.value == date(2028, 12, 31)


# Adversarial review 34 (a helper that did not write this round's rules, 147 inputs): what it found, narrowed

@pytest.mark.parametrize("text, role, meant", [
    ("start late august 24th", "start", date(2027, 8, 24)),  # an ordinal is a day, and 2024 is past
    ("end of june 30", "end", date(2027, 6, 30)),  # the month's own last day after "end of"
    ("end of may 28th", "end", date(2027, 5, 28)),
    ("from mid may 27 to end of june 28", "start", date(2027, 5, 15)),  # the part said before that month
])
def test_review34_days_stay_days(text, role, meant):
    assert understand_date(text, role=role, today=TODAY, lang="en", start=date(2027, 3, 1) if role == "end" else None).value == meant


@pytest.mark.parametrize("text, meant", [
    ("7200 with VAT, 5737 without. we're registered for VAT", 5737),
    ("7200 with VAT, 5737 without, we can deduct the VAT", 5737),
    ("ilman alvia 10 000, alvin kanssa 12 550. me ollaan alv-rekisterissä mut tää hanke ei oo alv-toimintaa", 12550),
    ("tuhat kaksisataa viisikymmentä euroa", 1250),
    ("kolmentoista tonnin kuorma soraa 450 e", 450),
    ("5000 for the boat, more like 2000 for the engine", 7000),
])
def test_review34_amounts(text, meant):
    assert understand_amount(text, lang="fi").value == Decimal(meant)


@pytest.mark.parametrize("text", [
    "fence 6000 with VAT and the gate 5000, we cant do without it",  # "without it" is no VAT label
    "laitteet 3000 alvillisena ja asennus 2500 ilman alvia",  # two things, each with its own VAT
    "viidentoista tonnin verran kuussa",  # a month's figure, no months
    "kolmest neljää tonnii kuussa",
    "siivous 200 e/kk tammi-joulukuu mut heinäkuu lomaa",  # a month off: asked
])
def test_review34_amounts_asked(text):
    assert understand_amount(text, lang="fi").value is None


@pytest.mark.parametrize("text, lang, meant", [
    ("4 guys, 2 days, 6 hours. Max 60 hours", "en", None),  # a cap is no part to add
    ("8 henkeä 2 päivää 5 tuntia. siitä 10 tuntia on suunnittelua", "fi", None),  # a share
    ("around 300 hours give or take 50", "en", 300),  # the hedge and its figure
    ("4 jätkää, 2 päivää, 6 tuntia. Lisäksi pojat 10 tuntia, ne on 13 v eikä niitä lasketa", "fi", 48),
    ("300 h talkoot + the tractor 15 h for moving the container", "en", 300),  # a machine with its own hours
    ("Alle 15-vuotiaiden työtä ei lasketa, joten aikuisten osuus on 180 tuntia.", "fi", 180),
])
def test_review34_hours(text, lang, meant):
    assert understand_hours(text, lang=lang).value == (None if meant is None else Decimal(meant))


@pytest.mark.parametrize("text, question", [
    ("investment and development? we buy a boat. hmm, training for the kids", "leader_type"),
    ("kehittäminen ja investointi. Investointi on pieni osa", "leader_type"),
])
def test_review34_a_remark_said_last_is_no_choice(text, question):
    from bot.domain.understand_choice_guess import read_choice
    assert read_choice(text, _options(question), lang="fi", question=question) == (None, False)


@pytest.mark.parametrize("text, items", [
    ("laavu, puuliiteri ja huussi, siinä kaikki kai", ["laavu", "puuliiteri", "huussi"]),
    ("laavu, puuliiteri ja huussi. Siinä kaikki mitä tarvitaan", ["laavu", "puuliiteri", "huussi"]),
])
def test_review34_closings(text, items):
    from bot.domain.parsing import split_items
    assert split_items(text) == items


def test_review34_a_detail_after_a_comma_is_not_offered():
    from bot.domain.understand_doubt import split_doubt
    assert split_doubt("Open gym evenings, free of charge") is None


# Set 115-116 (after its one run on b03a859): mended, tuned on the pair

def test_only_saturdays_of_the_weekends():
    reading = understand_hours("neljä viikonloppua ja joka lauantai kahdeksan henkeä kuusi tuntia", lang="fi")
    assert (reading.value, bool(reading.doubt)) == (Decimal(192), True)


@pytest.mark.parametrize("text, lang, meant", [
    ("Lapsenlapset tullee kans auttamaan mutta ne on alle viistoista, niitä ee lasketa. Aekuisia kuus, kolome päevee, "
     "viis tuntia päevässä", "fi", 90),  # the children out; "Aekuisia kuus" read as the adults' count once they are (round 21)
    ("my sons help too but they are 12 and 13 so don't count them. me and 3 neighbours, 3 days, 8 h", "en", 96),
    ("me and 3 mates, 5 days, 8 hrs a day. my kids help too but they're 10 and 12 so don't count em", "en", 160),
    ("Odotuskojun maalaukseen neljä henkeä kahtena päivänä viisi tuntia, ja laiturin siivoukseen vielä kymmenen tuntia "
     "lisää.", "fi", 50),
    ("maalaukseen kuusi naista kaksi päivää neljä tuntia sekä siivous kymmenen tuntia", "fi", 58),
])
def test_hours_of_set_115_116(text, lang, meant):
    assert understand_hours(text, lang=lang).value == (None if meant is None else Decimal(meant))


@pytest.mark.parametrize("text, meant", [
    ("verkot ja tolpat 1800e alv 0, alv:n kans 2259", 2259),
    ("Verkkosivujen tekeminen 2 500 € + alv, eli alv:n kanssa 3 138 €. Pyydän kirjaamaan verottoman summan, koska "
     "yhdistys on alv-velvollinen.", 2500),
    ("Suunnittelijan palkkioksi on sovittu 2 400 euroa ilman arvonlisäveroa, verollisena se on 3 012 euroa. "
     "Yhdistyksemme ei ole arvonlisäverovelvollinen.", 3012),
    ("koko hoito 28 500 € sis alv, ilman alvia jotai 22 700", 28500),
    ("Veneveistäjä ohjaajaks, palakka kolomtuhatta kuussa ja kakskymmentäneljä kuukautta", 72000),
    ("study trip to Masuria for 8 people, about 6 tys. euro", 6000),
])
def test_amounts_of_set_115_116(text, meant):
    assert understand_amount(text, lang="fi").value == Decimal(meant)


@pytest.mark.parametrize("text, question, meant", [
    ("Leader ee, se toinen", "track", "esr"),  # set 115's silent answer: the other fund
    ("Ee oo mittään hajua, sano sinä", "track", "notsure"),
    ("Leader or ESR, I am confused, please guide", "track", "notsure"),
])
def test_choices_of_set_115_116(text, question, meant):
    from bot.domain.understand_choice_guess import read_choice
    assert read_choice(text, _options(question), lang="fi", question=question) == (meant, True)


def test_what_is_without_a_question_mark_is_a_question():
    from bot.domain.parsing import looks_like_question
    assert looks_like_question("wait what's esr", lang="en")  # set 116's silent answer


def test_a_year_in_words_after_a_season():
    reading = understand_date("Syksyllä kakskymmentäkaheksan loppuu, marraskuun lopussa", role="end", today=TODAY, lang="fi",
                              start=date(2027, 3, 1))
    assert reading.value == date(2028, 11, 30)  # set 115's silent answer


# Set 117-118 (after its one run on e04b3e8): mended, tuned on the pair

def test_what_the_project_does_said_before_the_list_is_no_part_of_it():
    from bot.domain.parsing import split_items
    assert split_items("Hankkeessa järjestetään vapaaehtoisten kyläkummikoulutus, viikoittaiset kahviaamut, digitaalinen "
                       "asiointiapu sekä saattajapalvelu terveyskeskuskäynneille.")[0] == "vapaaehtoisten kyläkummikoulutus"


@pytest.mark.parametrize("text, meant", [
    ("meitä on kuus / kolme lauantaita / kuus tuntia päiväs", 108),
    ("traktorilla ajetahan puut 10 h / talkoolaisia 5 henkeä 2 päivää 8 tuntia", 80),
    ("kaksataaviiskymmentä tuntia", 250),
])
def test_hours_of_set_117_118(text, meant):
    assert understand_hours(text, lang="fi").value == Decimal(meant)


def test_ask_someone_else_is_no_choice():
    from bot.domain.understand_choice_guess import read_choice
    # set 120 (after its one run on 489c654): another person is to answer; "emt kysy joltain aikuiselta" stays not sure
    assert read_choice("En mie tiijä nämä rahoitusasiat kysy Raimolta", _options("track"), lang="fi", question="track")[0] is None
    assert read_choice("emt kysy joltain aikuiselta 😅", _options("track"), lang="fi", question="track")[0] == "notsure"
