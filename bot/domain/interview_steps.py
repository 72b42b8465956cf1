"""Reading a typed answer into the draft (text, lists, dates, amounts, hours, personnel rows, choices)."""

from __future__ import annotations

import hashlib
import re
from datetime import date
from decimal import Decimal
from typing import Mapping

from .budget import BudgetRules, check_leader_rate
from .interview import (
    BUDGET, BY_ID, CHOICE, DATE, MAX_ITEMS, MAX_STAFF, MAX_TEXT, MULTI, RATE, STAFF, TEXT,
    Draft, Outcome, first_missing, leader_type, steps,
)
from .interview_budget import _date, budget_lines, org_eligibility, recommendation
from .interview_read import (
    is_keep, looks_like_question, match_choice, read_cost_lines, read_percent, read_range, read_staff_row,
    split_items, understand_amount, understand_date, understand_hours,
)
from . import interview_calc as calc
from .understand_numbers import AmountReading
from .text import is_meaningful
from .understand_doubt import as_one_thing, says_nothing_yet, split_doubt
from .understand_hedges import says_ceiling
from .understand_check import checked, list_needs_check, needs_check
from .understand_choice_guess import read_choice

Labels = Mapping[str, list[str]]


def _error(code: str, **params: object) -> Outcome:
    return Outcome("error", code, dict(params))


def _answered(draft: Draft, qid: str) -> bool:
    value = draft.answers.get(qid)
    return qid in draft.answers and value not in (None, "", [], {})


def _incomplete(draft: Draft, question) -> bool:
    if question.id not in draft.answers:
        return True
    values = draft.answers[question.id]
    return question.kind == BUDGET and isinstance(values, dict) and any(
        line not in values for line in budget_lines(draft, question.id))


def _advance(draft: Draft, notes: list[str] | None = None, answered: list[str] | None = None) -> Outcome:
    """To the next question not yet answered; after an edit, to what is missing or the review."""
    draft.sub, draft.pending = 0, None
    done = Outcome("next", notes=notes or [], answered=answered or [])
    if draft.resume_at:
        target, draft.resume_at = draft.resume_at, None
        if target in BY_ID and BY_ID[target].when(draft):
            draft.current, draft.mode = target, "ask"
            return done
    applicable = steps(draft)
    ids = [q.id for q in applicable]
    target = None
    if not draft.editing and draft.current in ids:
        target = next((q.id for q in applicable[ids.index(draft.current) + 1:] if _incomplete(draft, q)), None)
    target = target or first_missing(draft)
    if target is None:
        draft.current, draft.mode, draft.editing = None, "review", False
        done.status = "review"
        return done
    draft.current, draft.mode = target, "ask"
    if BY_ID[target].kind == BUDGET and isinstance(draft.answers.get(target), dict):
        lines = budget_lines(draft, target)
        draft.sub = next((i for i, line in enumerate(lines) if line not in draft.answers[target]), 0)
    return done


def _talkoot_hours(draft: Draft, text: str, lang: str) -> bool:
    """A talkoot plan that says how many hours ("6 päivää, 10 henkeä 6 tuntia") fills the hours line too."""
    digit = next((i for i, ch in enumerate(text) if ch.isdigit()), None)
    if digit is None:
        return False
    reading = checked(understand_hours(text[digit:], lang=lang), text[digit:], "hours")
    if reading is None or reading.value is None or reading.doubt or not 0 < reading.value <= 100000:
        return False  # "ainakin 100 tuntia" or a long turning count in the plan: the hours question asks, and proposes
    values = dict(draft.answers.get("talkoot") or {}) if isinstance(draft.answers.get("talkoot"), dict) else {}
    values["volunteer_hours"] = format(Decimal(reading.value).normalize(), "f")
    draft.answers["talkoot"] = values
    return True


