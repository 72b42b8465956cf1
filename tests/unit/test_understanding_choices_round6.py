"""Typed choices, sixth round: the clause that says who applies, a group that says it is not registered, the kind of a
Leader project from its work words, a fund named in any case form, and a no or yes first with its reason after."""

import pytest

from bot.domain.parsing import match_choice

from .choice_options import KIND, ORG, TRACK, YES_NO


def _org(text, lang="fi"):
    return match_choice(text, ORG, lang=lang, question="org_type")


@pytest.mark.parametrize("text, lang, expect", [
    ("Kunta on hakija, yhdistys on yhteistyökumppani", "fi", "public"),
    ("kunta omistaa talon, kunta hakee", "fi", "public"),
    ("kunta omistaa saunan, mutta seura hakkee, ja se on ry", "fi", "association"),
    ("kerho hakee, se on rekisteröity yhdistys. kaupunki omistaa maat", "fi", "association"),
    ("koulu on kunnan, mut me haetaan yhdistyksenä, rekisteröity on", "fi", "association"),
    ("Kartanon omistaa säätiö, mutta hankkeen hakijana toimii kannatusyhdistyksemme (rekisteröity).", "fi", "association"),
    ("Hakijana toimii Kylätalo Oy, jonka omistaa kyläyhdistys ry", "fi", "company"),
    ("kunta hakee, ei yhdistys", "fi", "public"),
    ("we are not registered but the city applies", "en", "public"),
    ("meillä ei ole yhdistystä, koulu hakee", "fi", "other_nonprofit"),
])
def test_the_clause_that_says_who_applies_decides(text, lang, expect):
    assert _org(text, lang) == expect


@pytest.mark.parametrize("text", ["hakija on nuorisoseura, tai sitten kunta", "kunta ei ole hakija vaan yhdistys",
                                  "yhdistys ei hae vaan kunta hakee", "se hakee joka omistaa talon"])
def test_a_denied_or_doubtful_applicant_is_asked(text):
    assert _org(text) is None


@pytest.mark.parametrize("text, lang", [
    ("no meitä on muutama eläkeläinen, ei mitään yhdistystä", "fi"), ("Emme ole yhdistys, vaan vapaa joukko sieluja", "fi"),
    ("No meil on vaan tällanen lehtiporukka, ei mikään virallinen yhdistys", "fi"), ("just me n the boys, no official club yet", "en"),
    ("Ei meillä mitään yhdistystä oo, kokoonnutaan vaan toistemme luona", "fi"),
])
def test_a_group_that_is_not_registered(text, lang):
    assert _org(text, lang) == "informal"


@pytest.mark.parametrize("text, lang", [("the city is not the applicant, our club is", "en"),
                                        ("Yhdistys meillä on, mutta rekisteriin vielä ei ole merkitty. PRH:lle paperit lähetetty.", "fi"),
                                        ("ei mikään virallinen, mutta kunta voisi hakea", "fi")])
def test_not_registered_beside_another_applicant_is_not_informal(text, lang):
    assert _org(text, lang) != "informal"


@pytest.mark.parametrize("text, lang, expect", [
    ("Järjestämme ensiapukursseja ja terveysluentoja kyläläisille.", "fi", "training"),
    ("Ohjaajakoulutusta ja tietoa seuroille", "fi", "training"),
    ("We will teach cooking and Finnish language to migrants", "en", "training"),
    ("Laadimme kylälle kehittämissuunnitelman asukaskyselyn pohjalta.", "fi", "development"),
    ("turvallisuussuunnitelman teko, ei osteta mitään", "fi", "development"),
    ("Development project — no purchases of equipment, only planning and events.", "en", "development"),
    ("we're buying a lawnmower", "en", "investment"),
    ("naapurikylien kanssa yhteinen hanke", "fi", "cooperation"),
    ("Hanke on yhteistyöhanke kolmen kylän kesken.", "fi", "cooperation"),
])
def test_the_kind_of_project_from_its_work_words(text, lang, expect):
    assert match_choice(text, KIND, lang=lang, question="leader_type") == expect


