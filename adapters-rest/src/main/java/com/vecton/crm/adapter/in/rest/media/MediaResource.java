package com.vecton.crm.adapter.in.rest.media;

import com.vecton.crm.adapter.in.rest.file.Downloads;
import com.vecton.crm.adapter.in.rest.file.MultipartUpload;
import com.vecton.crm.adapter.in.rest.gate.Callers;
import com.vecton.crm.adapter.in.rest.gate.RequiresPermission;
import com.vecton.crm.adapter.in.rest.gate.ResourceType;
import com.vecton.crm.adapter.in.rest.input.InputErrors;
import com.vecton.crm.adapter.in.rest.input.PageParams;
import com.vecton.crm.adapter.in.rest.item.ItemRoutes;
import com.vecton.crm.adapter.in.rest.json.ItemOf;
import com.vecton.crm.adapter.in.rest.json.PageOf;
import com.vecton.crm.adapter.in.rest.openapi.Created;
import com.vecton.crm.adapter.in.rest.openapi.RouteProblem;
import com.vecton.crm.domain.media.MediaId;
import com.vecton.crm.domain.media.MediaItem;
import com.vecton.crm.domain.media.MediaKind;
import com.vecton.crm.domain.media.MediaQuery;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.BeanParam;
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
import java.util.Optional;

/**
 * The media routes: uploads of images and PDFs, allowed by their content, streamed into the file
 * store (the body is read part by part, the file part straight into the store, cut off with
 * {@code 413} past {@code MEDIA_MAX_BYTES}); lists, one item, its download, and delete.
 */
@Path("/api/media")
@ResourceType("media")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "media")
public final class MediaResource {
    /** The most any other form field may hold. */
    private static final int MAX_FIELD_BYTES = 8 * 1024;

    private final MediaUseCases uses;

    MediaResource(MediaUseCases uses) {
        this.uses = uses;
    }

    @GET
    @RequiresPermission("media.list")
    @Operation(
            operationId = "listMedia",
            description = "Lists the media items the caller may see, newest first, optionally of one type.",
            summary = "List media items")
    public PageOf<MediaJson> list(
            @BeanParam PageParams paging,
            @Parameter(
                            description = "only items of this type",
                            schema =
                                    @Schema(
                                            allowableValues = {
                                                "image/jpeg",
                                                "image/png",
                                                "image/gif",
                                                "image/webp",
                                                "image/avif",
                                                "application/pdf"
                                            }))
                    @QueryParam("mime_type")
                    String mimeType,
            @Context ContainerRequestContext request) {
        var errors = new InputErrors();
        var page = paging.read(errors);
        Optional<MediaKind> kind = Optional.empty();
        if (mimeType != null && !mimeType.isEmpty()) {
            kind = MediaKind.of(mimeType);
            if (kind.isEmpty()) {
                errors.add(
                        "mime_type",
                        "must be one of image/jpeg, image/png, image/gif, image/webp, image/avif, application/pdf");
            }
        }
        errors.throwIfAny();
        return PageOf.of(uses.list().list(Callers.requester(request), new MediaQuery(kind), page), MediaJson::from);
    }

    @POST
    @RequiresPermission("media.upload")
    @RouteProblem(
            status = 422,
            codes = {MediaKind.NOT_ALLOWED, MediaKind.TOO_MANY_PIXELS, MediaKind.UNREADABLE_IMAGE})
    @Created(MediaJson.class)
    @Operation(
            operationId = "uploadMedia",
            description = "Uploads an image (JPEG, PNG, GIF, WebP, AVIF) or a PDF as the form field file; the content"
                    + " decides, never the name or the declared type (anything else is 422 media_type_not_allowed"
                    + " naming the detected type); an upload over the limit is cut off with 413.",
            summary = "Upload an image or a PDF",
            requestBody =
                    @RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            mediaType = MediaType.MULTIPART_FORM_DATA,
                                            schema = @Schema(implementation = MediaJson.Upload.class))))
    public Response upload(@Context ContainerRequestContext request, @Context UriInfo uri) {
        MediaItem uploaded = MultipartUpload.read(
                        request,
                        uses.maxBytes(),
                        MAX_FIELD_BYTES,
                        MultipartUpload.noFields(),
                        (filename, content) ->
                                uses.upload().upload(Callers.of(request).asActor(), filename, content))
                .orElseThrow(() -> MultipartUpload.fileMissing(""));
        return ItemRoutes.created(uri, MediaResource.class, uploaded.id(), ItemOf.of(MediaJson.from(uploaded)));
    }

    @GET
    @Path("{id}")
    @RequiresPermission("media.list")
    @Operation(operationId = "showMedia", description = "Answers one media item.", summary = "Show one media item")
    public ItemOf<MediaJson> show(@PathParam("id") String id, @Context ContainerRequestContext request) {
        return ItemOf.of(MediaJson.from(uses.show().show(Callers.requester(request), mediaId(id))));
    }

    @GET
    @Path("{id}/download")
    @Produces({MediaType.WILDCARD, "application/problem+json"})
    @RequiresPermission("media.list")
    @RouteProblem(status = 416, codes = Downloads.RANGE_NOT_SATISFIABLE)
    @Operation(
            operationId = "downloadMedia",
            description = "Streams the item's content as an attachment, with its detected type, ETag = its SHA-256,"
                    + " If-None-Match and one byte range (206).",
            summary = "Download a media item's content",
            responses = {
                @ApiResponse(
                        responseCode = "200",
                        description = "the content",
                        headers = {
                            @Header(name = "ETag", schema = @Schema(type = "string")),
                            @Header(name = "Content-Disposition", schema = @Schema(type = "string"))
                        },
                        content = @Content(mediaType = "*/*", schema = @Schema(type = "string", format = "binary"))),
                @ApiResponse(
                        responseCode = "206",
                        description = "the range asked for",
                        content = @Content(mediaType = "*/*", schema = @Schema(type = "string", format = "binary"))),
                @ApiResponse(responseCode = "304", description = "not modified")
            })
    public Response download(@PathParam("id") String id, @Context ContainerRequestContext request) {
        var download = uses.download().download(Callers.requester(request), mediaId(id));
        var item = download.item();
        return Downloads.answer(
                request,
                new Downloads.Served(
                        item.content().hex(),
                        item.size(),
                        item.kind().mediaType(),
                        item.storedName(),
                        download.content()));
    }

    @DELETE
    @Path("{id}")
    @RequiresPermission("media.delete")
    @Operation(
            operationId = "deleteMedia",
            description = "Deletes a media item for good; its content goes once nothing else refers to it.",
            summary = "Delete a media item")
    public void delete(@PathParam("id") String id, @Context ContainerRequestContext request) {
        uses.delete().delete(Callers.requester(request), mediaId(id));
    }

    private static MediaId mediaId(String raw) {
        return ItemRoutes.id(raw, MediaId::new);
    }
}
