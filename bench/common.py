"""Shared pieces of the load and scale benchmarks: a timing fake Bot API, bot processes, statistics.

The bot under test always runs as its own process (``python -m bot``), so its memory and CPU time are
its own and not the fake server's or the load generator's.
"""

from __future__ import annotations

import asyncio
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.fakebot import FakeTelegram  # noqa: E402
from tests.stress import BotSubprocess  # noqa: E402

# Runs the real bot with PTB's AIORateLimiter replaced by none: the bot's own capacity, not Telegram's
# 30 messages/second allowance. Used only by the benchmarks; the bot itself has no switch for this.
NO_LIMITER_LAUNCH = (
    "import sys, bot.telegram_bot as r; r.AIORateLimiter = lambda **kw: None; "
    "from bot.__main__ import main; sys.exit(main([]))"
)


class TimedFake(FakeTelegram):
    """The fake Bot API that also notes when the bot's first answer reaches each chat."""

    def __init__(self) -> None:
        super().__init__()
        self._waiting: dict[int, asyncio.Future] = {}

    def expect(self, chat_id: int) -> asyncio.Future:
        future = asyncio.get_running_loop().create_future()
        self._waiting[chat_id] = future
        return future

    def _answered(self, chat_id: int) -> None:
        future = self._waiting.pop(chat_id, None)
        if future is not None and not future.done():
            future.set_result(time.perf_counter())

    def _store(self, chat, message, kind="sent"):
        result = super()._store(chat, message, kind)
        self._answered(chat.id)
        return result

    async def api_editMessageText(self, params):
        result = await super().api_editMessageText(params)
        self._answered(int(params["chat_id"]))
        return result


class BenchProcess(BotSubprocess):
    """A bot process started with any command line (the real bot, with or without limiter, the echo bot)."""

    def __init__(self, fake: FakeTelegram, workdir: Path, argv: list[str], **kwargs) -> None:
        super().__init__(fake, workdir, log_level="WARNING", poll_timeout=10, **kwargs)
        self.argv = argv
        self.spawned_at = 0.0
        self.ready_after = 0.0

    async def start(self, wait: bool = True) -> "BenchProcess":
        self.starts += 1
        log_path = self.workdir / f"bench-{self.starts}.log"
        self._log_paths.append(log_path)
        polls_before = self._get_updates_requests()
        self.spawned_at = time.perf_counter()
        with open(log_path, "wb") as log_file:
            self.proc = await asyncio.create_subprocess_exec(*self.argv, cwd=self.workdir, env=self.env(),
                                                             stdout=log_file, stderr=log_file)
        while wait and self._get_updates_requests() == polls_before:
            if self.proc.returncode is not None:
                raise RuntimeError(f"the process exited during start-up:\n{self.log}")
            await asyncio.sleep(0.005)
        self.ready_after = time.perf_counter() - self.spawned_at
        return self

    def status(self) -> dict[str, float]:
        """Peak and current resident memory (MiB) and CPU seconds used so far, from /proc."""
        pid = self.proc.pid
        values: dict[str, float] = {}
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                key, _, rest = line.partition(":")
                if key in ("VmHWM", "VmRSS"):
                    values[key] = int(rest.split()[0]) / 1024
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        ticks = os.sysconf("SC_CLK_TCK")
        values["cpu_s"] = (int(fields[11]) + int(fields[12])) / ticks
        return values


def bot_argv(limiter: bool = True) -> list[str]:
    return [sys.executable, "-m", "bot"] if limiter else [sys.executable, "-c", NO_LIMITER_LAUNCH]


def echo_argv(limiter: bool = True) -> list[str]:
    argv = [sys.executable, str(ROOT / "bench" / "echo_bot.py")]
    return argv if limiter else argv + ["--no-limiter"]


def percentiles(samples: list[float]) -> dict[str, float]:
    """p50/p95/p99 in milliseconds."""
    if not samples:
        return {"p50": float("nan"), "p95": float("nan"), "p99": float("nan")}
    ordered = sorted(samples)
    q = statistics.quantiles(ordered, n=100, method="inclusive") if len(ordered) > 1 else [ordered[0]] * 99
    return {"p50": q[49] * 1000, "p95": q[94] * 1000, "p99": q[98] * 1000}


def machine() -> str:
    cpus = os.cpu_count()
    try:
        with open("/proc/cpuinfo") as f:
            model = next((line.split(":", 1)[1].strip() for line in f if line.startswith("model name")), "?")
    except OSError:
        model = "?"
    return f"{cpus} CPU ({model}), Python {sys.version.split()[0]}"
