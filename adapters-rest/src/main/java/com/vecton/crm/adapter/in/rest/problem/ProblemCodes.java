package com.vecton.crm.adapter.in.rest.problem;

/**
 * The stable {@code error} code and a plain detail for a status that reached us without a problem
 * of its own: refusals by Jersey (unknown route, wrong method, unreadable headers) and by the HTTP
 * server (request line, header block, framing). One table, so the same status never answers two
 * codes depending on which layer refused it.
 */
public final class ProblemCodes {
    private ProblemCodes() {}

    public static String codeOf(int status) {
        return switch (status) {
            case 400 -> "malformed_request";
            case 401 -> "token_missing";
            case 403 -> "permission_denied";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 406 -> "not_acceptable";
            case 409 -> "conflict";
            case 411 -> "length_required";
            case 412 -> "precondition_failed";
            case 413 -> "payload_too_large";
            case 414 -> "uri_too_long";
            case 415 -> "unsupported_media_type";
            case 417 -> "expectation_failed";
            case 431 -> "request_header_fields_too_large";
            case 500 -> "internal_error";
            case 505 -> "http_version_not_supported";
            default -> status >= 500 ? "internal_error" : "request_refused";
        };
    }

    public static String detailOf(int status) {
        return switch (status) {
            case 400 -> "The request could not be read.";
            case 404 -> "Nothing exists at this address.";
            case 405 -> "This address does not support this method; the Allow header lists those it does.";
            case 406 -> "This address answers application/json only.";
            case 411 -> "A request with a body must say its length.";
            case 413 -> "The request body is larger than allowed.";
            case 414 -> "The request target is longer than allowed.";
            case 415 -> "The request body must be application/json.";
            case 417 -> "Only the expectation 100-continue is supported.";
            case 431 -> "The request headers are larger or more numerous than allowed.";
            case 500 -> "Something went wrong on our side. Quote the request_id when reporting it.";
            case 505 -> "Only HTTP/1.0 and HTTP/1.1 are spoken here.";
            default -> "The request was refused.";
        };
    }
}
