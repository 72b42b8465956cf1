"""Figures and checks computed from a draft: budget lines, the budget itself, personnel rows, warnings."""

from __future__ import annotations

import functools
from datetime import date, timedelta
from decimal import Decimal

from .budget import BudgetRules, EsrBudget, LeaderBudget, Warning, load_rules
from .interview import RATE, TALKOOT_LINES, Draft, Question, _international, leader_type
from .tracks import Recommendation, eligibility, recommend

# ESR+ decisions come about three months after a call closes; a start sooner than that is a gamble.
ESR_DECISION_DAYS = 90


@functools.cache
def _default_rules() -> BudgetRules:
    return load_rules()


def budget_lines(draft: Draft, qid: str, rules: BudgetRules | None = None) -> tuple[str, ...]:
    """The lines of a budget question: talkoot hours, or the cost categories of the Leader project type."""
    if qid == "talkoot":
        return TALKOOT_LINES
    rules = rules or _default_rules()
    return tuple(rules.leader.types[leader_type(draft)].cost_lines)


def choice_options(draft: Draft, question: Question, rules: BudgetRules) -> tuple[str, ...]:
    if question.kind == RATE:
        return tuple(str(x) for x in rules.leader.types[leader_type(draft)].rate_options)
    return question.options


def recommendation(draft: Draft) -> Recommendation:
    a = draft.answers
    return recommend(a.get("quiz_target"), a.get("quiz_rural"), a.get("quiz_kind"), a.get("quiz_intl"))


def org_eligibility(draft: Draft):
    org = draft.answers.get("org_type")
    if not draft.track or not isinstance(org, str):
        return None
    return eligibility(draft.track, org)


def _decimal(value: object) -> Decimal:
    try:
        return Decimal(str(value)) if value not in (None, "") else Decimal(0)
    except Exception:
        return Decimal(0)


def staff_rows(draft: Draft) -> list[dict]:
    """ESR+ personnel rows; a draft saved before rows existed gives its one amount as a row "—"."""
    rows = draft.answers.get("esr_staff")
    if isinstance(rows, list):
        return [r for r in rows if isinstance(r, dict)]
    if draft.answers.get("esr_personnel") not in (None, ""):
        return [{"role": "—", "months": 1, "per_month": str(draft.answers["esr_personnel"]), "share": 100}]
    return []


def staff_cost(rows: list[dict]) -> Decimal:
    """Σ months × €/month × share of working time."""
    total = Decimal(0)
    for row in rows:
        total += Decimal(int(row.get("months") or 0)) * _decimal(row.get("per_month")) * Decimal(int(row.get("share") or 0)) / 100
    return total.quantize(Decimal("0.01")).normalize() if total else Decimal(0)


def compute_budget(draft: Draft, rules: BudgetRules) -> EsrBudget | LeaderBudget | None:
    """The draft's budget with the funding check (own sources against the own share); None until numbers exist."""
    from .budget_funding import budget_for

    return budget_for(draft.answers, draft.track, leader_type(draft), rules)


def _date(value: object) -> date | None:
    try:
        return date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
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
    if "partners" in a and not a.get("partners"):
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
