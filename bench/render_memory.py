"""Benchmark (not a test): resident memory after a burst of 200 idea papers rendered at once.

Compares ``asyncio.to_thread`` (what the interview used) with ``bot.render.RenderService`` (two worker
threads, memory handed back after the burst). Each variant runs in a fresh process so neither inherits
the other's heap. Run: ``python bench/render_memory.py [--papers 200]``.
"""

from __future__ import annotations

import argparse
import asyncio
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def rss_mib() -> float:
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def child(variant: str, papers: int) -> None:
    sys.path.insert(0, str(ROOT))
    sys.path.insert(0, str(ROOT / "bench"))
    from interview import ANSWERS, RULES, TODAY  # the full Leader paper of bench/interview.py

    from bot.content import Catalog
    from bot.domain import interview as iv
    from bot.domain.paper import plain_for, render_paper
    from bot.render import RenderService

    catalog = Catalog.load(ROOT / "content")
    plain = plain_for(catalog, "fi")
    draft = iv.Draft(answers=ANSWERS, current=None, mode="review")
    warnings = iv.collect_warnings(draft, TODAY, RULES)
    service = RenderService()

    async def one() -> int:
        kwargs = dict(lang="fi", plain=plain, today=TODAY, rules=RULES, warnings=warnings)
        if variant == "to_thread":
            data, _ = await asyncio.to_thread(render_paper, draft, **kwargs)
        else:
            data, _ = await service.run(render_paper, draft, **kwargs)
        return len(data)

    async def burst() -> float:
        began = time.perf_counter()
        await asyncio.gather(*(one() for _ in range(papers)))
        return time.perf_counter() - began

    before = rss_mib()
    seconds = asyncio.run(burst())
    print(f"{variant:10s} {papers} papers at once: {seconds:5.1f} s, RSS before {before:6.1f} MiB, after {rss_mib():6.1f} MiB")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--papers", type=int, default=200)
    parser.add_argument("--child")
    args = parser.parse_args()
    if args.child:
        child(args.child, args.papers)
        return
    for variant in ("to_thread", "service"):
        subprocess.run([sys.executable, __file__, "--child", variant, "--papers", str(args.papers)], check=True)


if __name__ == "__main__":
    main()