@pytest.mark.parametrize("text, lang", [
    ("Investointi ja vähän koulutusta päälle", "fi"), ("sekä kehittämistä et investointii 🤔", "fi"),
    ("a mix of development and investment", "en"), ("Partly investment and partly training; I cannot say which.", "en"),
    ("Hanketyypin valinta edellyttää lisäselvitystä rahoittajalta.", "fi"),
    ("Hanke sisältää sekä rakennustöitä että koulutusta, joten tyyppi on epäselvä.", "fi"),
])
def test_two_kinds_of_work_are_asked(text, lang):
    assert match_choice(text, KIND, lang=lang, question="leader_type") is None


@pytest.mark.parametrize("text, expect", [
    ("Pirkan Helmeltä haetaan nääs", "leader"), ("Sepran kautta haetaan", "leader"), ("Leaderilta haettiin viimeksi ja nyt kans", "leader"),
    ("Rahoitusta haetaan paikalliselta toimintaryhmältä maaseudun kehittämiseen.", "leader"), ("se kansalais-juttu", "esr"),
    ("En ole varma, kumpi rahoitus sopii meille.", "notsure"), ("🤷", "notsure"),
])
def test_a_fund_named_in_any_case_form(text, expect):
    assert match_choice(text, TRACK, lang="fi", question="track") == expect


@pytest.mark.parametrize("text, lang", [("not leader, too much paperwork 😅", "en"), ("haetaan kansalaisopiston kautta", "fi"),
                                        ("En oo ihan varma, Liisa sano et ESR mut Pekka et Leader 🙈", "fi"),
                                        ("I do not know (I will ask the Leader office next week)", "en"),
                                        ("Ei hajuu, kai se leader", "fi"), ("Not determined yet, Leader probably", "en")])
def test_a_fund_denied_or_in_doubt_is_not_chosen(text, lang):
    assert match_choice(text, TRACK, lang=lang, question="track") not in ("leader", "esr")


@pytest.mark.parametrize("text, lang, expect", [
    ("ei oo, ihan vaan meidän kylä", "fi", "no"), ("nej, ei, vain meidän saari", "fi", "no"),
    ("ei, mut virolaisia vieraita voi tulla leirille", "fi", "no"), ("no, although we do sell Estonian products lol", "en", "no"),
    ("Not really, although some of my German relatives may visit the festival.", "en", "no"),
    ("- ei\n- vain kotimaan keikat", "fi", "no"),
    ("Yes – partner village on Saaremaa (EE), joint actions + local actions", "en", "yes"),
    ("Yes, partner farm in Estonia, study visits both ways", "en", "yes"),
    ("ruotsalaiset maatilanuoret tulee 10 päiväks vaihtoon", "fi", "yes"),
    ("ruottalaisten kans yhteistyössä, Haaparannan puolelta", "fi", "yes"),
])
def test_a_no_or_yes_first_then_the_reason(text, lang, expect):
    assert match_choice(text, YES_NO, lang=lang, question="international") == expect


@pytest.mark.parametrize("text, lang", [
    ("No, the Swedish village joins us", "en"), ("ei, ruotsalainen kylä tulee mukaan", "fi"),
    ("No, but we plan to find an Estonian partner", "en"), ("ei, en tiedä", "fi"),
    ("Kansainvälisyys ratkeaa kumppanihaun jälkeen.", "fi"), ("Kyllä, Ruotsin kanssa jos rahoitus riittää", "fi"),
])
def test_a_no_and_a_partner_that_disagree_are_asked(text, lang):
    assert match_choice(text, YES_NO, lang=lang, question="international") is None


@pytest.mark.parametrize("text, question, options", [("ehkä leader", "track", TRACK), ("development i guess?", "leader_type", KIND),
                                                     ("Seurakunta lähtis ehkä mukaan hakijaksi", "org_type", ORG)])
def test_a_lean_put_as_maybe_or_a_question_is_asked(text, question, options):
    assert match_choice(text, options, lang="fi", question=question) is None


def test_not_at_present_although_discussed_is_no():
    text = "Not at present, although we have discussed the matter with an Estonian island community. Nothing has been agreed."
    assert match_choice(text, YES_NO, lang="en", question="international") == "no"
