-- Anchor CRM schema version 1 (PRAGMA user_version = 1).
--
-- Holds every table and column of seed 000's "Database Schema Map" (same names and column order),
-- journey templates, and seed 003's email campaign tables scoped to a client (users.id) instead of
-- an organization. The migrator runs this file statement by statement inside one transaction, so it
-- holds no BEGIN, COMMIT, PRAGMA or trigger.
--
-- Conventions (PostgreSQL type in the seed -> SQLite here):
--   UUID         TEXT, lowercase 8-4-4-4-12 form. Primary keys default to a random version-4 UUID.
--   TIMESTAMPTZ  TEXT, ISO-8601 UTC with milliseconds 'YYYY-MM-DDTHH:MM:SS.sssZ', so text order is
--                time order. created_at and updated_at default to now, updated_at is set by the
--                repositories. DATE is TEXT 'YYYY-MM-DD'.
--   BOOLEAN      INTEGER NOT NULL 0 or 1 (CHECK), default 0 unless the meaning implies true.
--   DECIMAL      money is INTEGER cents under the seed's column name (marked "-- cents").
--   JSONB        TEXT holding JSON, CHECK json_valid. TEXT[] is TEXT holding a JSON array.
--   CITEXT       TEXT COLLATE NOCASE. BYTEA is BLOB. INET is TEXT. VARCHAR(n) and CHAR(n) are TEXT
--                with a length CHECK.
--   Enumerations are CHECK constraints. Foreign keys cascade for owned children and are set NULL
--   for optional links (authors, creators, cross links). Every foreign key column is indexed.
--   Secret columns (ctm_api_key, ctm_api_secret, OAuth tokens) stay NULL: secrets live in the OS
--   keychain.
--   Indexes are named idx_<table>_<columns> and uq_<table>_<columns>.

-- ===========================================================================================
-- Core users
-- ===========================================================================================

CREATE TABLE users (
    id                  TEXT PRIMARY KEY NOT NULL DEFAULT (lower(hex(randomblob(4)))||'-'||lower(hex(randomblob(2)))||'-4'||substr(lower(hex(randomblob(2))),2)||'-'||substr('89ab',1+(abs(random())%4),1)||substr(lower(hex(randomblob(2))),2)||'-'||lower(hex(randomblob(6)))),
    first_name          TEXT CHECK (first_name IS NULL OR length(first_name) <= 60),
    last_name           TEXT CHECK (last_name IS NULL OR length(last_name) <= 60),
    email               TEXT COLLATE NOCASE NOT NULL,
    password_hash       TEXT,
    avatar_url          TEXT,
    role                TEXT NOT NULL DEFAULT 'client'
                        CHECK (role IS NULL OR role IN ('superadmin', 'admin', 'team', 'editor', 'client')),
    created_at          TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at          TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    email_verified_at   TEXT,
    password_changed_at TEXT,
    last_login_at       TEXT,
    login_count         INTEGER NOT NULL DEFAULT 0 CHECK (login_count >= 0),
    failed_login_count  INTEGER NOT NULL DEFAULT 0 CHECK (failed_login_count >= 0),
    locked_until        TEXT,
    auth_provider       TEXT NOT NULL DEFAULT 'local'
                        CHECK (auth_provider IS NULL OR auth_provider IN ('local', 'google', 'microsoft'))
);
CREATE UNIQUE INDEX uq_users_email ON users (email);
CREATE INDEX idx_users_role ON users (role);

CREATE TABLE user_avatars (
    user_id      TEXT PRIMARY KEY NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    content_type TEXT NOT NULL,
    bytes        BLOB NOT NULL,
    updated_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);

-- ===========================================================================================
-- Task management: workspaces, boards, groups (columns), items, subitems, updates, files, time
-- (created before client_profiles, which points at task_workspaces and task_boards)
-- ===========================================================================================

