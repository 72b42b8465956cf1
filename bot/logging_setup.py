"""Logging that never prints the bot token."""

from __future__ import annotations

import logging
import re

_TOKEN_RE = re.compile(r"\d{3,15}:[A-Za-z0-9_-]{30,64}")


class RedactTokenFilter(logging.Filter):
    """Masks anything shaped like a bot token, in the message and in its arguments."""

    def __init__(self, token: str | None = None) -> None:
        super().__init__()
        self._token = token

    def _clean(self, text: str) -> str:
        if self._token:
            text = text.replace(self._token, "<token>")
        return _TOKEN_RE.sub("<token>", text)

    def filter(self, record: logging.LogRecord) -> bool:
        # Render once, so a token hidden in args or in an exception text is masked too.
        message = record.getMessage()
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        record.msg = self._clean(message)
        record.args = None
        if record.exc_text:
            record.exc_text = self._clean(record.exc_text)
        return True


def setup_logging(level: str, token: str | None = None) -> None:
    """Configure the root logger; httpx is quieted because it logs full request URLs (with the token)."""
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactTokenFilter(token))
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(level)
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)
    logging.getLogger("apscheduler").setLevel(logging.WARNING)


def install_redaction(token: str) -> None:
    """Add the token filter to every handler already on the root logger (tests use their own handlers)."""
    for handler in logging.getLogger().handlers:
        if not any(isinstance(f, RedactTokenFilter) for f in handler.filters):
            handler.addFilter(RedactTokenFilter(token))
