"""The interview state machine without Telegram: steps, progress, back/skip/edit, warnings, the paper."""

import io
from datetime import date

from docx import Document

from bot.domain import interview as iv
from bot.domain.budget import load_rules
from bot.domain.paper import format_money, paper_filename, render_paper, slugify

RULES = load_rules()
TODAY = date(2026, 5, 4)


def text(d, value):
    return iv.answer_text(d, value, TODAY, RULES)


def test_esr_path_progress_and_sorting():
    d = iv.Draft()
    assert iv.progress(d) == (1, len([q for q in iv.QUESTIONS if q.when(iv.Draft(answers={"track": "esr"}))]))
    assert iv.choose(d, "track", "esr", RULES).status == "next"
    assert d.current == "org_type"
    ids = [q.id for q in iv.steps(d)]
    assert "leader_costs" not in ids and "esr_personnel" in ids and "intl_partner" not in ids
    leader = iv.Draft(answers={"track": "leader", "international": "yes"})
    ids = [q.id for q in iv.steps(leader)]
    assert {"leader_type", "intl_partner", "joint_actions", "leader_costs", "talkoot"} <= set(ids)


def test_sole_trader_on_esr_stops_for_a_decision():
    d = iv.Draft()
    iv.choose(d, "track", "esr", RULES)
    outcome = iv.choose(d, "org_type", "sole_trader", RULES)
    assert outcome.status == "org_check" and outcome.params["reason"] == "esr_sole_trader"
    assert iv.org_decision(d, "type").status == "next" and d.current == "org_type"
    iv.choose(d, "org_type", "sole_trader", RULES)
    assert iv.org_decision(d, "go").status == "next" and d.current == "org_name"
    assert "org_esr_sole_trader" in [w.code for w in iv.collect_warnings(d, TODAY, RULES)]


def test_text_rules():
    d = iv.Draft(answers={"track": "esr", "org_type": "association"}, current="org_name")
    assert text(d, "   ").error == "empty"
    assert text(d, "🎉🎉").error == "not_meaningful"
    long = text(d, "a" * 1501)
    assert long.error == "too_long" and long.params == {"length": 1501, "limit": 1500}
    assert "org_name" not in d.answers
    assert text(d, "Rivi 1\nRivi 2").status == "next" and d.answers["org_name"] == "Rivi 1\nRivi 2"


def test_multi_items_done_and_limits():
    d = iv.Draft(answers={"track": "esr"}, current="actions")
    assert iv.done(d, "actions").error == "need_one_item"
    for n in range(iv.MAX_ITEMS):
        assert text(d, f"toimenpide {n}").status == "item"
    assert text(d, "one too many").error == "too_many_items"
    assert iv.done(d, "actions").status == "next" and len(d.answers["actions"]) == iv.MAX_ITEMS


def test_skip_only_optional_and_back():
    d = iv.Draft(answers={"track": "esr"}, current="title")
    assert iv.skip(d, "title").error == "required"
    d.current = "partners"
    assert iv.skip(d, "partners").status == "next" and d.answers["partners"] is None and d.current == "start"
    assert iv.back(d, "start").status == "next" and d.current == "partners"
    assert iv.back(d, "wrong").error == "stale"
    first = iv.Draft()
    assert iv.back(first, "track").status == "same"


def test_dates_order_and_filing_warning():
    d = iv.Draft(answers={"track": "esr"}, current="start")
    outcome = text(d, "1.1.2026")
    assert outcome.notes == ["start_before_filing"]
    d.current = "end"
    assert text(d, "12/2025").error == "end_before_start"
    assert text(d, "joulukuu 2026").status == "next" and d.answers["end"] == "2026-12-31"
    assert "start_before_filing" in [w.code for w in iv.collect_warnings(d, TODAY, RULES)]
    d.current = "start"
    assert text(d, "1.1.2027").error == "start_after_end"


