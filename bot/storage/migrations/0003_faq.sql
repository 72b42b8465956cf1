-- FAQ: feedback on answers, questions the bot could not answer, and questions sent to an advisor.

-- 👍/👎 on an answer; pressing again changes the vote, so one row per answer message and person.
CREATE TABLE faq_feedback (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id     INTEGER NOT NULL,
    chat_id     INTEGER NOT NULL,
    message_id  INTEGER NOT NULL,
    entry_id    TEXT NOT NULL,
    lang        TEXT NOT NULL,
    helpful     INTEGER NOT NULL CHECK (helpful IN (0, 1)),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    UNIQUE (user_id, chat_id, message_id)
);

-- Every question that got no answer (or only suggestions), so the content can grow where it is needed.
CREATE TABLE faq_unanswered (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id     INTEGER NOT NULL,
    chat_id     INTEGER NOT NULL,
    lang        TEXT NOT NULL,
    question    TEXT NOT NULL,
    decision    TEXT NOT NULL,
    best_entry  TEXT,
    confidence  REAL NOT NULL,
    created_at  TEXT NOT NULL
);

-- Questions sent to the advisors. status: pending (not yet in the coordinator chat: the outbox),
-- forwarded (waiting for a reply), answered (reply delivered or at least stored for delivery).
CREATE TABLE advisor_questions (
    id                   INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id              INTEGER NOT NULL,
    first_name           TEXT NOT NULL,
    lang                 TEXT NOT NULL,
    question             TEXT NOT NULL,
    unanswered_id        INTEGER UNIQUE,
    status               TEXT NOT NULL CHECK (status IN ('pending', 'forwarded', 'answered')),
    coordinator_chat_id  INTEGER,
    forwarded_message_id INTEGER,
    attempts             INTEGER NOT NULL DEFAULT 0,
    last_error           TEXT,
    answer               TEXT,
    answered_by_user_id  INTEGER,
    delivery             TEXT CHECK (delivery IN ('pending', 'delivered', 'failed')),
    created_at           TEXT NOT NULL,
    forwarded_at         TEXT,
    answered_at          TEXT
);
CREATE INDEX advisor_questions_status ON advisor_questions (status);
CREATE INDEX advisor_questions_forwarded ON advisor_questions (coordinator_chat_id, forwarded_message_id);
