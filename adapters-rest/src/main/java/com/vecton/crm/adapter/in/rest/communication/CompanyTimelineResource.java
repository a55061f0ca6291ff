package com.vecton.crm.adapter.in.rest.communication;

import com.vecton.crm.adapter.in.rest.gate.Callers;
import com.vecton.crm.adapter.in.rest.gate.RequiresPermission;
import com.vecton.crm.adapter.in.rest.gate.ResourceType;
import com.vecton.crm.adapter.in.rest.input.InputErrors;
import com.vecton.crm.adapter.in.rest.input.PageParams;
import com.vecton.crm.adapter.in.rest.item.ItemRoutes;
import com.vecton.crm.application.port.in.communication.ListCompanyTimelineUseCase;
import com.vecton.crm.domain.company.CompanyId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

/**
 * What happened with one company, newest first. It lists log entries, so it needs
 * {@code communication_logs.list}; it is a route on one company, so the gate evaluates
 * {@code crm:companies/{id}}, as for a company's contacts.
 */
@Path("/api/companies/{id}/timeline")
@ResourceType("companies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "companies")
public final class CompanyTimelineResource {
    private final ListCompanyTimelineUseCase timeline;

    CompanyTimelineResource(ListCompanyTimelineUseCase timeline) {
        this.timeline = timeline;
    }

    @GET
    @RequiresPermission("communication_logs.list")
    @Operation(
            operationId = "listCompanyTimeline",
            description = "Lists the live log entries of one live company and of its live contacts that the caller"
                    + " may open, newest first.",
            summary = "The timeline of one live company, newest first")
    public TimelineJson.ListOf list(
            @PathParam("id") String id, @BeanParam PageParams paging, @Context ContainerRequestContext request) {
        var company = ItemRoutes.id(id, CompanyId::new);
        var errors = new InputErrors();
        var page = paging.read(errors);
        errors.throwIfAny();
        return TimelineJson.ListOf.of(timeline.list(Callers.requester(request), company, page));
    }
}
