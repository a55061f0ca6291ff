package com.vecton.crm.domain.document;

import com.vecton.crm.domain.access.ResourceAttributes;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.lifecycle.HistoryRecord;
import com.vecton.crm.domain.lifecycle.Lifecycle;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A versioned document in a folder: its details, its newest version (which its size, type and hash
 * are of) and the total size of its live versions (the chain, capped by {@link ChainLimit}).
 * Soft-deleted and restored as every entity of the kit; immutable.
 */
public final class Document extends HistoryRecord<DocumentId, DocumentDetails, Document> {
    /** The type of documents in resource names, {@code crm:documents/{id}}. */
    public static final String RESOURCE_TYPE = "documents";

    /** The attributes a list of documents can be filtered on in the store: all of them. */
    public static final Set<String> FILTERABLE = Set.of("created_by", "folder_id");

    /** Deleting the only version of a document. */
    public static final String ONLY_VERSION = "document_version_only";
    /** Deleting the current version (restore an older one first, which makes it the newest). */
    public static final String CURRENT_VERSION = "document_version_current";

    private final DocumentVersion current;
    private final long chainSize;

    private Document(
            DocumentId id, DocumentDetails details, DocumentVersion current, long chainSize, Lifecycle lifecycle) {
        super(id, details, lifecycle);
        if (current == null || chainSize < current.size()) {
            throw new IllegalArgumentException("a document has a current version within its chain");
        }
        this.current = current;
        this.chainSize = chainSize;
    }

    public static Document create(
            DocumentId id, DocumentDetails details, DocumentVersion first, UserId by, Instant now) {
        return new Document(id, details, first, first.size(), Lifecycle.begun(by, now));
    }

    public static Document restore(
            DocumentId id, DocumentDetails details, DocumentVersion current, long chainSize, Lifecycle lifecycle) {
        return new Document(id, details, current, chainSize, lifecycle);
    }

    /** The document with {@code next} as its newest version, its chain grown by it (the limit is checked first). */
    public Document withVersion(DocumentVersion next, ChainLimit limit, Instant now) {
        if (next.number() <= current.number()) {
            throw new IllegalArgumentException("versions count up");
        }
        limit.requireRoom(chainSize, next.size());
        return new Document(
                id(), details(), next, chainSize + next.size(), lifecycle().changed(now));
    }

    /** The document without one of its older versions, its chain shrunk by it. */
    public Document withoutVersion(DocumentVersion removed, Instant now) {
        return new Document(
                id(),
                details(),
                current,
                chainSize - removed.size(),
                lifecycle().changed(now));
    }

    public Document edit(DocumentEdit edit, Instant now) {
        return changedTo(edit.applyTo(details()), now);
    }

    public DocumentVersion current() {
        return current;
    }

    public long chainSize() {
        return chainSize;
    }

    @Override
    protected Document with(DocumentDetails details, Lifecycle lifecycle) {
        return new Document(id(), details, current, chainSize, lifecycle);
    }

    @Override
    protected String resourceType() {
        return RESOURCE_TYPE;
    }

    /** {@code folder_id} and {@code created_by}. */
    @Override
    public ResourceAttributes attributes() {
        var values = new HashMap<String, Object>();
        values.put("folder_id", Long.toString(details().folderId().value()));
        createdBy().ifPresent(user -> values.put("created_by", user.value()));
        return new ResourceAttributes(values);
    }

    /** The fields of the audit trail: the details and the current version's number and hash. */
    public Map<String, Object> asFields() {
        var fields = new LinkedHashMap<String, Object>(details().asFields());
        fields.put("current_version", current.number());
        fields.put("sha256", current.content().hex());
        fields.put("size", current.size());
        return fields;
    }
}
