package com.vecton.crm.adapter.in.rest.document;

import com.vecton.crm.adapter.in.rest.file.Downloads;
import com.vecton.crm.adapter.in.rest.file.MultipartUpload;
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
import com.vecton.crm.domain.document.ChainLimit;
import com.vecton.crm.domain.document.Document;
import com.vecton.crm.domain.document.DocumentDetails;
import com.vecton.crm.domain.document.DocumentEdit;
import com.vecton.crm.domain.document.DocumentId;
import com.vecton.crm.domain.document.DocumentQuery;
import com.vecton.crm.domain.edit.FieldEdit;
import com.vecton.crm.domain.folder.DocumentFolder;
import com.vecton.crm.domain.folder.DocumentFolderId;
import com.vecton.crm.domain.problem.NotFound;
import com.vecton.crm.domain.search.SearchText;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The document routes: documents in folders, created and given new versions by streamed multipart
 * uploads, with their versions' history, downloads, restore of an old version and moves between folders.
 */
@Path("/api/documents")
@ResourceType("documents")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "documents")
public final class DocumentResource {
    private static final int MAX_FIELD_BYTES = 16 * 1024;

    private final DocumentUseCases uses;

    DocumentResource(DocumentUseCases uses) {
        this.uses = uses;
    }

    @GET
    @RequiresPermission("documents.list")
    @Operation(
            operationId = "listDocuments",
            description = "Lists the live documents the caller may open, newest first; search on title, description"
                    + " and the versions' file names; filters folder_id (include_subfolders=true for its subtree),"
                    + " mime_type and tag.",
            summary = "List and search documents")
    public PageOf<DocumentJson> list(
            @BeanParam PageParams paging,
            @Parameter(description = "case- and accent-insensitive substring") @QueryParam("search") String search,
            @Parameter(description = "a folder id") @QueryParam("folder_id") String folder,
            @Parameter(description = "true: the folder's subfolders too") @QueryParam("include_subfolders")
                    String subfolders,
            @Parameter(description = "the current version's type") @QueryParam("mime_type") String mimeType,
            @Parameter(description = "a tag") @QueryParam("tag") String tag,
            @Context ContainerRequestContext request) {
        var errors = new InputErrors();
        var page = paging.read(errors);
        Optional<SearchText> text = errors.capture(() -> SearchText.of(search));
        Long folderId = QueryParams.positiveId(folder, "folder_id", errors);
        boolean below = "true".equals(subfolders);
        if (subfolders != null && !below && !"false".equals(subfolders)) {
            errors.add("include_subfolders", "must be true or false");
        }
        errors.throwIfAny();
        var query = new DocumentQuery(
                text,
                Optional.ofNullable(folderId).map(DocumentFolderId::new),
                below,
                Optional.ofNullable(mimeType).filter(m -> !m.isBlank()),
                Optional.ofNullable(tag).filter(t -> !t.isBlank()));
        return PageOf.of(uses.list().list(Callers.requester(request), query, page), DocumentJson::from);
    }

