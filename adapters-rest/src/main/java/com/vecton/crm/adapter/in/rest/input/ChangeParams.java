package com.vecton.crm.adapter.in.rest.input;

import com.vecton.crm.domain.sync.ChangeRequest;
import com.vecton.crm.domain.sync.SyncCursor;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.ws.rs.QueryParam;
import java.util.Optional;

/**
 * The query parameters of every changes feed ({@code cursor}, {@code per_page}), read into a
 * {@link ChangeRequest}: a cursor that this feed did not write is a 422 naming {@code cursor}, a
 * {@code per_page} as lists read theirs (not a number, or below 1: 422; above the most: capped).
 * A feed's route takes it whole ({@code @BeanParam ChangeParams page}), so the parameters and
 * their description are declared here once for every feed. The fields are JAX-RS's to fill and
 * public for swagger, which finds a bean parameter's parts as Jackson finds properties.
 */
public final class ChangeParams {
    @Parameter(description = "the meta.next_cursor of the previous page; none for the first call")
    @QueryParam("cursor")
    public String cursor;

    @Parameter(
            schema = @Schema(type = "integer", format = "int32", minimum = "1", maximum = "500", defaultValue = "100"),
            description = "larger values are capped at 500")
    @QueryParam("per_page")
    public String perPage;

    /** @throws com.vecton.crm.domain.problem.ValidationFailed naming each parameter that is wrong */
    public ChangeRequest read() {
        return read(cursor, perPage);
    }

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
