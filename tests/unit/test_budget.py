"""ESR+ and Leader budget rules, limits and the rules file."""

from decimal import Decimal as D

import pytest
from pydantic import ValidationError

from bot.domain.budget import BudgetRules, check_leader_rate, esr_budget, leader_budget, load_rules

RULES = load_rules()


def codes(budget):
    return [w.code for w in budget.warnings]


def test_rules_file_has_the_seed_values():
    assert (RULES.esr.aid_rate, RULES.esr.own_rate, RULES.esr.flat_rate, RULES.esr.advance_max_rate) == (80, 20, 40, 30)
    types = RULES.leader.types
    assert types["development"].max_rate == 100 and types["investment"].max_rate == 65
    assert (types["cooperation"].min_rate, types["cooperation"].max_rate) == (60, 100)
    assert (RULES.leader.public_aid_min, RULES.leader.public_aid_max) == (5000, 180000)
    assert (RULES.leader.talkoot.hour_value, RULES.leader.talkoot.machine_hour_value) == (15, 30)


def test_esr_flat_rate_split_and_advance():
    b = esr_budget(D("48000"), RULES)
    assert (b.personnel, b.flat_costs, b.total) == (D("48000"), D("19200"), D("67200"))
    assert (b.aid, b.own, b.advance_max) == (D("53760"), D("13440"), D("20160"))
    assert b.aid + b.own == b.total and not b.warnings


def test_esr_cents_add_up_and_zero_warns():
    b = esr_budget(D("1000.01"), RULES)
    assert b.aid + b.own == b.total
    assert codes(esr_budget(D("0"), RULES)) == ["esr_no_personnel"]


def test_leader_development_with_talkoot():
    lines = {"personnel": D(20000), "travel": D(2000), "services": D(8000), "rent": D(1000), "other": D(0)}
    b = leader_budget("development", 80, lines, D(200), D(10), RULES)
    assert b.cash_costs == D(31000)
    assert (b.volunteer_value, b.machine_value, b.talkoot_total) == (D(3000), D(300), D(3300))
    assert (b.total, b.public_aid, b.own_funding, b.own_cash) == (D(34300), D(27440), D(6860), D(3560))
    assert not b.warnings


def test_leader_public_aid_limits():
    low = leader_budget("investment", 65, {"services": D(4000), "equipment": D(500)}, D(0), D(0), RULES)
    assert low.public_aid == D("2925") and codes(low) == ["leader_aid_below_min"]
    edge_low = leader_budget("development", 100, {"personnel": D(5000)}, D(0), D(0), RULES)
    assert codes(edge_low) == []
    edge_high = leader_budget("development", 100, {"personnel": D(180000)}, D(0), D(0), RULES)
    assert codes(edge_high) == []
    high = leader_budget("development", 100, {"personnel": D("180000.01")}, D(0), D(0), RULES)
    assert codes(high) == ["leader_aid_above_max"]
    assert codes(leader_budget("development", 100, {}, D(0), D(0), RULES)) == ["leader_no_costs"]


def test_leader_rates_per_type():
    assert check_leader_rate("investment", 65, RULES) is None
    assert check_leader_rate("investment", 70, RULES) == "above_max"
    assert check_leader_rate("cooperation", 50, RULES) == "below_min"
    assert check_leader_rate("development", 100, RULES) is None
    b = leader_budget("investment", 80, {"services": D(20000)}, D(0), D(0), RULES)
    assert "leader_rate_above_max" in codes(b)


def test_talkoot_larger_than_own_share_warns():
    b = leader_budget("development", 90, {"personnel": D(10000)}, D(1000), D(0), RULES)
    assert "talkoot_exceeds_own" in codes(b) and b.own_cash == 0


def test_bad_rules_are_rejected():
    data = RULES.model_dump()
    data["esr"]["own_rate"] = 30
    with pytest.raises(ValidationError):
        BudgetRules.model_validate(data)
    data = RULES.model_dump()
    data["leader"]["types"]["investment"]["rate_options"] = [80]
    with pytest.raises(ValidationError):
        BudgetRules.model_validate(data)
