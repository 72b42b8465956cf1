"""Benchmark (not a test): median time to handle one interview step and to render one idea paper.

Run: /tmp/venv/bin/python bench/interview.py
The step is measured end to end (fake Bot API → real PTB application → SQLite write → reply), and
in the domain alone; rendering is python-docx for a full Leader paper.
"""

from __future__ import annotations

import asyncio
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.content import Catalog  # noqa: E402
from bot.domain import interview as iv  # noqa: E402
from bot.domain.budget import load_rules  # noqa: E402
from bot.domain.paper import plain_for, render_paper  # noqa: E402
from tests.fakebot import FakeTelegram  # noqa: E402
from tests.harness import BotHarness  # noqa: E402

RULES = load_rules()
TODAY = date(2026, 5, 4)
ANSWERS = {
    "track": "leader", "leader_type": "development", "international": "yes", "org_type": "association",
    "org_name": "Pohjoistuulen kyläyhdistys ry", "contact": "Maija Virtanen", "title": "Vihreä kylä",
    "need": "Tarve " * 150, "goal": "Tavoite", "target_group": "Asukkaat", "area": "Lappi",
    "actions": ["Toimenpide %d" % i for i in range(8)], "intl_partner": "Roheline Küla", "joint_actions": ["Vierailu"],
    "local_actions": None, "doers": "Vetäjä", "partners": ["Kunta"], "start": "2027-03-01", "end": "2029-02-28",
    "results": "Tulokset", "indicators": ["Osallistujat 120"], "resources": "85 jäsentä", "risks": "Riskit",
    "communication": "Facebook", "sustainability": None, "continuation": "Jatkuu", "leader_rate": 80,
    "leader_costs": {"personnel": "20000", "travel": "2000", "services": "8000", "rent": "1000", "other": "0"},
    "talkoot": {"volunteer_hours": "200", "machine_hours": "10"}, "own_sources": "Omat varat",
}


def bench_domain_step(n: int = 2000) -> float:
    times = []
    for _ in range(n):
        d = iv.Draft(answers={"track": "esr"}, current="need")
        start = time.perf_counter()
        iv.answer_text(d, "Kylässä ei ole kohtaamispaikkaa.", TODAY, RULES)
        iv.Draft.from_json(d.to_json())
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def bench_render(n: int = 30) -> tuple[float, int]:
    catalog = Catalog.load(Path(__file__).resolve().parents[1] / "content")
    plain = plain_for(catalog, "fi")
    draft = iv.Draft(answers=ANSWERS, current=None, mode="review")
    times, size = [], 0
    for _ in range(n):
        start = time.perf_counter()
        data, _ = render_paper(draft, lang="fi", plain=plain, today=TODAY, rules=RULES,
                               warnings=iv.collect_warnings(draft, TODAY, RULES))
        times.append(time.perf_counter() - start)
        size = len(data)
    return statistics.median(times), size


async def bench_e2e_step(n: int = 40) -> float:
    fake = await FakeTelegram().start()
    with tempfile.TemporaryDirectory() as tmp:
        harness = await BotHarness(fake, Path(tmp) / "bench.sqlite3", log_level="WARNING").start()
        try:
            user = fake.new_user("Bench", "fi")
            await fake.send(user, "/idea")
            await fake.press(user, fake.last(user), "ESR+")
            await fake.press(user, fake.last(user), "Rekisteröity yhdistys")
            times = []
            for i in range(n):
                # Alternate an answer and Back so the same text question is answered again and again.
                start = time.perf_counter()
                await fake.send(user, f"Yhdistys {i} ry")
                times.append(time.perf_counter() - start)
                await fake.press(user, fake.last(user), "⬅️ Takaisin")
            return statistics.median(times)
        finally:
            await harness.stop()
            await fake.stop()


def main() -> None:
    step = bench_domain_step()
    render, size = bench_render()
    e2e = asyncio.run(bench_e2e_step())
    print(f"interview step, domain only (answer + JSON round trip): median {step * 1e6:.0f} µs")
    print(f"interview step, end to end (fake Bot API, PTB, SQLite write, reply): median {e2e * 1e3:.1f} ms")
    print(f"render one idea paper (DOCX, {size // 1024} KiB): median {render * 1e3:.1f} ms")


if __name__ == "__main__":
    main()
