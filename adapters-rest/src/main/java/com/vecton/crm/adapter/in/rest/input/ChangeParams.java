package com.vecton.crm.adapter.in.rest.input;

import com.vecton.crm.domain.sync.ChangeRequest;
import com.vecton.crm.domain.sync.SyncCursor;
import java.util.Optional;

/**
 * The query parameters of every changes feed ({@code cursor}, {@code per_page}), read into a
 * {@link ChangeRequest}: a cursor that this feed did not write is a 422 naming {@code cursor}, a
 * {@code per_page} as lists read theirs (not a number, or below 1: 422; above the most: capped).
 */
public final class ChangeParams {
    private ChangeParams() {}

    /** @throws com.vecton.crm.domain.problem.ValidationFailed naming each parameter that is wrong */
    public static ChangeRequest read(String cursor, String perPage) {
        var errors = new InputErrors();
        Optional<SyncCursor> after = cursor == null || cursor.isBlank()
                ? Optional.empty()
                : Optional.ofNullable(errors.capture(() -> SyncCursor.parse(cursor.strip())));
        Integer size = QueryParams.integer(perPage, "per_page", errors);
        ChangeRequest request = errors.capture(() -> ChangeRequest.of(after, size));
        errors.throwIfAny();
        return request;
    }
}
