package com.vecton.crm.adapter.in.rest.shift;

import com.vecton.crm.adapter.in.rest.gate.Callers;
import com.vecton.crm.adapter.in.rest.gate.RequiresPermission;
import com.vecton.crm.adapter.in.rest.gate.ResourceType;
import com.vecton.crm.adapter.in.rest.input.DateRangeParams;
import com.vecton.crm.adapter.in.rest.input.InputErrors;
import com.vecton.crm.adapter.in.rest.input.JsonBody;
import com.vecton.crm.adapter.in.rest.input.QueryParams;
import com.vecton.crm.adapter.in.rest.item.ItemRoutes;
import com.vecton.crm.adapter.in.rest.openapi.BodyOf;
import com.vecton.crm.adapter.in.rest.openapi.Created;
import com.vecton.crm.adapter.in.rest.openapi.RouteProblem;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.shift.Recurrence;
import com.vecton.crm.domain.shift.ShiftAssignment;
import com.vecton.crm.domain.shift.ShiftAssignmentId;
import com.vecton.crm.domain.shift.ShiftId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.BeanParam;
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

/** Who works which shift on which day. */
@Path("/api/shift-assignments")
@ResourceType("shift_assignments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "shifts")
public final class ShiftAssignmentResource {
    private final ShiftUseCases uses;

    ShiftAssignmentResource(ShiftUseCases uses) {
        this.uses = uses;
    }

    @GET
    @RequiresPermission("shift_assignments.list")
    @Operation(
            operationId = "listShiftAssignments",
            summary = "List assignments on a range of dates",
            description =
                    "from and to are required dates, at most 366 days apart; user_id (or me) narrows to one user.")
    public ShiftJson.AssignmentList list(
            @BeanParam DateRangeParams dates,
            @Parameter(description = "a user id or me") @QueryParam("user_id") String userId,
            @Context ContainerRequestContext request) {
        var who = Callers.requester(request);
        var errors = new InputErrors();
        var range = dates.read(errors);
        UserId user = QueryParams.userIdOrMe(userId, "user_id", who.userId(), errors);
        errors.throwIfAny();
        return ShiftJson.AssignmentList.of(uses.assignments().list(who, range.first(), range.last(), user));
    }

    @GET
    @Path("{id}")
    @RequiresPermission("shift_assignments.list")
    @Operation(
            operationId = "showShiftAssignment",
            summary = "Show one assignment",
            description = "The assignment a create's Location names; unknown is 404.")
    public ShiftJson.AssignmentItem show(@PathParam("id") String id, @Context ContainerRequestContext request) {
        var assignment =
                uses.showAssignment().show(Callers.requester(request), ItemRoutes.id(id, ShiftAssignmentId::new));
        return new ShiftJson.AssignmentItem(ShiftJson.AssignmentBody.from(assignment));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission("shift_assignments.create")
    @RouteProblem(
            status = 422,
            codes = {ShiftAssignment.OVERLAP, ShiftAssignment.ON_LEAVE})
    @Created(ShiftJson.AssignmentItem.class)
    @Operation(
            operationId = "createShiftAssignment",
            summary = "Put a user on a shift on a date",
            description =
                    "The period is the shift's times on that date in the tenant's time zone; one user's shifts never"
                            + " overlap, and nobody is assigned on a day of approved leave.")
    public Response create(
            @BodyOf(ShiftInput.AssignmentBody.class) InputStream body,
            @Context ContainerRequestContext request,
            @Context UriInfo uri) {
        var json = JsonBody.read(body);
        var errors = new InputErrors();
        String user = json.textOrNull("user_id", errors);
        Long shift = json.integer("shift_id", 1, Long.MAX_VALUE, errors).applyTo(null);
        LocalDate date = json.date("date", errors).applyTo(null);
        required(user, shift, errors);
        if (date == null) {
            errors.add("date", "is required");
        }
        errors.throwIfAny();
        var created = uses.assign().assign(Callers.requester(request), new UserId(user), new ShiftId(shift), date);
        return ItemRoutes.created(
                uri,
                ShiftAssignmentResource.class,
                created.id(),
                new ShiftJson.AssignmentItem(ShiftJson.AssignmentBody.from(created)));
    }

    @POST
    @Path("recurring")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission("shift_assignments.create")
    @RouteProblem(status = 422, codes = ShiftAssignment.CONFLICTS)
    @Operation(
            operationId = "createRecurringShiftAssignments",
            summary = "Put a user on a shift on given weekdays over a range of dates",
            description =
                    "All of them in one transaction or none: a conflict is 422 shift_conflicts with errors naming each"
                            + " date (shift_overlap or user_on_leave).",
            responses =
                    @ApiResponse(
                            responseCode = "200",
                            description = "every assignment made",
                            content = @Content(schema = @Schema(implementation = ShiftJson.AssignmentList.class))))
    public Response recurring(
            @BodyOf(ShiftInput.RecurringBody.class) InputStream body, @Context ContainerRequestContext request) {
        var json = JsonBody.read(body);
        var errors = new InputErrors();
        String user = json.textOrNull("user_id", errors);
        Long shift = json.integer("shift_id", 1, Long.MAX_VALUE, errors).applyTo(null);
        var weekdays = ShiftInput.weekdays(json.textList("weekdays", errors).applyTo(null), errors);
        LocalDate from = json.date("from", errors).applyTo(null);
        LocalDate to = json.date("to", errors).applyTo(null);
        required(user, shift, errors);
        var recurrence = errors.capture(() -> new Recurrence(weekdays, from, to));
        errors.throwIfAny();
        var created = uses.assignRecurring()
                .assign(Callers.requester(request), new UserId(user), new ShiftId(shift), recurrence);
        return Response.ok(ShiftJson.AssignmentList.of(created)).build();
    }

    private static void required(String user, Long shift, InputErrors errors) {
        if (user == null || user.isBlank()) {
            errors.add("user_id", "is required");
        } else if (user.length() > UserId.MAX_LENGTH) {
            errors.add("user_id", "must not be longer than " + UserId.MAX_LENGTH + " characters");
        }
        if (shift == null) {
            errors.add("shift_id", "is required");
        }
    }

    @DELETE
    @Path("{id}")
    @RequiresPermission("shift_assignments.delete")
    @Operation(
            operationId = "deleteShiftAssignment",
            summary = "Take a user off a shift",
            description = "Removes the assignment for good.")
    public void delete(@PathParam("id") String id, @Context ContainerRequestContext request) {
        uses.unassign().unassign(Callers.requester(request), ItemRoutes.id(id, ShiftAssignmentId::new));
    }
}
