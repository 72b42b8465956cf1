"""``python -m bot backup PATH``: a consistent copy of the live database that can be restored and read."""

from __future__ import annotations

import asyncio
import os
import shutil
import sqlite3
import subprocess
import sys

from bot.storage import Database

TOKEN = "123456789:TESTtokenTESTtokenTESTtokenTESTtok"


def run_backup(db_path, target, cwd) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "DATABASE_"))}
    env.update(TELEGRAM_BOT_TOKEN=TOKEN, DATABASE_PATH=str(db_path), LOG_LEVEL="DEBUG")
    return subprocess.run([sys.executable, "-m", "bot", "backup", str(target)], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=60)


async def test_backup_of_a_live_database_restores_and_reads(tmp_path):
    live_path = tmp_path / "live.sqlite3"
    db = await Database(live_path).connect()
    await db.migrate()
    await db.execute("INSERT INTO users (user_id, language, created_at, updated_at) VALUES (1, 'fi', 'x', 'x')")
    # A reader holds an open transaction and the WAL has uncommitted-to-main-file pages: the copy must
    # still contain every committed row.
    await db.execute("INSERT INTO users (user_id, language, created_at, updated_at) VALUES (2, 'en', 'x', 'x')")
    writer_done = asyncio.Event()

    async def keep_writing() -> None:
        for i in range(3, 200):
            await db.execute("INSERT INTO users (user_id, language, created_at, updated_at) VALUES (?, 'fi', 'x', 'x')", (i,))
            await asyncio.sleep(0)
        writer_done.set()

    writing = asyncio.create_task(keep_writing())
    target = tmp_path / "backups" / "copy.sqlite3"
    result = await asyncio.to_thread(run_backup, live_path, target, tmp_path)
    await writing
    await db.close()
    assert result.returncode == 0, result.stderr
    assert f"to {target}" in result.stdout
    assert TOKEN not in result.stdout + result.stderr

    # Restore as docs/robustness.md says: stop the bot, put the copy in place of the database file.
    restored = tmp_path / "restored.sqlite3"
    shutil.copyfile(target, restored)
    conn = sqlite3.connect(restored)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        ids = [r[0] for r in conn.execute("SELECT user_id FROM users ORDER BY user_id")]
        assert ids[:2] == [1, 2] and ids == list(range(1, len(ids) + 1)), "the copy is not a consistent snapshot"
        versions = {r[0] for r in conn.execute("SELECT version FROM schema_migrations")}
        assert 1 in versions
    finally:
        conn.close()

    # The restored file is a working database for the bot: migrations see it as up to date.
    again = await Database(restored).connect()
    try:
        assert await again.migrate() == []
        assert await again.fetchval("SELECT language FROM users WHERE user_id = 2") == "en"
    finally:
        await again.close()


def test_backup_without_a_path_says_how(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("TELEGRAM_")}
    env["TELEGRAM_BOT_TOKEN"] = TOKEN
    result = subprocess.run([sys.executable, "-m", "bot", "backup"], cwd=tmp_path, env=env,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert "usage: python -m bot backup PATH" in result.stderr
