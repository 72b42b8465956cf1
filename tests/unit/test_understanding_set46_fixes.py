"""Lists after frozen set 46 was run (its items are development data from then on): a remark under a bulleted or
numbered list, a long intro before inline numbers, "First, …; second, …", a sentence that takes something out."""

import pytest

from bot.domain.parsing import split_items


@pytest.mark.parametrize("text, items", [
    ("Toimenpiteet:\n- kylätalon sähköpääkeskuksen uusiminen\n- valaistuksen muuttaminen LED-valaisimiksi\n"
     "(Kaikki urakoitsijan toimesta, talkoilla tehdään vain purku.)",
     ["kylätalon sähköpääkeskuksen uusiminen", "valaistuksen muuttaminen LED-valaisimiksi"]),
    ("Hankkeen päätoimenpiteet ovat seuraavat:\n1. Vesikaton uusiminen\n2. Ilma-vesilämpöpumpun asennus\n"
     "Lisäksi tiedotamme hankkeesta kyläkirjeessä, mutta sitä en laske varsinaiseksi toimenpiteeksi.",
     ["Vesikaton uusiminen", "Ilma-vesilämpöpumpun asennus"]),
    ("The project comprises three work packages: (1) feasibility study of the jetty, (2) construction of the jetty, "
     "(3) opening event", ["feasibility study of the jetty", "construction of the jetty", "opening event"]),
    ("First, a survey of residents' needs; second, a village plan based on it; third, a pilot of a shopping ride.",
     ["a survey of residents' needs", "a village plan based on it", "a pilot of a shopping ride"]),
    ("Renovation of the kitchen; new dishwasher; accessibility ramp. I also considered solar panels, but they were dropped.",
     ["Renovation of the kitchen", "new dishwasher", "accessibility ramp"]),
])
def test_a_remark_beside_a_list_is_not_an_item(text, items):
    assert split_items(text) == items


@pytest.mark.parametrize("text, items", [
    ("1. katto\n2. ikkunat\nOvet", ["katto", "ikkunat", "Ovet"]),  # a short last line is an item its number forgot
    ("laituri; sauna; grillikatos. Myös uusi venevaja.", ["laituri", "sauna", "grillikatos. Myös uusi venevaja"]),
    ("- kysely\n- työpajat jotka\npidetään kylätalolla", ["kysely", "työpajat jotka pidetään kylätalolla"]),
])
def test_what_adds_to_the_list_stays(text, items):
    assert split_items(text) == items


@pytest.mark.parametrize("text", ["traktorin tunti 30 e", "tunti maksaa 40 €"])
def test_a_price_per_hour_is_asked(text):
    from bot.domain.parsing import understand_amount

    reading = understand_amount(text, lang="fi")
    assert reading.value is None or reading.doubt  # asked, or at most proposed
