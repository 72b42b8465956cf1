-- The needs-mapping interview: one draft per user (answers saved after every step) and finished papers.
CREATE TABLE interview_drafts (
    user_id    INTEGER PRIMARY KEY,
    status     TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'paused')),
    data       TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE INDEX interview_drafts_status ON interview_drafts (status);

CREATE TABLE interview_papers (
    paper_id   INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id    INTEGER NOT NULL,
    title      TEXT NOT NULL,
    track      TEXT NOT NULL,
    language   TEXT NOT NULL,
    filename   TEXT NOT NULL,
    answers    TEXT NOT NULL,
    document   BLOB NOT NULL,
    created_at TEXT NOT NULL
);

CREATE INDEX interview_papers_user ON interview_papers (user_id, created_at);
