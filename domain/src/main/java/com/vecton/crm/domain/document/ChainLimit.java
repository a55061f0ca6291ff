package com.vecton.crm.domain.document;

import com.vecton.crm.domain.problem.RuleViolated;

/**
 * The cap on a document's version chain: the sizes of its live versions together are at most
 * {@code bytes} (1 GiB unless configured, {@code DOCUMENT_CHAIN_LIMIT_BYTES}); a version that would
 * pass it is {@code 422 version_chain_size_exceeded}, saying the current size and the limit.
 */
public record ChainLimit(long bytes) {
    public static final long DEFAULT_BYTES = 1L << 30;
    public static final String EXCEEDED = "version_chain_size_exceeded";

    public ChainLimit {
        if (bytes < 1) {
            throw new IllegalArgumentException("a chain limit is at least a byte");
        }
    }

    /** Refuses a version of {@code added} bytes on a chain of {@code current} bytes, if together they pass the limit. */
    public void requireRoom(long current, long added) {
        if (current + added > bytes) {
            throw new RuleViolated(
                    EXCEEDED,
                    "The document's versions hold " + current + " bytes; a version of " + added
                            + " bytes would pass the limit of " + bytes + " bytes.");
        }
    }
}
