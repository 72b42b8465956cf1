"""A typed answer to a question with buttons, read as the interview reads it: an option, and whether it is read back.

``match_choice`` names an option only when it is sure. A long or turning answer is read back anyway ("Luin:
Leader", every option's button beside it, see understand_check), so where it is not sure it may still offer the
option the answer ends on ("I think ESR+ is more for social things, so Leader for us", "se koulutus juttu? ei ku
investointi"). A wrong offer costs the same one tap on the right button as "press a button" would.
"""

from __future__ import annotations

import re
from typing import Iterator, Mapping, Sequence

from .understand_typing import plainly
from .understand_check import needs_check
from .understand_choice_intl import still_open
from .understand_choice_kinds import first_word_kind, second_kind
from .understand_choice_org import second_org
from .understand_choice_turns import after_turn, fund_pick
from .understand_choice_second import second_look
from .understand_text import _BOTH, _OR, _PENDING, _UNSURE, _fold, _phrases, match_choice

# Undecided in so many words: "ei oo vielä päätetty", "we haven't decided", "depends on", "not yet": no option offered
_UNDECIDED = re.compile(r"\b(?:paatet|paatta|decided|decide|riippu|depend|not\s+yet|ei\s+viela|ei\s+viel|auki|open|"
                        r"tarkista|check|consider|harkit|miettii|mietitaan|sure|varma|might|could|voisi|saatta)\w*")


def read_choice(text: str, options: Mapping[str, Sequence[str]], *, lang: str,
                question: str | None = None) -> tuple[str | None, bool]:
    """(option key or None, read back first?) for a typed answer to a question with buttons."""
    text = plainly(text)  # "KYLLÄ, RUOTSIN KANSSA"
    key, read_back = _first_reading(text, options, lang=lang, question=question)
    turned = _after_correction(text, options, question, lang) if set(options) != {"yes", "no"} else None
    if turned is not None and turned != key:
        return turned, True  # "leader i think, no actually esr+", "kunta hakkee mutta ee, yhistys hakkee": the one after it
    if set(options) != {"yes", "no"}:
        chosen = _CHOSEN.search(text)
        tail = text[chosen.end():] if chosen else ""
        picked = named_options(tail, options, question=question) if chosen else set()
        if chosen and not picked and len(tail.split()) <= 3:
            picked = {match_choice(tail, options, lang=lang, question=question)} - {None}
        if len(picked) == 1 and next(iter(picked)) != key:
            return next(iter(picked)), True  # "… joko kehittämis- tai koulutushankkeesta. Valitsen koulutushankkeen."
    instead = _not_this_but(text, options, question) if set(options) != {"yes", "no"} else None
    if instead is not None and instead != key:
        return instead, True  # "Ei ESR; Leader.", "not development, investment": the one after the denied one, read back
    if question == "track" and key not in (None, "notsure") and _WHAT_IS.search(text) and not _DONT_KNOW_WHAT.search(text):
        return None, False  # "ESR? what is this even": a question about the fund, not a choice
    if set(options) == {"yes", "no"} and key is None and _SO_IT_IS.search(text) and not re.search(r"\b(?:ei|ee|not|nope)\b", text, re.IGNORECASE):
        return "yes", True  # "no ku latvialaiset on mukana ni kai se on": so it is, read back
    if set(options) == {"yes", "no"} and _NO_THEN_YES.search(text):
        return "yes", True  # "ei oo. ei kun on, virolaiset", "no, sorry, yes", "ei ei, siinä on ne virolaiset mukana": the yes
    if set(options) == {"yes", "no"} and key is None and _ENDS_NO.search(text) and not _YES_AT_END.search(text):
        return "no", True  # "jos ruottalaisia tulis kattomahan mutta ei, ei oo": the no it ends on, read back
    if key is not None and _WILL_ASK.match(text) and not _CORRECTS.search(text):
        return None, False  # "Tarkistan puheenjohtajalta, kumpi …", "kysyn Anneli, hän on kyläyhdistys hallitus": asked later
    if key == "notsure" and _YOU_CHOOSE.search(text):
        return None, False  # "emmä tiiä, sä voit valita", "whichever, you choose": the choice handed back; the buttons ask
    if key == "notsure" and _ASK_SOMEONE.search(text) and not _ANYONE.search(text):
        return None, False  # "En mie tiijä nämä rahoitusasiat kysy Raimolta": someone else answers; the buttons ask
    if question == "track" and key in ("leader", "esr") and _NOT_THAT_THE_OTHER.search(text) and instead != key:
        return ("esr" if key == "leader" else "leader"), True  # "Leader ee, se toinen": the fund not named, read back
    if question == "track" and key not in (None, "notsure") and "notsure" in options and _DONT_KNOW_WHAT.search(text):
        return "notsure", True  # "em mnää tiä mikä se esr o": not knowing what the fund is, read back as not sure
    if set(options) == {"yes", "no"} and key is not None and read_back and still_open(text):
        return None, False  # "no idea yet honestly", "ei oo päätetty, riippuu rahoituksesta": undecided; the buttons ask
    if key == "yes" and _NOT_NOW_END.search(text):
        return "no", True  # "maybe later we have contact in Sweden, but now no": not this project, read back
    if key == "yes" and read_back and second_look(text, options, lang=lang, question=question) == "no":
        return "no", True  # "maybe later with Sweden, not now": the no said of this project is proposed
    if key == "association" and "informal" in options and _UNREGISTERED.search(text) and not _REGISTERED_NOW.search(text):
        return "informal", True  # "byaförening, inte registrerad än, ei siis rekisteröity": an association, not registered
    if key == "association" and read_back and question == "org_type" and second_org(text, options) == "informal":
        return "informal", True  # "kyläyhdistys me ollaan, mut ei sitä oo koskaan rekisteröity": named, never registered
    named_first = first_word_kind(text) if question == "leader_type" and key is not None else None
    if named_first not in (None, key):
        return named_first, True  # "development, mostly workshops and learning": the button named first, read back
    if key is not None and read_back and question == "org_type" and _TURNED.search(text):
        other = after_turn(text, options, question=question)
        if other is not None and other != key:
            return other, True  # "kunta, eiku yhdistys, kunta on vain rahottaja": the option after the correction
    if key not in (None, "informal") and read_back and question in _CLAUSE_READERS and not _TURNED.search(text):
        other = _CLAUSE_READERS[question](text, options)
        if other is not None and other != key:
            return other, True  # "kunta on luvannu vähän tukea mutta haethan yhistyksenä": the applicant's clause, not the funder's
    if key is None:
        guess = second_look(text, options, lang=lang, question=question)
        if guess is not None:
            return guess, True  # "ei oo, paitsi jos ruotsalaiset hiihtäjät lasketaan 😂": read back, one tap
        if question == "track" and "notsure" in options and (_UNSURE_WHICH.search(text) or _LOST.search(text)):
            return "notsure", True  # "Ei ole vielä selvää kumpi sopii paremmin", "not really sure, somebody told me ESR but …"
        settled = _said_last(text, options, lang=lang, question=question) if set(options) != {"yes", "no"} else None
        if settled is not None:
            return settled, True  # "training and info? or development? hmm, I'd say development": the word said last, read back
    if key is not None and not read_back and named_options(text, options, question=question) - {key}:
        return key, True  # "its training mostly, kids learn boat building": another button named too, read back
    return key, read_back


