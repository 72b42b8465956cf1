"""Typed choices, round 16: a second look where the first reading read nothing, always read back with one tap to
confirm ("Luin: … – kirjaanko?"), and answers that must stay as they were."""

import pytest

from bot.domain.understand_choice_guess import read_choice

from .choice_options import KIND, ORG, TRACK, YES_NO

_OPTIONS = {"international": YES_NO, "org_type": ORG, "track": TRACK, "leader_type": KIND}


def _read(text, question, lang="fi"):
    return read_choice(text, _OPTIONS[question], lang=lang, question=question)


@pytest.mark.parametrize("text, question, lang, expect", [
    ("ei oo, paitsi jos ruotsalaiset hiihtäjät lasketaan 😂", "international", "fi", "no"),
    ("maybe friendly match with swedish club from uppsala but thats not in the project", "international", "en", "no"),
    ("siskontyttö asuu ruotsissa mutta ei se tähän hankkeeseen kuulu eli ei", "international", "fi", "no"),
    ("Nein, only Finland for now.", "international", "en", "no"),
    ("maybe later with Sweden, not now", "international", "en", "no"),
    ("ja, Sverige", "international", "fi", "yes"),
    ("Da, Võrumaan savusauna ihmiset tulevat meille ja me menemme sinne", "international", "fi", "yes"),
    ("yea a bit, 1 trip to sweden", "international", "en", "yes"),
    ("Myö ollaan ry, perustettu jo 1987.", "org_type", "fi", "association"),
    ("mun toiminimellä, se tatuointistudio", "org_type", "fi", "sole_trader"),
    ("we're the village association ry but the trail land belongs to the municipality", "org_type", "en", "association"),
    ("kyläyhdistys me ollaan, mut ei sitä oo koskaan rekisteröity", "org_type", "fi", "informal"),
    ("yhdistys ollaan, seurakunta on vuan kumppanina", "org_type", "fi", "association"),
    ("rakennushanke", "leader_type", "fi", "investment"),
    ("no remppa se on, maalämpö ja paneelit katolle", "leader_type", "fi", "investment"),
    ("Ei tää oo mikkää koulutus, vuan rakentamista", "leader_type", "fi", "investment"),
    ("development project first to plan the route and get the permits then we do the build in a second project",
     "leader_type", "en", "development"),
    ("kehittämis... ei, me rakennetaan, joten investointi", "leader_type", "fi", "investment"),
    ("Not sure, maybe Leader is also possible?", "track", "en", "notsure"),
    ("en oo ihan varma, se esr kuulosti tosi isolta", "track", "fi", "notsure"),
    ("se ESR vai mikä se oli... ei ku Leader, Leader se on", "track", "fi", "leader"),
    ("Not Leader, the other one", "track", "en", "esr"),
    ("Ei ESR. Se toinen.", "track", "fi", "leader"),
    ("ESR+ ehdottomasti, leaderista ei kuulemma saa tällaseen palkkoja", "track", "fi", "esr"),
])
def test_read_back_to_confirm(text, question, lang, expect):
    assert _read(text, question, lang) == (expect, True)


@pytest.mark.parametrize("text, question, lang", [
    ("ehkä myöhemmin, nyt ei tiärä", "international", "fi"),
    ("ei varsinaisesti, mut tehdään opintomatka Tallinnaan", "international", "fi"),
    ("riippuu löydetäänkö kumppani Ruotsista", "international", "fi"),
    ("no jos ne virolaiset ystävät tulloo mukkaan, mut ee oo varmaa", "international", "fi"),
    ("hmm association or coop, still figuring that out", "org_type", "en"),
    ("Seurakunta lähtis ehkä mukaan hakijaksi, kirkkoherra lupas kysyä", "org_type", "fi"),
    ("both dev and investment", "leader_type", "en"),
    ("ehkä koulutus?", "leader_type", "fi"),
    ("sekä rakennetaan että koulutetaan, molempia", "leader_type", "fi"),
    ("leader tai esr, kumpi vaan", "track", "fi"),
    ("ESR+ I think or Leader, not sure", "track", "en"),
    ("Emme ole vielä päättäneet, harkitsemme sekä Leaderia että ESR+:aa.", "track", "fi"),
])
def test_still_asked_with_the_buttons(text, question, lang):
    assert _read(text, question, lang)[0] is None


@pytest.mark.parametrize("text, question, lang, expect", [
    ("kyläyhdistys ry", "org_type", "fi", "association"), ("Leader", "track", "en", "leader"),
    ("ei", "international", "fi", "no"), ("investointihanke", "leader_type", "fi", "investment"),
])
def test_short_clear_answers_are_still_saved_at_once(text, question, lang, expect):
    assert _read(text, question, lang) == (expect, False)


@pytest.mark.parametrize("text, lang", [
    ("Well I'm Irish, does that count? Ha. No, no partners abroad.", "en"),
    ("Ehkä Somalia? ei, ei tässä hankkeessa", "fi"),
    ("No. Well, I'm Scottish, but that doesn't count, does it?", "en"),
    ("Meillä on ukrainalaisia jäseniä mut hanke tehdään täällä kylässä", "fi"),
])
def test_a_question_inside_an_answer_that_says_no_still_says_no(text, lang):
    assert _read(text, "international", lang) == ("no", True)


