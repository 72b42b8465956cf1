"""One FAQ entry (a Markdown file with YAML front matter) and loading the whole catalog."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from bot.content import ContentError, read_front_matter

CATEGORIES = (
    "leader-basics",
    "leader-money",
    "leader-applying",
    "leader-payments",
    "esr-basics",
    "esr-applying",
    "esr-running",
    "international",
    "general",
)
LANGUAGES = ("fi", "en")
MAX_BODY = 900
# "faq:fb:<id>:1" must fit Telegram's 64-byte callback data, so ids stay short.
MAX_ID = 40
_ID_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
_LINK_RE = re.compile(r"\[[^\]]*\]\([^)]*\)")
_HEADING_RE = re.compile(r"^\s*#", re.M)


class FaqEntry(BaseModel):
    """An answer to one question, in one language."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(max_length=MAX_ID)
    category: str
    title: str = Field(min_length=3, max_length=200)
    questions: list[str] = Field(min_length=4, max_length=10)
    keywords: list[str] = Field(min_length=3, max_length=10)
    source: str = Field(min_length=3)
    varies: bool = False
    last_reviewed: date
    body: str = Field(min_length=20, max_length=MAX_BODY)
    lang: str

    @field_validator("id")
    @classmethod
    def _kebab(cls, value: str) -> str:
        if not _ID_RE.match(value):
            raise ValueError("id must be kebab-case (a-z, 0-9 and single hyphens)")
        return value

    @field_validator("category")
    @classmethod
    def _known_category(cls, value: str) -> str:
        if value not in CATEGORIES:
            raise ValueError(f"unknown category {value!r}; use one of {', '.join(CATEGORIES)}")
        return value

    @field_validator("questions", "keywords")
    @classmethod
    def _no_blank(cls, value: list) -> list[str]:
        items = [str(v).strip() for v in value]
        if any(not item for item in items):
            raise ValueError("empty item")
        return items

    @field_validator("body")
    @classmethod
    def _plain_markdown(cls, value: str) -> str:
        if "<" in value and re.search(r"</?[a-zA-Z]", value):
            raise ValueError("HTML is not allowed in the body")
        if _LINK_RE.search(value):
            raise ValueError("write addresses bare, not as Markdown links")
        if _HEADING_RE.search(value):
            raise ValueError("headings are not allowed in the body")
        return value

    @field_validator("lang")
    @classmethod
    def _lang(cls, value: str) -> str:
        if value not in LANGUAGES:
            raise ValueError("unknown language")
        return value


def load_entry(path: Path, lang: str) -> FaqEntry:
    """Read and validate one entry file; errors name the file and the field."""
    meta, body = read_front_matter(path)
    try:
        entry = FaqEntry.model_validate({**meta, "body": body, "lang": lang})
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "(entry)"
        raise ContentError(f"{path}: {where}: {first['msg']}") from exc
    if entry.id != path.stem:
        raise ContentError(f"{path}: id {entry.id!r} does not match the file name")
    if entry.varies and not body:
        raise ContentError(f"{path}: varies is true but the body is empty")
    return entry


def load_entries(content_dir: Path) -> dict[str, dict[str, FaqEntry]]:
    """Every entry of every language, ``{lang: {id: entry}}``, with the same ids in both languages."""
    entries: dict[str, dict[str, FaqEntry]] = {}
    for lang in LANGUAGES:
        folder = content_dir / lang / "faq"
        if not folder.is_dir():
            raise ContentError(f"{folder}: missing FAQ folder")
        entries[lang] = {}
        for path in sorted(folder.glob("*.md")):
            entry = load_entry(path, lang)
            entries[lang][entry.id] = entry
    fi, en = set(entries["fi"]), set(entries["en"])
    if fi != en:
        raise ContentError(
            f"content/*/faq: ids differ between languages: only fi {sorted(fi - en)}, only en {sorted(en - fi)}"
        )
    for entry_id in fi:
        if entries["fi"][entry_id].category != entries["en"][entry_id].category:
            raise ContentError(f"content/*/faq/{entry_id}.md: category differs between fi and en")
    return entries
