package com.vecton.crm.application.port.in.document;

import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.document.DocumentId;
import com.vecton.crm.domain.document.DocumentVersion;
import java.util.List;

/** The versions of a document the requester may open, oldest first. */
public interface ListDocumentVersionsUseCase {

    List<DocumentVersion> versions(Requester who, DocumentId id);
}
