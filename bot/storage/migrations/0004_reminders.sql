-- Projects and their milestones, reminders, and the log that makes every reminder go out at most once.
-- Column conventions: chat_id = the chat a row belongs to (moved on group migration, deleted with a
-- person's private chat); *_user_id nullable = who did something (cleared on /deletedata).

CREATE TABLE projects (
    project_id          INTEGER PRIMARY KEY,
    chat_id             INTEGER NOT NULL,
    created_by_user_id  INTEGER,
    name                TEXT NOT NULL,
    funding             TEXT NOT NULL CHECK (funding IN ('leader', 'esr')),
    decision_date       TEXT,           -- calendar dates as YYYY-MM-DD (days, not moments)
    start_date          TEXT NOT NULL,
    end_date            TEXT NOT NULL,
    period_months       INTEGER,
    created_at          TEXT NOT NULL
);
CREATE INDEX projects_by_chat ON projects (chat_id);

CREATE TABLE reminders (
    reminder_id         INTEGER PRIMARY KEY,
    chat_id             INTEGER NOT NULL,
    created_by_user_id  INTEGER,
    project_id          INTEGER REFERENCES projects (project_id) ON DELETE CASCADE,
    kind                TEXT NOT NULL DEFAULT 'custom',  -- custom, or a milestone kind
    number              INTEGER NOT NULL DEFAULT 0,      -- a milestone's running number
    text                TEXT NOT NULL DEFAULT '',        -- the user's own words (custom reminders)
    due_at              TEXT NOT NULL,                   -- first deadline, UTC
    recurrence          TEXT NOT NULL DEFAULT 'none' CHECK (recurrence IN ('none', 'weekly', 'monthly', 'yearly')),
    lead_days           TEXT NOT NULL DEFAULT '0',       -- e.g. '14,7,0'
    active              INTEGER NOT NULL DEFAULT 1,
    -- The next slot to send, kept in step with the sent-log; the scheduler arms only the earliest.
    next_fire_at        TEXT,
    cursor_fire_at      TEXT,
    cursor_occurrence   TEXT,
    cursor_lead         INTEGER,
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL
);
CREATE INDEX reminders_due ON reminders (active, next_fire_at);
CREATE INDEX reminders_by_chat ON reminders (chat_id);

-- One row per message slot ever handled; the UNIQUE key is claimed (committed) before sending.
CREATE TABLE reminder_sent (
    reminder_id   INTEGER NOT NULL REFERENCES reminders (reminder_id) ON DELETE CASCADE,
    occurrence    TEXT NOT NULL,     -- the deadline's Helsinki date, YYYY-MM-DD
    slot          TEXT NOT NULL,     -- lead time ('14d', '0d') or a snooze ('s12')
    chat_id       INTEGER NOT NULL,
    status        TEXT NOT NULL CHECK (status IN ('sending', 'sent', 'late', 'missed', 'skipped', 'uncertain', 'failed')),
    fire_at       TEXT NOT NULL,
    claimed_at    TEXT NOT NULL,
    sent_at       TEXT,
    message_id    INTEGER,
    UNIQUE (reminder_id, occurrence, slot)
);
CREATE INDEX reminder_sent_status ON reminder_sent (status);

-- "Done ✅": the occurrence's remaining reminders are not sent.
CREATE TABLE reminder_done (
    reminder_id      INTEGER NOT NULL REFERENCES reminders (reminder_id) ON DELETE CASCADE,
    occurrence       TEXT NOT NULL,
    done_by_user_id  INTEGER,
    done_at          TEXT NOT NULL,
    PRIMARY KEY (reminder_id, occurrence)
);

-- "Remind tomorrow".
CREATE TABLE reminder_snoozes (
    snooze_id           INTEGER PRIMARY KEY,
    reminder_id         INTEGER NOT NULL REFERENCES reminders (reminder_id) ON DELETE CASCADE,
    occurrence          TEXT NOT NULL,
    due_at              TEXT NOT NULL,
    created_by_user_id  INTEGER
);
CREATE INDEX reminder_snoozes_due ON reminder_snoozes (due_at);
