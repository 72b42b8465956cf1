"""The content catalog: parity of languages, placeholders, escaping, and errors that name the place."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.content import Catalog, ContentError, Html

ROOT = Path(__file__).resolve().parents[2] / "content"


@pytest.fixture(scope="module")
def catalog():
    return Catalog.load(ROOT)


def test_fi_and_en_have_the_same_keys_and_placeholders(catalog):
    assert set(catalog.texts["fi"]) == set(catalog.texts["en"])
    catalog.check_parity()


def test_values_are_escaped_unless_marked_html(catalog):
    text = catalog.t("en", "start.welcome", name="<i>x</i> & y")
    assert "&lt;i&gt;x&lt;/i&gt; &amp; y" in text
    assert "<b>x</b>" in catalog.t("en", "start.welcome", name=Html("<b>x</b>"))


def test_plain_strips_markup_for_buttons(catalog):
    assert catalog.plain("fi", "menu.idea") == "📝 Ideapaperi"


def _copy(tmp_path: Path) -> Path:
    target = tmp_path / "content"
    shutil.copytree(ROOT, target)
    return target


def test_missing_key_in_one_language_is_named(tmp_path):
    root = _copy(tmp_path)
    path = root / "en" / "messages.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("  nothing: There's nothing", "  nothin: There's nothing"), encoding="utf-8")
    with pytest.raises(ContentError, match="cancel.nothing|cancel.nothin"):
        Catalog.load(root)


def test_placeholder_mismatch_is_named(tmp_path):
    root = _copy(tmp_path)
    path = root / "fi" / "messages.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("Hei {name}!", "Hei {nimi}!"), encoding="utf-8")
    with pytest.raises(ContentError, match=r"start\.welcome: placeholders differ"):
        Catalog.load(root)


def test_broken_yaml_names_the_file(tmp_path):
    root = _copy(tmp_path)
    (root / "fi" / "messages.yaml").write_text("menu: [unclosed", encoding="utf-8")
    with pytest.raises(ContentError, match=r"fi/messages\.yaml"):
        Catalog.load(root)


def test_non_text_value_names_file_and_key(tmp_path):
    root = _copy(tmp_path)
    path = root / "fi" / "messages.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "\nextra:\n  count: 5\n", encoding="utf-8")
    with pytest.raises(ContentError, match=r"fi/messages\.yaml: extra\.count"):
        Catalog.load(root)


def test_tag_telegram_does_not_allow_is_refused(tmp_path):
    root = _copy(tmp_path)
    for lang in ("fi", "en"):
        path = root / lang / "messages.yaml"
        path.write_text(path.read_text(encoding="utf-8").replace("<b>Hankebotti</b>", "<h1>Hankebotti</h1>", 1), encoding="utf-8")
    with pytest.raises(ContentError, match="<h1> is not allowed"):
        Catalog.load(root)



def test_plain_joins_list_texts_one_item_per_line():
    texts = {"k": ["<b>Tuki</b> {rate} %", "talkoot &amp; kone"]}
    catalog = Catalog(root=ROOT, texts={"fi": texts, "en": texts})
    assert catalog.plain("fi", "k", rate=80) == "Tuki 80 %\ntalkoot & kone"
