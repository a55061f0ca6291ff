-- The CRM's own events waiting to be published on the crm.events exchange (the transactional
-- outbox). Every activity_log row is also an event: JdbiActivityLog inserts both rows in one
-- statement, so an event exists exactly when its change committed. The relay publishes the oldest
-- rows with publisher confirms and deletes them only once confirmed, so a row stays through broker
-- outages and a crash republishes it (at-least-once; consumers deduplicate by event_id).
--
-- A row points at its activity_log row instead of copying it: the audit row already holds every
-- field of the event (time, actor, subject, event, changes), it is never updated, and the relay
-- reads both by primary key; a copy would double what each change writes. activity_log rows are
-- therefore not deleted while their event waits (the foreign key refuses it).
CREATE TABLE outbox (
    -- The order events are relayed in. Drawn when the change is written; a later change of the
    -- same subject is written only after the earlier one committed (every use case holds the
    -- subject's row lock until commit), so one subject's events are numbered in commit order.
    sequence    bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    -- The id consumers deduplicate by; fixed when the event is made, the same on every republish.
    event_id    uuid        NOT NULL DEFAULT gen_random_uuid(),
    activity_id bigint      NOT NULL REFERENCES activity_log (id),
    -- For the relay's lag (now() - min(enqueued_at)); not part of the event.
    enqueued_at timestamptz NOT NULL DEFAULT now(),

    CONSTRAINT outbox_event_id_key    UNIQUE (event_id),
    -- One event per audit row (also the index the foreign key wants).
    CONSTRAINT outbox_activity_id_key UNIQUE (activity_id)
);

-- No NOTIFY trigger wakes the relay, on purpose: a transaction that notified holds a server-wide
-- lock through its commit, so such commits queue one behind another across every database of the
-- server. Measured here with pgbench, 16 clients each inserting one audit row and its event: 1,350
-- commits/s with a pg_notify trigger, 8,800 without. Instead the process that wrote an event wakes
-- its own relay after the commit (LocalOutboxSignal), and every relay also polls this table.