# a choice put right: "esr? … ei vaa leader", "leader i think, no actually esr+", "kunta hakkee mutta ee, yhistys hakkee"
_OPTION_SETTLED = re.compile(r"^\s*(?:$|(?:we|me|us|meil\w*|mei\w*|because|koska|kun|ku|as|since|nii|niin|siis|so|then|sit|sitten|it|se|"
                             r"sillä|for|hakee|hakkee|applies)\b)")
_CORRECTS = re.compile(r"\b(?:ei\s+vaa(?:n)?(?!.*\bvaan\s+myös\b)|ei\s*ku\w*|eiku\w*|ee\s+ku|no,?\s+sorry|no\s+actually|no\s+wait|i\s+mean|"
                       r"mut(?:ta)?\s+e[ei]\s*,|tai\s+no|or\s+rather)", re.IGNORECASE)
# a yes/no answer that ends on its no: "… mutta ei, ei oo", "… ei se oo mikää yhteishanke, ei", "no ei vaikka …", "haha no, just us"
_ENDS_NO = re.compile(r"(?:\b(?:mutta|mut|but)\s+ei\b.*\bei(?:\s+(?:oo|ole))?\W*$|,\s*ei\W*$|^\W*no\s+ei\b|\b(?:so|joten|eli)\s+(?:no|ei)\W*$|"
                      r"\bbut\s+(?:for\s+)?now\s+no\W*$|\bmutta?\s+nyt\s+ei\W*$|"
                      r"^\W*(?:haha+|hah|lol|hehe+)\W*no\b)", re.IGNORECASE)
