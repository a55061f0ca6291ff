package com.vecton.crm.adapter.in.rest.leave;

import com.vecton.crm.adapter.in.rest.gate.Callers;
import com.vecton.crm.adapter.in.rest.gate.RequiresPermission;
import com.vecton.crm.adapter.in.rest.gate.ResourceType;
import com.vecton.crm.adapter.in.rest.input.InputErrors;
import com.vecton.crm.adapter.in.rest.input.JsonBody;
import com.vecton.crm.adapter.in.rest.input.QueryParams;
import com.vecton.crm.adapter.in.rest.openapi.BodyOf;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.leave.LeaveTypeId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;

/** Leave balances per type and year, and their adjustments. */
@Path("/api/leave-balances")
@ResourceType("leaves")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "leave")
public final class LeaveBalanceResource {
    private final LeaveUseCases uses;

    LeaveBalanceResource(LeaveUseCases uses) {
        this.uses = uses;
    }

    @GET
    @RequiresPermission("leaves.list")
    @Operation(
            operationId = "listLeaveBalances",
            summary = "A user's leave balances in one year",
            description =
                    "Per leave type: allowance, taken, pending and remaining days (null allowance and remaining: unlimited)."
                            + " Another user's need leaves.review or leaves.manage.")
    public LeaveJson.BalanceList list(
            @Parameter(description = "a user id or me (the default)") @QueryParam("user_id") String userId,
            @Parameter(description = "the year, default this one") @QueryParam("year") String year,
            @Context ContainerRequestContext request) {
        var who = Callers.requester(request);
        var errors = new InputErrors();
        UserId user = userId == null || userId.isBlank()
                ? who.userId()
                : QueryParams.userIdOrMe(userId, "user_id", who.userId(), errors);
        Integer y = QueryParams.integer(year, "year", errors);
        if (y != null && (y < 2000 || y > 2100)) {
            errors.add("year", "must be between 2000 and 2100");
        }
        errors.throwIfAny();
        return LeaveJson.BalanceList.of(user.value(), uses.balances().balances(who, user, y));
    }

    @POST
    @Path("adjust")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission("leaves.manage")
    @Operation(
            operationId = "adjustLeaveBalance",
            summary = "Add or take days on a leave balance",
            description = "Writes an adjustment row to the ledger and answers the balance after it.")
    public LeaveJson.BalanceItem adjust(
            @BodyOf(LeaveInput.AdjustmentBody.class) InputStream body, @Context ContainerRequestContext request) {
        var json = JsonBody.read(body);
        var errors = new InputErrors();
        String user = json.textOrNull("user_id", errors);
        Long type = json.integer("leave_type_id", 1, Long.MAX_VALUE, errors).applyTo(null);
        Long year = json.integer("year", 2000, 2100, errors).applyTo(null);
        var days = json.decimal("days", errors).applyTo(null);
        String note = json.textOrNull("note", errors);
        if (user == null || user.isBlank()) {
            errors.add("user_id", "is required");
        } else if (user.length() > UserId.MAX_LENGTH) {
            errors.add("user_id", "must not be longer than " + UserId.MAX_LENGTH + " characters");
        }
        if (type == null) {
            errors.add("leave_type_id", "is required");
        }
        if (year == null) {
            errors.add("year", "is required");
        }
        if (days == null) {
            errors.add("days", "is required");
        }
        errors.throwIfAny();
        var balance = uses.adjust()
                .adjust(
                        Callers.requester(request),
                        new UserId(user),
                        new LeaveTypeId(type),
                        year.intValue(),
                        days,
                        note);
        return new LeaveJson.BalanceItem(LeaveJson.BalanceJson.from(balance));
    }
}
