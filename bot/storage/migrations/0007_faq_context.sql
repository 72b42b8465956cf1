-- FAQ context: the programme a person last named in a chat, and the answers given (for the 👎 flow).
-- Column conventions: user_id = the person, chat_id = the chat (deleted by /deletedata, moved on group
-- migration). No unique keys on (chat_id, user_id), so a group migration can never collide.

-- The programme (leader or esr) last named in a question; breaks ties between Leader and ESR+ entries.
CREATE TABLE faq_programme (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    chat_id     INTEGER NOT NULL,
    user_id     INTEGER NOT NULL,
    programme   TEXT NOT NULL CHECK (programme IN ('leader', 'esr')),
    updated_at  TEXT NOT NULL
);
CREATE INDEX faq_programme_by_chat_user ON faq_programme (chat_id, user_id);

-- An answer the bot gave: the question, the entry and the next candidates, so 👎 can offer those and the
-- advisor. Kept 30 days.
CREATE TABLE faq_asked (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id      INTEGER NOT NULL,
    chat_id      INTEGER NOT NULL,
    lang         TEXT NOT NULL,
    question     TEXT NOT NULL,
    entry_id     TEXT NOT NULL,
    next_entries TEXT NOT NULL,
    created_at   TEXT NOT NULL
);
CREATE INDEX faq_asked_by_user ON faq_asked (user_id, created_at);
