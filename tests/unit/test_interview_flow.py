"""The interview state machine without Telegram: steps, parts, back/skip/keep/edit, lists, dates, budget, warnings."""

import io
from datetime import UTC, date, datetime, timedelta

from docx import Document

from bot.domain import interview as iv
from bot.domain.budget import load_rules
from bot.domain.paper import format_money, paper_filename, render_paper, slugify

RULES = load_rules()
TODAY = date(2026, 5, 4)


def text(d, value, **kw):
    return iv.answer_text(d, value, TODAY, RULES, **kw)


def test_progress_is_by_part_and_never_grows():
    d = iv.Draft()
    assert iv.progress(d) == (1, 6, "funding")
    assert iv.choose(d, "track", "esr", RULES).status == "next"
    assert d.current == "org_type" and iv.progress(d)[:2] == (2, 6)
    ids = [q.id for q in iv.steps(d)]
    assert "leader_costs" not in ids and "esr_staff" in ids and "intl_partner" not in ids and "esr_personnel" not in ids
    assert {"esr_objective", "horizontal", "participants_reach", "participant_data"} <= set(ids)
    leader = iv.Draft(answers={"track": "leader", "leader_type": "cooperation", "international": "yes"})
    ids = [q.id for q in iv.steps(leader)]
    assert {"leader_type", "intl_partner", "joint_actions", "leader_costs", "talkoot", "strategy_fit", "work_plan"} <= set(ids)
    assert "ownership" not in ids and "esr_objective" not in ids
    investment = iv.Draft(answers={"track": "leader", "leader_type": "investment"})
    ids = [q.id for q in iv.steps(investment)]
    assert "international" not in ids and {"ownership", "permits_quotes"} <= set(ids)
    # talkoot comes before the costs, whose answer shows the budget summary
    assert ids.index("talkoot") < ids.index("leader_costs")


def test_international_is_asked_once():
    d = iv.Draft(answers={"track": "notsure"}, current="quiz_target")
    for qid, value in (("quiz_target", "residents"), ("quiz_rural", "yes"), ("quiz_kind", "activity"), ("quiz_intl", "yes")):
        iv.choose(d, qid, value, RULES)
    assert d.current == "recommend"
    iv.choose(d, "recommend", "accept", RULES)
    assert d.answers["leader_type"] == "cooperation" and d.answers["international"] == "yes"
    assert d.current == "org_type"  # neither the type nor international is asked again


def test_sole_trader_on_esr_stops_for_a_decision():
    d = iv.Draft()
    iv.choose(d, "track", "esr", RULES)
    outcome = iv.choose(d, "org_type", "sole_trader", RULES)
    assert outcome.status == "org_check" and outcome.params["reason"] == "esr_sole_trader"
    assert iv.org_decision(d, "type").status == "next" and d.current == "org_type"
    iv.choose(d, "org_type", "sole_trader", RULES)
    assert iv.org_decision(d, "go").status == "next" and d.current == "org_name"
    assert "org_esr_sole_trader" in [w.code for w in iv.collect_warnings(d, TODAY, RULES)]


def test_typed_choice_is_matched():
    d = iv.Draft(answers={"track": "leader", "leader_type": "investment"}, current="org_type")
    labels = {"association": ["Rekisteröity yhdistys", "yhdistys", "kyläyhdistys ry"], "company": ["Yritys"]}
    assert text(d, "kyläyhdistys ry", labels=labels).status == "next" and d.answers["org_type"] == "association"
    d.current = "org_type"
    assert text(d, "jotain muuta", labels=labels).error == "choose_button"


def test_text_rules():
    d = iv.Draft(answers={"track": "esr", "org_type": "association"}, current="org_name")
    assert text(d, "   ").error == "empty"
    assert text(d, "🎉🎉").error == "not_meaningful"
    long = text(d, "a" * 1501)
    assert long.error == "too_long" and long.params == {"length": 1501, "limit": 1500}
    assert "org_name" not in d.answers
    outcome = text(d, "Rivi 1\nRivi 2")
    assert outcome.status == "next" and d.answers["org_name"] == "Rivi 1\nRivi 2" and outcome.answered == ["org_name"]


