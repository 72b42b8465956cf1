"""Worked examples for every budget rule: the Leader aid cap, talkoot as private funding, limits on the real aid,
ESR+ personnel rows and the advance with its basis, and the funding-source check with its gap."""

from decimal import Decimal as D

import pytest

from bot.domain.budget import esr_budget, funding_sources, leader_budget, load_rules, staff_rows
from bot.domain.budget_funding import budget_for, check_funding

RULES = load_rules()


def codes(warnings):
    return [w.code for w in warnings]


def leader(rate, cash, hours, machine=0, kind="development"):
    line = "personnel" if kind != "investment" else "services"
    return leader_budget(kind, rate, {line: D(cash)}, D(hours), D(machine), RULES)


# -- Leader: aid = min(rate × total, cash costs) ---------------------------------------------------------------


def test_issue_example_heavy_talkoot_at_100_percent_aid_is_capped_at_cash():
    # cash 34 000 € + talkoot 320 h × 15 € = 4 800 €: total 38 800 €. 100 % of it would be 38 800 €, more
    # than the money spent; the aid is 34 000 € and the whole 4 800 € of talkoot does not increase it.
    b = leader(100, 34000, 320)
    assert (b.cash_costs, b.talkoot_total, b.total) == (D(34000), D(4800), D(38800))
    assert (b.nominal_aid, b.public_aid) == (D(38800), D(34000))
    assert (b.own_funding, b.own_cash, b.own_share_at_rate, b.talkoot_excess) == (D(4800), D(0), D(0), D(4800))
    assert b.aid_percent == D("87.6")
    assert codes(b.warnings) == ["talkoot_exceeds_own"]
    assert b.warnings[0].params["excess"] == D(4800) and b.warnings[0].params["aid"] == D(34000)


def test_talkoot_larger_than_own_share_at_90_percent():
    # total 38 800 €: 90 % = 34 920 € > cash 34 000 € → aid 34 000 €. Own share at 90 % is 3 880 €; talkoot
    # 4 800 € covers it and 920 € more, which does not increase the aid. Own funding 4 800 €, all talkoot.
    b = leader(90, 34000, 320)
    assert (b.nominal_aid, b.public_aid, b.own_share_at_rate) == (D(34920), D(34000), D(3880))
    assert (b.talkoot_excess, b.own_funding, b.own_cash) == (D(920), D(4800), D(0))
    assert b.public_aid + b.own_funding == b.total


def test_talkoot_within_own_share_at_65_percent_investment():
    # investment, services 34 000 € + talkoot 4 800 €: 65 % of 38 800 € = 25 220 € ≤ cash → no cap.
    # Own funding 13 580 €: talkoot 4 800 €, money 8 780 €.
    b = leader(65, 34000, 320, kind="investment")
    assert (b.public_aid, b.own_funding, b.talkoot_total, b.own_cash) == (D(25220), D(13580), D(4800), D(8780))
    assert b.talkoot_excess == 0 and "talkoot_exceeds_own" not in codes(b.warnings)


def test_talkoot_larger_than_own_share_at_65_percent():
    # investment, services 6 000 € + 300 h × 15 € + 50 machine h × 30 € = 6 000 € talkoot: total 12 000 €.
    # 65 % = 7 800 € > cash 6 000 € → aid 6 000 €. Own share at 65 % is 4 200 €; 1 800 € of talkoot is excess.
    b = leader(65, 6000, 300, machine=50, kind="investment")
    assert (b.talkoot_total, b.total, b.nominal_aid, b.public_aid) == (D(6000), D(12000), D(7800), D(6000))
    assert (b.own_share_at_rate, b.talkoot_excess, b.own_funding, b.own_cash) == (D(4200), D(1800), D(6000), D(0))


