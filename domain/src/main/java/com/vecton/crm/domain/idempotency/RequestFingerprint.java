package com.vecton.crm.domain.idempotency;

import java.util.regex.Pattern;

/**
 * What makes a retry "the same request" for an idempotency key: the method, the request target
 * (path and query, as sent) and the SHA-256 of the body in canonical form, so that the same JSON
 * object with its keys in another order or other whitespace is the same request. A key sent again
 * with another fingerprint is a client bug (a reused key), never a retry.
 *
 * @param bodySha256 64 lower-case hex digits
 */
public record RequestFingerprint(String method, String target, String bodySha256) {
    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

    public RequestFingerprint {
        if (method == null || method.isBlank() || target == null || !target.startsWith("/")) {
            throw new IllegalArgumentException("a request fingerprint has a method and a target path");
        }
        if (bodySha256 == null || !SHA256_HEX.matcher(bodySha256).matches()) {
            throw new IllegalArgumentException("a request fingerprint's body hash is 64 lower-case hex digits");
        }
    }
}
