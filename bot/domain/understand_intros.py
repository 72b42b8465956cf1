"""What the list is, said as a sentence's start before it: "Tuloksena on …", "Riskeinä näemme …", "results will be …"."""

from __future__ import annotations

import re

# "Tuloksena on", "Tavoitteina ovat", "Kumppaneina ovat", "Riskeinä näemme", "Hankinnoiksi tulisivat": a noun in the essive
# or translative (what the things are as), then the verb that brings them (not "Lisäksi on …", "Kesänä on …": when, not what)
_AS_WHAT = re.compile(r"^(?:hankkeen\s+|projektin\s+)?(?P<label>[^\W\d_]{5,}(?:na|nä|ksi))\s+(?:on|o|ovat|ois|olis|olisi|olisivat|"
                      r"tulee|tulevat|tulisi|tulisivat|näemme|nähdään|näen|pidämme|toimii|toimivat)\s+"
                      r"(?!(?:että|ett|et|jotta|kaksi|kolme|neljä|seuraav\w*)\b)(?=\w)", re.IGNORECASE)
_NOT_LABELS = {"lisäksi", "aluksi", "lopuksi", "ensiksi", "toiseksi", "kolmanneksi", "siksi", "vuonna", "kesänä", "talvena",
               "keväänä", "syksynä", "viikonloppuna", "iltana", "aamuna", "päivänä", "samana", "tänä", "ensi", "onneksi",
               "valitettavasti", "kuitenkin", "ajatuksena", "tarkoituksena", "toimenpiteenä"}
# "results will be one big concert and a recording", "the outcome would be …": English, the same
_EN_AS_WHAT = re.compile(r"^(?:the\s+|our\s+|main\s+)*(?:results?|outcomes?|partners?|risks?|purchases?)\s+(?:will|would)\s+be\s+"
                         r"(?!(?:that|the\s+following|following)\b)(?=\w)", re.IGNORECASE)


# "Yhteistyössä on Puumalan kunta", "Mukana ovat …": who takes part, said before them
_WITH_US = re.compile(r"^(?:yhteistyössä|mukana|kumppanina|kumppaneina)\s+(?:on|o|ovat|ois|olis|olisi|olisivat|ovat\s+mukana)\s+"
                      r"(?!(?:että|ett|et|myös|vielä|kaksi|kolme|neljä)\b)(?=\w)", re.IGNORECASE)


def without_label_intro(line: str) -> str:
    """The line without "Tuloksena on" / "results will be" said before what follows; the line as it is otherwise."""
    with_us = _WITH_US.match(line)
    if with_us:
        return line[with_us.end():]
    match = _AS_WHAT.match(line)
    if match and match.group("label").lower() not in _NOT_LABELS:
        return line[match.end():]
    match = _EN_AS_WHAT.match(line)
    return line[match.end():] if match else line