def test_leader_budget_lines_back_and_skip():
    d = iv.Draft(answers={"track": "leader", "leader_type": "development"}, current="leader_costs")
    assert text(d, "20k").status == "line" and d.sub == 1
    assert text(d, "nonsense").error == "bad_amount"
    assert iv.back(d, "leader_costs").status == "next" and d.sub == 0
    text(d, "20k")
    for _ in range(3):
        iv.skip(d, "leader_costs", RULES)
    outcome = iv.skip(d, "leader_costs", RULES)
    assert outcome.status == "next" and outcome.notes == ["computed_leader"] and d.current == "talkoot"
    assert d.answers["leader_costs"] == {"personnel": "20000.00", "travel": "0", "services": "0", "rent": "0", "other": "0"}


def test_rate_typed_and_limited():
    d = iv.Draft(answers={"track": "leader", "leader_type": "investment"}, current="leader_rate")
    assert text(d, "80").error == "bad_rate"
    assert text(d, "60 %").status == "next" and d.answers["leader_rate"] == 60


def test_edit_returns_to_review_and_asks_what_a_new_track_needs():
    answers = {"track": "esr", "org_type": "association", "org_name": "Y ry", "contact": "M", "title": "T", "need": "N",
               "goal": "G", "target_group": "K", "area": "A", "actions": ["a"], "doers": "D", "partners": None,
               "start": "2027-03-01", "end": "2029-02-28", "results": "R", "indicators": ["i"], "resources": "Re",
               "risks": "Ri", "communication": None, "sustainability": None, "continuation": "C",
               "esr_personnel": "48000", "own_sources": None}
    d = iv.Draft.prefilled(answers)
    assert d.mode == "review"
    assert iv.start_edit(d, "goal").status == "next" and d.current == "goal"
    assert text(d, "Uusi tavoite").status == "review" and d.answers["goal"] == "Uusi tavoite"
    iv.start_edit(d, "funding")
    iv.choose(d, "track", "leader", RULES)
    assert d.current == "leader_type"
    iv.choose(d, "leader_type", "development", RULES)
    iv.choose(d, "international", "no", RULES)
    assert d.current == "leader_rate"  # the Leader budget is missing, so it is asked next


def test_draft_round_trips_through_json():
    d = iv.Draft(answers={"track": "esr", "actions": ["a\nb"]}, current="actions", sub=0)
    again = iv.Draft.from_json(d.to_json())
    assert again.answers == d.answers and again.current == "actions"
    broken = iv.Draft.from_json('{"answers": {"track": "esr"}, "current": "nonsense"}')
    assert broken.current == "org_type"


def test_paper_renders_user_text_as_text():
    answers = {"track": "leader", "leader_type": "development", "international": "no", "org_type": "association",
               "org_name": "<b>Kylä</b> & {name}", "title": "Vihreä kylä – Green Villages!", "actions": ["**bold** \x07"],
               "leader_rate": 100, "leader_costs": {"personnel": "1000"}, "talkoot": {"volunteer_hours": "0", "machine_hours": "0"}}
    d = iv.Draft(answers=answers, mode="review", current=None)
    plain = lambda key, **v: key + (str(v) if v else "")  # noqa: E731
    data, info = render_paper(d, lang="fi", plain=plain, today=TODAY, rules=RULES, warnings=iv.collect_warnings(d, TODAY, RULES))
    doc = Document(io.BytesIO(data))
    texts = "\n".join(p.text for p in doc.paragraphs)
    assert "<b>Kylä</b> & {name}" in texts and "**bold** " in texts
    assert info.filename == "ideapaperi-vihrea-kyla-green-villages-2026-05-04.docx"
    assert "interview.warnings.leader_aid_below_min" in texts


def test_names_and_money():
    assert slugify("Ääkköset ÅÖ", "x") == "aakkoset-ao" and slugify("🎉", "hanke") == "hanke"
    assert paper_filename("Green", "en", TODAY) == "idea-paper-green-2026-05-04.docx"
    assert format_money(12000, "fi") == "12\u00a0000\u00a0€" and format_money(12000.5, "en") == "€12,000.50"
