package com.vecton.crm.adapter.in.rest.problem;

import com.vecton.crm.adapter.in.rest.item.ItemTags;
import com.vecton.crm.adapter.in.rest.observe.RequestContext;
import com.vecton.crm.domain.problem.Conflict;
import com.vecton.crm.domain.problem.Forbidden;
import com.vecton.crm.domain.problem.Gone;
import com.vecton.crm.domain.problem.NotFound;
import com.vecton.crm.domain.problem.PreconditionFailed;
import com.vecton.crm.domain.problem.Problem;
import com.vecton.crm.domain.problem.RuleViolated;
import com.vecton.crm.domain.problem.Unauthenticated;
import com.vecton.crm.domain.problem.Unavailable;
import com.vecton.crm.domain.problem.ValidationFailed;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/** Turns the domain's problems into their HTTP status, one row per kind (the contract's table). */
public final class DomainProblemMapper implements ExceptionMapper<Problem> {
    private static final Logger LOG = LoggerFactory.getLogger(DomainProblemMapper.class);
    /** When a dependency does not say how long it needs, clients retry after this. */
    static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(5);

    @Override
    public Response toResponse(Problem problem) {
        return switch (problem) {
            case ValidationFailed invalid ->
                ProblemResponses.of(ProblemJson.of(422, invalid.code(), invalid.detail())
                                .withErrors(invalid.errors()))
                        .build();
            case RuleViolated violated ->
                violated.errors().isEmpty()
                        ? ProblemResponses.of(422, violated.code(), violated.detail())
                                .build()
                        : ProblemResponses.of(ProblemJson.of(422, violated.code(), violated.detail())
                                        .withErrors(violated.errors()))
                                .build();
            case NotFound notFound ->
                ProblemResponses.of(404, notFound.code(), notFound.detail()).build();
            case Conflict conflict -> {
                var response = ProblemResponses.of(409, conflict.code(), conflict.detail());
                conflict.retryAfter()
                        .ifPresent(wait -> response.header(HttpHeaders.RETRY_AFTER, retryAfterSeconds(wait)));
                yield response.build();
            }
            case PreconditionFailed failed ->
                // The tag the client would have needed, so it can read the record again knowingly.
                ProblemResponses.of(412, failed.code(), failed.detail())
                        .tag(ItemTags.of(failed.currentVersion()))
                        .build();
            case Gone gone ->
                ProblemResponses.of(410, gone.code(), gone.detail()).build();
            case Unauthenticated unauthenticated ->
                ProblemResponses.of(401, unauthenticated.code(), unauthenticated.detail())
                        .header(HttpHeaders.WWW_AUTHENTICATE, challengeFor(unauthenticated))
                        .build();
            case Forbidden forbidden ->
                ProblemResponses.of(403, forbidden.code(), forbidden.detail()).build();
            case Unavailable unavailable -> {
                // An outage, not a bug: one WARN line per answer, no stack trace; the adapter that
                // met the outage has logged its cause under the same request id.
                LOG.warn("Answering 503 {} request_id={}", unavailable.code(), MDC.get(RequestContext.MDC_KEY));
                yield ProblemResponses.of(503, unavailable.code(), unavailable.detail())
                        .header(HttpHeaders.RETRY_AFTER, retryAfterSeconds(unavailable.retryAfter()))
                        .build();
            }
        };
    }

    /** RFC 6750 section 3: no error attribute when no token was sent, {@code invalid_token} otherwise. */
    private static String challengeFor(Unauthenticated unauthenticated) {
        return Unauthenticated.TOKEN_MISSING.equals(unauthenticated.code())
                ? "Bearer"
                : "Bearer error=\"invalid_token\"";
    }

    /** Whole seconds, rounded up and at least 1: {@code Retry-After: 0} would invite a retry storm. */
    static long retryAfterSeconds(Duration retryAfter) {
        Duration wait =
                retryAfter == null || retryAfter.isNegative() || retryAfter.isZero() ? DEFAULT_RETRY_AFTER : retryAfter;
        long seconds = wait.getSeconds() + (wait.getNano() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }
}