@pytest.mark.parametrize("text, lang", [
    ("Hanke on paikallinen, mutta virolainen kumppanikylä on mukana", "fi"),
    ("Ei oo, mutta virolaiset tulee mukaan kesällä", "fi"),
    ("the project is local but we have a partner village in Estonia", "en"),
    ("ei kai, vai lasketaanko jos yks talkoolainen on saksalainen?", "fi"),
])
def test_a_no_and_a_partner_abroad_that_disagree_are_asked(text, lang):
    assert _read(text, "international", lang)[0] is None


@pytest.mark.parametrize("text, lang, expect", [
    ("Kehittämishanke jossa on koulutusta ja pieniä hankintoja", "fi", "development"),
    ("Development project, but we also buy furniture – is that a problem?", "en", "development"),
    ("tuota, yhessä naapurikylän kans tehtäs, kaks yhdistystä ja molemmilla omat hommat", "fi", "cooperation"),
    ("it's an international one with another Leader area in Sweden", "en", "cooperation"),
])
def test_the_kind_named_first_or_working_as_equals(text, lang, expect):
    assert _read(text, "leader_type", lang) == (expect, True)


def test_a_kind_named_first_and_then_doubted_is_asked():
    assert _read("Koulutus- ja tiedonvälityshanke, mutta voi olla että se onkin kehittämishanke.", "leader_type")[0] != "training"


@pytest.mark.parametrize("text, question, lang, expect", [
    ("kunta on luvannu vähän tukea mutta haethan yhistyksenä, ollaan yhdistysrekisterissä", "org_type", "fi", "association"),
    ("well i've got a toiminimi for the kennel but the village assoc is applying", "org_type", "en", "association"),
    ("We considered ESR+ but since it is a building investment, Leader is the right choice.", "track", "en", "leader"),
])
def test_a_proposal_follows_the_applicants_clause_not_the_last_name(text, question, lang, expect):
    assert _read(text, question, lang) == (expect, True)


@pytest.mark.parametrize("text, question, lang, expect", [
    ("yhdistys mut ei oo vielä rekisteröity", "org_type", "fi", "informal"),
    ("ESR+ doesn't fund aerators, I gather, so the other one.", "track", "en", "leader"),
    ("Sole trader — no, correction: the applicant is the foundation that owns the hall.", "org_type", "en", "foundation"),
])
def test_what_the_first_reading_already_got_right_stays(text, question, lang, expect):
    assert _read(text, question, lang)[0] == expect


def test_a_button_named_first_and_another_kind_after_is_read_back_not_saved():
    assert _read("development, mostly workshops and learning", "leader_type", "en") == ("development", True)


def test_a_button_named_first_and_taken_back_keeps_the_correction():
    assert _read("koulutus, ei vaan investointi 😅", "leader_type") == ("investment", True)


@pytest.mark.parametrize("text, lang, expect", [
    ("kunta, eiku yhdistys, kunta on vain rahottaja", "fi", "association"),
    ("A local foundation that owns the school building would be the applicant", "en", "foundation"),
    ("Hakijana toimii Kylätalo Oy, jonka omistaa kyläyhdistys ry", "fi", "company"),
])
def test_the_applicant_after_a_correction_or_beside_what_it_owns(text, lang, expect):
    assert _read(text, "org_type", lang)[0] == expect


@pytest.mark.parametrize("text, lang", [("no idea yet honestly", "en"), ("ei oo päätetty, riippuu rahoituksesta", "fi"),
                                        ("ei oo sovittu mitään, ehkä Ruotsi", "fi")])
def test_an_undecided_yes_or_no_is_asked_not_read_back(text, lang):
    assert _read(text, "international", lang) == (None, False)


@pytest.mark.parametrize("text, question, expect", [
    ("naapurikunnan kanssa tehdään yhteistyötä", "international", "no"),
    ("osuuskauppa, mä oon myymäläpäällikkö", "org_type", "company"),
    ("Karjalaisseura ry, pappa oli perustamassa sitä 1948", "org_type", "association"),
])
def test_partners_at_home_a_cooperative_shop_and_a_club_founded_long_ago(text, question, expect):
    assert _read(text, question) == (expect, True)


def test_a_club_still_being_founded_is_asked():
    assert _read("ollaan perustamassa yhdistystä", "org_type")[0] != "association"


def test_not_knowing_what_the_fund_is_is_not_sure():
    import sys
    from pathlib import Path
    sys.path.insert(0, str(Path(__file__).parents[2] / "bench"))
    import answers  # noqa: PLC0415
    from bot.domain.understand_choice_guess import read_choice  # noqa: PLC0415
    options = answers._options()["track"]
    assert read_choice("em mnää tiä mikä se esr o", options, lang="fi", question="track") == ("notsure", True)  # set 85: saved as ESR+
    assert read_choice("ESR", options, lang="fi", question="track") == ("esr", False)
