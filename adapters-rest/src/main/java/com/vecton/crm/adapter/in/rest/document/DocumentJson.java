package com.vecton.crm.adapter.in.rest.document;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.vecton.crm.adapter.in.rest.item.ItemTags;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.document.Document;
import com.vecton.crm.domain.document.DocumentDetails;
import com.vecton.crm.domain.document.DocumentVersion;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/** A document as the API shows it: its details and its current version's size, type and hash. */
@Schema(name = "Document")
record DocumentJson(
        @JsonProperty("id") long id,
        @JsonProperty("title") String title,
        @JsonProperty("folder_id") long folderId,

        @JsonProperty("description") @Schema(nullable = true)
        String description,

        @JsonProperty("tags") List<String> tags,

        @JsonProperty("current_version") @Schema(description = "the number of the newest version")
        int currentVersion,

        @JsonProperty("size") @Schema(description = "bytes of the current version")
        long size,

        @JsonProperty("mime_type") @Schema(description = "the current version's type, as its content was found to be")
        String mimeType,

        @JsonProperty("sha256") String sha256,

        @JsonProperty("chain_size")
        @Schema(description = "bytes of all its versions together (at most the chain limit)")
        long chainSize,

        @JsonProperty("created_by") @Schema(nullable = true) String createdBy,
        @JsonProperty("created_at") Instant createdAt,
        @JsonProperty("updated_at") Instant updatedAt,
        @JsonProperty("deleted_at") @Schema(nullable = true) Instant deletedAt,

        @JsonProperty("version")
        @Schema(description = "1 when created, one more with every change (a new file version included); the ETag")
        long version)
        implements ItemTags.VersionedJson {

    static DocumentJson from(Document d) {
        return new DocumentJson(
                d.id().value(),
                d.details().title(),
                d.details().folderId().value(),
                d.details().description(),
                d.details().tags(),
                d.current().number(),
                d.current().size(),
                d.current().mimeType(),
                d.current().content().hex(),
                d.chainSize(),
                d.createdBy().map(UserId::value).orElse(null),
                d.createdAt(),
                d.updatedAt(),
                d.deletedAt().orElse(null),
                d.version());
    }

    /** One version of a document's file. */
    @Schema(name = "DocumentVersion")
    record Version(
            @JsonProperty("number") int number,
            @JsonProperty("size") long size,
            @JsonProperty("sha256") String sha256,
            @JsonProperty("mime_type") String mimeType,
            @JsonProperty("original_name") String originalName,

            @JsonProperty("uploaded_by") @Schema(nullable = true)
            String uploadedBy,

            @JsonProperty("created_at") Instant createdAt) {
        static Version from(DocumentVersion v) {
            return new Version(
                    v.number(),
                    v.size(),
                    v.content().hex(),
                    v.mimeType(),
                    v.originalName(),
                    v.uploader().map(UserId::value).orElse(null),
                    v.createdAt());
        }
    }

    /** {@code {"data": [version...]}}, oldest first. */
    @Schema(name = "DocumentVersionList")
    record Versions(@JsonProperty("data") List<Version> data) {
        static Versions of(List<DocumentVersion> versions) {
            return new Versions(versions.stream().map(Version::from).toList());
        }
    }

    /** The multipart form of a new document, for the OpenAPI document; fields before the file. */
    @Schema(
            name = "DocumentUpload",
            example =
                    "{\"title\": \"Rahmenvertrag\", \"folder_id\": 1, \"tags\": \"vertrag\", \"file\": \"(the file's bytes)\"}")
    record Upload(
            @JsonProperty("title") @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            String title,

            @JsonProperty("folder_id") @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            Long folderId,

            @JsonProperty("description") String description,

            @JsonProperty("tags") @Schema(description = "repeat the field for several tags")
            String tags,

            @JsonProperty("file")
            @Schema(type = "string", format = "binary", requiredMode = Schema.RequiredMode.REQUIRED)
            String file) {}

    /** The multipart form of a new version. */
    @Schema(name = "DocumentVersionUpload", example = "{\"file\": \"(the file's bytes)\"}")
    record VersionUpload(
            @JsonProperty("file")
            @Schema(type = "string", format = "binary", requiredMode = Schema.RequiredMode.REQUIRED)
            String file) {}

    /** The body of a move. */
    @Schema(name = "DocumentMove", example = "{\"folder_id\": 3}")
    record Move(
            @JsonProperty("folder_id") @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "1")
            long folderId) {}

    /** The body of a PATCH. */
    @Schema(
            name = "DocumentInput",
            example = "{\"title\": \"Rahmenvertrag 2026\", \"tags\": [\"vertrag\"]}",
            description = "PATCH changes only the fields sent; folder_id moves the document")
    record Input(
            @JsonProperty("title") @Schema(maxLength = DocumentDetails.MAX_TITLE)
            String title,

            @JsonProperty("folder_id") @Schema(minimum = "1")
            Long folderId,

            @JsonProperty("description") @Schema(nullable = true, maxLength = DocumentDetails.MAX_DESCRIPTION)
            String description,

            @JsonProperty("tags") List<String> tags) {}
}
