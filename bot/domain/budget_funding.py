"""Where the own funding comes from: funding-source lines summed and compared with the own share.

In Leader the own funding is private (the association's money, donations, talkoot); a municipality's grant is
public funding and does not cover the own share. In ESR+ the 20 % may be own, municipal or other funding.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from .budget import LEADER_TYPES, BudgetRules, EsrBudget, LeaderBudget, Warning, esr_budget, leader_budget, staff_rows
from .parsing import parse_amount

_MONEY = re.compile(
    r"(?P<pre>€\s*)?(?P<num>\d{1,3}(?:[ \u00a0\u202f.,]\d{3})+(?:,\d{1,2})?|\d+(?:[.,]\d{1,2})?)"
    r"(?P<mult>\s*(?:k|t|tuhatta)(?![a-zåäö]))?(?P<cur>\s*(?:€|eur(?:oa|os)?|e)(?![a-zåäö]))?(?P<after>\s*%|\s*h\b)?",
    re.IGNORECASE,
)
_PUBLIC = re.compile(
    r"\b(kunta|kunnan|kunnalt|kunnilt|kunnill|kuntien|kuntayhty|kaupun|maakun|valtio|ely|elinvoimakesk|"
    r"municipal|city|town|council|state)",
    re.IGNORECASE,
)
_TALKOOT = re.compile(r"talko|volunteer work|voluntary work|volunteer hours", re.IGNORECASE)
_SPLIT = re.compile(r"[\n;]+")
_SPLIT_MORE = re.compile(r",\s+|\s+(?:ja|sekä|and|plus)\s+")


@dataclass(frozen=True)
class FundingSource:
    """One funding-source line: its words, the amount found in it (None if none) and ``private``/``public``/``talkoot``."""

    name: str
    amount: Decimal | None
    kind: str = "private"


def _amounts(text: str) -> list[Decimal]:
    found: list[tuple[Decimal, bool, bool]] = []
    for match in _MONEY.finditer(text):
        if match.group("after"):
            continue  # a percentage or hours, not money
        raw = (match.group("num") + (match.group("mult") or "")).strip()
        value = parse_amount(raw)
        if value is None:
            continue
        marked = bool(match.group("pre") or match.group("cur") or match.group("mult"))
        year_like = 1990 <= value <= 2100 and value == value.to_integral_value()
        found.append((value, marked, year_like))
    marked_values = [v for v, m, _ in found if m]
    if marked_values:
        return marked_values
    # "avustus 2027: 3000" names a year and an amount; a lone "2000" is an amount.
    plain = [v for v, _, year in found if not year] or [v for v, _, _ in found]
    return plain[-1:]


def _kind(name: str) -> str:
    if _TALKOOT.search(name):
        return "talkoot"
    return "public" if _PUBLIC.search(name) else "private"


def funding_sources(lines: list[str] | str | None) -> list[FundingSource]:
    """Each line ("kunnan avustus 3 000 €") as a source; a line with several amounts is split at commas and "ja"."""
    if not lines:
        return []
    raw = lines if isinstance(lines, list) else [lines]
    parts: list[str] = []
    for item in raw:
        for line in _SPLIT.split(str(item)):
            line = line.strip(" •*-–\t.")
            if not line:
                continue
            parts.extend(p.strip(" .") for p in _SPLIT_MORE.split(line)) if len(_amounts(line)) > 1 else parts.append(line)
    sources = []
    for part in parts:
        if not part:
            continue
        values = _amounts(part)
        sources.append(FundingSource(part, sum(values, Decimal(0)) if values else None, _kind(part)))
    return sources


@dataclass
class FundingCheck:
    """The sources summed by kind and compared with what the own share needs in money."""

    sources: list[FundingSource]
    needed: Decimal  # own funding that must come as money (Leader: after talkoot)
    counted: Decimal  # sources that count as own funding
    public_other: Decimal  # Leader: municipal and other public grants, which are not own funding
    gap: Decimal  # needed − counted, when positive and amounts were given
    missing_amounts: int
    warnings: list[Warning] = field(default_factory=list)


def check_funding(sources: list[FundingSource], track: str, needed: Decimal) -> FundingCheck:
    """Sum the sources and name a gap with its amount; in Leader a municipality's grant is public, not own funding."""
    counted = public_other = Decimal(0)
    missing = 0
    for source in sources:
        if source.kind == "talkoot":
            continue  # talkoot is in the budget already, from the hours
        if source.amount is None:
            missing += 1
            continue
        if track == "leader" and source.kind == "public":
            public_other += source.amount
        else:
            counted += source.amount
    warnings: list[Warning] = []
    if track == "leader" and public_other > 0:
        warnings.append(Warning("leader_public_source", {"amount": public_other}))
    gap = needed - counted if counted > 0 or public_other > 0 else Decimal(0)
    if gap > 0:
        warnings.append(Warning("funding_gap", {"listed": counted, "needed": needed, "gap": gap}))
    else:
        gap = Decimal(0)
    if missing:
        warnings.append(Warning("funding_amount_missing", {"count": missing}))
    return FundingCheck(sources, needed, counted, public_other, gap, missing, warnings)


def _decimal(value: object) -> Decimal:
    try:
        return Decimal(str(value)) if value not in (None, "") else Decimal(0)
    except ArithmeticError:
        return Decimal(0)


def budget_for(answers: dict, track: str | None, project_type: str, rules: BudgetRules) -> EsrBudget | LeaderBudget | None:
    """The budget of a draft's answers with the funding check added to its warnings; None until the numbers exist."""
    budget: EsrBudget | LeaderBudget | None = None
    if track == "esr" and (answers.get("esr_staff") or answers.get("esr_personnel") not in (None, "")):
        staff = staff_rows(answers.get("esr_staff"), answers.get("esr_personnel"))
        budget = esr_budget(Decimal(0), rules, staff)
        needed = budget.own
    elif track == "leader" and isinstance(answers.get("leader_costs"), dict):
        project_type = project_type if project_type in LEADER_TYPES else "development"
        talkoot = answers.get("talkoot") if isinstance(answers.get("talkoot"), dict) else {}
        costs = {k: _decimal(v) for k, v in answers["leader_costs"].items()}
        rate = answers.get("leader_rate")
        rate = int(rate) if isinstance(rate, (int, str)) and str(rate).isdigit() else rules.leader.types[project_type].max_rate
        budget = leader_budget(project_type, rate, costs, _decimal(talkoot.get("volunteer_hours")),
                               _decimal(talkoot.get("machine_hours")), rules)
        needed = budget.own_cash
    if budget is None:
        return None
    lines = answers.get("own_sources")
    if lines:
        budget.funding = check_funding(funding_sources(lines), track or "", needed)
        budget.warnings.extend(budget.funding.warnings)
    return budget
