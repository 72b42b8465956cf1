"""Round 23: the readers mended after pair 139-140's run, on answers of the spent sets (each as its writer meant it)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from bot.domain.parsing import split_items, understand_amount, understand_date, understand_hours
from bot.domain.understand_choice_guess import read_choice
from bot.domain.understand_doubt import says_nothing_yet, split_doubt

TRACK = {"leader": ("Leader",), "esr": ("ESR+ (kansalaistoimijalähtöinen kehittäminen)", "ESR+ (citizen-driven development)"),
         "notsure": ("En ole varma", "Not sure")}
KIND = {"development": ("Kehittämishanke", "Development project"), "investment": ("Investointihanke", "Investment project"),
        "training": ("Koulutus- ja tiedonvälityshanke", "Training and information project"),
        "cooperation": ("Yhteistyöhanke", "Cooperation project")}
YES_NO = {"yes": ("Kyllä, kansainvälinen", "Yes, international"), "no": ("Ei", "No")}


@pytest.mark.parametrize("text, lang, meant", [
    ("joka syksy kuus talkoopäivää viis henkeä kuus tuntia ja se kahtena vuonna", "fi", 360),  # the yearly work, twice
    ("2 talkoo days every summer, 10 people 6 h, for 2 years", "en", 240),
    ("kevättalkoot 10 henkeä 5 tuntia, joka vuosi, hanke kestää 2 vuotta", "fi", 100),
    ("syksyl kuus puristuspäivää, joka päiväl neljä henkee viis tuntii", "fi", 120),  # a compound word for the days
    ("like 100-ish volunteer hrs 🙂", "en", 100),
    ("painting d lines: 4 ppl 1 day 6h. building d shelter: 6 ppl 3 days 7h", "en", 150),  # two tasks, two sentences
    ("viis aikuist ja kolme lasta, lapset o alle viistoist, kaheksan tuntii kukin", "fi", 40),  # under 15: not counted
    ("seittemän aikuista ja kolme alle viistoista vuotiasta poikaa viis tuntia", "fi", 35),
    ("my 2 kids help too but they are 9 and 11 so dont count. me + husband 2 weekends, 2 days each, 8h", "en", 64),
    ("Aikuisia 4, 2h, 40 kertaa.", "fi", 320),  # the adults' count after its noun
])
def test_hours_after_pair_139_140(text, lang, meant):
    assert understand_hours(text, lang=lang).value == Decimal(meant)


@pytest.mark.parametrize("text, lang, meant", [
    ("100 tuntia vuodessa, kaks vuotta", "fi", 200),  # a yearly figure without factors, as before
    ("Roughly 600 hours of volunteer work over the two years", "en", 600),  # the whole project's hours: not doubled
    ("the children will help with decorations 20 hours, and adults about 300", "en", 300),  # "adults about 300" is hours
    ("4 aikuista ja 3 lasta (alle 15 v, net ei lasketa) 5 päivää 6 tuntia", "fi", 120),
])
def test_hours_read_as_before(text, lang, meant):
    assert understand_hours(text, lang=lang).value == Decimal(meant)


def test_a_yearly_product_without_a_yearly_mark_is_still_proposed():
    reading = understand_hours("6 päivää, 5 henkeä, 6 tuntia, kaks vuotta", lang="fi")
    assert reading.doubt is not None  # each year or over the two years? shown with its factors before it is saved


@pytest.mark.parametrize("text, meant", [
    ("puristin 6500, pastöroija 4800, täyttäjä 2400 ja remontti 9000, yhteens 22 700", 22700),  # "yhteens": the total
    ("viistuhatt euroo", 5000),
    ("food for camp around 4000, nē, 4500", 4500),  # Latvian "no": a correction
])
def test_amounts_after_pair_139_140(text, meant):
    assert understand_amount(text, lang="fi").value == Decimal(meant)


def test_a_spoken_month_word_is_not_read_as_six():
    assert understand_amount("vuakra garaasist 150e kuus ja 24 kuukautt", lang="fi").value != Decimal(150 * 6)


@pytest.mark.parametrize("text, items", [
    ("ensinnäkin liiteri toiseksi klapikone kolmanneksi talkoot", ["liiteri", "klapikone", "talkoot"]),  # dictated
    ("firstly the shed secondly a wood splitter thirdly talkoot", ["the shed", "a wood splitter", "talkoot"]),
    ("camps, workshops, booklet.. nē, not booklet, it is too expensive", ["camps", "workshops"]),
    ("Kiikarit 2 kpl, infotaulu, lammasaitaa 400 m - nej vänta, ei infotaulua, vi gör den själva.",
     ["Kiikarit 2 kpl", "lammasaitaa 400 m"]),  # a take-back in Swedish, its reason in Swedish
])
def test_lists_after_pair_139_140(text, items):
    assert (split_doubt(text) or split_items(text)) == items


def test_a_dictated_take_back_leaves_the_first_thing():
    assert (split_doubt("metsästysseura ja kalastuskunta no kalastuskunta ei sittenkään")
            or split_items("metsästysseura ja kalastuskunta no kalastuskunta ei sittenkään")) == ["metsästysseura"]


@pytest.mark.parametrize("text, options, question, meant", [
    ("emmä tiiä, sä voit valita", TRACK, "track", None),  # the choice handed back: the buttons ask
    ("ok whichever, you choose", TRACK, "track", None),
    ("en tiijä kumpi, sano sinä", TRACK, "track", "notsure"),  # help asked: not sure, as before
    ("Ei varmuutta vielä. Selvitetään.", TRACK, "track", "notsure"),
    ("Negative on ESR. Leader.", TRACK, "track", "leader"),
    ("Negative.", YES_NO, "international", "no"),
    ("Affirmative.", YES_NO, "international", "yes"),
    ("hmm training? nē, cooperation project", KIND, "leader_type", "cooperation"),
])
def test_choices_after_pair_139_140(text, options, question, meant):
    assert read_choice(text, options, lang="en", question=question)[0] == meant


# After pair 141-142's run on bca9923 (tuned on it)

@pytest.mark.parametrize("text, lang, meant", [
    ("Kahdeksan aikuista ja neljä alle 15-vuotiasta nuorta, kukin kaksi viikonloppua à 10 tuntia. Nuorten tunteja ei "
     "tietenkään lasketa talkootyöksi.", "fi", 160),  # young people under 15 left out; "à 10 tuntia" a weekend
    ("8 people, 2 weekends à 10 hours", "en", 160),
    ("Kaks kesää, kumpanakin 100 tuntia", "fi", 200),
    ("Neljä tilaa, joka tilalta kaks ihmistä, kuus avointa päivää, kaheksan tuntia päiväs", "fi", 384),
    ("Six members, five days, six hours a day, which makes 180 hours.", "en", 180),
    ("Clearing the pipeline route: 10 members, 3 Saturdays, 7 hours each Saturday; in addition, documentation work by "
     "myself, about 40 hours.", "en", 250),
    ("Kolme eläkeläistä valvoo kaivutöitä, kukin kaksi tuntia päivässä, kolmenkymmenen työpäivän ajan.", "fi", 180),
    ("leipomistalkoot 6 aikuista 5 h + 8 lasta mut ne on alle 15 ni ei lasketa", "fi", 30),
    ("Kakskymmentä henkeä kaks päivää kuus tuntia, mutta neljä niistä on meijän kylän muksuja alle 15", "fi", 192),
    ("Vertaisryhmien vetäjiä on neljä, ja kukin käyttää kaksi tuntia viikossa 40 viikon ajan.", "fi", 320),
])
def test_hours_after_pair_141_142(text, lang, meant):
    assert understand_hours(text, lang=lang).value == Decimal(meant)


def test_leaders_named_after_their_count_are_still_proposed():
    reading = understand_hours("leiripäiviä 5, ohjaajia 4, 8 h päivässä", lang="fi")
    assert reading.value == Decimal(160) and reading.doubt


@pytest.mark.parametrize("text, lang, meant", [
    ("bus to visit other gardens 450 euro with tax, about 360 without tax. we are not VAT registered so with tax", "en", 450),
    ("Opastaulut maksaa 1200 alv:n kans ja ilman 956", "fi", 1200),
    ("coffee and pulla for the walks, maybe thousand euro", "en", 1000),
    ("Kesätyöntekijöiden palkat, 10 nuorta x 1 000 € kuussa x 2 kk", "fi", 20000),
    ("Vetäjälle palkkaa 1800 kuus ja hanke kestää 20 kuukautta", "fi", 36000),  # "kuus": a month
])
def test_amounts_after_pair_141_142(text, lang, meant):
    assert understand_amount(text, lang=lang).value == Decimal(meant)


@pytest.mark.parametrize("text, items", [
    ("Kiteen kaupunki, TE-toimisto ei ku eihän sitä oo enää, työllisyysalue", ["Kiteen kaupunki", "työllisyysalue"]),
    ("Vain Lylyn metsästysseura", ["Lylyn metsästysseura"]),
    ("the roof the windows and a small kitchen", ["the roof", "the windows", "a small kitchen"]),
    ("Avoimet navettapäivät, koululaisvierailut, hygieniakoulutus isännille ja emännille",
     ["Avoimet navettapäivät", "koululaisvierailut", "hygieniakoulutus isännille ja emännille"]),
    ("lathe, sander, no wait lathe too expensive, only sander and clamps", ["sander", "clamps"]),
])
def test_lists_after_pair_141_142(text, items):
    assert (split_doubt(text) or split_items(text)) == items


@pytest.mark.parametrize("text", [
    "Various equipment and some other things we will need along the way.", "maybe Leader people? I am not sure who",
    "idk someone from the kunta maybe", "semmosta kaikenlaista kehittämistä", "some companies maybe",
])
def test_things_left_unnamed_are_asked_again(text):
    assert says_nothing_yet(text, listing=True)


def test_a_list_with_some_is_not_asked_again():
    assert not says_nothing_yet("some tables and chairs maybe", listing=True)


@pytest.mark.parametrize("text, role, meant", [
    ("Mä en tiiä vielä, pitää kysyä puheenjohtajalta ku se on tehny ton aikataulun 😅", "start", None),
    ("En tiä viälä, emäntä tietää paremmin ku se hoitaa paperit", "start", None),
    ("tammikuussa 2027 ois kiva mut realistisesti maaliskuussa 2027", "start", date(2027, 3, 1)),
    ("When the money comes, then we start. Chale, I cannot say before that", "start", date(2027, 4, 1)),  # an event: proposed
])
def test_dates_after_pair_141_142(text, role, meant):
    assert understand_date(text, role=role, today=date(2026, 12, 4), lang="fi").value == meant


@pytest.mark.parametrize("text, options, question, meant", [
    ("maybe later we have contact in Sweden, but now no", YES_NO, "international", "no"),
    ("tak, with woodwork school in Zhytomyr we want make exchange", YES_NO, "international", "yes"),
    ("ja, we want to bring a group from a village in Åland... no wait Åland is Finland kkkk so no", YES_NO, "international", "no"),
    ("se kansalaistoimijajuttu", TRACK, "track", "esr"),
])
def test_choices_after_pair_141_142(text, options, question, meant):
    assert read_choice(text, options, lang="en", question=question)[0] == meant


# After pair 143-144's run on ca76728 (tuned on it)

def test_a_day_said_as_a_plain_number_before_the_month():
    reading = understand_date("viistoista päivä maaliskuuta kakstuhatta kakskytseitsemän", role="start",
                              today=date(2026, 12, 4), lang="fi")
    assert reading.value == date(2027, 3, 15)


def test_german_nein_puts_a_date_right():
    reading = understand_date("The 15th of March 2027. Nein, Quatsch, the 15th of April, March is still winter here.",
                              role="start", today=date(2026, 12, 4), lang="en")
    assert reading.value == date(2027, 4, 15)


def test_german_nein_puts_an_amount_right():
    assert understand_amount("9,000 – nein, wait, I forgot the planning fee, it is 9,650.", lang="en").value == Decimal(9650)


@pytest.mark.parametrize("text, items", [
    ("families, pensioners, the youth of Övermark and Pörtom", ["families", "pensioners", "the youth of Övermark and Pörtom"]),
    ("theory circle, bicycle lessons, no wait, bicycle lessons is another project, and the practice drives",
     ["theory circle", "the practice drives"]),
])
def test_lists_after_pair_143_144(text, items):
    assert (split_doubt(text) or split_items(text)) == items


# After pairs 145-146 and 147-148, both run on 670b0bc (tuned on them)

@pytest.mark.parametrize("text, lang, meant", [
    ("kolme äitii ja mun sisko, 10 kertaa 3 tuntii", "fi", 120),  # the sister makes four
    ("Talkoolaisia kymmenen, kumpanakin vuonna neljä metsäpäivää, kuus tuntia päivässä", "fi", 480),  # both years
    ("Football day: 10 volunteers, 1 day, 8 hours. My small boys wey dey 12 and 13 go help but dem be under 15 so no count dem",
     "en", 80),
    ("10 women, 5 evenings, 3 hours each evening. my two daughters help too but they are 9 and 12 so no count", "en", 150),
    ("10 henkeä, 4 talkoopäivää, 6 tuntia. Mutta 2 niistä on lapsia alle 15, niin ne ei lasketa.", "fi", 192),  # as before
    ("yhteensä 555", "fi", 555),  # fives beside no "a lot" are a figure
])
def test_hours_after_pairs_145_148(text, lang, meant):
    assert understand_hours(text, lang=lang).value == Decimal(meant)


def test_thai_laughter_is_no_figure():
    assert understand_hours("paljon paljon 555", lang="fi").value is None


def test_a_spoken_year_after_the_last_day_of_a_month():
    reading = understand_date("toukokuun viimenen päivä kakskymmentäkaheksan", role="end", today=date(2026, 12, 4), lang="fi")
    assert reading.value == date(2028, 5, 31)


@pytest.mark.parametrize("text, meant", [
    ("design fees 1 500, wait no, the engineer quoted 1 900", 1900), ("matkat 2000 e, bebakhshid, 2 500 e", 2500),
    ("Rackets and balls 1 200, no perdón, 1 800 because we want 20 rackets", 1800),
])
def test_corrections_in_more_languages(text, meant):
    assert understand_amount(text, lang="en").value == Decimal(meant)


@pytest.mark.parametrize("text", ["kaikki ketä kiinnostaa 🙂", "everything wey community need", "some partners from Estonia",
                                  "everybody, all people are welcome", "kaikki mahd 😄"])
def test_everyone_interested_is_asked_again(text):
    assert says_nothing_yet(text, listing=True)


@pytest.mark.parametrize("text", ["kaikki jotka hiihtää", "Everyone who uses the lake."])
def test_everyone_who_does_something_is_a_group(text):
    assert not says_nothing_yet(text, listing=True)


def test_delete_after_a_take_back_is_no_item():
    text = "training evenings, coach course, trip to camp in Thailand — no wait, Thailand trip too expensive, delete"
    assert (split_doubt(text) or split_items(text)) == ["training evenings", "coach course"]
