package com.vecton.crm.application.service.folder;

import com.vecton.crm.application.port.in.lifecycle.RestoreRecordUseCase;
import com.vecton.crm.application.service.lifecycle.RestoreRecordService;
import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.folder.DocumentFolder;
import com.vecton.crm.domain.folder.DocumentFolderId;

/** The kit's restore of one folder, under the exclusive tree lock taken first (the lock order). */
public final class RestoreFolderService implements RestoreRecordUseCase<DocumentFolderId, DocumentFolder> {
    private final FolderServices s;
    private final RestoreRecordService<DocumentFolderId, DocumentFolder> restore;

    public RestoreFolderService(FolderServices services) {
        this.s = services;
        this.restore = new RestoreRecordService<>(services.type(), services.kit());
    }

    @Override
    public DocumentFolder restore(Requester who, DocumentFolderId id) {
        return s.kit().transactions().inTransaction(() -> {
            s.folders().lockTree(true);
            return restore.restore(who, id);
        });
    }
}