def test_issue_example_minimum_is_checked_on_the_real_aid():
    # cash 3 000 € + talkoot 2 500 € at 100 %: rate × total would be 5 500 € and pass the 5 000 € minimum, but the
    # real aid is at most 3 000 €, below it. (A group valuing talkoot at 20 €/h: 125 h = 2 500 €.)
    rules20 = RULES.model_copy(deep=True)
    rules20.leader.talkoot.hour_value = D(20)
    b = leader_budget("development", 100, {"personnel": D(3000)}, D(125), D(0), rules20)
    assert b.talkoot_total == D(2500) and b.nominal_aid == D(5500) and b.public_aid == D(3000)
    assert codes(b.warnings) == ["leader_aid_below_min", "talkoot_exceeds_own"]
    assert b.warnings[0].params["aid"] == D(3000)


def test_maximum_is_checked_on_the_real_aid():
    # 175 000 € cash + 10 000 € talkoot at 100 %: rate × total 185 000 € would break the 180 000 € cap,
    # but the real aid is 175 000 €, within it.
    b = leader(100, 175000, D(10000) / 15)
    assert b.public_aid == D(175000) and "leader_aid_above_max" not in codes(b.warnings)


def test_no_talkoot_no_cap_aid_is_rate_times_cash():
    b = leader(80, 31000, 0)
    assert (b.public_aid, b.own_funding, b.own_cash) == (D(24800), D(6200), D(6200)) and not b.warnings


@pytest.mark.parametrize("rate", [100, 90, 80, 70, 65, 60])
@pytest.mark.parametrize("cash,hours", [(34000, 320), (3000, 200), (10000, 0), (500, 1000), (0, 100)])
def test_aid_never_exceeds_cash_and_shares_add_up(rate, cash, hours):
    b = leader(rate, cash, hours)
    assert b.public_aid <= b.cash_costs
    assert b.public_aid + b.own_funding == b.total
    assert b.own_funding == b.talkoot_total + b.own_cash and b.own_cash >= 0


# -- ESR+ -------------------------------------------------------------------------------------------------------


def test_esr_personnel_rows_and_advance_with_both_bases():
    # project worker 24 months × 3 500 €/month × 100 % = 84 000 €; instructor 24 × 3 000 € × 50 % = 36 000 €;
    # bookkeeping 12 × 500 € × 100 % = 6 000 €. Personnel 126 000 €, flat rate 40 % 50 400 €, total 176 400 €,
    # aid 80 % 141 120 €, own 20 % 35 280 €.
    rows = staff_rows([{"role": "Hanketyöntekijä", "months": 24, "per_month": "3500", "share": 100},
                       {"role": "Ohjaaja", "months": 24, "per_month": "3000", "share": 50},
                       {"role": "Kirjanpito", "months": 12, "per_month": "500", "share": 100}])
    assert [r.cost for r in rows] == [D(84000), D(36000), D(6000)]
    b = esr_budget(D(0), RULES, rows)
    assert (b.personnel, b.flat_costs, b.total, b.aid, b.own) == (D(126000), D(50400), D(176400), D(141120), D(35280))
    # Advance: the seed's 30 % of the total budget (52 920 €) as the upper bound; 30 % of the aid is 42 336 €.
    assert (b.advance_max, b.advance_of_aid, b.advance_rate) == (D(52920), D(42336), 30)


def test_esr_rows_read_amounts_as_typed():
    rows = staff_rows([{"role": "Ohjaaja", "months": "12", "per_month": "3 000 €", "share": "50 %"},
                       {"role": "Työntekijä", "months": 6, "per_month": 2500, "share": 100}])
    assert [r.cost for r in rows] == [D(18000), D(15000)]


def test_esr_old_single_amount_is_one_row_and_bad_rows_are_skipped():
    rows = staff_rows(None, "48000")
    assert len(rows) == 1 and rows[0].role == "—" and rows[0].cost == D(48000)
    assert staff_rows([{"role": "x", "months": "a", "per_month": "1", "share": 100},
                       {"role": "y", "months": 2, "per_month": "100", "share": 150}]) == []