def test_a_question_is_not_an_answer_until_confirmed():
    d = iv.Draft(answers={"track": "esr", "org_type": "association"}, current="org_name")
    assert text(d, "mistä näen meidän y-tunnuksen?").status == "ask_qa"
    assert "org_name" not in d.answers and d.pending["kind"] == "qa"
    outcome, asked = iv.qa_decision(d, False, TODAY, RULES)
    assert outcome.params == {"question": True} and asked == "mistä näen meidän y-tunnuksen?" and d.current == "org_name"
    text(d, "mistä näen meidän y-tunnuksen?")
    outcome, _ = iv.qa_decision(d, True, TODAY, RULES)
    assert outcome.status == "next" and d.answers["org_name"] == "mistä näen meidän y-tunnuksen?"


def test_a_list_in_one_message_is_the_whole_list():
    d = iv.Draft(answers={"track": "esr"}, current="actions")
    outcome = text(d, "1. Kysely\n2. Talkoot\n3. Energiaillat")
    assert outcome.status == "next" and d.answers["actions"] == ["Kysely", "Talkoot", "Energiaillat"]
    assert d.current == "doers"


def test_one_item_waits_for_more_or_done_and_limits():
    d = iv.Draft(answers={"track": "esr"}, current="actions")
    assert iv.done(d, "actions").error == "need_one_item"
    first = text(d, "toimenpide numero 0")  # a lone item on one line is read back first
    assert first.status == "confirm_item" and first.params["item"] == "toimenpide numero 0" and "actions" not in d.answers
    for n in range(1, iv.MAX_ITEMS):  # the next item sent: the first one stands and this one is added
        assert text(d, f"toimenpide numero {n}").status == "item"
    assert d.answers["actions"][:2] == ["toimenpide numero 0", "toimenpide numero 1"]
    assert text(d, "yksi liikaa").error == "too_many_items"
    assert iv.done(d, "actions").status == "next" and len(d.answers["actions"]) == iv.MAX_ITEMS


def test_a_lone_item_is_read_back_and_noted_or_typed_again():
    d = iv.Draft(answers={"track": "esr"}, current="actions")
    assert text(d, "mummo: keittiöremontti").status == "confirm_item"
    assert d.pending == {"kind": "one_item", "qid": "actions", "item": "mummo: keittiöremontti"}
    outcome = iv.confirm_item(d, False)  # "✏️ I'll write it differently": nothing noted, the question stays
    assert outcome.status == "same" and outcome.params["retype"] and d.pending is None and "actions" not in d.answers
    assert d.current == "actions" and iv.confirm_item(d, True).error == "stale"  # an old button after that: nothing
    assert text(d, "kylätalon katon korjaus").status == "confirm_item"
    outcome = iv.confirm_item(d, True)  # "✔ Note it, that's all": noted, and the question is done
    assert outcome.status == "next" and outcome.answered == ["actions"] and d.answers["actions"] == ["kylätalon katon korjaus"]
    assert d.current == "doers" and d.pending is None and iv.confirm_item(d, True).error == "stale"  # pressed twice


def test_a_lone_item_confirmed_by_typing_yes_and_lists_not_read_back():
    d = iv.Draft(answers={"track": "esr"}, current="actions")
    assert text(d, "Kyläkirja").status == "confirm_item"
    assert text(d, "joo").status == "next" and d.answers["actions"] == ["Kyläkirja"]
    d = iv.Draft(answers={"track": "esr"}, current="actions")
    assert text(d, "Kyläkirja").status == "confirm_item"
    assert text(d, "ei").params.get("retype") and "actions" not in d.answers
    d = iv.Draft(answers={"track": "esr"}, current="actions")  # several items, or a line per item: noted at once
    assert text(d, "kysely, talkoot ja energiaillat").status == "next" and len(d.answers["actions"]) == 3
    d = iv.Draft(answers={"track": "esr"}, current="actions")
    assert text(d, "Kyläkirja\n").status == "confirm_item"  # one line with a trailing line break is still one line


