"""A hello or a thank-you typed to the bot: answered as such, not searched in the FAQ."""

from __future__ import annotations

import re

GREETINGS = frozenset({
    "moi", "moikka", "moikku", "moro", "morjens", "morjes", "morjesta", "hei", "heippa", "heissan", "terve", "tervehdys",
    "päivää", "hyvää päivää", "iltaa", "hyvää iltaa", "huomenta", "hyvää huomenta", "moi moi", "hei hei",
    "hello", "hi", "hey", "hiya", "hi there", "hello there", "good morning", "good evening", "good afternoon",
})
THANKS = frozenset({
    "kiitos", "kiitti", "kiitoksia", "kiitos paljon", "kiitti paljon", "kiitos kovasti", "suuret kiitokset", "kiitos avusta",
    "thanks", "thank you", "thx", "ty", "thanks a lot", "thank you very much", "many thanks", "cheers",
})
_ADDRESS = re.compile(r"\s+(?:bot|botti|hankebotti|there|vaan|vain|sulle|sinulle)$")


def small_talk(text: str) -> str | None:
    """``greeting`` or ``thanks`` when the whole message is one (emoji and punctuation aside), else None."""
    said = " ".join(re.sub(r"[^\w\s]", " ", (text or "").lower()).split())
    if not said or len(said) > 40:
        return None
    said = _ADDRESS.sub("", said)
    if said in GREETINGS:
        return "greeting"
    if said in THANKS:
        return "thanks"
    return None