_YES_NO = {"yes": ("Kyllä", "Yes"), "no": ("Ei", "No")}
# more than a yes or a no: a correction, a zero, a hedge ("kyllä se on enemmän", "ei yhtään", "yes but more")
# typed to a lone item's read-back: "that's all" in words (not "no": "ei muuta" is a yes to the item) and "wrong"
_ALL_SAID = re.compile(r"^(?:(?:joo|juu|kyllä|ok|yes)\W*)?(?:siinä\s+kaikki|siinä\s+se|kirjaa(?:\s+(?:se|tämä|vaan|vain))?|ei\s+muuta|"
                       r"ei\s+(?:oo|ole)\s+muita|ei\s+muita|muuta\s+ei|muita\s+ei|ei\s+mitään\s+muuta|that'?s\s+(?:all|it)|"
                       r"nothing\s+(?:else|more)|no\s+more|note\s+it|done|valmis)\W*$")
_WRONG = re.compile(r"^(?:väärin|wrong|not\s+right|ei\s+oikein|ei\s+noin)\W*$")
_NOT_BARE = re.compile(r"\b(?:enemmän|vähemmän|more|less|mut|mutta|but|actually|oikeastaan|oikeestaan|yhtään|mitään|nothing|none|"
                       r"zero|nolla|vaan|instead|paitsi|except)\b")


PROPOSALS = ("figure", "date", "one_item", "choice")  # pending readings a typed "joo" or "ei" answers
# The words of a bare reply to a read-back: yes, no, ok, right, thanks and the like (anything else is a new answer)
_REPLY_WORDS = frozenset("""joo juu jep jees jup joa kyllä kylla kyl yes yep yeah yup ya sure ok okei okay oki k oikein
    right correct correctly exactly true täsmälleen tasmalleen juuri aivan niin noin just se on it is that s thats its
    hyvä hyva good fine hienoa great perfect sopii käy kay selvä selva kiitos kiitti thanks thank you ty
    kirjaa kirjaan merkkaa note nämä nama ne these them those this tämä tama all kaikki siinä siina muuta else
    nothing more muita mitään mitaan ole oo ei en e ee no nope nah not väärin vaarin wrong vahvistan confirm
    confirmed pidä pida keep sama same laita put down please vaan vain""".split())
_CORRECT = re.compile(r"\b(?:ok|okei|okay|oikein|right|correct|exactly|täsmälleen|juuri\s+niin|aivan|sopii|käy|hyvä|good|fine|"
                      r"vahvistan|confirm(?:ed)?)\b")
# The read-back button's own words typed: "kirjaa nämä 3", "Note these 3", "kirjaa ne"
_BUTTON_SAID = re.compile(r"^\W*(?:kirjaa|note|merkkaa)\s+(?:nämä|nama|ne|these|them|all|kaikki)(?:\s+\d+)?\W*$")
# A yes with more said after it, to a read-back of items: "joo ja kahvila", "kyllä, lisäksi kahvila", "yes and a café"
_YES_AND = re.compile(r"^\W*(?:joo|juu|kyllä|kylla|yes|yep|ok|okei|okay)\b[\s,.!:;-]*(?:ja|and|plus|lisäksi|lisaksi|myös|myos|"
                      r"sekä|seka|also)?\b[\s,.:;-]*(\S.*)$", re.IGNORECASE | re.DOTALL)


def confirm_choice(draft: Draft, accept: bool, rules: BudgetRules) -> Outcome:
    """"joo" or "ei" typed to "Luin: Leader": the option chosen, or the buttons again (a button press is ``choose``)."""
    pending = draft.pending or {}
    if draft.mode != "ask" or pending.get("kind") != "choice" or pending.get("qid") != draft.current:
        return _error("stale")
    if not accept:
        draft.pending = None
        return Outcome("same", params={"retype": True})
    return choose(draft, draft.current, str(pending.get("value")), rules)  # which remembers the answer typed


