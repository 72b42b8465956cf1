"""The content check: the real catalog passes; broken entries are named with their problem."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from bot.content_check import check
from bot.domain.faq_model import MAX_BODY, load_entries

ROOT = Path(__file__).resolve().parents[2]


def test_the_real_catalog_passes():
    assert check(ROOT / "content") == []


def test_the_command_exits_zero_on_the_real_catalog():
    done = subprocess.run([sys.executable, "-m", "bot.content_check"], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "content OK" in done.stdout


def test_the_catalog_is_big_enough_and_parallel():
    entries = load_entries(ROOT / "content")
    assert len(entries["fi"]) >= 80 and set(entries["fi"]) == set(entries["en"])
    assert all(len(e.body) <= MAX_BODY for lang in entries.values() for e in lang.values())


@pytest.fixture
def copy(tmp_path) -> Path:
    target = tmp_path / "content"
    shutil.copytree(ROOT / "content", target)
    return target


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_too_long_body_is_named(copy):
    path = copy / "fi" / "faq" / "talkoot-value.md"
    path.write_text(path.read_text(encoding="utf-8") + "\n" + "sana " * 200, encoding="utf-8")
    problems = check(copy)
    assert any("talkoot-value.md" in p and "body" in p for p in problems)


def test_missing_source_and_bad_category_are_named(copy):
    _edit(copy / "en" / "faq" / "norden-0-30.md", "source:", "sauce:")
    _edit(copy / "fi" / "faq" / "esr-calls.md", "category: esr-applying", "category: esr-whatever")
    problems = check(copy)
    assert any("norden-0-30.md" in p and "source" in p for p in problems)
    assert any("esr-calls.md" in p and "category" in p for p in problems)


def test_id_parity_between_languages_is_checked(copy):
    (copy / "en" / "faq" / "norden-0-30.md").unlink()
    problems = check(copy)
    assert any("norden-0-30" in p and "differ" in p for p in problems)


def test_id_must_match_file_name(copy):
    _edit(copy / "fi" / "faq" / "esr-calls.md", "id: esr-calls", "id: esr-haku")
    assert any("does not match the file name" in p for p in check(copy))


def test_command_exits_non_zero_and_names_the_file(copy):
    _edit(copy / "en" / "faq" / "norden-0-30.md", "source:", "sauce:")
    done = subprocess.run([sys.executable, "-m", "bot.content_check", str(copy)], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 1
    assert "norden-0-30.md" in done.stderr
