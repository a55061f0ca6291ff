-- The audit trail: one row per change, written in the transaction of the change. Rows are only
-- ever inserted. Actor ids are identity's ids, kept as text and without a foreign key, so that an
-- entry never fails (or disappears) because of the state of the user mirror.
CREATE TABLE activity_log (
    id              bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at     timestamptz NOT NULL,
    actor_user_id   text        NOT NULL,
    impersonator_id text,
    subject_type    text        NOT NULL,
    subject_id      text        NOT NULL,
    event           text        NOT NULL,
    -- {"field": {"before": ..., "after": ...}, ...}
    changes         jsonb       NOT NULL DEFAULT '{}'
);

-- The history of one record, newest first.
CREATE INDEX activity_log_subject_idx ON activity_log (subject_type, subject_id, occurred_at DESC);
-- What one user did, newest first.
CREATE INDEX activity_log_actor_idx ON activity_log (actor_user_id, occurred_at DESC);
-- Everything in a time range (exports, retention).
CREATE INDEX activity_log_occurred_at_idx ON activity_log (occurred_at);
