-- Numbers whose calls need their repeat-caller numbering (call_sequence, caller_type) redone.
-- CTM sends calls newest first, so every page of a long pull holds older calls of numbers
-- already stored. A pull queues the numbers each page touches, in that page's transaction, and
-- renumbers them once when it ends (or when the next pull starts, after a crash), instead of
-- rewriting each number's whole history after every page.
CREATE TABLE call_renumber_queue (
    owner_user_id TEXT NOT NULL,
    from_number   TEXT NOT NULL,
    PRIMARY KEY (owner_user_id, from_number)
) WITHOUT ROWID;
