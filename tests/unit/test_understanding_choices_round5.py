"""Typed choices: "not now, maybe some day" is no for this project; a registered association named as the applicant."""

import pytest

from bot.domain.parsing import match_choice

YES_NO = {"yes": ["Kyllä, kansainvälinen", "Yes, international"], "no": ["Ei", "No"]}
ORG = {"association": ["Rekisteröity yhdistys", "Registered association"], "foundation": ["Säätiö", "Foundation"],
       "company": ["Yritys (oy tai osuuskunta)", "Company"], "sole_trader": ["Toiminimi", "Sole trader"],
       "public": ["Kunta tai muu julkinen toimija", "Municipality or other public body"]}


@pytest.mark.parametrize("text, lang", [
    ("ei ainakaan nyt, ehkä myöhemmin", "fi"), ("ei nyt ehkä seuraavas hankkees", "fi"),
    ("Not at present, although we have discussed a possible exchange with a museum in Estonia at some later date.", "en"),
    ("No. Possibly a phase 2 in 2029 could be, but not this application.", "en"),
])
def test_not_now_but_some_day_is_no(text, lang):
    assert match_choice(text, YES_NO, lang=lang, question="international") == "no"


@pytest.mark.parametrize("text, lang", [("ehkä myöhemmin", "fi"), ("no ehkä myöhemmin", "fi"), ("maybe later", "en"),
                                        # review 16: "I don't know yet", a partner named, a yes with a budget remark
                                        ("Emme vielä tiedä, ehkä myöhemmin", "fi"), ("Not yet — I'll check with the board later", "en")])
def test_some_day_alone_is_asked(text, lang):
    assert match_choice(text, YES_NO, lang=lang, question="international") is None


@pytest.mark.parametrize("text", ["kyläyhd. ry hakee, ei osk", "Mulla on toiminimi, mut kyläyhdistys ry hakee",
                                  "Hakijana toimii Pitäjänmuseon Tuki ry, jonka puheenjohtajana olen toiminut vuodesta 2015."])
def test_a_registered_association_named_as_applicant(text):
    assert match_choice(text, ORG, lang="fi", question="org_type") == "association"


@pytest.mark.parametrize("text", ["The applicant is the foundation, not the ry", "Hakijana toimii kunta, kumppanina Kyläyhdistys ry",
                                  "Hakijana toimii Nuorisoseura ry:n omistama Seurantalo Oy"])
def test_an_association_named_beside_the_applicant_is_not_the_applicant(text):
    assert match_choice(text, ORG, lang="fi", question="org_type") != "association"


def test_a_yes_with_a_budget_remark_is_not_no():
    text = "Yeah, the Estonian partners come, just not in this project's budget"
    assert match_choice(text, YES_NO, lang="en", question="international") != "no"


def test_an_undecided_applicant_is_asked():
    assert match_choice("Hakijana toimii joko yhdistys tai kunta; asia ratkaistaan myöhemmin.", ORG, lang="fi",
                        question="org_type") is None
