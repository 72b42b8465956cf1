"""Which funding track fits ("not sure" → a recommendation with reasons) and who may apply for it."""

from __future__ import annotations

from dataclasses import dataclass, field

TRACKS = ("esr", "leader")

# Quick "not sure" questions and their button values.
QUIZ_OPTIONS = {
    "quiz_target": ("vulnerable", "residents", "businesses"),
    "quiz_rural": ("yes", "no", "partly"),
    "quiz_kind": ("activity", "investment"),
    "quiz_intl": ("yes", "no"),
}

ORG_TYPES = ("association", "foundation", "public", "other_nonprofit", "company", "sole_trader", "informal")
NON_PROFIT = {"association", "foundation", "public", "other_nonprofit"}


@dataclass
class Recommendation:
    """The suggested track with the reasons (text keys) that led to it, and caveats worth a word."""

    track: str
    leader_type: str | None
    international: bool
    reasons: list[str] = field(default_factory=list)
    caveats: list[str] = field(default_factory=list)


def recommend(target: str | None, rural: str | None, kind: str | None, international: str | None) -> Recommendation:
    """Score ESR+ against Leader from the quick answers; every point scored leaves a reason behind."""
    esr = leader = 0
    reasons_esr: list[str] = []
    reasons_leader: list[str] = []
    if target == "vulnerable":
        esr += 2
        reasons_esr.append("esr_target")
    elif target == "residents":
        leader += 1
        reasons_leader.append("leader_target")
    elif target == "businesses":
        leader += 1
        reasons_leader.append("leader_businesses")
    if rural == "yes":
        leader += 1
        reasons_leader.append("leader_rural")
    elif rural == "no":
        leader -= 3
        esr += 1
        reasons_esr.append("esr_not_rural")
    if kind == "investment":
        leader += 3
        reasons_leader.append("leader_investment")
    if international == "yes":
        leader += 2
        reasons_leader.append("leader_intl")
    if esr > leader or (esr == leader and target == "vulnerable"):
        track = "esr"
    elif leader > esr:
        track = "leader"
    else:
        track = "esr" if rural == "no" else "leader"
    caveats: list[str] = []
    if track == "esr":
        if kind == "investment":
            caveats.append("esr_no_investment")
        if international == "yes":
            caveats.append("esr_intl")
        if target == "businesses":
            caveats.append("esr_businesses")
        reasons = reasons_esr or ["esr_default"]
        return Recommendation("esr", None, False, reasons, caveats)
    if target == "vulnerable":
        caveats.append("leader_vulnerable")
    if rural == "partly":
        caveats.append("leader_partly_rural")
    if rural == "no":
        caveats.append("leader_not_rural")
    # An international project is a cooperation project in Leader; so the quiz's answer sets the type too.
    leader_type = "investment" if kind == "investment" else "cooperation" if international == "yes" else "development"
    return Recommendation("leader", leader_type, international == "yes", reasons_leader or ["leader_default"], caveats)


@dataclass(frozen=True)
class Eligibility:
    """Whether an organisation type may apply on a track; ``reason`` and ``instead`` are text keys."""

    ok: bool
    reason: str | None = None
    instead: str | None = None


def eligibility(track: str, org_type: str) -> Eligibility:
    """ESR+: not a sole trader, must be a legal person; Leader public-benefit projects: a non-profit applicant."""
    if org_type == "informal":
        return Eligibility(False, "informal", "informal")
    if track == "esr":
        if org_type == "sole_trader":
            return Eligibility(False, "esr_sole_trader", "esr_sole_trader")
        return Eligibility(True)
    if track == "leader":
        if org_type in NON_PROFIT:
            return Eligibility(True)
        return Eligibility(False, "leader_for_profit", "leader_for_profit")
    return Eligibility(True)
