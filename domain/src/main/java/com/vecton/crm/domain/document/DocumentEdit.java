package com.vecton.crm.domain.document;

import com.vecton.crm.domain.edit.FieldEdit;
import com.vecton.crm.domain.folder.DocumentFolderId;
import java.util.List;

/** A partial update of a document's details ({@code PATCH}); a new {@code folder_id} moves it. */
public record DocumentEdit(
        FieldEdit<String> title,
        FieldEdit<Long> folderId,
        FieldEdit<String> description,
        FieldEdit<List<String>> tags) {
    public DocumentEdit {
        FieldEdit.requireEvery("an edit", title, folderId, description, tags);
    }

    public DocumentDetails applyTo(DocumentDetails current) {
        Long folder = folderId.applyTo(current.folderId().value());
        return new DocumentDetails(
                title.applyTo(current.title()),
                folder == null ? null : new DocumentFolderId(folder),
                description.applyTo(current.description()),
                tags.applyTo(current.tags()));
    }
}
