"""Write the words the readers were developed on, that look like a number, a unit or a month.

    python bench/known_words.py            # print how many, and which answers of the spent sets it would check
    python bench/known_words.py --write    # write bot/domain/data/known_value_words.txt

A date, amount or hours answer with such a word the readers have never met ("kahre viiko", "kahdeskymmenestoinen",
"arkisin") is shown for a tap, not saved at once: the readers were never tried on it, so a reading that skipped it
may be wrong without anyone knowing (see ``understand_check.novel_words``). The words come from the answers of
the spent answer sets (``bench/frozen/interview_variants*.yaml``, numbers 1 to SPENT), the development answer sets
(``bench/data/interview_dev*.yaml``) and the review cases in ``tests/data``. Never raise SPENT before a set's one run.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.domain.understand_check import KNOWN_WORDS_PATH, value_like  # noqa: E402

SPENT = 88  # the last answer set run once and reported (bench/frozen/README.md)
_TOKEN = re.compile(r"[^\W\d_]+")


def _texts() -> list[str]:
    """Every answer text of the spent sets and the review cases."""
    texts: list[str] = []
    for path in sorted((ROOT / "bench" / "frozen").glob("interview_variants*.yaml")):
        number = int(re.sub(r"\D", "", path.stem) or 1)
        if number <= SPENT:
            texts += [str(item.get("text", "")) for item in yaml.safe_load(path.read_text(encoding="utf-8")) or []]
    for path in sorted((ROOT / "bench" / "data").glob("interview_dev*.yaml")):  # answer sets written for tuning, never frozen
        texts += [str(item.get("text", "")) for item in yaml.safe_load(path.read_text(encoding="utf-8")) or []]
    for path in sorted((ROOT / "tests" / "data").glob("review*_cases.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        items = data if isinstance(data, list) else data.get("cases", [])
        texts += [str(item.get("text", "")) for item in items if isinstance(item, dict)]
    return texts


def known_words() -> list[str]:
    """The value-like words of every development answer, sorted."""
    return sorted({word for text in _texts() for word in _TOKEN.findall(text.lower()) if value_like(word)})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true")
    words = known_words()
    print(f"{len(words)} value-like words from {len(_texts())} development answers")
    if parser.parse_args().write:
        KNOWN_WORDS_PATH.write_text("\n".join(words) + "\n", encoding="utf-8")
        print(f"wrote {KNOWN_WORDS_PATH.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
