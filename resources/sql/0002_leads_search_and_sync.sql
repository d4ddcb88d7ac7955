-- Schema version 2: the leads workspace and sync bookkeeping.
--
-- What lives where (call_logs):
--   Real columns, because the leads list filters, sorts or searches on them, or the detail pane
--   shows them: category, category_manual, classification_summary, caller_name, transcript,
--   transcript_url, recording_url, source. Version 1 kept these inside meta (seed 000); this
--   migration moves them out, so each value has one home.
--   meta keeps the rest of the raw CTM payload (agent, tracking details, custom fields, ...).
--   notes_text is a copy of the call's lead_notes bodies, kept by triggers, for the search index.
--   search_numbers is computed: both numbers as stored, digits only, and their last 10 and
--   7 digits, so a search for "555 0142" or "5550142" finds "+1 (303) 555-0142".

ALTER TABLE call_logs ADD COLUMN category TEXT NOT NULL DEFAULT 'unreviewed'
    CHECK (category IN ('converted', 'warm', 'very_good', 'needs_attention', 'voicemail', 'unanswered',
                        'not_a_fit', 'spam', 'neutral', 'applicant', 'unreviewed'));
ALTER TABLE call_logs ADD COLUMN category_manual INTEGER NOT NULL DEFAULT 0 CHECK (category_manual IN (0, 1));
ALTER TABLE call_logs ADD COLUMN classification_summary TEXT;
ALTER TABLE call_logs ADD COLUMN caller_name TEXT;
ALTER TABLE call_logs ADD COLUMN transcript TEXT;
ALTER TABLE call_logs ADD COLUMN transcript_url TEXT;
ALTER TABLE call_logs ADD COLUMN recording_url TEXT;
ALTER TABLE call_logs ADD COLUMN source TEXT;
ALTER TABLE call_logs ADD COLUMN notes_text TEXT;
ALTER TABLE call_logs ADD COLUMN search_numbers TEXT GENERATED ALWAYS AS (
    coalesce(from_number, '') || ' ' ||
    replace(replace(replace(replace(replace(replace(coalesce(from_number, ''), '+', ''), '-', ''), ' ', ''), '(', ''), ')', ''), '.', '') || ' ' ||
    substr(replace(replace(replace(replace(replace(replace(coalesce(from_number, ''), '+', ''), '-', ''), ' ', ''), '(', ''), ')', ''), '.', ''), -10) || ' ' ||
    substr(replace(replace(replace(replace(replace(replace(coalesce(from_number, ''), '+', ''), '-', ''), ' ', ''), '(', ''), ')', ''), '.', ''), -7) || ' ' ||
    coalesce(to_number, '') || ' ' ||
    replace(replace(replace(replace(replace(replace(coalesce(to_number, ''), '+', ''), '-', ''), ' ', ''), '(', ''), ')', ''), '.', '')
) VIRTUAL;

-- Move the promoted fields out of meta.
UPDATE call_logs
   SET category = CASE
           WHEN json_extract(meta, '$.category') IN ('converted', 'warm', 'very_good', 'needs_attention',
                'voicemail', 'unanswered', 'not_a_fit', 'spam', 'neutral', 'applicant', 'unreviewed')
           THEN json_extract(meta, '$.category')
           ELSE 'unreviewed' END,
       category_manual = CASE WHEN json_extract(meta, '$.category_source') = 'manual' THEN 1 ELSE 0 END,
       classification_summary = json_extract(meta, '$.classification_summary'),
       caller_name = json_extract(meta, '$.caller_name'),
       transcript = json_extract(meta, '$.transcript'),
       transcript_url = json_extract(meta, '$.transcript_url'),
       recording_url = json_extract(meta, '$.recording_url'),
       source = json_extract(meta, '$.source'),
       meta = json_remove(meta, '$.category', '$.category_source', '$.classification_summary',
                          '$.caller_name', '$.transcript', '$.transcript_url', '$.recording_url', '$.source')
 WHERE meta IS NOT NULL AND json_valid(meta);

UPDATE call_logs
   SET notes_text = (SELECT group_concat(n.body, char(10)) FROM lead_notes n WHERE n.call_id = call_logs.call_id)
 WHERE EXISTS (SELECT 1 FROM lead_notes n WHERE n.call_id = call_logs.call_id);

-- Full-text search over leads. External content: the text lives once, in call_logs; the index
-- is keyed by call_logs.rowid (VACUUM and VACUUM INTO keep rowids: tests/storage prove it).
CREATE VIRTUAL TABLE leads_fts USING fts5(
    caller_name, search_numbers, classification_summary, transcript, notes_text,
    content = 'call_logs', content_rowid = 'rowid',
    tokenize = 'unicode61 remove_diacritics 2');

INSERT INTO leads_fts(leads_fts) VALUES ('rebuild');

CREATE TRIGGER call_logs_search_insert AFTER INSERT ON call_logs BEGIN
    INSERT INTO leads_fts(rowid, caller_name, search_numbers, classification_summary, transcript, notes_text)
    VALUES (new.rowid, new.caller_name, new.search_numbers, new.classification_summary, new.transcript, new.notes_text);
END;

CREATE TRIGGER call_logs_search_delete AFTER DELETE ON call_logs BEGIN
    INSERT INTO leads_fts(leads_fts, rowid, caller_name, search_numbers, classification_summary, transcript, notes_text)
    VALUES ('delete', old.rowid, old.caller_name, old.search_numbers, old.classification_summary, old.transcript, old.notes_text);
END;

