"""Round 23: the readers mended after pair 139-140's run, on answers of the spent sets (each as its writer meant it)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.domain.parsing import split_items, understand_amount, understand_hours
from bot.domain.understand_choice_guess import read_choice
from bot.domain.understand_doubt import split_doubt

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
