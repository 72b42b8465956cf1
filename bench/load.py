"""Load benchmark (not a test): simulated users through the fake Bot API, Hankebotti vs a bare PTB echo bot.

Run:  /tmp/venv/bin/python bench/load.py            # 100 users with and without the rate limiter, 1 000 without
      /tmp/venv/bin/python bench/load.py --users 1000 --limiter on   # the slow one (Telegram's 30 msg/s bound)
      /tmp/venv/bin/python bench/load.py --quick    # a smoke run

Every user runs one realistic session, each step waiting for the bot's answer before the next (a closed
loop with no think time, so this is the most the bot can do, not a typical evening):
/start → menu "Language" → choose a language → an FAQ question → /idea → two interview buttons →
the association's name → /cancel → /mypapers. The echo bot gets the same updates (texts echoed,
presses answered by editing the message).

Figures: throughput (updates answered per second), p50/p95/p99 from the update reaching the fake
Telegram to the bot's first message or edit in that chat, peak resident memory of the bot process,
and its CPU time per update. The ratio Hankebotti / echo bot of CPU time per update is the bot's own
work (handlers, SQLite writes, the at-least-once bookkeeping) relative to what PTB itself costs.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from common import BenchProcess, TimedFake, bot_argv, echo_argv, machine, percentiles

QUESTIONS = {
    "fi": ["Paljonko Leader-tukea yhdistys voi saada?", "Mikä on ESR+?", "Miten haen hanketukea kylätalon korjaukseen?",
           "Kuka neuvoo hakemuksen tekemisessä?", "Voiko talkootyön laskea omarahoitukseksi?"],
    "en": ["How much Leader funding can an association get?", "What is ESR+?", "Can volunteer work count as own funding?",
           "Who helps me with the application?", "How do I apply for a village hall renovation?"],
}


@dataclass
class Result:
    latencies: list[float] = field(default_factory=list)
    unanswered: int = 0
    updates: int = 0


def steps_for(lang: str, rng: random.Random) -> list[tuple[str, str]]:
    """(kind, value): text to type, or a button to press (by callback data, or by label fragments)."""
    return [
        ("text", "/start"),
        ("data", "menu:language"),
        ("data", f"lang:set:{lang}"),
        ("text", rng.choice(QUESTIONS[lang])),
        ("text", "/idea"),
        ("label", "ESR"),
        ("label", "yhdistys|association"),
        ("text", "Kylän olohuone ry" if lang == "fi" else "Village Living Room Association"),
        ("text", "/cancel"),
        ("text", "/mypapers"),
    ]


def _press_data(message, kind: str, value: str) -> str:
    if kind == "data":
        return value
    for fragment in value.split("|"):
        for row in (message.reply_markup or {}).get("inline_keyboard", []):
            for button in row:
                if fragment.lower() in button["text"].lower() and "callback_data" in button:
                    return button["callback_data"]
    first = [b for row in (message.reply_markup or {}).get("inline_keyboard", []) for b in row if "callback_data" in b]
    return first[0]["callback_data"] if first else "bench:none"


async def user_session(fake: TimedFake, user, steps, result: Result, real_bot: bool) -> None:
    chat = fake.chats[user.id]
    for n, (kind, value) in enumerate(steps):
        if kind == "text" or not fake.messages(user):
            text = value if kind == "text" else "/start"
            update = {"message": fake._new_message(user, chat, **fake._text_content(text))}
        else:
            message = fake.last(user)
            update = {"callback_query": {"id": f"{user.id}-{n}", "from": user.to_api(), "chat_instance": f"c{user.id}",
                                         "message": message.to_api(fake.bot_user, chat),
                                         "data": _press_data(message, kind, value)}}
        answered = fake.expect(chat.id)
        began = time.perf_counter()
        update_id = await fake.push(update)
        result.updates += 1
        try:
            result.latencies.append(await asyncio.wait_for(answered, 30) - began)
        except asyncio.TimeoutError:
            result.unanswered += 1
        if real_bot:
            # The next step starts after this one is fully handled (it may send a second message).
            await fake.processed(update_id, timeout=60)


async def scenario(name: str, argv: list[str], users: int, real_bot: bool, seed: int = 6) -> dict:
    rng = random.Random(seed)
    fake = await TimedFake().start()
    with tempfile.TemporaryDirectory() as tmp:
        proc = BenchProcess(fake, Path(tmp), argv)
        await proc.start()
        try:
            people = [fake.new_user(f"User{i}", rng.choice(["fi", "fi", "en"])) for i in range(users)]
            # Warm-up, not measured: the first updates pay for imports and caches.
            warm = fake.new_user("Warm", "fi")
            await user_session(fake, warm, steps_for("fi", rng), Result(), real_bot)
            before = proc.status()
            result = Result()
            began = time.perf_counter()
            await asyncio.gather(*(user_session(fake, u, steps_for(u.language_code, rng), result, real_bot) for u in people))
            wall = time.perf_counter() - began
            after = proc.status()
        finally:
            await proc.terminate(timeout=15)
        errors = [line for line in proc.log.splitlines() if " ERROR " in line or "Traceback" in line]
    await fake.stop()
    answered = len(result.latencies)
    return {
        "name": name, "users": users, "updates": result.updates, "unanswered": result.unanswered,
        "throughput": answered / wall, "wall": wall, **percentiles(result.latencies),
        "peak_mib": after["VmHWM"], "cpu_ms_per_update": (after["cpu_s"] - before["cpu_s"]) * 1000 / max(1, result.updates),
        "errors": len(errors),
    }


def row(r: dict) -> str:
    return (f"| {r['name']:<34} | {r['users']:>5} | {r['updates']:>6} | {r['throughput']:>7.1f} | {r['p50']:>7.1f} | "
            f"{r['p95']:>7.1f} | {r['p99']:>7.1f} | {r['peak_mib']:>6.1f} | {r['cpu_ms_per_update']:>6.2f} | "
            f"{r['unanswered']:>4} | {r['errors']:>3} |")


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--users", type=int, nargs="*", help="user counts (default: 100 and 1000)")
    parser.add_argument("--limiter", choices=["on", "off", "both"], help="default: both for 100 users, off for more")
    parser.add_argument("--quick", action="store_true", help="20 users, both limiter settings")
    args = parser.parse_args()
    plan: list[tuple[int, bool]] = []
    counts = [20] if args.quick else (args.users or [100, 1000])
    for users in counts:
        mode = args.limiter or ("both" if users <= 100 or args.quick else "off")
        plan += [(users, limiter) for limiter in ((True, False) if mode == "both" else (mode == "on",))]
    print(f"Machine: {machine()}")
    print("| scenario                           | users | updates | upd/s   | p50 ms  | p95 ms  | p99 ms  | peak MiB | CPU ms/upd | unans | err |")
    print("|------------------------------------|------:|-------:|--------:|--------:|--------:|--------:|-------:|-------:|-----:|----:|")
    ratios = []
    for users, limiter in plan:
        tag = "with AIORateLimiter" if limiter else "no rate limiter"
        ours = await scenario(f"Hankebotti, {tag}", bot_argv(limiter), users, True)
        print(row(ours), flush=True)
        echo = await scenario(f"bare PTB echo bot, {tag}", echo_argv(limiter), users, False)
        print(row(echo), flush=True)
        ratios.append((users, tag, ours, echo))
    print()
    for users, tag, ours, echo in ratios:
        print(f"{users} users, {tag}: Hankebotti / echo — CPU per update {ours['cpu_ms_per_update'] / echo['cpu_ms_per_update']:.2f}×, "
              f"p50 {ours['p50'] / echo['p50']:.2f}×, throughput {ours['throughput'] / echo['throughput']:.2f}×, "
              f"peak memory {ours['peak_mib'] / echo['peak_mib']:.2f}×")


if __name__ == "__main__":
    asyncio.run(main())
