"""The needs-mapping interview that produces an idea paper (not built yet: issue 3)."""

from __future__ import annotations

from telegram.ext import Application

from .common import register_not_ready


def register(application: Application) -> None:
    register_not_ready(application, ["idea", "mypapers"], "menu:idea", ("ideapaperi", "hankeidea"))
