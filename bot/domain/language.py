"""Which language to answer in."""

from __future__ import annotations

SUPPORTED = ("fi", "en")


def resolve_language(stored: str | None, telegram_code: str | None, default: str) -> str:
    """Stored choice first; else Telegram's language (Finnish → fi, anything else → en); else the default."""
    if stored in SUPPORTED:
        return stored
    if telegram_code:
        return "fi" if telegram_code.lower().split("-")[0] == "fi" else "en"
    return default
