"""Text helpers: splitting for Telegram's limit, small Markdown, free-text checks, language."""

from __future__ import annotations

import re

from bot.domain.language import resolve_language
from bot.domain.text import is_meaningful, markdown_to_html, shorten, split_html, visible_length


def _balanced(chunk: str) -> bool:
    stack = []
    for closing, name in re.findall(r"<(/?)([a-z-]+)[^>]*>", chunk):
        if closing:
            if not stack or stack.pop() != name:
                return False
        else:
            stack.append(name)
    return not stack


def test_short_text_is_one_chunk():
    assert split_html("<b>moi</b>") == ["<b>moi</b>"]


def test_split_prefers_line_breaks_and_keeps_everything():
    text = "\n".join(f"rivi {i} &amp; jotain" for i in range(600))
    chunks = split_html(text, 1000)
    assert all(visible_length(c) <= 1000 for c in chunks)
    assert "\n".join(chunks).count("&amp;") == 600
    assert all(c.split("\n")[-1].endswith("jotain") for c in chunks)


def test_split_closes_and_reopens_tags():
    text = "<b>" + "sana " * 500 + "</b>"
    chunks = split_html(text, 700)
    assert len(chunks) >= 3
    assert all(_balanced(c) and c.startswith("<b>") and c.endswith("</b>") for c in chunks)


def test_split_never_cuts_an_entity_or_astral_character():
    text = ("&lt;" + "😀" * 3) * 400
    chunks = split_html(text, 333)
    assert all(visible_length(c) <= 333 for c in chunks)
    assert "".join(chunks) == text


def test_markdown_to_html_escapes_and_formats():
    html = markdown_to_html("Tuki **80 %** <kaikille> & muille\n- eka\n- toka")
    assert html == "Tuki <b>80 %</b> &lt;kaikille&gt; &amp; muille\n• eka\n• toka"


def test_meaningful_text():
    assert is_meaningful("Kylätalo")
    assert is_meaningful("2027")
    assert not is_meaningful("🙂🙂 !!")
    assert not is_meaningful("   \n")


def test_shorten_at_word_boundary():
    assert shorten("yksi kaksi kolme neljä", 12) == "yksi kaksi…"
    assert shorten("lyhyt", 12) == "lyhyt"


def test_language_resolution():
    assert resolve_language("en", "fi", "fi") == "en"
    assert resolve_language(None, "fi", "en") == "fi"
    assert resolve_language(None, "fi-FI", "en") == "fi"
    assert resolve_language(None, "sv", "fi") == "en"
    assert resolve_language(None, None, "fi") == "fi"
