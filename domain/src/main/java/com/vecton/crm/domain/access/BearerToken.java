package com.vecton.crm.domain.access;

import com.vecton.crm.domain.problem.Unauthenticated;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * An opaque bearer token as the client sent it, in RFC 6750 {@code b64token} syntax and at most
 * {@value #MAX_LENGTH} characters. Its {@link #toString()} never shows the value, and caches key
 * on {@link #fingerprint()}, so the raw token is never logged or stored.
 *
 * <p>The syntax is checked before anything else touches the token: a token with a control
 * character reached the identity HTTP client, which refused it with a message quoting the whole
 * header, and that message reached the log. A value that passes here can be put into a header,
 * a log-safe fingerprint and a cache key alike.
 */
public record BearerToken(String value) {
    /** Longer than any token identity issues (JWTs with many claims stay under 2 KiB). */
    public static final int MAX_LENGTH = 4096;

    /** @throws IllegalArgumentException (never quoting the value) unless it is a b64token of allowed length */
    public BearerToken {
        if (!isWellFormed(value)) {
            throw new IllegalArgumentException(
                    "a bearer token is an RFC 6750 b64token of at most " + MAX_LENGTH + " characters");
        }
    }

    /**
     * Whether the value is an RFC 6750 b64token (section 2.1: {@code 1*( ALPHA / DIGIT / "-" / "." /
     * "_" / "~" / "+" / "/" ) *"="}) of at most {@link #MAX_LENGTH} characters. Checked in one pass,
     * not with a pattern: every request's token is checked (bench/results-2026-12-01-session7.md).
     */
    public static boolean isWellFormed(String value) {
        if (value == null || value.isEmpty() || value.length() > MAX_LENGTH) {
            return false;
        }
        int end = value.length();
        while (end > 0 && value.charAt(end - 1) == '=') {
            end--;
        }
        if (end == 0) {
            return false;
        }
        for (int i = 0; i < end; i++) {
            if (!isTokenCharacter(value.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isTokenCharacter(char c) {
        return (c >= 'A' && c <= 'Z')
                || (c >= 'a' && c <= 'z')
                || (c >= '0' && c <= '9')
                || c == '-'
                || c == '.'
                || c == '_'
                || c == '~'
                || c == '+'
                || c == '/';
    }

    /**
     * The token of an {@code Authorization} header: none when there is no header or it is not of
     * the {@code Bearer} scheme (case-insensitive, per RFC 6750), the token when it is well formed.
     *
     * @throws Unauthenticated {@code token_invalid} for a {@code Bearer} header whose token is not
     *         a b64token or is too long: no identity call can make such a token valid
     */
    public static Optional<BearerToken> fromAuthorizationHeader(String header) {
        if (header == null || header.length() <= 7 || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        String token = header.substring(7).strip();
        if (token.isEmpty()) {
            return Optional.empty();
        }
        if (!isWellFormed(token)) {
            throw new Unauthenticated(
                    Unauthenticated.TOKEN_INVALID,
                    "The bearer token is not an RFC 6750 token of at most " + MAX_LENGTH + " characters.");
        }
        return Optional.of(new BearerToken(token));
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
