package com.vecton.crm.adapter.out.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vecton.crm.application.port.out.BlobStore.StagedBlob;
import com.vecton.crm.domain.file.ContentHash;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalBlobStoreTest {
    @TempDir
    Path root;

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

    private List<Path> filesUnder(String dir) throws IOException {
        try (Stream<Path> files = Files.walk(root.resolve(dir))) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    @Test
    void content_is_hashed_while_it_streams_and_published_under_its_hash() throws Exception {
        var store = new LocalBlobStore(root);
        byte[] content = "Ödön's invoice".getBytes(StandardCharsets.UTF_8);
        StagedBlob staged = store.stage(new ByteArrayInputStream(content));
        assertEquals(sha256(content), staged.hash().hex());
        assertEquals(content.length, staged.size());
        assertFalse(store.exists(staged.hash()), "nothing is visible under the hash before it is published");

        store.publish(staged);

        assertTrue(store.exists(staged.hash()));
        try (InputStream in = store.open(staged.hash(), 0, -1)) {
            assertArrayEquals(content, in.readAllBytes());
        }
        assertEquals(List.of(), filesUnder("staging"), "the staged copy became the published one");
        String hex = staged.hash().hex();
        assertEquals(
                List.of(root.toRealPath()
                        .resolve("blobs")
                        .resolve(hex.substring(0, 2))
                        .resolve(hex.substring(2, 4))
                        .resolve(hex)),
                filesUnder("blobs"));
    }

    @Test
    void the_same_content_is_stored_once() throws Exception {
        var store = new LocalBlobStore(root);
        byte[] content = "same".getBytes(StandardCharsets.UTF_8);
        var first = store.stage(new ByteArrayInputStream(content));
        var second = store.stage(new ByteArrayInputStream(content));
        store.publish(first);
        store.publish(second);
        assertEquals(first.hash(), second.hash());
        assertEquals(1, filesUnder("blobs").size());
        assertEquals(List.of(), filesUnder("staging"));
    }

    @Test
    void a_stream_that_breaks_mid_upload_leaves_no_file_anywhere() throws Exception {
        var store = new LocalBlobStore(root);
        InputStream breaking = new InputStream() {
            private int sent;

            @Override
            public int read() throws IOException {
                if (sent++ > 200_000) {
                    throw new IOException("connection reset");
                }
                return 'x';
            }
        };
        assertThrows(UncheckedIOException.class, () -> store.stage(breaking));
        assertEquals(List.of(), filesUnder("staging"));
        assertEquals(List.of(), filesUnder("blobs"));
    }

    @Test
    void a_limit_that_cuts_the_stream_off_leaves_no_file_either() throws Exception {
        var store = new LocalBlobStore(root);
        InputStream limited = new InputStream() {
            private int sent;

            @Override
            public int read() {
                if (sent++ > 100_000) {
                    throw new IllegalStateException("413");
                }
                return 'y';
            }
        };
        assertThrows(IllegalStateException.class, () -> store.stage(limited));
        assertEquals(List.of(), filesUnder("staging"));
    }

    @Test
    void a_range_reads_only_its_bytes() throws Exception {
        var store = new LocalBlobStore(root);
        var staged = store.stage(new ByteArrayInputStream("0123456789".getBytes(StandardCharsets.US_ASCII)));
        store.publish(staged);
        try (InputStream in = store.open(staged.hash(), 3, 4)) {
            assertEquals("3456", new String(in.readAllBytes(), StandardCharsets.US_ASCII));
        }
        try (InputStream in = store.open(staged.hash(), 8, -1)) {
            assertEquals("89", new String(in.readAllBytes(), StandardCharsets.US_ASCII));
        }
    }

    @Test
    void unknown_content_is_no_such_element_and_delete_is_idempotent() {
        var store = new LocalBlobStore(root);
        var unknown = new ContentHash("0".repeat(64));
        assertThrows(NoSuchElementException.class, () -> store.open(unknown, 0, -1));
        store.delete(unknown);
        store.delete(unknown);
    }

    @Test
    void no_name_from_outside_reaches_a_path() {
        var store = new LocalBlobStore(root);
        for (String hostile : List.of(
                "../../etc/passwd",
                "/etc/passwd",
                "..\\..\\windows\\win.ini",
                "C:\\boot.ini",
                "a\u0000b",
                "..%2F..%2Fetc",
                "%2e%2e%2f",
                "0".repeat(31) + "/")) {
            assertThrows(IllegalArgumentException.class, () -> new ContentHash(hostile), hostile);
            assertThrows(IllegalArgumentException.class, () -> store.stagedPath(hostile), hostile);
            assertThrows(
                    IllegalArgumentException.class,
                    () -> new StagedBlob(hostile, new ContentHash("0".repeat(64)), 0),
                    hostile);
        }
        var hash = new ContentHash("ab".repeat(32));
        assertTrue(store.blobPath(hash).startsWith(store.root()));
    }

    @Test
    void staged_leftovers_of_a_crash_are_swept_once_they_are_old() throws Exception {
        var store = new LocalBlobStore(root);
        Path leftover = root.resolve("staging").resolve("0123456789abcdef0123456789abcdef.part");
        Files.writeString(leftover, "half an upload");
        assertEquals(0, store.sweepStaging(Instant.now().minusSeconds(3_600)));
        assertTrue(Files.exists(leftover));
        Files.setLastModifiedTime(
                leftover, java.nio.file.attribute.FileTime.from(Instant.now().minusSeconds(7_200)));
        assertEquals(1, store.sweepStaging(Instant.now().minusSeconds(3_600)));
        assertFalse(Files.exists(leftover));
    }

    @Test
    void a_published_file_is_whole_for_a_reader_that_races_the_publish() throws Exception {
        var store = new LocalBlobStore(root);
        byte[] big = new byte[8 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) 'z');
        var staged = store.stage(new ByteArrayInputStream(big));
        var reader = new Thread(() -> {
            while (!store.exists(staged.hash())) {
                Thread.onSpinWait();
            }
            try (InputStream in = store.open(staged.hash(), 0, -1)) {
                assertEquals(big.length, in.readAllBytes().length, "a visible file is always whole (a rename)");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        var failure = new java.util.concurrent.atomic.AtomicReference<Throwable>();
        reader.setUncaughtExceptionHandler((t, e) -> failure.set(e));
        reader.start();
        store.publish(staged);
        reader.join(10_000);
        assertEquals(null, failure.get());
    }
}
