package com.vecton.crm.application.service.document;

import com.vecton.crm.application.port.in.document.EditDocumentUseCase;
import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.document.Document;
import com.vecton.crm.domain.document.DocumentEdit;
import com.vecton.crm.domain.document.DocumentId;
import com.vecton.crm.domain.folder.DocumentFolderId;

/**
 * Changes a document's details ({@link com.vecton.crm.application.service.lifecycle.RecordWrites}); a
 * new folder is a move, checked under the document's row lock: the target must be a live folder, and
 * the requester needs {@code documents.update} on the source folder and on the target folder.
 */
public final class EditDocumentService implements EditDocumentUseCase {
    private final DocumentServices s;

    public EditDocumentService(DocumentServices services) {
        this.s = services;
    }

    @Override
    public Document edit(Requester who, DocumentId id, DocumentEdit edit) {
        return s.kit().transactions().inTransaction(() -> {
            s.folders().lockTree(false);
            return s.writes().edit(who, id, (document, now) -> document.edit(edit, now), (edited, changes) -> {
                var move = changes.fields().get("folder_id");
                if (move == null) {
                    return;
                }
                var source = new DocumentFolderId(((Number) move.before()).longValue());
                var target = s.requireLiveFolder(edited.details().folderId());
                s.folders().lockById(source).ifPresent(folder -> s.requireUpdateOn(who, folder, "source"));
                s.requireUpdateOn(who, target, "target");
            });
        });
    }
}
