"""Milestone rules: the Leader and ESR+ sets, with the values from content/common/milestones.yaml."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import yaml

from bot.domain.milestones import MilestoneRules, PlanError, ProjectPlan, propose

RULES_FILE = Path(__file__).resolve().parents[2] / "content" / "common" / "milestones.yaml"


@pytest.fixture(scope="module")
def rules() -> MilestoneRules:
    return MilestoneRules.model_validate(yaml.safe_load(RULES_FILE.read_text(encoding="utf-8")))


def leader(decision, start, end):
    return ProjectPlan("Kylätalo", "leader", decision, start, end)


def esr(start, end, period, decision=None):
    return ProjectPlan("Osallisuus", "esr", decision, start, end, period)


def kinds(milestones):
    return [(m.kind, m.due) for m in milestones]


def test_leader_monitoring_every_31_january_while_running(rules):
    found = [m for m in propose(leader(date(2026, 3, 15), date(2026, 4, 1), date(2028, 9, 30)), rules)
             if m.kind == "leader_monitoring"]
    assert [(m.due, m.number) for m in found] == [(date(2027, 1, 31), 2026), (date(2028, 1, 31), 2027)]


def test_leader_monitoring_none_when_no_january_falls_inside(rules):
    found = propose(leader(date(2026, 2, 1), date(2026, 2, 1), date(2026, 12, 31)), rules)
    assert "leader_monitoring" not in [m.kind for m in found]


def test_leader_payment_at_least_yearly_from_decision(rules):
    found = [m for m in propose(leader(date(2026, 3, 15), date(2026, 4, 1), date(2028, 9, 30)), rules)
             if m.kind == "leader_payment"]
    assert [(m.due, m.number) for m in found] == [(date(2027, 3, 15), 1), (date(2028, 3, 15), 2)]


def test_leader_payment_from_29_february_decision_clamps(rules):
    found = [m for m in propose(leader(date(2028, 2, 29), date(2028, 3, 1), date(2030, 12, 31)), rules)
             if m.kind == "leader_payment"]
    assert [m.due for m in found] == [date(2029, 2, 28), date(2030, 2, 28)]


def test_leader_final_four_months_after_end_keeps_month_end(rules):
    final = propose(leader(date(2026, 3, 15), date(2026, 4, 1), date(2028, 9, 30)), rules)[-1]
    assert (final.kind, final.due) == ("leader_final", date(2029, 1, 31))
    final = propose(leader(date(2026, 3, 15), date(2026, 4, 1), date(2028, 6, 15)), rules)[-1]
    assert final.due == date(2028, 10, 15)


def test_leader_full_set_in_date_order(rules):
    assert kinds(propose(leader(date(2026, 3, 15), date(2026, 4, 1), date(2028, 9, 30)), rules)) == [
        ("leader_monitoring", date(2027, 1, 31)),
        ("leader_payment", date(2027, 3, 15)),
        ("leader_monitoring", date(2028, 1, 31)),
        ("leader_payment", date(2028, 3, 15)),
        ("leader_final", date(2029, 1, 31)),
    ]


def test_esr_payment_two_months_after_each_period_and_final(rules):
    found = propose(esr(date(2026, 1, 1), date(2027, 6, 30), 4), rules)
    assert kinds(found) == [
        ("esr_payment", date(2026, 6, 30)),   # period 1.1.–30.4.
        ("esr_payment", date(2026, 10, 31)),  # period 1.5.–31.8.
        ("esr_payment", date(2027, 2, 28)),   # period 1.9.–31.12.
        ("esr_payment", date(2027, 6, 30)),   # period 1.1.–30.4.2027
        ("esr_final", date(2027, 10, 31)),    # last period 1.5.–30.6.2027 goes with the final application
    ]
    assert (found[1].period_start, found[1].period_end) == (date(2026, 5, 1), date(2026, 8, 31))


def test_esr_three_month_periods_mid_month_start(rules):
    found = propose(esr(date(2026, 3, 15), date(2026, 12, 14), 3), rules)
    assert [(m.period_end, m.due) for m in found if m.kind == "esr_payment"] == [
        (date(2026, 6, 14), date(2026, 8, 14)),
        (date(2026, 9, 14), date(2026, 11, 14)),
    ]
    assert found[-1].due == date(2027, 4, 14)


@pytest.mark.parametrize("plan, code", [
    (leader(date(2026, 1, 1), date(2026, 5, 1), date(2026, 4, 1)), "end_before_start"),
    (leader(None, date(2026, 1, 1), date(2027, 1, 1)), "no_decision"),
    (leader(date(2030, 1, 1), date(2026, 1, 1), date(2027, 1, 1)), "decision_after_end"),
    (leader(date(2026, 1, 1), date(2026, 1, 1), date(2046, 1, 1)), "too_long"),
    (esr(date(2026, 1, 1), date(2027, 1, 1), 0), "bad_period"),
    (esr(date(2026, 1, 1), date(2027, 1, 1), 13), "bad_period"),
])
def test_impossible_plans_are_refused_with_a_reason(rules, plan, code):
    with pytest.raises(PlanError) as caught:
        propose(plan, rules)
    assert caught.value.code == code


def test_rule_values_come_from_the_data_file(rules):
    changed = rules.model_copy(update={"leader": rules.leader.model_copy(update={"final_within_months": 2})})
    final = propose(leader(date(2026, 3, 15), date(2026, 4, 1), date(2028, 9, 30)), changed)[-1]
    assert final.due == date(2028, 11, 30)


def test_broken_rules_file_is_refused():
    data = yaml.safe_load(RULES_FILE.read_text(encoding="utf-8"))
    data["milestone_lead_days"] = [-3]
    with pytest.raises(Exception):
        MilestoneRules.model_validate(data)


def test_decision_decades_before_the_start_is_refused_not_turned_into_a_hundred_milestones(rules):
    plan = ProjectPlan("X", "leader", date(2000, 1, 1), date(2027, 1, 1), date(2028, 12, 31))
    with pytest.raises(PlanError) as caught:
        propose(plan, rules)
    assert caught.value.code == "decision_too_early"


def test_more_milestones_than_can_be_shown_are_refused(rules):
    plan = ProjectPlan("X", "esr", None, date(2027, 1, 1), date(2036, 12, 31), period_months=1)
    with pytest.raises(PlanError) as caught:
        propose(plan, rules)
    assert caught.value.code == "too_many"
