"""Migrations and the data conventions that /deletedata relies on."""

from __future__ import annotations

import sqlite3

from bot.storage import Database
from bot.storage.users import ChatRepository, UpdateLog, UserRepository


async def test_migrations_apply_to_empty_and_again_to_migrated(tmp_path):
    path = tmp_path / "db.sqlite3"
    db = await Database(path).connect()
    applied = await db.migrate()
    assert applied and applied[0] == "0001_foundation"
    assert await db.migrate() == []
    await db.close()
    db = await Database(path).connect()
    assert await db.migrate() == []
    assert {"users", "chats", "processed_updates", "schema_migrations"} <= set(await db.tables())
    assert await db.fetchval("PRAGMA journal_mode") == "wal"
    assert await db.fetchval("PRAGMA foreign_keys") == 1
    await db.close()


async def test_failed_migration_is_not_recorded(tmp_path):
    (tmp_path / "0001_ok.sql").write_text("CREATE TABLE a (x INTEGER);")
    (tmp_path / "0002_bad.sql").write_text("CREATE TABLE b (x INTEGER); THIS IS NOT SQL;")
    db = await Database(tmp_path / "db.sqlite3").connect()
    try:
        await db.migrate(tmp_path)
    except sqlite3.Error:
        pass
    else:
        raise AssertionError("a broken migration must fail")
    assert [r[0] for r in await db.fetchall("SELECT name FROM schema_migrations")] == ["0001_ok"]
    assert "b" not in await db.tables()  # rolled back as a whole
    await db.close()


async def test_erase_follows_column_conventions(tmp_path):
    db = await Database(tmp_path / "db.sqlite3").connect()
    await db.migrate()
    await db.conn.executescript(
        "CREATE TABLE notes (id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL, body TEXT);"
        "CREATE TABLE group_items (id INTEGER PRIMARY KEY, chat_id INTEGER NOT NULL, created_by_user_id INTEGER);"
        "CREATE TABLE private_items (id INTEGER PRIMARY KEY, chat_id INTEGER NOT NULL);"
    )
    users = UserRepository(db)
    await users.set_language(7, "en")
    await users.set_language(8, "fi")
    await db.execute("INSERT INTO notes (user_id, body) VALUES (7, 'a'), (8, 'b')")
    await db.execute("INSERT INTO group_items (chat_id, created_by_user_id) VALUES (-100, 7), (-100, 8)")
    await db.execute("INSERT INTO private_items (chat_id) VALUES (7), (8)")
    counts = await users.erase(7)
    assert counts == {"users": 1, "notes": 1, "group_items": 1, "private_items": 1}
    assert await db.fetchval("SELECT COUNT(*) FROM group_items") == 2  # the group keeps its item
    assert await db.fetchval("SELECT COUNT(*) FROM group_items WHERE created_by_user_id IS NULL") == 1
    assert await db.fetchval("SELECT COUNT(*) FROM notes WHERE user_id = 8") == 1
    await db.close()


async def test_chat_migration_moves_every_chat_row(tmp_path):
    db = await Database(tmp_path / "db.sqlite3").connect()
    await db.migrate()
    await db.conn.execute("CREATE TABLE reminders_x (id INTEGER PRIMARY KEY, chat_id INTEGER)")
    chats = ChatRepository(db)
    await chats.set_language(-5, "group", "G", "en")
    await db.execute("INSERT INTO reminders_x (chat_id) VALUES (-5), (-5), (-6)")
    moved = await chats.migrate(-5, -1005)
    assert moved == 3
    assert await chats.language(-1005) == "en"
    assert await db.fetchval("SELECT COUNT(*) FROM reminders_x WHERE chat_id = -1005") == 2
    await db.close()


async def test_update_log_marks_and_prunes(tmp_path):
    db = await Database(tmp_path / "db.sqlite3").connect()
    await db.migrate()
    log = UpdateLog(db)
    await log.mark([1, 2, 3])
    await log.mark([3])
    assert await log.seen([2, 3, 4]) == {2, 3}
    await log.prune(3)
    assert await log.seen([1, 2, 3]) == {3}
    await db.close()


async def test_backup_is_a_readable_copy(tmp_path):
    db = await Database(tmp_path / "db.sqlite3").connect()
    await db.migrate()
    await UserRepository(db).set_language(42, "en")
    await db.backup(tmp_path / "copy" / "backup.sqlite3")
    await db.close()
    copy = sqlite3.connect(tmp_path / "copy" / "backup.sqlite3")
    assert copy.execute("SELECT language FROM users WHERE user_id = 42").fetchone() == ("en",)
    copy.close()
