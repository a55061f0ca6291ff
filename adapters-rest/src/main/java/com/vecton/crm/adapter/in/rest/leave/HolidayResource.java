package com.vecton.crm.adapter.in.rest.leave;

import com.vecton.crm.adapter.in.rest.gate.Callers;
import com.vecton.crm.adapter.in.rest.gate.RequiresPermission;
import com.vecton.crm.adapter.in.rest.gate.ResourceType;
import com.vecton.crm.adapter.in.rest.input.InputErrors;
import com.vecton.crm.adapter.in.rest.input.JsonBody;
import com.vecton.crm.adapter.in.rest.input.QueryParams;
import com.vecton.crm.adapter.in.rest.item.ItemRoutes;
import com.vecton.crm.adapter.in.rest.openapi.BodyOf;
import com.vecton.crm.adapter.in.rest.openapi.Created;
import com.vecton.crm.adapter.in.rest.openapi.RouteProblem;
import com.vecton.crm.domain.leave.Holiday;
import com.vecton.crm.domain.leave.HolidayId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.time.LocalDate;

/** The tenant's holidays: read by anybody who may list leave, changed with {@code leaves.manage}. */
@Path("/api/holidays")
@ResourceType("holidays")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "leave")
public final class HolidayResource {
    private final LeaveUseCases uses;

    HolidayResource(LeaveUseCases uses) {
        this.uses = uses;
    }

    @GET
    @RequiresPermission("leaves.list")
    @Operation(
            operationId = "listHolidays",
            summary = "List the holidays, by date",
            description = "Every holiday from from to to (both inclusive dates, each optional), by date.")
    public LeaveJson.HolidayList list(
            @Parameter(description = "first date, inclusive", schema = @Schema(type = "string", format = "date"))
                    @QueryParam("from")
                    String from,
            @Parameter(description = "last date, inclusive", schema = @Schema(type = "string", format = "date"))
                    @QueryParam("to")
                    String to,
            @Context ContainerRequestContext request) {
        var errors = new InputErrors();
        LocalDate first = QueryParams.date(from, "from", errors);
        LocalDate last = QueryParams.date(to, "to", errors);
        errors.throwIfAny();
        return LeaveJson.HolidayList.of(uses.listHolidays().list(Callers.requester(request), first, last));
    }

    @GET
    @Path("{id}")
    @RequiresPermission("leaves.list")
    @Operation(
            operationId = "showHoliday",
            summary = "Show one holiday",
            description = "The holiday a create's Location names; unknown is 404.")
    public LeaveJson.HolidayItem show(@PathParam("id") String id, @Context ContainerRequestContext request) {
        Holiday holiday = uses.showHoliday().show(Callers.requester(request), ItemRoutes.id(id, HolidayId::new));
        return new LeaveJson.HolidayItem(LeaveJson.HolidayJson.from(holiday));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission("leaves.manage")
    @RouteProblem(status = 422, codes = Holiday.DATE_TAKEN)
    @Created(LeaveJson.HolidayItem.class)
    @Operation(
            operationId = "createHoliday",
            summary = "Add a holiday",
            description = "Adds a closed day; one holiday per date.")
    public Response create(
            @BodyOf(LeaveInput.HolidayBody.class) InputStream body,
            @Context ContainerRequestContext request,
            @Context UriInfo uri) {
        Holiday added = uses.addHoliday().add(Callers.requester(request), LeaveInput.holiday(JsonBody.read(body)));
        return ItemRoutes.created(
                uri, HolidayResource.class, added.id(), new LeaveJson.HolidayItem(LeaveJson.HolidayJson.from(added)));
    }

    @DELETE
    @Path("{id}")
    @RequiresPermission("leaves.manage")
    @Operation(
            operationId = "deleteHoliday",
            summary = "Delete a holiday for good",
            description = "Removes the holiday; requests already made keep their days.")
    public void delete(@PathParam("id") String id, @Context ContainerRequestContext request) {
        uses.removeHoliday().remove(Callers.requester(request), ItemRoutes.id(id, HolidayId::new));
    }
}
