package com.vecton.crm.adapter.in.rest.folder;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.vecton.crm.adapter.in.rest.item.ItemTags;
import com.vecton.crm.adapter.in.rest.json.PageMeta;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.folder.DocumentFolder;
import com.vecton.crm.domain.folder.DocumentFolderId;
import com.vecton.crm.domain.listing.Page;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/** A document folder as the API shows it. */
@Schema(name = "DocumentFolder")
record FolderJson(
        @JsonProperty("id") long id,
        @JsonProperty("name") String name,

        @JsonProperty("parent_id") @Schema(nullable = true, description = "null: a top-level folder")
        Long parentId,

        @JsonProperty("created_by") @Schema(nullable = true) String createdBy,
        @JsonProperty("created_at") Instant createdAt,
        @JsonProperty("updated_at") Instant updatedAt,
        @JsonProperty("deleted_at") @Schema(nullable = true) Instant deletedAt,

        @JsonProperty("version")
        @Schema(description = "1 when created, one more with every change; the item's ETag is this number in quotes")
        long version)
        implements ItemTags.VersionedJson {

    static FolderJson from(DocumentFolder folder) {
        return new FolderJson(
                folder.id().value(),
                folder.details().name(),
                folder.details().parentId().map(DocumentFolderId::value).orElse(null),
                folder.createdBy().map(UserId::value).orElse(null),
                folder.createdAt(),
                folder.updatedAt(),
                folder.deletedAt().orElse(null),
                folder.version());
    }

    /** {@code {"data": folder}} */
    @Schema(name = "DocumentFolderItem")
    record Item(@JsonProperty("data") FolderJson data) implements ItemTags.VersionedItem<FolderJson> {
        static Item of(DocumentFolder folder) {
            return new Item(from(folder));
        }
    }

    /** {@code {"data": [folder...], "meta": {...}}} */
    @Schema(name = "DocumentFolderList")
    record ListOf(
            @JsonProperty("data") List<FolderJson> data,
            @JsonProperty("meta") PageMeta meta) {
        static ListOf of(Page<DocumentFolder> page) {
            return new ListOf(page.items().stream().map(FolderJson::from).toList(), PageMeta.of(page));
        }
    }
}
