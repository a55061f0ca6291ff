package com.vecton.crm.application.service.document;

import com.vecton.crm.application.port.in.document.AddDocumentVersionUseCase;
import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.audit.AuditEvent;
import com.vecton.crm.domain.audit.Changes;
import com.vecton.crm.domain.document.Document;
import com.vecton.crm.domain.document.DocumentId;
import com.vecton.crm.domain.document.DocumentVersion;
import com.vecton.crm.domain.file.FileNames;
import java.io.InputStream;

/**
 * Adds the next version: the file streams into the file store first (no lock is held while a client
 * uploads), then under the document's row lock the requester's policies and {@code If-Match} are
 * checked on the document as it is now, the chain limit on its chain as it is now, and the version
 * numbered one past the current one. Two uploads racing on one document so run one after the other
 * inside the lock: with {@code If-Match} the second finds a new version ({@code 412}), and their
 * sizes together are held to the limit.
 */
public final class AddDocumentVersionService implements AddDocumentVersionUseCase {
    private final DocumentServices s;

    public AddDocumentVersionService(DocumentServices services) {
        this.s = services;
    }

    @Override
    public Document addVersion(Requester who, DocumentId id, String clientName, InputStream content) {
        var staged = s.store().stage(content);
        try {
            String type = s.detectedType(staged);
            String name = FileNames.cleanOriginal(clientName);
            return s.kit().transactions().inTransaction(() -> {
                var current = s.type().lockLive(who, id);
                var now = s.kit().clock().now();
                var next = new DocumentVersion(
                        current.current().number() + 1, staged.hash(), staged.size(), type, name, who.userId(), now);
                var updated = current.withVersion(next, s.chainLimit(), now);
                s.blobs().keep(staged);
                s.documents().save(updated);
                s.documents().addVersion(id, next);
                s.kit()
                        .audit()
                        .record(
                                who.actor(),
                                DocumentServices.SUBJECT,
                                id,
                                AuditEvent.UPDATED,
                                Changes.between(current.asFields(), updated.asFields()),
                                now);
                return updated;
            });
        } catch (RuntimeException e) {
            s.blobs().undo(staged, e);
            throw e;
        }
    }
}
