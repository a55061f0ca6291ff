package com.vecton.crm.application.port.in.folder;

import com.vecton.crm.domain.audit.Actor;
import com.vecton.crm.domain.folder.DocumentFolder;
import com.vecton.crm.domain.folder.FolderDetails;

/** Creates a folder, at the top level or in a live parent. */
public interface CreateFolderUseCase {

    DocumentFolder create(Actor actor, FolderDetails details);
}