def _proposal_reply(draft: Draft, text: str, lang: str) -> bool | None:
    """True or False when the text says yes or no to an open proposal (a date, a figure, a typed choice, list items);
    None otherwise: a new answer, read as one."""
    pending = draft.pending or {}
    said = text.strip().lower()
    if pending.get("kind") == "one_item" and pending.get("qid") == draft.current:
        if _ALL_SAID.match(said) or _BUTTON_SAID.match(said):
            return True  # "siinä kaikki", "ei muuta", "that's all", the button's own words "kirjaa nämä 3"
        if _WRONG.match(said):
            return False  # "väärin", "wrong"
    if pending.get("kind") not in PROPOSALS or pending.get("qid") != draft.current or len(text) > 40:
        return None
    words = re.findall(r"[^\W\d_]+|\d", said)
    if not words or any(ch.isdigit() for ch in text) or len(words) > 5 or any(w not in _REPLY_WORDS for w in words):
        return None  # "joo, Leader", "joo maaliskuussa", "joo, mut oikeestaan 150 h": more than a yes or a no
    if _NOT_BARE.search(said):
        return None  # "ei yhtään", "nothing", "more": a figure in words, read as an answer
    if _CORRECT.search(said):
        return True  # "ok", "oikein", "se on oikein", "that's right"
    options = BY_ID[draft.current].options if draft.current in BY_ID else ()
    if pending.get("kind") == "choice" and "yes" in options and pending.get("value") in ("yes", "no"):
        return None  # "kyllä" to "Luin: Ei" on a yes-or-no question is the option Yes, read as a new answer
    said = match_choice(text, _YES_NO, lang=lang)
    if said is None and is_keep(text):
        said = "yes"
    return None if said is None else said == "yes"


def check_text(text: str | None) -> Outcome | None:
    """None when the text is a usable answer; else the error to show. Line breaks are kept as typed."""
    if text is None or not text.strip():
        return _error("empty")
    if len(text) > MAX_TEXT:
        return _error("too_long", length=len(text), limit=MAX_TEXT)
    if not is_meaningful(text):
        return _error("not_meaningful")
    return None


