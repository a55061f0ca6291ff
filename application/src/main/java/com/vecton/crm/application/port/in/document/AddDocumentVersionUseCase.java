package com.vecton.crm.application.port.in.document;

import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.document.Document;
import com.vecton.crm.domain.document.DocumentId;
import java.io.InputStream;

/**
 * Adds the next version of a document; with {@code If-Match} on the document's version, so of two
 * uploads sent on the same version one becomes the next and the other is {@code 412}. The chain
 * limit is checked under the document's row lock ({@code 422 version_chain_size_exceeded}).
 */
public interface AddDocumentVersionUseCase {

    Document addVersion(Requester who, DocumentId id, String clientName, InputStream content);
}
