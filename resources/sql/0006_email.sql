-- Schema version 6: what email campaigns through Mailgun need beyond seed 003's tables (issue 7).
--
-- The send queue. A claimed item is 'sending' with attempts + 1; first_attempt_at is when it
-- first left, so the check after a crash asks Mailgun's events from just before then;
-- next_attempt_at holds a retry back (NULL: due now).
ALTER TABLE email_job_items ADD COLUMN first_attempt_at TEXT;
ALTER TABLE email_job_items ADD COLUMN next_attempt_at TEXT;
-- The sender takes a campaign's pending items in queue (rowid) order.
CREATE INDEX idx_email_job_items_campaign_id_status ON email_job_items (campaign_id, status);

-- Fewer index writes per queued recipient (a 100,000-recipient campaign is queued in one
-- transaction): campaign_id is covered by the index above and job_id by
-- uq_email_job_items_job_id_recipient_id; message and customer ids are NULL until known.
DROP INDEX idx_email_job_items_campaign_id;
DROP INDEX idx_email_job_items_job_id_status;
DROP INDEX idx_email_job_items_mailgun_id;
CREATE INDEX idx_email_job_items_mailgun_id ON email_job_items (mailgun_id) WHERE mailgun_id IS NOT NULL;
DROP INDEX idx_campaign_recipients_mailgun_id;
CREATE INDEX idx_campaign_recipients_mailgun_id ON campaign_recipients (mailgun_id) WHERE mailgun_id IS NOT NULL;
DROP INDEX idx_campaign_recipients_customer_id;
CREATE INDEX idx_campaign_recipients_customer_id ON campaign_recipients (customer_id) WHERE customer_id IS NOT NULL;

-- Transactional mail is an email_logs row. Its status keeps seed 000's three values (pending,
-- sent, failed): a claimed row is still pending, with in_flight = 1 (the 'sending' state).
-- delivery_status is the furthest Mailgun event seen, for the email log view.
ALTER TABLE email_logs ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0);
ALTER TABLE email_logs ADD COLUMN in_flight INTEGER NOT NULL DEFAULT 0 CHECK (in_flight IN (0, 1));
ALTER TABLE email_logs ADD COLUMN first_attempt_at TEXT;
ALTER TABLE email_logs ADD COLUMN next_attempt_at TEXT;
ALTER TABLE email_logs ADD COLUMN delivery_status TEXT
    CHECK (delivery_status IS NULL OR delivery_status IN ('delivered', 'opened', 'clicked', 'bounced', 'failed',
                                                          'unsubscribed', 'complained'));
CREATE INDEX idx_email_logs_queue ON email_logs (in_flight, next_attempt_at) WHERE status = 'pending';
CREATE INDEX idx_email_logs_email_type_created_at ON email_logs (email_type, created_at);

-- Unique opens and clicks are counted per recipient as events arrive.
CREATE INDEX idx_email_tracking_recipient_id_event_type ON email_tracking (recipient_id, event_type);
CREATE INDEX idx_email_tracking_email_log_id_event_type ON email_tracking (email_log_id, event_type);

-- A lead's email address (CTM puts it in meta.email), lower-cased and trimmed, as a virtual
-- column with partial indexes: segments select and count addresses among a million calls
-- without parsing every row's JSON.
ALTER TABLE call_logs ADD COLUMN caller_email TEXT GENERATED ALWAYS AS (
    nullif(lower(trim(json_extract(meta, '$.email'))), '')
) VIRTUAL;
CREATE INDEX idx_call_logs_caller_email ON call_logs (caller_email, started_at) WHERE caller_email IS NOT NULL;
CREATE INDEX idx_call_logs_owner_user_id_caller_email ON call_logs (owner_user_id, caller_email, started_at)
    WHERE caller_email IS NOT NULL;
