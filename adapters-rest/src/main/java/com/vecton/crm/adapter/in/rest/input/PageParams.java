package com.vecton.crm.adapter.in.rest.input;

import com.vecton.crm.domain.listing.PageRequest;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.ws.rs.QueryParam;

/**
 * The paging parameters of every list ({@code page}, {@code per_page}), as a list route takes
 * them whole ({@code @BeanParam PageParams paging}), so that they and their description are
 * declared here once, and read here once ({@link #read}). The fields are
 * JAX-RS's to fill and public for swagger, which finds a bean parameter's parts as Jackson finds
 * properties.
 */
public final class PageParams {
    @Parameter(schema = @Schema(type = "integer", format = "int32", minimum = "1", defaultValue = "1"))
    @QueryParam("page")
    public String page;

    @Parameter(
            schema = @Schema(type = "integer", format = "int32", minimum = "1", maximum = "100", defaultValue = "25"),
            description = "larger values are capped at 100")
    @QueryParam("per_page")
    public String perPage;

    /** The page asked for; failures go to {@code errors} (then it is {@code null}, see {@link InputErrors}). */
    public PageRequest read(InputErrors errors) {
        Integer number = QueryParams.integer(page, "page", errors);
        Integer size = QueryParams.integer(perPage, "per_page", errors);
        return errors.capture(() -> PageRequest.of(number, size));
    }
}
