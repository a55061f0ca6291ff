package com.vecton.crm.application.port.in.document;

import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.document.Document;
import com.vecton.crm.domain.document.DocumentEdit;
import com.vecton.crm.domain.document.DocumentId;

/**
 * Changes a document's details; a new {@code folder_id} is a move, which needs {@code documents.update}
 * on the source folder and on the target folder ({@code 403 permission_denied} naming the one refused).
 */
public interface EditDocumentUseCase {

    Document edit(Requester who, DocumentId id, DocumentEdit edit);
}
