package com.vecton.crm.application.port.in.folder;

import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.folder.DocumentFolderId;

/**
 * Soft-deletes a folder: an empty one, or with {@code recursive} its whole live subtree (folders and
 * documents) in one transaction; a folder with live content without it is {@code 422 folder_not_empty}.
 */
public interface DeleteFolderUseCase {

    void delete(Requester who, DocumentFolderId id, boolean recursive);
}
