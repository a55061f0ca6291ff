package com.vecton.crm.application.port.out;

import com.vecton.crm.domain.file.ContentHash;
import java.io.InputStream;
import java.time.Instant;

/**
 * Where file contents are kept, by their SHA-256 ({@link ContentHash}): the same content is stored
 * once. Content arrives in two steps so that nothing half-written is ever visible under a hash:
 * {@link #stage} streams it to a private place while hashing it (never holding it in memory),
 * {@link #publish} then makes it visible under its hash at once (a rename or a copy), unless it is
 * there already. Names inside the store are made from hashes and random tokens only, never from
 * anything a client sent.
 *
 * <p>{@link #publish} and {@link #delete} of one hash are called only under that hash's lock
 * ({@link BlobIndex#lock}), so an upload and a cleanup of the same content never interleave.
 */
public interface BlobStore {

    /**
     * Streams {@code content} to the staging area, hashing it on the way. On any failure (the
     * client's stream breaks, it is over a limit its reader enforces, the disk is full) nothing is
     * left behind and the failure propagates.
     */
    StagedBlob stage(InputStream content);

    /** The staged content again from its start, to inspect it before it is published. */
    InputStream openStaged(StagedBlob staged);

    /** Makes the staged content visible under its hash, or drops it when that content is there already. */
    void publish(StagedBlob staged);

    /** Drops staged content (never published, or published already: then nothing is left to drop). */
    void discard(StagedBlob staged);

    /** Whether content is stored under this hash. */
    boolean exists(ContentHash hash);

    /**
     * The stored content from {@code offset}, at most {@code length} bytes ({@code -1}: to the end),
     * as a stream the caller closes.
     *
     * @throws java.util.NoSuchElementException when nothing is stored under the hash
     */
    InputStream open(ContentHash hash, long offset, long length);

    /** Removes the content stored under this hash; nothing when there is none. */
    void delete(ContentHash hash);

    /** Removes staged content left behind by a process that died mid-upload, staged before {@code before}. */
    int sweepStaging(Instant before);

    /** Staged content: its hash and size, and the store's own handle of where it waits. */
    record StagedBlob(String token, ContentHash hash, long size) {
        public StagedBlob {
            if (token == null || !token.matches("[0-9a-f]{32}") || hash == null || size < 0) {
                throw new IllegalArgumentException("staged content has a 32-hex token, a hash and a size");
            }
        }
    }
}
