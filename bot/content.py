"""The content catalog: every user-facing text, loaded from content/<lang>/ and validated at start-up.

Texts are HTML templates for Telegram (parse mode HTML). Values passed to ``t()`` are escaped unless
they are wrapped in ``Html`` — so a user's own words can never turn into markup.
"""

from __future__ import annotations

import html
import re
import string
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Union

import yaml
from pydantic import BaseModel, RootModel, ValidationError
from typing_extensions import TypeAliasType

LANGUAGES = ("fi", "en")

# Tags Telegram accepts in HTML parse mode; content may use these and nothing else.
ALLOWED_TAGS = {"b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "a", "code", "pre", "blockquote", "tg-spoiler", "span"}
_TAG_RE = re.compile(r"</?([a-zA-Z][a-zA-Z0-9-]*)[^>]*>")

TextNode = TypeAliasType("TextNode", Union[str, list[str], dict[str, "TextNode"]])


class TextFile(RootModel[dict[str, TextNode]]):
    """One YAML file of texts: nested mappings whose leaves are strings or lists of strings."""


class ContentError(Exception):
    """A broken catalog; the message names the file and the key."""


class Html(str):
    """A value that is already safe HTML (built from escaped parts); ``t()`` inserts it as is."""


def escape(value: object) -> str:
    """Escape a value for Telegram HTML unless it is already ``Html``."""
    if isinstance(value, Html):
        return str(value)
    return html.escape(str(value), quote=False)


def placeholders(template: str) -> set[str]:
    """Names of the ``{placeholders}`` in a template."""
    return {name.split(".")[0].split("[")[0] for _, name, _, _ in string.Formatter().parse(template) if name}


def _flatten(prefix: str, node: Any, out: dict[str, Any], origin: str) -> None:
    if isinstance(node, dict):
        for key, value in node.items():
            if not isinstance(key, str):
                # YAML reads yes/no/on/off/true/false and numbers as non-strings.
                raise ContentError(f"{origin}: {prefix + '.' if prefix else ''}{key}: quote this key; YAML reads it as {type(key).__name__}")
            _flatten(f"{prefix}.{key}" if prefix else str(key), value, out, origin)
    else:
        if prefix in out:
            raise ContentError(f"{origin}: key {prefix!r} is defined twice")
        out[prefix] = node


def _check_template(origin: str, key: str, text: str) -> None:
    try:
        placeholders(text)
    except ValueError as exc:
        raise ContentError(f"{origin}: {key}: broken placeholder ({exc})") from exc
    for match in _TAG_RE.finditer(text):
        if match.group(1).lower() not in ALLOWED_TAGS:
            raise ContentError(f"{origin}: {key}: tag <{match.group(1)}> is not allowed in Telegram HTML")


def read_front_matter(path: Path) -> tuple[dict[str, Any], str]:
    """Split a Markdown file into its YAML front matter and body."""
    text = path.read_text(encoding="utf-8")
    if not text.startswith("---"):
        raise ContentError(f"{path}: no YAML front matter (the file must start with ---)")
    try:
        _, meta, body = text.split("---", 2)
        data = yaml.safe_load(meta) or {}
    except (ValueError, yaml.YAMLError) as exc:
        raise ContentError(f"{path}: front matter does not parse: {exc}") from exc
    if not isinstance(data, dict):
        raise ContentError(f"{path}: front matter must be a mapping")
    return data, body.strip()


@dataclass
class Catalog:
    """All texts of all languages, flattened to dotted keys (``start.welcome``)."""

    root: Path
    texts: dict[str, dict[str, Any]] = field(default_factory=dict)

    @classmethod
    def load(cls, root: Path) -> "Catalog":
        catalog = cls(root=root)
        for lang in LANGUAGES:
            folder = root / lang
            if not folder.is_dir():
                raise ContentError(f"{folder}: missing language folder")
            flat: dict[str, Any] = {}
            for path in sorted(folder.glob("*.yaml")):
                origin = str(path.relative_to(root.parent)) if root.parent in path.parents else str(path)
                try:
                    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
                except yaml.YAMLError as exc:
                    raise ContentError(f"{origin}: does not parse as YAML: {exc}") from exc
                try:
                    TextFile.model_validate(data)
                except ValidationError as exc:
                    # Of a union's alternatives, the deepest error points at the offending key.
                    deepest = max(exc.errors(), key=lambda e: len(e["loc"]))
                    where = ".".join(str(p) for p in deepest["loc"] if not str(p).startswith(("str", "list", "dict")))
                    raise ContentError(f"{origin}: {where or '(top level)'}: must be text or a list of texts") from exc
                file_flat: dict[str, Any] = {}
                _flatten("", data, file_flat, origin)
                for key, value in file_flat.items():
                    if key in flat:
                        raise ContentError(f"{origin}: key {key!r} is already defined in another file")
                    for item in value if isinstance(value, list) else [value]:
                        _check_template(origin, key, item)
                    flat[key] = value
            catalog.texts[lang] = flat
        catalog.check_parity()
        return catalog

    def check_parity(self) -> None:
        """fi and en must have the same keys and the same placeholders in each text."""
        fi, en = self.texts["fi"], self.texts["en"]
        only_fi, only_en = sorted(set(fi) - set(en)), sorted(set(en) - set(fi))
        if only_fi or only_en:
            raise ContentError(f"content: keys differ between fi and en: only fi {only_fi[:10]}, only en {only_en[:10]}")
        for key in fi:
            a, b = fi[key], en[key]
            if isinstance(a, list) != isinstance(b, list) or (isinstance(a, list) and len(a) != len(b)):
                raise ContentError(f"content: {key}: fi and en lists differ in shape")
            pa = set().union(*(placeholders(x) for x in (a if isinstance(a, list) else [a]))) if a else set()
            pb = set().union(*(placeholders(x) for x in (b if isinstance(b, list) else [b]))) if b else set()
            if pa != pb:
                raise ContentError(f"content: {key}: placeholders differ: fi {sorted(pa)} en {sorted(pb)}")

    def has(self, lang: str, key: str) -> bool:
        return key in self.texts[lang]

    def raw(self, lang: str, key: str) -> Any:
        """The unformatted value (a template string or a list of them)."""
        try:
            return self.texts[lang][key]
        except KeyError:
            raise KeyError(f"no text {key!r} for language {lang!r}") from None

    def t(self, lang: str, key: str, **values: object) -> str:
        """Render a text with its placeholders filled in; plain values are HTML-escaped."""
        template = self.raw(lang, key)
        if isinstance(template, list):
            template = "\n".join(template)
        return template.format_map({name: escape(value) for name, value in values.items()})

    def plain(self, lang: str, key: str, **values: object) -> str:
        """A text for places that take no HTML (button labels, command descriptions)."""
        template = self.raw(lang, key)
        if isinstance(template, list):
            template = "\n".join(template)
        return html.unescape(_TAG_RE.sub("", template.format_map({k: str(v) for k, v in values.items()})))

    def section(self, lang: str, prefix: str) -> dict[str, Any]:
        """The keys directly or deeper under ``prefix``, in file order, with the prefix removed."""
        start = prefix + "."
        return {key[len(start):]: value for key, value in self.texts[lang].items() if key.startswith(start)}

    def common(self, name: str) -> Any:
        """Language-independent data from ``content/common/<name>.yaml`` (rules, contacts)."""
        path = self.root / "common" / f"{name}.yaml"
        try:
            return yaml.safe_load(path.read_text(encoding="utf-8"))
        except (OSError, yaml.YAMLError) as exc:
            raise ContentError(f"{path}: cannot be read: {exc}") from exc


def validate_common(catalog: Catalog, name: str, model: type[BaseModel]) -> BaseModel:
    """Load and validate a common data file, naming the file on error."""
    try:
        return model.model_validate(catalog.common(name))
    except ValidationError as exc:
        first = exc.errors()[0]
        raise ContentError(f"content/common/{name}.yaml: {'.'.join(map(str, first['loc']))}: {first['msg']}") from exc
