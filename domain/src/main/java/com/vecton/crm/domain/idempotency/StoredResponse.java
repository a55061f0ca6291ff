package com.vecton.crm.domain.idempotency;

import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The answer to a request, kept to be given again: its status, the headers that carry meaning
 * for the client ({@code Location}, {@code ETag}, {@code Content-Type}) and the body's bytes, so
 * that a replay is byte for byte the answer the first request got.
 *
 * @param headers header name to value, names as HTTP writes them ({@code Location})
 */
public record StoredResponse(int status, Map<String, String> headers, byte[] body) {
    public StoredResponse {
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("an HTTP status is 100-599: " + status);
        }
        if (headers == null || body == null) {
            throw new IllegalArgumentException("a stored response has headers and a body (either may be empty)");
        }
        headers = Collections.unmodifiableMap(new TreeMap<>(headers));
        body = body.clone();
    }

    /** Only a success is kept: a refused request changed nothing, so the client may fix it and retry with the key. */
    public boolean isSuccess() {
        return status >= 200 && status <= 299;
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StoredResponse that
                && status == that.status
                && headers.equals(that.headers)
                && Arrays.equals(body, that.body);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * status + headers.hashCode()) + Arrays.hashCode(body);
    }

    @Override
    public String toString() {
        return "StoredResponse[status=" + status + ", headers=" + headers + ", body=" + body.length + " bytes]";
    }
}
