-- The identity events already handled (identity.md section 5), which makes handling idempotent.
-- A handler inserts the event's id in the transaction of its changes (ON CONFLICT DO NOTHING):
-- the primary key lets exactly one of two concurrent deliveries of one id insert it (the other
-- waits for the first to commit and then finds the id taken); a rollback takes the id away with
-- the changes, so a redelivery applies them. Events of other tenants are never recorded.
CREATE TABLE processed_events (
    event_id    text        PRIMARY KEY,
    -- The routing key, e.g. identity.user.updated; for the people reading this table.
    type        text        NOT NULL,
    -- When identity says the event happened; handled_at is when this tenant applied it.
    occurred_at timestamptz NOT NULL,
    handled_at  timestamptz NOT NULL,

    -- As IdentityEvent.ID_MAX_LENGTH.
    CONSTRAINT processed_events_id_length CHECK (char_length(event_id) BETWEEN 1 AND 200)
);

-- Retention. A duplicate comes from a redelivery (a consumer that died before its ack, a broker
-- failover), minutes or hours after the first delivery, never months. Rows older than a generous
-- horizon (say 30 days) may be deleted in batches by handled_at, which this index serves; no job
-- does it yet (about one row per identity event, a few hundred bytes each).
CREATE INDEX processed_events_handled_at_idx ON processed_events (handled_at);
