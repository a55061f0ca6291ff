package com.vecton.crm.adapter.in.rest.problem;

/**
 * A request refused by the HTTP layer itself before any use case saw it: a body that is not the
 * JSON we read or a request target that is not RFC 3986 ({@code 400 malformed_request}), a target
 * that is too long ({@code 414 uri_too_long}) or a body that is too large ({@code 413 payload_too_large}).
 * Like the domain's problems, an outcome rather than a bug, so it carries no stack trace.
 */
public final class RequestRejected extends RuntimeException {
    private final int status;
    private final String code;

    private RequestRejected(int status, String code, String detail) {
        super(detail, null, false, false);
        this.status = status;
        this.code = code;
    }

    public static RequestRejected malformed(String detail) {
        return new RequestRejected(400, "malformed_request", detail);
    }

    public static RequestRejected uriTooLong(int maxChars) {
        return new RequestRejected(
                414, "uri_too_long", "The request target is longer than the " + maxChars + " characters allowed.");
    }

    /** A body of a type the route does not read ({@code 415 unsupported_media_type}). */
    public static RequestRejected unsupportedMediaType(String detail) {
        return new RequestRejected(415, "unsupported_media_type", detail);
    }

    public static RequestRejected payloadTooLarge(long maxBytes) {
        return new RequestRejected(
                413, "payload_too_large", "The request body is larger than the " + maxBytes + " bytes allowed.");
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String detail() {
        return getMessage();
    }
}
