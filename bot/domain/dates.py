"""Dates as people read them: ``1.3.2027`` in Finnish, ``1 March 2027`` in English."""

from __future__ import annotations

from datetime import date

from babel.dates import format_date as babel_format_date


def format_date(value: date, lang: str) -> str:
    """``1.3.2027`` in Finnish (no leading zeros), ``1 March 2027`` in English."""
    if lang == "fi":
        return f"{value.day}.{value.month}.{value.year}"
    return babel_format_date(value, format="d MMMM y", locale="en")
