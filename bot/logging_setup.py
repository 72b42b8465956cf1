"""Logging that never prints the bot token, and shows people's ids only as salted hashes above DEBUG."""

from __future__ import annotations

import hashlib
import hmac
import logging
import re

_TOKEN_RE = re.compile(r"\d{3,15}:[A-Za-z0-9_-]{30,64}")


# Telegram user and chat ids have 5+ digits; counts, row ids and update positions in a log line rarely do.
ID_MIN = 10_000


def pseudonym(value: int, key: bytes) -> str:
    """A stable, salted stand-in for a user or chat id: the same id gives the same word in every line."""
    digest = hmac.new(key, str(value).encode(), hashlib.sha256).hexdigest()[:10]
    return f"{'g' if value < 0 else 'u'}#{digest}"


class RedactTokenFilter(logging.Filter):
    """Masks anything shaped like a bot token; at INFO and above, integer arguments that may be a
    person's or chat's id are replaced by a salted hash (the salt derives from the token, so the hashes
    stay the same across restarts and correlate, but cannot be reversed without the token)."""

    def __init__(self, token: str | None = None) -> None:
        super().__init__()
        self._token = token
        self._key = hashlib.sha256(b"hankebotti-log:" + (token or "").encode()).digest()

    def _pseudonymise(self, record: logging.LogRecord) -> str:
        args = record.args
        if record.levelno <= logging.DEBUG or not isinstance(args, tuple) or not args:
            return record.getMessage()
        masked = tuple(pseudonym(a, self._key) if isinstance(a, int) and not isinstance(a, bool) and abs(a) >= ID_MIN
                       else a for a in args)
        if masked == args:
            return record.getMessage()
        try:
            return str(record.msg).replace("%d", "%s") % masked
        except (TypeError, ValueError):
            return record.getMessage()

    def _clean(self, text: str) -> str:
        if self._token:
            text = text.replace(self._token, "<token>")
        return _TOKEN_RE.sub("<token>", text)

    def filter(self, record: logging.LogRecord) -> bool:
        # Render once, so a token hidden in args or in an exception text is masked too.
        message = self._pseudonymise(record)
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
