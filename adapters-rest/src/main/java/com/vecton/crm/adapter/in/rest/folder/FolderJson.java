package com.vecton.crm.adapter.in.rest.folder;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.vecton.crm.adapter.in.rest.item.ItemTags;
import com.vecton.crm.adapter.in.rest.json.LifecycleJson;
import com.vecton.crm.adapter.in.rest.json.PageMeta;
import com.vecton.crm.domain.folder.DocumentFolder;
import com.vecton.crm.domain.folder.DocumentFolderId;
import com.vecton.crm.domain.listing.Page;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** A document folder as the API shows it. */
@Schema(name = "DocumentFolder")
record FolderJson(
        @JsonProperty("id") long id,
        @JsonProperty("name") String name,

        @JsonProperty("parent_id") @Schema(nullable = true, description = "null: a top-level folder")
        Long parentId,

        @JsonUnwrapped LifecycleJson lifecycle)
        implements LifecycleJson.Part {

    static FolderJson from(DocumentFolder folder) {
        return new FolderJson(
                folder.id().value(),
                folder.details().name(),
                folder.details().parentId().map(DocumentFolderId::value).orElse(null),
                LifecycleJson.of(folder));
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
