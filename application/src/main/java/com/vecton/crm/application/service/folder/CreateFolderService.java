package com.vecton.crm.application.service.folder;

import com.vecton.crm.application.port.in.folder.CreateFolderUseCase;
import com.vecton.crm.domain.audit.Actor;
import com.vecton.crm.domain.folder.DocumentFolder;
import com.vecton.crm.domain.folder.FolderDetails;

/** Creates a folder under the shared tree lock, in a parent held live until it commits. */
public final class CreateFolderService implements CreateFolderUseCase {
    private final FolderServices s;

    public CreateFolderService(FolderServices services) {
        this.s = services;
    }

    @Override
    public DocumentFolder create(Actor actor, FolderDetails details) {
        return s.writes()
                .create(
                        actor,
                        () -> {
                            s.folders().lockTree(false);
                            s.requireLiveParent(details.parentId());
                        },
                        (id, now) -> DocumentFolder.create(id, details, actor.userId(), now));
    }
}