def answer_text(draft: Draft, text: str, today: date, rules: BudgetRules, *, lang: str = "fi",
                labels: Labels | None = None, confirmed: bool = False) -> Outcome:
    """A typed message as the answer to the open question. ``labels`` are the choices (or cost lines) as
    people name them; ``confirmed`` means the user said a question-like text is an answer."""
    question = draft.question
    if question is None or draft.mode != "ask":
        return Outcome("same")
    problem = check_text(text)
    if problem and not (problem.error == "not_meaningful" and question.kind == CHOICE):
        return problem
    text = text.strip()
    held = draft.pending or {}
    more = _YES_AND.match(text) if held.get("kind") == "one_item" and held.get("qid") == question.id else None
    if more and question.kind == MULTI and not _REPLY_WORDS.issuperset(re.findall(r"[^\W\d_]+", more.group(1).lower())):
        extra = [item.strip() for item in split_items(more.group(1)) if item.strip()] or [more.group(1).strip()]
        outcome = _read_back(draft, question, pending_items(held) + extra)  # nothing said is dropped; all shown again
        draft.pending["text"] = text
        return outcome
    proposal = _proposal_reply(draft, text, lang)
    if proposal is not None:  # "joo", "ok", "ei" typed to "kirjaanko 100 h?" instead of a button
        if (draft.pending or {}).get("kind") == "figure":
            return confirm_figure(draft, proposal, rules)
        if (draft.pending or {}).get("kind") == "one_item":
            return confirm_item(draft, proposal)
        if (draft.pending or {}).get("kind") == "choice":
            return confirm_choice(draft, proposal, rules)
        return confirm_date(draft, proposal, today)
    proposed = (draft.pending or {}).get("kind") in PROPOSALS
    if not confirmed and looks_like_question(text, lang=lang):  # a count or a proposal waits for the answer to it
        draft.pending = {"kind": "qa", "text": text, "resume": draft.pending if calc.is_open(draft) or proposed else None}
        return Outcome("ask_qa")
    if proposed:
        held, draft.pending = draft.pending, None  # a new answer replaces the proposal
        if held.get("kind") == "one_item" and held.get("qid") == question.id:
            said_before = held.get("text") if held.get("items") else held.get("item")  # the line read, or the lone item
            if " ".join(text.split()) == " ".join(str(said_before or "").split()):
                draft.pending = held  # the same answer sent again (a slow phone): still waiting, noted once
                return Outcome("confirm_item", params={"item": held.get("item"), "items": pending_items(held)})
            if not held.get("items"):
                draft.answers[question.id], draft.sub = [str(held.get("item", ""))], 1  # the next item: the first one stands
    if is_keep(text) and _answered(draft, question.id):
        return keep(draft, question.id)
    qid = question.id
    if calc.is_open(draft):  # counting talkoot hours together: people, times, hours each time
        lines = budget_lines(draft, qid, rules)
        line = str(draft.pending.get("line"))
        return calc.answer(draft, text, lang, lambda value: _budget_line(draft, question, lines, line, value))
    refused, draft.pending = (draft.pending, None) if (draft.pending or {}).get("kind") == "nothing_yet" else (None, draft.pending)
    if question.kind in (TEXT, MULTI) and not confirmed and says_nothing_yet(text, listing=question.kind == MULTI) and (
            refused or {}).get("text") != text:
        # "ei oo vielä päätetty" would stand in the paper as the answer; the same text sent again is taken
        draft.pending = {"kind": "nothing_yet", "qid": qid, "text": text}
        return _error("nothing_yet")
    if question.kind == CHOICE:
        key, read_back = read_choice(text, labels, lang=lang, question=qid) if labels else (None, False)
        if key and read_back:  # "ESR:ää ee tarvita, remonttirahhoo vuan": "Luin: Leader", with every option's button
            draft.pending = {"kind": "choice", "qid": qid, "value": key, "text": text}
            return Outcome("confirm_choice", params={"value": key})
        return choose(draft, qid, key, rules) if key else _error("choose_button")
    if question.kind == TEXT:
        draft.answers[qid] = text
        if qid == "talkoot_plan" and _talkoot_hours(draft, text, lang):
            outcome = _advance(draft, answered=[qid, "talkoot"])
            outcome.params["line"] = "volunteer_hours"
            return outcome
        return _advance(draft, answered=[qid])
    if question.kind == MULTI:  # sent again after "nothing decided yet?", or said to be an answer: not read back
        return _answer_items(draft, question, text, read_back=not confirmed and (refused or {}).get("text") != text)
    if question.kind == DATE:
        return _answer_date(draft, qid, text, today, lang, check=not proposed)
    if question.kind == RATE:
        rate = read_percent(text)
        if rate is None:
            limits = rules.leader.types[leader_type(draft)]
            return _error("bad_rate_format", max=limits.max_rate)
        return choose(draft, qid, str(rate), rules)
    if question.kind == BUDGET:
        return _answer_budget(draft, question, text, rules, lang, labels, check=not proposed)
    if question.kind == STAFF:
        return _answer_staff(draft, text, lang)
    return Outcome("same")


def _answer_items(draft: Draft, question, text: str, read_back: bool = True) -> Outcome:
    """Several items in one message are the whole list; one item waits for more or Done. Where one thing and
    several are both fair readings ("A ja B", "A, B, C" kept whole by the rules), the user says which."""
    parts = split_doubt(text)
    if parts is not None and len(parts) == 1 and not check_text(parts[0]):  # "äänentoisto, ei ku valot": one thing left
        return _read_back(draft, question, parts[0]) if draft.sub == 0 else _store_items(draft, question, parts)
    if parts is not None and not check_text(text):
        draft.pending = {"kind": "split", "qid": question.id, "text": as_one_thing(text), "parts": parts}
        return Outcome("confirm_split", params={"text": text, "parts": parts})
    items = [item.strip() for item in split_items(text) if item.strip()] or [text]
    if read_back and draft.sub == 0 and (not question.whole or len(items) > 1) and reads_back(text, items):
        # One item on one line is read back before it is written down: "en tiiä viel", "mummo: keittiöremontti"
        # and "Kaikki mitä kylä tarvitsee" are seen by the person as what would stand in the paper. The tap that
        # confirms it is the Done tap a single item always needed.
        outcome = _read_back(draft, question, items)
        if len(items) > 1:
            draft.pending["text"] = text  # the same line sent again is the same read-back, not a new answer
        return outcome
    return _store_items(draft, question, items)


