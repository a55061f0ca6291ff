package com.vecton.crm.adapter.in.rest.sla;

import com.vecton.crm.adapter.in.rest.gate.Callers;
import com.vecton.crm.adapter.in.rest.gate.PathId;
import com.vecton.crm.adapter.in.rest.gate.RequiresPermission;
import com.vecton.crm.adapter.in.rest.gate.ResourceType;
import com.vecton.crm.adapter.in.rest.input.JsonBody;
import com.vecton.crm.adapter.in.rest.openapi.BodyOf;
import com.vecton.crm.adapter.in.rest.openapi.Created;
import com.vecton.crm.adapter.in.rest.openapi.RouteProblem;
import com.vecton.crm.domain.calendar.CalendarSpec;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;

/** Business-hours calendars for SLA policies. */
@Path("/api/business-calendars")
@ResourceType("business_calendars")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "sla")
public final class BusinessCalendarResource {
    private final SlaUseCases uses;

    BusinessCalendarResource(SlaUseCases uses) {
        this.uses = uses;
    }

    @GET
    @RequiresPermission("sla.list")
    @Operation(
            operationId = "listBusinessCalendars",
            summary = "List the business-hours calendars",
            description = "By name.")
    public SlaJson.CalendarList list(@Context ContainerRequestContext request) {
        return new SlaJson.CalendarList(uses.calendars().calendars(Callers.requester(request)).stream()
                .map(SlaJson.CalendarJson::from)
                .toList());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission("sla.create")
    @RouteProblem(status = 422, codes = CalendarSpec.NAME_TAKEN)
    @Created(SlaJson.CalendarItem.class)
    @Operation(
            operationId = "createBusinessCalendar",
            summary = "Add a business-hours calendar",
            description = "A name, an IANA time zone and opening ranges per weekday; the tenant's holidays are closed.")
    public Response create(
            @BodyOf(SlaInput.CalendarBody.class) InputStream body,
            @Context ContainerRequestContext request,
            @Context UriInfo uri) {
        var saved = uses.saveCalendar()
                .saveCalendar(Callers.requester(request), null, SlaInput.calendar(JsonBody.read(body)));
        var location = uri.getBaseUriBuilder()
                .path(BusinessCalendarResource.class)
                .path("{id}")
                .build(saved.id());
        return Response.created(location)
                .entity(new SlaJson.CalendarItem(SlaJson.CalendarJson.from(saved)))
                .build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission("sla.update")
    @RouteProblem(status = 422, codes = CalendarSpec.NAME_TAKEN)
    @Operation(
            operationId = "replaceBusinessCalendar",
            summary = "Replace a business-hours calendar",
            description = "Replaces every field.")
    public SlaJson.CalendarItem replace(
            @PathParam("id") String id,
            @BodyOf(SlaInput.CalendarBody.class) InputStream body,
            @Context ContainerRequestContext request) {
        long calendar = PathId.parse(id);
        var saved = uses.saveCalendar()
                .saveCalendar(Callers.requester(request), calendar, SlaInput.calendar(JsonBody.read(body)));
        return new SlaJson.CalendarItem(SlaJson.CalendarJson.from(saved));
    }
}
