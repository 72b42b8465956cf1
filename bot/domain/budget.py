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
    # What the seed's advance percentage is taken of: the total budget (seed 002). The programme pages state it
    # as a share of the aid granted, so the paper shows both and says the funder confirms the basis.
    advance_basis: str = Field(default="total", pattern="^(total|aid)$")

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


class CostModels(BaseModel):
    """Leader 2023–2027 cost models (the funder decides one, for the whole project) and payment bases."""

    # key -> flat percentage of personnel costs, or None for actual costs (tosialliset kustannukset)
    models: dict[str, int | None] = Field(min_length=1)
    payment: list[str] = Field(min_length=1)
    purchase_quote_limit: Decimal = Field(gt=0)


class LeaderRules(BaseModel):
    public_aid_min: Decimal = Field(ge=0)
    public_aid_max: Decimal = Field(gt=0)
    types: dict[str, LeaderTypeRules]
    talkoot: TalkootRules
    cost_models: CostModels

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


@dataclass(frozen=True)
class StaffRow:
    """One ESR+ personnel row: cost = months × €/month × share of working time."""

    role: str
    months: int | None
    per_month: Decimal | None
    share: int | None
    cost: Decimal


def staff_row(role: object, months: object, per_month: object, share: object) -> StaffRow | None:
    """A row from stored answers; None when the numbers do not make a cost (the paper skips it)."""
    from .parsing import parse_amount

    try:
        m, s = int(str(months).strip()), int(str(share).strip().rstrip("%").strip())
        p = parse_amount(str(per_month)) if not isinstance(per_month, (int, Decimal)) else Decimal(per_month)
    except (ValueError, ArithmeticError):
        return None
    if p is None:
        return None
    if m <= 0 or p < 0 or not 1 <= s <= 100:
        return None
    return StaffRow(str(role or "—"), m, _money(p), s, _money(m * p * s / 100))


def staff_rows(raw: object, old_amount: object = None) -> list[StaffRow]:
    """``esr_staff`` rows, or one row "—" from an old draft's single ``esr_personnel`` amount."""
    rows: list[StaffRow] = []
    if isinstance(raw, list):
        for item in raw:
            if isinstance(item, dict):
                row = staff_row(item.get("role"), item.get("months"), item.get("per_month"), item.get("share"))
                if row is not None:
                    rows.append(row)
    if not rows and old_amount not in (None, ""):
        try:
            rows.append(StaffRow("—", None, None, None, _money(Decimal(str(old_amount)))))
        except ArithmeticError:
            pass
    return rows


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
    staff: list[StaffRow] = field(default_factory=list)
    # The same percentage taken of the aid instead of the total (the programme pages' basis).
    advance_of_aid: Decimal = Decimal(0)
    funding: object = None  # budget_funding.FundingCheck once own sources are known


def esr_budget(personnel: Decimal, rules: BudgetRules, staff: list[StaffRow] | None = None) -> EsrBudget:
    """Personnel plus the 40 % flat rate; 80 % aid, 20 % own; advance up to 30 % (of the total, per the seed)."""
    r = rules.esr
    if staff:
        personnel = sum((row.cost for row in staff), Decimal(0))
    personnel = _money(Decimal(personnel))
    flat = _share(personnel, r.flat_rate)
    total = personnel + flat
    aid = _share(total, r.aid_rate)
    own = total - aid
    of_total, of_aid = _share(total, r.advance_max_rate), _share(aid, r.advance_max_rate)
    advance = of_total if r.advance_basis == "total" else of_aid
    warnings = [Warning("esr_no_personnel")] if personnel == 0 else []
    return EsrBudget(personnel, flat, total, aid, own, advance, r.flat_rate, r.aid_rate, r.own_rate,
                     r.advance_max_rate, warnings, list(staff or []), of_aid)


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
    public_aid: Decimal  # min(rate × total, cash costs): the aid that can really be paid
    own_funding: Decimal  # total − aid: private funding (talkoot + money)
    own_cash: Decimal  # the part of the own funding that must be money
    aid_min: Decimal
    aid_max: Decimal
    warnings: list[Warning] = field(default_factory=list)
    nominal_aid: Decimal = Decimal(0)  # rate × total, before the cap
    own_share_at_rate: Decimal = Decimal(0)  # (100 − rate) % of the total
    talkoot_excess: Decimal = Decimal(0)  # talkoot beyond that share: it does not increase the aid
    funding: object = None  # budget_funding.FundingCheck once own sources are known

    @property
    def aid_percent(self) -> Decimal:
        """The real aid as a percentage of the total cost, one decimal (87,6 % when the cap bites)."""
        return (self.public_aid * 100 / self.total).quantize(Decimal("0.1")) if self.total else Decimal(0)


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
    """Costs plus talkoot; aid = min(rate × total, cash costs); talkoot is private funding; limits on the real aid.

    Talkoot is a cost and private funding at once, and the own share may be all talkoot, but public aid can never
    exceed the money actually spent. So talkoot beyond the (100 − rate) % own share does not increase the aid.
    """
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
    nominal = _share(total, rate)
    aid = min(nominal, cash)
    own = total - aid
    own_cash = own - talkoot  # never negative: aid ≤ cash means own ≥ talkoot
    share_at_rate = total - nominal
    excess = max(talkoot - share_at_rate, Decimal(0))
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
    if excess > 0:
        warnings.append(Warning("talkoot_exceeds_own", {"talkoot": talkoot, "own": share_at_rate, "excess": excess,
                                                        "aid": aid, "cash": cash, "rate": rate}))
    return LeaderBudget(
        project_type, rate, clean, cash, volunteer_hours, machine_hours, leader.talkoot.hour_value,
        leader.talkoot.machine_hour_value, volunteer_value, machine_value, talkoot, total, aid, own, own_cash,
        leader.public_aid_min, leader.public_aid_max, warnings, nominal, share_at_rate, excess,
    )


def funding_sources(lines: list[str] | str | None) -> list:
    """Funding-source lines as ``FundingSource(name, amount|None, kind)`` (see ``budget_funding``)."""
    from .budget_funding import funding_sources as parse

    return parse(lines)