def _read_back(draft: Draft, question, items: str | list[str]) -> Outcome:
    """"Kirjaanko tämän?": the lone item (or the items of a long line) waits in ``pending`` until the person
    confirms it (``confirm_item``). ``item`` is the first; ``items`` all of them, when there are several."""
    items = [items] if isinstance(items, str) else list(items)
    draft.pending = {"kind": "one_item", "qid": question.id, "item": items[0]}
    if len(items) > 1:
        draft.pending["items"] = items
    return Outcome("confirm_item", params={"item": items[0], "items": items})


def pending_items(pending: dict) -> list[str]:
    """The items a read-back waits to note: its ``items``, or its lone ``item`` (drafts saved before 6.12.2026)."""
    return [str(i) for i in pending.get("items") or [pending.get("item", "")]]


def reads_back(text: str, items: list[str]) -> bool:
    """A list answer that is read back before it is noted: one usable item, on one line (the first answer to a list
    question), or several from a long or turning line (``list_needs_check``). The benchmark counts the same answers
    as proposals."""
    if len(items) == 1:
        return "\n" not in text.strip() and not check_text(items[0])
    return list_needs_check(text, items) and not any(check_text(item) for item in items) and len(items) <= MAX_ITEMS


def item_digest(item: str | list[str]) -> str:
    """A short mark of a read-back, carried on its ✔ button: an older read-back's ✔ never notes newer items. A lone
    item and a list of just that item have the same mark."""
    joined = item if isinstance(item, str) else "\n".join(item)
    return hashlib.sha1(joined.encode("utf-8")).hexdigest()[:8]


def confirm_item(draft: Draft, accept: bool, qid: str | None = None, digest: str | None = None) -> Outcome:
    """The answer to "shall I note this?" for a lone item: noted and the question done, or typed again. ``qid`` and
    ``digest`` come from the button pressed: another question's or an older item's button is stale."""
    pending = draft.pending
    if (draft.mode != "ask" or not pending or pending.get("kind") != "one_item" or pending.get("qid") != draft.current
            or (qid is not None and qid != draft.current)
            or (digest is not None and digest != item_digest(pending_items(pending)))):
        return _error("stale")
    draft.pending = None
    if not accept:
        if (draft.last or {}).get("q") == draft.current:
            draft.last = None  # the same words typed again after ✏️ are a new answer, not a resend
        return Outcome("same", params={"retype": True})
    items = pending_items(pending)
    draft.answers[draft.current], draft.sub = items, 0
    outcome = _advance(draft, answered=[draft.current])
    said = items[0] if len(items) == 1 else pending.get("text")
    if said:
        outcome.params["item"] = str(said)  # remembered as the answer typed: a resend of it is not the next answer
    return outcome


def confirm_split(draft: Draft, two: bool) -> Outcome:
    """The answer to "one thing or several?" for a list answer the bot could read both ways."""
    pending = draft.pending
    if draft.mode != "ask" or not pending or pending.get("kind") != "split" or pending.get("qid") != draft.current:
        return _error("stale")
    draft.pending = None
    items = [str(p) for p in pending.get("parts", [])] if two else [str(pending.get("text", ""))]
    return _store_items(draft, BY_ID[draft.current], [i for i in items if i.strip()])