# -- funding sources --------------------------------------------------------------------------------------------


def test_funding_sources_read_amounts_and_kinds():
    sources = funding_sources(["kunnan avustus 3 000 €", "yhdistyksen omat varat 2000", "lahjoitukset 1,5k",
                               "Yhdistyksen omat varat 2 000 €, kunnan avustus 3 000 € ja loput talkootyönä",
                               "säästöt vuodelta 2025: 800 €", "sponsorit"])
    assert [(s.amount, s.kind) for s in sources] == [
        (D(3000), "public"), (D(2000), "private"), (D(1500), "private"),
        (D(2000), "private"), (D(3000), "public"), (None, "talkoot"), (D(800), "private"), (None, "private")]


def test_issue_example_esr_gap_is_named_with_its_amount():
    # Own share 35 280 € (20 % of 176 400 €); sources listed: 30 000 € → a gap of 5 280 €. In ESR+ a municipality's
    # money counts towards the 20 %.
    check = check_funding(funding_sources(["yhdistyksen omat varat 10 000 €", "kunnan rahoitus 20 000 €"]), "esr", D(35280))
    assert (check.counted, check.gap) == (D(30000), D(5280))
    assert codes(check.warnings) == ["funding_gap"]
    assert check.warnings[0].params == {"listed": D(30000), "needed": D(35280), "gap": D(5280)}


def test_leader_municipal_grant_is_public_not_own_funding():
    # Leader development 80 %, 31 000 € cash: own funding 6 200 € in money. Sources: own money 3 000 € and a
    # municipality's grant 3 000 €. The grant is public funding, so the own money leaves a gap of 3 200 €.
    answers = {"leader_rate": 80, "leader_costs": {"personnel": "31000"}, "talkoot": {},
               "own_sources": ["yhdistyksen omat varat 3 000 €", "kunnan avustus 3 000 €"]}
    b = budget_for(answers, "leader", "development", RULES)
    assert b.funding.counted == D(3000) and b.funding.public_other == D(3000) and b.funding.gap == D(3200)
    assert codes(b.warnings) == ["leader_public_source", "funding_gap"]


def test_enough_sources_no_gap_and_talkoot_line_is_not_counted_twice():
    answers = {"leader_rate": 80, "leader_costs": {"personnel": "31000"}, "talkoot": {"volunteer_hours": "200"},
               "own_sources": ["omat varat 4 000 €", "talkoot 200 h"]}
    b = budget_for(answers, "leader", "development", RULES)
    # total 34 000 €, aid 27 200 €, own 6 800 € = talkoot 3 000 € + money 3 800 €; 4 000 € listed covers it.
    assert (b.public_aid, b.own_cash, b.funding.counted, b.funding.gap) == (D(27200), D(3800), D(4000), D(0))
    assert b.warnings == []


def test_sources_without_amounts_are_named_not_guessed():
    check = check_funding(funding_sources(["yhdistyksen omat varat", "lahjoitukset"]), "esr", D(1000))
    assert check.gap == 0 and codes(check.warnings) == ["funding_amount_missing"]


def test_budget_for_reads_esr_staff_and_old_amount():
    new = budget_for({"esr_staff": [{"role": "Työntekijä", "months": 12, "per_month": "4000", "share": 100}]}, "esr", "", RULES)
    old = budget_for({"esr_personnel": "48000"}, "esr", "", RULES)
    assert new.personnel == D(48000) and old.personnel == D(48000) and old.total == D(67200)
    assert budget_for({}, "esr", "", RULES) is None and budget_for({}, "leader", "development", RULES) is None


def test_cost_models_are_the_2023_2027_ones():
    models = RULES.leader.cost_models
    assert models.models == {"actual": None, "simplified_19": 19, "simplified_40": 40}
    assert models.payment == ["cost_based", "output_based"] and models.purchase_quote_limit == 3000
