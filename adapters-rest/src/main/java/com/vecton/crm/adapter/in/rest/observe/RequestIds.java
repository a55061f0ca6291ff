package com.vecton.crm.adapter.in.rest.observe;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Decides the id of a request, once, at the edge of the process: the client's own when it is
 * sane, else a fresh one. A client's id is echoed into logs and headers, so only a harmless
 * alphabet and length pass; anything else (10 KB, control characters, a CR/LF that would forge
 * a log line) is replaced rather than refused, because the id is a courtesy, not input.
 */
public final class RequestIds {
    /** The header that carries it both ways. */
    public static final String HEADER = "X-Request-Id";

    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private RequestIds() {}

    public static boolean isSane(String offered) {
        return offered != null && SANE.matcher(offered).matches();
    }

    /** The client's id when it {@linkplain #isSane is sane}, else a new random UUID. */
    public static String choose(String offered) {
        return isSane(offered) ? offered : UUID.randomUUID().toString();
    }
}
