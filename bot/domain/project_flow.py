"""The /project set-up as a pure step function: name → funding → dates (→ payment period) → the
proposed milestones to confirm, leave some out (paged) or change; the validations live here."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .flows import Draft, Step, say
from .milestones import Milestone, MilestoneRules, PlanError, ProjectPlan, propose
from .reminder_input import ReminderInputError, parse_date

FLOW = "project"
NAME, FUNDING, DECISION, START, END, PERIOD, CONFIRM = "name", "funding", "decision", "start", "end", "period", "confirm"
NAME_MAX = 120
PAGE = 8  # milestone toggles per page: with navigation well under Telegram's 100 buttons


@dataclass(frozen=True)
class ProjectRequest:
    """A confirmed project: the plan and the milestones chosen to be reminded of."""

    plan: ProjectPlan
    chosen: tuple[Milestone, ...]


def start(chat_id: int, user_id: int) -> Step:
    return Step(Draft(FLOW, chat_id, user_id, NAME), (say("reminders.project.ask_name", ask=True),))


def plan_of(draft: Draft) -> ProjectPlan:
    d = draft.data
    return ProjectPlan(d["name"], d["funding"], date.fromisoformat(d["decision"]) if d.get("decision") else None,
                       date.fromisoformat(d["start"]), date.fromisoformat(d["end"]), d.get("period"))


def milestones_of(draft: Draft, rules: MilestoneRules) -> list[Milestone]:
    return propose(plan_of(draft), rules)


def pages(count: int) -> int:
    return max(1, -(-count // PAGE))


def _ask_decision(draft: Draft, group: bool) -> Step:
    if draft.data["funding"] == "esr":
        # Groups answer by replying to the question, so no button there (a reply prompt cannot have one).
        if group:  # answered by replying, so no button: a dash skips
            return Step(draft, (say("reminders.project.ask_decision_esr_group", ask=True),))
        return Step(draft, (say("reminders.project.ask_decision_esr", buttons="skip"),))
    return Step(draft, (say("reminders.project.ask_decision", ask=True),))


def on_text(draft: Draft, text: str, rules: MilestoneRules, group: bool) -> Step:
    """A typed answer at the draft's step."""
    if draft.step == NAME:
        name = " ".join(text.split())
        if not name or len(name) > NAME_MAX:
            return Step(draft, (say("reminders.project.name_too_long", ask=True, limit=NAME_MAX),))
        return Step(draft.at(FUNDING, name=name), (say("reminders.project.ask_funding", buttons="funding", name=name),))
    if draft.step in (FUNDING, CONFIRM):
        return Step(draft, (say("reminders.project.use_buttons"),))
    if draft.step == PERIOD:
        word = text.split()[0] if text.split() else ""
        if not word.isdigit():
            return Step(draft, (say("reminders.project.errors.bad_period", buttons="period"),))
        return on_period(draft, int(word), rules, group)
    if draft.step == DECISION and draft.data.get("funding") == "esr" and text.strip() in ("-", "–"):
        return Step(draft.at(START, decision=None), (say("reminders.project.ask_start", ask=True),))
    try:
        day = parse_date(text)
    except ReminderInputError as exc:
        return Step(draft, (say(f"reminders.errors.{exc.code}_retry", ask=True, **exc.values),))
    if draft.step == DECISION:
        return Step(draft.at(START, decision=day.isoformat()), (say("reminders.project.ask_start", ask=True),))
    if draft.step == START:
        return Step(draft.at(END, start=day.isoformat()), (say("reminders.project.ask_end", ask=True),))
    if day <= date.fromisoformat(draft.data["start"]):
        return Step(draft, (say("reminders.project.errors.end_before_start_retry", ask=True),))
    draft = draft.at(END, end=day.isoformat())
    if draft.data["funding"] == "esr":
        return Step(draft.at(PERIOD), (say("reminders.project.ask_period", buttons="period"),))
    return _propose(draft, rules, group)


def on_period(draft: Draft, months: int, rules: MilestoneRules, group: bool) -> Step:
    if draft.step != PERIOD:
        return Step(draft, (say("reminders.flow.stale_step"),))
    if not rules.esr.period_min_months <= months <= rules.esr.period_max_months:
        return Step(draft, (say("reminders.project.errors.bad_period", buttons="period"),))
    return _propose(draft.at(PERIOD, period=months), rules, group)


def _propose(draft: Draft, rules: MilestoneRules, group: bool) -> Step:
    try:
        milestones_of(draft, rules)
    except PlanError as exc:
        error = say(f"reminders.project.errors.{exc.code}")
        if exc.code == "bad_period":
            return Step(draft.at(PERIOD), (error, say("reminders.project.ask_period", buttons="period")))
        if exc.code in ("decision_too_early", "decision_after_end", "no_decision"):
            again = _ask_decision(draft.at(DECISION), group)
            return Step(again.draft, (error, *again.say))
        return Step(draft.at(START), (error, say("reminders.project.ask_start", ask=True)))
    return Step(draft.at(CONFIRM, off=[], page=None), (say("@proposal"),))


def on_button(draft: Draft, action: str, arg: str | None, rules: MilestoneRules, group: bool) -> Step:
    """A pressed button of the set-up; a button of an earlier step changes nothing."""
    if action == "funding":
        if draft.step != FUNDING or arg not in ("leader", "esr"):
            return Step(draft, (say("reminders.flow.stale_step"),))
        return _ask_decision(draft.at(DECISION, funding=arg, decision=None), group)
    if action == "skip":
        if draft.step != DECISION or draft.data.get("funding") != "esr":
            return Step(draft, (say("reminders.flow.stale_step"),))
        return Step(draft.at(START, decision=None), (say("reminders.project.ask_start", ask=True),))
    if action == "period":
        return on_period(draft, int(arg) if arg and arg.isdigit() else 0, rules, group)
    if draft.step != CONFIRM:
        return Step(draft, (say("reminders.flow.stale_step"),))
    count = len(milestones_of(draft, rules))
    off = set(draft.data.get("off", []))
    if action == "toggle" and arg and arg[:-1].isdigit() and arg[-1] in "+-" and int(arg[:-1]) < count:
        # The button names the state it sets ("3-": leave the fourth out), so a second tap changes nothing.
        index = int(arg[:-1])
        off = off - {index} if arg[-1] == "+" else off | {index}
        return Step(draft.at(CONFIRM, off=sorted(off), page=index // PAGE), (say("@proposal"),), edit=True)
    if action == "page" and arg and arg.isdigit():
        return Step(draft.at(CONFIRM, page=min(int(arg), pages(count) - 1)), (say("@proposal"),), edit=True)
    if action == "view":
        return Step(draft.at(CONFIRM, page=None), (say("@proposal"),), edit=True)
    if action == "dates":
        return _ask_decision(draft.at(DECISION, off=[], page=None), group)
    if action == "ok":
        chosen = tuple(m for i, m in enumerate(milestones_of(draft, rules)) if i not in off)
        if not chosen:
            return Step(draft, (say("reminders.project.none_chosen"),))
        return Step(None, result=ProjectRequest(plan_of(draft), chosen))
    return Step(draft, (say("reminders.flow.stale_step"),))
