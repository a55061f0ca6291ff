package com.vecton.crm.adapter.out.persistence.file;

import com.vecton.crm.application.port.out.BlobIndex;
import com.vecton.crm.domain.file.ContentHash;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * {@link BlobIndex} on Postgres ({@code file_blobs}, V30). The lock of a content is a
 * transaction-scoped advisory lock on its hash, in a key space of its own (the first argument),
 * so that it exists before the row does: the upload that records a content and the cleanup that
 * forgets it take the same lock whether or not there is a row yet. A 32-bit key from the hash's
 * first eight hex digits: two contents that share them share a lock, which only serialises them.
 */
public final class JdbiBlobIndex implements BlobIndex {
    /** The advisory-lock key space of file contents ("blob" in ASCII). */
    private static final int LOCK_SPACE = 0x626c6f62;

    /** Every table that refers to a content; a new one (document versions) is added here and in V30's successors. */
    private static final List<String> REFERENCES = List.of("media_items", "document_versions", "documents");

    private static final String LOCK = "SELECT pg_advisory_xact_lock(" + LOCK_SPACE + ", :key)";
    private static final String TRY_LOCK = "SELECT pg_try_advisory_xact_lock(" + LOCK_SPACE + ", :key)";
    private static final String RECORD = """
            INSERT INTO file_blobs (sha256, size) VALUES (:sha256, :size)
            ON CONFLICT (sha256) DO NOTHING""";
    private static final String IS_RECORDED = "SELECT EXISTS (SELECT 1 FROM file_blobs WHERE sha256 = :sha256)";
    private static final String FORGET = "DELETE FROM file_blobs WHERE sha256 = :sha256";

    private final Jdbi jdbi;

    public JdbiBlobIndex(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void lock(ContentHash hash) {
        jdbi.useHandle(
                h -> h.createQuery(LOCK).bind("key", key(hash)).mapToMap().list());
    }

    @Override
    public boolean tryLock(ContentHash hash) {
        return jdbi.withHandle(h -> h.createQuery(TRY_LOCK)
                .bind("key", key(hash))
                .mapTo(Boolean.class)
                .one());
    }

    @Override
    public void record(ContentHash hash, long size) {
        jdbi.useHandle(h -> h.createUpdate(RECORD)
                .bind("sha256", hash.hex())
                .bind("size", size)
                .execute());
    }

    @Override
    public boolean isRecorded(ContentHash hash) {
        return jdbi.withHandle(h -> h.createQuery(IS_RECORDED)
                .bind("sha256", hash.hex())
                .mapTo(Boolean.class)
                .one());
    }

    @Override
    public boolean isReferenced(ContentHash hash) {
        String sql = "SELECT "
                + String.join(
                        " OR ",
                        REFERENCES.stream()
                                .map(t -> "EXISTS (SELECT 1 FROM " + t + " WHERE sha256 = :sha256)")
                                .toList());
        return jdbi.withHandle(h -> h.createQuery(sql)
                .bind("sha256", hash.hex())
                .mapTo(Boolean.class)
                .one());
    }

    @Override
    public void forget(ContentHash hash) {
        jdbi.useHandle(h -> h.createUpdate(FORGET).bind("sha256", hash.hex()).execute());
    }

    @Override
    public List<ContentHash> unreferenced(Instant before, int limit) {
        String sql = "SELECT b.sha256 FROM file_blobs b WHERE b.created_at < :before"
                + REFERENCES.stream()
                        .map(t -> "\n  AND NOT EXISTS (SELECT 1 FROM " + t + " r WHERE r.sha256 = b.sha256)")
                        .reduce("", String::concat)
                + "\nORDER BY b.created_at LIMIT :limit";
        return jdbi.withHandle(h -> h.createQuery(sql)
                .bind("before", before.atOffset(ZoneOffset.UTC))
                .bind("limit", limit)
                .mapTo(String.class)
                .map(ContentHash::new)
                .list());
    }

    private static int key(ContentHash hash) {
        return (int) Long.parseLong(hash.hex().substring(0, 8), 16);
    }
}
