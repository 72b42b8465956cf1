-- Drafts of multi-step set-ups (/project, guided /remind): one per (flow, chat, person), rewritten
-- before every answer so a restart loses nothing. Column conventions: user_id = the person typing
-- (deleted on /deletedata), chat_id = the chat the set-up is for (moved on group migration).
CREATE TABLE flow_drafts (
    flow        TEXT NOT NULL,
    chat_id     INTEGER NOT NULL,
    user_id     INTEGER NOT NULL,
    step        TEXT NOT NULL,
    data        TEXT NOT NULL,           -- JSON
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    PRIMARY KEY (flow, chat_id, user_id)
);
CREATE INDEX flow_drafts_by_chat_user ON flow_drafts (chat_id, user_id);

-- "Remind tomorrow": at most one pending snooze per occurrence (a second tap changes nothing).
DELETE FROM reminder_snoozes WHERE snooze_id NOT IN (
    SELECT MIN(snooze_id) FROM reminder_snoozes GROUP BY reminder_id, occurrence);
CREATE UNIQUE INDEX reminder_snoozes_one ON reminder_snoozes (reminder_id, occurrence);
-- Which message carried which occurrence: a Done or snooze press must come from that message.
CREATE INDEX reminder_sent_message ON reminder_sent (reminder_id, message_id);