_NOT_NOW_END = re.compile(r"\bbut\s+(?:for\s+)?now\s+no\W*$|\bmutta?\s+nyt\s+ei\W*$|\bbut\s+not\s+now\W*$", re.IGNORECASE)
# the option chosen in so many words: "Valitsen koulutushankkeen", "I choose development", "otetaan investointi"
_CHOSEN = re.compile(r"\b(?:valitsen|valitaan|valittiin|otetaan|otan|i\s+choose|i'?ll\s+(?:take|choose|go\s+with)|let'?s\s+(?:take|choose|go\s+with)|"
                     r"we\s+choose|päädyimme|päädyttiin|päädyin)\b", re.IGNORECASE)
# the choice handed to the bot: "sä voit valita", "valitse sinä", "you choose", "you can pick" (not "sano sinä": help asked)
_YOU_CHOOSE = re.compile(r"\b(?:(?:sä|sinä|sie|te|you)\s+(?:voit\s+|voitte\s+|saat\s+|can\s+|may\s+)?(?:valita|valitse|valkkaa|päättää|päätä|choose|pick|decide)|"
                         r"(?:valitse|valkkaa|päätä)\s+(?:sä|sinä|sie|te)|you\s+choose)\b", re.IGNORECASE)
# "ESR? what is this even", "mikä se leader on": a question about a fund
_WHAT_IS = re.compile(r"\bwhat\s+(?:is|'s)\s+(?:this|that|it)\b|\bmikä\s+(?:se|tää|tämä|toi)\s+(?:on|oikein)\b|\bwhat\s+is\s+(?:esr|leader)\b",
                      re.IGNORECASE)
# "… ni kai se on", "joten on se": a yes said as "so it is"
_SO_IT_IS = re.compile(r"\b(?:ni|niin|nii|joten|eli)\s+(?:kai\s+|varmaan\s+|kait\s+)?(?:se\s+)?on\W*$|\bso\s+(?:i\s+guess\s+)?(?:it\s+)?is\W*$",
                       re.IGNORECASE)
# a no put right to a yes: "ei kun on", "ei, vaan kyllä", "no, sorry, yes", "ei ei, siinä on …"
_NO_THEN_YES = re.compile(r"(?:\bei\s*ku(?:n)?|\bei\s*,?\s*vaan|\bsorry|\bi\s+mean|\bno\s+wait|\b(?:nej|nei|nee|no)\W+wait|^\W*ei\s+ei)\W+(?:kyllä|kyl|joo|on|yes|yeah|"
                          r"siinä\s+on|ne\s+on|they\s+are|there\s+are)\b", re.IGNORECASE)
_YES_AT_END = re.compile(r"\b(?:kyllä|kyl|joo|yes|yeah|mutta\s+kyllä)\W*$", re.IGNORECASE)


def _after_correction(text: str, options: Mapping[str, Sequence[str]], question: str | None, lang: str) -> str | None:
    """The one option named after the answer's last correction, or None."""
    marks = list(_CORRECTS.finditer(text))
    if not marks:
        return None
    tail = text[marks[-1].end():]
    mentions = list(_mentions(tail, options, question))
    named = {key for _, _, key in mentions}
    if len(named) == 1:
        after = f" {_fold(tail)} "[max(end for end, _, _ in mentions):]
        if len(tail.split()) <= 3 or _OPTION_SETTLED.match(after):
            return next(iter(named))  # "no sorry leader, we build greenhouse", not "i mean, esr sounds hard" (a remark on it)
        return None
    return match_choice(tail, options, lang=lang, question=question) if not named and len(tail.split()) <= 2 else None


# "en mää tiä mikä se esr on", "I don't know what Leader is": the fund named only to say it is unknown
_DONT_KNOW_WHAT = re.compile(r"^\W*(?:e[mn]\s+(?:\w+\s+){0,2}?(?:tiedä|tiiä|tiä|tiijä|tiärä|tiär|tiäd|tiäm|tiedäk|ymmärrä|ymmärr)|i\s+don'?t\s+know|"
                             r"no\s+idea)\s+(?:\w+\s+){0,1}?(?:mikä|mitä|mistä|what|which|onko|if|whether)\b", re.IGNORECASE)


