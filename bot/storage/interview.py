"""Interview drafts (one per user, rewritten after every answer) and finished idea papers."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from ..domain.interview import Draft
from .db import Database, from_db, to_db, utcnow


@dataclass
class StoredDraft:
    user_id: int
    status: str
    draft: Draft
    updated_at: datetime


@dataclass
class PaperSummary:
    paper_id: int
    title: str
    track: str
    language: str
    filename: str
    created_at: datetime


class InterviewRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    # -- drafts ---------------------------------------------------------------------------------

    async def draft(self, user_id: int) -> StoredDraft | None:
        row = await self.db.fetchone("SELECT user_id, status, data, updated_at FROM interview_drafts WHERE user_id = ?", (user_id,))
        if row is None:
            return None
        return StoredDraft(row["user_id"], row["status"], Draft.from_json(row["data"]), from_db(row["updated_at"]))

    async def save(self, user_id: int, draft: Draft, status: str = "active", now: datetime | None = None) -> None:
        """Write the whole draft at once; the caller answers the user only after this returns."""
        moment = to_db(now or utcnow())
        await self.db.execute(
            "INSERT INTO interview_drafts (user_id, status, data, created_at, updated_at) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT(user_id) DO UPDATE SET status = excluded.status, data = excluded.data, updated_at = excluded.updated_at",
            (user_id, status, draft.to_json(), moment, moment),
        )

    async def set_status(self, user_id: int, status: str) -> bool:
        return await self.db.execute(
            "UPDATE interview_drafts SET status = ?, updated_at = ? WHERE user_id = ?", (status, to_db(utcnow()), user_id)
        ) > 0

    async def discard(self, user_id: int) -> None:
        await self.db.execute("DELETE FROM interview_drafts WHERE user_id = ?", (user_id,))

    async def active_users(self) -> set[int]:
        rows = await self.db.fetchall("SELECT user_id FROM interview_drafts WHERE status = 'active'")
        return {row[0] for row in rows}

    # -- papers ---------------------------------------------------------------------------------

    async def finish(self, user_id: int, title: str, track: str, language: str, filename: str,
                     answers: dict, document: bytes, now: datetime | None = None) -> int:
        """Keep the paper and drop the draft in one transaction, so neither is lost nor doubled."""
        async with self.db.transaction() as conn:
            cursor = await conn.execute(
                "INSERT INTO interview_papers (user_id, title, track, language, filename, answers, document, created_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (user_id, title, track, language, filename, json.dumps(answers, ensure_ascii=False), document, to_db(now or utcnow())),
            )
            await conn.execute("DELETE FROM interview_drafts WHERE user_id = ?", (user_id,))
            return cursor.lastrowid

    async def papers(self, user_id: int, limit: int = 20) -> list[PaperSummary]:
        rows = await self.db.fetchall(
            "SELECT paper_id, title, track, language, filename, created_at FROM interview_papers "
            "WHERE user_id = ? ORDER BY created_at DESC, paper_id DESC LIMIT ?",
            (user_id, limit),
        )
        return [PaperSummary(r["paper_id"], r["title"], r["track"], r["language"], r["filename"], from_db(r["created_at"])) for r in rows]

    async def document(self, paper_id: int, user_id: int) -> tuple[str, bytes] | None:
        """The file, only if this user owns the paper (a forged id gets nothing)."""
        row = await self.db.fetchone(
            "SELECT filename, document FROM interview_papers WHERE paper_id = ? AND user_id = ?", (paper_id, user_id)
        )
        return None if row is None else (row["filename"], bytes(row["document"]))

    async def answers(self, paper_id: int, user_id: int) -> dict | None:
        row = await self.db.fetchone("SELECT answers FROM interview_papers WHERE paper_id = ? AND user_id = ?", (paper_id, user_id))
        return None if row is None else json.loads(row["answers"])
