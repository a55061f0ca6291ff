package com.vecton.crm.adapter.out.persistence.folder;

import static com.vecton.crm.domain.testing.FolderDetailsBuilder.aFolder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vecton.crm.adapter.out.persistence.Persistence;
import com.vecton.crm.adapter.out.persistence.testing.RecordStoreContract;
import com.vecton.crm.application.port.out.RecordStore;
import com.vecton.crm.domain.folder.DocumentFolder;
import com.vecton.crm.domain.folder.DocumentFolderId;
import com.vecton.crm.domain.problem.RuleViolated;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The store contract on document folders, and the tree queries and sibling-name rule of their store. */
class FolderStoreContractTest extends RecordStoreContract<DocumentFolderId, DocumentFolder> {

    @Override
    protected String table() {
        return "document_folders";
    }

    @Override
    protected RecordStore<DocumentFolderId, DocumentFolder> storeOn(Persistence db) {
        return db.folders();
    }

    @Override
    protected DocumentFolder newRecord(DocumentFolderId id) {
        return DocumentFolder.create(id, aFolder().named("Folder " + id).build(), CREATOR, T0);
    }

    @Override
    protected DocumentFolder changed(DocumentFolder folder, Instant now) {
        return DocumentFolder.restore(
                folder.id(),
                aFolder().named(folder.details().name() + " (renamed)").build(),
                folder.createdBy().orElse(null),
                folder.createdAt(),
                now,
                null,
                folder.version() + 1);
    }

    @Override
    protected DocumentFolderId idOf(DocumentFolder folder) {
        return folder.id();
    }

    @Override
    protected Object stateOf(DocumentFolder folder) {
        return List.of(folder.id(), folder.details(), folder.lifecycle());
    }

    @Override
    protected Optional<DocumentFolder> deleted(DocumentFolder folder, Instant now) {
        return Optional.of(folder.delete(now));
    }

    @Override
    protected DocumentFolder restored(DocumentFolder folder, Instant now) {
        return folder.undelete(now);
    }

    private DocumentFolder stored(String name, DocumentFolderId parent) {
        var folders = db().folders();
        var folder = DocumentFolder.create(
                folders.nextId(), aFolder().named(name).in(parent).build(), CREATOR, T0);
        folders.save(folder);
        return folder;
    }

    @Test
    void ancestry_and_descendants_follow_the_tree() {
        var top = stored("Top", null);
        var mid = stored("Mid", top.id());
        var leaf = stored("Leaf", mid.id());
        var folders = db().folders();
        assertEquals(List.of(leaf.id(), mid.id(), top.id()), folders.ancestry(leaf.id()));
        assertEquals(
                List.of(mid.id(), leaf.id()),
                folders.liveDescendants(top.id()).stream()
                        .map(DocumentFolder::id)
                        .toList());
        assertTrue(folders.hasLiveContent(top.id()));
        assertTrue(!folders.hasLiveContent(leaf.id()));
    }

    @Test
    void a_sibling_name_is_taken_ignoring_case_and_accents_but_not_in_another_folder_or_once_deleted() {
        var a = stored("A", null);
        var b = stored("B", null);
        var first = stored("Verträge", a.id());
        var refused = assertThrows(RuleViolated.class, () -> stored("VERTRAGE", a.id()));
        assertEquals(DocumentFolder.NAME_TAKEN, refused.code());
        stored("Verträge", b.id());
        db().folders().save(first.delete(T0.plusSeconds(1)));
        stored("vertrage", a.id());
    }
}
