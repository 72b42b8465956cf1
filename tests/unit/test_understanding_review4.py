"""Silent misreadings found by the fourth adversarial review (of the set-15 fixes), pinned after their fixes."""

from datetime import date

import pytest

from bot.domain.parsing import match_choice, split_items, understand_amount, understand_date, understand_hours

INTL = {"yes": ["Kyllä, kansainvälinen", "Yes, international"], "no": ["Ei", "No"]}


@pytest.mark.parametrize("text", [
    "120 h, ramppi 40 h, wc 60 h, maalaus 20 h", "200 h, sorry 180 h", "200 h, korjaus 180 h",
    "vähintään 100 h, enintään 150 h", "100 h, tavoite 150 h", "talkoot 200 h, naisten osuus 80 h", "100 h, kullekin 10 h",
    "3 weekends (6 days), 5 h a day", "2 viikonloppua ja 1 päivä, 8 h/pv", "viikoittain 2-3 h", "100 h, en oo kyl varma",
])
def test_hours_asked(text):
    reading = understand_hours(text, lang="fi")
    assert reading.value is None or reading.doubt  # asked again, or proposed to confirm


def test_last_years_figure_beside_this_ones_is_a_reference():
    # review 4 judged "100 h, viime vuonna 80 h" as 100; since 5.12 the bot reads it so (asked before)
    assert understand_hours("100 h, viime vuonna 80 h", lang="fi").value == 100


@pytest.mark.parametrize("text", ["5000 or 50000 depending on the sauna", "5000 tai 50000 riippuen saunasta", "3000 € + jotain pientä",
                                  "3000 € ja lisäks tarvikkeet", "5000e, en oo kyl varma"])
def test_amounts_asked(text):
    assert understand_amount(text, lang="fi").value is None


def test_a_close_range_with_or_is_its_top():
    assert understand_amount("10 000 tai 12 000", lang="fi").value == 12000


@pytest.mark.parametrize("text", ["huhti/toukokuussa", "March/April 2027", "Mar-Apr 2027", "3-4/2027", "1.3. tai 1.4.2027", "kesä-heinä"])
def test_two_months_are_a_proposal(text):
    reading = understand_date(text, role="start", today=date(2026, 12, 4), lang="fi")
    assert reading.value is None or reading.vague


def test_lists():
    assert split_items("Kysely maaliskuussa. Työpaja huhtikuussa. Raportti kesäkuussa.") == [
        "Kysely maaliskuussa", "Työpaja huhtikuussa", "Raportti kesäkuussa"]
    assert split_items("Toimenpiteet:kysely, työpaja ja raportti") == ["kysely", "työpaja", "raportti"]
    assert split_items("kysely/työpaja/raportti") == ["kysely", "työpaja", "raportti"]
    assert split_items("Nuorten taidepaja. Ohjaajana paikallinen taiteilija. Kesto 3 kk.") == [
        "Nuorten taidepaja. Ohjaajana paikallinen taiteilija. Kesto 3 kk"]


@pytest.mark.parametrize("text", ["kyllä, kunhan kumppani löytyy", "Yes, provided we find a partner", "yes and no",
                                  "yes as long as Estonia joins"])
def test_conditions_are_neither_yes_nor_no(text):
    assert match_choice(text, INTL, lang="en", question="international") is None


@pytest.mark.parametrize("text", ["3000 € + maalit", "3500 plus tarvikkeet", "kolme tonnia ja vähän päälle", "3000, and a bit for coffee",
                                  "5000, en oo kyllä ihan varma", "3000 € ainakin, luultavasti enemmän"])
def test_an_extra_without_a_figure_is_asked(text):
    assert understand_amount(text, lang="fi").value is None


def test_vat_on_top_is_no_extra():
    assert understand_amount("30 000 + alv", lang="fi").value == 30000
    assert understand_amount("3000 € + 500 € tarjoilut", lang="fi").value == 3500
