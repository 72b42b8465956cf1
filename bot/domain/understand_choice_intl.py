"""A second look at a typed answer to "is the project international?": a yes or no to read back, not to save."""

from __future__ import annotations

import re

from .understand_text import _HOME_PARTNER, _JOINS, _NOT_A_PARTNER, _UNSURE, _fold, _foreign_named

# The answer opens with a no in some language: "ei oo, paitsi jos …", "Nee – sorry", "Nein, only Finland", "eipä oo"
_OPENS_NO = re.compile(r"^\W*(?:ei|ee|eii|eipa|eipä|no|nope|nah|nee|nein|nej|nei|not\s+really|not\s+(?:now|this\s+time))\b(?!\s+(?:ku|kun|vaa|vaan)\b)",
                       re.IGNORECASE)
# The answer opens with a yes in some language: "ja, Sverige", "Da, Võrumaan …", "yea a bit", "jah", "kyllä"
_OPENS_YES = re.compile(r"^\W*(?:ja|já|jah|jaa|da|yea|yeah|yes+|yep|yup|kylla|kyllä|kyl|joo|juu)\b(?=\s*[,.!:;–—-]|\s+\w)", re.IGNORECASE)
# A no said of the project, anywhere: "ei se kuulu hankkeeseen", "not in the project", "no partner abroad", "ei tuu ulkomaita"
_PROJECT_NO = re.compile(
    r"\b(?:ei|ee|eika|eikä|not|no|isn\s?t|doesn\s?t|does\s+not|is\s+not|nothing)\s+(?:\w+\s+){0,4}?"
    r"(?:kuulu\w*|sisall\w*|sisäll\w*|hankkee\w*|projekt\w*|project|yhteistyo\w*|yhteistyö\w*|kumppan\w*|partner\w*|abroad|"
    r"ulkomai\w*|ulukomai\w*|ulkomaa\w*|kansainv\w*|international|cooperation|yhteistyohanke|ketaan|ketään|part\s+of)\b"
    r"|\b(?:ei|ee)\s+(?:\w+\s+){0,2}?tuu\s+ulkomai\w*|\b(?:joten|eli|so)\s+(?:ei|no|ee)\W*$|\bnot\s+in\s+(?:this|the)\s+(?:one|project)\b"
    r"|\bproject\s+(?:is\s+)?(?:just|only)\s+(?:our|here)|\b(?:only|just)\s+(?:local|finland|here)\b|\bnot\s+now\b|\bei\s+nyt\b|\bnyt\s+ei\b(?!\s+\w*ti)",
    re.IGNORECASE)
# Words of a real yes after the no: a partner or a trip that is in the project
_YES_AFTER = re.compile(r"\b(?:(?:mut|mutta|but)\s+(?:\w+\s+){0,2}(?:opintomatk\w*|matka\w*|trip|visit\w*|vierail\w*)|kylla\s+(?:tulee|on|mukana)|mukana\s+on|tulevat\s+meille|osallistu\w*\s+hankkee|in\s+the\s+project\s+(?:too|as\s+well))\b")
# Still open: "ei vielä tiedetä", "depends", "if we find a partner", a question back
_OPEN = re.compile(r"\b(?:riippu\w*|depend\w*|jos\s+(?:loy|saa|ne|lah)\w*|if\s+(?:we|they|the)|ei\s+(?:viela|viel|viala)\s+(?:tied|tiet|tiij|tiiet)\w*|"
                   r"vielä|viela|yet|still|harkit\w*|consider\w*|suunnit\w*|planned|planning|plan\s+to|want\s+to|haluai\w*|"
                   r"lasketaan\w*\s+jos|lasketaanko|counts?\s*\?|does\s+(?:it|that)\s+count)\b")

_TAG = re.compile(r",?\s*(?:does\s+it|doesn'?t\s+it|is\s+it|isn'?t\s+it|right|eiks|eiks\s+vaan|eikö|eiko)\s*\?+", re.IGNORECASE)
# The project itself stays at home: "mut hanke tehdään täällä kylässä", "but the project stays within the village"
_PROJECT_HOME = re.compile(r"\b(?:hanke|projekti|project)\s+(?:\w+\s+){0,3}?(?:taalla|here|within|paikallinen|local|stays)\b")


def second_yes_no(text: str, *, lang: str) -> str | None:
    """"no" or "yes" to read back when the answer opens with one and the rest does not take it back; else None."""
    text = _TAG.sub("", text)  # "…, but that doesn't count, does it?": a tag, not a question back
    if _UNSURE.search(_fold(text)):
        return None
    if "?" in text:
        tail = text.rsplit("?", 1)[1]
        if not re.search(r"\w", tail):
            return None  # a question back at the end: asked with the buttons
        text = tail  # "Well I'm Irish, does that count? Ha. No, no partners abroad.": the answer after the question
    said = _fold(text)
    if _OPEN.search(said):
        return None
    if _OPENS_YES.match(text) and not _PROJECT_NO.search(text) and not re.search(r"\b(?:ei|ee|not|no|nej|inte)\b", said.split(" ", 1)[-1]):
        return "yes"  # "ja, Sverige", "Da, Võrumaan savusauna ihmiset tulevat meille", "yea a bit, 1 trip to sweden"
    opens_no = _OPENS_NO.match(text)
    if opens_no and lang == "fi" and opens_no.group(0).strip(" ,.;:!()–-").lower() == "no":
        opens_no = None  # in Finnish "no" is "well": "no Pirkon tytär asuu Virossa …"
    if _partner_after(said, text):
        return None  # "Ei oo, mutta virolaiset tulee mukaan kesällä": the no and the partner disagree; asked
    if (opens_no or _PROJECT_NO.search(text) or _PROJECT_HOME.search(said)) and not _YES_AFTER.search(said):
        return "no"  # "ei oo, paitsi jos ruotsalaiset hiihtäjät lasketaan 😂", "…, but that's not in the project"
    if _HOME_PARTNER.search(said) and not _foreign_named(said, text) and not re.search(r"\b(?:yes|kylla|joo|juu|ja|jah|da)\b", said):
        return "no"  # "naapurikunnan kanssa tehdään yhteistyötä", "ruotsinkieliset naapurikylät on mukana": partners at home
    return None


def _partner_after(said: str, text: str) -> bool:
    """A partner abroad who joins, named after a "but" and not denied ("…, mutta virolainen kumppanikylä on mukana")."""
    parts = re.split(r"\b(?:mut|mutta|but|although|vaikka|however)\b", said, maxsplit=1)
    if len(parts) < 2:
        return False
    rest = parts[1]
    return bool(_foreign_named(rest, text) and _JOINS.search(rest) and not _NOT_A_PARTNER.search(rest)
                and not re.search(r"\b(?:ei|ee|not|no|nothing|isnt|doesnt)\b", rest))


_UNDECIDED = re.compile(r"\b(?:no\s+idea|ei\s+(?:oo\s+|ole\s+)?(?:viela\s+)?(?:paatetty|sovittu)|not\s+(?:yet\s+)?decided|riippuu|depends)\b")


def still_open(text: str) -> bool:
    """The answer says it is not decided yet and says no project-no of its own ("no idea yet", "ei oo päätetty")."""
    return bool(_UNDECIDED.search(_fold(text))) and not _PROJECT_NO.search(text)


__all__ = ["second_yes_no", "still_open"]