def test_a_question_while_a_lone_item_waits_comes_back_to_it():
    d = iv.Draft(answers={"track": "esr"}, current="actions")
    assert text(d, "Kyläkirja").status == "confirm_item"
    assert text(d, "mitä kaikkea tähän pitää kirjoittaa?").status == "ask_qa"
    outcome, _ = iv.qa_decision(d, False, TODAY, RULES)  # it was a question: the lone item waits again
    assert d.pending and d.pending.get("kind") == "one_item" and d.pending.get("item") == "Kyläkirja"


def test_skip_only_optional_back_and_keep():
    d = iv.Draft(answers={"track": "esr"}, current="title")
    assert iv.skip(d, "title").error == "required"
    d.current = "partners"
    assert iv.skip(d, "partners").status == "next" and d.answers["partners"] is None and d.current == "start"
    assert iv.back(d, "start").status == "next" and d.current == "partners"
    assert iv.back(d, "wrong").error == "stale"
    assert iv.back(iv.Draft(), "track").status == "same"
    d = iv.Draft(answers={"track": "esr", "title": "Vanha nimi"}, current="title")
    assert iv.keep(d, "title").status == "next" and d.answers["title"] == "Vanha nimi" and d.current == "need"
    d.current = "title"
    assert text(d, "sama").status == "next" and d.answers["title"] == "Vanha nimi"
    assert iv.keep(iv.Draft(answers={"track": "esr"}, current="need"), "need").error == "nothing_to_keep"


def test_dates_range_vague_order_and_filing_warning():
    d = iv.Draft(answers={"track": "esr"}, current="start")
    outcome = text(d, "1.3.2027–28.2.2029")
    assert outcome.answered == ["start", "end"] and d.answers["end"] == "2029-02-28" and d.current == "results"
    d = iv.Draft(answers={"track": "esr"}, current="start")
    assert text(d, "1.1.2026").notes == ["start_before_filing"]
    d.current = "end"
    assert text(d, "12/2025").error == "end_before_start"
    assert text(d, "joulukuu 2026").status == "next" and d.answers["end"] == "2026-12-31"
    d.current = "start"
    assert text(d, "1.1.2027").error == "start_after_end"
    d = iv.Draft(answers={"track": "esr"}, current="start")
    outcome = text(d, "ensi syksynä")
    assert outcome.status == "confirm_date" and "start" not in d.answers
    assert iv.confirm_date(d, False, TODAY).status == "same" and d.pending is None
    text(d, "ensi syksynä")
    assert iv.confirm_date(d, True, TODAY).status == "next" and d.answers["start"] == d.answers["start"][:10]
    assert d.current == "end"


def test_leader_budget_lines_back_skip_and_all_at_once():
    d = iv.Draft(answers={"track": "leader", "leader_type": "development"}, current="leader_costs")
    assert text(d, "20k").status == "line" and d.sub == 1
    assert text(d, "ei mitään järkevää").error == "bad_amount"
    assert iv.back(d, "leader_costs").status == "next" and d.sub == 0
    text(d, "20k")
    for _ in range(3):
        iv.skip(d, "leader_costs", RULES)
    outcome = iv.skip(d, "leader_costs", RULES)
    assert outcome.status == "next" and outcome.notes == ["computed_leader"] and d.current == "own_sources"
    assert d.answers["leader_costs"] == {"personnel": "20000", "travel": "0", "services": "0", "rent": "0", "other": "0"}
    d = iv.Draft(answers={"track": "leader", "leader_type": "investment"}, current="leader_costs")
    labels = {"services": ["ostopalvelut"], "equipment": ["laitteet"], "planning": ["suunnittelu"], "other": ["muut"]}
    outcome = text(d, "ostopalvelut noin 30 tonnia\nlaitteet 12 000", labels=labels)
    assert outcome.status == "next" and d.answers["leader_costs"] == {"services": "30000", "equipment": "12000",
                                                                      "planning": "0", "other": "0"}


