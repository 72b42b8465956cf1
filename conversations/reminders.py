"""Projects, milestones and reminders (not built yet: issue 5)."""

from __future__ import annotations

from telegram.ext import Application

from .common import register_not_ready


def register(application: Application) -> None:
    register_not_ready(application, ["project", "remind", "reminders", "calendar"], "menu:reminders")
