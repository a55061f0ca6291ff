-- Record versions (issue 10): every row of the six kit tables counts its changes. A new row is at
-- version 1, and every change of what a client reads of it raises the version by one, so the
-- version never repeats for one row. The API makes each item's ETag of it ("7") and compares
-- If-Match with it under the row lock, which is what lets two clients that read version 7 and
-- both send a change on that condition end with one change applied and one 412.
--
-- Who raises it:
--   1. the application, on every save: the entity's Lifecycle (or TaskLabel) is one version more
--      than the row it locked, and the upsert writes that (Table.save);
--   2. the stores' own statements that change rows besides a save, by "version = version + 1":
--      the position shifts of a board column (JdbiTaskRepository.closeGap/openGap);
--   3. the statements that change what a task shows without touching its row, since assignee_ids
--      and label_ids live in task_assignees and task_label_links: removing a user from every task
--      (JdbiTaskRepository.unassignEverywhere) and deleting a label (JdbiTaskLabelRepository.delete)
--      raise the version of the tasks concerned;
--   4. the trigger below, for any other writer that changes a row and forgets (a hand-written
--      UPDATE, a future statement): no writer can leave a changed row at its old version.
--
-- Adding a NOT NULL column with a constant default rewrites nothing (Postgres 11 and later store
-- the default in the catalog); the CHECK reads every row once, under the ALTER's exclusive lock.

ALTER TABLE contacts
    ADD COLUMN version bigint NOT NULL DEFAULT 1,
    ADD CONSTRAINT contacts_version_positive CHECK (version > 0);
ALTER TABLE companies
    ADD COLUMN version bigint NOT NULL DEFAULT 1,
    ADD CONSTRAINT companies_version_positive CHECK (version > 0);
ALTER TABLE projects
    ADD COLUMN version bigint NOT NULL DEFAULT 1,
    ADD CONSTRAINT projects_version_positive CHECK (version > 0);
ALTER TABLE tasks
    ADD COLUMN version bigint NOT NULL DEFAULT 1,
    ADD CONSTRAINT tasks_version_positive CHECK (version > 0);
ALTER TABLE task_labels
    ADD COLUMN version bigint NOT NULL DEFAULT 1,
    ADD CONSTRAINT task_labels_version_positive CHECK (version > 0);
ALTER TABLE time_entries
    ADD COLUMN version bigint NOT NULL DEFAULT 1,
    ADD CONSTRAINT time_entries_version_positive CHECK (version > 0);

-- The safety net: an UPDATE that changed the row but did not raise its version gets the version
-- after the stored one. An UPDATE that changes nothing keeps its version (a no-op is no new
-- version). The arguments name the table's generated columns, which are left out of the
-- comparison: in a BEFORE trigger they are not computed yet (NULL in NEW), so they would make
-- every row look changed. The triggers' WHEN keeps the function from running at all for the
-- writers that do raise the version, which every save does.
CREATE FUNCTION public.f_raise_version() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    IF (to_jsonb(NEW) - coalesce(TG_ARGV, '{}'::text[])) IS DISTINCT FROM
       (to_jsonb(OLD) - coalesce(TG_ARGV, '{}'::text[])) THEN
        NEW.version := OLD.version + 1;
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER contacts_raise_version BEFORE UPDATE ON contacts
    FOR EACH ROW WHEN (NEW.version <= OLD.version) EXECUTE FUNCTION public.f_raise_version('search_text');
CREATE TRIGGER companies_raise_version BEFORE UPDATE ON companies
    FOR EACH ROW WHEN (NEW.version <= OLD.version) EXECUTE FUNCTION public.f_raise_version('search_text');
CREATE TRIGGER projects_raise_version BEFORE UPDATE ON projects
    FOR EACH ROW WHEN (NEW.version <= OLD.version) EXECUTE FUNCTION public.f_raise_version('search_text');
CREATE TRIGGER tasks_raise_version BEFORE UPDATE ON tasks
    FOR EACH ROW WHEN (NEW.version <= OLD.version) EXECUTE FUNCTION public.f_raise_version('search_text');
CREATE TRIGGER task_labels_raise_version BEFORE UPDATE ON task_labels
    FOR EACH ROW WHEN (NEW.version <= OLD.version) EXECUTE FUNCTION public.f_raise_version();
CREATE TRIGGER time_entries_raise_version BEFORE UPDATE ON time_entries
    FOR EACH ROW WHEN (NEW.version <= OLD.version) EXECUTE FUNCTION public.f_raise_version('duration_minutes');
