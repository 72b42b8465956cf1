-- Users who chose something (a language, a draft…); Telegram's own data is not copied here.
CREATE TABLE users (
    user_id     INTEGER PRIMARY KEY,
    language    TEXT CHECK (language IN ('fi', 'en')),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);

-- Group chats the bot is in, with the group's own language.
CREATE TABLE chats (
    chat_id     INTEGER PRIMARY KEY,
    type        TEXT NOT NULL,
    title       TEXT,
    language    TEXT CHECK (language IN ('fi', 'en')),
    active      INTEGER NOT NULL DEFAULT 1,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);

-- Updates whose handling has been committed: a redelivery after a crash is skipped.
CREATE TABLE processed_updates (
    update_id     INTEGER PRIMARY KEY,
    processed_at  TEXT NOT NULL
);
