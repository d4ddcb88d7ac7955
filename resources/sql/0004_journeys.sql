-- Schema version 4: what the journeys workspace needs beyond seed 000's map.
--
-- client_journey_events: the status changes (and other milestones) of a journey, for its
-- timeline. Seed 000 names a "timeline view of journey events" but its map has no table for
-- them: steps, notes and calls carry their own times, status changes would otherwise be lost.
CREATE TABLE client_journey_events (
    id          TEXT PRIMARY KEY NOT NULL DEFAULT (lower(hex(randomblob(4)))||'-'||lower(hex(randomblob(2)))||'-4'||substr(lower(hex(randomblob(2))),2)||'-'||substr('89ab',1+(abs(random())%4),1)||substr(lower(hex(randomblob(2))),2)||'-'||lower(hex(randomblob(6)))),
    journey_id  TEXT NOT NULL REFERENCES client_journeys (id) ON DELETE CASCADE,
    kind        TEXT NOT NULL CHECK (kind IN ('started', 'status', 'paused', 'resumed', 'converted')),
    from_status TEXT,
    to_status   TEXT,
    author_id   TEXT REFERENCES users (id) ON DELETE SET NULL,
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX idx_client_journey_events_journey_id ON client_journey_events (journey_id, created_at);

-- The journeys list: every status filter and the default order (next action first) walk an index.
-- The list orders by this very expression (journeys with nothing left to do last); an index on
-- the bare column would not match it and SQLite would sort every journey for each page.
CREATE INDEX idx_client_journeys_next_action_key
    ON client_journeys (coalesce(next_action_at, '9999-12-31T00:00:00.000Z'));
CREATE INDEX idx_client_journeys_status_next_action
    ON client_journeys (status, coalesce(next_action_at, '9999-12-31T00:00:00.000Z'));
CREATE INDEX idx_client_journeys_owner_next_action
    ON client_journeys (owner_user_id, coalesce(next_action_at, '9999-12-31T00:00:00.000Z'));
CREATE INDEX idx_client_journeys_owner_status_next_action
    ON client_journeys (owner_user_id, status, coalesce(next_action_at, '9999-12-31T00:00:00.000Z'));
-- The due-journeys job and the "overdue" filter.
CREATE INDEX idx_client_journey_steps_open_due ON client_journey_steps (journey_id, due_at) WHERE completed_at IS NULL;
-- Services of a client by name; active clients by phone are indexed by seed 000 already.
CREATE INDEX idx_services_user_id_name ON services (user_id, name COLLATE NOCASE);
CREATE INDEX idx_journey_templates_service_type ON journey_templates (service_type);
-- The due-journeys job notifies once per journey and due time: it looks its earlier notices up.
CREATE INDEX idx_notifications_journey_id ON notifications (json_extract(meta, '$.journey_id'));
