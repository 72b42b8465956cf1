"""The needs-mapping interview (alkukartoitus) as plain data and rules, with no Telegram in sight.

A ``Draft`` holds the answers and where the user is. The functions here move it forward (answer, skip,
back, done, edit) and say what happened in an ``Outcome``; the conversation layer only renders that.
The draft is stored after every step, so whatever is in it survives a restart.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from typing import Callable

from .budget import BudgetRules, EsrBudget, LeaderBudget, Warning, check_leader_rate, esr_budget, leader_budget, load_rules
from .parsing import parse_amount, parse_date, parse_hours, parse_percent
from .text import is_meaningful
from .tracks import ORG_TYPES, QUIZ_OPTIONS, Recommendation, eligibility, recommend

MAX_TEXT = 1500
MAX_ITEMS = 12
# ESR+ decisions come about three months after a call closes; a start sooner than that is a gamble.
ESR_DECISION_DAYS = 90

TEXT, MULTI, CHOICE, DATE, AMOUNT, BUDGET, RATE = "text", "multi", "choice", "date", "amount", "budget", "rate"


def _always(draft: "Draft") -> bool:
    return True


@dataclass(frozen=True)
class Question:
    """One step: ``kind`` decides how answers are read; ``when`` decides whether it applies to this draft."""

    id: str
    kind: str
    section: str
    optional: bool = False
    options: tuple[str, ...] = ()
    when: Callable[["Draft"], bool] = _always


def _notsure(d: "Draft") -> bool:
    return d.answers.get("track") == "notsure"


def _leader(d: "Draft") -> bool:
    return d.track == "leader"


def _esr(d: "Draft") -> bool:
    return d.track == "esr"


def _international(d: "Draft") -> bool:
    return d.track == "leader" and d.answers.get("international") == "yes"


QUESTIONS: tuple[Question, ...] = (
    Question("track", CHOICE, "funding", options=("esr", "leader", "notsure")),
    Question("quiz_target", CHOICE, "funding", options=QUIZ_OPTIONS["quiz_target"], when=_notsure),
    Question("quiz_rural", CHOICE, "funding", options=QUIZ_OPTIONS["quiz_rural"], when=_notsure),
    Question("quiz_kind", CHOICE, "funding", options=QUIZ_OPTIONS["quiz_kind"], when=_notsure),
    Question("quiz_intl", CHOICE, "funding", options=QUIZ_OPTIONS["quiz_intl"], when=_notsure),
    Question("recommend", CHOICE, "funding", options=("accept", "esr", "leader"), when=_notsure),
    Question("leader_type", CHOICE, "funding", options=("development", "investment", "training", "cooperation"), when=_leader),
    Question("international", CHOICE, "funding", options=("yes", "no"), when=_leader),
    Question("org_type", CHOICE, "applicant", options=ORG_TYPES),
    Question("org_name", TEXT, "applicant"),
    Question("contact", TEXT, "applicant"),
    Question("title", TEXT, "title"),
    Question("need", TEXT, "need"),
    Question("goal", TEXT, "goal"),
    Question("target_group", TEXT, "target_group"),
    Question("area", TEXT, "area"),
    Question("actions", MULTI, "actions"),
    Question("intl_partner", TEXT, "international", when=_international),
    Question("joint_actions", MULTI, "international", when=_international),
    Question("local_actions", MULTI, "international", optional=True, when=_international),
    Question("doers", TEXT, "doers"),
    Question("partners", MULTI, "partners", optional=True),
    Question("start", DATE, "schedule"),
    Question("end", DATE, "schedule"),
    Question("results", TEXT, "results"),
    Question("indicators", MULTI, "indicators"),
    Question("resources", TEXT, "resources"),
    Question("risks", TEXT, "risks"),
    Question("communication", TEXT, "communication", optional=True),
    Question("sustainability", TEXT, "sustainability", optional=True),
    Question("continuation", TEXT, "continuation"),
    Question("esr_personnel", AMOUNT, "budget", when=_esr),
    Question("leader_rate", RATE, "budget", when=_leader),
    Question("leader_costs", BUDGET, "budget", when=_leader),
    Question("talkoot", BUDGET, "budget", optional=True, when=_leader),
    Question("own_sources", TEXT, "budget", optional=True),
)
BY_ID = {q.id: q for q in QUESTIONS}
SECTIONS: tuple[str, ...] = tuple(dict.fromkeys(q.section for q in QUESTIONS))
TALKOOT_LINES = ("volunteer_hours", "machine_hours")


@dataclass
class Draft:
    """Answers and position. ``mode`` is ``ask`` (a question is open), ``org_check`` (an ineligible
    organisation type waits for a decision) or ``review``; ``editing`` returns to the review when done."""

    answers: dict[str, object] = field(default_factory=dict)
    current: str | None = "track"
    mode: str = "ask"
    sub: int = 0
    editing: bool = False
    accepted_org: bool = False

    @property
    def track(self) -> str | None:
        chosen = self.answers.get("track")
        if chosen == "notsure":
            resolved = self.answers.get("recommend")
            return resolved if resolved in ("esr", "leader") else None
        return chosen if chosen in ("esr", "leader") else None

    @property
    def question(self) -> Question | None:
        return BY_ID.get(self.current) if self.mode != "review" and self.current else None

    def to_json(self) -> str:
        return json.dumps(
            {"v": 1, "answers": self.answers, "current": self.current, "mode": self.mode, "sub": self.sub,
             "editing": self.editing, "accepted_org": self.accepted_org},
            ensure_ascii=False,
        )

    @classmethod
    def from_json(cls, text: str) -> "Draft":
        data = json.loads(text)
        draft = cls(answers=dict(data.get("answers") or {}), current=data.get("current"), mode=data.get("mode", "ask"),
                    sub=int(data.get("sub") or 0), editing=bool(data.get("editing")), accepted_org=bool(data.get("accepted_org")))
        if draft.mode != "review" and draft.current not in BY_ID:
            draft.current, draft.mode = first_missing(draft) or "track", "ask"
        return draft

    @classmethod
    def prefilled(cls, answers: dict[str, object]) -> "Draft":
        """A new version from an old paper's answers: straight to the review, where any section can be edited."""
        draft = cls(answers=json.loads(json.dumps(answers)), current=None, mode="review", accepted_org=True)
        missing = first_missing(draft)
        if missing:
            draft.current, draft.mode, draft.editing = missing, "ask", True
        return draft


