package com.vecton.crm.adapter.out.persistence.document;

import static com.vecton.crm.domain.testing.DocumentDetailsBuilder.aDocument;
import static com.vecton.crm.domain.testing.FolderDetailsBuilder.aFolder;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vecton.crm.adapter.out.persistence.Persistence;
import com.vecton.crm.adapter.out.persistence.testing.RecordStoreContract;
import com.vecton.crm.application.port.out.DocumentRepository;
import com.vecton.crm.application.port.out.RecordStore;
import com.vecton.crm.domain.access.Visibility;
import com.vecton.crm.domain.document.ChainLimit;
import com.vecton.crm.domain.document.Document;
import com.vecton.crm.domain.document.DocumentEdit;
import com.vecton.crm.domain.document.DocumentId;
import com.vecton.crm.domain.document.DocumentVersion;
import com.vecton.crm.domain.edit.FieldEdit;
import com.vecton.crm.domain.file.ContentHash;
import com.vecton.crm.domain.folder.DocumentFolder;
import com.vecton.crm.domain.folder.DocumentFolderId;
import com.vecton.crm.domain.sync.ChangeBatch;
import com.vecton.crm.domain.sync.ChangePosition;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The store contract on documents, and the versions their store keeps besides. Each contract record
 * is in a stored folder and has one version whose content is a stored blob. A document is read
 * with its current version, which is a row of its own that the use cases add in the transaction
 * that saves the document; the store under test here adds a saved document's current version when
 * it is not stored yet, as they do.
 */
class DocumentStoreContractTest extends RecordStoreContract<DocumentId, Document> {
    private static final ContentHash FIRST =
            new ContentHash("2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae");
    private static final ContentHash SECOND =
            new ContentHash("fcde2b2edba56bf408601fb721fe9b5c338d10ee429ea04fae5511b68fbf8fb9");

    private DocumentFolderId folder;
    private DocumentFolderId otherFolder;

    @Override
    protected String table() {
        return "documents";
    }

    @Override
    protected RecordStore<DocumentId, Document> storeOn(Persistence db) {
        return new WithCurrentVersion(db.documents());
    }

    @Override
    protected void prepare(Persistence db) {
        folder = storedFolder(db, "Verträge");
        otherFolder = storedFolder(db, "Archiv");
        try (var c = db.dataSource().getConnection();
                var st = c.prepareStatement("INSERT INTO file_blobs (sha256, size) VALUES (?, 1000), (?, 3000)")) {
            st.setString(1, FIRST.hex());
            st.setString(2, SECOND.hex());
            st.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static DocumentFolderId storedFolder(Persistence db, String name) {
        var id = db.folders().nextId();
        db.folders().save(DocumentFolder.create(id, aFolder().named(name).build(), CREATOR, T0));
        return id;
    }

    private static DocumentVersion version(int number, ContentHash content, long size, Instant at) {
        return new DocumentVersion(
                number, content, size, "application/pdf", "vertrag-v" + number + ".pdf", CREATOR, at);
    }

    @Override
    protected Document newRecord(DocumentId id) {
        var details = aDocument(folder)
                .titled("Rahmenvertrag 2027")
                .describedAs("Signed by both")
                .taggedWith("vertrag", "2027")
                .build();
        return Document.create(id, details, version(1, FIRST, 1000, T0), CREATOR, T0);
    }

    @Override
    protected Document changed(Document document, Instant now) {
        var edit = new DocumentEdit(
                FieldEdit.set(document.details().title() + " (signed)"),
                FieldEdit.set(otherFolder.value()),
                FieldEdit.keep(),
                FieldEdit.set(List.of("signed")));
        return document.edit(edit, now);
    }

    @Override
    protected DocumentId idOf(Document document) {
        return document.id();
    }

    @Override
    protected Object stateOf(Document document) {
        return List.of(
                document.id(), document.details(), document.current(), document.chainSize(), document.lifecycle());
    }

    @Override
    protected Optional<Document> deleted(Document document, Instant now) {
        return Optional.of(document.delete(now));
    }

    @Override
    protected Document restored(Document document, Instant now) {
        return document.undelete(now);
    }

    @Test
    void a_new_version_becomes_current_and_an_older_one_can_be_removed() {
        var documents = db().documents();
        var first = newRecord(documents.nextId());
        documents.save(first);
        documents.addVersion(first.id(), first.current());
        var next = version(2, SECOND, 3000, T0.plusSeconds(60));
        var grown = first.withVersion(next, new ChainLimit(1_000_000), T0.plusSeconds(60));
        documents.addVersion(first.id(), next);
        documents.save(grown);

        var read = documents.findById(first.id()).orElseThrow();
        assertEquals(next, read.current());
        assertEquals(4000, read.chainSize());
        assertEquals(List.of(first.current(), next), documents.versions(first.id()));

        documents.deleteVersion(first.id(), 1);
        documents.save(grown.withoutVersion(first.current(), T0.plusSeconds(120)));
        assertEquals(Optional.empty(), documents.version(first.id(), 1));
        assertEquals(3000, documents.findById(first.id()).orElseThrow().chainSize());
    }

    /** The document store, adding a saved document's current version when it is not stored yet. */
    private record WithCurrentVersion(DocumentRepository documents) implements RecordStore<DocumentId, Document> {
        @Override
        public DocumentId nextId() {
            return documents.nextId();
        }

        @Override
        public void save(Document document) {
            documents.save(document);
            if (documents.version(document.id(), document.current().number()).isEmpty()) {
                documents.addVersion(document.id(), document.current());
            }
        }

        @Override
        public Optional<Document> findById(DocumentId id) {
            return documents.findById(id);
        }

        @Override
        public Optional<Document> lockById(DocumentId id) {
            return documents.lockById(id);
        }

        @Override
        public ChangeBatch<Document> changesAfter(ChangePosition after, Visibility visible, int limit) {
            return documents.changesAfter(after, visible, limit);
        }
    }
}