def _store_items(draft: Draft, question, items: list[str]) -> Outcome:
    for item in items:
        problem = check_text(item)
        if problem:
            return problem
    existing = list(draft.answers.get(question.id) or []) if draft.sub > 0 else []
    combined = existing + items
    if len(combined) > MAX_ITEMS:
        return _error("too_many_items", limit=MAX_ITEMS)
    draft.answers[question.id] = combined
    if len(items) >= 2 or question.whole:
        return _advance(draft, answered=[question.id])
    draft.sub = len(combined)
    return Outcome("item", params={"count": len(combined)}, answered=[question.id])


def _order_problem(draft: Draft, qid: str, value: date) -> Outcome | None:
    if qid == "start":
        end = _date(draft.answers.get("end"))
        if end is not None and end <= value:
            return _error("start_after_end", end=end)
    else:
        start = _date(draft.answers.get("start"))
        if start is not None and value <= start:
            return _error("end_before_start", start=start)
    return None


def _answer_date(draft: Draft, qid: str, text: str, today: date, lang: str, check: bool = True) -> Outcome:
    """A typed date; ``check`` False when it answers a read-back already shown ("ei vaan toukokuussa"): not read back again."""
    if qid == "start" and not (check and needs_check(text, "date")):  # "1.3.2027 - 31.12.2028, ei ku huhtikuussa": read as a start
        pair = read_range(text, today=today, lang=lang)
        if pair is not None:
            start, end = pair
            if end.value <= start.value:
                return _error("end_before_start", start=start.value)
            draft.answers["start"], draft.answers["end"] = start.value.isoformat(), end.value.isoformat()
            notes = ["start_before_filing"] if start.value < today else []
            return _advance(draft, notes, answered=["start", "end"])
    start = _date(draft.answers.get("start")) if qid == "end" else None
    reading = understand_date(text, role="end" if qid == "end" else "start", today=today, lang=lang, start=start)
    if reading is not None and reading.value is None and reading.placeholder is not None \
            and not _order_problem(draft, qid, reading.placeholder):
        # "en tiedä vielä": no date said; one offered to hold the place, changed later
        draft.pending = {"kind": "date", "qid": qid, "value": reading.placeholder.isoformat(), "placeholder": True}
        return Outcome("confirm_date", params={"value": reading.placeholder, "placeholder": True})
    if reading is None or reading.value is None:
        return _error("bad_date")
    problem = _order_problem(draft, qid, reading.value)
    if problem:
        return problem
    reading = checked(reading, text, "date") if check else reading
    if reading.vague or reading.doubt:  # "ensi syksynä": a date proposed; "tammikuussa, ei ku helmikuussa": read back
        draft.pending = {"kind": "date", "qid": qid, "value": reading.value.isoformat(), "text": text}
        if reading.doubt:
            draft.pending["check"] = True
        return Outcome("confirm_date", params={"value": reading.value})
    return _store_date(draft, qid, reading.value, today)


def _store_date(draft: Draft, qid: str, value: date, today: date) -> Outcome:
    draft.answers[qid] = value.isoformat()
    notes = ["start_before_filing"] if qid == "start" and value < today else []
    return _advance(draft, notes, answered=[qid])


def confirm_date(draft: Draft, accept: bool, today: date, value: str | None = None) -> Outcome:
    """The proposal for a vague date: accepted (saved) or not (type another). ``value`` is the date on the button
    pressed: an older proposal's button does not confirm a newer one."""
    pending = draft.pending
    if (draft.mode != "ask" or not pending or pending.get("kind") != "date" or pending.get("qid") != draft.current
            or (value is not None and value != pending.get("value"))):
        return _error("stale")
    draft.pending = None
    if not accept:
        return Outcome("same", params={"retype": True})
    value = _date(pending.get("value"))
    if value is None:
        return _error("stale")
    return _typed(_store_date(draft, draft.current, value, today), pending)


def _typed(outcome: Outcome, pending: dict) -> Outcome:
    """``outcome`` remembering the answer a read-back was made of: the same message sent again is then a resend."""
    if pending.get("text") and outcome.status != "error":
        outcome.params.setdefault("item", str(pending["text"]))
    return outcome


