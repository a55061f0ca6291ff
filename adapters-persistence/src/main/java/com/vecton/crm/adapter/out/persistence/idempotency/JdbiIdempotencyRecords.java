package com.vecton.crm.adapter.out.persistence.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vecton.crm.adapter.out.persistence.Columns;
import com.vecton.crm.application.port.out.IdempotencyRecords;
import com.vecton.crm.domain.idempotency.IdempotencyKey;
import com.vecton.crm.domain.idempotency.IdempotencyRecord;
import com.vecton.crm.domain.idempotency.IdempotencyScope;
import com.vecton.crm.domain.idempotency.IdempotentRequest;
import com.vecton.crm.domain.idempotency.RequestFingerprint;
import com.vecton.crm.domain.idempotency.StoredResponse;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * {@link IdempotencyRecords} as rows of {@code idempotency_keys} (V17), read by the hand-written
 * mapper below (one row per request that carries a key). {@link #claim} and {@link #save} run in
 * the caller's transaction and refuse to run outside one, where the lock would end with the
 * statement.
 *
 * <p>The claim is a transaction-scoped advisory lock on a 64-bit hash of scope and key, in the
 * key space that {@code JdbiEventOutbox} ({@code outbox:}) and {@code JdbiTimeEntryRepository}
 * ({@code time_entries:}) share, hence the prefix. Two different keys that hash alike (about one
 * chance in 2^64 per pair) only make one of them wait for the other with a 409.
 */
public final class JdbiIdempotencyRecords implements IdempotencyRecords {
    private static final String TRY_CLAIM = """
            SELECT pg_try_advisory_xact_lock(
                hashtextextended('idempotency:' || :scope || chr(10) || :key, 0))""";

    private static final String FIND_LIVE = """
            SELECT scope, idempotency_key, method, target, body_sha256, status, headers::text, body, created_at
            FROM idempotency_keys
            WHERE scope = :scope AND idempotency_key = :key AND created_at >= :liveSince""";

    /** An expired row of the same key is replaced; a live one is left alone (and reported by the caller). */
    private static final String SAVE = """
            INSERT INTO idempotency_keys
                (scope, idempotency_key, method, target, body_sha256, status, headers, body, created_at)
            VALUES (:scope, :key, :method, :target, :bodySha256, :status, CAST(:headers AS jsonb), :body, :createdAt)
            ON CONFLICT (scope, idempotency_key) DO UPDATE
                SET method = EXCLUDED.method, target = EXCLUDED.target, body_sha256 = EXCLUDED.body_sha256,
                    status = EXCLUDED.status, headers = EXCLUDED.headers, body = EXCLUDED.body,
                    created_at = EXCLUDED.created_at
                WHERE idempotency_keys.created_at < :liveSince""";

    /**
     * One batch, oldest first by the created_at index; SKIP LOCKED lets replicas that expire keys at
     * the same moment take different rows instead of waiting on each other's.
     */
    private static final String FORGET_BEFORE = """
            DELETE FROM idempotency_keys
            WHERE (scope, idempotency_key) IN (SELECT scope, idempotency_key FROM idempotency_keys
                                               WHERE created_at < :cutoff
                                               ORDER BY created_at
                                               LIMIT :max
                                               FOR UPDATE SKIP LOCKED)""";

    private static final ObjectMapper HEADERS_JSON = new ObjectMapper();
    private static final TypeReference<TreeMap<String, String>> HEADERS_SHAPE = new TypeReference<>() {};

    /** Maps a row of {@link #FIND_LIVE}, by position. */
    private static final RowMapper<IdempotencyRecord> MAPPER = (rows, context) -> new IdempotencyRecord(
            new IdempotentRequest(
                    new IdempotencyScope(rows.getString(1)),
                    new IdempotencyKey(rows.getString(2)),
                    new RequestFingerprint(rows.getString(3), rows.getString(4), rows.getString(5))),
            new StoredResponse(rows.getInt(6), readHeaders(rows.getString(7)), rows.getBytes(8)),
            Columns.instant(rows, 9));

    private final Jdbi jdbi;

    public JdbiIdempotencyRecords(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public boolean claim(IdempotencyScope scope, IdempotencyKey key) {
        return jdbi.withHandle(handle -> {
            if (!handle.isInTransaction()) {
                throw new IllegalStateException("claim an idempotency key inside the transaction of its work");
            }
            return handle.createQuery(TRY_CLAIM)
                    .bind("scope", scope.value())
                    .bind("key", key.value())
                    .mapTo(Boolean.class)
                    .one();
        });
    }

    @Override
    public Optional<IdempotencyRecord> findLive(IdempotencyScope scope, IdempotencyKey key, Instant liveSince) {
        return jdbi.withHandle(handle -> handle.createQuery(FIND_LIVE)
                .bind("scope", scope.value())
                .bind("key", key.value())
                .bind("liveSince", liveSince)
                .map(MAPPER)
                .findOne());
    }

    @Override
    public void save(IdempotencyRecord record, Instant liveSince) {
        var request = record.request();
        var response = record.response();
        int written = jdbi.withHandle(handle -> {
            if (!handle.isInTransaction()) {
                throw new IllegalStateException("save an idempotency record inside the transaction of its work");
            }
            return handle.createUpdate(SAVE)
                    .bind("scope", request.scope().value())
                    .bind("key", request.key().value())
                    .bind("method", request.fingerprint().method())
                    .bind("target", request.fingerprint().target())
                    .bind("bodySha256", request.fingerprint().bodySha256())
                    .bind("status", (short) response.status())
                    .bind("headers", writeHeaders(response.headers()))
                    .bind("body", response.body())
                    .bind("createdAt", record.createdAt())
                    .bind("liveSince", liveSince)
                    .execute();
        });
        if (written != 1) {
            throw new IllegalStateException("a live record of this idempotency key exists although it was claimed");
        }
    }

    @Override
    public int forgetCreatedBefore(Instant cutoff, int max) {
        return jdbi.withHandle(handle -> handle.createUpdate(FORGET_BEFORE)
                .bind("cutoff", cutoff)
                .bind("max", max)
                .execute());
    }

    private static String writeHeaders(Map<String, String> headers) {
        try {
            return HEADERS_JSON.writeValueAsString(headers);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("response headers cannot be written as JSON: " + e.getMessage(), e);
        }
    }

    private static Map<String, String> readHeaders(String json) {
        try {
            return HEADERS_JSON.readValue(json, HEADERS_SHAPE);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("idempotency_keys.headers is not {name: value}: " + e.getMessage(), e);
        }
    }
}