# unsure which fund, said first: "Ei ole vielä selvää kumpi sopii", "I am not really sure, somebody told me ESR but …"
_UNSURE_WHICH = re.compile(r"^\W*(?:(?:i\s+am|i'?m|we\s+are|we'?re)\s+)?not\s+(?:really\s+|quite\s+|yet\s+)?sure\b|"
                           r"^\W*ei\s+(?:ole|oo|oo\s+viel|ole\s+vielä)?\s*(?:vielä\s+|viel\s+)?(?:selvää|selvillä|varmaa)\b|"
                           r"^\W*en\s+(?:ole|oo)\s+(?:ihan\s+|vielä\s+)?varma\b|\bkumpi\s+(?:sopii|sopis|sopisi|on\s+parempi)\b", re.IGNORECASE)


# where a thought ends and the settled one begins: "… ? hmm, I'd say development", "kehittämis... nej, investointi"
_LAST_SAID = re.compile(r"[.?!…]+\s*|\b(?:hmm+|nej|no|eiku|ei\s+ku|or\s+rather|i\s+mean)\b\W*", re.IGNORECASE)


_SETTLING = re.compile(r"^\W*(?:then|so|i'?d\s+say|i\s+think|sanoisin|eli|siis|kai|well)\b", re.IGNORECASE)
_ANOTHER = re.compile(r"^\W*(?:or|tai|vai|eller)\b", re.IGNORECASE)


def _said_last(text: str, options: Mapping[str, Sequence[str]], *, lang: str, question: str | None) -> str | None:
    """The option the answer settles on after its doubts ("… ? hmm, I'd say development", "kehittämis... nej,
    investointi", "… Not sure"); None when the last words are another option wondered about ("… ? or esr") or a
    description after a question ("development? or investment? we buy stuff")."""
    cuts = list(_LAST_SAID.finditer(text.strip()))
    if not cuts:
        return None
    last = text.strip()[cuts[-1].end():]
    if not last.strip() or _ANOTHER.match(last):
        return None
    settled = match_choice(last, options, lang=lang, question=question)
    if settled is None:
        return None
    after_question = "?" in cuts[-1].group(0)
    if len(last.split()) > 3 and not _SETTLING.match(last) and settled != "notsure":
        return None  # "I think leader. hmm, my neighbour said ESR is easier": a remark, not the option settled on
    return settled if settled == "notsure" or not after_question or _SETTLING.match(last) else None


# "kysy Raimolta", "kysy puheenjohtajalta", "ask our chair": another person is to answer (not "kysy joltain aikuiselta")
_ASK_SOMEONE = re.compile(r"\bkysy\s+\w+(?:lta|ltä|lt|sta|stä)\b|\bask\s+(?:our\s+|the\s+|my\s+)?(?:chair\w*|treasurer|secretary|board|[A-ZÅÄÖ]\w+)\b")
# an answer that opens by saying someone else will be asked first
_WILL_ASK = re.compile(r"^\W*(?:mä\s+|minä\s+|mie\s+|mää\s+)?(?:tarkistan|tarkastan|kysyn|kysytään|tarkistetaan|"
                       r"(?:i'?ll|i\s+will|let\s+me|we'?ll|we\s+will)\s+(?:ask|check))\b", re.IGNORECASE)
_ANYONE = re.compile(r"\b(?:joltain|joltakin|someone|somebody|anyone)\b", re.IGNORECASE)


# a fund named, said no to, and "the other one" meant: "Leader ee, se toinen", "not leader, the other one"
_NOT_THAT_THE_OTHER = re.compile(r"^\W*(?:not\s+|ei\s+)?(?:leader|esr\+?)\W*\s*(?:ei|ee|eikä|no|not|nej)?\W*\s*"
                                 r"(?:vaan\s+|but\s+)?(?:se\s+toinen|toinen|the\s+other(?:\s+one)?|den\s+andra)\b", re.IGNORECASE)


# lost between the funds, said anywhere: "Ee oo mittään hajua, sano sinä", "Leader or ESR, I am confused", "jag vet inte alltså en tiedä"
_LOST = re.compile(r"\b(?:e[en]\s+(?:oo|ole)\s+(?:mitään|mittään|mitää)?\s*hajua|ei\s+hajuakaan|en\s+(?:tiedä|tiiä|tiijä|tiä)|no\s+idea|"
                   r"(?:i\s+am|i'?m)\s+confused|jag\s+vet\s+inte|don'?t\s+know\s+which|please\s+guide|sano\s+sinä|you\s+tell\s+me|"
                   r"emme\s+ole\s+(?:vielä\s+)?varmoja|not\s+know\s+which|which\s+of\s+the\s+two|enkä\s+osaa\s+(?:vielä\s+)?sanoa|"
                   r"en\s+osaa\s+(?:vielä\s+)?sanoa\s+kumpi)\b",
                   re.IGNORECASE)


