-- When the breach job last ran (issue 12). A task that meets a target late between two runs is no
-- longer open when the next run looks, so each run also reads the tasks whose status changed since
-- the previous run, less a margin for writers that commit late, and records such a breach, already
-- resolved. One row, written only by the run that holds the job's advisory lock.
CREATE TABLE sla_breach_job (
    singleton   boolean     PRIMARY KEY DEFAULT true,
    last_run_at timestamptz NOT NULL,
    CONSTRAINT sla_breach_job_one_row CHECK (singleton)
);

INSERT INTO sla_breach_job (last_run_at) VALUES (now());

-- The status changes since a point in time, for that scan.
CREATE INDEX task_status_history_entered_idx ON task_status_history (entered_at);

-- A task's breaches, resolved or not: the job reads them with every task it times, and writes a
-- breach only where its task and target have none. The partial unique index covers only the
-- unresolved ones; without this one each of those reads scanned the table (a run over 90,000
-- tasks beside 20,000 breaches took 58 s instead of 2).
CREATE INDEX sla_breaches_task_idx ON sla_breaches (task_id, target);
