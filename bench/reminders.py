"""Reminder benchmark: 10 000 reminders over 1 000 chats.

Measures (and prints):
  * the time to create the reminders (each computes its next slot),
  * start-up time to arm them (recover open claims, find the earliest due moment, arm one job),
  * memory (peak traced Python allocations and process RSS),
  * the time to deliver 1 000 group reminders due at the same minute through the real PTB stack with
    AIORateLimiter against a fake Bot API that enforces Telegram's ~30 messages/s with 429s, compared
    with the minimum those limits allow, and how many 429s were met.

  * guided /remind answers (draft loaded, step, draft saved, reply) and loading the open-draft index.

Run:  PYTHONPATH=$PWD .venv/bin/python bench/reminders.py            (full size, about two minutes)
      PYTHONPATH=$PWD .venv/bin/python bench/reminders.py --quick    (100 group reminders)
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import logging
import resource
import sys
import tempfile
import time as clock_time
import tracemalloc
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.domain.reminders import HELSINKI, Rule, local_to_utc  # noqa: E402
from bot.storage import Database  # noqa: E402
from bot.storage.db import to_db  # noqa: E402
from bot.storage.reminders import ReminderRepository  # noqa: E402
from conversations.reminders.feature import ReminderFeature  # noqa: E402
from tests.fakebot.server import ApiError, FakeTelegram, TgChat  # noqa: E402
from tests.harness import BotHarness  # noqa: E402

OVERALL_LIMIT = 30  # messages per second, all chats together (Telegram's documented broadcast limit)


class LimitedTelegram(FakeTelegram):
    """The fake Bot API, plus Telegram's flood control: more than 30 sends in a second get a 429."""

    def __init__(self) -> None:
        super().__init__()
        self.window: collections.deque[float] = collections.deque()
        self.too_many = 0

    async def api_sendMessage(self, params):
        now = asyncio.get_running_loop().time()
        while self.window and now - self.window[0] > 1.0:
            self.window.popleft()
        if len(self.window) >= OVERALL_LIMIT:
            self.too_many += 1
            raise ApiError(429, "Too Many Requests: retry after 1", {"retry_after": 1})
        self.window.append(now)
        return await super().api_sendMessage(params)


class OffsetClock:
    def __init__(self) -> None:
        self.offset = timedelta(0)

    def __call__(self) -> datetime:
        return datetime.now(UTC) + self.offset


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


async def create_reminders(db_path: Path, chats: int, per_chat: int, now: datetime, due_day: date) -> float:
    """Mostly spread-out reminders (yearly, monthly, weekly, lead times), plus one per chat due at 9.00 on ``due_day``."""
    db = await Database(db_path).connect()
    await db.migrate()
    repo = ReminderRepository(db)
    recurrences = ("none", "weekly", "monthly", "yearly")
    started = clock_time.perf_counter()
    for c in range(chats):
        chat_id = -(1_000_000 + c)
        await db.execute("INSERT INTO chats (chat_id, type, title, language, active, created_at, updated_at)"
                         " VALUES (?, 'group', ?, 'fi', 1, '', '')", (chat_id, f"Ryhmä {c}"))
        for k in range(per_chat):
            if k == 0:
                rule = Rule(local_to_utc(due_day, time(9)), "none", (0,))
            else:
                day = due_day + timedelta(days=30 + (c * 7 + k * 13) % 700)
                rule = Rule(local_to_utc(day, time(9 + k % 8)), recurrences[k % 4], (14, 7, 1) if k % 3 else (0,))
            await repo.create(chat_id, None, rule, f"Muistutus {c}/{k}", now)
    elapsed = clock_time.perf_counter() - started
    await db.close()
    return elapsed


