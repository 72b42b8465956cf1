"""The /remind and /project step functions as plain functions, the draft store and the typed services."""

from __future__ import annotations

from datetime import date, time, timedelta
from pathlib import Path

import pytest
import yaml

from bot.core import Features, Hooks, Services
from bot.domain import project_flow, remind_flow
from bot.domain.flows import Draft, is_expired
from bot.domain.milestones import MilestoneRules
from bot.domain.reminders import local_to_utc
from bot.storage import Database
from bot.storage.drafts import DraftRepository
from bot.storage.users import ChatRepository, UserRepository

RULES = MilestoneRules.model_validate(yaml.safe_load(
    (Path(__file__).resolve().parents[2] / "content" / "common" / "milestones.yaml").read_text(encoding="utf-8")))
NOW = local_to_utc(date(2027, 1, 22), time(10))  # Friday 10.00
NINE = time(9)


def keys(step) -> list[str]:
    return [p.key for p in step.say]


def test_remind_flow_date_time_text_to_a_request():
    step = remind_flow.start(-5, 7)
    assert step.draft == Draft("remind", -5, 7, "date") and step.say[0].ask
    step = remind_flow.on_text(step.draft, "1.1.1900", NOW, NINE)
    assert keys(step) == ["reminders.errors.year_range_retry"] and step.draft.step == "date"
    step = remind_flow.on_text(step.draft, "21.1.2027", NOW, NINE)
    assert keys(step) == ["reminders.errors.in_past_retry"]
    step = remind_flow.on_text(step.draft, "23.1.2027", NOW, NINE)
    assert step.draft.step == "time" and step.say[0].buttons == "times"
    # Saturday 9.00 would go out on Friday 9.00, already past: refused with when it would have gone.
    refused = remind_flow.on_time(step.draft, time(9), NOW)
    assert keys(refused) == ["reminders.errors.send_day_passed_retry"] and refused.draft.step == "time"
    assert refused.say[0].values["sent"] == local_to_utc(date(2027, 1, 22), time(9))
    step = remind_flow.on_text(step.draft, "12.00", NOW, NINE)
    assert step.draft.step == "text"
    step = remind_flow.on_text(step.draft, "  Talkoot   <b>  ", NOW, NINE)
    assert step.draft is None and step.result.text == "Talkoot <b>" and step.result.at == time(12)


def test_remind_flow_keeps_the_words_when_the_time_passed_while_typing():
    draft = Draft("remind", 1, 1, "text", {"day": "2027-01-22", "time": "10:30"})
    step = remind_flow.on_text(draft, "Soita", local_to_utc(date(2027, 1, 22), time(10, 31)), NINE)
    assert step.draft.step == "time" and step.draft.data["words"] == "Soita"
    step = remind_flow.on_time(step.draft, time(16), local_to_utc(date(2027, 1, 22), time(10, 31)))
    assert step.draft is None and step.result.text == "Soita"


def test_project_flow_to_a_request_with_milestones_left_out():
    step = project_flow.start(1, 1)
    step = project_flow.on_text(step.draft, "x" * 121, RULES, False)
    assert keys(step) == ["reminders.project.name_too_long"]
    step = project_flow.on_text(step.draft, "Kylätalo", RULES, False)
    assert step.say[0].buttons == "funding"
    assert keys(project_flow.on_text(step.draft, "Leader", RULES, False)) == ["reminders.project.use_buttons"]
    step = project_flow.on_button(step.draft, "funding", "leader", RULES, False)
    for text in ("15.3.2026", "1.4.2026"):
        step = project_flow.on_text(step.draft, text, RULES, False)
    assert keys(project_flow.on_text(step.draft, "1.4.2026", RULES, False)) == ["reminders.project.errors.end_before_start_retry"]
    step = project_flow.on_text(step.draft, "30.9.2028", RULES, False)
    assert step.draft.step == "confirm" and keys(step) == ["@proposal"]
    step = project_flow.on_button(step.draft, "toggle", "1-", RULES, False)
    assert project_flow.on_button(step.draft, "toggle", "1-", RULES, False).draft == step.draft  # second tap
    assert keys(project_flow.on_button(step.draft, "funding", "esr", RULES, False)) == ["reminders.flow.stale_step"]
    done = project_flow.on_button(step.draft, "ok", None, RULES, False)
    assert done.draft is None and len(done.result.chosen) == 4 and done.result.plan.name == "Kylätalo"


