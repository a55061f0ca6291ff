package com.vecton.crm.bootstrap.e2e;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;

/** A {@code multipart/form-data} upload body for the tests: one file, streamed, of any size. */
final class MultipartBody {
    static final String BOUNDARY = "crm-test-boundary-7d1f";
    static final String CONTENT_TYPE = "multipart/form-data; boundary=" + BOUNDARY;

    private MultipartBody() {}

    /** The bytes of a body whose file part is {@code content}, named as given (the raw bytes of the name, UTF-8). */
    static byte[] of(String field, String filename, String declaredType, byte[] content) {
        try (var in = stream(field, filename, declaredType, () -> new ByteArrayInputStream(content))) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static HttpRequest.BodyPublisher publisher(String filename, byte[] content) {
        return HttpRequest.BodyPublishers.ofByteArray(of("file", filename, "image/png", content));
    }

    /** A body streamed from {@code content}, never held: sent chunked. */
    static HttpRequest.BodyPublisher streamed(String filename, Supplier<InputStream> content) {
        return HttpRequest.BodyPublishers.ofInputStream(
                () -> stream("file", filename, "application/octet-stream", content));
    }

    static InputStream stream(String field, String filename, String declaredType, Supplier<InputStream> content) {
        byte[] head = ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nhello\r\n--"
                        + BOUNDARY
                        + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\"" + filename
                        + "\"\r\nContent-Type: " + declaredType + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII);
        return new SequenceInputStream(java.util.Collections.enumeration(
                List.of(new ByteArrayInputStream(head), content.get(), new ByteArrayInputStream(tail))));
    }
}
