"""The answer coach on real-looking answers: vague ones get one flag, good ones get none (no nagging)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.content import Catalog
from bot.domain.coach import CODES, flagged_items, has_number, review

ROOT = Path(__file__).resolve().parents[2]

GOOD = [
    # The interview's own examples and answers a prepared applicant would give.
    ("indicators", ["Talkoisiin ja energiailtoihin osallistuneiden määrä (tavoite 120)",
                    "Kylätalon sähkönkulutus kWh/vuosi (tavoite −20 %)",
                    "Kansainväliset työpajat ja opintomatkat (tavoite 4)"], "fi"),
    ("indicators", ["Osallistujien määrä (tavoite 40)",
                    "Osallistujien kokema hyvinvoinnin muutos alku- ja loppukyselyssä",
                    "Opiskeluun, työkokeiluun tai vapaaehtoistyöhön siirtyneet (tavoite 10)"], "fi"),
    ("indicators", ["Participants: 40 people", "Ten families take part in the cooking club",
                    "Electricity use of the village hall, kWh per year"], "en"),
    ("actions", ["Kyläkysely kierrätyksen ja energiankäytön tarpeista (syksy 2027)",
                 "Kolme talkoopäivää, joissa rakennetaan yhteinen kompostointi- ja kierrätyspiste",
                 "Energiaillat kyläläisille asiantuntijan kanssa, 4 kertaa vuodessa"], "fi"),
    ("actions", ["Matalan kynnyksen kohtaamispaikka kylätalolla kahdesti viikossa",
                 "Yhteinen ruoanlaitto- ja arjen taitojen ryhmä",
                 "Henkilökohtainen ohjaus kohti opiskelua, työkokeilua tai vapaaehtoistyötä"], "fi"),
    ("actions", ["Weekly cooking group at the village hall, led by two volunteers",
                 "Support group for carers once a month", "Study visit to Estonia in May 2028"], "en"),
    ("target_group", "Kohderyhmä on kunnan pitkäaikaistyöttömät, osatyökykyiset ja yksinäiset ikääntyvät, "
                     "arviolta 40 osallistujaa. Välillisesti hyötyvät heidän läheisensä.", "fi"),
    ("target_group", "Lapsiperheet ja eläkeläiset, noin kolmekymmentä kotitaloutta kylästä", "fi"),
    ("target_group", "Young people aged 16–25 not in work or education, about 25 participants", "en"),
    ("results", "Kylässä on toimiva kierrätyspiste, 20 kotitaloutta on mukana energiansäästöryhmässä ja "
                "kylätalon sähkönkulutus on pienentynyt.", "fi"),
    ("results", "Viikoittainen kohtaamispaikka toimii vakiintuneesti ja vähintään kymmenen osallistujaa on "
                "siirtynyt opiskeluun, työkokeiluun tai vapaaehtoistyöhön.", "fi"),
    ("results", "A recycling point in use and twenty households in the energy group", "en"),
    ("risks", "Talkooväen väsyminen – jaetaan vastuuta ja pidetään talkoot lyhyinä. Kustannusten nousu – "
              "pyydetään tarjoukset ajoissa. Kumppanin peruminen – sovitaan yhteistyöstä kirjallisesti.", "fi"),
    ("risks", "Vetäjä sairastuu: varahenkilönä toimii hallituksen sihteeri.", "fi"),
    ("risks", "Too few participants – we will reach them through the food bank and the parish.", "en"),
]

VAGUE = [
    ("indicators", ["Osallistujien määrä", "Kyläläisten tyytyväisyys"], "fi", "indicator_no_number"),
    ("indicators", ["Number of participants"], "en", "indicator_no_number"),
    ("actions", ["Vahvistetaan yhteisöllisyyttä", "Lisätään kyläläisten hyvinvointia"], "fi", "actions_as_goals"),
    ("actions", ["Yhteisöllisyyden lisääminen ja syrjäytymisen ehkäisy"], "fi", "actions_as_goals"),
    ("actions", ["Improve the wellbeing of residents", "Strengthen community spirit"], "en", "actions_as_goals"),
    ("target_group", "Kaikki kyläläiset", "fi", "target_group_who"),
    ("target_group", "Everyone in the village", "en", "target_group_who"),
    ("target_group", "Kylän lapsiperheet ja eläkeläiset", "fi", "target_group_count"),
    ("target_group", "Families with children and pensioners", "en", "target_group_count"),
    ("results", "Kyläläisten hyvinvointi paranee ja yhteisöllisyys lisääntyy.", "fi", "results_no_measure"),
    ("results", "People feel better and the village is livelier.", "en", "results_no_measure"),
    ("risks", "Rahoitus, sää ja talkooväen jaksaminen.", "fi", "risks_no_mitigation"),
    ("risks", "Not enough participants. Rising costs.", "en", "risks_no_mitigation"),
]


@pytest.mark.parametrize("field,answer,lang", GOOD)
def test_no_flag_for_a_good_answer(field, answer, lang):
    assert review(field, answer, lang=lang) == []


@pytest.mark.parametrize("field,answer,lang,code", VAGUE)
def test_vague_answer_gets_its_flag_first(field, answer, lang, code):
    assert review(field, answer, lang=lang)[0] == code


def test_generic_target_group_gets_both_flags_who_first():
    assert review("target_group", "Kaikki asukkaat", lang="fi") == ["target_group_who", "target_group_count"]


def test_one_goal_line_among_concrete_actions_is_not_nagged():
    answer = ["Tavoitteena lisätä yhteisöllisyyttä", "Kerho kahdesti viikossa", "Retki Kuopioon keväällä",
              "Kolme talkoopäivää"]
    assert review("actions", answer, lang="fi") == []


def test_flagged_items_name_the_vague_lines():
    answer = ["Osallistujien määrä (tavoite 40)", "Kyläläisten tyytyväisyys"]
    assert flagged_items("indicators", answer) == ["Kyläläisten tyytyväisyys"]


def test_a_list_typed_as_one_message_is_read_line_by_line():
    assert review("indicators", "• Osallistujia 40\n• Tapahtumien määrä", lang="fi") == ["indicator_no_number"]


def test_empty_and_unknown_fields_have_no_flags():
    assert review("indicators", [], lang="fi") == [] and review("need", "mitä tahansa", lang="fi") == []


def test_numbers_in_words_count_but_lonely_is_not_one():
    assert has_number("kymmenen osallistujaa") and has_number("twenty people") and has_number("puolet jäsenistä")
    assert not has_number("yksinäiset ikääntyvät")


def test_every_code_has_all_texts_in_both_languages():
    catalog = Catalog.load(ROOT / "content")
    for lang in ("fi", "en"):
        for code in CODES:
            for part in ("problem", "suggestion", "example", "short"):
                assert catalog.plain(lang, f"coach.{code}.{part}").strip()
        assert catalog.plain(lang, "coach.buttons.improve") and catalog.plain(lang, "coach.buttons.keep")
