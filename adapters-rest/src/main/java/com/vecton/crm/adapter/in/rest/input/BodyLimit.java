package com.vecton.crm.adapter.in.rest.input;

import com.vecton.crm.adapter.in.rest.problem.RequestRejected;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Refuses bodies over {@link #MAX_BYTES}: at once when {@code Content-Length} says so, and while
 * reading when the body is chunked (no length up front), so no request can make us buffer more.
 */
@PreMatching
public final class BodyLimit implements ContainerRequestFilter {
    /** 1 MiB: contacts and companies are a few KiB at most; ten thousand characters of notes included. */
    public static final int MAX_BYTES = 1 << 20;

    private final long maxBytes;

    public BodyLimit() {
        this(MAX_BYTES);
    }

    BodyLimit(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /**
     * The upload routes, which stream a body of their own limit into the file store (and check it
     * themselves, while streaming: {@code MEDIA_MAX_BYTES}, the document chain limit).
     */
    private static final java.util.regex.Pattern STREAMED_UPLOADS =
            java.util.regex.Pattern.compile("/?api/(media|documents|documents/[0-9]+/versions)/?");

    @Override
    public void filter(ContainerRequestContext request) {
        if ("POST".equals(request.getMethod())
                && STREAMED_UPLOADS.matcher(request.getUriInfo().getPath()).matches()) {
            return;
        }
        String declared = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (declared != null && declaredLength(declared) > maxBytes) {
            throw RequestRejected.payloadTooLarge(maxBytes);
        }
        request.setEntityStream(new Bounded(request.getEntityStream(), maxBytes));
    }

    /**
     * The HTTP server refuses a malformed length and differing duplicates, but passes identical
     * duplicates, which Jersey joins as {@code "2,2"}: the first value is the length. Anything
     * unreadable is treated as "too large", which it cannot be shown not to be.
     */
    private static long declaredLength(String header) {
        try {
            return Long.parseLong(header.split(",", 2)[0].strip());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }

    /** Counts what is read and fails on the first byte past the limit. */
    static final class Bounded extends FilterInputStream {
        private final long max;
        private long count;

        Bounded(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count(skipped);
            return skipped;
        }

        private void count(long n) {
            count += n;
            if (count > max) {
                throw RequestRejected.payloadTooLarge(max);
            }
        }
    }
}
