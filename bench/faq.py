"""FAQ figures: accuracy on labelled question files, matching latency, start-up time and memory.

    python bench/faq.py [FILE.yaml …] [--rounds N] [--lexical] [--misses] [--no-process]

FILEs default to the development sets tests/data/faq_eval.yaml, faq_holdout.yaml and faq_oos_dev.yaml
(figures on them are development figures: the matcher was tuned on them). A file is a YAML list of
``{lang, q, expected: id|null}`` or ``{q, lang, scope: in|out, expect: [ids]}`` items.

Prints, per file and per language: first right (the answer, or the first button when the bot only
suggests, is a right entry), right within the answer and the buttons shown, answered directly (and how
often such an answer is right), in-scope questions refused, out-of-scope questions refused and answered;
then the time to match one question (median, p95, max; the model's query embedding included), the
matcher's build time with a cold and a warm embedding cache, and — unless ``--no-process`` — the real
bot's start-up time (spawn to first getUpdates) with a cold and a warm cache and its resident memory at
rest, measured on a ``python -m bot`` process talking to the fake Bot API.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.domain import faq_embed  # noqa: E402
from bot.domain.faq import FaqIndex  # noqa: E402
from bot.domain.faq_eval import evaluate, load_items  # noqa: E402
from bot.domain.faq_hybrid import build_matcher  # noqa: E402
from bot.domain.faq_model import load_entries  # noqa: E402

DEV_SETS = [ROOT / "tests" / "data" / f"{name}.yaml" for name in ("faq_eval", "faq_holdout", "faq_oos_dev")]


def _line(name: str, f: dict) -> str:
    return (f"  {name:<8} in-scope {f['in_scope']:>3}: first right {f['first_right']:6.1%}, within answer+buttons "
            f"{f['within']:6.1%}, answered {f['answered']:6.1%} (right {f['answer_precision']:6.1%}), "
            f"refused {f['refused_in_scope']:5.1%} | out-of-scope {f['out_scope']:>3}: refused {f['refused']:6.1%}, "
            f"answered {f['oos_answered']}")


def accuracy(matcher, files: list[Path], show_misses: bool) -> None:
    everything = []
    for path in files:
        items = load_items(path)
        everything += items
        report = evaluate(matcher.match, items)
        print(f"{path.name}:")
        print(_line("all", report.total.figures()))
        for lang, tally in sorted(report.by_lang.items()):
            print(_line(lang, tally.figures()))
        if show_misses:
            for item, decision in report.misses:
                want = ",".join(sorted(item.expect)) or "OUT"
                print(f"    MISS [{decision.kind} {decision.shown()[:3]}] want {want}: {item.q}")
    if len(files) > 1:
        report = evaluate(matcher.match, everything)
        print("all files together:")
        print(_line("all", report.total.figures()))
        for lang, tally in sorted(report.by_lang.items()):
            print(_line(lang, tally.figures()))
    return everything


def latency(matcher, items, rounds: int) -> None:
    matcher.match("lämmittely")  # the first question pays for lazy caches
    timings = []
    for _ in range(rounds):
        for item in items:
            t0 = time.perf_counter()
            matcher.match(item.q)
            timings.append((time.perf_counter() - t0) * 1000)
    timings.sort()
    p95 = timings[max(0, int(len(timings) * 0.95) - 1)]
    print(f"matching time over {len(timings)} matches: median {statistics.median(timings):.1f} ms, "
          f"p95 {p95:.1f} ms, max {timings[-1]:.1f} ms")


def build_times(lexical: bool) -> None:
    started = time.perf_counter()
    index = FaqIndex.build(load_entries(ROOT / "content"))
    lexical_s = time.perf_counter() - started
    print(f"lexical index built in {lexical_s * 1000:.0f} ms")
    if lexical:
        return
    with tempfile.TemporaryDirectory() as cache:
        t0 = time.perf_counter()
        build_matcher(index, Path(cache))
        cold = time.perf_counter() - t0
        t0 = time.perf_counter()
        build_matcher(index, Path(cache))
        warm = time.perf_counter() - t0
    print(f"semantic part (model + entry vectors): cold cache {cold:.1f} s, warm cache {warm * 1000:.0f} ms")


async def bot_process_figures() -> None:
    from bench.common import BenchProcess, TimedFake, bot_argv

    fake = await TimedFake().start()
    try:
        with tempfile.TemporaryDirectory() as work, tempfile.TemporaryDirectory() as cache:
            env = {"FAQ_CACHE_DIR": cache}
            for label in ("cold cache", "warm cache"):
                proc = BenchProcess(fake, Path(work), bot_argv(), extra_env=env)
                started = time.monotonic()
                await proc.start()
                if label == "cold cache":
                    # The cold build goes on in the background after start-up; the warm run needs its files.
                    for _ in range(600):
                        if list(Path(cache).glob("faq-embeddings-*.npy")) and list(Path(cache).glob("faq-scope-*.npy")):
                            break
                        await asyncio.sleep(0.5)
                    print(f"bot process, cold cache: embedding cache written {time.monotonic() - started:.0f} s after spawn")
                await asyncio.sleep(3)
                status = proc.status()
                print(f"bot process, {label}: start-up {proc.ready_after:.1f} s, at rest {status['VmRSS']:.0f} MiB "
                      f"(peak {status['VmHWM']:.0f} MiB)")
                await proc.stop()
    finally:
        await fake.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--lexical", action="store_true", help="without the model (lexical-only fallback)")
    parser.add_argument("--misses", action="store_true", help="list every wrong question")
    parser.add_argument("--no-process", action="store_true", help="skip the bot-process start-up and memory figures")
    args = parser.parse_args()
    files = args.files or DEV_SETS
    build_times(args.lexical)
    index = FaqIndex.build(load_entries(ROOT / "content"))
    with tempfile.TemporaryDirectory() as cache:
        matcher = build_matcher(index, Path(cache), enabled=not args.lexical)
        print(f"matcher: {'hybrid (' + faq_embed.MODEL_NAME + ')' if matcher.semantic else 'lexical only'}, "
              f"{len(index.ids)} entries × 2 languages")
        items = accuracy(matcher, files, args.misses)
        latency(matcher, items, args.rounds)
    if not args.no_process:
        asyncio.run(bot_process_figures())


if __name__ == "__main__":
    main()