CREATE TRIGGER call_logs_search_update
AFTER UPDATE OF caller_name, from_number, to_number, classification_summary, transcript, notes_text ON call_logs BEGIN
    INSERT INTO leads_fts(leads_fts, rowid, caller_name, search_numbers, classification_summary, transcript, notes_text)
    VALUES ('delete', old.rowid, old.caller_name, old.search_numbers, old.classification_summary, old.transcript, old.notes_text);
    INSERT INTO leads_fts(rowid, caller_name, search_numbers, classification_summary, transcript, notes_text)
    VALUES (new.rowid, new.caller_name, new.search_numbers, new.classification_summary, new.transcript, new.notes_text);
END;

CREATE TRIGGER lead_notes_search_insert AFTER INSERT ON lead_notes BEGIN
    UPDATE call_logs
       SET notes_text = (SELECT group_concat(n.body, char(10)) FROM lead_notes n WHERE n.call_id = new.call_id)
     WHERE call_id = new.call_id;
END;

CREATE TRIGGER lead_notes_search_update AFTER UPDATE OF body, call_id ON lead_notes BEGIN
    UPDATE call_logs
       SET notes_text = (SELECT group_concat(n.body, char(10)) FROM lead_notes n WHERE n.call_id = call_logs.call_id)
     WHERE call_id IN (old.call_id, new.call_id);
END;

CREATE TRIGGER lead_notes_search_delete AFTER DELETE ON lead_notes BEGIN
    UPDATE call_logs
       SET notes_text = (SELECT group_concat(n.body, char(10)) FROM lead_notes n WHERE n.call_id = old.call_id)
     WHERE call_id = old.call_id;
END;

-- Indexes for every filter and sort of the leads list. Each sort column has an index (with the
-- rowid as the implicit tie-breaker that paging uses); each filter pairs with the default sort
-- (newest first); category, the filter used most, also pairs with the numeric sorts.
CREATE INDEX IF NOT EXISTS idx_call_logs_started_at ON call_logs(started_at);
CREATE INDEX IF NOT EXISTS idx_call_logs_owner_category_started ON call_logs(owner_user_id, category, started_at);
CREATE INDEX IF NOT EXISTS idx_call_logs_category_started ON call_logs(category, started_at);
CREATE INDEX IF NOT EXISTS idx_call_logs_category_duration ON call_logs(category, duration_sec);
CREATE INDEX IF NOT EXISTS idx_call_logs_category_score ON call_logs(category, score);
CREATE INDEX IF NOT EXISTS idx_call_logs_score_started ON call_logs(score, started_at);
CREATE INDEX IF NOT EXISTS idx_call_logs_duration ON call_logs(duration_sec);
CREATE INDEX IF NOT EXISTS idx_call_logs_caller_type_started ON call_logs(caller_type, started_at);
CREATE INDEX IF NOT EXISTS idx_call_logs_stage_started ON call_logs(pipeline_stage_id, started_at);
CREATE INDEX IF NOT EXISTS idx_call_logs_source_started ON call_logs(source, started_at);
CREATE INDEX IF NOT EXISTS idx_call_logs_caller_name ON call_logs(caller_name COLLATE NOCASE);
CREATE INDEX IF NOT EXISTS idx_call_logs_from_number_started ON call_logs(from_number, started_at);
CREATE INDEX IF NOT EXISTS idx_call_log_tags_tag_call ON call_log_tags(tag_id, call_id);

-- The agency's clients: users with the client role and a profile. The display name is the
-- business name from brand assets, else the person's name, else the email.
CREATE VIEW client_directory AS
SELECT u.id AS id,
       coalesce(
           nullif(trim((SELECT b.business_name FROM brand_assets b
                         WHERE b.user_id = u.id AND b.business_name IS NOT NULL
                         ORDER BY b.updated_at DESC LIMIT 1)), ''),
           nullif(trim(coalesce(u.first_name, '') || ' ' || coalesce(u.last_name, '')), ''),
           u.email) AS name,
       p.client_type AS client_type,
       p.client_subtype AS client_subtype,
       p.ctm_account_number AS ctm_account_number
  FROM users u
  JOIN client_profiles p ON p.user_id = u.id
 WHERE u.role = 'client';

-- Sync bookkeeping. One cursor per source and scope (a client for CTM, the agency or a client
-- for Mailgun): where the next incremental pull starts.
CREATE TABLE sync_cursors (
    source          TEXT NOT NULL CHECK (source IN ('ctm_calls', 'mailgun_events', 'mailgun_suppressions')),
    scope_id        TEXT NOT NULL DEFAULT '',
    cursor_value    TEXT,
    page_token      TEXT,
    last_attempt_at TEXT,
    last_success_at TEXT,
    last_error      TEXT,
    updated_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    PRIMARY KEY (source, scope_id)
);

-- Remote writes waiting for the network, drained oldest first. A local edit and its outbox row
-- are written in one transaction. One pending rating per call: a newer rating replaces it.
CREATE TABLE sync_outbox (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    target          TEXT NOT NULL CHECK (target IN ('ctm', 'mailgun')),
    operation       TEXT NOT NULL CHECK (operation IN ('ctm_set_rating', 'ctm_add_note', 'mailgun_send')),
    client_id       TEXT REFERENCES users(id) ON DELETE CASCADE,
    entity_key      TEXT NOT NULL,
    payload         TEXT NOT NULL CHECK (json_valid(payload)),
    status          TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'in_flight', 'done', 'failed')),
    attempts        INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    next_attempt_at TEXT,
    last_error      TEXT,
    created_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX idx_sync_outbox_status_next ON sync_outbox(status, next_attempt_at);
CREATE INDEX idx_sync_outbox_client ON sync_outbox(client_id);
CREATE UNIQUE INDEX uq_sync_outbox_pending_rating ON sync_outbox(entity_key)
    WHERE status = 'pending' AND operation = 'ctm_set_rating';
