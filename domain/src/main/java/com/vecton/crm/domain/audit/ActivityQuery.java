package com.vecton.crm.domain.audit;

import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.problem.FieldErrors;
import java.time.Instant;
import java.util.Optional;

/**
 * Which entries of the audit trail a list shows; always newest first. Every filter is optional.
 * The time range is half-open: {@code from} inclusive, {@code to} exclusive, so that consecutive
 * ranges ({@code to} of one is {@code from} of the next) never count an entry twice.
 *
 * @param subjectType singular snake_case, as {@link ActivityEntry} stores it
 */
public record ActivityQuery(
        Optional<String> subjectType,
        Optional<String> subjectId,
        Optional<UserId> actor,
        Optional<Instant> from,
        Optional<Instant> to) {
    public static final int SUBJECT_ID_MAX_LENGTH = 100;
    public static final ActivityQuery EVERYTHING =
            new ActivityQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    public ActivityQuery {
        if (subjectType == null || subjectId == null || actor == null || from == null || to == null) {
            throw new IllegalArgumentException("an activity query says something (maybe empty) of every filter");
        }
        var errors = new FieldErrors();
        subjectType
                .filter(type -> !type.matches("[a-z][a-z0-9_]{0,49}"))
                .ifPresent(type -> errors.add("subject_type", "must be a snake_case subject type such as contact"));
        subjectId
                .filter(id -> id.isBlank() || id.length() > SUBJECT_ID_MAX_LENGTH)
                .ifPresent(id -> errors.add("subject_id", "must be 1 to " + SUBJECT_ID_MAX_LENGTH + " characters"));
        if (from.isPresent() && to.isPresent() && !from.get().isBefore(to.get())) {
            errors.add("to", "must be later than from");
        }
        errors.throwIfAny();
    }
}
