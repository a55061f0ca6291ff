package com.vecton.crm.adapter.in.rest.deal;

import com.vecton.crm.adapter.in.rest.gate.Callers;
import com.vecton.crm.adapter.in.rest.gate.RequiresPermission;
import com.vecton.crm.adapter.in.rest.gate.ResourceType;
import com.vecton.crm.adapter.in.rest.input.InputErrors;
import com.vecton.crm.adapter.in.rest.input.QueryParams;
import com.vecton.crm.adapter.in.rest.item.ItemRoutes;
import com.vecton.crm.adapter.in.rest.openapi.OpenApiDocument;
import com.vecton.crm.domain.deal.ForecastQuery;
import com.vecton.crm.domain.pipeline.PipelineId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * One pipeline's forecast, needing {@code deals.list} on {@code crm:pipelines/{id}} as its board
 * does. {@code from} and {@code to} are days, both inclusive (an instant names its UTC day, as the
 * other date filters of the API take either); {@code as_of} is a day.
 */
@Path("/api/pipelines/{id}/forecast")
@ResourceType("pipelines")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "deals")
public final class PipelineForecastResource {
    private final DealUseCases deals;

    PipelineForecastResource(DealUseCases deals) {
        this.deals = deals;
    }

    @GET
    @RequiresPermission("deals.list")
    @Operation(
            operationId = "showDealForecast",
            description = "Sums the pipeline's open deals (amount and amount × probability / 100) by expected close"
                    + " month, owner or stage, and the deals won in the period, separately per currency; with as_of,"
                    + " as the deals were at the end of that day (UTC).",
            summary = "A pipeline's forecast per currency, now or as of a past day")
    public DealJson.ForecastItem forecast(
            @PathParam("id") String id,
            @Parameter(
                            description = "the first day (inclusive) of expected close dates and wins",
                            schema = @Schema(ref = OpenApiDocument.DATE_OR_TIME_REF))
                    @QueryParam("from")
                    String from,
            @Parameter(
                            description = "the last day (inclusive) of expected close dates and wins",
                            schema = @Schema(ref = OpenApiDocument.DATE_OR_TIME_REF))
                    @QueryParam("to")
                    String to,
            @Parameter(
                            description = "month (the default), owner or stage",
                            schema = @Schema(allowableValues = {"month", "owner", "stage"}))
                    @QueryParam("group")
                    String group,
            @Parameter(
                            description = "the day (UTC) whose end the forecast is of, from the deals' history",
                            schema = @Schema(type = "string", format = "date"))
                    @QueryParam("as_of")
                    String asOf,
            @Context ContainerRequestContext request) {
        var pipeline = ItemRoutes.id(id, PipelineId::new);
        var errors = new InputErrors();
        LocalDate first = day(QueryParams.instantOrStartOfDay(from, "from", errors));
        LocalDate last = day(QueryParams.instantOrStartOfDay(to, "to", errors));
        ForecastQuery.Group grouping = group == null || group.isBlank()
                ? ForecastQuery.Group.MONTH
                : errors.capture(() -> ForecastQuery.Group.parse(group.strip()));
        LocalDate asOfDay = QueryParams.date(asOf, "as_of", errors);
        errors.throwIfAny();
        var query = errors.capture(() -> new ForecastQuery(
                Optional.ofNullable(first), Optional.ofNullable(last), grouping, Optional.ofNullable(asOfDay)));
        errors.throwIfAny();
        return DealJson.ForecastItem.of(deals.forecast().forecast(Callers.requester(request), pipeline, query));
    }

    private static LocalDate day(Instant instant) {
        return instant == null ? null : LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }
}
