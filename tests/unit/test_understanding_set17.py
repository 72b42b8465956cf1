"""Silent misreadings of frozen typed-answer set 17 (its one run, the session's last), pinned after their fixes."""

import pytest

from bot.domain.parsing import match_choice, understand_hours

INTL = {"yes": ["Kyllä, kansainvälinen", "Yes, international"], "no": ["Ei", "No"]}
ORG = {"association": ["Rekisteröity yhdistys"], "company": ["Yritys (oy tai osuuskunta)"], "informal": ["Rekisteröimätön porukka"]}


@pytest.mark.parametrize("text", ["kevät- ja syystalkoot, 20 henkeä, 5 h kumpikin"])
def test_hours_asked(text):
    assert understand_hours(text, lang="fi").value is None


def test_a_figure_then_maybe_more_is_proposed_as_a_floor():
    reading = understand_hours("200 hours, maybe more", lang="en")  # the later sets take the floor; shown for a tap
    assert (reading.value, reading.doubt) == (200, "bound")


@pytest.mark.parametrize("text, hours", [("vähintään 200 h", 200), ("at least 180 hours", 180), ("maybe 60 h", 60)])
def test_a_plain_floor_or_maybe_is_taken(text, hours):
    assert understand_hours(text, lang="fi").value == hours  # most strangers' sets read these so


@pytest.mark.parametrize("text", ["opintomatka Viroon ois kiva", "maybe, we're talking to an Estonian club"])
def test_a_wish_or_a_maybe_is_neither_yes_nor_no(text):
    assert match_choice(text, INTL, lang="fi", question="international") is None


def test_ei_nyt_ehka_myohemmin_is_still_no():
    assert match_choice("ei nyt, ehkä joskus myöhemmin", INTL, lang="fi", question="international") == "no"


def test_not_decided_between_two_forms():
    assert match_choice("either our ry or the osuuskunta, we haven't decided", ORG, lang="en", question="org_type") is None


@pytest.mark.parametrize("text, hours", [
    ("We are three: 40 h + 25 h + 15 h", 80), ("trail work 45 h and the opening event 15 h", 60),
    ("no tuota, meitä on viis äijää ja jokkainen tekköö sen 40 tuntia", 200), ("Team of 12, 3 Saturdays, 5 hours each Saturday", 180),
    ("3 weekends × 2 days × 8 people × 6 h", 288), ("kolme viikonloppua, 2 päivää per vkl, 6 henkeä, 7 h päivässä", 252),
    ("ohjausryhmä 5 henkeä, 10 kokousta, 2 h per kokous", 100), ("talkoita 3 päivää, porukkaa 12, tehään 8 tunnin päiviä", 288),
    ("crew of 8, 3 days, 6 hrs a day", 144),
])
def test_hours_found_in_set_17(text, hours):
    assert understand_hours(text, lang="fi").value == hours
