package com.vecton.crm.domain.problem;

/**
 * A change asked for on the condition that the record is at a version it no longer is at
 * ({@code If-Match}; 412 {@code precondition_failed}). Carries the record's current version, so
 * that the answer can name the current {@code ETag} and the client need not guess what changed.
 */
public final class PreconditionFailed extends Problem {
    private final long currentVersion;

    public PreconditionFailed(long currentVersion) {
        super(
                "precondition_failed",
                "The record has changed since the version named in If-Match (it is at version " + currentVersion
                        + " now); read it again and decide whether to repeat the change.");
        this.currentVersion = currentVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