CREATE TABLE task_workspaces (
    id         TEXT PRIMARY KEY NOT NULL DEFAULT (lower(hex(randomblob(4)))||'-'||lower(hex(randomblob(2)))||'-4'||substr(lower(hex(randomblob(2))),2)||'-'||substr('89ab',1+(abs(random())%4),1)||substr(lower(hex(randomblob(2))),2)||'-'||lower(hex(randomblob(6)))),
    name       TEXT NOT NULL,
    created_by TEXT REFERENCES users (id) ON DELETE SET NULL,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX idx_task_workspaces_created_by ON task_workspaces (created_by);

CREATE TABLE task_workspace_memberships (
    workspace_id TEXT NOT NULL REFERENCES task_workspaces (id) ON DELETE CASCADE,
    user_id      TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role         TEXT NOT NULL DEFAULT 'member' CHECK (role IS NULL OR role IN ('member', 'admin')),
    created_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    PRIMARY KEY (workspace_id, user_id)
);
CREATE INDEX idx_task_workspace_memberships_user_id ON task_workspace_memberships (user_id);

CREATE TABLE task_boards (
    id           TEXT PRIMARY KEY NOT NULL DEFAULT (lower(hex(randomblob(4)))||'-'||lower(hex(randomblob(2)))||'-4'||substr(lower(hex(randomblob(2))),2)||'-'||substr('89ab',1+(abs(random())%4),1)||substr(lower(hex(randomblob(2))),2)||'-'||lower(hex(randomblob(6)))),
    workspace_id TEXT NOT NULL REFERENCES task_workspaces (id) ON DELETE CASCADE,
    name         TEXT NOT NULL,
    description  TEXT,
    board_prefix TEXT,
    created_by   TEXT REFERENCES users (id) ON DELETE SET NULL,
    created_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX idx_task_boards_workspace_id ON task_boards (workspace_id);
CREATE INDEX idx_task_boards_created_by ON task_boards (created_by);

CREATE TABLE task_groups (
    id          TEXT PRIMARY KEY NOT NULL DEFAULT (lower(hex(randomblob(4)))||'-'||lower(hex(randomblob(2)))||'-4'||substr(lower(hex(randomblob(2))),2)||'-'||substr('89ab',1+(abs(random())%4),1)||substr(lower(hex(randomblob(2))),2)||'-'||lower(hex(randomblob(6)))),
    board_id    TEXT NOT NULL REFERENCES task_boards (id) ON DELETE CASCADE,
    name        TEXT NOT NULL,
    order_index INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX idx_task_groups_board_id_order_index ON task_groups (board_id, order_index);

CREATE TABLE task_items (
    id              TEXT PRIMARY KEY NOT NULL DEFAULT (lower(hex(randomblob(4)))||'-'||lower(hex(randomblob(2)))||'-4'||substr(lower(hex(randomblob(2))),2)||'-'||substr('89ab',1+(abs(random())%4),1)||substr(lower(hex(randomblob(2))),2)||'-'||lower(hex(randomblob(6)))),
    group_id        TEXT NOT NULL REFERENCES task_groups (id) ON DELETE CASCADE,
    name            TEXT NOT NULL,
    status          TEXT,
    due_date        TEXT CHECK (due_date IS NULL OR date(due_date, '+0 days') IS due_date),
    is_voicemail    INTEGER NOT NULL DEFAULT 0 CHECK (is_voicemail IN (0, 1)),
    needs_attention INTEGER NOT NULL DEFAULT 0 CHECK (needs_attention IN (0, 1)),
    created_by      TEXT REFERENCES users (id) ON DELETE SET NULL,
    archived_at     TEXT,
    archived_by     TEXT REFERENCES users (id) ON DELETE SET NULL,
    created_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX idx_task_items_group_id ON task_items (group_id);
CREATE INDEX idx_task_items_created_by ON task_items (created_by);
CREATE INDEX idx_task_items_archived_by ON task_items (archived_by);
CREATE INDEX idx_task_items_due_date ON task_items (due_date);

CREATE TABLE task_subitems (
    id             TEXT PRIMARY KEY NOT NULL DEFAULT (lower(hex(randomblob(4)))||'-'||lower(hex(randomblob(2)))||'-4'||substr(lower(hex(randomblob(2))),2)||'-'||substr('89ab',1+(abs(random())%4),1)||substr(lower(hex(randomblob(2))),2)||'-'||lower(hex(randomblob(6)))),
    parent_item_id TEXT NOT NULL REFERENCES task_items (id) ON DELETE CASCADE,
    name           TEXT NOT NULL,
    status         TEXT,
    due_date       TEXT CHECK (due_date IS NULL OR date(due_date, '+0 days') IS due_date),
    archived_at    TEXT,
    archived_by    TEXT REFERENCES users (id) ON DELETE SET NULL,
    created_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX idx_task_subitems_parent_item_id ON task_subitems (parent_item_id);
CREATE INDEX idx_task_subitems_archived_by ON task_subitems (archived_by);

CREATE TABLE task_item_assignees (
    item_id    TEXT NOT NULL REFERENCES task_items (id) ON DELETE CASCADE,
    user_id    TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    PRIMARY KEY (item_id, user_id)
);
CREATE INDEX idx_task_item_assignees_user_id ON task_item_assignees (user_id);

CREATE TABLE task_updates (
    id         TEXT PRIMARY KEY NOT NULL DEFAULT (lower(hex(randomblob(4)))||'-'||lower(hex(randomblob(2)))||'-4'||substr(lower(hex(randomblob(2))),2)||'-'||substr('89ab',1+(abs(random())%4),1)||substr(lower(hex(randomblob(2))),2)||'-'||lower(hex(randomblob(6)))),
    item_id    TEXT NOT NULL REFERENCES task_items (id) ON DELETE CASCADE,
    user_id    TEXT REFERENCES users (id) ON DELETE SET NULL,
    content    TEXT NOT NULL,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX idx_task_updates_item_id_created_at ON task_updates (item_id, created_at);
CREATE INDEX idx_task_updates_user_id ON task_updates (user_id);

CREATE TABLE task_files (
    id          TEXT PRIMARY KEY NOT NULL DEFAULT (lower(hex(randomblob(4)))||'-'||lower(hex(randomblob(2)))||'-4'||substr(lower(hex(randomblob(2))),2)||'-'||substr('89ab',1+(abs(random())%4),1)||substr(lower(hex(randomblob(2))),2)||'-'||lower(hex(randomblob(6)))),
    item_id     TEXT REFERENCES task_items (id) ON DELETE CASCADE,
    update_id   TEXT REFERENCES task_updates (id) ON DELETE CASCADE,
    uploaded_by TEXT REFERENCES users (id) ON DELETE SET NULL,
    file_url    TEXT NOT NULL,
    file_name   TEXT,
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    CHECK (item_id IS NOT NULL OR update_id IS NOT NULL)
);
CREATE INDEX idx_task_files_item_id ON task_files (item_id);
CREATE INDEX idx_task_files_update_id ON task_files (update_id);
CREATE INDEX idx_task_files_uploaded_by ON task_files (uploaded_by);

CREATE TABLE task_time_entries (
    id                 TEXT PRIMARY KEY NOT NULL DEFAULT (lower(hex(randomblob(4)))||'-'||lower(hex(randomblob(2)))||'-4'||substr(lower(hex(randomblob(2))),2)||'-'||substr('89ab',1+(abs(random())%4),1)||substr(lower(hex(randomblob(2))),2)||'-'||lower(hex(randomblob(6)))),
    item_id            TEXT NOT NULL REFERENCES task_items (id) ON DELETE CASCADE,
    user_id            TEXT REFERENCES users (id) ON DELETE SET NULL,
    time_spent_minutes INTEGER NOT NULL DEFAULT 0 CHECK (time_spent_minutes >= 0),
    billable_minutes   INTEGER NOT NULL DEFAULT 0 CHECK (billable_minutes >= 0),
    description        TEXT,
    work_category      TEXT,
    is_billable        INTEGER NOT NULL DEFAULT 0 CHECK (is_billable IN (0, 1)),
    created_at         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX idx_task_time_entries_item_id ON task_time_entries (item_id);
CREATE INDEX idx_task_time_entries_user_id_created_at ON task_time_entries (user_id, created_at);

CREATE TABLE task_update_views (
    id        TEXT PRIMARY KEY NOT NULL DEFAULT (lower(hex(randomblob(4)))||'-'||lower(hex(randomblob(2)))||'-4'||substr(lower(hex(randomblob(2))),2)||'-'||substr('89ab',1+(abs(random())%4),1)||substr(lower(hex(randomblob(2))),2)||'-'||lower(hex(randomblob(6)))),
    update_id TEXT NOT NULL REFERENCES task_updates (id) ON DELETE CASCADE,
    user_id   TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    viewed_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE UNIQUE INDEX uq_task_update_views_update_id_user_id ON task_update_views (update_id, user_id);
CREATE INDEX idx_task_update_views_user_id ON task_update_views (user_id);

-- ===========================================================================================
-- Task automation, status labels and AI summaries
-- ===========================================================================================

CREATE TABLE task_board_automations (
    id             TEXT PRIMARY KEY NOT NULL DEFAULT (lower(hex(randomblob(4)))||'-'||lower(hex(randomblob(2)))||'-4'||substr(lower(hex(randomblob(2))),2)||'-'||substr('89ab',1+(abs(random())%4),1)||substr(lower(hex(randomblob(2))),2)||'-'||lower(hex(randomblob(6)))),
    board_id       TEXT NOT NULL REFERENCES task_boards (id) ON DELETE CASCADE,
    name           TEXT NOT NULL,
    trigger_type   TEXT NOT NULL,
    trigger_config TEXT CHECK (trigger_config IS NULL OR json_valid(trigger_config)),
    action_type    TEXT NOT NULL,
    action_config  TEXT CHECK (action_config IS NULL OR json_valid(action_config)),
    is_active      INTEGER NOT NULL DEFAULT 1 CHECK (is_active IN (0, 1)),
    created_by     TEXT REFERENCES users (id) ON DELETE SET NULL,
    created_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX idx_task_board_automations_board_id ON task_board_automations (board_id);
CREATE INDEX idx_task_board_automations_created_by ON task_board_automations (created_by);

CREATE TABLE task_global_automations (
    id             TEXT PRIMARY KEY NOT NULL DEFAULT (lower(hex(randomblob(4)))||'-'||lower(hex(randomblob(2)))||'-4'||substr(lower(hex(randomblob(2))),2)||'-'||substr('89ab',1+(abs(random())%4),1)||substr(lower(hex(randomblob(2))),2)||'-'||lower(hex(randomblob(6)))),
    name           TEXT NOT NULL,
    trigger_type   TEXT NOT NULL,
    trigger_config TEXT CHECK (trigger_config IS NULL OR json_valid(trigger_config)),
    action_type    TEXT NOT NULL,
    action_config  TEXT CHECK (action_config IS NULL OR json_valid(action_config)),
    is_active      INTEGER NOT NULL DEFAULT 1 CHECK (is_active IN (0, 1)),
    created_by     TEXT REFERENCES users (id) ON DELETE SET NULL,
    created_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX idx_task_global_automations_created_by ON task_global_automations (created_by);

-- automation_id points at task_board_automations or task_global_automations depending on scope,
-- so it carries no foreign key.
CREATE TABLE task_automation_runs (
    id                  TEXT PRIMARY KEY NOT NULL DEFAULT (lower(hex(randomblob(4)))||'-'||lower(hex(randomblob(2)))||'-4'||substr(lower(hex(randomblob(2))),2)||'-'||substr('89ab',1+(abs(random())%4),1)||substr(lower(hex(randomblob(2))),2)||'-'||lower(hex(randomblob(6)))),
    scope               TEXT NOT NULL CHECK (scope IS NULL OR scope IN ('board', 'global')),
    automation_id       TEXT,
    board_id            TEXT REFERENCES task_boards (id) ON DELETE CASCADE,
    item_id             TEXT REFERENCES task_items (id) ON DELETE CASCADE,
    trigger_type        TEXT,
    trigger_fingerprint TEXT,
    status              TEXT NOT NULL CHECK (status IS NULL OR status IN ('success', 'error', 'skipped')),
    error               TEXT,
    meta                TEXT CHECK (meta IS NULL OR json_valid(meta)),
    ran_at              TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX idx_task_automation_runs_automation_id_trigger_fingerprint
    ON task_automation_runs (automation_id, trigger_fingerprint);
CREATE INDEX idx_task_automation_runs_board_id ON task_automation_runs (board_id);
CREATE INDEX idx_task_automation_runs_item_id ON task_automation_runs (item_id);

CREATE TABLE task_board_status_labels (
    id            TEXT PRIMARY KEY NOT NULL DEFAULT (lower(hex(randomblob(4)))||'-'||lower(hex(randomblob(2)))||'-4'||substr(lower(hex(randomblob(2))),2)||'-'||substr('89ab',1+(abs(random())%4),1)||substr(lower(hex(randomblob(2))),2)||'-'||lower(hex(randomblob(6)))),
    board_id      TEXT NOT NULL REFERENCES task_boards (id) ON DELETE CASCADE,
    label         TEXT NOT NULL,
    color         TEXT,
    order_index   INTEGER NOT NULL DEFAULT 0,
    is_done_state INTEGER NOT NULL DEFAULT 0 CHECK (is_done_state IN (0, 1)),
    created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE UNIQUE INDEX uq_task_board_status_labels_board_id_label ON task_board_status_labels (board_id, label);

CREATE TABLE task_global_status_labels (
    id            TEXT PRIMARY KEY NOT NULL DEFAULT (lower(hex(randomblob(4)))||'-'||lower(hex(randomblob(2)))||'-4'||substr(lower(hex(randomblob(2))),2)||'-'||substr('89ab',1+(abs(random())%4),1)||substr(lower(hex(randomblob(2))),2)||'-'||lower(hex(randomblob(6)))),
    label         TEXT NOT NULL,
    color         TEXT,
    order_index   INTEGER NOT NULL DEFAULT 0,
    is_done_state INTEGER NOT NULL DEFAULT 0 CHECK (is_done_state IN (0, 1)),
    created_by    TEXT REFERENCES users (id) ON DELETE SET NULL,
    created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE UNIQUE INDEX uq_task_global_status_labels_label ON task_global_status_labels (label);
CREATE INDEX idx_task_global_status_labels_created_by ON task_global_status_labels (created_by);

CREATE TABLE task_item_ai_summaries (
    item_id      TEXT PRIMARY KEY NOT NULL REFERENCES task_items (id) ON DELETE CASCADE,
    summary      TEXT,
    provider     TEXT,
    model        TEXT,
    generated_by TEXT REFERENCES users (id) ON DELETE SET NULL,
    generated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    source_meta  TEXT CHECK (source_meta IS NULL OR json_valid(source_meta))
);
CREATE INDEX idx_task_item_ai_summaries_generated_by ON task_item_ai_summaries (generated_by);

CREATE TABLE task_ai_daily_overviews (
    id                  TEXT PRIMARY KEY NOT NULL DEFAULT (lower(hex(randomblob(4)))||'-'||lower(hex(randomblob(2)))||'-4'||substr(lower(hex(randomblob(2))),2)||'-'||substr('89ab',1+(abs(random())%4),1)||substr(lower(hex(randomblob(2))),2)||'-'||lower(hex(randomblob(6)))),
    user_id             TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    overview_date       TEXT NOT NULL CHECK (overview_date IS NULL OR date(overview_date, '+0 days') IS overview_date),
    summary             TEXT,
    todo_items          TEXT CHECK (todo_items IS NULL OR json_valid(todo_items)),
    pending_mentions    TEXT CHECK (pending_mentions IS NULL OR json_valid(pending_mentions)),
    unanswered_mentions TEXT CHECK (unanswered_mentions IS NULL OR json_valid(unanswered_mentions)),
    provider            TEXT,
    model               TEXT,
    generated_at        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE UNIQUE INDEX uq_task_ai_daily_overviews_user_id_overview_date
    ON task_ai_daily_overviews (user_id, overview_date);

-- ===========================================================================================
-- Client profile, configuration and branding
-- ===========================================================================================

CREATE TABLE client_profiles (
    user_id                          TEXT PRIMARY KEY NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    client_type                      TEXT CHECK (client_type IS NULL
                                         OR client_type IN ('medical', 'home_service', 'food_service', 'other')),
    client_subtype                   TEXT,
    client_package                   TEXT,
    looker_url                       TEXT,
    -- contact info
    call_tracking_main_number        TEXT,
    front_desk_emails                TEXT,
    office_admin_name                TEXT,
    office_admin_email               TEXT,
    office_admin_phone               TEXT,
    form_email_recipients            TEXT,
    -- CTM integration (key and secret stay NULL: they live in the keychain)
    ctm_account_number               TEXT,
    ctm_api_key                      TEXT,
    ctm_api_secret                   TEXT,
    ctm_sync_cursor                  TEXT,
    ctm_last_page_token              TEXT,
    -- AI configuration
    ai_prompt                        TEXT,
    auto_star_enabled                INTEGER NOT NULL DEFAULT 0 CHECK (auto_star_enabled IN (0, 1)),
    -- onboarding status flags
    website_access_status            TEXT CHECK (website_access_status IS NULL
                                         OR website_access_status IN ('not_started', 'in_progress', 'complete')),
    ga4_access_status                TEXT CHECK (ga4_access_status IS NULL
                                         OR ga4_access_status IN ('not_started', 'in_progress', 'complete')),
    google_ads_access_status         TEXT CHECK (google_ads_access_status IS NULL
                                         OR google_ads_access_status IN ('not_started', 'in_progress', 'complete')),
    google_ads_account_id            TEXT,
    meta_access_status               TEXT CHECK (meta_access_status IS NULL
                                         OR meta_access_status IN ('not_started', 'in_progress', 'complete')),
    website_forms_details_status     TEXT CHECK (website_forms_details_status IS NULL
                                         OR website_forms_details_status IN ('not_started', 'in_progress', 'complete')),
    -- step requirements (admin), every step on by default
    requires_website_access          INTEGER NOT NULL DEFAULT 1 CHECK (requires_website_access IN (0, 1)),
    requires_ga4_access              INTEGER NOT NULL DEFAULT 1 CHECK (requires_ga4_access IN (0, 1)),
    requires_google_ads_access       INTEGER NOT NULL DEFAULT 1 CHECK (requires_google_ads_access IN (0, 1)),
    requires_meta_access             INTEGER NOT NULL DEFAULT 1 CHECK (requires_meta_access IN (0, 1)),
    requires_forms_step              INTEGER NOT NULL DEFAULT 1 CHECK (requires_forms_step IN (0, 1)),
    -- client confirmations
    website_access_provided          INTEGER NOT NULL DEFAULT 0 CHECK (website_access_provided IN (0, 1)),
    website_access_understood        INTEGER NOT NULL DEFAULT 0 CHECK (website_access_understood IN (0, 1)),
    ga4_access_provided              INTEGER NOT NULL DEFAULT 0 CHECK (ga4_access_provided IN (0, 1)),
    ga4_access_understood            INTEGER NOT NULL DEFAULT 0 CHECK (ga4_access_understood IN (0, 1)),
    google_ads_access_provided       INTEGER NOT NULL DEFAULT 0 CHECK (google_ads_access_provided IN (0, 1)),
    google_ads_access_understood     INTEGER NOT NULL DEFAULT 0 CHECK (google_ads_access_understood IN (0, 1)),
    meta_access_provided             INTEGER NOT NULL DEFAULT 0 CHECK (meta_access_provided IN (0, 1)),
    meta_access_understood           INTEGER NOT NULL DEFAULT 0 CHECK (meta_access_understood IN (0, 1)),
    website_forms_details_provided   INTEGER NOT NULL DEFAULT 0 CHECK (website_forms_details_provided IN (0, 1)),
    website_forms_details_understood INTEGER NOT NULL DEFAULT 0 CHECK (website_forms_details_understood IN (0, 1)),
    website_forms_uses_third_party   INTEGER NOT NULL DEFAULT 0 CHECK (website_forms_uses_third_party IN (0, 1)),
    website_forms_uses_hipaa         INTEGER NOT NULL DEFAULT 0 CHECK (website_forms_uses_hipaa IN (0, 1)),
    website_forms_connected_crm      INTEGER NOT NULL DEFAULT 0 CHECK (website_forms_connected_crm IN (0, 1)),
    website_forms_custom             INTEGER NOT NULL DEFAULT 0 CHECK (website_forms_custom IN (0, 1)),
    website_forms_notes              TEXT,
    -- Monday.com integration
    monday_board_id                  TEXT,
    monday_group_id                  TEXT,
    monday_active_group_id           TEXT,
    monday_completed_group_id        TEXT,
    client_identifier_value          TEXT,
    account_manager_person_id        TEXT,
    -- internal task manager
    task_workspace_id                TEXT REFERENCES task_workspaces (id) ON DELETE SET NULL,
    task_board_id                    TEXT REFERENCES task_boards (id) ON DELETE SET NULL,
    board_prefix                     TEXT,
    -- onboarding state
    onboarding_completed_at          TEXT,
    activated_at                     TEXT,
    onboarding_draft_json            TEXT CHECK (onboarding_draft_json IS NULL OR json_valid(onboarding_draft_json)),
    onboarding_draft_saved_at        TEXT,
    monthly_revenue_goal             INTEGER, -- cents
    created_at                       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at                       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX idx_client_profiles_task_workspace_id ON client_profiles (task_workspace_id);
CREATE INDEX idx_client_profiles_task_board_id ON client_profiles (task_board_id);

-- One branding record per client.
CREATE TABLE brand_assets (
    id                   TEXT PRIMARY KEY NOT NULL DEFAULT (lower(hex(randomblob(4)))||'-'||lower(hex(randomblob(2)))||'-4'||substr(lower(hex(randomblob(2))),2)||'-'||substr('89ab',1+(abs(random())%4),1)||substr(lower(hex(randomblob(2))),2)||'-'||lower(hex(randomblob(6)))),
    user_id              TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    business_name        TEXT,
    business_description TEXT,
    primary_brand_colors TEXT,
    logos                TEXT CHECK (logos IS NULL OR json_valid(logos)),
    style_guides         TEXT CHECK (style_guides IS NULL OR json_valid(style_guides)),
    brand_notes          TEXT,
    website_url          TEXT,
    updated_at           TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE UNIQUE INDEX uq_brand_assets_user_id ON brand_assets (user_id);

-- ===========================================================================================
-- Services, active clients and the services they agreed to
-- ===========================================================================================

CREATE TABLE services (
    id          TEXT PRIMARY KEY NOT NULL DEFAULT (lower(hex(randomblob(4)))||'-'||lower(hex(randomblob(2)))||'-4'||substr(lower(hex(randomblob(2))),2)||'-'||substr('89ab',1+(abs(random())%4),1)||substr(lower(hex(randomblob(2))),2)||'-'||lower(hex(randomblob(6)))),
    user_id     TEXT REFERENCES users (id) ON DELETE CASCADE,
    name        TEXT NOT NULL,
    description TEXT,
    base_price  INTEGER, -- cents
    active      INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX idx_services_user_id ON services (user_id);

CREATE TABLE active_clients (
    id            TEXT PRIMARY KEY NOT NULL DEFAULT (lower(hex(randomblob(4)))||'-'||lower(hex(randomblob(2)))||'-4'||substr(lower(hex(randomblob(2))),2)||'-'||substr('89ab',1+(abs(random())%4),1)||substr(lower(hex(randomblob(2))),2)||'-'||lower(hex(randomblob(6)))),
    owner_user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    client_name   TEXT,
    client_phone  TEXT,
    client_email  TEXT,
    source        TEXT,
    funnel_data   TEXT CHECK (funnel_data IS NULL OR json_valid(funnel_data)),
    status        TEXT NOT NULL DEFAULT 'active'
                  CHECK (status IS NULL OR status IN ('active', 'inactive', 'archived')),
    created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    archived_at   TEXT
);
CREATE INDEX idx_active_clients_owner_user_id_status ON active_clients (owner_user_id, status);
CREATE INDEX idx_active_clients_owner_user_id_client_phone ON active_clients (owner_user_id, client_phone);

CREATE TABLE client_services (
    id               TEXT PRIMARY KEY NOT NULL DEFAULT (lower(hex(randomblob(4)))||'-'||lower(hex(randomblob(2)))||'-4'||substr(lower(hex(randomblob(2))),2)||'-'||substr('89ab',1+(abs(random())%4),1)||substr(lower(hex(randomblob(2))),2)||'-'||lower(hex(randomblob(6)))),
    active_client_id TEXT NOT NULL REFERENCES active_clients (id) ON DELETE CASCADE,
    service_id       TEXT NOT NULL REFERENCES services (id) ON DELETE CASCADE,
    agreed_price     INTEGER, -- cents
    agreed_date      TEXT,
    redacted_at      TEXT,
    created_at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX idx_client_services_active_client_id ON client_services (active_client_id);
CREATE INDEX idx_client_services_service_id ON client_services (service_id);

-- ===========================================================================================
-- Leads and calls (CallTrackingMetrics)
-- ===========================================================================================

CREATE TABLE lead_pipeline_stages (
    id            TEXT PRIMARY KEY NOT NULL DEFAULT (lower(hex(randomblob(4)))||'-'||lower(hex(randomblob(2)))||'-4'||substr(lower(hex(randomblob(2))),2)||'-'||substr('89ab',1+(abs(random())%4),1)||substr(lower(hex(randomblob(2))),2)||'-'||lower(hex(randomblob(6)))),
    owner_user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name          TEXT NOT NULL,
    color         TEXT,
    position      INTEGER NOT NULL DEFAULT 0,
    is_won_stage  INTEGER NOT NULL DEFAULT 0 CHECK (is_won_stage IN (0, 1)),
    is_lost_stage INTEGER NOT NULL DEFAULT 0 CHECK (is_lost_stage IN (0, 1)),
    created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    CHECK (NOT (is_won_stage = 1 AND is_lost_stage = 1))
);
CREATE INDEX idx_lead_pipeline_stages_owner_user_id_position ON lead_pipeline_stages (owner_user_id, position);

-- One row per CTM call, upserted by call_id. The lead category lives in meta.category in v1
-- (unindexed: a later migration promotes it to a column).
CREATE TABLE call_logs (
    id                TEXT PRIMARY KEY NOT NULL DEFAULT (lower(hex(randomblob(4)))||'-'||lower(hex(randomblob(2)))||'-4'||substr(lower(hex(randomblob(2))),2)||'-'||substr('89ab',1+(abs(random())%4),1)||substr(lower(hex(randomblob(2))),2)||'-'||lower(hex(randomblob(6)))),
    user_id           TEXT REFERENCES users (id) ON DELETE SET NULL,
    owner_user_id     TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    call_id           TEXT NOT NULL,
    direction         TEXT CHECK (direction IS NULL OR direction IN ('inbound', 'outbound')),
    from_number       TEXT,
    to_number         TEXT,
    started_at        TEXT,
    duration_sec      INTEGER CHECK (duration_sec IS NULL OR duration_sec >= 0),
    score             INTEGER CHECK (score IS NULL OR score BETWEEN 1 AND 5),
    meta              TEXT CHECK (meta IS NULL OR json_valid(meta)),
    caller_type       TEXT CHECK (caller_type IS NULL OR caller_type IN ('new', 'repeat', 'returning_customer')),
    call_sequence     INTEGER CHECK (call_sequence IS NULL OR call_sequence >= 1),
    active_client_id  TEXT REFERENCES active_clients (id) ON DELETE SET NULL,
    pipeline_stage_id TEXT REFERENCES lead_pipeline_stages (id) ON DELETE SET NULL,
    created_at        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE UNIQUE INDEX uq_call_logs_call_id ON call_logs (call_id);
CREATE INDEX idx_call_logs_user_id ON call_logs (user_id);
CREATE INDEX idx_call_logs_owner_user_id_started_at ON call_logs (owner_user_id, started_at);
CREATE INDEX idx_call_logs_owner_user_id_from_number ON call_logs (owner_user_id, from_number);
CREATE INDEX idx_call_logs_active_client_id ON call_logs (active_client_id);
CREATE INDEX idx_call_logs_pipeline_stage_id ON call_logs (pipeline_stage_id);

-- call_id is the CTM call id, deliberately not a foreign key (notes may predate the call row).
CREATE TABLE lead_notes (
    id            TEXT PRIMARY KEY NOT NULL DEFAULT (lower(hex(randomblob(4)))||'-'||lower(hex(randomblob(2)))||'-4'||substr(lower(hex(randomblob(2))),2)||'-'||substr('89ab',1+(abs(random())%4),1)||substr(lower(hex(randomblob(2))),2)||'-'||lower(hex(randomblob(6)))),
    owner_user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    call_id       TEXT,
    author_id     TEXT REFERENCES users (id) ON DELETE SET NULL,
    note_type     TEXT NOT NULL DEFAULT 'note'
                  CHECK (note_type IS NULL OR note_type IN ('note', 'call', 'email', 'sms', 'meeting')),
    body          TEXT NOT NULL,
    metadata      TEXT CHECK (metadata IS NULL OR json_valid(metadata)),
    created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX idx_lead_notes_owner_user_id ON lead_notes (owner_user_id);
CREATE INDEX idx_lead_notes_call_id ON lead_notes (call_id);
CREATE INDEX idx_lead_notes_author_id ON lead_notes (author_id);

CREATE TABLE lead_saved_views (
    id            TEXT PRIMARY KEY NOT NULL DEFAULT (lower(hex(randomblob(4)))||'-'||lower(hex(randomblob(2)))||'-4'||substr(lower(hex(randomblob(2))),2)||'-'||substr('89ab',1+(abs(random())%4),1)||substr(lower(hex(randomblob(2))),2)||'-'||lower(hex(randomblob(6)))),
    owner_user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name          TEXT NOT NULL,
    filters       TEXT CHECK (filters IS NULL OR json_valid(filters)),
    is_default    INTEGER NOT NULL DEFAULT 0 CHECK (is_default IN (0, 1)),
    created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX idx_lead_saved_views_owner_user_id ON lead_saved_views (owner_user_id);
CREATE UNIQUE INDEX uq_lead_saved_views_owner_user_id_is_default
    ON lead_saved_views (owner_user_id) WHERE is_default = 1;

CREATE TABLE lead_tags (
    id            TEXT PRIMARY KEY NOT NULL DEFAULT (lower(hex(randomblob(4)))||'-'||lower(hex(randomblob(2)))||'-4'||substr(lower(hex(randomblob(2))),2)||'-'||substr('89ab',1+(abs(random())%4),1)||substr(lower(hex(randomblob(2))),2)||'-'||lower(hex(randomblob(6)))),
    owner_user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name          TEXT COLLATE NOCASE NOT NULL,
    color         TEXT,
    created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE UNIQUE INDEX uq_lead_tags_owner_user_id_name ON lead_tags (owner_user_id, name);

CREATE TABLE call_log_tags (
    id         TEXT PRIMARY KEY NOT NULL DEFAULT (lower(hex(randomblob(4)))||'-'||lower(hex(randomblob(2)))||'-4'||substr(lower(hex(randomblob(2))),2)||'-'||substr('89ab',1+(abs(random())%4),1)||substr(lower(hex(randomblob(2))),2)||'-'||lower(hex(randomblob(6)))),
    call_id    TEXT NOT NULL REFERENCES call_logs (call_id) ON DELETE CASCADE ON UPDATE CASCADE,
    tag_id     TEXT NOT NULL REFERENCES lead_tags (id) ON DELETE CASCADE,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE UNIQUE INDEX uq_call_log_tags_call_id_tag_id ON call_log_tags (call_id, tag_id);
CREATE INDEX idx_call_log_tags_tag_id ON call_log_tags (tag_id);

-- ===========================================================================================
-- Client journeys and journey templates
-- ===========================================================================================

CREATE TABLE client_journeys (
    id                TEXT PRIMARY KEY NOT NULL DEFAULT (lower(hex(randomblob(4)))||'-'||lower(hex(randomblob(2)))||'-4'||substr(lower(hex(randomblob(2))),2)||'-'||substr('89ab',1+(abs(random())%4),1)||substr(lower(hex(randomblob(2))),2)||'-'||lower(hex(randomblob(6)))),
    owner_user_id     TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    lead_call_id      TEXT REFERENCES call_logs (id) ON DELETE SET NULL,
    lead_call_key     TEXT REFERENCES call_logs (call_id) ON DELETE SET NULL ON UPDATE CASCADE,
    active_client_id  TEXT REFERENCES active_clients (id) ON DELETE SET NULL,
    service_id        TEXT REFERENCES services (id) ON DELETE SET NULL,
    parent_journey_id TEXT REFERENCES client_journeys (id) ON DELETE SET NULL,
    client_name       TEXT,
    client_phone      TEXT,
    client_email      TEXT,
    symptoms          TEXT CHECK (symptoms IS NULL OR json_valid(symptoms)),
    symptoms_redacted INTEGER NOT NULL DEFAULT 0 CHECK (symptoms_redacted IN (0, 1)),
    status            TEXT NOT NULL DEFAULT 'pending'
                      CHECK (status IS NULL
                          OR status IN ('pending', 'in_progress', 'active_client', 'won', 'lost', 'archived')),
    paused            INTEGER NOT NULL DEFAULT 0 CHECK (paused IN (0, 1)),
    next_action_at    TEXT,
    notes_summary     TEXT,
    created_at        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    archived_at       TEXT
);
CREATE INDEX idx_client_journeys_owner_user_id_status ON client_journeys (owner_user_id, status);
CREATE INDEX idx_client_journeys_lead_call_id ON client_journeys (lead_call_id);
CREATE INDEX idx_client_journeys_lead_call_key ON client_journeys (lead_call_key);
CREATE INDEX idx_client_journeys_active_client_id ON client_journeys (active_client_id);
CREATE INDEX idx_client_journeys_service_id ON client_journeys (service_id);
CREATE INDEX idx_client_journeys_parent_journey_id ON client_journeys (parent_journey_id);
CREATE INDEX idx_client_journeys_next_action_at ON client_journeys (next_action_at);

CREATE TABLE client_journey_steps (
    id           TEXT PRIMARY KEY NOT NULL DEFAULT (lower(hex(randomblob(4)))||'-'||lower(hex(randomblob(2)))||'-4'||substr(lower(hex(randomblob(2))),2)||'-'||substr('89ab',1+(abs(random())%4),1)||substr(lower(hex(randomblob(2))),2)||'-'||lower(hex(randomblob(6)))),
    journey_id   TEXT NOT NULL REFERENCES client_journeys (id) ON DELETE CASCADE,
    position     INTEGER NOT NULL DEFAULT 0,
    label        TEXT NOT NULL,
    channel      TEXT CHECK (channel IS NULL OR channel IN ('call', 'sms', 'email', 'meeting', 'task')),
    message      TEXT,
    offset_weeks INTEGER NOT NULL DEFAULT 0,
    due_at       TEXT,
    completed_at TEXT,
    notes        TEXT,
    created_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX idx_client_journey_steps_journey_id_position ON client_journey_steps (journey_id, position);
CREATE INDEX idx_client_journey_steps_due_at ON client_journey_steps (due_at);

CREATE TABLE client_journey_notes (
    id         TEXT PRIMARY KEY NOT NULL DEFAULT (lower(hex(randomblob(4)))||'-'||lower(hex(randomblob(2)))||'-4'||substr(lower(hex(randomblob(2))),2)||'-'||substr('89ab',1+(abs(random())%4),1)||substr(lower(hex(randomblob(2))),2)||'-'||lower(hex(randomblob(6)))),
    journey_id TEXT NOT NULL REFERENCES client_journeys (id) ON DELETE CASCADE,
    author_id  TEXT REFERENCES users (id) ON DELETE SET NULL,
    body       TEXT NOT NULL,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX idx_client_journey_notes_journey_id ON client_journey_notes (journey_id);
CREATE INDEX idx_client_journey_notes_author_id ON client_journey_notes (author_id);

-- Not in seed 000's map (named in its features). owner_user_id NULL means agency-wide.
CREATE TABLE journey_templates (
    id            TEXT PRIMARY KEY NOT NULL DEFAULT (lower(hex(randomblob(4)))||'-'||lower(hex(randomblob(2)))||'-4'||substr(lower(hex(randomblob(2))),2)||'-'||substr('89ab',1+(abs(random())%4),1)||substr(lower(hex(randomblob(2))),2)||'-'||lower(hex(randomblob(6)))),
    owner_user_id TEXT REFERENCES users (id) ON DELETE CASCADE,
    name          TEXT NOT NULL,
    description   TEXT,
    service_type  TEXT,
    created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    archived_at   TEXT
);
CREATE INDEX idx_journey_templates_owner_user_id ON journey_templates (owner_user_id);

CREATE TABLE journey_template_steps (
    id           TEXT PRIMARY KEY NOT NULL DEFAULT (lower(hex(randomblob(4)))||'-'||lower(hex(randomblob(2)))||'-4'||substr(lower(hex(randomblob(2))),2)||'-'||substr('89ab',1+(abs(random())%4),1)||substr(lower(hex(randomblob(2))),2)||'-'||lower(hex(randomblob(6)))),
    template_id  TEXT NOT NULL REFERENCES journey_templates (id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    label        TEXT NOT NULL,
    channel      TEXT CHECK (channel IS NULL OR channel IN ('call', 'sms', 'email', 'meeting', 'task')),
    message      TEXT,
    offset_weeks INTEGER NOT NULL DEFAULT 0,
    offset_days  INTEGER NOT NULL DEFAULT 0,
    created_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE UNIQUE INDEX uq_journey_template_steps_template_id_position ON journey_template_steps (template_id, position);

-- ===========================================================================================
-- OAuth integration (tokens stay NULL here: they live in the keychain)
-- ===========================================================================================

-- client_id here is the OAuth application's client id, not a user.
CREATE TABLE oauth_providers (
    id            TEXT PRIMARY KEY NOT NULL DEFAULT (lower(hex(randomblob(4)))||'-'||lower(hex(randomblob(2)))||'-4'||substr(lower(hex(randomblob(2))),2)||'-'||substr('89ab',1+(abs(random())%4),1)||substr(lower(hex(randomblob(2))),2)||'-'||lower(hex(randomblob(6)))),
    provider      TEXT NOT NULL
                  CHECK (provider IS NULL OR provider IN ('google', 'facebook', 'instagram', 'tiktok')),
    client_id     TEXT,
    client_secret TEXT,
    redirect_uri  TEXT,
    auth_url      TEXT,
    token_url     TEXT,
    scopes        TEXT CHECK (scopes IS NULL OR json_valid(scopes)),
    is_active     INTEGER NOT NULL DEFAULT 1 CHECK (is_active IN (0, 1)),
    notes         TEXT,
    created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE UNIQUE INDEX uq_oauth_providers_provider ON oauth_providers (provider);

CREATE TABLE oauth_connections (
    id                      TEXT PRIMARY KEY NOT NULL DEFAULT (lower(hex(randomblob(4)))||'-'||lower(hex(randomblob(2)))||'-4'||substr(lower(hex(randomblob(2))),2)||'-'||substr('89ab',1+(abs(random())%4),1)||substr(lower(hex(randomblob(2))),2)||'-'||lower(hex(randomblob(6)))),
    client_id               TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    provider                TEXT NOT NULL
                            CHECK (provider IS NULL OR provider IN ('google', 'facebook', 'instagram', 'tiktok')),
    provider_account_id     TEXT,
    provider_account_name   TEXT,
    access_token            TEXT,
    refresh_token           TEXT,
    token_type              TEXT,
    scope_granted           TEXT CHECK (scope_granted IS NULL OR json_valid(scope_granted)),
    expires_at              TEXT,
    is_connected            INTEGER NOT NULL DEFAULT 1 CHECK (is_connected IN (0, 1)),
    revoked_at              TEXT,
    last_refreshed_at       TEXT,
    last_error              TEXT,
    external_metadata       TEXT CHECK (external_metadata IS NULL OR json_valid(external_metadata)),
    encrypted_access_token  TEXT,
    encrypted_refresh_token TEXT,
    token_hash              TEXT,
    kms_key_id              TEXT,
    last_rotated_at         TEXT,
    created_at              TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at              TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX idx_oauth_connections_client_id_provider ON oauth_connections (client_id, provider);

CREATE TABLE oauth_resources (
    id                  TEXT PRIMARY KEY NOT NULL DEFAULT (lower(hex(randomblob(4)))||'-'||lower(hex(randomblob(2)))||'-4'||substr(lower(hex(randomblob(2))),2)||'-'||substr('89ab',1+(abs(random())%4),1)||substr(lower(hex(randomblob(2))),2)||'-'||lower(hex(randomblob(6)))),
    client_id           TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    oauth_connection_id TEXT NOT NULL REFERENCES oauth_connections (id) ON DELETE CASCADE,
    provider            TEXT NOT NULL
                        CHECK (provider IS NULL OR provider IN ('google', 'facebook', 'instagram', 'tiktok')),
    resource_type       TEXT NOT NULL
                        CHECK (resource_type IS NULL OR resource_type IN
                               ('google_location', 'facebook_page', 'instagram_account', 'tiktok_account')),
    resource_id         TEXT NOT NULL,
    resource_name       TEXT,
    resource_username   TEXT,
    resource_url        TEXT,
    is_primary          INTEGER NOT NULL DEFAULT 0 CHECK (is_primary IN (0, 1)),
    is_enabled          INTEGER NOT NULL DEFAULT 1 CHECK (is_enabled IN (0, 1)),
    created_at          TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at          TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX idx_oauth_resources_client_id ON oauth_resources (client_id);
CREATE INDEX idx_oauth_resources_oauth_connection_id ON oauth_resources (oauth_connection_id);

-- ===========================================================================================
-- Documents and blog
-- ===========================================================================================

CREATE TABLE documents (
    id                  TEXT PRIMARY KEY NOT NULL DEFAULT (lower(hex(randomblob(4)))||'-'||lower(hex(randomblob(2)))||'-4'||substr(lower(hex(randomblob(2))),2)||'-'||substr('89ab',1+(abs(random())%4),1)||substr(lower(hex(randomblob(2))),2)||'-'||lower(hex(randomblob(6)))),
    user_id             TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    label               TEXT,
    name                TEXT,
    url                 TEXT,
    origin              TEXT CHECK (origin IS NULL OR origin IN ('client', 'admin')),
    type                TEXT,
    review_status       TEXT NOT NULL DEFAULT 'none'
                        CHECK (review_status IS NULL OR review_status IN ('none', 'pending', 'approved')),
    review_requested_at TEXT,
    viewed_at           TEXT,
    created_at          TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    created_by          TEXT REFERENCES users (id) ON DELETE SET NULL
);
CREATE INDEX idx_documents_user_id ON documents (user_id);
CREATE INDEX idx_documents_created_by ON documents (created_by);

CREATE TABLE shared_documents (
    id          TEXT PRIMARY KEY NOT NULL DEFAULT (lower(hex(randomblob(4)))||'-'||lower(hex(randomblob(2)))||'-4'||substr(lower(hex(randomblob(2))),2)||'-'||substr('89ab',1+(abs(random())%4),1)||substr(lower(hex(randomblob(2))),2)||'-'||lower(hex(randomblob(6)))),
    label       TEXT,
    name        TEXT,
    url         TEXT,
    description TEXT,
    sort_order  INTEGER NOT NULL DEFAULT 0,
    created_by  TEXT REFERENCES users (id) ON DELETE SET NULL,
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX idx_shared_documents_created_by ON shared_documents (created_by);
CREATE INDEX idx_shared_documents_sort_order ON shared_documents (sort_order);

CREATE TABLE blog_posts (
    id           TEXT PRIMARY KEY NOT NULL DEFAULT (lower(hex(randomblob(4)))||'-'||lower(hex(randomblob(2)))||'-4'||substr(lower(hex(randomblob(2))),2)||'-'||substr('89ab',1+(abs(random())%4),1)||substr(lower(hex(randomblob(2))),2)||'-'||lower(hex(randomblob(6)))),
    user_id      TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    title        TEXT,
    content      TEXT,
    status       TEXT NOT NULL DEFAULT 'draft' CHECK (status IS NULL OR status IN ('draft', 'published')),
    created_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    published_at TEXT
);
CREATE INDEX idx_blog_posts_user_id_status ON blog_posts (user_id, status);

-- ===========================================================================================
-- Authentication tokens
-- ===========================================================================================

CREATE TABLE client_onboarding_tokens (
    id               TEXT PRIMARY KEY NOT NULL DEFAULT (lower(hex(randomblob(4)))||'-'||lower(hex(randomblob(2)))||'-4'||substr(lower(hex(randomblob(2))),2)||'-'||substr('89ab',1+(abs(random())%4),1)||substr(lower(hex(randomblob(2))),2)||'-'||lower(hex(randomblob(6)))),
    user_id          TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    token_hash       TEXT NOT NULL,
    expires_at       TEXT NOT NULL,
    consumed_at      TEXT,
    revoked_at       TEXT,
    reminder_sent_at TEXT,
    metadata         TEXT CHECK (metadata IS NULL OR json_valid(metadata)),
    created_at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE UNIQUE INDEX uq_client_onboarding_tokens_token_hash ON client_onboarding_tokens (token_hash);
CREATE INDEX idx_client_onboarding_tokens_user_id ON client_onboarding_tokens (user_id);

CREATE TABLE password_reset_tokens (
    id         TEXT PRIMARY KEY NOT NULL DEFAULT (lower(hex(randomblob(4)))||'-'||lower(hex(randomblob(2)))||'-4'||substr(lower(hex(randomblob(2))),2)||'-'||substr('89ab',1+(abs(random())%4),1)||substr(lower(hex(randomblob(2))),2)||'-'||lower(hex(randomblob(6)))),
    user_id    TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    token_hash TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    used_at    TEXT,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE UNIQUE INDEX uq_password_reset_tokens_token_hash ON password_reset_tokens (token_hash);
CREATE INDEX idx_password_reset_tokens_user_id ON password_reset_tokens (user_id);

-- ===========================================================================================
-- Email log (transactional mail through Mailgun) and notifications
-- ===========================================================================================

-- email_type is an open set (onboarding_invite, password_reset, form_submission, ...).
-- mailgun_id is stored without angle brackets.
CREATE TABLE email_logs (
    id              TEXT PRIMARY KEY NOT NULL DEFAULT (lower(hex(randomblob(4)))||'-'||lower(hex(randomblob(2)))||'-4'||substr(lower(hex(randomblob(2))),2)||'-'||substr('89ab',1+(abs(random())%4),1)||substr(lower(hex(randomblob(2))),2)||'-'||lower(hex(randomblob(6)))),
    email_type      TEXT NOT NULL,
    recipient_email TEXT NOT NULL,
    recipient_name  TEXT,
    cc_emails       TEXT CHECK (cc_emails IS NULL OR (json_valid(cc_emails) AND json_type(cc_emails) = 'array')),
    bcc_emails      TEXT CHECK (bcc_emails IS NULL OR (json_valid(bcc_emails) AND json_type(bcc_emails) = 'array')),
    subject         TEXT,
    text_body       TEXT,
    html_body       TEXT,
    status          TEXT NOT NULL DEFAULT 'pending' CHECK (status IS NULL OR status IN ('pending', 'sent', 'failed')),
    mailgun_id      TEXT,
    mailgun_message TEXT,
    error_message   TEXT,
    triggered_by_id TEXT REFERENCES users (id) ON DELETE SET NULL,
    client_id       TEXT REFERENCES users (id) ON DELETE SET NULL,
    metadata        TEXT CHECK (metadata IS NULL OR json_valid(metadata)),
    created_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    sent_at         TEXT
);
CREATE INDEX idx_email_logs_status_created_at ON email_logs (status, created_at);
CREATE INDEX idx_email_logs_mailgun_id ON email_logs (mailgun_id);
CREATE INDEX idx_email_logs_triggered_by_id ON email_logs (triggered_by_id);
CREATE INDEX idx_email_logs_client_id_created_at ON email_logs (client_id, created_at);

CREATE TABLE notifications (
    id         TEXT PRIMARY KEY NOT NULL DEFAULT (lower(hex(randomblob(4)))||'-'||lower(hex(randomblob(2)))||'-4'||substr(lower(hex(randomblob(2))),2)||'-'||substr('89ab',1+(abs(random())%4),1)||substr(lower(hex(randomblob(2))),2)||'-'||lower(hex(randomblob(6)))),
    user_id    TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    title      TEXT NOT NULL,
    body       TEXT,
    link_url   TEXT,
    status     TEXT NOT NULL DEFAULT 'unread' CHECK (status IS NULL OR status IN ('unread', 'read')),
    meta       TEXT CHECK (meta IS NULL OR json_valid(meta)),
    read_at    TEXT,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX idx_notifications_user_id_status ON notifications (user_id, status);

-- ===========================================================================================
-- Security and session management
-- ===========================================================================================

CREATE TABLE user_sessions (
    id                   TEXT PRIMARY KEY NOT NULL DEFAULT (lower(hex(randomblob(4)))||'-'||lower(hex(randomblob(2)))||'-4'||substr(lower(hex(randomblob(2))),2)||'-'||substr('89ab',1+(abs(random())%4),1)||substr(lower(hex(randomblob(2))),2)||'-'||lower(hex(randomblob(6)))),
    user_id              TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    refresh_token_hash   TEXT NOT NULL,
    refresh_token_family TEXT,
    device_id            TEXT,
    device_fingerprint   TEXT,
    device_name          TEXT,
    is_trusted           INTEGER NOT NULL DEFAULT 0 CHECK (is_trusted IN (0, 1)),
    trusted_until        TEXT,
    ip_address           TEXT,
    user_agent           TEXT,
    country_code         TEXT CHECK (country_code IS NULL OR length(country_code) = 2),
    city                 TEXT,
    created_at           TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    last_activity_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    absolute_expiry_at   TEXT,
    refresh_expiry_at    TEXT,
    revoked_at           TEXT,
    revoked_reason       TEXT CHECK (revoked_reason IS NULL
                             OR revoked_reason IN ('logout', 'password_change', 'mfa_change', 'reuse_detected'))
);
CREATE UNIQUE INDEX uq_user_sessions_refresh_token_hash ON user_sessions (refresh_token_hash);
CREATE INDEX idx_user_sessions_user_id ON user_sessions (user_id);
CREATE INDEX idx_user_sessions_refresh_token_family ON user_sessions (refresh_token_family);

CREATE TABLE user_trusted_devices (
    id                 TEXT PRIMARY KEY NOT NULL DEFAULT (lower(hex(randomblob(4)))||'-'||lower(hex(randomblob(2)))||'-4'||substr(lower(hex(randomblob(2))),2)||'-'||substr('89ab',1+(abs(random())%4),1)||substr(lower(hex(randomblob(2))),2)||'-'||lower(hex(randomblob(6)))),
    user_id            TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    device_id          TEXT NOT NULL,
    device_fingerprint TEXT,
    device_name        TEXT,
    trusted_at         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    expires_at         TEXT,
    last_used_at       TEXT,
    revoked_at         TEXT
);
CREATE INDEX idx_user_trusted_devices_user_id_device_id ON user_trusted_devices (user_id, device_id);

CREATE TABLE user_mfa_settings (
    user_id                     TEXT PRIMARY KEY NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    email_otp_enabled           INTEGER NOT NULL DEFAULT 0 CHECK (email_otp_enabled IN (0, 1)),
    totp_enabled                INTEGER NOT NULL DEFAULT 0 CHECK (totp_enabled IN (0, 1)),
    totp_secret_encrypted       TEXT,
    totp_backup_codes_encrypted TEXT,
    webauthn_enabled            INTEGER NOT NULL DEFAULT 0 CHECK (webauthn_enabled IN (0, 1)),
    preferred_method            TEXT CHECK (preferred_method IS NULL
                                    OR preferred_method IN ('email', 'totp', 'webauthn')),
    require_mfa_always          INTEGER NOT NULL DEFAULT 0 CHECK (require_mfa_always IN (0, 1)),
    created_at                  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at                  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);

-- trigger_reason is an open set (new_device, new_ip, inactivity, ...).
CREATE TABLE mfa_challenges (
    id             TEXT PRIMARY KEY NOT NULL DEFAULT (lower(hex(randomblob(4)))||'-'||lower(hex(randomblob(2)))||'-4'||substr(lower(hex(randomblob(2))),2)||'-'||substr('89ab',1+(abs(random())%4),1)||substr(lower(hex(randomblob(2))),2)||'-'||lower(hex(randomblob(6)))),
    user_id        TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    session_id     TEXT REFERENCES user_sessions (id) ON DELETE CASCADE,
    challenge_type TEXT NOT NULL
                   CHECK (challenge_type IS NULL OR challenge_type IN ('email_otp', 'totp', 'webauthn')),
    otp_hash       TEXT,
    created_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    expires_at     TEXT NOT NULL,
    verified_at    TEXT,
    attempts       INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    max_attempts   INTEGER NOT NULL DEFAULT 5 CHECK (max_attempts >= 0),
    trigger_reason TEXT,
    ip_address     TEXT,
    user_agent     TEXT
);
CREATE INDEX idx_mfa_challenges_user_id ON mfa_challenges (user_id);
CREATE INDEX idx_mfa_challenges_session_id ON mfa_challenges (session_id);

CREATE TABLE user_oauth_identities (
    id                      TEXT PRIMARY KEY NOT NULL DEFAULT (lower(hex(randomblob(4)))||'-'||lower(hex(randomblob(2)))||'-4'||substr(lower(hex(randomblob(2))),2)||'-'||substr('89ab',1+(abs(random())%4),1)||substr(lower(hex(randomblob(2))),2)||'-'||lower(hex(randomblob(6)))),
    user_id                 TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    provider                TEXT NOT NULL CHECK (provider IS NULL OR provider IN ('google', 'microsoft')),
    provider_user_id        TEXT NOT NULL,
    provider_email          TEXT,
    provider_email_verified INTEGER NOT NULL DEFAULT 0 CHECK (provider_email_verified IN (0, 1)),
    provider_name           TEXT,
    provider_picture        TEXT,
    created_at              TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    last_login_at           TEXT
);
CREATE UNIQUE INDEX uq_user_oauth_identities_provider_provider_user_id
    ON user_oauth_identities (provider, provider_user_id);
CREATE INDEX idx_user_oauth_identities_user_id ON user_oauth_identities (user_id);

-- Append-only audit trail. session_id is informational (no foreign key) so rows outlive sessions.
-- event_type and event_category are open sets.
CREATE TABLE security_audit_log (
    id             TEXT PRIMARY KEY NOT NULL DEFAULT (lower(hex(randomblob(4)))||'-'||lower(hex(randomblob(2)))||'-4'||substr(lower(hex(randomblob(2))),2)||'-'||substr('89ab',1+(abs(random())%4),1)||substr(lower(hex(randomblob(2))),2)||'-'||lower(hex(randomblob(6)))),
    user_id        TEXT REFERENCES users (id) ON DELETE SET NULL,
    session_id     TEXT,
    event_type     TEXT NOT NULL,
    event_category TEXT,
    ip_address     TEXT,
    user_agent     TEXT,
    country_code   TEXT CHECK (country_code IS NULL OR length(country_code) = 2),
    device_id      TEXT,
    details        TEXT CHECK (details IS NULL OR json_valid(details)),
    success        INTEGER NOT NULL DEFAULT 0 CHECK (success IN (0, 1)),
    failure_reason TEXT,
    created_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX idx_security_audit_log_user_id_created_at ON security_audit_log (user_id, created_at);
CREATE INDEX idx_security_audit_log_event_type_created_at ON security_audit_log (event_type, created_at);

-- limit_type is an open set (login_ip, login_user, ...).
CREATE TABLE auth_rate_limits (
    id               TEXT PRIMARY KEY NOT NULL DEFAULT (lower(hex(randomblob(4)))||'-'||lower(hex(randomblob(2)))||'-4'||substr(lower(hex(randomblob(2))),2)||'-'||substr('89ab',1+(abs(random())%4),1)||substr(lower(hex(randomblob(2))),2)||'-'||lower(hex(randomblob(6)))),
    limit_key        TEXT NOT NULL,
    limit_type       TEXT NOT NULL,
    attempts         INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    first_attempt_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    last_attempt_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    locked_until     TEXT
);
CREATE UNIQUE INDEX uq_auth_rate_limits_limit_key_limit_type ON auth_rate_limits (limit_key, limit_type);

CREATE TABLE email_verification_tokens (
    id          TEXT PRIMARY KEY NOT NULL DEFAULT (lower(hex(randomblob(4)))||'-'||lower(hex(randomblob(2)))||'-4'||substr(lower(hex(randomblob(2))),2)||'-'||substr('89ab',1+(abs(random())%4),1)||substr(lower(hex(randomblob(2))),2)||'-'||lower(hex(randomblob(6)))),
    user_id     TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    token_hash  TEXT NOT NULL,
    email       TEXT COLLATE NOCASE,
    expires_at  TEXT NOT NULL,
    verified_at TEXT,
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE UNIQUE INDEX uq_email_verification_tokens_token_hash ON email_verification_tokens (token_hash);
CREATE INDEX idx_email_verification_tokens_user_id ON email_verification_tokens (user_id);

-- ===========================================================================================
-- Miscellaneous: legacy requests and application settings
-- ===========================================================================================

CREATE TABLE requests (
    id              TEXT PRIMARY KEY NOT NULL DEFAULT (lower(hex(randomblob(4)))||'-'||lower(hex(randomblob(2)))||'-4'||substr(lower(hex(randomblob(2))),2)||'-'||substr('89ab',1+(abs(random())%4),1)||substr(lower(hex(randomblob(2))),2)||'-'||lower(hex(randomblob(6)))),
    user_id         TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    title           TEXT NOT NULL,
    description     TEXT,
    due_date        TEXT CHECK (due_date IS NULL OR date(due_date, '+0 days') IS due_date),
    rush            INTEGER NOT NULL DEFAULT 0 CHECK (rush IN (0, 1)),
    person_override TEXT,
    monday_item_id  TEXT,
    monday_board_id TEXT,
    status          TEXT,
    created_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX idx_requests_user_id ON requests (user_id);
CREATE INDEX idx_requests_monday_item_id ON requests (monday_item_id);

CREATE TABLE app_settings (
    key        TEXT PRIMARY KEY NOT NULL,
    value      TEXT CHECK (value IS NULL OR json_valid(value)),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);

-- ===========================================================================================
-- Email campaigns (seed 003, scoped to a client: client_id -> users.id instead of org_id)
-- Templates, segments and unsubscribes with client_id NULL are agency-wide.
-- Message ids from Mailgun (mailgun_id) are stored without angle brackets.
-- ===========================================================================================

CREATE TABLE email_templates (
    id         TEXT PRIMARY KEY NOT NULL DEFAULT (lower(hex(randomblob(4)))||'-'||lower(hex(randomblob(2)))||'-4'||substr(lower(hex(randomblob(2))),2)||'-'||substr('89ab',1+(abs(random())%4),1)||substr(lower(hex(randomblob(2))),2)||'-'||lower(hex(randomblob(6)))),
    client_id  TEXT REFERENCES users (id) ON DELETE CASCADE,
    name       TEXT NOT NULL,
    subject    TEXT NOT NULL,
    content    TEXT NOT NULL,
    category   TEXT CHECK (category IS NULL OR category IN ('welcome', 'offers', 'updates', 'birthday')),
    is_default INTEGER NOT NULL DEFAULT 0 CHECK (is_default IN (0, 1)),
    thumbnail  TEXT,
    created_by TEXT REFERENCES users (id) ON DELETE SET NULL,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX idx_email_templates_client_id_category ON email_templates (client_id, category);
CREATE INDEX idx_email_templates_created_by ON email_templates (created_by);

CREATE TABLE segments (
    id             TEXT PRIMARY KEY NOT NULL DEFAULT (lower(hex(randomblob(4)))||'-'||lower(hex(randomblob(2)))||'-4'||substr(lower(hex(randomblob(2))),2)||'-'||substr('89ab',1+(abs(random())%4),1)||substr(lower(hex(randomblob(2))),2)||'-'||lower(hex(randomblob(6)))),
    client_id      TEXT REFERENCES users (id) ON DELETE CASCADE,
    name           TEXT NOT NULL,
    description    TEXT,
    filters        TEXT CHECK (filters IS NULL OR json_valid(filters)),
    customer_count INTEGER NOT NULL DEFAULT 0 CHECK (customer_count >= 0),
    created_by     TEXT REFERENCES users (id) ON DELETE SET NULL,
    created_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX idx_segments_client_id ON segments (client_id);
CREATE INDEX idx_segments_created_by ON segments (created_by);

-- signature_id and gmail_credential_id are kept from seed 003 for parity. Their tables do not
-- exist in v1 (Mailgun sends), so they carry no foreign key and stay NULL.
CREATE TABLE email_campaigns (
    id                  TEXT PRIMARY KEY NOT NULL DEFAULT (lower(hex(randomblob(4)))||'-'||lower(hex(randomblob(2)))||'-4'||substr(lower(hex(randomblob(2))),2)||'-'||substr('89ab',1+(abs(random())%4),1)||substr(lower(hex(randomblob(2))),2)||'-'||lower(hex(randomblob(6)))),
    client_id           TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name                TEXT NOT NULL,
    subject             TEXT NOT NULL,
    content             TEXT NOT NULL,
    template_id         TEXT REFERENCES email_templates (id) ON DELETE SET NULL,
    signature_id        TEXT,
    status              TEXT NOT NULL DEFAULT 'draft'
                        CHECK (status IS NULL
                            OR status IN ('draft', 'scheduled', 'sending', 'sent', 'paused', 'cancelled')),
    from_email          TEXT,
    gmail_credential_id TEXT,
    recipient_filters   TEXT CHECK (recipient_filters IS NULL OR json_valid(recipient_filters)),
    scheduled_at        TEXT,
    sent_at             TEXT,
    total_recipients    INTEGER NOT NULL DEFAULT 0 CHECK (total_recipients >= 0),
    sent_count          INTEGER NOT NULL DEFAULT 0 CHECK (sent_count >= 0),
    open_count          INTEGER NOT NULL DEFAULT 0 CHECK (open_count >= 0),
    click_count         INTEGER NOT NULL DEFAULT 0 CHECK (click_count >= 0),
    bounce_count        INTEGER NOT NULL DEFAULT 0 CHECK (bounce_count >= 0),
    unsubscribe_count   INTEGER NOT NULL DEFAULT 0 CHECK (unsubscribe_count >= 0),
    created_by          TEXT REFERENCES users (id) ON DELETE SET NULL,
    created_at          TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at          TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX idx_email_campaigns_client_id_status ON email_campaigns (client_id, status);
CREATE INDEX idx_email_campaigns_template_id ON email_campaigns (template_id);
CREATE INDEX idx_email_campaigns_created_by ON email_campaigns (created_by);
CREATE INDEX idx_email_campaigns_status_scheduled_at ON email_campaigns (status, scheduled_at);

-- customer_id (seed 003's customers) points at active_clients here, NULL for a bare address.
CREATE TABLE campaign_recipients (
    id            TEXT PRIMARY KEY NOT NULL DEFAULT (lower(hex(randomblob(4)))||'-'||lower(hex(randomblob(2)))||'-4'||substr(lower(hex(randomblob(2))),2)||'-'||substr('89ab',1+(abs(random())%4),1)||substr(lower(hex(randomblob(2))),2)||'-'||lower(hex(randomblob(6)))),
    client_id     TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    campaign_id   TEXT NOT NULL REFERENCES email_campaigns (id) ON DELETE CASCADE,
    customer_id   TEXT REFERENCES active_clients (id) ON DELETE SET NULL,
    email         TEXT COLLATE NOCASE NOT NULL,
    name          TEXT,
    status        TEXT NOT NULL DEFAULT 'pending'
                  CHECK (status IS NULL OR status IN ('pending', 'sending', 'sent', 'delivered', 'opened', 'clicked',
                         'bounced', 'failed', 'unsubscribed', 'complained', 'suppressed')),
    mailgun_id    TEXT,
    sent_at       TEXT,
    error_message TEXT,
    created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE UNIQUE INDEX uq_campaign_recipients_campaign_id_email ON campaign_recipients (campaign_id, email);
CREATE INDEX idx_campaign_recipients_campaign_id_status ON campaign_recipients (campaign_id, status);
CREATE INDEX idx_campaign_recipients_client_id_email ON campaign_recipients (client_id, email);
CREATE INDEX idx_campaign_recipients_customer_id ON campaign_recipients (customer_id);
CREATE INDEX idx_campaign_recipients_mailgun_id ON campaign_recipients (mailgun_id);

CREATE TABLE email_jobs (
    id             TEXT PRIMARY KEY NOT NULL DEFAULT (lower(hex(randomblob(4)))||'-'||lower(hex(randomblob(2)))||'-4'||substr(lower(hex(randomblob(2))),2)||'-'||substr('89ab',1+(abs(random())%4),1)||substr(lower(hex(randomblob(2))),2)||'-'||lower(hex(randomblob(6)))),
    client_id      TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    campaign_id    TEXT NOT NULL REFERENCES email_campaigns (id) ON DELETE CASCADE,
    sender_user_id TEXT REFERENCES users (id) ON DELETE SET NULL,
    status         TEXT NOT NULL DEFAULT 'queued'
                   CHECK (status IS NULL OR status IN ('queued', 'processing', 'completed', 'failed', 'cancelled')),
    run_at         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    attempts       INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    max_attempts   INTEGER NOT NULL DEFAULT 3 CHECK (max_attempts >= 0),
    locked_at      TEXT,
    locked_by      TEXT,
    started_at     TEXT,
    completed_at   TEXT,
    last_error     TEXT,
    created_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX idx_email_jobs_status_run_at ON email_jobs (status, run_at);
CREATE INDEX idx_email_jobs_campaign_id ON email_jobs (campaign_id);
CREATE INDEX idx_email_jobs_client_id ON email_jobs (client_id);
CREATE INDEX idx_email_jobs_sender_user_id ON email_jobs (sender_user_id);

-- idempotency_key is written before any network I/O and sent as a Mailgun v: variable, so a
-- message is never sent twice after a crash or retry.
CREATE TABLE email_job_items (
    id              TEXT PRIMARY KEY NOT NULL DEFAULT (lower(hex(randomblob(4)))||'-'||lower(hex(randomblob(2)))||'-4'||substr(lower(hex(randomblob(2))),2)||'-'||substr('89ab',1+(abs(random())%4),1)||substr(lower(hex(randomblob(2))),2)||'-'||lower(hex(randomblob(6)))),
    client_id       TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    job_id          TEXT NOT NULL REFERENCES email_jobs (id) ON DELETE CASCADE,
    campaign_id     TEXT NOT NULL REFERENCES email_campaigns (id) ON DELETE CASCADE,
    recipient_id    TEXT NOT NULL REFERENCES campaign_recipients (id) ON DELETE CASCADE,
    idempotency_key TEXT NOT NULL,
    status          TEXT NOT NULL DEFAULT 'pending'
                    CHECK (status IS NULL OR status IN ('pending', 'sending', 'sent', 'delivered', 'opened', 'clicked',
                           'bounced', 'failed', 'unsubscribed', 'complained', 'suppressed')),
    attempts        INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    mailgun_id      TEXT,
    sent_at         TEXT,
    error_message   TEXT,
    created_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE UNIQUE INDEX uq_email_job_items_idempotency_key ON email_job_items (idempotency_key);
CREATE UNIQUE INDEX uq_email_job_items_job_id_recipient_id ON email_job_items (job_id, recipient_id);
CREATE INDEX idx_email_job_items_job_id_status ON email_job_items (job_id, status);
CREATE INDEX idx_email_job_items_campaign_id ON email_job_items (campaign_id);
CREATE INDEX idx_email_job_items_recipient_id ON email_job_items (recipient_id);
CREATE INDEX idx_email_job_items_client_id ON email_job_items (client_id);
CREATE INDEX idx_email_job_items_mailgun_id ON email_job_items (mailgun_id);

-- One row per Mailgun event, deduplicated by event_id. Event names follow Mailgun (seed 003's
-- open and click are opened and clicked). Events of transactional mail point at email_logs
-- instead of a campaign. severity is set for failed events (permanent means a hard bounce).
CREATE TABLE email_tracking (
    id           TEXT PRIMARY KEY NOT NULL DEFAULT (lower(hex(randomblob(4)))||'-'||lower(hex(randomblob(2)))||'-4'||substr(lower(hex(randomblob(2))),2)||'-'||substr('89ab',1+(abs(random())%4),1)||substr(lower(hex(randomblob(2))),2)||'-'||lower(hex(randomblob(6)))),
    client_id    TEXT REFERENCES users (id) ON DELETE CASCADE,
    campaign_id  TEXT REFERENCES email_campaigns (id) ON DELETE CASCADE,
    recipient_id TEXT REFERENCES campaign_recipients (id) ON DELETE CASCADE,
    email_log_id TEXT REFERENCES email_logs (id) ON DELETE CASCADE,
    event_id     TEXT,
    event_type   TEXT NOT NULL
                 CHECK (event_type IS NULL OR event_type IN ('accepted', 'delivered', 'failed', 'rejected', 'opened',
                        'clicked', 'unsubscribed', 'complained', 'stored')),
    severity     TEXT CHECK (severity IS NULL OR severity IN ('permanent', 'temporary')),
    reason       TEXT,
    email        TEXT COLLATE NOCASE,
    mailgun_id   TEXT,
    url          TEXT,
    ip_address   TEXT,
    user_agent   TEXT,
    payload      TEXT CHECK (payload IS NULL OR json_valid(payload)),
    occurred_at  TEXT NOT NULL,
    created_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE UNIQUE INDEX uq_email_tracking_event_id ON email_tracking (event_id);
CREATE INDEX idx_email_tracking_campaign_id_event_type ON email_tracking (campaign_id, event_type);
CREATE INDEX idx_email_tracking_recipient_id ON email_tracking (recipient_id);
CREATE INDEX idx_email_tracking_email_log_id ON email_tracking (email_log_id);
CREATE INDEX idx_email_tracking_client_id_occurred_at ON email_tracking (client_id, occurred_at);
CREATE INDEX idx_email_tracking_mailgun_id ON email_tracking (mailgun_id);

-- The suppression list: an address here is never mailed again by that client (client_id NULL:
-- by anyone). kind says why: an unsubscribe, a permanent bounce, a spam complaint or a manual entry.
CREATE TABLE unsubscribes (
    id          TEXT PRIMARY KEY NOT NULL DEFAULT (lower(hex(randomblob(4)))||'-'||lower(hex(randomblob(2)))||'-4'||substr(lower(hex(randomblob(2))),2)||'-'||substr('89ab',1+(abs(random())%4),1)||substr(lower(hex(randomblob(2))),2)||'-'||lower(hex(randomblob(6)))),
    client_id   TEXT REFERENCES users (id) ON DELETE CASCADE,
    email       TEXT COLLATE NOCASE NOT NULL,
    kind        TEXT NOT NULL DEFAULT 'unsubscribe'
                CHECK (kind IS NULL OR kind IN ('unsubscribe', 'bounce', 'complaint', 'manual')),
    reason      TEXT,
    campaign_id TEXT REFERENCES email_campaigns (id) ON DELETE SET NULL,
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE UNIQUE INDEX uq_unsubscribes_client_id_email ON unsubscribes (ifnull(client_id, ''), email);
CREATE INDEX idx_unsubscribes_email ON unsubscribes (email);
CREATE INDEX idx_unsubscribes_client_id ON unsubscribes (client_id);
CREATE INDEX idx_unsubscribes_campaign_id ON unsubscribes (campaign_id);