    @POST
    @RequiresPermission("documents.create")
    @Created(DocumentJson.class)
    @Operation(
            operationId = "createDocument",
            description =
                    "Creates a document with version 1 from a multipart form: title, folder_id, description and"
                            + " tags (repeated) first, then the file; streamed, never held; a file over the chain limit is 413.",
            summary = "Add a document with its first version",
            requestBody =
                    @RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            mediaType = MediaType.MULTIPART_FORM_DATA,
                                            schema = @Schema(implementation = DocumentJson.Upload.class))))
    public Response create(@Context ContainerRequestContext request, @Context UriInfo uri) {
        var form = new DetailsForm();
        Document created = MultipartUpload.read(
                        request,
                        uses.maxUploadBytes(),
                        MAX_FIELD_BYTES,
                        form,
                        (filename, content) ->
                                uses.create().create(Callers.of(request).asActor(), form.details(), filename, content))
                .orElseThrow(() -> {
                    form.details();
                    return MultipartUpload.fileMissing(", after the others");
                });
        return ItemRoutes.created(uri, DocumentResource.class, created.id(), ItemOf.of(DocumentJson.from(created)));
    }

    /** The fields of a create's form, as they come before its file. */
    private static final class DetailsForm implements MultipartUpload.Field {
        private String title;
        private String folder;
        private String description;
        private final List<String> tags = new ArrayList<>();

        @Override
        public void receive(String name, String value) {
            switch (name) {
                case "title" -> title = value;
                case "folder_id" -> folder = value;
                case "description" -> description = value;
                case "tags", "tags[]" -> tags.add(value);
                default -> {}
            }
        }

        DocumentDetails details() {
            var errors = new InputErrors();
            Long folderId = QueryParams.positiveId(folder, "folder_id", errors);
            var details = errors.capture(() -> new DocumentDetails(
                    title, folderId == null ? null : new DocumentFolderId(folderId), description, tags));
            errors.throwIfAny();
            return details;
        }
    }

    @GET
    @Path("{id}")
    @RequiresPermission("documents.view")
    @Operation(operationId = "showDocument", description = "Answers one live document.", summary = "Show one document")
    public ItemOf<DocumentJson> show(@PathParam("id") String id, @Context ContainerRequestContext request) {
        return ItemOf.of(DocumentJson.from(uses.show().show(Callers.requester(request), documentId(id))));
    }

    @PATCH
    @Path("{id}")
    @Consumes({MediaType.APPLICATION_JSON, JsonBody.MERGE_PATCH})
    @RequiresPermission("documents.update")
    @Operation(
            operationId = "editDocument",
            description = "Changes the fields sent; a new folder_id moves the document, which needs documents.update"
                    + " on the source and the target folder (403 naming the one refused).",
            summary = "Change a document's details, or move it")
    public ItemOf<DocumentJson> edit(
            @PathParam("id") String id,
            @BodyOf(DocumentJson.Input.class) InputStream body,
            @Context ContainerRequestContext request) {
        var documentId = documentId(id);
        var json = JsonBody.read(body);
        var errors = new InputErrors();
        var edit = new DocumentEdit(
                json.text("title", errors),
                json.integer("folder_id", 1, Long.MAX_VALUE, errors),
                json.text("description", errors),
                json.textList("tags", errors));
        errors.throwIfAny();
        return ItemOf.of(DocumentJson.from(uses.edit().edit(Callers.requester(request), documentId, edit)));
    }

    @POST
    @Path("{id}/move")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission("documents.update")
    @Operation(
            operationId = "moveDocument",
            description = "Moves the document to another live folder; needs documents.update on the source and the"
                    + " target folder (403 naming the one refused).",
            summary = "Move a document to another folder")
    public ItemOf<DocumentJson> move(
            @PathParam("id") String id,
            @BodyOf(DocumentJson.Move.class) InputStream body,
            @Context ContainerRequestContext request) {
        var documentId = documentId(id);
        var json = JsonBody.read(body);
        var errors = new InputErrors();
        var folder = json.integer("folder_id", 1, Long.MAX_VALUE, errors).applyTo(null);
        if (folder == null) {
            errors.add("folder_id", "is required");
        }
        errors.throwIfAny();
        var edit = new DocumentEdit(FieldEdit.keep(), FieldEdit.set(folder), FieldEdit.keep(), FieldEdit.keep());
        return ItemOf.of(DocumentJson.from(uses.edit().edit(Callers.requester(request), documentId, edit)));
    }

    @DELETE
    @Path("{id}")
    @RequiresPermission("documents.delete")
    @Operation(
            operationId = "deleteDocument",
            description = "Moves a live document to the bin, with its versions.",
            summary = "Move a document to the bin")
    public void delete(@PathParam("id") String id, @Context ContainerRequestContext request) {
        uses.delete().delete(Callers.requester(request), documentId(id));
    }

    @POST
    @Path("{id}/restore")
    @RequiresPermission("documents.restore")
    @Operation(
            operationId = "restoreDocument",
            description = "Brings a deleted document back with its versions, if its folder is live.",
            summary = "Bring a deleted document back")
    public ItemOf<DocumentJson> restore(@PathParam("id") String id, @Context ContainerRequestContext request) {
        return ItemOf.of(DocumentJson.from(uses.restore().restore(Callers.requester(request), documentId(id))));
    }

    @POST
    @Path("{id}/versions")
    @RequiresPermission("documents.update")
    @RouteProblem(status = 422, codes = ChainLimit.EXCEEDED)
    @Operation(
            operationId = "addDocumentVersion",
            description = "Uploads the next version (form field file); send If-Match with the document's ETag so that"
                    + " of two concurrent uploads only one becomes the next (the other 412); the versions together"
                    + " stay within the chain limit (422 version_chain_size_exceeded).",
            summary = "Upload the next version of a document",
            requestBody =
                    @RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            mediaType = MediaType.MULTIPART_FORM_DATA,
                                            schema = @Schema(implementation = DocumentJson.VersionUpload.class))),
            responses = @ApiResponse(responseCode = "200", description = "the document at its new version"))
    public ItemOf<DocumentJson> addVersion(@PathParam("id") String id, @Context ContainerRequestContext request) {
        var documentId = documentId(id);
        // An unknown document, or one the caller may not change, is answered before a byte of the file is read.
        uses.show().show(Callers.requester(request), documentId);
        Document updated = MultipartUpload.read(
                        request,
                        uses.maxUploadBytes(),
                        MAX_FIELD_BYTES,
                        MultipartUpload.noFields(),
                        (filename, content) ->
                                uses.addVersion().addVersion(Callers.requester(request), documentId, filename, content))
                .orElseThrow(() -> MultipartUpload.fileMissing(""));
        return ItemOf.of(DocumentJson.from(updated));
    }

    @GET
    @Path("{id}/versions")
    @RequiresPermission("documents.view")
    @Operation(
            operationId = "listDocumentVersions",
            description = "Lists the document's versions, oldest first.",
            summary = "List a document's versions")
    public DocumentJson.Versions versions(@PathParam("id") String id, @Context ContainerRequestContext request) {
        return DocumentJson.Versions.of(uses.versions().versions(Callers.requester(request), documentId(id)));
    }

    @GET
    @Path("{id}/download")
    @Produces({MediaType.WILDCARD, "application/problem+json"})
    @RequiresPermission("documents.view")
    @RouteProblem(status = 416, codes = Downloads.RANGE_NOT_SATISFIABLE)
    @Operation(
            operationId = "downloadDocument",
            description = "Streams the current version as an attachment (its sniffed type, ETag = its SHA-256, Range,"
                    + " If-None-Match).",
            summary = "Download a document's current version",
            responses = {
                @ApiResponse(
                        responseCode = "200",
                        description = "the content",
                        content = @Content(mediaType = "*/*", schema = @Schema(type = "string", format = "binary"))),
                @ApiResponse(
                        responseCode = "206",
                        description = "the range asked for",
                        content = @Content(mediaType = "*/*", schema = @Schema(type = "string", format = "binary"))),
                @ApiResponse(responseCode = "304", description = "not modified")
            })
    public Response download(@PathParam("id") String id, @Context ContainerRequestContext request) {
        return served(request, uses.download().download(Callers.requester(request), documentId(id), Optional.empty()));
    }

    @GET
    @Path("{id}/versions/{number}/download")
    @Produces({MediaType.WILDCARD, "application/problem+json"})
    @RequiresPermission("documents.view")
    @RouteProblem(status = 416, codes = Downloads.RANGE_NOT_SATISFIABLE)
    @Operation(
            operationId = "downloadDocumentVersion",
            description = "Streams one version as an attachment (its sniffed type, ETag = its SHA-256, Range,"
                    + " If-None-Match).",
            summary = "Download one version of a document",
            responses = {
                @ApiResponse(
                        responseCode = "200",
                        description = "the content",
                        content = @Content(mediaType = "*/*", schema = @Schema(type = "string", format = "binary"))),
                @ApiResponse(
                        responseCode = "206",
                        description = "the range asked for",
                        content = @Content(mediaType = "*/*", schema = @Schema(type = "string", format = "binary"))),
                @ApiResponse(responseCode = "304", description = "not modified")
            })
    public Response downloadVersion(
            @PathParam("id") String id,
            @Parameter(schema = @Schema(type = "integer", format = "int32")) @PathParam("number") String number,
            @Context ContainerRequestContext request) {
        var documentId = documentId(id);
        return served(
                request,
                uses.download().download(Callers.requester(request), documentId, Optional.of(versionNumber(number))));
    }

    @POST
    @Path("{id}/versions/{number}/restore")
    @RequiresPermission("documents.update")
    @RouteProblem(status = 422, codes = ChainLimit.EXCEEDED)
    @Operation(
            operationId = "restoreDocumentVersion",
            description = "Makes a copy of version number the newest version (history is never rewritten); within the"
                    + " chain limit.",
            summary = "Make an old version the newest again")
    public ItemOf<DocumentJson> restoreVersion(
            @PathParam("id") String id,
            @Parameter(schema = @Schema(type = "integer", format = "int32")) @PathParam("number") String number,
            @Context ContainerRequestContext request) {
        var documentId = documentId(id);
        return ItemOf.of(DocumentJson.from(
                uses.restoreVersion().restoreVersion(Callers.requester(request), documentId, versionNumber(number))));
    }

    @DELETE
    @Path("{id}/versions/{number}")
    @RequiresPermission("documents.update")
    @RouteProblem(
            status = 422,
            codes = {Document.ONLY_VERSION, Document.CURRENT_VERSION})
    @Operation(
            operationId = "deleteDocumentVersion",
            description = "Removes an old version for good: never the only one, never the current one.",
            summary = "Remove an old version of a document")
    public void deleteVersion(
            @PathParam("id") String id,
            @Parameter(schema = @Schema(type = "integer", format = "int32")) @PathParam("number") String number,
            @Context ContainerRequestContext request) {
        var documentId = documentId(id);
        uses.deleteVersion().deleteVersion(Callers.requester(request), documentId, versionNumber(number));
    }

    private static Response served(
            ContainerRequestContext request,
            com.vecton.crm.application.port.in.document.DownloadDocumentUseCase.Download d) {
        var v = d.version();
        return Downloads.answer(
                request,
                new Downloads.Served(v.content().hex(), v.size(), v.mimeType(), v.originalName(), d.content()));
    }

    private static DocumentId documentId(String raw) {
        return ItemRoutes.id(raw, DocumentId::new);
    }

    private static int versionNumber(String raw) {
        if (raw == null || !raw.matches("[1-9][0-9]{0,8}")) {
            throw new NotFound("No such version: " + raw);
        }
        return Integer.parseInt(raw);
    }

    static final String FOLDER_TYPE = DocumentFolder.RESOURCE_TYPE;
}
