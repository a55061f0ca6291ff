package com.vecton.crm.adapter.in.rest.idempotency;

import com.vecton.crm.adapter.in.rest.problem.RequestRejected;
import com.vecton.crm.domain.idempotency.IdempotencyKey;
import java.util.List;
import java.util.Optional;

/** Reads the {@code Idempotency-Key} request header: absent, or exactly one well-formed key. */
final class IdempotencyKeyHeader {
    static final String NAME = "Idempotency-Key";

    private IdempotencyKeyHeader() {}

    /**
     * @param values every value of the header, as the server received them (one per header line)
     * @throws RequestRejected {@code malformed_request}, naming the header, for a key sent twice
     *         (which one would the client mean?) or one that is not 1-255 printable ASCII characters
     */
    static Optional<IdempotencyKey> read(List<String> values) {
        if (values == null || values.isEmpty()) {
            return Optional.empty();
        }
        if (values.size() > 1) {
            throw RequestRejected.malformed("The " + NAME + " header must be sent at most once.");
        }
        String value = values.getFirst();
        if (!IdempotencyKey.isWellFormed(value)) {
            throw RequestRejected.malformed("The " + NAME + " header must be 1 to " + IdempotencyKey.MAX_LENGTH
                    + " printable ASCII characters.");
        }
        return Optional.of(new IdempotencyKey(value));
    }
}
