package com.vecton.crm.domain.access;

import com.vecton.crm.domain.problem.PreconditionFailed;
import java.util.Set;

/**
 * On what condition a requester asks for a change of one record (RFC 9110 {@code If-Match}): on
 * none, on the record existing, or on its being at one of the versions named. Checked by the use
 * case on the record as locked, after the 404 and the policy check, so that of two changes sent
 * with the version both read, the second finds the first's version and changes nothing.
 *
 * @param kind     which of the three
 * @param versions the versions that hold, for {@link Kind#VERSION_IN}; empty when every tag named
 *                 was one no version can match (a weak tag, a tag that is no version of ours)
 */
public record Precondition(Kind kind, Set<Long> versions) {
    /** No condition: the change applies to the record as it is. */
    public static final Precondition NONE = new Precondition(Kind.NONE, Set.of());

    /** {@code If-Match: *}: the record exists, at any version. */
    public static final Precondition EXISTS = new Precondition(Kind.EXISTS, Set.of());

    /** The three kinds of condition. */
    public enum Kind {
        NONE,
        EXISTS,
        VERSION_IN
    }

    public Precondition {
        if (kind == null || versions == null) {
            throw new IllegalArgumentException("a precondition has a kind and versions");
        }
        versions = Set.copyOf(versions);
        if (kind != Kind.VERSION_IN && !versions.isEmpty()) {
            throw new IllegalArgumentException("only a version condition names versions");
        }
    }

    /** The record is at one of these versions (none at all: it can never hold). */
    public static Precondition versionIn(Set<Long> versions) {
        return new Precondition(Kind.VERSION_IN, versions);
    }

    /** Whether a record that exists at {@code current} meets the condition. */
    public boolean holdsFor(long current) {
        return kind != Kind.VERSION_IN || versions.contains(current);
    }

    /** Refuses ({@code 412}, carrying the current version) unless a record at {@code current} meets the condition. */
    public void requireFor(long current) {
        if (!holdsFor(current)) {
            throw new PreconditionFailed(current);
        }
    }
}
