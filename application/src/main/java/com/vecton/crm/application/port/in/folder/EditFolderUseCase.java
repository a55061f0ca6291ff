package com.vecton.crm.application.port.in.folder;

import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.folder.DocumentFolder;
import com.vecton.crm.domain.folder.DocumentFolderId;
import com.vecton.crm.domain.folder.FolderEdit;

/** Renames or moves a folder; a move never makes a cycle ({@code 422 folder_cycle}). */
public interface EditFolderUseCase {

    DocumentFolder edit(Requester who, DocumentFolderId id, FolderEdit edit);
}
