package com.vecton.crm.application.port.in.document;

import com.vecton.crm.domain.audit.Actor;
import com.vecton.crm.domain.document.Document;
import com.vecton.crm.domain.document.DocumentDetails;
import java.io.InputStream;

/** Creates a document in a live folder with its first version, streamed into the file store. */
public interface CreateDocumentUseCase {

    Document create(Actor actor, DocumentDetails details, String clientName, InputStream content);
}
