package com.vecton.crm.adapter.in.rest.portal;

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
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.contact.ContactId;
import com.vecton.crm.domain.portal.PortalAccount;
import com.vecton.crm.domain.portal.PortalAccountId;
import com.vecton.crm.domain.portal.PortalAccountQuery;
import com.vecton.crm.domain.sync.SyncCursor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.util.Optional;

/** The staff's routes on customer portal accounts: read the request, call one use case, show the result. */
@Path("/api/portal-accounts")
@ResourceType("portal_accounts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "portal accounts")
public final class PortalAccountResource {
    private final PortalAccountUseCases uses;

    PortalAccountResource(PortalAccountUseCases uses) {
        this.uses = uses;
    }

    @GET
    @SortableBy(PortalAccountQuery.class)
    @RequiresPermission("portal_accounts.list")
    @Operation(
            operationId = "listPortalAccounts",
            description =
                    "Lists the live portal accounts the caller may open, newest first, filtered by user or contact.",
            summary = "List live portal accounts")
    public PageOf<PortalAccountJson> list(
            @BeanParam PageParams paging,
            @Parameter(description = "created_at; prefix - for descending (the default)") @QueryParam("sort")
                    String sort,
            @Parameter(schema = @Schema(maxLength = UserId.MAX_LENGTH)) @QueryParam("user_id") String userId,
            @Parameter(schema = @Schema(type = "integer", format = "int64", minimum = "1")) @QueryParam("contact_id")
                    String contactId,
            @Context ContainerRequestContext request) {
        var errors = new InputErrors();
        var params = ListParams.read(
                paging, null, sort, PortalAccountQuery.SORTABLE, PortalAccountQuery.DEFAULT_SORT, errors);
        Long contact = QueryParams.positiveId(contactId, "contact_id", errors);
        UserId user = null;
        if (userId != null && !userId.isBlank()) {
            if (userId.strip().length() > UserId.MAX_LENGTH) {
                errors.add("user_id", "must not be longer than " + UserId.MAX_LENGTH + " characters");
            } else {
                user = new UserId(userId.strip());
            }
        }
        errors.throwIfAny();
        var query = new PortalAccountQuery(
                Optional.ofNullable(user), Optional.ofNullable(contact).map(ContactId::new), params.sort());
        return PageOf.of(uses.list().list(Callers.requester(request), query, params.page()), PortalAccountJson::from);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission("portal_accounts.manage")
    @RouteProblem(status = 422, codes = PortalAccount.EXISTS)
    @Created(PortalAccountJson.class)
    @Operation(
            operationId = "createPortalAccount",
            description = "Lets an active user known here into the customer portal as a live contact; one live account"
                    + " per user (422 portal_account_exists).",
            summary = "Give a user a customer portal account")
    public Response create(
            @BodyOf(PortalAccountInput.class) InputStream body,
            @Context ContainerRequestContext request,
            @Context UriInfo uri) {
        PortalAccount created =
                uses.create().create(Callers.of(request).asActor(), PortalAccountInput.details(JsonBody.read(body)));
        return ItemRoutes.created(
                uri, PortalAccountResource.class, created.id(), ItemOf.of(PortalAccountJson.from(created)));
    }

    @GET
    @Path("changes")
    @RequiresPermission("portal_accounts.list")
    @RouteProblem(status = 410, codes = SyncCursor.EXPIRED)
    @Operation(
            operationId = "listPortalAccountChanges",
            description = "Answers the portal accounts the caller may see that changed after the cursor, each once as"
                    + " it is now, deleted ones as tombstones; a cursor older than 30 days is 410 sync_cursor_expired.",
            summary = "The portal accounts created or deleted since a cursor, oldest change first (delta sync)")
    public ChangesOf<PortalAccountJson> changes(
            @BeanParam ChangeParams page, @Context ContainerRequestContext request) {
        return ChangesOf.of(uses.changes().changes(Callers.requester(request), page.read()), PortalAccountJson::from);
    }

    @GET
    @Path("{id}")
    @RequiresPermission("portal_accounts.list")
    @Operation(
            operationId = "showPortalAccount",
            description = "Answers one live portal account.",
            summary = "Show one live portal account")
    public ItemOf<PortalAccountJson> show(@PathParam("id") String id, @Context ContainerRequestContext request) {
        return ItemOf.of(PortalAccountJson.from(
                uses.show().show(Callers.requester(request), ItemRoutes.id(id, PortalAccountId::new))));
    }

    @DELETE
    @Path("{id}")
    @RequiresPermission("portal_accounts.delete")
    @Operation(
            operationId = "deletePortalAccount",
            description = "Ends a portal account: its user can no longer use the portal (403 portal_account_missing).",
            summary = "End a portal account")
    public void delete(@PathParam("id") String id, @Context ContainerRequestContext request) {
        uses.delete().delete(Callers.requester(request), ItemRoutes.id(id, PortalAccountId::new));
    }
}
