package com.vecton.crm.application.service.folder;

import com.vecton.crm.application.port.out.FolderRepository;
import com.vecton.crm.application.service.lifecycle.RecordType;
import com.vecton.crm.application.service.lifecycle.RecordWrites;
import com.vecton.crm.application.service.lifecycle.UseCaseKit;
import com.vecton.crm.application.service.lifecycle.VisibleRecords;
import com.vecton.crm.domain.access.Permission;
import com.vecton.crm.domain.folder.DocumentFolder;
import com.vecton.crm.domain.folder.DocumentFolderId;
import com.vecton.crm.domain.problem.RuleViolated;
import com.vecton.crm.domain.problem.ValidationFailed;

/**
 * What every folder use case needs from the outside; one value so wiring stays short. Lock order:
 * the tree lock ({@link FolderRepository#lockTree}) first, then rows.
 */
public record FolderServices(FolderRepository folders, UseCaseKit kit) {
    /** The subject type of folders in the audit trail. */
    public static final String SUBJECT = "document_folder";

    /** What opening one folder needs, and so what a list of folders needs on each of them. */
    public static final Permission VIEW = new Permission("document_folders.view");

    /**
     * Folders as the lifecycle use cases see them. A restore takes the tree lock before the row
     * ({@link com.vecton.crm.application.service.lifecycle.RestoreRecordService} is wrapped by
     * {@link RestoreFolderService}) and refuses a folder whose parent is deleted.
     */
    public RecordType<DocumentFolderId, DocumentFolder> type() {
        return RecordType.softDeleted(SUBJECT, folders, kit::admit, DocumentFolder::delete, (folder, now) -> {
            folder.details().parentId().ifPresent(parent -> {
                if (folders.findById(parent).isEmpty()) {
                    throw new RuleViolated(
                            DocumentFolder.PARENT_DELETED,
                            "Folder " + folder.id() + " is in folder " + parent
                                    + ", which is deleted; restore that one first.");
                }
            });
            return folder.undelete(now);
        });
    }

    public RecordWrites<DocumentFolderId, DocumentFolder> writes() {
        return new RecordWrites<>(type(), kit, folder -> folder.details().asFields());
    }

    /** Which folders a list may show: those the requester could open. */
    public VisibleRecords visible() {
        return kit.visible(DocumentFolder.RESOURCE_TYPE, VIEW, DocumentFolder.FILTERABLE);
    }

    /** Refuses ({@code 422} on {@code parent_id}) a parent that is not a live folder. */
    void requireLiveParent(java.util.Optional<DocumentFolderId> parent) {
        parent.ifPresent(id -> {
            if (!folders.holdLive(id)) {
                throw ValidationFailed.of("parent_id", "must be a live folder");
            }
        });
    }
}