def test_talkoot_hours_from_the_plan_and_natural_hours():
    d = iv.Draft(answers={"track": "leader", "leader_type": "investment"}, current="talkoot_plan")
    outcome = text(d, "Kyläläiset maalaavat, 6 päivää, 10 henkeä 6 tuntia")
    assert outcome.answered == ["talkoot_plan", "talkoot"] and d.answers["talkoot"] == {"volunteer_hours": "360"}
    assert d.current == "talkoot" and d.sub == 1  # only the machine hours are asked
    assert text(d, "traktori n. 8 tuntia").status == "next" and d.answers["talkoot"]["machine_hours"] == "8"


def test_rate_typed_and_limited():
    d = iv.Draft(answers={"track": "leader", "leader_type": "investment"}, current="leader_rate")
    assert text(d, "80").error == "bad_rate"
    assert text(d, "kuusikymmentä").params == {"max": 65}
    assert text(d, "60 %").status == "next" and d.answers["leader_rate"] == 60


def test_esr_staff_rows_and_done():
    d = iv.Draft(answers={"track": "esr"}, current="esr_staff")
    outcome = text(d, "projektikoordinaattori 24 kk 3500 €/kk 100 %")
    assert outcome.status == "row" and d.answers["esr_staff"] == [
        {"role": "projektikoordinaattori", "months": 24, "per_month": "3500", "share": 100}]
    assert text(d, "ohjaaja 20 kk 3000 €/kk 50 %").status == "row" and len(d.answers["esr_staff"]) == 2
    assert text(d, "ei riviä").error == "bad_staff_row"
    assert iv.staff_cost(iv.staff_rows(d)) == 84000 + 30000
    assert iv.done(d, "esr_staff").status == "next" and d.current == "own_sources"
    budget = iv.compute_budget(d, RULES)
    assert budget.personnel == 114000
    old = iv.Draft(answers={"track": "esr", "esr_personnel": "48000"})
    assert iv.compute_budget(old, RULES).personnel == 48000


def test_edit_from_review_asks_only_the_field_picked():
    answers = {"track": "esr", "org_type": "association", "org_name": "Y ry", "contact": "M", "title": "T", "need": "N",
               "goal": "G", "target_group": "K", "area": "A", "esr_objective": "inclusion", "actions": ["a"], "doers": "D",
               "participants_reach": "P", "partners": None, "start": "2027-03-01", "end": "2029-02-28", "results": "R",
               "indicators": ["i"], "horizontal": "H", "participant_data": "self", "resources": "Re", "risks": "Ri",
               "continuation": "C", "esr_staff": [{"role": "r", "months": 1, "per_month": "1000", "share": 100}],
               "own_sources": None}
    d = iv.Draft.prefilled(answers)
    assert d.mode == "review"
    assert iv.start_edit(d, "doing").status == "pick" and d.mode == "pick"
    assert iv.pick_part(d, "end").status == "next" and d.current == "end"
    assert text(d, "kesäkuun loppuun 2029").status == "review" and d.answers["end"] == "2029-06-30"
    assert d.answers["start"] == "2027-03-01"
    iv.start_edit(d, "funding")
    iv.pick_part(d, "track")
    iv.choose(d, "track", "leader", RULES)
    assert d.current == "leader_type"
    iv.choose(d, "leader_type", "development", RULES)
    assert d.current == "strategy_fit"  # what the new track needs is asked, then the review