@dataclass
class Outcome:
    """What happened: ``status`` is ``next``, ``error``, ``item``, ``line``, ``org_check``, ``review`` or ``same``."""

    status: str
    error: str | None = None
    params: dict[str, object] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)


# -- which steps apply, and where we are -------------------------------------------------------


def steps(draft: Draft) -> list[Question]:
    return [q for q in QUESTIONS if q.when(draft)]


def progress(draft: Draft) -> tuple[int, int]:
    """(number of the current question, how many questions this draft has) for ``Question 6/16``."""
    applicable = steps(draft)
    if draft.track is None and draft.answers.get("track") != "notsure":
        # Before the track is chosen, count the shorter ESR+ path rather than a number that jumps down.
        applicable = [q for q in QUESTIONS if q.when(Draft(answers={**draft.answers, "track": "esr"}))]
    ids = [q.id for q in applicable]
    position = ids.index(draft.current) + 1 if draft.current in ids else len(ids)
    return position, len(ids)


def first_missing(draft: Draft, rules: BudgetRules | None = None) -> str | None:
    """The first applicable required question with no answer yet (a budget counts when every line has one)."""
    for question in steps(draft):
        if question.id not in draft.answers and not question.optional:
            return question.id
        if question.kind == BUDGET and isinstance(draft.answers.get(question.id), dict):
            values = draft.answers[question.id]
            if any(line not in values for line in budget_lines(draft, question.id, rules)):
                return question.id
    return None


def choice_options(draft: Draft, question: Question, rules: BudgetRules) -> tuple[str, ...]:
    if question.kind == RATE:
        return tuple(str(x) for x in rules.leader.types[leader_type(draft)].rate_options)
    return question.options


