package com.vecton.crm.adapter.in.rest.contact;

import com.vecton.crm.adapter.in.rest.gate.Callers;
import com.vecton.crm.adapter.in.rest.gate.RequiresPermission;
import com.vecton.crm.adapter.in.rest.gate.ResourceType;
import com.vecton.crm.adapter.in.rest.input.InputErrors;
import com.vecton.crm.adapter.in.rest.input.ListParams;
import com.vecton.crm.adapter.in.rest.input.PageParams;
import com.vecton.crm.adapter.in.rest.item.ItemRoutes;
import com.vecton.crm.adapter.in.rest.json.PageOf;
import com.vecton.crm.adapter.in.rest.openapi.SortableBy;
import com.vecton.crm.application.port.in.company.ListCompanyContactsUseCase;
import com.vecton.crm.domain.company.CompanyId;
import com.vecton.crm.domain.contact.ContactQuery;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;

/**
 * The contacts of one company. It lists contacts, so it needs {@code contacts.list}; it is a
 * route on one company, so the gate evaluates {@code crm:companies/{id}}, which lets a policy
 * open the contacts of some companies only.
 */
@Path("/api/companies/{id}/contacts")
@ResourceType("companies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "companies")
public final class CompanyContactsResource {
    private final ListCompanyContactsUseCase list;

    CompanyContactsResource(ListCompanyContactsUseCase list) {
        this.list = list;
    }

    @GET
    @SortableBy(ContactQuery.class)
    @RequiresPermission("contacts.list")
    @Operation(
            operationId = "listCompanyContacts",
            description =
                    "Lists the live contacts of one live company that the caller may open, searched and sorted as asked.",
            summary = "List the live contacts of one live company")
    public PageOf<ContactJson> list(
            @PathParam("id") String id,
            @BeanParam PageParams paging,
            @Parameter(description = "case- and accent-insensitive substring") @QueryParam("search") String search,
            @Parameter(description = "first_name, last_name, email, created_at or updated_at; prefix - for descending")
                    @QueryParam("sort")
                    String sort,
            @Context ContainerRequestContext request) {
        var company = ItemRoutes.id(id, CompanyId::new);
        var errors = new InputErrors();
        var params = ListParams.read(paging, search, sort, ContactQuery.SORTABLE, ContactQuery.DEFAULT_SORT, errors);
        errors.throwIfAny();
        var query = new ContactQuery(params.search(), Optional.of(company), params.sort());
        return PageOf.of(list.list(Callers.requester(request), company, query, params.page()), ContactJson::from);
    }
}
