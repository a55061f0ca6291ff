-- The changes feed (GET /api/{type}/changes): every record of the kit's six tables carries the id
-- of the transaction that last wrote it, and records deleted for good leave a tombstone, so that a
-- client can sync "everything after the last change I saw" without ever losing one.
--
-- Why a transaction id and not updated_at or a sequence. Both are taken before commit, so two
-- transactions can commit in the opposite order of their stamps: a client that has synced up to
-- the later stamp never sees the earlier one, which commits after it looked. A transaction id is
-- taken before commit too, but Postgres can say which ids may still commit:
-- pg_snapshot_xmin(pg_current_snapshot()) is the oldest transaction still running when the
-- snapshot was taken, every id below it has finished (committed or rolled back), and every
-- transaction yet to come gets a larger id. JdbiStore.changes serves only rows below that horizon,
-- so nothing the feed has moved past can appear later (the proof is written out there).
--
-- changed_xid is stamped by a trigger, not by the stores, so that no writer can forget it: every
-- insert and every update of a row (a position shifted on the board, a restore) gets the writing
-- transaction's id. Rows written before this migration keep 0: they were committed long ago, so any
-- value below every horizon is right for them, and a constant default adds the column without
-- rewriting the table (a million contacts take as long as the index build, not a rewrite's 20 s).

CREATE FUNCTION public.f_stamp_changed_xid() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    NEW.changed_xid := pg_current_xact_id();
    RETURN NEW;
END
$$;

ALTER TABLE contacts     ADD COLUMN changed_xid xid8 NOT NULL DEFAULT '0';
ALTER TABLE companies    ADD COLUMN changed_xid xid8 NOT NULL DEFAULT '0';
ALTER TABLE projects     ADD COLUMN changed_xid xid8 NOT NULL DEFAULT '0';
ALTER TABLE task_labels  ADD COLUMN changed_xid xid8 NOT NULL DEFAULT '0';
ALTER TABLE tasks        ADD COLUMN changed_xid xid8 NOT NULL DEFAULT '0';
ALTER TABLE time_entries ADD COLUMN changed_xid xid8 NOT NULL DEFAULT '0';

-- From here on the trigger gives every new row its stamp (NOT NULL is checked after it ran).
ALTER TABLE contacts     ALTER COLUMN changed_xid DROP DEFAULT;
ALTER TABLE companies    ALTER COLUMN changed_xid DROP DEFAULT;
ALTER TABLE projects     ALTER COLUMN changed_xid DROP DEFAULT;
ALTER TABLE task_labels  ALTER COLUMN changed_xid DROP DEFAULT;
ALTER TABLE tasks        ALTER COLUMN changed_xid DROP DEFAULT;
ALTER TABLE time_entries ALTER COLUMN changed_xid DROP DEFAULT;

CREATE TRIGGER contacts_stamp_changed_xid BEFORE INSERT OR UPDATE ON contacts
    FOR EACH ROW EXECUTE FUNCTION public.f_stamp_changed_xid();
CREATE TRIGGER companies_stamp_changed_xid BEFORE INSERT OR UPDATE ON companies
    FOR EACH ROW EXECUTE FUNCTION public.f_stamp_changed_xid();
CREATE TRIGGER projects_stamp_changed_xid BEFORE INSERT OR UPDATE ON projects
    FOR EACH ROW EXECUTE FUNCTION public.f_stamp_changed_xid();
CREATE TRIGGER task_labels_stamp_changed_xid BEFORE INSERT OR UPDATE ON task_labels
    FOR EACH ROW EXECUTE FUNCTION public.f_stamp_changed_xid();
CREATE TRIGGER tasks_stamp_changed_xid BEFORE INSERT OR UPDATE ON tasks
    FOR EACH ROW EXECUTE FUNCTION public.f_stamp_changed_xid();
CREATE TRIGGER time_entries_stamp_changed_xid BEFORE INSERT OR UPDATE ON time_entries
    FOR EACH ROW EXECUTE FUNCTION public.f_stamp_changed_xid();

-- V15's safety net raises a row's version when an UPDATE changed the row but not its version. The
-- stamp is bookkeeping, not a change a client sees: an UPDATE that only stamps (the pivot trigger
-- below) must not raise the version, or a task saved after its pivots changed would be stored one
-- version above the one its answer's ETag names. The writers that change what a task shows through
-- its pivots raise its version themselves (JdbiTaskRepository.unassignEverywhere,
-- JdbiTaskLabelRepository.delete).
CREATE OR REPLACE FUNCTION public.f_raise_version() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    IF (to_jsonb(NEW) - coalesce(TG_ARGV, '{}'::text[]) - 'changed_xid') IS DISTINCT FROM
       (to_jsonb(OLD) - coalesce(TG_ARGV, '{}'::text[]) - 'changed_xid') THEN
        NEW.version := OLD.version + 1;
    END IF;
    RETURN NEW;
END
$$;

-- The feed's order: a page is the next rows after (changed_xid, id), read in this index's order
-- (xid8 has btree ordering since Postgres 13).
CREATE INDEX contacts_changed_idx     ON contacts (changed_xid, id);
CREATE INDEX companies_changed_idx    ON companies (changed_xid, id);
CREATE INDEX projects_changed_idx     ON projects (changed_xid, id);
CREATE INDEX task_labels_changed_idx  ON task_labels (changed_xid, id);
CREATE INDEX tasks_changed_idx        ON tasks (changed_xid, id);
CREATE INDEX time_entries_changed_idx ON time_entries (changed_xid, id);

-- A task's assignees and labels are part of the task as the API shows it, but live in pivots that
-- change without the task's row: a deleted label takes itself off every task (ON DELETE CASCADE,
-- V9), and a user scheduled for deletion is unassigned everywhere. So any change of a pivot row
-- stamps its task again, and the feed serves the task anew. A task saved by the application has
-- been stamped by its own update already; the condition skips the second write.
CREATE FUNCTION public.f_stamp_task_of_pivot() RETURNS trigger
    LANGUAGE plpgsql AS
