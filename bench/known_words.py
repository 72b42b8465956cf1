"""Write the words the readers were developed on, that look like a number, a unit or a month.

    python bench/known_words.py            # print how many, and which answers of the spent sets it would check
    python bench/known_words.py --write    # write bot/domain/data/known_value_words.txt

A date, amount or hours answer with such a word the readers have never met ("kahre viiko", "kahdeskymmenestoinen",
"arkisin") is shown for a tap, not saved at once: the readers were never tried on it, so a reading that skipped it
may be wrong without anyone knowing (see ``understand_check.novel_words``). The words come from the answers of
the answers the readers read right (as ``bench/answers.py`` judges them) in the spent answer sets
(``bench/frozen/interview_variants*.yaml``, numbers 1 to SPENT), the development answer sets
(``bench/data/interview_dev*.yaml``) and the recent review cases in ``tests/data``: a word met only where the readers
went wrong is still unknown. Never raise SPENT before a set's one run.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import answers  # noqa: E402
from bot.domain.understand_check import KNOWN_WORDS_PATH, value_like  # noqa: E402

SPENT = 96  # the last answer set run once and reported (bench/frozen/README.md); 91-94 are development sets
_TOKEN = re.compile(r"[^\W\d_]+")


def _items() -> list[dict]:
    """Every answer of the spent sets, the development sets and the recent review cases."""
    items: list[dict] = []
    for path in sorted((ROOT / "bench" / "frozen").glob("interview_variants*.yaml")):
        number = int(re.sub(r"\D", "", path.stem) or 1)
        if number <= SPENT:
            items += answers._load([path])
    items += answers._load(sorted((ROOT / "bench" / "data").glob("interview_dev*.yaml")))  # written for tuning, never frozen
    for path in sorted((ROOT / "tests" / "data").glob("review*_cases.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        items += [item for item in data if isinstance(item, dict) and "text" in item and "kind" in item]
    return items


def _texts() -> list[str]:
    """The answers the readers read right: a word met only in answers read wrong is not known."""
    options, texts = answers._options(), []
    for item in _items():
        try:
            verdict, _ = answers.judge(item, options, date(2026, 12, 4), question_check=True, pairs_offered=True)
        except Exception:  # noqa: BLE001 - an item the benchmark cannot judge teaches no words
            continue
        if verdict == "ok":
            texts.append(str(item["text"]))
    return texts


def known_words(texts: list[str]) -> list[str]:
    """The value-like words of ``texts``, sorted."""
    return sorted({word for text in texts for word in _TOKEN.findall(text.lower()) if value_like(word)})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true")
    texts = _texts()
    words = known_words(texts)
    print(f"{len(words)} value-like words from {len(texts)} development answers read right")
    if parser.parse_args().write:
        KNOWN_WORDS_PATH.write_text("\n".join(words) + "\n", encoding="utf-8")
        print(f"wrote {KNOWN_WORDS_PATH.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
