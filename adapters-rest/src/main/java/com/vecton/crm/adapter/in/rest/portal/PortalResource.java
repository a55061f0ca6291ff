package com.vecton.crm.adapter.in.rest.portal;

import com.vecton.crm.adapter.in.rest.communication.LogFilters;
import com.vecton.crm.adapter.in.rest.communication.LogSearch;
import com.vecton.crm.adapter.in.rest.gate.Callers;
import com.vecton.crm.adapter.in.rest.gate.RequiresPermission;
import com.vecton.crm.adapter.in.rest.gate.ResourceType;
import com.vecton.crm.adapter.in.rest.input.InputErrors;
import com.vecton.crm.adapter.in.rest.input.ListParams;
import com.vecton.crm.adapter.in.rest.input.PageParams;
import com.vecton.crm.adapter.in.rest.item.ItemRoutes;
import com.vecton.crm.adapter.in.rest.openapi.RouteProblem;
import com.vecton.crm.adapter.in.rest.openapi.SortableBy;
import com.vecton.crm.domain.communication.CommunicationLogId;
import com.vecton.crm.domain.communication.CommunicationLogQuery;
import com.vecton.crm.domain.communication.CommunicationType;
import com.vecton.crm.domain.contact.ContactId;
import com.vecton.crm.domain.contact.ContactQuery;
import com.vecton.crm.domain.deal.DealId;
import com.vecton.crm.domain.portal.CustomerDealQuery;
import com.vecton.crm.domain.portal.PortalAccount;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
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
 * The customer portal: read-only routes on the caller's own company, for a user with
 * {@code portal.access} and a live portal account (else {@code 403 portal_account_missing}). Every
 * route is a {@code GET}, so any other method on them is {@code 405}. A record outside the caller's
 * company is {@code 404}, whatever its id.
 */
@Path("/api/portal")
@ResourceType("portal")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "customer portal")
public final class PortalResource {
    private static final String ACCESS = "portal.access";

    private final PortalUseCases uses;

    PortalResource(PortalUseCases uses) {
        this.uses = uses;
    }

    @GET
    @Path("company")
    @RequiresPermission(ACCESS)
    @RouteProblem(status = 403, codes = PortalAccount.MISSING)
    @RouteProblem(status = 404, codes = "not_found")
    @Operation(
            operationId = "showPortalCompany",
            description = "Answers the caller's company: the company of their portal account's contact, as it is now;"
                    + " 404 when the contact is at no live company.",
            summary = "The portal caller's company")
    public PortalJson.CompanyItem company(@Context ContainerRequestContext request) {
        return PortalJson.CompanyItem.of(uses.company().show(Callers.requester(request)));
    }

    @GET
    @Path("contacts")
    @SortableBy(ContactQuery.class)
    @RequiresPermission(ACCESS)
    @RouteProblem(status = 403, codes = PortalAccount.MISSING)
    @Operation(
            operationId = "listPortalContacts",
            description = "Lists the live contacts of the caller's company, searched by name and email.",
            summary = "The contacts of the portal caller's company")
    public PortalJson.ContactList contacts(
            @BeanParam PageParams paging,
            @Parameter(description = "case- and accent-insensitive substring") @QueryParam("search") String search,
            @Parameter(description = "first_name, last_name, email, created_at or updated_at; prefix - for descending")
                    @QueryParam("sort")
                    String sort,
            @Context ContainerRequestContext request) {
        var errors = new InputErrors();
        var params = ListParams.read(paging, search, sort, ContactQuery.SORTABLE, ContactQuery.DEFAULT_SORT, errors);
        errors.throwIfAny();
        var query = new ContactQuery(params.search(), Optional.empty(), params.sort());
        return PortalJson.ContactList.of(uses.contacts().list(Callers.requester(request), query, params.page()));
    }

    @GET
    @Path("contacts/{id}")
    @RequiresPermission(ACCESS)
    @RouteProblem(status = 403, codes = PortalAccount.MISSING)
    @Operation(
            operationId = "showPortalContact",
            description = "Answers one live contact of the caller's company; any other id is 404.",
            summary = "One contact of the portal caller's company")
    public PortalJson.ContactItem contact(@PathParam("id") String id, @Context ContainerRequestContext request) {
        return PortalJson.ContactItem.of(
                uses.contact().show(Callers.requester(request), ItemRoutes.id(id, ContactId::new)));
    }

