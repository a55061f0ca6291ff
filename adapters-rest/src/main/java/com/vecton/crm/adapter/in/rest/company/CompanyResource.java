package com.vecton.crm.adapter.in.rest.company;

import com.vecton.crm.adapter.in.rest.gate.Callers;
import com.vecton.crm.adapter.in.rest.gate.RequiresPermission;
import com.vecton.crm.adapter.in.rest.gate.ResourceType;
import com.vecton.crm.adapter.in.rest.input.ChangeParams;
import com.vecton.crm.adapter.in.rest.input.InputErrors;
import com.vecton.crm.adapter.in.rest.input.JsonBody;
import com.vecton.crm.adapter.in.rest.input.ListParams;
import com.vecton.crm.adapter.in.rest.input.PageParams;
import com.vecton.crm.adapter.in.rest.item.ItemRoutes;
import com.vecton.crm.adapter.in.rest.json.ChangesOf;
import com.vecton.crm.adapter.in.rest.json.ItemOf;
import com.vecton.crm.adapter.in.rest.json.PageOf;
import com.vecton.crm.adapter.in.rest.openapi.BodyOf;
import com.vecton.crm.adapter.in.rest.openapi.Created;
import com.vecton.crm.adapter.in.rest.openapi.RouteProblem;
import com.vecton.crm.adapter.in.rest.openapi.SortableBy;
import com.vecton.crm.domain.company.Company;
import com.vecton.crm.domain.company.CompanyEdit;
import com.vecton.crm.domain.company.CompanyId;
import com.vecton.crm.domain.company.CompanyQuery;
import com.vecton.crm.domain.sync.SyncCursor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

/** The companies routes: read the request, call one use case, show the result. */
@Path("/api/companies")
@ResourceType("companies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "companies")
public final class CompanyResource {
    private final CompanyUseCases uses;

    CompanyResource(CompanyUseCases uses) {
        this.uses = uses;
    }

    @GET
    @SortableBy(CompanyQuery.class)
    @RequiresPermission("companies.list")
    @Operation(
            operationId = "listCompanies",
            description =
                    "Lists the live companies the caller may open, searched by name and domain and sorted as asked.",
            summary = "List and search live companies")
    public PageOf<CompanyJson> list(
            @BeanParam PageParams paging,
            @Parameter(description = "case- and accent-insensitive substring") @QueryParam("search") String search,
            @Parameter(description = "name, domain, created_at or updated_at; prefix - for descending")
                    @QueryParam("sort")
                    String sort,
            @Context ContainerRequestContext request) {
        var errors = new InputErrors();
        var params = ListParams.read(paging, search, sort, CompanyQuery.SORTABLE, CompanyQuery.DEFAULT_SORT, errors);
        errors.throwIfAny();
        var query = new CompanyQuery(params.search(), params.sort());
        return PageOf.of(uses.list().list(Callers.requester(request), query, params.page()), CompanyJson::from);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission("companies.create")
    @Created(CompanyJson.class)
    @Operation(
            operationId = "createCompany",
            description = "Creates a company; its domain is stored in lower case.",
            summary = "Add a company")
    public Response create(
            @BodyOf(CompanyInput.class) InputStream body,
            @Context ContainerRequestContext request,
            @Context UriInfo uri) {
        Company created =
                uses.create().create(Callers.of(request).asActor(), CompanyInput.details(JsonBody.read(body)));
        return ItemRoutes.created(uri, CompanyResource.class, created.id(), ItemOf.of(CompanyJson.from(created)));
    }

    @GET
    @Path("changes")
    @RequiresPermission("companies.list")
    @RouteProblem(status = 410, codes = SyncCursor.EXPIRED)
    @Operation(
            operationId = "listCompanyChanges",
            description =
                    "Answers the companies the caller may see that changed after the cursor, each once as it is now,"
                            + " deleted ones as tombstones; a cursor older than 30 days is 410 sync_cursor_expired.",
            summary = "The companies created, changed or deleted since a cursor, oldest change first (delta sync)")
    public ChangesOf<CompanyJson> changes(@BeanParam ChangeParams page, @Context ContainerRequestContext request) {
        return ChangesOf.of(uses.changes().changes(Callers.requester(request), page.read()), CompanyJson::from);
    }

    @GET
    @Path("{id}")
    @RequiresPermission("companies.view")
    @Operation(
            operationId = "showCompany",
            description = "Answers one live company.",
            summary = "Show one live company")
    public ItemOf<CompanyJson> show(@PathParam("id") String id, @Context ContainerRequestContext request) {
        return ItemOf.of(
                CompanyJson.from(uses.show().show(Callers.requester(request), ItemRoutes.id(id, CompanyId::new))));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission("companies.update")
    @Operation(
            operationId = "replaceCompany",
            description = "Replaces every field of a live company with the body's, absent fields becoming null.",
            summary = "Replace a company's details (absent fields become null)")
    public ItemOf<CompanyJson> replace(
            @PathParam("id") String id,
            @BodyOf(CompanyInput.class) InputStream body,
            @Context ContainerRequestContext request) {
        var companyId = ItemRoutes.id(id, CompanyId::new);
        var replacement = CompanyEdit.replacingWith(CompanyInput.details(JsonBody.read(body)));
        return ItemOf.of(CompanyJson.from(uses.edit().edit(Callers.requester(request), companyId, replacement)));
    }

    @PATCH
    @Path("{id}")
    @Consumes({MediaType.APPLICATION_JSON, JsonBody.MERGE_PATCH})
    @RequiresPermission("companies.update")
    @Operation(
            operationId = "editCompany",
            description = "Changes only the fields the body sends on a live company; a field sent as null is cleared.",
            summary = "Change some of a company's details (only the fields sent; null clears)")
    public ItemOf<CompanyJson> edit(
            @PathParam("id") String id,
            @BodyOf(CompanyInput.class) InputStream body,
            @Context ContainerRequestContext request) {
        var companyId = ItemRoutes.id(id, CompanyId::new);
        var changes = CompanyInput.edit(JsonBody.read(body));
        return ItemOf.of(CompanyJson.from(uses.edit().edit(Callers.requester(request), companyId, changes)));
    }

    @DELETE
    @Path("{id}")
    @RequiresPermission("companies.delete")
    @Operation(
            operationId = "deleteCompany",
            description = "Moves a live company to the bin; its contacts stay.",
            summary = "Move a company to the bin (its contacts stay)")
    public void delete(@PathParam("id") String id, @Context ContainerRequestContext request) {
        uses.delete().delete(Callers.requester(request), ItemRoutes.id(id, CompanyId::new));
    }

    @POST
    @Path("{id}/restore")
    @RequiresPermission("companies.restore")
    @Operation(
            operationId = "restoreCompany",
            description = "Brings a deleted company back; restoring a live company changes nothing.",
            summary = "Bring a deleted company back")
    public ItemOf<CompanyJson> restore(@PathParam("id") String id, @Context ContainerRequestContext request) {
        return ItemOf.of(CompanyJson.from(
                uses.restore().restore(Callers.requester(request), ItemRoutes.id(id, CompanyId::new))));
    }
}
