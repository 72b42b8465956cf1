-- The advisor handoff as a reconciled protocol (issue 14).
-- * status gains 'sending' (a forward is in flight: claimed by exactly one worker) and 'uncertain'
--   (the forward's outcome is unknown: Telegram may or may not have posted it).
-- * delivery gains 'sending' and 'uncertain' in the same way for the answer sent to the asker.
-- * every message id a question may have in the advisors' chat lives in advisor_messages (a lost
--   response can leave a copy whose id is learnt only when an advisor replies to it).
-- * advisor_chat remembers where the advisors' group moved when it became a supergroup.

CREATE TABLE advisor_questions_v6 (
    id                   INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id              INTEGER NOT NULL,
    first_name           TEXT NOT NULL,
    lang                 TEXT NOT NULL,
    question             TEXT NOT NULL,
    unanswered_id        INTEGER UNIQUE,
    status               TEXT NOT NULL CHECK (status IN ('pending', 'sending', 'uncertain', 'forwarded', 'answered')),
    attempts             INTEGER NOT NULL DEFAULT 0,
    last_error           TEXT,
    answer               TEXT,
    answered_by_user_id  INTEGER,
    delivery             TEXT CHECK (delivery IN ('pending', 'sending', 'uncertain', 'delivered', 'failed')),
    created_at           TEXT NOT NULL,
    forwarded_at         TEXT,
    answered_at          TEXT
);
INSERT INTO advisor_questions_v6 (id, user_id, first_name, lang, question, unanswered_id, status, attempts, last_error,
                                  answer, answered_by_user_id, delivery, created_at, forwarded_at, answered_at)
SELECT id, user_id, first_name, lang, question, unanswered_id, status, attempts, last_error,
       answer, answered_by_user_id, delivery, created_at, forwarded_at, answered_at
FROM advisor_questions;

CREATE TEMP TABLE advisor_messages_old AS
SELECT id AS question_id, coordinator_chat_id AS chat_id, forwarded_message_id AS message_id
FROM advisor_questions WHERE forwarded_message_id IS NOT NULL AND coordinator_chat_id IS NOT NULL;

DROP TABLE advisor_questions;
ALTER TABLE advisor_questions_v6 RENAME TO advisor_questions;
CREATE INDEX advisor_questions_status ON advisor_questions (status);
CREATE INDEX advisor_questions_delivery ON advisor_questions (delivery);
CREATE INDEX advisor_questions_user ON advisor_questions (user_id);

CREATE TABLE advisor_messages (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    question_id  INTEGER NOT NULL REFERENCES advisor_questions (id) ON DELETE CASCADE,
    chat_id      INTEGER NOT NULL,
    message_id   INTEGER NOT NULL,
    UNIQUE (chat_id, message_id)
);
CREATE INDEX advisor_messages_question ON advisor_messages (question_id);
INSERT INTO advisor_messages (question_id, chat_id, message_id) SELECT question_id, chat_id, message_id FROM advisor_messages_old;
DROP TABLE advisor_messages_old;

-- configured_id: COORDINATOR_CHAT_ID as set; chat_id: where that group lives now (moved by group migration).
CREATE TABLE advisor_chat (
    configured_id  INTEGER PRIMARY KEY,
    chat_id        INTEGER NOT NULL,
    updated_at     TEXT NOT NULL
);