def leader_type(draft: Draft) -> str:
    value = draft.answers.get("leader_type")
    return value if isinstance(value, str) and value in ("development", "investment", "training", "cooperation") else "development"


@functools.cache
def _default_rules() -> BudgetRules:
    return load_rules()


def budget_lines(draft: Draft, qid: str, rules: BudgetRules | None = None) -> tuple[str, ...]:
    """The lines of a budget question: talkoot hours, or the cost categories of the Leader project type."""
    if qid == "talkoot":
        return TALKOOT_LINES
    rules = rules or _default_rules()
    return tuple(rules.leader.types[leader_type(draft)].cost_lines)


def recommendation(draft: Draft) -> Recommendation:
    a = draft.answers
    return recommend(a.get("quiz_target"), a.get("quiz_rural"), a.get("quiz_kind"), a.get("quiz_intl"))


# -- moving ------------------------------------------------------------------------------------


def _advance(draft: Draft, notes: list[str] | None = None) -> Outcome:
    applicable = steps(draft)
    ids = [q.id for q in applicable]
    section = BY_ID[draft.current].section if draft.current in BY_ID else None
    following = applicable[ids.index(draft.current) + 1:] if draft.current in ids else []
    draft.sub = 0
    if draft.editing:
        nxt = following[0] if following and following[0].section == section else None
        target = nxt.id if nxt else first_missing(draft)
    else:
        target = following[0].id if following else first_missing(draft)
    if target is None:
        draft.current, draft.mode, draft.editing = None, "review", False
        return Outcome("review", notes=notes or [])
    draft.current, draft.mode = target, "ask"
    return Outcome("next", notes=notes or [])


def _error(code: str, **params: object) -> Outcome:
    return Outcome("error", code, dict(params))


def check_text(text: str | None) -> Outcome | None:
    """None when the text is a usable answer; else the error to show. Line breaks are kept as typed."""
    if text is None or not text.strip():
        return _error("empty")
    if len(text) > MAX_TEXT:
        return _error("too_long", length=len(text), limit=MAX_TEXT)
    if not is_meaningful(text):
        return _error("not_meaningful")
    return None


def answer_text(draft: Draft, text: str, today: date, rules: BudgetRules) -> Outcome:
    """A typed message as the answer to the open question."""
    question = draft.question
    if question is None:
        return Outcome("same")
    if question.kind in (CHOICE,):
        return _error("choose_button")
    if question.kind == TEXT:
        problem = check_text(text)
        if problem:
            return problem
        draft.answers[question.id] = text.strip()
        return _advance(draft)
    if question.kind == MULTI:
        problem = check_text(text)
        if problem:
            return problem
        items = list(draft.answers.get(question.id) or [])
        if len(items) >= MAX_ITEMS:
            return _error("too_many_items", limit=MAX_ITEMS)
        items.append(text.strip())
        draft.answers[question.id] = items
        return Outcome("item", params={"count": len(items)})
    if question.kind == DATE:
        return _answer_date(draft, question, text, today)
    if question.kind == AMOUNT:
        amount = parse_amount(text)
        if amount is None:
            return _error("bad_amount")
        draft.answers[question.id] = str(amount)
        return _advance(draft, ["computed_esr"])
    if question.kind == RATE:
        rate = parse_percent(text)
        if rate is None:
            return _error("bad_rate_format")
        return choose(draft, question.id, str(rate), rules)
    if question.kind == BUDGET:
        lines = budget_lines(draft, question.id, rules)
        line = lines[min(draft.sub, len(lines) - 1)]
        value = parse_hours(text) if question.id == "talkoot" else parse_amount(text)
        if value is None:
            return _error("bad_hours" if question.id == "talkoot" else "bad_amount")
        return _budget_line(draft, question, lines, line, value)
    return Outcome("same")


def _budget_line(draft: Draft, question: Question, lines: tuple[str, ...], line: str, value: Decimal) -> Outcome:
    values = dict(draft.answers.get(question.id) or {})
    values[line] = str(value)
    draft.answers[question.id] = values
    if draft.sub + 1 < len(lines):
        draft.sub += 1
        return Outcome("line", params={"line": line})
    return _advance(draft, ["computed_leader"])


