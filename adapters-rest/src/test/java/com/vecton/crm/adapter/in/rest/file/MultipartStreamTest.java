package com.vecton.crm.adapter.in.rest.file;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vecton.crm.adapter.in.rest.problem.RequestRejected;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MultipartStreamTest {
    private static final String BOUNDARY = "----b0undary42";
    private static final String TYPE = "multipart/form-data; boundary=" + BOUNDARY;

    private static byte[] body(String name, String filename, byte[] content) {
        var out = new ByteArrayOutputStream();
        out.writeBytes(("preamble\r\n--" + BOUNDARY
                        + "\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nÖdön\r\n--"
                        + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + filename
                        + "\"\r\nContent-Type: image/png\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        out.writeBytes(content);
        out.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    /** A stream that hands out at most a few bytes per read, so boundaries straddle every buffer edge. */
    private static InputStream trickle(byte[] bytes, int step) {
        return new ByteArrayInputStream(bytes) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, step));
            }
        };
    }

    @Test
    void fields_and_a_file_come_out_as_sent_whatever_the_reads() throws IOException {
        byte[] content = new byte[300_000];
        new Random(7).nextBytes(content);
        // Bytes that look like the start of a boundary inside the content.
        byte[] tricky = ("\r\n--" + BOUNDARY.substring(0, 8)).getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(tricky, 0, content, 65_530, tricky.length);
        for (int step : new int[] {1, 7, 4096, 1 << 20}) {
            var parts = MultipartStream.of(trickle(body("file", "a.png", content), step), TYPE);
            var title = parts.next().orElseThrow();
            assertEquals("title", title.name());
            assertEquals(Optional.empty(), title.filename());
            assertEquals("Ödön", title.text(100));
            var file = parts.next().orElseThrow();
            assertEquals("file", file.name());
            assertEquals(Optional.of("a.png"), file.filename());
            assertEquals("image/png", file.contentType());
            assertArrayEquals(content, file.content().readAllBytes(), "step " + step);
            assertFalse(parts.next().isPresent());
        }
    }

    @Test
    void an_unread_part_is_skipped_when_the_next_is_asked_for() {
        var parts = MultipartStream.of(new ByteArrayInputStream(body("file", "x.bin", new byte[10_000])), TYPE);
        parts.next().orElseThrow();
        assertEquals("file", parts.next().orElseThrow().name());
        assertTrue(parts.next().isEmpty());
    }

    @Test
    void a_quoted_file_name_keeps_what_the_client_sent() {
        var parts = MultipartStream.of(
                new ByteArrayInputStream(body("file", "..\\\\evil \\\"x\\\".png", new byte[1])), TYPE);
        parts.next();
        assertEquals(
                Optional.of("..\\evil \"x\".png"), parts.next().orElseThrow().filename());
    }

    @Test
    void a_truncated_body_is_malformed() throws IOException {
        byte[] whole = body("file", "a.png", new byte[5_000]);
        byte[] cut = java.util.Arrays.copyOf(whole, whole.length - 30);
        var parts = MultipartStream.of(new ByteArrayInputStream(cut), TYPE);
        parts.next();
        var file = parts.next().orElseThrow();
        var refused = assertThrows(RequestRejected.class, () -> file.content().readAllBytes());
        assertEquals(400, refused.status());
    }

    @Test
    void a_body_that_is_not_multipart_is_malformed() {
        assertThrows(
                RequestRejected.class,
                () -> MultipartStream.of(new ByteArrayInputStream(new byte[0]), "application/json"));
        assertThrows(
                RequestRejected.class,
                () -> MultipartStream.of(new ByteArrayInputStream(new byte[0]), "multipart/form-data"));
        var parts = MultipartStream.of(
                new ByteArrayInputStream("no boundary here".getBytes(StandardCharsets.US_ASCII)), TYPE);
        assertThrows(RequestRejected.class, parts::next);
    }

    @Test
    void an_extended_file_name_wins_over_the_plain_one() {
        String raw = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.png\";"
                + " filename*=UTF-8''%C3%96d%C3%B6n.png\r\n\r\nx\r\n--" + BOUNDARY + "--";
        var parts = MultipartStream.of(new ByteArrayInputStream(raw.getBytes(StandardCharsets.US_ASCII)), TYPE);
        assertEquals(Optional.of("Ödön.png"), parts.next().orElseThrow().filename());
    }
}
