"""Hours from figures each named by the word beside it (hours, people, times), always proposed with the working."""

from decimal import Decimal

import pytest

from bot.domain.parsing import understand_hours


@pytest.mark.parametrize("text, lang, hours", [
    ("Opastustyö kesäkaudella: 3 opasta, 2 tuntia päivässä, 60 päivää.", "fi", 360),
    ("laiturin teko 4 ukkoo 2 päeveä 8 tuntia", "fi", 64), ("kolome päevee, kymmenen ukkoo, kuus tuntia päevässä", "fi", 180),
    ("8 performances, 12 people, 5 hours each", "en", 480), ("drills 2h each, 25 drills, 10 ppl", "en", 500),
    ("leiripäiviä 5, ohjaajia 4, 8 h päivässä", "fi", 160), ("talkoopäiviä 6, väkeä 7, tunteja päivässä 5", "fi", 210),
    ("90 min per session, 10 sessions, 8 ppl", "en", 120), ("6 esitystä, joka esitykseen 15 henkeä 4 h", "fi", 360),
    ("5 hallituksen jäsentä x 10 h", "fi", 50),
])
def test_every_figure_named_gives_a_product_to_confirm(text, lang, hours):
    reading = understand_hours(text, lang=lang)
    assert reading.value == Decimal(hours) and reading.doubt


@pytest.mark.parametrize("text, lang", [
    ("joka ilta 3 h, 2 viikkoa, minä yksin", "fi"), ("Five volunteers, 4 hours a day, for a week.", "en"),
    ("every day for a week, 2 hours, just me", "en"),  # ("one week, 6 volunteers, 7 h/day": proposed as 6 × 5 × 7 since 6.12.2026, test_understanding_round14)
    ("kevät- ja syystalkoot, 20 henkeä, 5 h kumpikin", "fi"), ("3 päivää, 8 h päivässä, porukkaa tulee mitä tulee", "fi"),
    ("Kahvitus- ja järjestelytehtävissä on kuusi henkilöä jokaisessa kahdeksassa tilaisuudessa, kukin noin kolme tuntia.", "fi"),
    ("Joka tiistai 3 tuntia, 6 henkee, koko kevät", "fi"), ("20 people last year, 100 hours", "en"),
])
def test_a_period_or_a_group_not_counted_is_asked(text, lang):
    assert understand_hours(text, lang=lang).value is None
