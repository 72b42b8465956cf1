"""Matching time over the labelled set with the full catalog: ``python bench/faq.py [rounds]``.

Prints the index build time and the median and p95 time to match one question (each question of
tests/data/faq_eval.yaml and tests/data/faq_oos_dev.yaml, repeated ``rounds`` times, default 5), plus the
accuracy figures of each set.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.domain.faq import FaqIndex  # noqa: E402
from bot.domain.faq_model import load_entries  # noqa: E402


def main(rounds: int = 5) -> None:
    started = time.perf_counter()
    entries = load_entries(ROOT / "content")
    index = FaqIndex.build(entries)
    build = time.perf_counter() - started
    sets = {name: yaml.safe_load((ROOT / "tests" / "data" / f"{name}.yaml").read_text(encoding="utf-8"))
            for name in ("faq_eval", "faq_oos_dev")}
    items = [item for questions in sets.values() for item in questions]
    index.search("lämmittely")  # warm the caches the way the first real question would
    timings: list[float] = []
    for _ in range(rounds):
        for item in items:
            t0 = time.perf_counter()
            index.search(item["q"])
            timings.append((time.perf_counter() - t0) * 1000)
    timings.sort()
    p95 = timings[int(len(timings) * 0.95) - 1]
    print(f"catalog: {len(entries['fi'])} entries × 2 languages; index built in {build * 1000:.0f} ms")
    print(f"questions: {len(items)} × {rounds} rounds = {len(timings)} matches")
    print(f"matching time: median {statistics.median(timings):.2f} ms, p95 {p95:.2f} ms, max {timings[-1]:.2f} ms")
    for name, questions in sets.items():
        in_scope = [i for i in questions if i["expected"]]
        out_scope = [i for i in questions if not i["expected"]]
        right = sum(1 for i in in_scope if (r := index.search(i["q"])).best == i["expected"] and r.decision != "none")
        rejected = sum(1 for i in out_scope if index.search(i["q"]).decision == "none")
        print(f"{name}: {len(in_scope)} in-scope, top-1 accuracy {right / len(in_scope):.1%}; "
              f"{len(out_scope)} out-of-scope, rejection {rejected / len(out_scope):.1%}")

if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5)
