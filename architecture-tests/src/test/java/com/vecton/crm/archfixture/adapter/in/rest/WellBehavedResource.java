package com.vecton.crm.archfixture.adapter.in.rest;

import com.vecton.crm.archfixture.application.port.in.WellBehavedShowContactUseCase;
import com.vecton.crm.archfixture.domain.contact.WellBehavedContactId;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.UUID;

@Path("/contacts")
public final class WellBehavedResource {

    private final WellBehavedShowContactUseCase service;

    public WellBehavedResource(WellBehavedShowContactUseCase service) {
        this.service = service;
    }

    @GET
    @Path("{id}")
    public Response show(@PathParam("id") UUID id) {
        return Response.ok(service.show(new WellBehavedContactId(id)).name()).build();
    }
}