def _answer_budget(draft: Draft, question, text: str, rules: BudgetRules, lang: str, labels: Labels | None,
                   check: bool = True) -> Outcome:
    """A typed figure; ``check`` False when it answers a read-back already shown ("joo, mut oikeestaan 150 h")."""
    lines = budget_lines(draft, question.id, rules)
    if question.id == "leader_costs" and draft.sub == 0 and labels:
        found = read_cost_lines(text, labels, lang=lang)
        if found:
            draft.answers[question.id] = {line: format(found.get(line, Decimal(0)).normalize(), "f") for line in lines}
            return _advance(draft, ["computed_leader"], answered=[question.id])
    line = lines[min(draft.sub, len(lines) - 1)]
    if question.id == "talkoot":
        reading = understand_hours(text, lang=lang, machines=line == "machine_hours")
        if calc.too_big(text):  # the reader gives nothing above its bound: say the bound, not "unreadable"
            return _error("too_many_hours", most=calc.MAX_TOTAL)
        if reading is None or reading.value is None or reading.value < 0:
            return calc.start(draft, line) if line == "volunteer_hours" else _error("bad_hours")
    else:
        reading = understand_amount(text, lang=lang)
        if reading is None or reading.value is None or reading.value < 0:
            return _error("bad_amount")
    reading = checked(reading, text, "hours" if question.id == "talkoot" else "amount") if check else reading
    working = _working(reading)
    if reading.doubt:  # "ainakin 100 h", "90 000, mutta voi vielä nousta": proposed, saved only when confirmed
        draft.pending = {"kind": "figure", "qid": question.id, "line": line, "sub": draft.sub, "text": text,
                         "value": format(Decimal(reading.value).normalize(), "f"), "doubt": reading.doubt, "working": working}
        return Outcome("confirm_figure", params={"line": line, "value": Decimal(reading.value), "doubt": reading.doubt})
    outcome = _budget_line(draft, question, lines, line, Decimal(reading.value))
    if working:
        outcome.params["working"] = working  # shown with the echo: "(8 000 € + 3 500 € + 1 200 €)"
    if getattr(reading, "range_upper", False) and not says_ceiling(text):
        outcome.params["upper"] = True  # "5-6 tonnia": the upper end is taken, and the echo says so
    return outcome


def confirm_figure(draft: Draft, accept: bool, rules: BudgetRules, value: str | None = None) -> Outcome:
    """The proposal for a figure said with doubt ("ainakin 100 h"): accepted (saved) or not (type another).
    ``value`` is the figure on the button pressed: an older proposal's button does not confirm a newer one."""
    pending, question = draft.pending, draft.question
    if (draft.mode != "ask" or not pending or pending.get("kind") != "figure" or question is None
            or pending.get("qid") != question.id or pending.get("sub") != draft.sub
            or (value is not None and value != pending.get("value"))):
        return _error("stale")
    lines = budget_lines(draft, question.id, rules)
    line = str(pending.get("line"))
    if line not in lines or lines.index(line) != min(draft.sub, len(lines) - 1):
        return _error("stale")
    draft.pending = None
    if not accept:
        return Outcome("same", params={"retype": True})
    outcome = _budget_line(draft, question, lines, line, Decimal(str(pending.get("value"))))
    if pending.get("working"):
        outcome.params["working"] = pending["working"]
    return _typed(outcome, pending)


def _working(reading) -> dict | None:
    """How a reading was reached, when the answer's own figures were added or multiplied: {"op", "terms", "money"}."""
    money = isinstance(reading, AmountReading)
    if getattr(reading, "parts", None):
        return {"op": "+", "terms": [format(Decimal(p).normalize(), "f") for p in reading.parts], "money": money}
    if money and reading.monthly:
        per, count = reading.monthly
        return {"op": "×", "terms": [format(Decimal(count), "f"), format(Decimal(per).normalize(), "f")], "money": money}
    if (money or getattr(reading, "doubt", None)) and getattr(reading, "factors", None) and len(reading.factors) >= 2:
        # hours' factors mix units, so they are shown only with a guess to confirm: "7 × 10 × 3 h"
        return {"op": "×", "terms": [format(Decimal(f).normalize(), "f") for f in reading.factors], "money": money}
    return None


