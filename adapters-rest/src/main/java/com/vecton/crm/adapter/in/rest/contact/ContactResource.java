package com.vecton.crm.adapter.in.rest.contact;

import com.vecton.crm.adapter.in.rest.gate.Callers;
import com.vecton.crm.adapter.in.rest.gate.RequiresPermission;
import com.vecton.crm.adapter.in.rest.gate.ResourceType;
import com.vecton.crm.adapter.in.rest.input.ChangeParams;
import com.vecton.crm.adapter.in.rest.input.InputErrors;
import com.vecton.crm.adapter.in.rest.input.JsonBody;
import com.vecton.crm.adapter.in.rest.input.ListParams;
import com.vecton.crm.adapter.in.rest.input.PageParams;
import com.vecton.crm.adapter.in.rest.input.QueryParams;
import com.vecton.crm.adapter.in.rest.item.ItemRoutes;
import com.vecton.crm.adapter.in.rest.json.ChangesOf;
import com.vecton.crm.adapter.in.rest.json.ItemOf;
import com.vecton.crm.adapter.in.rest.json.PageOf;
import com.vecton.crm.adapter.in.rest.openapi.BodyOf;
import com.vecton.crm.adapter.in.rest.openapi.Created;
import com.vecton.crm.adapter.in.rest.openapi.RouteProblem;
import com.vecton.crm.adapter.in.rest.openapi.SortableBy;
import com.vecton.crm.domain.company.CompanyId;
import com.vecton.crm.domain.contact.Contact;
import com.vecton.crm.domain.contact.ContactEdit;
import com.vecton.crm.domain.contact.ContactId;
import com.vecton.crm.domain.contact.ContactQuery;
import com.vecton.crm.domain.sync.SyncCursor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
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
import java.util.Optional;

/** The contacts routes: read the request, call one use case, show the result. */
@Path("/api/contacts")
@ResourceType("contacts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "contacts")
public final class ContactResource {
    private final ContactUseCases uses;

    ContactResource(ContactUseCases uses) {
        this.uses = uses;
    }

    @GET
    @SortableBy(ContactQuery.class)
    @RequiresPermission("contacts.list")
    @Operation(
            operationId = "listContacts",
            description =
                    "Lists the live contacts the caller may open, searched by name and email and sorted as asked.",
            summary = "List and search live contacts")
    public PageOf<ContactJson> list(
            @BeanParam PageParams paging,
            @Parameter(description = "case- and accent-insensitive substring") @QueryParam("search") String search,
            @Parameter(description = "first_name, last_name, email, created_at or updated_at; prefix - for descending")
                    @QueryParam("sort")
                    String sort,
            @Parameter(schema = @Schema(type = "integer", format = "int64", minimum = "1")) @QueryParam("company_id")
                    String companyId,
            @Context ContainerRequestContext request) {
        var errors = new InputErrors();
        var params = ListParams.read(paging, search, sort, ContactQuery.SORTABLE, ContactQuery.DEFAULT_SORT, errors);
        Long company = QueryParams.positiveId(companyId, "company_id", errors);
        errors.throwIfAny();
        var query =
                new ContactQuery(params.search(), Optional.ofNullable(company).map(CompanyId::new), params.sort());
        return PageOf.of(uses.list().list(Callers.requester(request), query, params.page()), ContactJson::from);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission("contacts.create")
    @Created(ContactJson.class)
    @Operation(
            operationId = "createContact",
            description = "Creates a contact with a first or last name, optionally at a live company.",
            summary = "Add a contact")
    public Response create(
            @BodyOf(ContactInput.class) InputStream body,
            @Context ContainerRequestContext request,
            @Context UriInfo uri) {
        Contact created =
                uses.create().create(Callers.of(request).asActor(), ContactInput.details(JsonBody.read(body)));
        return ItemRoutes.created(uri, ContactResource.class, created.id(), ItemOf.of(ContactJson.from(created)));
    }

    @GET
    @Path("changes")
    @RequiresPermission("contacts.list")
    @RouteProblem(status = 410, codes = SyncCursor.EXPIRED)
    @Operation(
            operationId = "listContactChanges",
            description =
                    "Answers the contacts the caller may see that changed after the cursor, each once as it is now,"
                            + " deleted ones as tombstones; a cursor older than 30 days is 410 sync_cursor_expired.",
            summary = "The contacts created, changed or deleted since a cursor, oldest change first (delta sync)")
    public ChangesOf<ContactJson> changes(@BeanParam ChangeParams page, @Context ContainerRequestContext request) {
        return ChangesOf.of(uses.changes().changes(Callers.requester(request), page.read()), ContactJson::from);
    }

    @GET
    @Path("{id}")
    @RequiresPermission("contacts.view")
    @Operation(
            operationId = "showContact",
            description = "Answers one live contact.",
            summary = "Show one live contact")
    public ItemOf<ContactJson> show(@PathParam("id") String id, @Context ContainerRequestContext request) {
        return ItemOf.of(
                ContactJson.from(uses.show().show(Callers.requester(request), ItemRoutes.id(id, ContactId::new))));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission("contacts.update")
    @Operation(
            operationId = "replaceContact",
            description = "Replaces every field of a live contact with the body's, absent fields becoming null.",
            summary = "Replace a contact's details (absent fields become null)")
    public ItemOf<ContactJson> replace(
            @PathParam("id") String id,
            @BodyOf(ContactInput.class) InputStream body,
            @Context ContainerRequestContext request) {
        var contactId = ItemRoutes.id(id, ContactId::new);
        var replacement = ContactEdit.replacingWith(ContactInput.details(JsonBody.read(body)));
        return ItemOf.of(ContactJson.from(uses.edit().edit(Callers.requester(request), contactId, replacement)));
    }

    @PATCH
    @Path("{id}")
    @Consumes({MediaType.APPLICATION_JSON, JsonBody.MERGE_PATCH})
    @RequiresPermission("contacts.update")
    @Operation(
            operationId = "editContact",
            description = "Changes only the fields the body sends on a live contact; a field sent as null is cleared.",
            summary = "Change some of a contact's details (only the fields sent; null clears)")
    public ItemOf<ContactJson> edit(
            @PathParam("id") String id,
            @BodyOf(ContactInput.class) InputStream body,
            @Context ContainerRequestContext request) {
        var contactId = ItemRoutes.id(id, ContactId::new);
        var changes = ContactInput.edit(JsonBody.read(body));
        return ItemOf.of(ContactJson.from(uses.edit().edit(Callers.requester(request), contactId, changes)));
    }

    @DELETE
    @Path("{id}")
    @RequiresPermission("contacts.delete")
    @Operation(
            operationId = "deleteContact",
            description = "Moves a live contact to the bin.",
            summary = "Move a contact to the bin")
    public void delete(@PathParam("id") String id, @Context ContainerRequestContext request) {
        uses.delete().delete(Callers.requester(request), ItemRoutes.id(id, ContactId::new));
    }

    @POST
    @Path("{id}/restore")
    @RequiresPermission("contacts.restore")
    @Operation(
            operationId = "restoreContact",
            description = "Brings a deleted contact back; restoring a live contact changes nothing.",
            summary = "Bring a deleted contact back")
    public ItemOf<ContactJson> restore(@PathParam("id") String id, @Context ContainerRequestContext request) {
        return ItemOf.of(ContactJson.from(
                uses.restore().restore(Callers.requester(request), ItemRoutes.id(id, ContactId::new))));
    }
}
