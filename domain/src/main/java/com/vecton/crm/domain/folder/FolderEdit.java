package com.vecton.crm.domain.folder;

import com.vecton.crm.domain.edit.FieldEdit;
import java.util.Optional;

/** A partial update of a folder ({@code PATCH}): a new name, a new parent ({@code null}: the top level), or both. */
public record FolderEdit(FieldEdit<String> name, FieldEdit<Long> parentId) {
    public FolderEdit {
        FieldEdit.requireEvery("an edit", name, parentId);
    }

    /** The details after this edit, validated as a whole. */
    public FolderDetails applyTo(FolderDetails current) {
        Long parent =
                parentId.applyTo(current.parentId().map(DocumentFolderId::value).orElse(null));
        return new FolderDetails(
                name.applyTo(current.name()), Optional.ofNullable(parent).map(DocumentFolderId::new));
    }

    /** Whether this edit may move the folder. */
    public boolean moves() {
        return parentId instanceof FieldEdit.Set<Long>;
    }
}
