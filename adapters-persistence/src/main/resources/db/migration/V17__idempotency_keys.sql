-- The Idempotency-Key of POST requests (the IETF draft "The Idempotency-Key HTTP Header Field",
-- Stripe's practice): per caller and key, the request it came with and the successful answer it
-- got, kept to be replayed to a retry for 24 hours. The row is written in the transaction of the
-- work it answers, so a created record and its kept answer commit together or not at all; a
-- refused request (4xx, 5xx) writes nothing. Concurrent requests with one key are kept apart by a
-- transaction-scoped advisory lock (hashtextextended('idempotency:' || scope || ...)), not by this
-- table: the second is answered 409 at once instead of waiting for the first.
CREATE TABLE idempotency_keys (
    -- Whose key: 'user:u-1001', 'service_account:sa-sync', 'user:u-1001 impersonated_by:u-admin'.
    -- Two callers sending the same key string have two rows.
    scope           text        NOT NULL,
    idempotency_key text        NOT NULL,
    -- What the key was used for: a retry must match all three, else 422 idempotency_key_reused.
    method          text        NOT NULL,
    -- Path and query as sent (at most 8,192 characters, the HTTP limit).
    target          text        NOT NULL,
    -- SHA-256 of the body with its JSON object keys sorted (of the raw bytes when it is not JSON).
    body_sha256     text        NOT NULL,
    -- The answer, replayed byte for byte: status, the headers that matter (Location, ETag,
    -- Content-Type) as a JSON object of name to value, and the body.
    status          smallint    NOT NULL,
    headers         jsonb       NOT NULL,
    body            bytea       NOT NULL,
    created_at      timestamptz NOT NULL,

    CONSTRAINT idempotency_keys_pkey PRIMARY KEY (scope, idempotency_key),
    -- As IdempotencyKey: 1-255 printable ASCII characters.
    CONSTRAINT idempotency_keys_key_shape CHECK (idempotency_key ~ '^[ -~]{1,255}$'),
    CONSTRAINT idempotency_keys_body_sha256_shape CHECK (body_sha256 ~ '^[0-9a-f]{64}$'),
    -- Only successes are kept.
    CONSTRAINT idempotency_keys_status_success CHECK (status BETWEEN 200 AND 299),
    CONSTRAINT idempotency_keys_headers_object CHECK (jsonb_typeof(headers) = 'object')
);

-- Expiry: a job on every replica deletes rows older than 24 hours in batches by created_at
-- (FOR UPDATE SKIP LOCKED, so replicas never wait on each other), which this index serves.
-- Reads ignore expired rows whether or not the job has run yet.
CREATE INDEX idempotency_keys_created_at_idx ON idempotency_keys (created_at);
