package com.vecton.crm.adapter.out.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vecton.crm.application.port.out.BlobStore;
import com.vecton.crm.domain.file.ContentHash;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.NoSuchElementException;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** What every {@link BlobStore} adapter must do, run against each of them. */
abstract class BlobStoreContract {

    /** A store on an empty place of its own. */
    protected abstract BlobStore store();

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

    private static byte[] random(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    @Test
    void staged_content_is_hashed_invisible_until_published_and_then_read_back() throws Exception {
        var store = store();
        byte[] content = random(50_000, 1);
        var staged = store.stage(new ByteArrayInputStream(content));
        assertEquals(sha256(content), staged.hash().hex());
        assertEquals(content.length, staged.size());
        assertFalse(store.exists(staged.hash()));
        try (InputStream again = store.openStaged(staged)) {
            assertArrayEquals(content, again.readAllBytes());
        }
        store.publish(staged);
        assertTrue(store.exists(staged.hash()));
        try (InputStream in = store.open(staged.hash(), 0, -1)) {
            assertArrayEquals(content, in.readAllBytes());
        }
    }

    @Test
    void a_file_larger_than_one_buffer_streams_through_whole() throws Exception {
        var store = store();
        byte[] content = random(S3BlobStore.PART_SIZE * 2 + 12_345, 2);
        var staged = store.stage(new ByteArrayInputStream(content));
        assertEquals(sha256(content), staged.hash().hex());
        store.publish(staged);
        try (InputStream in = store.open(staged.hash(), 0, -1)) {
            assertArrayEquals(content, in.readAllBytes());
        }
        try (InputStream in = store.open(staged.hash(), S3BlobStore.PART_SIZE - 5, 10)) {
            assertArrayEquals(
                    java.util.Arrays.copyOfRange(content, S3BlobStore.PART_SIZE - 5, S3BlobStore.PART_SIZE + 5),
                    in.readAllBytes());
        }
    }

    @Test
    void the_same_content_published_twice_is_one_blob_and_ranges_read_their_bytes() throws Exception {
        var store = store();
        byte[] content = "0123456789".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        var first = store.stage(new ByteArrayInputStream(content));
        var second = store.stage(new ByteArrayInputStream(content));
        store.publish(first);
        store.publish(second);
        store.discard(second);
        try (InputStream in = store.open(first.hash(), 2, 3)) {
            assertEquals("234", new String(in.readAllBytes(), java.nio.charset.StandardCharsets.US_ASCII));
        }
        try (InputStream in = store.open(first.hash(), 7, -1)) {
            assertEquals("789", new String(in.readAllBytes(), java.nio.charset.StandardCharsets.US_ASCII));
        }
        store.delete(first.hash());
        assertFalse(store.exists(first.hash()));
        store.delete(first.hash());
    }

    @Test
    void a_broken_upload_leaves_nothing_staged() {
        var store = store();
        InputStream breaking = new InputStream() {
            private int sent;

            @Override
            public int read() throws IOException {
                if (sent++ > 10_000) {
                    throw new IOException("reset");
                }
                return 'b';
            }
        };
        assertThrows(RuntimeException.class, () -> store.stage(breaking));
        assertEquals(0, store.sweepStaging(Instant.now().plusSeconds(3_600)), "nothing was left to sweep");
    }

    @Test
    void unknown_content_cannot_be_opened() {
        var store = store();
        assertThrows(NoSuchElementException.class, () -> store.open(new ContentHash("f".repeat(64)), 0, -1));
        assertFalse(store.exists(new ContentHash("f".repeat(64))));
    }

    @Test
    void an_empty_file_is_content_too() throws Exception {
        var store = store();
        var staged = store.stage(InputStream.nullInputStream());
        assertEquals(sha256(new byte[0]), staged.hash().hex());
        store.publish(staged);
        try (InputStream in = store.open(staged.hash(), 0, -1)) {
            assertEquals(0, in.readAllBytes().length);
        }
    }
}