# A correction or "the other one": the first reading's own turn rules decide, not the clause readers
_TURNED = re.compile(r"\?\s*no\s*(?:\.\.|…|,)|\b(?:correction|ei\s*ku\w*|eiku\w*|no\s+wait|i\s+mean|the\s+other|se\s+toinen|tarkoitan)\b", re.IGNORECASE)
_CLAUSE_READERS = {"org_type": second_org, "leader_type": second_kind, "track": fund_pick}


def _first_reading(text: str, options: Mapping[str, Sequence[str]], *, lang: str,
                   question: str | None = None) -> tuple[str | None, bool]:
    """(option key or None, read back first?) from match_choice and the last option named."""
    key = match_choice(text, options, lang=lang, question=question)
    if set(options) == {"yes", "no"} and key != "no" and (
            _NO_FIRST.match(text) or (lang == "en" and re.match(r"^\W*no\b", text, re.IGNORECASE))) and not _YES_AFTER.search(text):
        return "no", True  # "ei, ei tässä mitää ulkomaita", "Not in this project, although …": a no, shown to confirm
    if key is not None:
        return key, needs_check(text, "choice", key)
    if "informal" in options and _UNREGISTERED.search(text) and not any(
            pattern.search(_fold(text)) for pattern in (_BOTH, _OR, _UNSURE, _UNDECIDED)):
        return "informal", True  # "rekisteröimätön porukka vielä mut ollaan perustamassa yhdistystä": unregistered today
    if not needs_check(text, "choice") or ("?" in text and not _CORRECTED_AFTER_QUESTION.search(text)):
        return None, False  # a question back (not "yhteistyö? ei ku investointi")
    said = _fold(text)
    if any(pattern.search(said) for pattern in (_BOTH, _OR, _PENDING, _UNSURE, _UNDECIDED)):
        return None, False  # "ry tai kunta, ei oo vielä päätetty": not a choice said in other words; the buttons ask
    if set(options) <= {"yes", "no"}:
        return None, False  # "ei oo, ruotsalaaset kaverit kyllä tulee": a yes or a no is not the last word said
    corrected = _CORRECTED_AFTER_QUESTION.search(text)
    if corrected:  # "esr+ i think? no wait, leader. esr is for people stuff": the option right after the correction
        said_after = re.sub(r"^[\s.,…]+", "", text[corrected.end():])
        guess = last_named(re.split(r"[.!;]|,\s+(?:sorry|sori|anteeks\w*)\b", said_after, maxsplit=1)[0], options, question=question)
        if guess is not None:
            return guess, True
    guess = (second_org(text, options) if question == "org_type" else second_kind(text, options) if question == "leader_type"
             else fund_pick(text, options) if question == "track" else None) or last_named(text, options, question=question)
    return guess, guess is not None


# an answer that opens with a "no" and says nothing for a yes after it
_NO_FIRST = re.compile(r"^\W*(?:ei|ee|eii+|no(?=\s*[,.!;:()]|\s*$)|nope|nej|not)\b(?!\s+(?:vielä|viel|yet|sure|varma|tiedä|tiiä|osaa))", re.IGNORECASE)
_YES_AFTER = re.compile(r"\b(?:mutta|mut|but|kyllä|kyl|joo|yes|yeah|jo|already|however|kuitenkin|paitsi|except)\b|\?", re.IGNORECASE)
_REGISTERED_NOW = re.compile(r"\b(?:on\s+rekisteröity|is\s+registered|are\s+registered|registered\s+(?:in|since)\s+\d)", re.IGNORECASE)
_UNREGISTERED = re.compile(r"\b(?:rekisteröimät\w*|unregistered|not\s+(?:yet\s+)?registered|inte\s+registrerad\w*|oregistrerad\w*|"
                           r"(?:ei|ee)\s+(?:siis\s+|vielä\s+|viel\s+)?rekisteröity|(?:ei|ee)\s+(?:oo|ole|olla)\s+(?:vielä\s+|viel\s+)?"
                           r"rekisteröi\w*|informal\s+group|(?:just\s+)?a\s+group\s+of\s+friends|(?:we\s+)?will\s+register|kaveriporukka)\b", re.IGNORECASE)