def _answer_date(draft: Draft, question: Question, text: str, today: date) -> Outcome:
    parsed = parse_date(text, end=question.id == "end")
    if parsed is None:
        return _error("bad_date")
    notes: list[str] = []
    if question.id == "start":
        end = _date(draft.answers.get("end"))
        if end is not None and end <= parsed.value:
            return _error("start_after_end", end=end)
        if parsed.value < today:
            notes.append("start_before_filing")
    else:
        start = _date(draft.answers.get("start"))
        if start is not None and parsed.value <= start:
            return _error("end_before_start", start=start)
    draft.answers[question.id] = parsed.value.isoformat()
    return _advance(draft, notes)


def _date(value: object) -> date | None:
    try:
        return date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def choose(draft: Draft, qid: str, value: str, rules: BudgetRules) -> Outcome:
    """A button (or a typed option) for the open choice question; a stale or forged one is ``error/stale``."""
    question = draft.question
    if question is None or question.id != qid:
        return _error("stale")
    if question.kind == RATE:
        if not value.isdigit():
            return _error("stale")
        rate = int(value)
        problem = check_leader_rate(leader_type(draft), rate, rules)
        if problem:
            limits = rules.leader.types[leader_type(draft)]
            return _error("bad_rate", min=limits.min_rate, max=limits.max_rate)
        draft.answers[qid] = rate
        return _advance(draft)
    if question.kind != CHOICE or value not in question.options:
        return _error("stale")
    if qid == "recommend":
        value = recommendation(draft).track if value == "accept" else value
        rec = recommendation(draft)
        if value == rec.track == "leader":
            # Accepting the suggestion fills in what the quick questions already told.
            draft.answers.setdefault("leader_type", rec.leader_type)
            draft.answers.setdefault("international", "yes" if rec.international else "no")
    draft.answers[qid] = value
    if qid in ("track", "recommend", "org_type"):
        draft.accepted_org = False
    if qid == "org_type" or (qid in ("track", "recommend") and "org_type" in draft.answers and draft.track):
        verdict = org_eligibility(draft)
        if verdict is not None and not verdict.ok and qid == "org_type":
            draft.mode = "org_check"
            return Outcome("org_check", params={"reason": verdict.reason, "instead": verdict.instead})
    return _advance(draft)


def org_eligibility(draft: Draft):
    org = draft.answers.get("org_type")
    if not draft.track or not isinstance(org, str):
        return None
    return eligibility(draft.track, org)


def org_decision(draft: Draft, decision: str) -> Outcome:
    """After an ineligible organisation type: ``type`` (choose again), ``track`` (rethink) or ``go`` (keep, warned)."""
    if draft.mode != "org_check":
        return _error("stale")
    if decision == "type":
        draft.mode, draft.current = "ask", "org_type"
        return Outcome("next")
    if decision == "track":
        draft.mode, draft.current, draft.editing = "ask", "track", True
        return Outcome("next")
    if decision == "go":
        draft.accepted_org = True
        draft.mode = "ask"
        return _advance(draft)
    return _error("stale")


def skip(draft: Draft, qid: str, rules: BudgetRules | None = None) -> Outcome:
    """Skip an optional question, or one line of a budget (it counts as zero)."""
    question = draft.question
    if question is None or question.id != qid:
        return _error("stale")
    if question.kind == BUDGET:
        lines = budget_lines(draft, qid, rules)
        return _budget_line(draft, question, lines, lines[min(draft.sub, len(lines) - 1)], Decimal(0))
    if not question.optional:
        return _error("required")
    if question.kind == MULTI and draft.answers.get(qid):
        return _advance(draft)
    draft.answers[qid] = None
    return _advance(draft)


def done(draft: Draft, qid: str) -> Outcome:
    """Finish a list of items."""
    question = draft.question
    if question is None or question.id != qid or question.kind != MULTI:
        return _error("stale")
    if not draft.answers.get(qid):
        if question.optional:
            draft.answers[qid] = None
            return _advance(draft)
        return _error("need_one_item")
    return _advance(draft)


