package com.vecton.crm.application.service.folder;

import com.vecton.crm.application.port.in.folder.EditFolderUseCase;
import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.folder.DocumentFolder;
import com.vecton.crm.domain.folder.DocumentFolderId;
import com.vecton.crm.domain.folder.FolderEdit;
import java.util.List;

/**
 * Renames or moves a folder. A move takes the tree lock exclusively before the folder's row, then
 * reads the new parent's ancestry: so of two moves that would each be fine alone but together close
 * a cycle (A into B, B into A), the second runs after the first committed and finds itself inside.
 */
public final class EditFolderService implements EditFolderUseCase {
    private final FolderServices s;

    public EditFolderService(FolderServices services) {
        this.s = services;
    }

    @Override
    public DocumentFolder edit(Requester who, DocumentFolderId id, FolderEdit edit) {
        return s.kit().transactions().inTransaction(() -> {
            if (edit.moves()) {
                s.folders().lockTree(true);
            }
            return s.writes()
                    .edit(
                            who,
                            id,
                            (folder, now) -> {
                                var target = edit.applyTo(folder.details()).parentId();
                                List<DocumentFolderId> ancestry =
                                        target.map(s.folders()::ancestry).orElse(List.of());
                                return folder.edit(edit, ancestry, now);
                            },
                            (edited, changes) -> {
                                if (changes.fields().containsKey("parent_id")) {
                                    s.requireLiveParent(edited.details().parentId());
                                }
                            });
        });
    }
}
