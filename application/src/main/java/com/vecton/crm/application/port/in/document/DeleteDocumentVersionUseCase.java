package com.vecton.crm.application.port.in.document;

import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.document.DocumentId;

/** Removes an old version of a document: never the only one, never the current one. */
public interface DeleteDocumentVersionUseCase {

    void deleteVersion(Requester who, DocumentId id, int number);
}
