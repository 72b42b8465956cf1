"""Flow drafts: one row per (flow, chat, person), written before the bot answers; and the index of open ones."""

from __future__ import annotations

import json
from datetime import datetime, timedelta

from ..domain.flows import Draft
from .db import Database, from_db, to_db


class DraftRepository:
    """Persists drafts. ``open`` mirrors which (chat, person) pairs have one, for synchronous message filters;
    it is loaded at start-up and after an erase or a group migration, and kept in step by save and delete."""

    def __init__(self, db: Database, flows: tuple[str, ...]) -> None:
        self.db = db
        self.flows = flows
        self.open: set[tuple[int, int]] = set()

    async def load_index(self) -> None:
        marks = ",".join("?" * len(self.flows))
        rows = await self.db.fetchall(f"SELECT chat_id, user_id FROM flow_drafts WHERE flow IN ({marks})", self.flows)
        self.open = {(r["chat_id"], r["user_id"]) for r in rows}

    async def get(self, chat_id: int, user_id: int, flow: str | None = None) -> Draft | None:
        """The person's draft in this chat (of ``flow``, or the newest of any of these flows)."""
        flows = (flow,) if flow else self.flows
        marks = ",".join("?" * len(flows))
        row = await self.db.fetchone(
            f"SELECT * FROM flow_drafts WHERE chat_id = ? AND user_id = ? AND flow IN ({marks})"
            " ORDER BY updated_at DESC LIMIT 1", (chat_id, user_id, *flows))
        if row is None:
            return None
        return Draft(row["flow"], row["chat_id"], row["user_id"], row["step"], json.loads(row["data"]),
                     from_db(row["updated_at"]))

    async def save(self, draft: Draft, now: datetime) -> None:
        """Write the draft (one open flow per chat and person: another flow's draft there is replaced)."""
        stamp = to_db(now)
        async with self.db.transaction() as conn:
            marks = ",".join("?" * len(self.flows))
            await conn.execute(
                f"DELETE FROM flow_drafts WHERE chat_id = ? AND user_id = ? AND flow != ? AND flow IN ({marks})",
                (draft.chat_id, draft.user_id, draft.flow, *self.flows))
            await conn.execute(
                "INSERT INTO flow_drafts (flow, chat_id, user_id, step, data, created_at, updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (flow, chat_id, user_id) DO UPDATE SET"
                " step = excluded.step, data = excluded.data, updated_at = excluded.updated_at",
                (draft.flow, draft.chat_id, draft.user_id, draft.step, draft.data_json(), stamp, stamp))
        self.open.add((draft.chat_id, draft.user_id))

    async def refresh(self, chat_id: int, user_id: int) -> None:
        """Bring the index in step for one pair after a draft was deleted elsewhere (with a saved result)."""
        if await self.get(chat_id, user_id) is None:
            self.open.discard((chat_id, user_id))
        else:
            self.open.add((chat_id, user_id))

    async def delete(self, chat_id: int, user_id: int) -> int:
        """Drop the person's drafts of these flows in this chat."""
        marks = ",".join("?" * len(self.flows))
        count = await self.db.execute(
            f"DELETE FROM flow_drafts WHERE chat_id = ? AND user_id = ? AND flow IN ({marks})",
            (chat_id, user_id, *self.flows))
        self.open.discard((chat_id, user_id))
        return count

    async def prune(self, now: datetime, older_than: timedelta) -> int:
        """Forget drafts nobody touched for a long time (the person was told when they came back sooner)."""
        marks = ",".join("?" * len(self.flows))
        count = await self.db.execute(f"DELETE FROM flow_drafts WHERE updated_at < ? AND flow IN ({marks})",
                                      (to_db(now - older_than), *self.flows))
        await self.load_index()
        return count
