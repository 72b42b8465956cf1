"""What the list is, said as a sentence's start before it: "Tuloksena on …", "Riskeinä näemme …", "results will be …"."""

from __future__ import annotations

import re

# "Tuloksena on", "Tavoitteina ovat", "Kumppaneina ovat", "Riskeinä näemme", "Hankinnoiksi tulisivat": a noun in the essive
# or translative (what the things are as), then the verb that brings them (not "Lisäksi on …", "Kesänä on …": when, not what)
_AS_WHAT = re.compile(r"^(?:hankkeen\s+|projektin\s+)?(?P<label>[^\W\d_]{5,}(?:na|nä|ksi))\s+(?:on|o|ovat|ois|olis|olisi|olisivat|"
                      r"tulee|tulevat|tulisi|tulisivat|näemme|nähdään|näen|pidämme|toimii|toimivat|syntyy|syntyvät|saadaan)\s+"
                      r"(?!(?:että|ett|et|jotta|kaksi|kolme|neljä|seuraav\w*)\b|(?:lähinnä|ainakin|ehkä)\s+(?:se|ne)\b)(?=\w)", re.IGNORECASE)
_NOT_LABELS = {"lisäksi", "aluksi", "lopuksi", "ensiksi", "toiseksi", "kolmanneksi", "siksi", "vuonna", "kesänä", "talvena",
               "keväänä", "syksynä", "viikonloppuna", "iltana", "aamuna", "päivänä", "samana", "tänä", "ensi", "onneksi",
               "valitettavasti", "kuitenkin", "ajatuksena", "tarkoituksena", "toimenpiteenä"}
# "results will be one big concert and a recording", "the outcome would be …": English, the same
_EN_AS_WHAT = re.compile(r"^(?:the\s+|our\s+|main\s+)*(?:results?|outcomes?|partners?|risks?|purchases?)\s+(?:will|would)\s+be\s+"
                         r"(?!(?:that|the\s+following|following)\b)(?=\w)", re.IGNORECASE)


# "Yhteistyössä on Puumalan kunta", "Mukana ovat …": who takes part, said before them
_WITH_US = re.compile(r"^(?:yhteistyössä|mukana|kumppanina|kumppaneina)\s+(?:on|o|ovat|ois|olis|olisi|olisivat|ovat\s+mukana)\s+"
                      r"(?!(?:että|ett|et|myös|vielä|kaksi|kolme|neljä)\b)(?=\w)", re.IGNORECASE)


# a greeting before the answer: "Hyvä neuvoja, …", "Hi! …"
_GREETING = re.compile(r"^(?:hyvä\s+neuvoja|hei|moi|moikka|terve|hi|hello|hey|dear\s+\w+|hej)\s*[,!.]+\s*(?=\w)", re.IGNORECASE)
# "sorry switching to english … so: A, B and C", "eli: …": what comes after "so:" is the answer
_SO_COLON = re.compile(r"^[^:]{0,140}?\b(?:so|eli|siis|anyway|joten)\s*:\s*(?=\w)", re.IGNORECASE)
# "So the plan is …", "Suunnitelma on …"
_PLAN_IS = re.compile(r"^(?:so\s+|well\s+)?(?:the|our)\s+plan\s+is\s+(?:to\s+)?(?!\w+\s*[,:.])(?=\w)|^(?:meidän\s+)?suunnitelma\s+on\s+(?=\w)", re.IGNORECASE)
# "kolme asiaa katto lämmitys ja salaojat", "two things, …": how many, said first
_COUNT_INTRO = re.compile(r"^(?:kaksi|kaks|kolme|neljä|viisi|viis|two|three|four|five)\s+(?:asiaa|juttua|hankintaa|riskiä|tavoitetta|"
                          r"things|items|risks|goals)(?!\s*:)\s*[,–—-]?\s+(?=\w)", re.IGNORECASE)  # with a colon, understand_lists._says_two
# "Kulut on …", "talon käyttäjät ovat …", "Kurssien vetäjät on …", "työt tekevät …": what the things are, said first
_THESE_ARE = re.compile(r"^(?:[\w-]+n\s+)?(?:kulut|kustannukset|käyttäjät|vetäjät|kouluttajat|kohderyhmä|kohderyhmät|riskejä|tekijät|"
                        r"yhteistyökumppanit|hyötyjät|hyötyjiä|osallistujat)\s+(?:on|o|ovat|ois|olis|olisi)\s+(?![a-zåäö]*(?:[nslr]eet|[nslr]ut|[nslr]yt|vat|vät|mpiä|mpia|mpi|mättä|matta|ttomia|ttömiä)\b|(?:vielä|viel|jo|aina|hyvin|liian|erittäin|tosi)\b)"
                        r"(?:tietenkin\s+|tietysti\s+|ainakin\s+|lähinnä\s+)?(?=\w)|^työt\s+tekevät\s+(?=\w)", re.IGNORECASE)
# "Tiedotamme hankkeesta …", "Seuraamme …", "Hankkeen aikana järjestämme …": what we do, said once before the things
_WE_DO = re.compile(r"^(?:me\s+)?(?:tiedotamme|seuraamme|mittaamme|markkinoimme|ilmoitamme|kerrotaa?n?|tiedotetaa?n?|ilmoitetaa?n?|"
                    r"mainostetaa?n?|markkinoidaa?n?|kerrotahan|tiedotetahan)\s+"
                    r"(?:hankkeesta\s+|siitä\s+|niistä\s+|toiminnasta\s+)?(?=\w)", re.IGNORECASE)
_A_LIST = re.compile(r",|\s(?:ja|sekä|and)\s")


def without_label_intro(line: str) -> str:
    """The line without "Tuloksena on" / "results will be" said before what follows; the line as it is otherwise."""
    line = _GREETING.sub("", line, count=1) or line
    for intro in (_SO_COLON, _PLAN_IS, _COUNT_INTRO, _THESE_ARE, _WE_DO):
        said = intro.match(line)
        if said and line[said.end():].strip() and (intro is not _WE_DO or (_A_LIST.search(line[said.end():]) and not re.search(
                r"(?:,|\s(?:ja|sekä))\s*(?:sit(?:te|ten)?\s+)?[a-zåäö]+(?:mme|taan|tään|daan|dään)\b", line[said.end():], re.IGNORECASE))):  # not "…, järjestämme talkoot ja pidämme …"
            return line[said.end():]
    with_us = _WITH_US.match(line)
    if with_us:
        return line[with_us.end():]
    match = _AS_WHAT.match(line)
    if match and match.group("label").lower() not in _NOT_LABELS:
        return line[match.end():]
    match = _EN_AS_WHAT.match(line)
    return line[match.end():] if match else line