def clear_items(draft: Draft, qid: str) -> Outcome:
    question = draft.question
    if question is None or question.id != qid or question.kind != MULTI:
        return _error("stale")
    draft.answers.pop(qid, None)
    return Outcome("same")


def back(draft: Draft, qid: str) -> Outcome:
    """One step back: the previous budget line, or the previous applicable question."""
    question = draft.question
    if question is None or question.id != qid:
        return _error("stale")
    if question.kind == BUDGET and draft.sub > 0:
        draft.sub -= 1
        return Outcome("next")
    ids = [q.id for q in steps(draft)]
    position = ids.index(qid) if qid in ids else 0
    if position == 0:
        return Outcome("same")
    draft.current, draft.sub = ids[position - 1], 0
    return Outcome("next")


def start_edit(draft: Draft, section: str) -> Outcome:
    """From the review into one section; answering its last question returns to the review."""
    if draft.mode != "review" or section not in SECTIONS:
        return _error("stale")
    first = next((q for q in steps(draft) if q.section == section), None)
    if first is None:
        return _error("stale")
    draft.current, draft.mode, draft.editing, draft.sub = first.id, "ask", True, 0
    return Outcome("next")


# -- computed figures and warnings ----------------------------------------------------------------


def _decimal(value: object) -> Decimal:
    try:
        return Decimal(str(value)) if value not in (None, "") else Decimal(0)
    except Exception:
        return Decimal(0)


def compute_budget(draft: Draft, rules: BudgetRules) -> EsrBudget | LeaderBudget | None:
    if draft.track == "esr" and "esr_personnel" in draft.answers:
        return esr_budget(_decimal(draft.answers["esr_personnel"]), rules)
    if draft.track == "leader" and isinstance(draft.answers.get("leader_costs"), dict):
        talkoot = draft.answers.get("talkoot") if isinstance(draft.answers.get("talkoot"), dict) else {}
        costs = {k: _decimal(v) for k, v in draft.answers["leader_costs"].items()}
        rate = draft.answers.get("leader_rate")
        rate = int(rate) if isinstance(rate, (int, str)) and str(rate).isdigit() else rules.leader.types[leader_type(draft)].max_rate
        return leader_budget(leader_type(draft), rate, costs, _decimal(talkoot.get("volunteer_hours")),
                             _decimal(talkoot.get("machine_hours")), rules)
    return None


def collect_warnings(draft: Draft, today: date, rules: BudgetRules) -> list[Warning]:
    """Everything the paper's "check these" section lists, in the order the interview met it."""
    a = draft.answers
    found: list[Warning] = []
    if a.get("track") == "notsure" and draft.track:
        rec = recommendation(draft)
        if draft.track != rec.track:
            found.append(Warning("overrode_recommendation", {"track": rec.track}))
        found.extend(Warning(f"caveat_{c}") for c in rec.caveats if draft.track == rec.track)
    verdict = org_eligibility(draft)
    if verdict is not None and not verdict.ok:
        found.append(Warning(f"org_{verdict.reason}"))
    if _international(draft):
        joint, local = a.get("joint_actions") or [], a.get("local_actions") or []
        if len(local) > len(joint):
            found.append(Warning("intl_local_heavy"))
    if not a.get("partners"):
        found.append(Warning("no_partners"))
    start, end = _date(a.get("start")), _date(a.get("end"))
    if start is not None:
        if start < today:
            found.append(Warning("start_before_filing", {"start": start}))
        elif draft.track == "esr" and start < today + timedelta(days=ESR_DECISION_DAYS):
            found.append(Warning("esr_start_soon", {"start": start}))
        if draft.track == "leader" and leader_type(draft) == "investment":
            found.append(Warning("investment_not_before_filing"))
    if start is not None and end is not None and end <= start:
        found.append(Warning("end_before_start"))
    budget = compute_budget(draft, rules)
    if budget is not None:
        found.extend(budget.warnings)
    if "own_sources" in a and not a.get("own_sources"):
        found.append(Warning("own_sources_missing"))
    return found
