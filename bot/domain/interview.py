"""The needs-mapping interview (alkukartoitus) as plain data and rules, with no Telegram in sight.

A ``Draft`` holds the answers and where the user is. The functions in ``interview_steps`` move it forward
(answer, keep, skip, back, done, edit) and say what happened in an ``Outcome``; the conversation layer
only renders that. The draft is stored after every step, so whatever is in it survives a restart.
This module is the schema (questions, parts, the draft) and re-exports the steps and the budget.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Callable

from .tracks import ORG_TYPES, QUIZ_OPTIONS

MAX_TEXT = 1500
MAX_ITEMS = 12
MAX_STAFF = 12

TEXT, MULTI, CHOICE, DATE, AMOUNT, BUDGET, RATE, STAFF = "text", "multi", "choice", "date", "amount", "budget", "rate", "staff"
# The parts the progress line names ("Osa 3/6: Toteutus"); every track has all six.
PARTS: tuple[str, ...] = ("funding", "applicant", "idea", "doing", "results", "budget")
ESR_OBJECTIVES = ("inclusion", "attachment", "wellbeing", "families", "work", "services", "food_aid")
PARTICIPANT_DATA = ("self", "project", "both")


def _always(draft: "Draft") -> bool:
    return True


def _never(draft: "Draft") -> bool:
    return False


@dataclass(frozen=True)
class Question:
    """One step: ``kind`` decides how answers are read; ``when`` decides whether it applies to this draft.

    ``section`` is the paper's section, ``part`` the progress part; ``essential`` questions make the
    short path; ``whole`` lists take one message as the whole list; ``picks`` are suggested answers
    offered as buttons on a text question."""

    id: str
    kind: str
    section: str
    part: str
    optional: bool = False
    options: tuple[str, ...] = ()
    when: Callable[["Draft"], bool] = _always
    essential: bool = False
    whole: bool = False
    picks: tuple[str, ...] = ()


def _notsure(d: "Draft") -> bool:
    return d.answers.get("track") == "notsure"


def _leader(d: "Draft") -> bool:
    return d.track == "leader"


def _esr(d: "Draft") -> bool:
    return d.track == "esr"


def _investment(d: "Draft") -> bool:
    return d.track == "leader" and leader_type(d) == "investment"


def _ask_international(d: "Draft") -> bool:
    # Asked once: on a cooperation project, unless the "not sure" quiz already told it.
    return d.track == "leader" and leader_type(d) == "cooperation" and "quiz_intl" not in d.answers


def _international(d: "Draft") -> bool:
    return d.track == "leader" and d.answers.get("international") == "yes"


QUESTIONS: tuple[Question, ...] = (
    Question("track", CHOICE, "funding", "funding", options=("esr", "leader", "notsure"), essential=True),
    Question("quiz_target", CHOICE, "funding", "funding", options=QUIZ_OPTIONS["quiz_target"], when=_notsure, essential=True),
    Question("quiz_rural", CHOICE, "funding", "funding", options=QUIZ_OPTIONS["quiz_rural"], when=_notsure, essential=True),
    Question("quiz_kind", CHOICE, "funding", "funding", options=QUIZ_OPTIONS["quiz_kind"], when=_notsure, essential=True),
    Question("quiz_intl", CHOICE, "funding", "funding", options=QUIZ_OPTIONS["quiz_intl"], when=_notsure, essential=True),
    Question("recommend", CHOICE, "funding", "funding", options=("accept", "esr", "leader"), when=_notsure, essential=True),
    Question("leader_type", CHOICE, "funding", "funding", options=("development", "investment", "training", "cooperation"),
             when=_leader, essential=True),
    Question("international", CHOICE, "funding", "funding", options=("yes", "no"), when=_ask_international, essential=True),
    Question("org_type", CHOICE, "applicant", "applicant", options=ORG_TYPES, essential=True),
    Question("org_name", TEXT, "applicant", "applicant", essential=True),
    Question("contact", TEXT, "applicant", "applicant", essential=True),
    Question("title", TEXT, "title", "idea", essential=True),
    Question("need", TEXT, "need", "idea", essential=True),
    Question("goal", TEXT, "goal", "idea", essential=True),
    Question("target_group", TEXT, "target_group", "idea"),
    Question("area", TEXT, "area", "idea"),
    Question("strategy_fit", TEXT, "strategy_fit", "idea", when=_leader),
    Question("esr_objective", CHOICE, "esr_objective", "idea", options=ESR_OBJECTIVES, when=_esr),
    Question("actions", MULTI, "actions", "doing", essential=True),
    Question("intl_partner", TEXT, "international", "doing", when=_international),
    Question("joint_actions", MULTI, "international", "doing", when=_international),
    Question("local_actions", MULTI, "international", "doing", optional=True, when=_international),
    Question("doers", TEXT, "doers", "doing", when=_esr),
    Question("participants_reach", TEXT, "participants_reach", "doing", when=_esr),
    Question("work_plan", MULTI, "work_plan", "doing", when=_leader),
    Question("partners", MULTI, "partners", "doing", optional=True),
    Question("start", DATE, "schedule", "doing", essential=True),
    Question("end", DATE, "schedule", "doing", essential=True),
    Question("ownership", TEXT, "investment", "doing", when=_investment),
    Question("permits_quotes", TEXT, "investment", "doing", when=_investment),
    Question("results", TEXT, "results", "results"),
    Question("indicators", MULTI, "indicators", "results"),
    Question("horizontal", TEXT, "horizontal", "results", when=_esr),
    Question("participant_data", TEXT, "participant_data", "results", when=_esr, picks=PARTICIPANT_DATA),
    Question("risks", TEXT, "risks", "results"),
    Question("resources", TEXT, "resources", "results"),
    Question("communication", TEXT, "communication", "results", optional=True, when=_never),
    Question("sustainability", TEXT, "sustainability", "results", optional=True, when=_never),
    Question("continuation", TEXT, "continuation", "results"),
    Question("esr_personnel", AMOUNT, "budget", "budget", when=_never),
    Question("esr_staff", STAFF, "budget", "budget", when=_esr, essential=True),
    Question("leader_rate", RATE, "budget", "budget", when=_leader, essential=True),
    Question("talkoot_plan", TEXT, "talkoot_plan", "budget", optional=True, when=_leader),
    Question("talkoot", BUDGET, "budget", "budget", optional=True, when=_leader),
    Question("leader_costs", BUDGET, "budget", "budget", when=_leader, essential=True),
    Question("own_sources", MULTI, "budget", "budget", optional=True, whole=True),
)
BY_ID = {q.id: q for q in QUESTIONS}
SECTIONS: tuple[str, ...] = tuple(dict.fromkeys(q.section for q in QUESTIONS))
TALKOOT_LINES = ("volunteer_hours", "machine_hours")
LEADER_TYPES = ("development", "investment", "training", "cooperation")


def leader_type(draft: "Draft") -> str:
    value = draft.answers.get("leader_type")
    return value if isinstance(value, str) and value in LEADER_TYPES else "development"


@dataclass
class Draft:
    """Answers and position.

    ``mode``: ``ask`` (a question is open), ``org_check`` (an ineligible organisation type waits for a
    decision), ``pick`` (choosing which answer of ``part`` to edit) or ``review``. ``editing`` returns
    to the review when done; ``resume_at`` returns to a question after improving an earlier answer.
    ``pending`` is an open confirmation (a vague date's proposal, "answer or question?"). ``msg_id`` is
    the message that carries the live keyboard; ``last`` the last saved typed answer (to spot a resend).
    """

    answers: dict[str, object] = field(default_factory=dict)
    current: str | None = "track"
    mode: str = "ask"
    sub: int = 0
    editing: bool = False
    accepted_org: bool = False
    hurry: bool = False
    part: str | None = None
    pending: dict | None = None
    resume_at: str | None = None
    coach_open: dict[str, list[str]] = field(default_factory=dict)
    last: dict | None = None
    msg_id: int | None = None
    coach_msg: int | None = None

    @property
    def track(self) -> str | None:
        chosen = self.answers.get("track")
        if chosen == "notsure":
            resolved = self.answers.get("recommend")
            return resolved if resolved in ("esr", "leader") else None
        return chosen if chosen in ("esr", "leader") else None

    @property
    def question(self) -> Question | None:
        return BY_ID.get(self.current) if self.mode in ("ask", "org_check") and self.current else None

    def to_json(self) -> str:
        return json.dumps(
            {"v": 2, "answers": self.answers, "current": self.current, "mode": self.mode, "sub": self.sub,
             "editing": self.editing, "accepted_org": self.accepted_org, "hurry": self.hurry, "part": self.part,
             "pending": self.pending, "resume_at": self.resume_at, "coach_open": self.coach_open, "last": self.last,
             "msg_id": self.msg_id, "coach_msg": self.coach_msg},
            ensure_ascii=False,
        )

    @classmethod
    def from_json(cls, text: str) -> "Draft":
        data = json.loads(text)
        answers = dict(data.get("answers") or {})
        draft = cls(answers=answers, current=data.get("current"), mode=data.get("mode", "ask"),
                    sub=int(data.get("sub") or 0), editing=bool(data.get("editing")), accepted_org=bool(data.get("accepted_org")),
                    hurry=bool(data.get("hurry")), part=data.get("part"), pending=data.get("pending"),
                    resume_at=data.get("resume_at"), coach_open=dict(data.get("coach_open") or {}), last=data.get("last"),
                    msg_id=data.get("msg_id"), coach_msg=data.get("coach_msg"))
        if draft.mode == "pick" and draft.part not in PARTS:
            draft.mode = "review"
        if draft.mode in ("ask", "org_check") and (draft.current not in BY_ID or not BY_ID[draft.current].when(draft)):
            draft.current, draft.mode = first_missing(draft) or "track", "ask"
        return draft

    @classmethod
    def prefilled(cls, answers: dict[str, object]) -> "Draft":
        """A new version from an old paper's answers: what is missing first, then the review."""
        draft = cls(answers=json.loads(json.dumps(answers)), current=None, mode="review", accepted_org=True)
        missing = first_missing(draft)
        if missing:
            draft.current, draft.mode, draft.editing = missing, "ask", True
        return draft


@dataclass
class Outcome:
    """What happened. ``status``: ``next``, ``error``, ``item``, ``line``, ``row``, ``org_check``, ``review``,
    ``same``, ``confirm_date``, ``confirm_figure``, ``confirm_item``, ``confirm_split`` or ``ask_qa``; ``answered`` lists the questions whose answers to echo."""

    status: str
    error: str | None = None
    params: dict[str, object] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    answered: list[str] = field(default_factory=list)


# -- which steps apply, and where we are -------------------------------------------------------


def steps(draft: Draft) -> list[Question]:
    """The questions of this draft, in order (only the essential ones on the short path)."""
    return [q for q in QUESTIONS if q.when(draft) and (q.essential or not draft.hurry)]


def progress(draft: Draft) -> tuple[int, int, str]:
    """(number of the current part, number of parts, part id) for ``Osa 3/6: Toteutus``."""
    question = BY_ID.get(draft.current or "")
    part = question.part if question else (draft.part or PARTS[-1])
    return PARTS.index(part) + 1, len(PARTS), part


def part_questions(draft: Draft, part: str) -> list[Question]:
    """Every applicable question of a part (also the ones the short path left out)."""
    return [q for q in QUESTIONS if q.part == part and q.when(draft)]


def first_missing(draft: Draft, rules=None) -> str | None:
    """The first applicable required question with no answer yet (a budget counts when every line has one)."""
    for question in steps(draft):
        if question.id not in draft.answers and not question.optional:
            return question.id
        if question.kind == BUDGET and isinstance(draft.answers.get(question.id), dict):
            values = draft.answers[question.id]
            if any(line not in values for line in budget_lines(draft, question.id, rules)):
                return question.id
    return None


from .interview_budget import (  # noqa: E402  (re-exported: the paper and the handlers import them from here)
    budget_lines,
    choice_options,
    collect_warnings,
    compute_budget,
    org_eligibility,
    recommendation,
    staff_cost,
    staff_rows,
)
from .interview_moves import (  # noqa: E402
    back,
    clear_items,
    coach_result,
    done,
    improve,
    org_decision,
    pick_part,
    qa_decision,
    remember,
    resend_of,
    set_hurry,
    skip,
    start_edit,
)
from .interview_steps import answer_text, check_text, choose, confirm_date, confirm_figure, confirm_choice, confirm_item, confirm_split, item_digest, keep, pending_items, reads_back, PROPOSALS  # noqa: E402

__all__ = [
    "AMOUNT", "BUDGET", "BY_ID", "CHOICE", "DATE", "MULTI", "PARTS", "QUESTIONS", "RATE", "SECTIONS", "STAFF", "TEXT",
    "Draft", "Outcome", "Question", "answer_text", "back", "budget_lines", "check_text", "choice_options", "choose",
    "clear_items", "coach_result", "collect_warnings", "compute_budget", "confirm_date", "confirm_figure", "confirm_item", "confirm_split", "done", "first_missing",
    "improve", "item_digest", "pending_items", "confirm_choice", "PROPOSALS", "keep", "leader_type", "org_decision", "org_eligibility", "part_questions", "pick_part", "progress", "qa_decision", "reads_back", "remember", "resend_of",
    "recommendation", "set_hurry", "skip", "staff_cost", "staff_rows", "start_edit", "steps",
]