_CORRECTED_AFTER_QUESTION = re.compile(r"\?\s*(?:ei\s*ku\w*|eiku\w*|tai\s+no\s+ei|no\s+wait|i\s+mean|nej|ei\s+vaan|no(?=\s*(?:\.\.|…|,)))\b",
                                       re.IGNORECASE)  # "training? no... investment"
_DENIED = re.compile(r"\b(?:not|no|ei|eika|ee|en|never|inte|nor)\s+(?!(?:ku|kun|vaan|vaa)\s)(?:\w+\s+)?$")  # not "ei ku X"


def _mentions(text: str, options: Mapping[str, Sequence[str]], question: str | None) -> Iterator[tuple[int, int, str]]:
    """(end, length, key) for each place an option is named by a phrase of its own (label, head or synonym of two or
    more letters), not ruled out ("def not ESR, it's cables", "ei se oo kurssi")."""
    table = _phrases(question, tuple((key, tuple(labels)) for key, labels in options.items()))
    padded = f" {_fold(text)} "
    for phrase, keys in table.items():
        if len(keys) != 1 or len(phrase) < 2:
            continue
        for match in re.finditer(r"(?<= )" + re.escape(phrase) + r"(?= )", padded):
            if not _DENIED.search(padded[max(0, match.start() - 12):match.start()]):
                yield match.end(), len(phrase), next(iter(keys))


def named_options(text: str, options: Mapping[str, Sequence[str]], *, question: str | None = None) -> set[str]:
    """The options named in ``text`` by a phrase of their own, not ruled out."""
    return {key for _, _, key in _mentions(text, options, question)}


def last_named(text: str, options: Mapping[str, Sequence[str]], *, question: str | None = None) -> str | None:
    """The option named last in ``text``: the latest end, then the longest phrase."""
    best = max(_mentions(text, options, question), key=lambda mention: mention[:2], default=None)
    return best[2] if best else None


__all__ = ["last_named", "named_options", "read_choice"]


# "Ei ESR; Leader.", "Ei Leader, se toinen. ESR", "Säätiö? Ei me mikään säätiö olla, tavallinen yhdistys": one option denied,
# then another said on its own last
_NO_ALONE = re.compile(r"\s*(?:no|nope|ei|ee|nej|nei)\s*", re.IGNORECASE)
_CLAUSE_CUT = re.compile(r"[,;.!?]+\s*|\s+[-–—]\s+")
_NEGATION = re.compile(r"\b(?:(?:ei|ee|nej|no)(?!\s*,?\s*(?:ku|kun|vaan|vaa|sittenkään|wait|sorry|actually|we\s+are|me\s+ollaan)\b)|eikä|eika|"
                       r"emme|en|not|nor|neither|inte|never|isn'?t|aren'?t|don'?t|negative(?:\s+on)?)\b", re.IGNORECASE)  # a no, not a correction


def _not_this_but(text: str, options: Mapping[str, Sequence[str]], question: str | None) -> str | None:
    """The option said last after a denied one, or None."""
    clauses = [c for c in _CLAUSE_CUT.split(text or "") if c.strip()]
    if not 2 <= len(clauses) <= 4 or len(text) > 120 or re.search(r"\b(?:en\s+(?:ole|oo)\s+varma|not\s+sure|kumpi|which\s+one)\b", text,
                                                                  re.IGNORECASE):
        return None  # "… – en ole varma, kumpi on parempi": unsure, asked
    named = [(bool(_NEGATION.search(c)), named_options(_NEGATION.sub(" ", c) if _NEGATION.search(c) else c, options, question=question))
             for c in clauses]  # a denied clause names the option it denies
    for n, clause in enumerate(clauses[1:-1], 1):
        if _NO_ALONE.fullmatch(clause) and len(named[n - 1][1]) == 1 and len(named[n + 1][1]) == 1 and not named[n + 1][0]:
            said = next(iter(named[n + 1][1]))  # "training.. no, investment, …": a lone no between two options
            return said if said not in named[n - 1][1] else None
    denied = [next(iter(opts)) for negated, opts in named if negated and len(opts) == 1]
    last = next(((negated, opts) for negated, opts in reversed(named) if opts), None)
    kept = [opts for negated, opts in named if opts and not negated]
    if not denied or last is None or not kept or len(kept[-1]) != 1 or (last[0] and len(kept) != 1):
        return None
    said = next(iter(kept[-1]))  # the option said without a no ("Ei ESR; Leader.", "leader tietysti, ei tää mikään ESR juttu oo")
    return said if said not in denied else None
