"""Benchmark (not a test): CPU per answered FAQ question, Hankebotti vs a bare PTB echo bot, same paced load.

Both bots run as their own process against the fake Bot API with PTB's AIORateLimiter (as in
production). Users ask FAQ questions at a steady rate (default 10 a second for 30 seconds, well inside
Telegram's limits), each waiting for the answer; the figure is the process's CPU time (user + system,
from /proc) during the paced run divided by the questions answered, after a warm-up. The echo bot
answers each text with one message, which is the floor for "one Bot API call per answered question".
Hankebotti runs twice: as deployed (the embedding model and the scope rule, warm cache) and with
``FAQ_SEMANTIC=false`` (the lexical matcher alone), to show what the model costs.
Run: ``python bench/cost.py [--rate 10 --seconds 30] [--profile]``.
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
import time
from pathlib import Path

from common import ROOT, BenchProcess, TimedFake, bot_argv, echo_argv, machine, percentiles

from bot.domain.faq import FaqIndex
from bot.domain.faq_hybrid import build_matcher
from bot.domain.faq_model import load_entries

QUESTIONS = ["Mikä on ESR+?", "Paljonko Leader-tukea yhdistys voi saada?", "Voiko talkootyön laskea omarahoitukseksi?",
             "Kuka neuvoo hakemuksen tekemisessä?", "Miten haen hanketukea kylätalon korjaukseen?"]


def warm_faq_cache() -> Path:
    """The FAQ's embedding cache, built here once, so the measured bot starts with the model and the scope
    rule in place (a cold cache would be built in the background during the measurement)."""
    cache = Path(tempfile.gettempdir()) / "hankebotti-faq-cache"
    matcher = build_matcher(FaqIndex.build(load_entries(ROOT / "content")), cache)
    print(f"FAQ cache {cache}: {'model and scope rule ready' if matcher.scope is not None else 'lexical only'}")
    return cache


async def paced(argv: list[str], rate: float, seconds: float, env: dict[str, str] | None = None) -> dict[str, float]:
    fake = await TimedFake().start()
    with tempfile.TemporaryDirectory() as tmp:
        bot = BenchProcess(fake, Path(tmp), argv, extra_env=env or {})
        await bot.start()
        try:
            users = [fake.new_user(f"U{i}", "fi") for i in range(max(1, int(rate * 5)))]

            async def ask(user, text) -> float | None:
                answered = fake.expect(user.id)
                began = time.perf_counter()
                await fake.push({"message": fake._new_message(user, fake.chats[user.id], **fake._text_content(text))})
                try:
                    return await asyncio.wait_for(answered, 30) - began
                except asyncio.TimeoutError:
                    return None

            await asyncio.gather(*(ask(u, "/start") for u in users))  # warm-up: every user known, caches filled
            requests_before = len(fake.requests)
            cpu_before = bot.status()["cpu_s"]
            tasks, n = [], int(rate * seconds)
            began = time.perf_counter()
            for i in range(n):
                tasks.append(asyncio.ensure_future(ask(users[i % len(users)], QUESTIONS[i % len(QUESTIONS)])))
                await asyncio.sleep(max(0.0, began + (i + 1) / rate - time.perf_counter()))
            results = await asyncio.gather(*tasks)
            cpu = bot.status()["cpu_s"] - cpu_before
            answered = [r for r in results if r is not None]
            calls = len(fake.requests) - requests_before
            non_poll = sum(1 for m, _ in fake.requests[requests_before:] if m != "getUpdates")
            return {"answered": len(answered), "cpu_ms": cpu / max(1, len(answered)) * 1000,
                    "calls": calls / max(1, len(answered)), "sends": non_poll / max(1, len(answered)),
                    **percentiles(answered)}
        finally:
            await bot.terminate()
            await fake.stop()


async def run(rate: float, seconds: float, profile: str | None = None) -> None:
    print(machine())
    print(f"{rate:g} questions/s for {seconds:g} s, AIORateLimiter on in both")
    rows = {}
    cache = str(warm_faq_cache())
    semantic = {"FAQ_CACHE_DIR": cache}
    bots = [("Hankebotti", bot_argv(True), semantic), ("lexical", bot_argv(True), {**semantic, "FAQ_SEMANTIC": "false"}),
            ("echo bot", echo_argv(True), {})]
    if profile:
        bots = [("Hankebotti", [bot_argv(True)[0], "-m", "cProfile", "-o", profile, "-m", "bot"], semantic)]
    for name, argv, env in bots:
        rows[name] = r = await paced(argv, rate, seconds, env)
        print(f"{name:11s} answered {r['answered']:4d}  CPU {r['cpu_ms']:.2f} ms/question  "
              f"API calls {r['calls']:.2f}/question ({r['sends']:.2f} besides getUpdates)  "
              f"p50 {r['p50']:.0f} ms  p95 {r['p95']:.0f} ms")
    if profile:
        import pstats
        pstats.Stats(profile).sort_stats("cumulative").print_stats(40)
        return
    echo = rows["echo bot"]["cpu_ms"]
    print(f"ratio Hankebotti / echo: CPU per question {rows['Hankebotti']['cpu_ms'] / echo:.2f}× "
          f"(with FAQ_SEMANTIC=false: {rows['lexical']['cpu_ms'] / echo:.2f}×)")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rate", type=float, default=10)
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--profile", metavar="FILE", help="run only Hankebotti under cProfile and print where the time goes")
    args = parser.parse_args()
    asyncio.run(run(args.rate, args.seconds, args.profile))


if __name__ == "__main__":
    main()
