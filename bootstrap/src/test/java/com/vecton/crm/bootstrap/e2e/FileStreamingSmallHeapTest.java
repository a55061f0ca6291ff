package com.vecton.crm.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.vecton.crm.adapter.out.identity.testing.TestTokens;
import com.vecton.crm.domain.testing.SampleContent;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A 300 MB file up and down through the HTTP API, in a JVM whose whole heap is 128 MiB: server,
 * pool and this client share it, so holding the file at any step (a multipart reader buffering a
 * part, a byte array for hashing, a response built in memory) fails with an OutOfMemoryError.
 *
 * <p>Runs in the {@code small-heap} surefire execution ({@code -Xmx128m}), as its name says.
 */
class FileStreamingSmallHeapTest {
    private static final long SMALL_HEAP = 128L * 1024 * 1024;
    private static final long SIZE = 300L * 1000 * 1000;

    private static Path files;
    private static CrmHarness crm;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(
                Runtime.getRuntime().maxMemory() <= SMALL_HEAP * 1.1,
                "needs the small-heap execution's 128 MiB, not "
                        + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB");
        files = Files.createTempDirectory("crm-big-file");
        crm = CrmHarness.start(Map.of("FILES_DIR", files.toString(), "MEDIA_MAX_BYTES", Long.toString(SIZE + 1)));
    }

    @AfterAll
    static void stop() throws Exception {
        if (crm != null) {
            crm.close();
            try (var all = Files.walk(files)) {
                all.sorted(java.util.Comparator.reverseOrder())
                        .forEach(p -> p.toFile().delete());
            }
        }
    }

    /** {@code SIZE} bytes: a PDF's head, then a pattern made on the fly, never held. */
    private static InputStream content() {
        byte[] head = SampleContent.pdfHead();
        InputStream pattern = new InputStream() {
            private long sent;

            @Override
            public int read() {
                return sent < SIZE - head.length ? (int) (sent++ * 31 % 251) : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                long left = SIZE - head.length - sent;
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                for (int i = 0; i < n; i++) {
                    b[off + i] = (byte) (sent++ * 31 % 251);
                }
                return n;
            }
        };
        return new SequenceInputStream(new java.io.ByteArrayInputStream(head), pattern);
    }

    @Test
    void a_300_mb_file_goes_up_and_comes_down_whole_in_a_128_mib_heap() throws Exception {
        var expected = MessageDigest.getInstance("SHA-256");
        try (var in = new DigestInputStream(content(), expected)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        String sha256 = HexFormat.of().formatHex(expected.digest());

        var client =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        var request = crm.request("/api/media", TestTokens.ADMIN)
                .timeout(Duration.ofMinutes(5))
                .header("Content-Type", MultipartBody.CONTENT_TYPE)
                .POST(MultipartBody.streamed("big.pdf", FileStreamingSmallHeapTest::content))
                .build();
        var created = client.send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(201, created.statusCode(), created.body());
        var item = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(created.body())
                .path("data");
        assertEquals(SIZE, item.path("size").asLong());
        assertEquals(sha256, item.path("sha256").asText());

        var download = client.send(
                crm.request("/api/media/" + item.path("id").asLong() + "/download", TestTokens.ADMIN)
                        .timeout(Duration.ofMinutes(5))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, download.statusCode());
        assertEquals(
                Long.toString(SIZE),
                download.headers().firstValue("Content-Length").orElseThrow());
        var received = MessageDigest.getInstance("SHA-256");
        long bytes;
        try (var in = new DigestInputStream(download.body(), received)) {
            bytes = in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        assertEquals(SIZE, bytes);
        assertEquals(sha256, HexFormat.of().formatHex(received.digest()));
    }
}
