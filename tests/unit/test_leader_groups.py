"""The municipality finder and the advisors' office hours."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
import yaml

from bot.domain.leader_groups import LeaderGroupFinder, LeaderGroupsData
from bot.domain.office_hours import OfficeHours, expect_answer

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def finder() -> LeaderGroupFinder:
    data = yaml.safe_load((ROOT / "content" / "common" / "leader_groups.yaml").read_text(encoding="utf-8"))
    return LeaderGroupFinder(LeaderGroupsData.model_validate(data))


@pytest.mark.parametrize(
    "text, municipality, group",
    [
        ("Sodankylässä", "Sodankylä", "pohjoisin-lappi"),
        ("Rovaniemeltä", "Rovaniemi", "perapohjola"),
        ("kemijärvi", "Kemijärvi", "pohjoisin-lappi"),
        ("asumme Keminmaalla", "Keminmaa", "perapohjola"),
        ("Kemissä", "Kemi", "perapohjola"),
        ("Utsjoella", "Utsjoki", "pohjoisin-lappi"),
        ("Kuusamoon", "Kuusamo", "koillismaa"),
        ("taivalkoskelta", "Taivalkoski", "koillismaa"),
        ("Enontekiön kylät", "Enontekiö", "tunturi-lappi"),
        ("Övertorneå", "Ylitornio", "outokaira"),
        ("which leader group covers kittila", "Kittilä", "tunturi-lappi"),
        ("rovanimi", "Rovaniemi", "perapohjola"),
    ],
)
def test_inflected_forms_give_the_group(finder, text, municipality, group):
    found = finder.find(text)
    assert found is not None and found.municipality == municipality and found.group.id == group


@pytest.mark.parametrize("text", ["Helsinki", "Tampereella", "paljonko talkootunnista saa", "", "💩"])
def test_unknown_gives_nothing(finder, text):
    assert finder.find(text) is None


def test_every_group_has_phone_and_site_and_national_fallback(finder):
    assert len(finder.data.groups) == 5
    assert all(g.phone and g.website for g in finder.data.groups)
    assert finder.national.website == "leadersuomi.fi"


def test_duplicate_municipality_is_refused():
    data = {"groups": [
        {"id": "a", "name": "A", "phone": "040 1", "website": "a.fi", "municipalities": [{"name": "X", "stems": ["x"]}]},
        {"id": "b", "name": "B", "phone": "040 2222 222", "website": "b.fi", "municipalities": [{"name": "X", "stems": ["x"]}]},
    ], "national": {"website": "leadersuomi.fi", "also": "maaseutu.fi"}}
    with pytest.raises(ValueError):
        LeaderGroupsData.model_validate(data)


@pytest.fixture(scope="module")
def hours() -> OfficeHours:
    return OfficeHours.model_validate(yaml.safe_load((ROOT / "content" / "common" / "advisor.yaml").read_text()))


def test_office_hours_in_helsinki_time(hours):
    # 13.00 UTC on a Tuesday in winter is 15.00 in Helsinki: open.
    assert expect_answer(hours, datetime(2026, 12, 1, 13, 0, tzinfo=UTC)).open_now
    # 14.00 UTC is 16.00 in Helsinki: closed, back on Wednesday at 9.
    later = expect_answer(hours, datetime(2026, 12, 1, 14, 0, tzinfo=UTC))
    assert not later.open_now and (later.next_open.day, later.next_open.hour) == (2, 9)
    # Summer time: 6.30 UTC is 9.30 in Helsinki.
    assert expect_answer(hours, datetime(2026, 6, 2, 6, 30, tzinfo=UTC)).open_now


def test_weekends_and_public_holidays_are_skipped(hours):
    christmas = expect_answer(hours, datetime(2026, 12, 23, 15, 0, tzinfo=UTC))
    assert christmas.next_open.date().isoformat() == "2026-12-28"
    saturday = expect_answer(hours, datetime(2026, 12, 5, 10, 0, tzinfo=UTC))
    assert saturday.next_open.date().isoformat() == "2026-12-07"
