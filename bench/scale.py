"""Scale-at-rest benchmark (not a test): a whole country's associations in the database.

Run:  /tmp/venv/bin/python bench/scale.py            # 10 000 users, 1 000 groups, 10 000 reminders, 5 000 papers
      /tmp/venv/bin/python bench/scale.py --factor 0.1   # a tenth of that, for a smoke run

The rows are written straight into the real schema (migrations of the real bot; reminders through the
repository's own insert, so their next-message bookkeeping is what the bot itself would write). Then the
real bot starts as a process on that file, and the script reports its start-up time (process spawn to
its first getUpdates), its memory, and the time from a user's update to the answer for /reminders in a
group and in a private chat, /mypapers with five papers, and an FAQ question, each against an empty
database too. Each timing is the median (and p95) of ``--repeat`` runs, every run in a different chat.
The bot runs without PTB's AIORateLimiter here: with it, back-to-back answers are paced at Telegram's
30 messages a second (~33 ms apart), which would hide the bot's own cost behind the pacing.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from common import BenchProcess, TimedFake, bot_argv, machine

from bot.domain import interview as iv
from bot.domain.reminders import Rule
from bot.storage import Database
from bot.storage.db import to_db
from bot.storage.reminders import ReminderRepository

FAQ = {"fi": "Paljonko Leader-tukea yhdistys voi saada?", "en": "How much Leader funding can an association get?"}


async def populate(path: Path, fake: TimedFake, factor: float, rng: random.Random) -> dict:
    """Users, groups (with admins), reminders, finished papers and open drafts; returns who to measure with."""
    n_users, n_groups = int(10_000 * factor), int(1_000 * factor)
    n_reminders, n_papers = int(10_000 * factor), int(5_000 * factor)
    users = [fake.new_user(f"U{i}", rng.choice(["fi", "fi", "en"])) for i in range(n_users)]
    groups = []
    for i in range(n_groups):
        admin = users[i % len(users)]
        groups.append((fake.new_group(f"Kyläyhdistys {i}", admins=[admin]), admin))
    now = datetime.now(UTC)
    stamp = to_db(now)
    db = await Database(path).connect()
    await db.migrate()
    repo = ReminderRepository(db)
    blob = os.urandom(40_000)  # about the size of a rendered idea paper (DOCX)
    async with db.transaction() as conn:
        await conn.executemany("INSERT INTO users (user_id, language, created_at, updated_at) VALUES (?, ?, ?, ?)",
                               [(u.id, u.language_code, stamp, stamp) for u in users])
        await conn.executemany("INSERT INTO chats (chat_id, type, title, language, active, created_at, updated_at) "
                               "VALUES (?, 'group', ?, 'fi', 1, ?, ?)", [(g.id, g.title, stamp, stamp) for g, _ in groups])
        # Half of the reminders in groups (five per group at most), the rest in private chats.
        for k in range(n_reminders):
            if k < n_reminders // 2:
                chat, owner = groups[k % len(groups)][0].id, groups[k % len(groups)][1].id
            else:
                owner = users[k % len(users)].id
                chat = owner
            due = now + timedelta(days=rng.randint(2, 365), hours=rng.randint(0, 23))
            rule = Rule(due.replace(minute=0, second=0, microsecond=0), rng.choice(["none", "none", "monthly", "yearly"]), (7, 0))
            await repo._insert(conn, chat, owner, rule, f"Muistutus {k}: maksatushakemus", "custom", 0, None, now)
        papers = []
        for k in range(n_papers):
            owner = users[(k // 5) % len(users)].id  # five papers each, so /mypapers lists five
            answers = {"title": f"Hanke {k}", "org_name": f"Yhdistys {k} ry", "need": "Tarve " * 80}
            papers.append((owner, f"Hanke {k}", "leader", "fi", f"ideapaperi-{k}.docx", json.dumps(answers), blob, stamp))
        await conn.executemany("INSERT INTO interview_papers (user_id, title, track, language, filename, answers, "
                               "document, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", papers)
        drafts = [(u.id, iv.Draft(answers={"track": "esr", "org_name": "Kylä ry"}, current="need").to_json(), stamp, stamp)
                  for u in users[: n_users // 5]]
        await conn.executemany("INSERT INTO interview_drafts (user_id, status, data, created_at, updated_at) "
                               "VALUES (?, 'paused', ?, ?, ?)", drafts)
    counts = {t: await db.fetchval(f"SELECT COUNT(*) FROM {t}") for t in
              ("users", "chats", "reminders", "interview_papers", "interview_drafts")}
    await db.close()
    counts["size_mib"] = path.stat().st_size / 2**20
    return counts


async def timed(fake: TimedFake, user, chat, text: str) -> float:
    answered = fake.expect(chat.id)
    began = time.perf_counter()
    update_id = await fake.push({"message": fake._new_message(user, chat, **fake._text_content(text))})
    took = await asyncio.wait_for(answered, 60) - began
    await fake.processed(update_id, timeout=60)
    return took


async def measure(factor: float, repeat: int) -> dict:
    rng = random.Random(6)
    fake = await TimedFake().start()
    result: dict = {}
    with tempfile.TemporaryDirectory() as tmp:
        proc = BenchProcess(fake, Path(tmp), bot_argv(limiter=False))
        began = time.perf_counter()
        if factor > 0:
            result["rows"] = await populate(proc.db_path, fake, factor, rng)
        result["populate_s"] = time.perf_counter() - began
        await proc.start()
        result["startup_s"] = proc.ready_after
        result["rss_after_start"] = proc.status()["VmRSS"]
        try:
            # People whose data the commands read: an admin's group with reminders, a user with papers.
            groups = [c for c in fake.chats.values() if c.type == "group"]
            people = [u for u in fake.users.values()]
            if not groups:
                for i in range(repeat):
                    admin = fake.new_user(f"A{i}", "fi")
                    groups.append(fake.new_group(f"Tyhjä {i}", admins=[admin]))
                people = list(fake.users.values())
            admin_of = {g.id: next(iter(fake.admins[g.id])) for g in groups}
            timings: dict[str, list[float]] = {"/reminders (group)": [], "/reminders (private)": [],
                                               "/mypapers": [], "FAQ answer": []}
            for i in range(repeat):
                group = groups[i % len(groups)]
                admin = fake.users[admin_of[group.id]]
                timings["/reminders (group)"].append(await timed(fake, admin, group, "/muistutukset"))
                person = people[(len(people) // 2 + i) % len(people)]
                timings["/reminders (private)"].append(await timed(fake, person, fake.chats[person.id], "/reminders"))
                owner = people[i % len(people)]
                timings["/mypapers"].append(await timed(fake, owner, fake.chats[owner.id], "/mypapers"))
                asker = people[(len(people) // 3 + i) % len(people)]
                timings["FAQ answer"].append(await timed(fake, asker, fake.chats[asker.id], FAQ[asker.language_code or "fi"]))
            result["timings"] = {k: (statistics.median(v) * 1000, sorted(v)[int(0.95 * (len(v) - 1))] * 1000)
                                 for k, v in timings.items()}
            result["peak_mib"] = proc.status()["VmHWM"]
        finally:
            code, stop_s = await proc.terminate(timeout=15)
            result["sigterm_s"] = stop_s
        result["errors"] = sum(" ERROR " in line for line in proc.log.splitlines())
    await fake.stop()
    return result


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--factor", type=float, default=1.0, help="1.0 = 10 000 users, 1 000 groups, 10 000 reminders, 5 000 papers")
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args()
    print(f"Machine: {machine()}")
    empty = await measure(0, args.repeat)
    full = await measure(args.factor, args.repeat)
    rows = full["rows"]
    print(f"Database: {rows['users']} users, {rows['chats']} groups, {rows['reminders']} reminders, "
          f"{rows['interview_papers']} finished papers, {rows['interview_drafts']} open drafts; "
          f"{rows['size_mib']:.0f} MiB on disk (written in {full['populate_s']:.1f} s)")
    print()
    print("| measure                       | empty database | populated database |")
    print("|-------------------------------|---------------:|-------------------:|")
    print(f"| start-up (spawn → polling)    | {empty['startup_s']:>11.2f} s | {full['startup_s']:>15.2f} s |")
    print(f"| memory after start-up (RSS)   | {empty['rss_after_start']:>9.1f} MiB | {full['rss_after_start']:>13.1f} MiB |")
    print(f"| peak memory (RSS)             | {empty['peak_mib']:>9.1f} MiB | {full['peak_mib']:>13.1f} MiB |")
    for key in empty["timings"]:
        e50, e95 = empty["timings"][key]
        f50, f95 = full["timings"][key]
        print(f"| {key:<29} | {e50:>5.1f} ms (p95 {e95:>5.1f}) | {f50:>7.1f} ms (p95 {f95:>5.1f}) |")
    print(f"| SIGTERM to exit               | {empty['sigterm_s']:>11.2f} s | {full['sigterm_s']:>15.2f} s |")
    print(f"ERROR lines in the bot's log: empty {empty['errors']}, populated {full['errors']}")


if __name__ == "__main__":
    asyncio.run(main())
