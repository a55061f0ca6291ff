package com.vecton.crm.adapter.in.rest.http;

import java.time.Duration;

/**
 * The limits of the HTTP server, set on purpose rather than inherited from Grizzly's defaults,
 * and listed in the README with the answers they produce. They bound what one request can make
 * the process hold: header bytes, header count, the length of the target, and how long a worker
 * waits for a client that stopped sending.
 */
public final class HttpLimits {
    /**
     * The request line and header block together, in bytes (Grizzly parses them into one buffer).
     * A bearer token may be 4 KiB, so 16 KiB leaves room for every header a browser sends.
     * Over it: {@code 414 uri_too_long} when the request line alone does not fit, else
     * {@code 431 request_header_fields_too_large}.
     */
    public static final int MAX_HEADER_BYTES = 16 * 1024;
    /** Header fields per request; more is {@code 431 request_header_fields_too_large}. */
    public static final int MAX_HEADERS = 100;
    /** Characters of the request target (path and query); more is {@code 414 uri_too_long}. */
    public static final int MAX_TARGET_CHARS = 8 * 1024;
    /**
     * How long a blocking read of a request body waits for the next bytes; a client that stops
     * sending mid-body is cut off after it ({@code 400}) instead of holding a worker.
     */
    public static final Duration READ_TIMEOUT = Duration.ofSeconds(30);
    /** How long an idle keep-alive connection stays open between requests. */
    public static final Duration IDLE_TIMEOUT = Duration.ofSeconds(30);

    private HttpLimits() {}
}