def _budget_line(draft: Draft, question, lines: tuple[str, ...], line: str, value: Decimal) -> Outcome:
    draft.pending = None  # a line stored (or skipped) ends any count of its hours
    values = dict(draft.answers.get(question.id) or {})
    values[line] = format(value.normalize(), "f") if value else "0"
    draft.answers[question.id] = values
    if draft.sub + 1 < len(lines):
        draft.sub += 1
        return Outcome("line", params={"line": line}, answered=[question.id])
    notes = ["computed_leader"] if question.id == "leader_costs" else []
    outcome = _advance(draft, notes, answered=[question.id])
    outcome.params["line"] = line
    return outcome


def _answer_staff(draft: Draft, text: str, lang: str) -> Outcome:
    rows = []
    for item in split_items(text) or [text]:
        row = read_staff_row(item, lang=lang)
        if row is None:
            return _error("bad_staff_row")
        rows.append(row)
    existing = list(draft.answers.get("esr_staff") or []) if isinstance(draft.answers.get("esr_staff"), list) else []
    if draft.sub == 0:
        existing = []
    if len(existing) + len(rows) > MAX_STAFF:
        return _error("too_many_items", limit=MAX_STAFF)
    draft.answers["esr_staff"] = existing + rows
    draft.sub = len(existing) + len(rows)
    return Outcome("row", params={"rows": rows, "count": draft.sub}, answered=["esr_staff"])


def choose(draft: Draft, qid: str, value: str | None, rules: BudgetRules) -> Outcome:
    """A button (or a typed option) for the open choice question; a stale or forged one is ``error/stale``."""
    question = draft.question
    if question is None or question.id != qid or draft.mode != "ask" or value is None:
        return _error("stale")
    if question.kind == RATE:
        if not value.isdigit():
            return _error("stale")
        rate = int(value)
        if check_leader_rate(leader_type(draft), rate, rules):
            limits = rules.leader.types[leader_type(draft)]
            return _error("bad_rate", min=limits.min_rate, max=limits.max_rate)
        draft.answers[qid] = rate
        return _advance(draft, answered=[qid])
    if question.kind == TEXT and value in question.picks:
        return _error("stale")  # picks are turned into text by the caller
    if question.kind != CHOICE or value not in question.options:
        return _error("stale")
    held = draft.pending if (draft.pending or {}).get("kind") == "choice" and draft.pending.get("qid") == qid else {}
    if qid == "recommend":
        rec = recommendation(draft)
        value = rec.track if value == "accept" else value
        if value == rec.track == "leader":
            # Accepting the suggestion fills in what the quick questions already told.
            draft.answers.setdefault("leader_type", rec.leader_type)
            draft.answers.setdefault("international", "yes" if rec.international else "no")
    if qid == "quiz_intl":
        draft.answers["international"] = value
    draft.answers[qid] = value
    if qid in ("track", "recommend", "org_type"):
        draft.accepted_org = False
    if qid == "org_type":
        verdict = org_eligibility(draft)
        if verdict is not None and not verdict.ok:
            draft.mode, draft.pending = "org_check", None
            return _typed(Outcome("org_check", params={"reason": verdict.reason, "instead": verdict.instead}, answered=[qid]), held)
    return _typed(_advance(draft, answered=[qid]), held)


def _open(draft: Draft, qid: str):
    question = draft.question
    return question if question is not None and question.id == qid and draft.mode == "ask" else None


def keep(draft: Draft, qid: str) -> Outcome:
    """Keep the answer shown (after Back or Edit) and go on."""
    question = _open(draft, qid)
    if question is None:
        return _error("stale")
    if not _answered(draft, qid):
        return _error("nothing_to_keep")
    outcome = _advance(draft, answered=[qid])
    outcome.params["kept"] = True
    return outcome
