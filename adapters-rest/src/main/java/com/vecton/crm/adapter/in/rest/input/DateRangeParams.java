package com.vecton.crm.adapter.in.rest.input;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;

/**
 * The required range of dates of a calendar-like read ({@code from}, {@code to}, both inclusive),
 * as a route takes it whole ({@code @BeanParam DateRangeParams range}), so that the two parameters
 * and their description are declared here once, and read here once ({@link #read}). The fields
 * are JAX-RS's to fill and public for swagger, as in {@link PageParams}.
 */
public final class DateRangeParams {
    @Parameter(
            description = "first date, inclusive",
            required = true,
            schema = @Schema(type = "string", format = "date"))
    @QueryParam("from")
    public String from;

    @Parameter(
            description = "last date, inclusive",
            required = true,
            schema = @Schema(type = "string", format = "date"))
    @QueryParam("to")
    public String to;

    /**
     * The two dates; an unreadable one goes to {@code errors} (then it is {@code null}, see {@link
     * InputErrors}), and an absent one is {@code null} for the use case to refuse.
     */
    public Range read(InputErrors errors) {
        return new Range(QueryParams.date(from, "from", errors), QueryParams.date(to, "to", errors));
    }

    /** The first and last date asked for, either {@code null} when not given. */
    public record Range(LocalDate first, LocalDate last) {}
}