    @GET
    @Path("communication-logs")
    @SortableBy(CommunicationLogQuery.class)
    @RequiresPermission(ACCESS)
    @RouteProblem(status = 403, codes = PortalAccount.MISSING)
    @Operation(
            operationId = "listPortalCommunicationLogs",
            description = "Lists the live log entries shared with customers (visible_to_customer) that reach the"
                    + " caller's company, by their own company or their contact's, newest first.",
            summary = "The log entries shared with the portal caller's company")
    public PortalJson.LogList logs(
            @BeanParam PageParams paging,
            @BeanParam LogSearch searching,
            @Parameter(
                            schema =
                                    @Schema(
                                            type = "string",
                                            allowableValues = {"call", "email", "meeting", "note", "sms"}))
                    @QueryParam("type")
                    String type,
            @Context ContainerRequestContext request) {
        var errors = new InputErrors();
        var params = searching.read(paging, errors);
        Optional<CommunicationType> kind = LogFilters.type(type, errors);
        errors.throwIfAny();
        var all = CommunicationLogQuery.all();
        var query = new CommunicationLogQuery(
                params.search(),
                all.contactId(),
                all.companyId(),
                all.dealId(),
                kind,
                all.from(),
                all.to(),
                params.sort());
        return PortalJson.LogList.of(uses.logs().list(Callers.requester(request), query, params.page()));
    }

    @GET
    @Path("deals")
    @SortableBy(CustomerDealQuery.class)
    @RequiresPermission(ACCESS)
    @RouteProblem(status = 403, codes = PortalAccount.MISSING)
    @Operation(
            operationId = "listPortalDeals",
            description = "Lists the live deals of the caller's company, searched by title: title, stage name, status,"
                    + " amount and expected close; never probability or owner.",
            summary = "The deals of the portal caller's company")
    public PortalJson.DealList deals(
            @BeanParam PageParams paging,
            @Parameter(description = "case- and accent-insensitive substring of the title") @QueryParam("search")
                    String search,
            @Parameter(
                            description =
                                    "title, expected_close_date or created_at (the default, newest first); prefix -"
                                            + " for descending")
                    @QueryParam("sort")
                    String sort,
            @Context ContainerRequestContext request) {
        var errors = new InputErrors();
        var params = ListParams.read(
                paging, search, sort, CustomerDealQuery.SORTABLE, CustomerDealQuery.DEFAULT_SORT, errors);
        errors.throwIfAny();
        var query = new CustomerDealQuery(params.search(), params.sort());
        return PortalJson.DealList.of(uses.deals().list(Callers.requester(request), query, params.page()));
    }

    @GET
    @Path("deals/{id}")
    @RequiresPermission(ACCESS)
    @RouteProblem(status = 403, codes = PortalAccount.MISSING)
    @Operation(
            operationId = "showPortalDeal",
            description = "Answers one live deal of the caller's company; any other id is 404.",
            summary = "One deal of the portal caller's company")
    public PortalJson.DealItem deal(@PathParam("id") String id, @Context ContainerRequestContext request) {
        return PortalJson.DealItem.of(uses.deal().show(Callers.requester(request), ItemRoutes.id(id, DealId::new)));
    }

    @GET
    @Path("communication-logs/{id}")
    @RequiresPermission(ACCESS)
    @RouteProblem(status = 403, codes = PortalAccount.MISSING)
    @Operation(
            operationId = "showPortalCommunicationLog",
            description = "Answers one log entry its portal list would show; any other id is 404.",
            summary = "One log entry shared with the portal caller's company")
    public PortalJson.LogItem log(@PathParam("id") String id, @Context ContainerRequestContext request) {
        return PortalJson.LogItem.of(
                uses.log().show(Callers.requester(request), ItemRoutes.id(id, CommunicationLogId::new)));
    }
}
