package com.vecton.crm.adapter.in.rest.leave;

import com.vecton.crm.adapter.in.rest.gate.Callers;
import com.vecton.crm.adapter.in.rest.gate.RequiresPermission;
import com.vecton.crm.adapter.in.rest.gate.ResourceType;
import com.vecton.crm.adapter.in.rest.input.DateRangeParams;
import com.vecton.crm.adapter.in.rest.input.InputErrors;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

/** The team calendar: who is away on which day. */
@Path("/api/leave-calendar")
@ResourceType("leaves")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "leave")
public final class LeaveCalendarResource {
    private final LeaveUseCases uses;

    LeaveCalendarResource(LeaveUseCases uses) {
        this.uses = uses;
    }

    @GET
    @RequiresPermission("leaves.list")
    @Operation(
            operationId = "showLeaveCalendar",
            summary = "Who is away on which day",
            description = "Every day from from to to (required, at most 366 days), each with the pending and approved"
                    + " leave on it (weekends and holidays list nobody).")
    public LeaveJson.CalendarJson show(@BeanParam DateRangeParams dates, @Context ContainerRequestContext request) {
        var errors = new InputErrors();
        var range = dates.read(errors);
        errors.throwIfAny();
        var away = uses.calendar().away(Callers.requester(request), range.first(), range.last());
        return LeaveJson.CalendarJson.of(range.first(), range.last(), away);
    }
}
