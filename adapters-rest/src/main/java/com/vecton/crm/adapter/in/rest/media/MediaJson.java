package com.vecton.crm.adapter.in.rest.media;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.vecton.crm.adapter.in.rest.item.ItemTags;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.media.ImageSize;
import com.vecton.crm.domain.media.MediaItem;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/** A media item as the API shows it. */
@Schema(name = "MediaItem")
record MediaJson(
        @JsonProperty("id") long id,

        @JsonProperty("sha256")
        @Schema(pattern = "^[0-9a-f]{64}$", description = "the SHA-256 of the content; the download's ETag")
        String sha256,

        @JsonProperty("size") @Schema(description = "bytes") long size,

        @JsonProperty("mime_type")
        @Schema(
                description = "the type the content was found to be (never the declared one)",
                allowableValues = {"image/jpeg", "image/png", "image/gif", "image/webp", "image/avif", "application/pdf"
                })
        String mimeType,

        @JsonProperty("stored_name") @Schema(description = "a random id and the type's extension")
        String storedName,

        @JsonProperty("original_name") @Schema(description = "the client's file name, cleaned; only a label")
        String originalName,

        @JsonProperty("width") @Schema(nullable = true, description = "images: as the header states")
        Long width,

        @JsonProperty("height") @Schema(nullable = true, description = "images: as the header states")
        Long height,

        @JsonProperty("created_by") @Schema(nullable = true) String createdBy,
        @JsonProperty("created_at") Instant createdAt,

        @JsonProperty("version")
        @Schema(description = "always 1: a media item never changes; the item's ETag is this number in quotes")
        long version)
        implements ItemTags.VersionedJson {

    static MediaJson from(MediaItem item) {
        return new MediaJson(
                item.id().value(),
                item.content().hex(),
                item.size(),
                item.kind().mediaType(),
                item.storedName(),
                item.originalName(),
                item.dimensions().map(ImageSize::width).orElse(null),
                item.dimensions().map(ImageSize::height).orElse(null),
                item.createdBy().map(UserId::value).orElse(null),
                item.createdAt(),
                item.version());
    }

    /** The multipart form of an upload, for the OpenAPI document. */
    @Schema(name = "MediaUpload", example = "{\"file\": \"(the file's bytes)\"}")
    record Upload(
            @JsonProperty("file")
            @Schema(type = "string", format = "binary", requiredMode = Schema.RequiredMode.REQUIRED)
            String file) {}
}
