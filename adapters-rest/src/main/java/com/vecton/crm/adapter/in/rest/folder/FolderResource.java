package com.vecton.crm.adapter.in.rest.folder;

import com.vecton.crm.adapter.in.rest.gate.Callers;
import com.vecton.crm.adapter.in.rest.gate.RequiresPermission;
import com.vecton.crm.adapter.in.rest.gate.ResourceType;
import com.vecton.crm.adapter.in.rest.input.InputErrors;
import com.vecton.crm.adapter.in.rest.input.JsonBody;
import com.vecton.crm.adapter.in.rest.input.PageParams;
import com.vecton.crm.adapter.in.rest.input.QueryParams;
import com.vecton.crm.adapter.in.rest.item.ItemRoutes;
import com.vecton.crm.adapter.in.rest.json.ItemOf;
import com.vecton.crm.adapter.in.rest.json.PageOf;
import com.vecton.crm.adapter.in.rest.openapi.BodyOf;
import com.vecton.crm.adapter.in.rest.openapi.Created;
import com.vecton.crm.adapter.in.rest.openapi.RouteProblem;
import com.vecton.crm.domain.folder.DocumentFolder;
import com.vecton.crm.domain.folder.DocumentFolderId;
import com.vecton.crm.domain.folder.FolderQuery;
import com.vecton.crm.domain.search.SearchText;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
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

/** The document folder routes: one tree, moved with {@code PATCH parent_id}, deleted (recursively) and restored. */
@Path("/api/document-folders")
@ResourceType("document_folders")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "document folders")
public final class FolderResource {
    private final FolderUseCases uses;

    FolderResource(FolderUseCases uses) {
        this.uses = uses;
    }

    @GET
    @RequiresPermission("document_folders.list")
    @Operation(
            operationId = "listDocumentFolders",
            description = "Lists the live folders the caller may open, by name: all, the children of parent_id, or"
                    + " the top level (parent_id=root); searched by name.",
            summary = "List and search document folders")
    public PageOf<FolderJson> list(
            @BeanParam PageParams paging,
            @Parameter(description = "case- and accent-insensitive substring of the name") @QueryParam("search")
                    String search,
            @Parameter(description = "a folder id, or root for the top level") @QueryParam("parent_id") String parent,
            @Context ContainerRequestContext request) {
        var errors = new InputErrors();
        var page = paging.read(errors);
        Optional<SearchText> text = errors.capture(() -> SearchText.of(search));
        boolean root = "root".equals(parent);
        Long parentId = root ? null : QueryParams.positiveId(parent, "parent_id", errors);
        errors.throwIfAny();
        var query = new FolderQuery(text, Optional.ofNullable(parentId).map(DocumentFolderId::new), root);
        return PageOf.of(uses.list().list(Callers.requester(request), query, page), FolderJson::from);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission("document_folders.create")
    @RouteProblem(status = 422, codes = DocumentFolder.NAME_TAKEN)
    @Created(FolderJson.class)
    @Operation(
            operationId = "createDocumentFolder",
            description = "Creates a folder at the top level or in a live parent; its name is unique among its live"
                    + " siblings ignoring case and accents.",
            summary = "Add a document folder")
    public Response create(
            @BodyOf(FolderInput.class) InputStream body,
            @Context ContainerRequestContext request,
            @Context UriInfo uri) {
        var details = FolderInput.details(JsonBody.read(body));
        var created = uses.create().create(Callers.of(request).asActor(), details);
        return ItemRoutes.created(uri, FolderResource.class, created.id(), ItemOf.of(FolderJson.from(created)));
    }

    @GET
    @Path("{id}")
    @RequiresPermission("document_folders.view")
    @Operation(
            operationId = "showDocumentFolder",
            description = "Answers one live folder.",
            summary = "Show one folder")
    public ItemOf<FolderJson> show(@PathParam("id") String id, @Context ContainerRequestContext request) {
        return ItemOf.of(FolderJson.from(uses.show().show(Callers.requester(request), folderId(id))));
    }

    @PATCH
    @Path("{id}")
    @Consumes({MediaType.APPLICATION_JSON, JsonBody.MERGE_PATCH})
    @RequiresPermission("document_folders.update")
    @RouteProblem(
            status = 422,
            codes = {DocumentFolder.NAME_TAKEN, DocumentFolder.CYCLE})
    @Operation(
            operationId = "editDocumentFolder",
            description = "Renames the folder or moves it (parent_id; null: the top level); a move into itself or"
                    + " below itself is 422 folder_cycle, also when two moves race.",
            summary = "Rename or move a folder")
    public ItemOf<FolderJson> edit(
            @PathParam("id") String id,
            @BodyOf(FolderInput.class) InputStream body,
            @Context ContainerRequestContext request) {
        var folderId = folderId(id);
        var edit = FolderInput.edit(JsonBody.read(body));
        return ItemOf.of(FolderJson.from(uses.edit().edit(Callers.requester(request), folderId, edit)));
    }

    @DELETE
    @Path("{id}")
    @RequiresPermission("document_folders.delete")
    @RouteProblem(status = 422, codes = DocumentFolder.NOT_EMPTY)
    @Operation(
            operationId = "deleteDocumentFolder",
            description = "Moves an empty folder to the bin; with recursive=true also every live folder and document"
                    + " below it, in one transaction.",
            summary = "Move a folder (and with recursive=true its content) to the bin")
    public void delete(
            @PathParam("id") String id,
            @Parameter(description = "true: delete the live folders and documents below it too")
                    @QueryParam("recursive")
                    String recursive,
            @Context ContainerRequestContext request) {
        var folderId = folderId(id);
        boolean all = "true".equals(recursive) || "1".equals(recursive);
        if (recursive != null && !all && !"false".equals(recursive) && !"0".equals(recursive)) {
            new InputErrors().add("recursive", "must be true or false").throwIfAny();
        }
        uses.delete().delete(Callers.requester(request), folderId, all);
    }

    @POST
    @Path("{id}/restore")
    @RequiresPermission("document_folders.restore")
    @RouteProblem(
            status = 422,
            codes = {DocumentFolder.NAME_TAKEN, DocumentFolder.PARENT_DELETED})
    @Operation(
            operationId = "restoreDocumentFolder",
            description = "Brings a deleted folder back (not its content), unless its parent is deleted or a live"
                    + " sibling took its name.",
            summary = "Bring a deleted folder back")
    public ItemOf<FolderJson> restore(@PathParam("id") String id, @Context ContainerRequestContext request) {
        return ItemOf.of(FolderJson.from(uses.restore().restore(Callers.requester(request), folderId(id))));
    }

    private static DocumentFolderId folderId(String raw) {
        return ItemRoutes.id(raw, DocumentFolderId::new);
    }
}
