"""The preliminary budget: ESR+ and Leader rules, talkoot, limits and the warnings they raise.

Every number the user sees is computed here, from the rates in ``content/common/budget.yaml``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import yaml
from pydantic import BaseModel, Field, model_validator

CENT = Decimal("0.01")
RULES_FILE = Path(__file__).resolve().parents[2] / "content" / "common" / "budget.yaml"


class EsrRules(BaseModel):
    aid_rate: int = Field(ge=0, le=100)
    own_rate: int = Field(ge=0, le=100)
    flat_rate: int = Field(ge=0, le=100)
    advance_max_rate: int = Field(ge=0, le=100)

    @model_validator(mode="after")
    def _shares_add_up(self) -> "EsrRules":
        if self.aid_rate + self.own_rate != 100:
            raise ValueError("aid_rate and own_rate must add up to 100")
        return self


class LeaderTypeRules(BaseModel):
    max_rate: int = Field(ge=1, le=100)
    min_rate: int = Field(default=0, ge=0, le=100)
    rate_options: list[int] = Field(min_length=1)
    cost_lines: list[str] = Field(min_length=1)

    @model_validator(mode="after")
    def _options_within_limits(self) -> "LeaderTypeRules":
        if self.min_rate > self.max_rate:
            raise ValueError("min_rate is above max_rate")
        for option in self.rate_options:
            if not self.min_rate <= option <= self.max_rate:
                raise ValueError(f"rate option {option} is outside {self.min_rate}–{self.max_rate}")
        return self


class TalkootRules(BaseModel):
    hour_value: Decimal = Field(gt=0)
    machine_hour_value: Decimal = Field(gt=0)
    min_age: int = Field(ge=0)


class LeaderRules(BaseModel):
    public_aid_min: Decimal = Field(ge=0)
    public_aid_max: Decimal = Field(gt=0)
    types: dict[str, LeaderTypeRules]
    talkoot: TalkootRules

    @model_validator(mode="after")
    def _known_types(self) -> "LeaderRules":
        missing = set(LEADER_TYPES) - set(self.types)
        if missing:
            raise ValueError(f"missing Leader project types: {sorted(missing)}")
        if self.public_aid_min > self.public_aid_max:
            raise ValueError("public_aid_min is above public_aid_max")
        return self


class BudgetRules(BaseModel):
    """The validated content of ``content/common/budget.yaml``."""

    esr: EsrRules
    leader: LeaderRules


LEADER_TYPES = ("development", "investment", "training", "cooperation")


def load_rules(path: Path = RULES_FILE) -> BudgetRules:
    """The rules from the YAML file (the bot itself loads them through the content catalog)."""
    return BudgetRules.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))


def _money(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def _share(total: Decimal, rate: int | Decimal) -> Decimal:
    return _money(total * Decimal(rate) / 100)


@dataclass(frozen=True)
class Warning:
    """Something the user should check, with the numbers that explain it."""

    code: str
    params: dict[str, object] = field(default_factory=dict)


@dataclass
class EsrBudget:
    personnel: Decimal
    flat_costs: Decimal
    total: Decimal
    aid: Decimal
    own: Decimal
    advance_max: Decimal
    flat_rate: int
    aid_rate: int
    own_rate: int
    advance_rate: int
    warnings: list[Warning] = field(default_factory=list)


def esr_budget(personnel: Decimal, rules: BudgetRules) -> EsrBudget:
    """Personnel costs plus the 40 % flat rate; 80 % aid, 20 % own funding; advance up to 30 % of the total."""
    r = rules.esr
    personnel = _money(Decimal(personnel))
    flat = _share(personnel, r.flat_rate)
    total = personnel + flat
    aid = _share(total, r.aid_rate)
    own = total - aid
    advance = _share(total, r.advance_max_rate)
    warnings = [Warning("esr_no_personnel")] if personnel == 0 else []
    return EsrBudget(personnel, flat, total, aid, own, advance, r.flat_rate, r.aid_rate, r.own_rate, r.advance_max_rate, warnings)


@dataclass
class LeaderBudget:
    project_type: str
    rate: int
    lines: dict[str, Decimal]
    cash_costs: Decimal
    volunteer_hours: Decimal
    machine_hours: Decimal
    hour_value: Decimal
    machine_hour_value: Decimal
    volunteer_value: Decimal
    machine_value: Decimal
    talkoot_total: Decimal
    total: Decimal
    public_aid: Decimal
    own_funding: Decimal
    own_cash: Decimal
    aid_min: Decimal
    aid_max: Decimal
    warnings: list[Warning] = field(default_factory=list)


def check_leader_rate(project_type: str, rate: int, rules: BudgetRules) -> str | None:
    """None if the rate is allowed for the project type, else ``above_max`` or ``below_min``."""
    type_rules = rules.leader.types[project_type]
    if rate > type_rules.max_rate:
        return "above_max"
    if rate < type_rules.min_rate:
        return "below_min"
    return None


def leader_budget(
    project_type: str,
    rate: int,
    lines: dict[str, Decimal],
    volunteer_hours: Decimal,
    machine_hours: Decimal,
    rules: BudgetRules,
) -> LeaderBudget:
    """Costs by category plus talkoot (a cost and own funding at once); aid = rate × total; limits checked."""
    leader = rules.leader
    type_rules = leader.types[project_type]
    clean = {name: _money(Decimal(lines.get(name) or 0)) for name in type_rules.cost_lines}
    cash = sum(clean.values(), Decimal(0))
    volunteer_hours = Decimal(volunteer_hours or 0)
    machine_hours = Decimal(machine_hours or 0)
    volunteer_value = _money(volunteer_hours * leader.talkoot.hour_value)
    machine_value = _money(machine_hours * leader.talkoot.machine_hour_value)
    talkoot = volunteer_value + machine_value
    total = cash + talkoot
    aid = _share(total, rate)
    own = total - aid
    own_cash = own - talkoot
    warnings: list[Warning] = []
    problem = check_leader_rate(project_type, rate, rules)
    if problem:
        warnings.append(Warning(f"leader_rate_{problem}", {"rate": rate, "max": type_rules.max_rate, "min": type_rules.min_rate}))
    if total == 0:
        warnings.append(Warning("leader_no_costs"))
    elif aid < leader.public_aid_min:
        warnings.append(Warning("leader_aid_below_min", {"aid": aid, "min": leader.public_aid_min}))
    elif aid > leader.public_aid_max:
        warnings.append(Warning("leader_aid_above_max", {"aid": aid, "max": leader.public_aid_max}))
    if own_cash < 0:
        # More talkoot than the whole own share: the surplus does not turn into extra aid.
        warnings.append(Warning("talkoot_exceeds_own", {"talkoot": talkoot, "own": own}))
        own_cash = Decimal(0)
    return LeaderBudget(
        project_type, rate, clean, cash, volunteer_hours, machine_hours, leader.talkoot.hour_value,
        leader.talkoot.machine_hour_value, volunteer_value, machine_value, talkoot, total, aid, own, own_cash,
        leader.public_aid_min, leader.public_aid_max, warnings,
    )
