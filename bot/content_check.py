"""Validate every FAQ entry and the FAQ's data files: ``python -m bot.content_check``.

Checks the fields of each entry (id = file name, category, 4–10 phrasings, keywords, source, body at
most 900 characters of plain Markdown), that fi and en have the same ids, that the whole text catalog
and the common data load, and that the search index builds. Exits non-zero naming the file and problem.
"""

from __future__ import annotations

import sys
from pathlib import Path

from bot.content import Catalog, ContentError, validate_common
from bot.domain.faq import FaqIndex
from bot.domain.faq_model import CATEGORIES, load_entries, load_entry
from bot.domain.leader_groups import LeaderGroupsData
from bot.domain.office_hours import OfficeHours

DEFAULT_ROOT = Path(__file__).resolve().parent.parent / "content"


def check(root: Path = DEFAULT_ROOT) -> list[str]:
    """Every problem found, one line each (file: problem); empty when all is well."""
    problems: list[str] = []
    try:
        catalog = Catalog.load(root)
    except ContentError as exc:
        return [str(exc)]
    for lang in ("fi", "en"):
        folder = root / lang / "faq"
        for path in sorted(folder.glob("*.md")):
            try:
                load_entry(path, lang)
            except ContentError as exc:
                problems.append(str(exc))
        for path in sorted(folder.iterdir()) if folder.is_dir() else []:
            if path.suffix != ".md":
                problems.append(f"{path}: not a .md file")
    if problems:
        return problems
    try:
        entries = load_entries(root)
    except ContentError as exc:
        return [str(exc)]
    for category in CATEGORIES:
        for lang in ("fi", "en"):
            if not catalog.has(lang, f"faq.topics.{category}"):
                problems.append(f"content/{lang}/faq.yaml: faq.topics.{category}: topic name missing")
    for name, model in (("leader_groups", LeaderGroupsData), ("advisor", OfficeHours)):
        try:
            validate_common(catalog, name, model)
        except ContentError as exc:
            problems.append(str(exc))
    try:
        FaqIndex.build(entries)
    except Exception as exc:  # noqa: BLE001 - any failure to index is a content problem to report
        problems.append(f"content/*/faq: the search index does not build: {exc}")
    return problems


def main() -> int:
    problems = check(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_ROOT)
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        print(f"{len(problems)} problem(s)", file=sys.stderr)
        return 1
    print("content OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
