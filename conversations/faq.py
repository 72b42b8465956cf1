"""Questions about funding (not built yet: issue 4)."""

from __future__ import annotations

from telegram.ext import Application

from .common import register_not_ready


def register(application: Application) -> None:
    register_not_ready(application, ["ask", "faq"], "menu:ask")
