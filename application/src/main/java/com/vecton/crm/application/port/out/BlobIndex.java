package com.vecton.crm.application.port.out;

import com.vecton.crm.domain.file.ContentHash;
import java.time.Instant;
import java.util.List;

/**
 * The database's record of which contents the {@link BlobStore} holds, and the lock that keeps an
 * upload and a cleanup of the same content apart, across replicas. Every method joins the
 * surrounding transaction ({@link Transactions}).
 */
public interface BlobIndex {

    /** Takes the lock of this content until the transaction ends, waiting for another holder. */
    void lock(ContentHash hash);

    /** Takes the lock of this content until the transaction ends if nobody holds it; whether it did. */
    boolean tryLock(ContentHash hash);

    /** Records the content (under its lock); nothing when it is recorded already. */
    void record(ContentHash hash, long size);

    /** Whether the content is recorded. */
    boolean isRecorded(ContentHash hash);

    /** Whether a media item (or a document version) refers to the content. */
    boolean isReferenced(ContentHash hash);

    /** Forgets the content's record (under its lock, once nothing refers to it). */
    void forget(ContentHash hash);

    /** At most {@code limit} recorded contents that nothing refers to, recorded before {@code before}. */
    List<ContentHash> unreferenced(Instant before, int limit);
}
