package com.vecton.crm.adapter.in.rest.leave;

import com.vecton.crm.adapter.in.rest.gate.Callers;
import com.vecton.crm.adapter.in.rest.gate.RequiresPermission;
import com.vecton.crm.adapter.in.rest.gate.ResourceType;
import com.vecton.crm.adapter.in.rest.input.InputErrors;
import com.vecton.crm.adapter.in.rest.input.JsonBody;
import com.vecton.crm.adapter.in.rest.input.PageParams;
import com.vecton.crm.adapter.in.rest.input.QueryParams;
import com.vecton.crm.adapter.in.rest.item.ItemRoutes;
import com.vecton.crm.adapter.in.rest.openapi.BodyOf;
import com.vecton.crm.adapter.in.rest.openapi.Created;
import com.vecton.crm.adapter.in.rest.openapi.RouteProblem;
import com.vecton.crm.application.port.in.leave.LeaveDecision;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.leave.LeaveRequest;
import com.vecton.crm.domain.leave.LeaveRequestId;
import com.vecton.crm.domain.leave.LeaveRequestQuery;
import com.vecton.crm.domain.leave.LeaveStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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

/**
 * Leave requests and their decisions. The state machine is {@link LeaveStatus}'s table: a decision
 * it does not allow is {@code 422 invalid_transition}; approving and rejecting need
 * {@code leaves.review} and never one's own request ({@code 403 own_request}).
 */
@Path("/api/leave-requests")
@ResourceType("leaves")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "leave")
public final class LeaveRequestResource {
    private final LeaveUseCases uses;

    LeaveRequestResource(LeaveUseCases uses) {
        this.uses = uses;
    }

    @GET
    @RequiresPermission("leaves.list")
    @Operation(
            operationId = "listLeaveRequests",
            summary = "List leave requests, newest start first",
            description =
                    "The caller's own by default; user_id=all (or another user's id) needs leaves.review or leaves.manage.")
    public LeaveJson.LeaveRequestList list(
            @BeanParam PageParams paging,
            @Parameter(description = "a user id, me, or all") @QueryParam("user_id") String userId,
            @Parameter(description = "pending, approved, rejected or cancelled") @QueryParam("status") String status,
            @Parameter(
                            description = "requests ending on or after this date",
                            schema = @Schema(type = "string", format = "date"))
                    @QueryParam("from")
                    String from,
            @Parameter(
                            description = "requests starting on or before this date",
                            schema = @Schema(type = "string", format = "date"))
                    @QueryParam("to")
                    String to,
            @Context ContainerRequestContext request) {
        var who = Callers.requester(request);
        var errors = new InputErrors();
        var page = paging.read(errors);
        boolean everybody = "all".equals(userId);
        UserId user = everybody || userId == null || userId.isBlank()
                ? null
                : QueryParams.userIdOrMe(userId, "user_id", who.userId(), errors);
        LeaveStatus state = null;
        if (status != null && !status.isBlank()) {
            if (LeaveStatus.isKnown(status)) {
                state = LeaveStatus.fromApi(status);
            } else {
                errors.add("status", "must be pending, approved, rejected or cancelled");
            }
        }
        LocalDate first = QueryParams.date(from, "from", errors);
        LocalDate last = QueryParams.date(to, "to", errors);
        errors.throwIfAny();
        var query = new LeaveRequestQuery(user, state, first, last);
        return LeaveJson.LeaveRequestList.of(uses.listRequests().list(who, query, everybody, page));
    }

