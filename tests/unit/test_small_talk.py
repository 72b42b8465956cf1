"""Hellos and thank-yous are recognised only when they are the whole message."""

import pytest

from bot.domain.small_talk import small_talk


@pytest.mark.parametrize("text, kind", [
    ("moi", "greeting"), ("Moikka!", "greeting"), ("hyvää iltaa 🙂", "greeting"), ("hi there", "greeting"),
    ("kiitos paljon!", "thanks"), ("thx", "thanks"), ("Thank you", "thanks"), ("moi bot", "greeting"),
    ("moi, voiko yhdistys hakea leader-tukea?", None), ("kiitos, entä talkoot?", None), ("hei hei hei hei", None), ("", None),
])
def test_small_talk(text, kind):
    assert small_talk(text) == kind
