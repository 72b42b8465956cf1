"""The "not sure" recommendation and who may apply on which track."""

import pytest

from bot.domain.tracks import eligibility, recommend


def test_vulnerable_people_in_town_get_esr():
    rec = recommend("vulnerable", "no", "activity", "no")
    assert rec.track == "esr" and "esr_target" in rec.reasons and "esr_not_rural" in rec.reasons


def test_village_investment_gets_leader_investment():
    rec = recommend("residents", "yes", "investment", "no")
    assert (rec.track, rec.leader_type, rec.international) == ("leader", "investment", False)
    assert {"leader_rural", "leader_investment"} <= set(rec.reasons)


def test_international_partner_points_to_leader():
    rec = recommend("residents", "yes", "activity", "yes")
    assert rec.track == "leader" and rec.international and "leader_intl" in rec.reasons


def test_vulnerable_in_the_countryside_stays_esr_with_reasons():
    rec = recommend("vulnerable", "yes", "activity", "no")
    assert rec.track == "esr" and rec.reasons


def test_conflicting_answers_leave_a_caveat():
    rec = recommend("vulnerable", "yes", "investment", "no")
    assert rec.track == "leader" and "leader_vulnerable" in rec.caveats
    urban_investment = recommend("residents", "no", "investment", "no")
    assert urban_investment.caveats


@pytest.mark.parametrize("target, rural, kind, intl", [
    (t, r, k, i) for t in ("vulnerable", "residents", "businesses") for r in ("yes", "no", "partly")
    for k in ("activity", "investment") for i in ("yes", "no")])
def test_every_combination_gives_a_track_with_reasons(target, rural, kind, intl):
    rec = recommend(target, rural, kind, intl)
    assert rec.track in ("esr", "leader") and rec.reasons
    assert (rec.leader_type is None) == (rec.track == "esr")


def test_eligibility():
    assert not eligibility("esr", "sole_trader").ok
    assert eligibility("esr", "sole_trader").reason == "esr_sole_trader"
    assert eligibility("esr", "company").ok and eligibility("esr", "association").ok
    assert not eligibility("leader", "company").ok and not eligibility("leader", "sole_trader").ok
    assert eligibility("leader", "association").ok and eligibility("leader", "public").ok
    assert not eligibility("esr", "informal").ok and not eligibility("leader", "informal").ok
