package com.vecton.crm.adapter.in.rest.audit;

import com.vecton.crm.adapter.in.rest.input.InputErrors;
import com.vecton.crm.adapter.in.rest.input.QueryParams;
import com.vecton.crm.domain.access.UserId;
import java.time.Instant;
import java.util.Optional;

/**
 * Reads the filters of the activity list that need more than a string: points in time and the
 * actor. Failures go to the given {@link InputErrors}, naming the query parameter.
 */
final class ActivityParams {
    /** What {@code actor_user_id} and {@code actor} accept for "the caller". */
    static final String ME = QueryParams.ME;

    private ActivityParams() {}

    /**
     * An ISO-8601 instant ({@code 2026-11-20T10:00:00Z}, or with an offset) or a date
     * ({@code 2026-11-20}), which means the start of that day in UTC: with {@code to} exclusive,
     * {@code from=2026-11-20&to=2026-11-21} is exactly that day. Years 1-9999, as everywhere
     * ({@link com.vecton.crm.adapter.in.rest.input.TimeValues}).
     */
    static Optional<Instant> pointInTime(String raw, String field, InputErrors errors) {
        return Optional.ofNullable(QueryParams.instantOrStartOfDay(raw, field, errors));
    }

    /**
     * The actor filter: {@code actor_user_id} names a user (or is {@code me}); {@code actor} may
     * only be {@code me}. Both at once would be two answers to one question, so that is refused.
     */
    static Optional<UserId> actor(String actorUserId, String actor, UserId caller, InputErrors errors) {
        boolean byId = actorUserId != null && !actorUserId.isBlank();
        boolean byAlias = actor != null && !actor.isBlank();
        if (byAlias && !ME.equals(actor.strip())) {
            errors.add("actor", "must be me");
            return Optional.empty();
        }
        if (byId && byAlias) {
            errors.add("actor", "give actor or actor_user_id, not both");
            return Optional.empty();
        }
        if (byAlias) {
            return Optional.of(caller);
        }
        return Optional.ofNullable(QueryParams.userIdOrMe(actorUserId, "actor_user_id", caller, errors));
    }

    /** A text filter, absent when blank. */
    static Optional<String> text(String raw) {
        return raw == null || raw.isBlank() ? Optional.empty() : Optional.of(raw.strip());
    }
}
