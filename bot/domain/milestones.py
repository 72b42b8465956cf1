"""Project milestones that follow from the Leader and ESR+ rules; the rule values come from content/common/milestones.yaml."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time, timedelta

from pydantic import BaseModel, Field, field_validator, model_validator

from .reminders import add_months

FUNDINGS = ("leader", "esr")
# More milestones than this cannot be shown and chosen sensibly (and dates that make them are typos).
MAX_MILESTONES = 40
_ONE_DAY = timedelta(days=1)


class LeaderRules(BaseModel):
    monitoring_month: int = Field(ge=1, le=12)
    monitoring_day: int = Field(ge=1, le=31)
    payment_interval_months: int = Field(ge=1, le=24)
    final_within_months: int = Field(ge=1, le=24)


class EsrRules(BaseModel):
    payment_within_months: int = Field(ge=1, le=12)
    final_within_months: int = Field(ge=1, le=24)
    period_choices: list[int] = Field(min_length=1)
    period_min_months: int = Field(ge=1)
    period_max_months: int = Field(le=24)

    @model_validator(mode="after")
    def _choices_in_range(self) -> "EsrRules":
        if any(not self.period_min_months <= c <= self.period_max_months for c in self.period_choices):
            raise ValueError("period_choices must lie between period_min_months and period_max_months")
        return self


class MilestoneRules(BaseModel):
    """content/common/milestones.yaml"""

    default_time: time
    milestone_lead_days: list[int] = Field(min_length=1)
    custom_lead_choices: list[int] = Field(min_length=1)
    late_after_minutes: int = Field(ge=1)
    max_project_years: int = Field(ge=1, le=30)
    leader: LeaderRules
    esr: EsrRules

    @field_validator("milestone_lead_days", "custom_lead_choices")
    @classmethod
    def _non_negative(cls, value: list[int]) -> list[int]:
        if any(v < 0 or v > 90 for v in value):
            raise ValueError("lead times are days between 0 and 90")
        return value


@dataclass(frozen=True)
class Milestone:
    """One deadline of a project. ``kind`` names its text in content (reminders.kinds.<kind>)."""

    kind: str
    due: date
    number: int = 0  # the payment application's or payment period's number, 0 when not counted
    period_start: date | None = None
    period_end: date | None = None


@dataclass(frozen=True)
class ProjectPlan:
    name: str
    funding: str
    decision: date | None
    start: date
    end: date
    period_months: int | None = None


class PlanError(ValueError):
    """Dates that do not make a project; ``code`` names the explanation in content."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def check_plan(plan: ProjectPlan, rules: MilestoneRules) -> None:
    """Refuse dates the rules cannot be applied to (end before start, a 40-year project, …)."""
    if plan.funding not in FUNDINGS:
        raise PlanError("bad_funding")
    if plan.end <= plan.start:
        raise PlanError("end_before_start")
    if add_months(plan.start, 12 * rules.max_project_years) < plan.end:
        raise PlanError("too_long")
    if plan.funding == "leader" and plan.decision is None:
        raise PlanError("no_decision")
    if plan.decision is not None and plan.decision > plan.end:
        raise PlanError("decision_after_end")
    if plan.decision is not None and add_months(plan.decision, 12 * rules.max_project_years) < plan.start:
        raise PlanError("decision_too_early")
    if plan.funding == "esr":
        if plan.period_months is None or not rules.esr.period_min_months <= plan.period_months <= rules.esr.period_max_months:
            raise PlanError("bad_period")


def leader_milestones(plan: ProjectPlan, rules: LeaderRules) -> list[Milestone]:
    """Monitoring data every 31.1. while the project runs, a payment application at least yearly from
    the decision, and the final payment application (with the last monitoring data) after the end."""
    found: list[Milestone] = []
    for year in range(plan.start.year, plan.end.year + 1):
        due = date(year, rules.monitoring_month, min(rules.monitoring_day, _last_day(year, rules.monitoring_month)))
        if plan.start < due <= plan.end:
            found.append(Milestone("leader_monitoring", due, number=year - 1))
    number, due = 1, add_months(plan.decision, rules.payment_interval_months)
    while due < plan.end:
        found.append(Milestone("leader_payment", due, number=number))
        number += 1
        due = add_months(plan.decision, rules.payment_interval_months * number)
    found.append(Milestone("leader_final", add_months(plan.end, rules.final_within_months, keep_month_end=True)))
    return sorted(found, key=lambda m: (m.due, m.kind))


def esr_milestones(plan: ProjectPlan, rules: EsrRules) -> list[Milestone]:
    """A payment application with a monitoring report after each payment period, and the final one."""
    found: list[Milestone] = []
    number = 1
    period_start = plan.start
    while True:
        period_end = add_months(plan.start, plan.period_months * number) - _ONE_DAY
        if period_end >= plan.end:
            break
        due = add_months(period_end, rules.payment_within_months, keep_month_end=True)
        found.append(Milestone("esr_payment", due, number=number, period_start=period_start, period_end=period_end))
        period_start = period_end + _ONE_DAY
        number += 1
    found.append(Milestone("esr_final", add_months(plan.end, rules.final_within_months, keep_month_end=True),
                           number=number, period_start=period_start, period_end=plan.end))
    return found


def propose(plan: ProjectPlan, rules: MilestoneRules) -> list[Milestone]:
    """The milestone list the bot proposes for a project, earliest first."""
    check_plan(plan, rules)
    if plan.funding == "leader":
        found = leader_milestones(plan, rules.leader)
    else:
        found = esr_milestones(plan, rules.esr)
    if len(found) > MAX_MILESTONES:
        raise PlanError("too_many")
    return found


def _last_day(year: int, month: int) -> int:
    return (add_months(date(year, month, 1), 1) - _ONE_DAY).day

