-- Schema version 5: what the task boards need beyond seed 000's map.
--
-- Seed 000's task_items has no order within a group, no description, no key number and no link
-- to the lead a task came from; Scaliyo's Team Hub (seed 001) adds priority and card colour.
-- board_id is kept equal to the group's board by triggers: it numbers the items per board
-- ("DENT-42") and lets a board, a filter or "my work" read items without walking groups.
ALTER TABLE task_items ADD COLUMN board_id TEXT REFERENCES task_boards (id) ON DELETE CASCADE;
ALTER TABLE task_items ADD COLUMN position INTEGER NOT NULL DEFAULT 0;
ALTER TABLE task_items ADD COLUMN item_number INTEGER;
ALTER TABLE task_items ADD COLUMN description TEXT;
ALTER TABLE task_items ADD COLUMN priority TEXT NOT NULL DEFAULT 'normal'
    CHECK (priority IN ('low', 'normal', 'high', 'urgent'));
ALTER TABLE task_items ADD COLUMN color TEXT;
ALTER TABLE task_items ADD COLUMN call_id TEXT REFERENCES call_logs (call_id) ON DELETE SET NULL;

UPDATE task_items SET board_id = (SELECT g.board_id FROM task_groups g WHERE g.id = task_items.group_id);

CREATE TRIGGER task_items_board_on_insert AFTER INSERT ON task_items
WHEN new.board_id IS NOT (SELECT board_id FROM task_groups WHERE id = new.group_id) BEGIN
    UPDATE task_items SET board_id = (SELECT board_id FROM task_groups WHERE id = new.group_id) WHERE id = new.id;
END;
CREATE TRIGGER task_items_board_on_move AFTER UPDATE OF group_id ON task_items
WHEN new.board_id IS NOT (SELECT board_id FROM task_groups WHERE id = new.group_id) BEGIN
    UPDATE task_items SET board_id = (SELECT board_id FROM task_groups WHERE id = new.group_id) WHERE id = new.id;
END;

-- A board's cards in column order; archived items are not on the board.
CREATE INDEX idx_task_items_group_position ON task_items (group_id, position) WHERE archived_at IS NULL;
CREATE INDEX idx_task_items_board_id ON task_items (board_id, archived_at);
CREATE UNIQUE INDEX uq_task_items_board_number ON task_items (board_id, item_number);
CREATE INDEX idx_task_items_call_id ON task_items (call_id);

-- Columns can be archived (nothing may be dropped on them) and coloured; boards and workspaces
-- are deleted softly so the delete can be undone; boards number their items.
ALTER TABLE task_groups ADD COLUMN archived_at TEXT;
ALTER TABLE task_groups ADD COLUMN color TEXT;
ALTER TABLE task_boards ADD COLUMN next_item_number INTEGER NOT NULL DEFAULT 1;
ALTER TABLE task_boards ADD COLUMN deleted_at TEXT;
ALTER TABLE task_workspaces ADD COLUMN deleted_at TEXT;

-- Subitems are ordered and ticked off; time entries know when a timer ran.
ALTER TABLE task_subitems ADD COLUMN position INTEGER NOT NULL DEFAULT 0;
ALTER TABLE task_subitems ADD COLUMN completed_at TEXT;
CREATE INDEX idx_task_subitems_parent_position ON task_subitems (parent_item_id, position);
ALTER TABLE task_time_entries ADD COLUMN started_at TEXT;
ALTER TABLE task_time_entries ADD COLUMN ended_at TEXT;
