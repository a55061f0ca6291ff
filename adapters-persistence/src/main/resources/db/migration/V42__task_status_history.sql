-- Every status a task has been in, and when it entered it (issue 12: SLA clocks pause in some
-- statuses and stop when a task leaves todo or reaches done). Written by a trigger, so that every
-- writer of tasks (the API, identity events, a migration, psql) records the change in the same
-- transaction; a change back and forth within one transaction records each step.
CREATE TABLE task_status_history (
    id         bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    task_id    bigint      NOT NULL REFERENCES tasks (id),
    status     text        NOT NULL,
    entered_at timestamptz NOT NULL
);
CREATE INDEX task_status_history_task_idx ON task_status_history (task_id, entered_at, id);

CREATE FUNCTION public.f_record_task_status() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO task_status_history (task_id, status, entered_at) VALUES (NEW.id, NEW.status, NEW.created_at);
    ELSIF NEW.status IS DISTINCT FROM OLD.status THEN
        INSERT INTO task_status_history (task_id, status, entered_at)
        VALUES (NEW.id, NEW.status, greatest(NEW.updated_at, OLD.updated_at));
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER tasks_record_status AFTER INSERT OR UPDATE OF status ON tasks
    FOR EACH ROW EXECUTE FUNCTION public.f_record_task_status();

-- Tasks that exist already: their current status since their last update (earlier steps are unknown).
INSERT INTO task_status_history (task_id, status, entered_at)
SELECT id, 'todo', created_at FROM tasks WHERE status <> 'todo';
INSERT INTO task_status_history (task_id, status, entered_at)
SELECT id, status, CASE WHEN status = 'todo' THEN created_at ELSE coalesce(completed_at, updated_at) END FROM tasks;
