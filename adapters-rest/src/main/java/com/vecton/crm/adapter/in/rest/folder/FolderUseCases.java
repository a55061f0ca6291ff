package com.vecton.crm.adapter.in.rest.folder;

import com.vecton.crm.application.port.in.folder.CreateFolderUseCase;
import com.vecton.crm.application.port.in.folder.DeleteFolderUseCase;
import com.vecton.crm.application.port.in.folder.EditFolderUseCase;
import com.vecton.crm.application.port.in.lifecycle.ListRecordsUseCase;
import com.vecton.crm.application.port.in.lifecycle.RestoreRecordUseCase;
import com.vecton.crm.application.port.in.lifecycle.ShowRecordUseCase;
import com.vecton.crm.domain.folder.DocumentFolder;
import com.vecton.crm.domain.folder.DocumentFolderId;
import com.vecton.crm.domain.folder.FolderQuery;
import java.util.Objects;
import java.util.stream.Stream;

/** The in-ports the folder routes drive, as one part of {@code RestUseCases}. */
public record FolderUseCases(
        CreateFolderUseCase create,
        EditFolderUseCase edit,
        DeleteFolderUseCase delete,
        RestoreRecordUseCase<DocumentFolderId, DocumentFolder> restore,
        ShowRecordUseCase<DocumentFolderId, DocumentFolder> show,
        ListRecordsUseCase<FolderQuery, DocumentFolder> list) {
    public FolderUseCases {
        if (Stream.of(create, edit, delete, restore, show, list).anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("every folder use case of the HTTP API is wired");
        }
    }

    public FolderResource resource() {
        return new FolderResource(this);
    }
}