def test_short_path_asks_only_the_essentials_then_the_rest():
    d = iv.Draft()
    iv.set_hurry(d, True)
    essential = [q.id for q in iv.steps(iv.Draft(answers={"track": "esr"}, hurry=True))]
    assert 8 <= len(essential) <= 12 and "need" in essential and "horizontal" not in essential
    d.answers.update({q: "x" for q in essential if q not in ("track", "org_type", "actions", "start", "end", "esr_staff")})
    d.answers.update({"track": "esr", "org_type": "association", "actions": ["a", "b"], "start": "2027-03-01",
                      "end": "2028-02-28", "esr_staff": [{"role": "r", "months": 1, "per_month": "1", "share": 100}]})
    d.current, d.mode = None, "review"
    assert iv.first_missing(d) is None
    assert iv.set_hurry(d, False).status == "next" and d.current == "target_group" and d.editing


def test_resend_is_recognised():
    now = datetime(2026, 5, 4, 18, tzinfo=UTC)
    d = iv.Draft(answers={"track": "esr", "title": "Kylän olohuone"}, current="need")
    iv.remember(d, "title", "Kylän olohuone", now)
    assert iv.resend_of(d, "Kylän olohuone", now + timedelta(seconds=30)) == "title"
    assert iv.resend_of(d, "Kylän olohuone", now + timedelta(hours=1)) is None
    assert iv.resend_of(d, "Muuta", now) is None
    iv.remember(d, "title", "ei", now)
    assert iv.resend_of(d, "ei", now) is None  # a short answer may honestly repeat


def test_draft_round_trips_through_json():
    d = iv.Draft(answers={"track": "esr", "actions": ["a\nb"]}, current="actions", sub=0, pending={"kind": "qa", "text": "?"},
                 coach_open={"indicators": ["no_number"]}, msg_id=12)
    again = iv.Draft.from_json(d.to_json())
    assert again.answers == d.answers and again.current == "actions" and again.pending == d.pending
    assert again.coach_open == d.coach_open and again.msg_id == 12
    broken = iv.Draft.from_json('{"answers": {"track": "esr"}, "current": "nonsense"}')
    assert broken.current == "org_type"


def test_paper_renders_user_text_as_text():
    answers = {"track": "leader", "leader_type": "development", "org_type": "association",
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


def test_one_thing_or_two_drops_the_intro_either_way():
    for two, saved in ((False, ["laavu ja kota"]), (True, ["laavu", "kota"])):
        d = iv.Draft(answers={"track": "esr"}, current="actions")
        assert text(d, "Päätoimenpiteet: laavu ja kota").status == "confirm_split"
        iv.confirm_split(d, two)
        assert d.answers["actions"] == saved


def test_one_thing_or_three_keeps_the_answer_until_the_user_says():
    d = iv.Draft(answers={"track": "esr"}, current="actions")
    out = text(d, "hankitaan defibrillaattori, ensiapukurssi ja tiedote kotitalouksiin")
    assert out.status == "confirm_split" and len(out.params["parts"]) == 3
    assert "actions" not in d.answers  # nothing saved before the user chooses
    iv.confirm_split(d, True)
    assert d.answers["actions"] == ["hankitaan defibrillaattori", "ensiapukurssi", "tiedote kotitalouksiin"]


def test_nothing_to_write_down_yet_is_not_saved():
    for answer in ("ei oo vielä päätetty", "sama ku hakemuksessa", "not sure yet, we have many ideas"):
        d = iv.Draft(answers={"track": "esr"}, current="actions")
        out = text(d, answer)
        assert out.status == "error" and out.error == "nothing_yet"
        assert "actions" not in d.answers and d.current == "actions"


def test_the_same_undecided_text_sent_again_is_taken():
    d = iv.Draft(answers={"track": "esr"}, current="actions")
    assert text(d, "sama ku hakemuksessa").error == "nothing_yet"
    assert text(d, "sama ku hakemuksessa").status != "error"  # the user insists: it is their answer
    assert d.answers["actions"] == ["sama ku hakemuksessa"]
