package com.vecton.crm.adapter.in.rest.observe;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one access line per request: method, path (never the query string: searches are personal
 * data), status, duration and request id, and no header, so no token can reach it. Hostile
 * requests put anything into their method and path, so both are cut to a printable, bounded form
 * before they are written: a raw CR or LF must not forge a second line.
 */
public final class AccessLog {
    /** The logger operators route to the access log. */
    public static final String LOGGER = "crm.access";

    private static final Logger ACCESS = LoggerFactory.getLogger(LOGGER);
    private static final int MAX_PATH_CHARS = 256;
    private static final int MAX_METHOD_CHARS = 16;

    private AccessLog() {}

    /** {@code durationMillis} is -1 when the request never got far enough to be timed. */
    public static void write(String method, String path, int status, long durationMillis, String requestId) {
        ACCESS.info(
                "method={} path={} status={} duration_ms={} request_id={}",
                printable(method, MAX_METHOD_CHARS),
                printable(path, MAX_PATH_CHARS),
                status,
                durationMillis,
                requestId);
    }

    /** Visible ASCII kept, anything else as {@code \xNN}, cut at {@code max} characters; {@code -} for none. */
    static String printable(String text, int max) {
        if (text == null || text.isEmpty()) {
            return "-";
        }
        var out = new StringBuilder(Math.min(text.length(), max) + 8);
        for (int i = 0; i < text.length() && out.length() < max; i++) {
            char c = text.charAt(i);
            if (c > 0x20 && c < 0x7f) {
                out.append(c);
            } else {
                out.append(c <= 0xFF ? String.format("\\x%02X", (int) c) : String.format("\\u%04X", (int) c));
            }
        }
        if (out.length() >= max && text.length() > max) {
            out.append("...");
        }
        return out.toString();
    }
}
