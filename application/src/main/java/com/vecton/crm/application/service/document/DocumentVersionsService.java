package com.vecton.crm.application.service.document;

import com.vecton.crm.application.port.in.document.DeleteDocumentVersionUseCase;
import com.vecton.crm.application.port.in.document.DownloadDocumentUseCase;
import com.vecton.crm.application.port.in.document.ListDocumentVersionsUseCase;
import com.vecton.crm.application.port.in.document.RestoreDocumentVersionUseCase;
import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.audit.AuditEvent;
import com.vecton.crm.domain.audit.Changes;
import com.vecton.crm.domain.document.Document;
import com.vecton.crm.domain.document.DocumentId;
import com.vecton.crm.domain.document.DocumentVersion;
import com.vecton.crm.domain.problem.NotFound;
import com.vecton.crm.domain.problem.RuleViolated;
import java.util.List;
import java.util.Optional;

/**
 * The version routes of a document other than an upload: list, download, restore (a copy made the
 * newest, under the row lock and the chain limit) and delete (an old one, under the row lock).
 */
public final class DocumentVersionsService
        implements ListDocumentVersionsUseCase,
                DownloadDocumentUseCase,
                RestoreDocumentVersionUseCase,
                DeleteDocumentVersionUseCase {
    private final DocumentServices s;

    public DocumentVersionsService(DocumentServices services) {
        this.s = services;
    }

    @Override
    public List<DocumentVersion> versions(Requester who, DocumentId id) {
        var document = s.type().findLive(id);
        s.type().admit(who, document);
        return s.documents().versions(id);
    }

    @Override
    public Download download(Requester who, DocumentId id, Optional<Integer> number) {
        var document = s.type().findLive(id);
        s.type().admit(who, document);
        var version = number.isEmpty() ? document.current() : version(id, number.get());
        var hash = version.content();
        return new Download(document, version, (offset, length) -> s.store().open(hash, offset, length));
    }

    @Override
    public Document restoreVersion(Requester who, DocumentId id, int number) {
        return s.kit().transactions().inTransaction(() -> {
            var current = s.type().lockLive(who, id);
            var old = version(id, number);
            var now = s.kit().clock().now();
            var copy = new DocumentVersion(
                    current.current().number() + 1,
                    old.content(),
                    old.size(),
                    old.mimeType(),
                    old.originalName(),
                    who.userId(),
                    now);
            var updated = current.withVersion(copy, s.chainLimit(), now);
            s.documents().save(updated);
            s.documents().addVersion(id, copy);
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
    }

    @Override
    public void deleteVersion(Requester who, DocumentId id, int number) {
        s.kit().transactions().inTransaction(() -> {
            var current = s.type().lockLive(who, id);
            var removed = version(id, number);
            if (s.documents().versions(id).size() == 1) {
                throw new RuleViolated(Document.ONLY_VERSION, "Version " + number + " is the document's only version.");
            }
            if (number == current.current().number()) {
                throw new RuleViolated(
                        Document.CURRENT_VERSION,
                        "Version " + number + " is the current version; restore an older one first, which makes a"
                                + " copy of it the newest.");
            }
            var now = s.kit().clock().now();
            s.documents().deleteVersion(id, number);
            var updated = current.withoutVersion(removed, now);
            s.documents().save(updated);
            s.kit()
                    .audit()
                    .record(
                            who.actor(),
                            DocumentServices.SUBJECT,
                            id,
                            AuditEvent.UPDATED,
                            Changes.between(
                                    java.util.Map.of("chain_size", current.chainSize()),
                                    java.util.Map.of("chain_size", updated.chainSize())),
                            now);
        });
    }

    private DocumentVersion version(DocumentId id, int number) {
        return s.documents()
                .version(id, number)
                .orElseThrow(() -> new NotFound("Version " + number + " of document " + id + " was not found"));
    }
}
