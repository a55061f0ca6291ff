package com.vecton.crm.adapter.in.rest.leave;

import com.vecton.crm.adapter.in.rest.gate.Callers;
import com.vecton.crm.adapter.in.rest.gate.RequiresPermission;
import com.vecton.crm.adapter.in.rest.gate.ResourceType;
import com.vecton.crm.adapter.in.rest.input.JsonBody;
import com.vecton.crm.adapter.in.rest.item.ItemRoutes;
import com.vecton.crm.adapter.in.rest.openapi.BodyOf;
import com.vecton.crm.adapter.in.rest.openapi.Created;
import com.vecton.crm.adapter.in.rest.openapi.RouteProblem;
import com.vecton.crm.domain.leave.LeaveType;
import com.vecton.crm.domain.leave.LeaveTypeId;
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

/** Leave types: read by anybody who may list leave, changed with {@code leaves.manage}. */
@Path("/api/leave-types")
@ResourceType("leave_types")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "leave")
public final class LeaveTypeResource {
    private final LeaveUseCases uses;

    LeaveTypeResource(LeaveUseCases uses) {
        this.uses = uses;
    }

    @GET
    @RequiresPermission("leaves.list")
    @Operation(
            operationId = "listLeaveTypes",
            summary = "List the leave types, by name",
            description = "Every leave type, by name.")
    public LeaveJson.LeaveTypeList list(@Context ContainerRequestContext request) {
        return LeaveJson.LeaveTypeList.of(uses.listTypes().list(Callers.requester(request)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission("leaves.manage")
    @RouteProblem(status = 422, codes = LeaveType.NAME_TAKEN)
    @Created(LeaveJson.LeaveTypeItem.class)
    @Operation(
            operationId = "createLeaveType",
            summary = "Add a leave type",
            description = "Adds a leave type whose name no other type has, ignoring case.")
    public Response create(
            @BodyOf(LeaveInput.LeaveTypeBody.class) InputStream body,
            @Context ContainerRequestContext request,
            @Context UriInfo uri) {
        LeaveType created =
                uses.createType().create(Callers.requester(request), LeaveInput.leaveType(JsonBody.read(body)));
        return ItemRoutes.created(uri, LeaveTypeResource.class, created.id(), LeaveJson.LeaveTypeItem.of(created));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission("leaves.manage")
    @RouteProblem(status = 422, codes = LeaveType.NAME_TAKEN)
    @Operation(
            operationId = "replaceLeaveType",
            summary = "Replace a leave type",
            description =
                    "Replaces every field; absent flags take their defaults. Requests already made keep their days.")
    public LeaveJson.LeaveTypeItem replace(
            @PathParam("id") String id,
            @BodyOf(LeaveInput.LeaveTypeBody.class) InputStream body,
            @Context ContainerRequestContext request) {
        var typeId = ItemRoutes.id(id, LeaveTypeId::new);
        var replaced = uses.replaceType()
                .replace(Callers.requester(request), typeId, LeaveInput.leaveType(JsonBody.read(body)));
        return LeaveJson.LeaveTypeItem.of(replaced);
    }
}
