package com.vecton.crm.application.port.in.document;

import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.document.Document;
import com.vecton.crm.domain.document.DocumentId;

/** Makes a copy of version {@code number} the newest version; history is never rewritten. */
public interface RestoreDocumentVersionUseCase {

    Document restoreVersion(Requester who, DocumentId id, int number);
}
