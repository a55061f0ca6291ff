package com.vecton.crm.adapter.in.rest.folder;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.vecton.crm.adapter.in.rest.input.InputErrors;
import com.vecton.crm.adapter.in.rest.input.JsonBody;
import com.vecton.crm.domain.folder.DocumentFolderId;
import com.vecton.crm.domain.folder.FolderDetails;
import com.vecton.crm.domain.folder.FolderEdit;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Optional;

/** The fields a client may send for a folder; the record only documents the shape (OpenAPI). */
@Schema(
        name = "DocumentFolderInput",
        example = "{\"name\": \"Verträge\", \"parent_id\": null}",
        description =
                "POST needs name; PATCH changes only the fields sent (parent_id moves the folder, null to the top level)")
record FolderInput(
        @JsonProperty("name")
        @Schema(
                maxLength = FolderDetails.MAX_NAME,
                description = "unique among its live siblings, ignoring case and accents")
        String name,

        @JsonProperty("parent_id") @Schema(nullable = true, minimum = "1", description = "null or absent: top level")
        Long parentId) {

    static FolderDetails details(JsonBody body) {
        var errors = new InputErrors();
        String name = body.textOrNull("name", errors);
        Long parent = body.integer("parent_id", 1, Long.MAX_VALUE, errors).applyTo(null);
        // A parent_id below 1 is in errors already; it names no folder (and no DocumentFolderId).
        Optional<DocumentFolderId> parentId =
                parent == null || parent < 1 ? Optional.empty() : Optional.of(new DocumentFolderId(parent));
        FolderDetails details = errors.capture(() -> new FolderDetails(name, parentId));
        errors.throwIfAny();
        return details;
    }

    static FolderEdit edit(JsonBody body) {
        var errors = new InputErrors();
        var edit = new FolderEdit(body.text("name", errors), body.integer("parent_id", 1, Long.MAX_VALUE, errors));
        errors.throwIfAny();
        return edit;
    }
}
