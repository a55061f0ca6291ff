package com.vecton.crm.domain.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * An opaque bearer token as the client sent it. Its {@link #toString()} never shows the
 * value, and caches key on {@link #fingerprint()}, so the raw token is never logged or stored.
 */
public record BearerToken(String value) {
    public BearerToken {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a bearer token is not blank");
        }
    }

    /**
     * The token of an {@code Authorization} header, if it is a well-formed {@code Bearer} one
     * (scheme case-insensitive, per RFC 6750); anything else is no token at all.
     */
    public static java.util.Optional<BearerToken> fromAuthorizationHeader(String header) {
        if (header == null || header.length() <= 7 || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return java.util.Optional.empty();
        }
        String token = header.substring(7).strip();
        return token.isEmpty() || token.indexOf(' ') >= 0 ? java.util.Optional.empty()
                : java.util.Optional.of(new BearerToken(token));
    }

    /** Lower-case hex SHA-256 of the token: the cache key of identity.md section 1. */
    public String fingerprint() {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return "BearerToken[redacted]";
    }
}