def test_project_flow_esr_skip_is_a_reply_question_in_groups_and_bad_periods_are_asked_again():
    draft = Draft("project", -1, 1, "funding", {"name": "X"})
    private = project_flow.on_button(draft, "funding", "esr", RULES, False)
    group = project_flow.on_button(draft, "funding", "esr", RULES, True)
    assert private.say[0].buttons == "skip" and group.say[0].buttons is None and group.say[0].ask
    assert project_flow.on_text(group.draft, " - ", RULES, True).draft.step == "start"
    step = project_flow.on_button(private.draft, "skip", None, RULES, False)
    step = project_flow.on_text(step.draft, "1.1.2027", RULES, False)
    step = project_flow.on_text(step.draft, "31.12.2027", RULES, False)
    assert step.draft.step == "period"
    assert keys(project_flow.on_text(step.draft, "13", RULES, False)) == ["reminders.project.errors.bad_period"]
    assert project_flow.on_text(step.draft, "4 kk", RULES, False).draft.step == "confirm"


def test_drafts_expire_by_age():
    draft = Draft("remind", 1, 1, "date", updated_at=NOW)
    assert not is_expired(draft, NOW + timedelta(hours=23))
    assert is_expired(draft, NOW + timedelta(hours=25))


@pytest.fixture
async def db(tmp_path):
    database = await Database(tmp_path / "d.sqlite3").connect()
    await database.migrate()
    yield database
    await database.close()


async def test_drafts_are_per_chat_and_person_and_follow_deletedata_and_group_migration(db):
    repo = DraftRepository(db, ("remind", "project"))
    await repo.save(Draft("remind", -100, 7, "date"), NOW)
    await repo.save(Draft("remind", 7, 7, "time", {"day": "2027-02-01"}), NOW)
    await repo.save(Draft("project", -100, 8, "name"), NOW)
    assert (await repo.get(-100, 7)).step == "date" and (await repo.get(7, 7)).data == {"day": "2027-02-01"}
    # One open set-up per chat and person: starting /project replaces the /remind draft there.
    await repo.save(Draft("project", 7, 7, "name"), NOW)
    assert (await repo.get(7, 7)).flow == "project" and await repo.get(7, 7, "remind") is None
    await ChatRepository(db).migrate(-100, -1000100)
    await UserRepository(db).erase(7)
    await repo.load_index()
    assert repo.open == {(-1000100, 8)}
    assert await repo.get(-1000100, 8) is not None


async def test_services_hooks_are_declared_and_the_old_extras_keys_reach_the_same_lists():
    services = Services(settings=None, db=None, catalog=None, users=None, chats=None, updates=None)  # type: ignore[arg-type]
    called = []

    async def old_style(app, user_id):
        called.append(("old", user_id))

    async def new_style(app, user_id):
        called.append(("new", user_id))

    services.extras.setdefault("user_erased", []).append(old_style)
    services.hooks.user_erased.append(new_style)
    for hook in services.extras.get("user_erased", []):
        await hook(None, 1)
    await services.hooks.run("user_erased", None, 2)
    assert called == [("old", 1), ("new", 1), ("old", 2), ("new", 2)]
    assert isinstance(services.hooks, Hooks) and isinstance(services.features, Features)
    services.features.add(RULES)
    assert services.features.get(MilestoneRules) is RULES and services.features.find(Hooks) is None
