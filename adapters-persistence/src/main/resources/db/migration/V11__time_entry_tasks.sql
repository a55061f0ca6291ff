-- Time booked on a task (V10 left this out until tasks existed, see its header). Optional: time
-- may be booked on a project alone. The application books an entry on its task's project and only
-- on a live task (TimeEntryDetails.bookedOn); it checks this when an entry is created or moved to
-- another task, not afterwards: a task deleted or moved to another project later keeps its time
-- where it was booked, as history. That is why no constraint ties project_id to the task's
-- project (a composite foreign key would also forbid moving a task that has time on it).
--
-- Tasks are soft-deleted, so the reference holds for good; no ON DELETE action is needed.
-- A nullable column without a default rewrites no rows; checking the new reference reads the table
-- once and finds only NULLs, and the index below starts empty. So this is quick on a big table too,
-- holding its ACCESS EXCLUSIVE lock on time_entries only that long.
ALTER TABLE time_entries ADD COLUMN task_id bigint REFERENCES tasks (id);

-- The ?task_id= filter of lists and exports, newest or oldest first (task_id, started_at, id); it
-- also serves the foreign key's lookups should a task ever be removed. Only rows with a task are
-- indexed: most time is booked on projects alone.
CREATE INDEX time_entries_task_started_idx ON time_entries (task_id, started_at, id) WHERE task_id IS NOT NULL;
