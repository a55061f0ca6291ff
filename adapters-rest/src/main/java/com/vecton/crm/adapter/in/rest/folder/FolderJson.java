package com.vecton.crm.adapter.in.rest.folder;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.vecton.crm.adapter.in.rest.json.LifecycleJson;
import com.vecton.crm.domain.folder.DocumentFolder;
import com.vecton.crm.domain.folder.DocumentFolderId;
import io.swagger.v3.oas.annotations.media.Schema;

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
}