$$
DECLARE
    task bigint := CASE WHEN TG_OP = 'DELETE' THEN OLD.task_id ELSE NEW.task_id END;
BEGIN
    UPDATE tasks SET changed_xid = pg_current_xact_id()
    WHERE id = task AND changed_xid <> pg_current_xact_id();
    RETURN NULL;
END
$$;

CREATE TRIGGER task_assignees_stamp_task AFTER INSERT OR DELETE ON task_assignees
    FOR EACH ROW EXECUTE FUNCTION public.f_stamp_task_of_pivot();
CREATE TRIGGER task_label_links_stamp_task AFTER INSERT OR DELETE ON task_label_links
    FOR EACH ROW EXECUTE FUNCTION public.f_stamp_task_of_pivot();

-- What is left of a record deleted for good, for the feed to tell clients that it is gone. Of the
-- kit's tables only task_labels deletes rows (the others are soft-deleted, and their deleted rows
-- are their own tombstones). Written by a trigger, so that no code path can delete without one.
-- created_by is kept because the feed shows a tombstone only to a caller who could have seen the
-- record (policies on task labels may test resource.created_by); nothing else of the record is.
CREATE TABLE sync_tombstones (
    -- The table the record was in, as the stores name it (task_labels).
    record_type text        NOT NULL,
    record_id   bigint      NOT NULL,
    created_by  text,
    deleted_at  timestamptz NOT NULL,
    changed_xid xid8        NOT NULL,

    -- Ids come from sequences and are never reused, so a record is deleted once.
    PRIMARY KEY (record_type, record_id)
);

-- The feed of one type reads its tombstones in its order.
CREATE INDEX sync_tombstones_changed_idx ON sync_tombstones (record_type, changed_xid, record_id);

-- Retention: tombstones are kept 30 days and a day more (a cursor older than 30 days is refused
-- with 410 sync_cursor_expired), then deleted in batches by this index (ForgetOldTombstonesService).
CREATE INDEX sync_tombstones_deleted_at_idx ON sync_tombstones (deleted_at);

CREATE FUNCTION public.f_sync_tombstone() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    INSERT INTO sync_tombstones (record_type, record_id, created_by, deleted_at, changed_xid)
    VALUES (TG_TABLE_NAME, OLD.id, OLD.created_by, clock_timestamp(), pg_current_xact_id())
    ON CONFLICT (record_type, record_id) DO UPDATE
        SET created_by = excluded.created_by, deleted_at = excluded.deleted_at, changed_xid = excluded.changed_xid;
    RETURN NULL;
END
$$;

CREATE TRIGGER task_labels_sync_tombstone AFTER DELETE ON task_labels
    FOR EACH ROW EXECUTE FUNCTION public.f_sync_tombstone();
