"""Telegram's HTML parse mode, re-implemented: what it accepts and the plain text it shows."""

from __future__ import annotations

import html
import re

ALLOWED = {"b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "a", "code", "pre", "blockquote", "tg-spoiler", "span", "tg-emoji"}
_NAMED_ENTITIES = {"lt", "gt", "amp", "quot"}
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[a-zA-Z-]+(?:\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s>]+))?)*)\s*(/?)>")
_ENTITY = re.compile(r"&(#[0-9]+|#x[0-9a-fA-F]+|[a-zA-Z]+);")


class ParseError(ValueError):
    """What Telegram answers as 400 "can't parse entities"."""


def parse_html(text: str) -> str:
    """Validate Telegram HTML and return the plain text a user would see."""
    out: list[str] = []
    stack: list[str] = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == "<":
            match = _TAG.match(text, i)
            if not match:
                raise ParseError(f"Unsupported start tag at byte offset {len(text[:i].encode())}")
            closing, name, attrs = match.group(1) == "/", match.group(2).lower(), match.group(3)
            if name not in ALLOWED:
                raise ParseError(f'Unsupported start tag "{name}" at byte offset {len(text[:i].encode())}')
            if closing:
                if not stack or stack[-1] != name:
                    raise ParseError(f'Unmatched end tag at byte offset {len(text[:i].encode())}, expected "</{stack[-1] if stack else ""}>", found "</{name}>"')
                stack.pop()
            else:
                if name == "a" and "href" not in attrs:
                    pass  # Telegram tolerates <a> without href (it becomes plain text)
                if name == "span" and "tg-spoiler" not in attrs:
                    raise ParseError("Tag \"span\" must have class \"tg-spoiler\"")
                stack.append(name)
            i = match.end()
            continue
        if ch == "&":
            match = _ENTITY.match(text, i)
            if not match:
                raise ParseError(f"Can't find end of the entity starting at byte offset {len(text[:i].encode())}")
            body = match.group(1)
            if not body.startswith("#") and body not in _NAMED_ENTITIES:
                raise ParseError(f'Unsupported HTML entity "&{body};"')
            out.append(html.unescape(match.group(0)))
            i = match.end()
            continue
        out.append(ch)
        i += 1
    if stack:
        raise ParseError(f'Can\'t find end tag corresponding to start tag "{stack[-1]}"')
    return "".join(out)


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2
