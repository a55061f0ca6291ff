package com.vecton.crm.application.service.folder;

import com.vecton.crm.application.port.in.folder.DeleteFolderUseCase;
import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.audit.AuditEvent;
import com.vecton.crm.domain.audit.Changes;
import com.vecton.crm.domain.folder.DocumentFolder;
import com.vecton.crm.domain.folder.DocumentFolderId;
import java.util.ArrayList;

/**
 * Soft-deletes a folder, under the exclusive tree lock; with {@code recursive} also every live
 * folder and document below it, in the same transaction, each folder with its audit row.
 */
public final class DeleteFolderService implements DeleteFolderUseCase {
    private final FolderServices s;

    public DeleteFolderService(FolderServices services) {
        this.s = services;
    }

    @Override
    public void delete(Requester who, DocumentFolderId id, boolean recursive) {
        s.kit().transactions().inTransaction(() -> {
            s.folders().lockTree(true);
            var folder = s.type().lockLive(who, id);
            if (!recursive && s.folders().hasLiveContent(id)) {
                throw DocumentFolder.notEmpty(id);
            }
            var now = s.kit().clock().now();
            var subtree = new ArrayList<DocumentFolder>();
            subtree.add(folder);
            if (recursive) {
                for (var below : s.folders().liveDescendants(id)) {
                    s.type().admit(who, below);
                    subtree.add(s.type().lock(below.id()));
                }
            }
            s.folders()
                    .deleteDocumentsIn(subtree.stream().map(DocumentFolder::id).toList(), now);
            for (var each : subtree) {
                var deleted = each.delete(now);
                s.folders().save(deleted);
                s.kit()
                        .audit()
                        .record(who.actor(), FolderServices.SUBJECT, each.id(), AuditEvent.DELETED, Changes.NONE, now);
            }
        });
    }
}
