package com.vecton.crm.domain.file;

import java.util.regex.Pattern;

/**
 * The SHA-256 of a file's content, as 64 lower-case hex digits: the name a blob is stored under, so
 * the same content is stored once and no client-sent text ever becomes part of a stored path.
 */
public record ContentHash(String hex) {
    private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

    public ContentHash {
        if (hex == null || !HEX.matcher(hex).matches()) {
            throw new IllegalArgumentException("a content hash is 64 lower-case hex digits");
        }
    }

    @Override
    public String toString() {
        return hex;
    }
}