    @GET
    @Path("{id}")
    @RequiresPermission("leaves.list")
    @Operation(
            operationId = "showLeaveRequest",
            summary = "Show one leave request",
            description = "One's own, or anybody's for a reviewer or manager (else 404).")
    public LeaveJson.LeaveRequestItem show(@PathParam("id") String id, @Context ContainerRequestContext request) {
        return LeaveJson.LeaveRequestItem.of(
                uses.showRequest().show(Callers.requester(request), ItemRoutes.id(id, LeaveRequestId::new)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission("leaves.create")
    @RouteProblem(
            status = 422,
            codes = {LeaveRequest.OVERLAP, LeaveRequest.NO_WORKING_DAYS, LeaveRequest.INSUFFICIENT_BALANCE})
    @Created(LeaveJson.LeaveRequestItem.class)
    @Operation(
            operationId = "createLeaveRequest",
            summary = "Request leave",
            description = "Submits a request, pending (or approved at once when its type needs no review). One user's"
                    + " pending and approved requests never overlap, to the half day.")
    public Response create(
            @BodyOf(LeaveInput.LeaveRequestBody.class) InputStream body,
            @Context ContainerRequestContext request,
            @Context UriInfo uri) {
        LeaveRequest created =
                uses.submit().submit(Callers.requester(request), LeaveInput.request(JsonBody.read(body)));
        return ItemRoutes.created(
                uri, LeaveRequestResource.class, created.id(), LeaveJson.LeaveRequestItem.of(created));
    }

    @POST
    @Path("{id}/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission("leaves.review")
    @RouteProblem(
            status = 422,
            codes = {LeaveRequest.INVALID_TRANSITION, LeaveRequest.INSUFFICIENT_BALANCE, LeaveRequest.SHIFTS_ASSIGNED})
    @RouteProblem(status = 403, codes = LeaveRequest.OWN_REQUEST)
    @Operation(
            operationId = "approveLeaveRequest",
            summary = "Approve a pending leave request",
            description =
                    "Takes its days from the balance (422 insufficient_balance beyond it, unless the type allows"
                            + " negative balances). With unassign_shifts=true the requester's shifts on those days are removed.")
    public LeaveJson.LeaveRequestItem approve(
            @PathParam("id") String id,
            @Parameter(description = "remove the shifts the leave covers instead of refusing")
                    @QueryParam("unassign_shifts")
                    String unassignShifts,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content = @Content(schema = @Schema(implementation = LeaveInput.DecisionBody.class)))
                    InputStream body,
            @Context ContainerRequestContext request) {
        return decide(id, LeaveDecision.Verb.APPROVE, body, "true".equals(unassignShifts), request);
    }

    @POST
    @Path("{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission("leaves.review")
    @RouteProblem(status = 422, codes = LeaveRequest.INVALID_TRANSITION)
    @RouteProblem(status = 403, codes = LeaveRequest.OWN_REQUEST)
    @Operation(
            operationId = "rejectLeaveRequest",
            summary = "Reject a pending leave request",
            description = "Rejects it, with an optional note.")
    public LeaveJson.LeaveRequestItem reject(
            @PathParam("id") String id,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content = @Content(schema = @Schema(implementation = LeaveInput.DecisionBody.class)))
                    InputStream body,
            @Context ContainerRequestContext request) {
        return decide(id, LeaveDecision.Verb.REJECT, body, false, request);
    }

    @POST
    @Path("{id}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission("leaves.create")
    @RouteProblem(status = 422, codes = LeaveRequest.INVALID_TRANSITION)
    @Operation(
            operationId = "cancelLeaveRequest",
            summary = "Cancel a leave request",
            description =
                    "A pending one, or an approved one before its start date (a reviewer: at any time); an approved"
                            + " one gives its days back to the balance.")
    public LeaveJson.LeaveRequestItem cancel(
            @PathParam("id") String id,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content = @Content(schema = @Schema(implementation = LeaveInput.DecisionBody.class)))
                    InputStream body,
            @Context ContainerRequestContext request) {
        return decide(id, LeaveDecision.Verb.CANCEL, body, false, request);
    }

    private LeaveJson.LeaveRequestItem decide(
            String id, LeaveDecision.Verb verb, InputStream body, boolean unassign, ContainerRequestContext request) {
        var requestId = ItemRoutes.id(id, LeaveRequestId::new);
        String note = LeaveInput.note(LeaveInput.optionalBody(body));
        var decision = new LeaveDecision(verb, note, unassign);
        return LeaveJson.LeaveRequestItem.of(uses.decide().decide(Callers.requester(request), requestId, decision));
    }
}