async def flow_figures(harness: BotHarness, fake: FakeTelegram, people: int) -> None:
    """Guided /remind answers through the whole stack (draft loaded, step, draft saved, reply), and
    the start-up cost of the open-draft index."""
    tracemalloc.stop()
    answers: list[float] = []
    for n in range(people):
        user = fake.new_user(f"Mittaaja{n}", "fi")
        for text in ("/muistuta", "15.3.2027", "14:30", f"Muistettava asia {n}"):
            started = clock_time.perf_counter()
            await fake.send(user, text)
            answers.append(clock_time.perf_counter() - started)
    answers.sort()
    saved = len(harness.rows("SELECT 1 FROM reminders WHERE text LIKE 'Muistettava asia %'"))
    print(f"guided /remind: {len(answers)} messages from {people} people, answer median {answers[len(answers) // 2] * 1000:.0f} ms, "
          f"p95 {answers[int(len(answers) * 0.95)] * 1000:.0f} ms (fake API round trip included); saved {saved}, "
          f"drafts left {len(harness.rows('SELECT 1 FROM flow_drafts'))}")
    drafts = harness.services.features.get(ReminderFeature).drafts
    count = 10_000
    now = datetime.now(UTC)
    async with drafts.db.transaction() as conn:
        await conn.executemany(
            "INSERT INTO flow_drafts (flow, chat_id, user_id, step, data, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [("remind", 5_000_000 + i, 5_000_000 + i, "date", "{}", to_db(now), to_db(now)) for i in range(count)])
    started = clock_time.perf_counter()
    await drafts.load_index()
    print(f"open-draft index: {len(drafts.open)} drafts loaded in {(clock_time.perf_counter() - started) * 1000:.1f} ms")


async def main(quick: bool) -> None:
    logging.basicConfig(level=logging.WARNING)
    chats = 100 if quick else 1000
    per_chat = 10
    tmp = Path(tempfile.mkdtemp(prefix="hankebotti-bench-"))
    db_path = tmp / "bench.sqlite3"
    due_day = date(2027, 3, 3)  # a Wednesday
    due = datetime.combine(due_day, time(9), tzinfo=HELSINKI).astimezone(UTC)
    clock = OffsetClock()
    clock.offset = (due - timedelta(days=2)) - datetime.now(UTC)

    created = await create_reminders(db_path, chats, per_chat, clock(), due_day)
    print(f"reminders: {chats * per_chat} over {chats} chats; created (next slot computed) in {created:.2f} s")

    fake = await LimitedTelegram().start()
    for c in range(chats):
        chat_id = -(1_000_000 + c)
        fake.chats[chat_id] = TgChat(chat_id, "group", f"Ryhmä {c}")
        fake.members[chat_id] = {fake.bot_user.id}
    tracemalloc.start()
    harness = BotHarness(fake, db_path, clock=clock, log_level="WARNING")
    started = clock_time.perf_counter()
    await harness.start()
    startup = clock_time.perf_counter() - started
    scheduler = harness.services.features.get(ReminderFeature).scheduler
    arm_started = clock_time.perf_counter()
    await scheduler.startup(harness.application)
    hook = clock_time.perf_counter() - arm_started
    arm_started = clock_time.perf_counter()
    armed_for = await scheduler.arm()
    arm = clock_time.perf_counter() - arm_started
    current, peak = tracemalloc.get_traced_memory()
    print(f"start-up (migrations, content, PTB, arming) {startup:.2f} s; start-up hook (settle claims + arm) {hook * 1000:.1f} ms; re-arm {arm * 1000:.1f} ms; "
          f"armed for {armed_for.astimezone(HELSINKI):%d.%m.%Y %H:%M}")
    print(f"jobs in the JobQueue: {len(harness.application.job_queue.jobs())}")
    print(f"memory after start-up: traced {current / 1e6:.1f} MB (peak {peak / 1e6:.1f} MB), process RSS {rss_mb():.0f} MB")

    # Jump to one second before 9.00 on the due day: every chat's first reminder falls due together.
    clock.offset = (due - timedelta(seconds=1)) - datetime.now(UTC)
    await scheduler.arm()
    t0 = clock_time.perf_counter()

    def delivered() -> int:
        return sum(1 for msgs in fake.sent.values() for m in msgs if "Muistutus" in m.text)

    while delivered() < chats:
        await asyncio.sleep(0.05)
        if clock_time.perf_counter() - t0 > (20 if "--debug" in sys.argv else 600):
            break
    elapsed = clock_time.perf_counter() - t0 - 1.0  # the first second was waiting for 9.00
    minimum = chats / OVERALL_LIMIT
    duplicates = sum(len(msgs) - len({m.text for m in msgs}) for msgs in fake.sent.values())
    print(f"delivered {delivered()} group reminders due at the same minute in {elapsed:.1f} s "
          f"(Telegram's limit allows at best {minimum:.1f} s at {OVERALL_LIMIT}/s: {elapsed / minimum:.2f}× the minimum)")
    print(f"429s met: {fake.too_many}; duplicates: {duplicates}; "
          f"sent-log rows: {len(harness.rows('SELECT 1 FROM reminder_sent'))}")
    current, peak = tracemalloc.get_traced_memory()
    print(f"memory after delivery: traced {current / 1e6:.1f} MB (peak {peak / 1e6:.1f} MB), process RSS {rss_mb():.0f} MB")
    await flow_figures(harness, fake, 20 if quick else 100)
    await harness.stop()
    await fake.stop()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--debug", action="store_true")
    parser.add_argument("--quick", action="store_true", help="100 chats instead of 1 000")
    asyncio.run(main(parser.parse_args().quick))
