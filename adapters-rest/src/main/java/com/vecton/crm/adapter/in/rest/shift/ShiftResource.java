package com.vecton.crm.adapter.in.rest.shift;

import com.vecton.crm.adapter.in.rest.gate.Callers;
import com.vecton.crm.adapter.in.rest.gate.RequiresPermission;
import com.vecton.crm.adapter.in.rest.gate.ResourceType;
import com.vecton.crm.adapter.in.rest.input.JsonBody;
import com.vecton.crm.adapter.in.rest.item.ItemRoutes;
import com.vecton.crm.adapter.in.rest.openapi.BodyOf;
import com.vecton.crm.adapter.in.rest.openapi.Created;
import com.vecton.crm.adapter.in.rest.openapi.RouteProblem;
import com.vecton.crm.domain.shift.Shift;
import com.vecton.crm.domain.shift.ShiftId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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

/** Shift templates. */
@Path("/api/shifts")
@ResourceType("shifts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "shifts")
public final class ShiftResource {
    private final ShiftUseCases uses;

    ShiftResource(ShiftUseCases uses) {
        this.uses = uses;
    }

    @GET
    @RequiresPermission("shifts.list")
    @Operation(
            operationId = "listShifts",
            summary = "List the shift templates, by name",
            description = "Every shift template, by name.")
    public ShiftJson.ShiftList list(@Context ContainerRequestContext request) {
        return ShiftJson.ShiftList.of(uses.list().list(Callers.requester(request)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission("shifts.create")
    @RouteProblem(status = 422, codes = Shift.NAME_TAKEN)
    @Created(ShiftJson.ShiftItem.class)
    @Operation(
            operationId = "createShift",
            summary = "Add a shift template",
            description = "An end at or before the start crosses midnight.")
    public Response create(
            @BodyOf(ShiftInput.ShiftBody.class) InputStream body,
            @Context ContainerRequestContext request,
            @Context UriInfo uri) {
        var created = uses.create().create(Callers.requester(request), ShiftInput.shift(JsonBody.read(body)));
        return ItemRoutes.created(uri, ShiftResource.class, created.id(), ShiftJson.ShiftItem.of(created));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission("shifts.update")
    @RouteProblem(status = 422, codes = Shift.NAME_TAKEN)
    @Operation(
            operationId = "replaceShift",
            summary = "Replace a shift template",
            description = "Replaces every field; assignments already made keep their periods.")
    public ShiftJson.ShiftItem replace(
            @PathParam("id") String id,
            @BodyOf(ShiftInput.ShiftBody.class) InputStream body,
            @Context ContainerRequestContext request) {
        var shiftId = ItemRoutes.id(id, ShiftId::new);
        var replaced =
                uses.replace().replace(Callers.requester(request), shiftId, ShiftInput.shift(JsonBody.read(body)));
        return ShiftJson.ShiftItem.of(replaced);
    }

    @DELETE
    @Path("{id}")
    @RequiresPermission("shifts.delete")
    @RouteProblem(status = 422, codes = Shift.IN_USE)
    @Operation(
            operationId = "deleteShift",
            summary = "Delete a shift template for good",
            description = "Refused while assignments name it.")
    public void delete(@PathParam("id") String id, @Context ContainerRequestContext request) {
        uses.delete().delete(Callers.requester(request), ItemRoutes.id(id, ShiftId::new));
    }
}
