"""Text helpers for Telegram HTML: splitting long messages, light Markdown, free-text checks."""

from __future__ import annotations

import html
import re
import unicodedata

TELEGRAM_LIMIT = 4096

_TAG_RE = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)([^>]*)>")
_ENTITY_RE = re.compile(r"&(#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);")


def visible_length(fragment: str) -> int:
    """Characters Telegram counts: the text with tags removed and entities decoded, in UTF-16 units."""
    text = html.unescape(_TAG_RE.sub("", fragment))
    return len(text.encode("utf-16-le")) // 2


def split_html(text: str, limit: int = TELEGRAM_LIMIT) -> list[str]:
    """Split HTML into chunks Telegram accepts: at a line break if possible, else at a space, never
    inside a tag or entity; tags open at a cut are closed there and reopened in the next chunk."""
    if visible_length(text) <= limit:
        return [text]
    tokens = re.findall(r"<[^>]+>|&[#a-zA-Z0-9]+;|.", text, re.S)
    chunks: list[str] = []
    chunk: list[str] = []
    stack: list[tuple[str, str]] = []  # open tags: (name, opening token)
    count = 0
    reopened = 0  # tokens at the start of chunk that only reopen tags
    newline_cut: tuple[int, list[tuple[str, str]]] | None = None
    space_cut: tuple[int, list[tuple[str, str]]] | None = None
    for token in tokens:
        tag = _TAG_RE.fullmatch(token)
        if tag:
            name = tag.group(2).lower()
            if tag.group(1):
                for i in range(len(stack) - 1, -1, -1):
                    if stack[i][0] == name:
                        del stack[i]
                        break
            else:
                stack.append((name, token))
            chunk.append(token)
            continue
        width = 1 if token.startswith("&") and len(token) > 1 else len(token.encode("utf-16-le")) // 2
        if count + width > limit:
            cut = newline_cut or space_cut
            if cut is None or cut[0] <= reopened:
                cut = (len(chunk), list(stack))
            index, open_at_cut = cut
            head, tail = chunk[:index], chunk[index:]
            chunks.append("".join(head) + "".join(f"</{name}>" for name, _ in reversed(open_at_cut)))
            chunk = [opening for _, opening in open_at_cut] + tail
            reopened = len(open_at_cut)
            count = sum(visible_length(t) for t in tail)
            newline_cut = space_cut = None
        chunk.append(token)
        count += width
        if token == "\n":
            newline_cut = (len(chunk), list(stack))
        elif token == " ":
            space_cut = (len(chunk), list(stack))
    chunks.append("".join(chunk))
    return [c.strip("\n") for c in chunks if visible_length(c) > 0 and c.strip()]


_BOLD_RE = re.compile(r"\*\*(.+?)\*\*")


def markdown_to_html(body: str) -> str:
    """The small Markdown of content files (paragraphs, ``- `` bullets, ``**bold**``) to Telegram HTML."""
    lines = []
    for line in body.strip().splitlines():
        stripped = line.strip()
        if stripped.startswith("- "):
            stripped = "• " + stripped[2:]
        lines.append(_BOLD_RE.sub(r"<b>\1</b>", html.escape(stripped, quote=False)))
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines))


def is_meaningful(text: str) -> bool:
    """True when text has at least one letter or digit (not only emoji, punctuation or spaces)."""
    return any(unicodedata.category(ch)[0] in "LN" for ch in text)


def shorten(text: str, limit: int) -> str:
    """Cut text to ``limit`` characters at a word boundary, with an ellipsis."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,.;:") + "…"
