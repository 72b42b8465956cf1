"""Configuration from environment variables or a .env file."""

from __future__ import annotations

import re
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

# BotFather tokens look like "123456789:AAE…" (digits, colon, 30+ url-safe characters).
TOKEN_PATTERN = re.compile(r"^\d{3,15}:[A-Za-z0-9_-]{30,64}$")
# The example token in .env.example (and anything like it) has the right shape but is no token.
PLACEHOLDER_PATTERN = re.compile(r"replace|your.?token|botfather|example|_{4,}", re.IGNORECASE)


class Settings(BaseSettings):
    """Everything the bot reads from its environment."""

    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    telegram_bot_token: SecretStr
    telegram_api_base_url: str = "https://api.telegram.org/bot"
    telegram_api_file_url: str | None = None
    database_path: Path = Path("data/hankebotti.sqlite3")
    bot_timezone: str = "Europe/Helsinki"
    default_language: str = Field(default="fi", pattern="^(fi|en)$")
    coordinator_chat_id: int | None = None
    log_level: str = "INFO"
    # Long-poll wait; tests shorten it so shutdown is quick.
    poll_timeout: int = Field(default=30, ge=0, le=50)
    content_dir: Path = Path(__file__).resolve().parent.parent / "content"
    # FAQ: the sentence-embedding model (off: lexical matching only) and where its entry vectors are cached
    # (default: the database's folder).
    faq_semantic: bool = True
    faq_cache_dir: Path | None = None

    @field_validator("telegram_bot_token")
    @classmethod
    def _token_shape(cls, value: SecretStr) -> SecretStr:
        token = value.get_secret_value().strip()
        if not TOKEN_PATTERN.match(token):
            raise ValueError("malformed token")
        if PLACEHOLDER_PATTERN.search(token.split(":", 1)[1]):
            raise ValueError("placeholder token")
        return SecretStr(token)

    @field_validator("bot_timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(f"unknown time zone {value!r}") from exc
        return value

    @field_validator("coordinator_chat_id", mode="before")
    @classmethod
    def _empty_is_none(cls, value: object) -> object:
        return None if value in ("", None) else value

    @field_validator("coordinator_chat_id")
    @classmethod
    def _a_group(cls, value: int | None) -> int | None:
        # Group and supergroup ids are negative; a positive id is a person's private chat, and their
        # chat would receive everyone's questions with names.
        if value is not None and value >= 0:
            raise ValueError("must be the advisors' group id (a negative number such as -1001234567890), "
                             "not a person's id; add the bot to the group and see docs/faq.md for how to find it")
        return value

    @field_validator("log_level")
    @classmethod
    def _level(cls, value: str) -> str:
        value = value.upper()
        if value not in {"DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"}:
            raise ValueError("LOG_LEVEL must be DEBUG, INFO, WARNING, ERROR or CRITICAL")
        return value

    @model_validator(mode="after")
    def _derive_file_url(self) -> "Settings":
        if not self.telegram_api_file_url:
            base = self.telegram_api_base_url
            self.telegram_api_file_url = (
                base[: -len("/bot")] + "/file/bot" if base.endswith("/bot") else base.rstrip("/") + "/file/bot"
            )
        return self

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.bot_timezone)
