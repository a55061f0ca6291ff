package com.vecton.crm.adapter.in.rest.openapi;

import com.vecton.crm.adapter.in.rest.gate.Route;
import com.vecton.crm.domain.access.AccessDecision;
import com.vecton.crm.domain.problem.Unauthenticated;
import java.util.Arrays;
import java.util.Collection;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The problems a route can answer, by status and {@code error} code, derived from what every route
 * of its shape can meet: any route a request it cannot read or a parameter it cannot store,
 * a guarded one the gate's refusals and the outages behind it, one naming a record a missing
 * record, one with a body a body too large or of another type, a state-changing item route a
 * stale {@code If-Match}, a {@code POST} a reused or busy {@code Idempotency-Key}. A route adds its
 * own rules with {@link RouteProblem}. The codes are those the layers really answer (the
 * problem mappers, {@code RequestRejected}, {@code AccessDecision}, the adapters' {@code Unavailable}s).
 */
final class ProblemAnswers {
    static final String MALFORMED_REQUEST = "malformed_request";
    static final String VALIDATION_FAILED = "validation_failed";
    static final String NOT_FOUND = "not_found";
    static final String PRECONDITION_FAILED = "precondition_failed";
    static final String IDEMPOTENCY_KEY_IN_PROGRESS = "idempotency_key_in_progress";
    static final String IDEMPOTENCY_KEY_REUSED = "idempotency_key_reused";

    /** Identity's outage, and the persistence adapter's ({@code DatabaseFailures}, {@code JdbiTransactions}). */
    static final String[] OUTAGES = {
        "identity_unavailable", "database_unavailable", "database_timeout", "transaction_conflict"
    };

    private ProblemAnswers() {}

    /** What a route of this shape answers, with the route's own {@link RouteProblem}s added. */
    static SortedMap<Integer, SortedSet<String>> of(
            Route route, boolean hasBody, boolean conditional, Collection<RouteProblem> own) {
        var answers = new TreeMap<Integer, SortedSet<String>>();
        // The edge refuses an unreadable target or header on every route; a NUL in any parameter is a 422.
        add(answers, 400, MALFORMED_REQUEST);
        add(answers, 422, VALIDATION_FAILED);
        if (!route.isPublic()) {
            add(
                    answers,
                    401,
                    Unauthenticated.TOKEN_MISSING,
                    Unauthenticated.TOKEN_INVALID,
                    Unauthenticated.TOKEN_SHAPE_LEGACY);
            for (AccessDecision decision : AccessDecision.values()) {
                if (!decision.allowed()) {
                    add(answers, 403, decision.errorCode());
                }
            }
            add(answers, 503, OUTAGES);
        }
        if (route.path().contains("{")) {
            add(answers, 404, NOT_FOUND);
        }
        if (hasBody) {
            add(answers, 413, "payload_too_large");
            add(answers, 415, "unsupported_media_type");
        }
        if (conditional) {
            add(answers, 412, PRECONDITION_FAILED);
        }
        if (!route.isPublic() && route.method().equals("POST")) {
            add(answers, 409, IDEMPOTENCY_KEY_IN_PROGRESS);
            add(answers, 422, IDEMPOTENCY_KEY_REUSED);
        }
        for (RouteProblem problem : own) {
            add(answers, problem.status(), problem.codes());
        }
        return answers;
    }

    /** One sentence on when the status is answered, for the response's description. */
    static String describe(int status) {
        return switch (status) {
            case 400 ->
                "The request could not be read: invalid JSON or a wrong JSON type, a malformed request target or"
                        + " header, or a malformed Idempotency-Key.";
            case 401 -> "No usable token: none was sent, identity does not know it, or it has a retired shape.";
            case 403 -> "The caller may not do this here; the code says which rule refused.";
            case 404 -> "Nothing lives at this address: the record or its parent is unknown or deleted.";
            case 409 -> "A request with the same Idempotency-Key is still in progress; retry after Retry-After.";
            case 412 -> "If-Match names a version other than the record's current one; read it again first.";
            case 410 -> "The sync cursor is older than the tombstones are kept (30 days); sync again without one.";
            case 413 -> "The request body is larger than 1 MiB (an upload: larger than its own limit).";
            case 416 -> "The Range starts past the end of the content; Content-Range names its size.";
            case 415 -> "The request body is not of a media type this route reads.";
            case 422 ->
                "The request was read but cannot be carried out: a field is invalid (errors names each) or a rule"
                        + " of the route refused it.";
            case 503 -> "A dependency (identity or the database) is unavailable; retry after Retry-After.";
            default -> throw new IllegalArgumentException("no description for status " + status);
        };
    }

    private static void add(SortedMap<Integer, SortedSet<String>> answers, int status, String... codes) {
        answers.computeIfAbsent(status, s -> new TreeSet<>()).addAll(Arrays.asList(codes));
    }
}
