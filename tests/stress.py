"""Helpers for the crash, fuzz and load suites: the bot as a real process, and the suites' size.

``BotSubprocess`` runs the real bot as a separate process (``python -m bot``) against the fake Bot API.

SIGKILL and SIGTERM only mean something to a real process: the harness in ``tests/harness.py`` runs the
bot inside the test's event loop, which cannot be killed without killing the test.
"""

from __future__ import annotations

import asyncio
import os
import signal
import sqlite3
import sys
import time
from pathlib import Path

from .fakebot import FakeTelegram
from .harness import read_rows

STARTUP_TIMEOUT = 30.0


def stress_scale() -> float:
    """How big the stress suites run: 1 (default) is the reduced CI size, 5 is the full size."""
    try:
        return max(0.2, float(os.environ.get("HANKEBOTTI_STRESS_SCALE", "1")))
    except ValueError:
        return 1.0


def scaled(ci_size: int) -> int:
    """``ci_size`` at scale 1, proportionally more (or fewer) at other scales."""
    return max(1, round(ci_size * stress_scale()))


class BotSubprocess:
    """One ``python -m bot`` process; ``start()`` again after a kill runs a new one on the same database."""

    def __init__(self, fake: FakeTelegram, workdir: Path, *, log_level: str = "INFO", poll_timeout: int = 1,
                 extra_env: dict[str, str] | None = None) -> None:
        self.fake = fake
        self.workdir = workdir
        self.db_path = workdir / "hankebotti.sqlite3"
        self.log_level = log_level
        self.poll_timeout = poll_timeout
        self.extra_env = extra_env or {}
        self.proc: asyncio.subprocess.Process | None = None
        self.starts = 0
        self._log_paths: list[Path] = []

    def env(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "DATABASE_", "LOG_", "POLL_"))}
        env.update(
            TELEGRAM_BOT_TOKEN=self.fake.token,
            TELEGRAM_API_BASE_URL=self.fake.base_url,
            TELEGRAM_API_FILE_URL=self.fake.file_url,
            DATABASE_PATH=str(self.db_path),
            DEFAULT_LANGUAGE="fi",
            LOG_LEVEL=self.log_level,
            POLL_TIMEOUT=str(self.poll_timeout),
            PYTHONUNBUFFERED="1",
        )
        env.update(self.extra_env)
        return env

    def _get_updates_requests(self) -> int:
        return sum(1 for method, _ in self.fake.requests if method == "getUpdates")

    async def start(self, wait: bool = True) -> "BotSubprocess":
        """Start the process; with ``wait``, return once it polls (its start-up is done)."""
        self.starts += 1
        log_path = self.workdir / f"bot-{self.starts}.log"
        self._log_paths.append(log_path)
        polls_before = self._get_updates_requests()
        with open(log_path, "wb") as log_file:
            # cwd is the test directory, so no developer's .env is read.
            self.proc = await asyncio.create_subprocess_exec(
                sys.executable, "-m", "bot", cwd=self.workdir, env=self.env(), stdout=log_file, stderr=log_file
            )
        if wait:
            deadline = time.monotonic() + STARTUP_TIMEOUT
            while self._get_updates_requests() == polls_before:
                if self.proc.returncode is not None:
                    raise AssertionError(f"the bot exited with {self.proc.returncode} during start-up:\n{self.log}")
                if time.monotonic() > deadline:
                    raise AssertionError(f"the bot did not start polling in {STARTUP_TIMEOUT} s:\n{self.log}")
                await asyncio.sleep(0.02)
        return self

    async def kill(self) -> None:
        """SIGKILL: no handler runs, no clean-up, exactly what a power cut does to the process."""
        assert self.proc is not None
        self.proc.send_signal(signal.SIGKILL)
        await self.proc.wait()

    async def terminate(self, timeout: float = 10.0) -> tuple[int | None, float]:
        """SIGTERM (what ``docker stop`` sends); the exit code and the seconds it took."""
        assert self.proc is not None
        began = time.monotonic()
        self.proc.send_signal(signal.SIGTERM)
        try:
            await asyncio.wait_for(self.proc.wait(), timeout)
        except asyncio.TimeoutError:
            self.proc.kill()
            await self.proc.wait()
            return None, time.monotonic() - began
        return self.proc.returncode, time.monotonic() - began

    async def stop(self) -> None:
        """Test clean-up: make sure no process outlives the test."""
        if self.proc is not None and self.proc.returncode is None:
            self.proc.kill()
            await self.proc.wait()

    @property
    def log(self) -> str:
        """Everything every run of the process wrote (stdout and stderr)."""
        return "".join(p.read_text(encoding="utf-8", errors="replace") for p in self._log_paths if p.exists())

    def rows(self, sql: str, params: tuple = ()) -> list[sqlite3.Row]:
        return read_rows(self.db_path, sql, params)
