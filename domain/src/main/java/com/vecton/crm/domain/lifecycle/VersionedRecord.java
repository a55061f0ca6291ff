package com.vecton.crm.domain.lifecycle;

/**
 * A stored record that counts its changes: {@link #version()} is 1 when it is created and goes
 * up with every change of what a client reads of it, never repeating. The kit's use cases compare
 * it with a requester's {@link com.vecton.crm.domain.access.Precondition} under the row lock, and
 * the REST adapter makes the record's {@code ETag} of it. Every entity of the kit is one.
 */
public interface VersionedRecord {

    long version();
}
