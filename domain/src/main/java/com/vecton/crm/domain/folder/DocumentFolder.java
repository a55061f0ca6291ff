package com.vecton.crm.domain.folder;

import com.vecton.crm.domain.access.ResourceAttributes;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.lifecycle.HistoryRecord;
import com.vecton.crm.domain.lifecycle.Lifecycle;
import com.vecton.crm.domain.problem.RuleViolated;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Set;

/**
 * A folder of documents: a name and a parent, in one tree per tenant. Soft-deleted and restored
 * as every entity of the kit; deleting one that holds live folders or documents needs
 * {@code ?recursive=true}. Immutable: every change returns a new value.
 */
public final class DocumentFolder extends HistoryRecord<DocumentFolderId, FolderDetails, DocumentFolder> {
    /** The type of folders in resource names, {@code crm:document_folders/{id}}. */
    public static final String RESOURCE_TYPE = "document_folders";

    /** The attributes a list of folders can be filtered on in the store: all of them. */
    public static final Set<String> FILTERABLE = Set.of("created_by");

    /** A live sibling has this name already (ignoring case and accents). */
    public static final String NAME_TAKEN = "folder_name_taken";
    /** A delete of a folder with live content, without {@code ?recursive=true}. */
    public static final String NOT_EMPTY = "folder_not_empty";
    /** A move into the folder itself or into one of its descendants. */
    public static final String CYCLE = "folder_cycle";
    /** A restore of a folder whose parent is deleted. */
    public static final String PARENT_DELETED = "folder_parent_deleted";

    private DocumentFolder(DocumentFolderId id, FolderDetails details, Lifecycle lifecycle) {
        super(id, details, lifecycle);
        if (details.parentId().filter(id::equals).isPresent()) {
            throw new IllegalArgumentException("a folder is never its own parent");
        }
    }

    public static DocumentFolder create(DocumentFolderId id, FolderDetails details, UserId createdBy, Instant now) {
        return new DocumentFolder(id, details, Lifecycle.begun(createdBy, now));
    }

    public static DocumentFolder restore(
            DocumentFolderId id,
            FolderDetails details,
            UserId createdBy,
            Instant createdAt,
            Instant updatedAt,
            Instant deletedAt,
            long version) {
        return new DocumentFolder(id, details, new Lifecycle(createdBy, createdAt, updatedAt, deletedAt, version));
    }

    /**
     * The folder edited; refuses ({@code 422 folder_cycle}) a parent that is the folder itself or
     * below it, given the new parent's ancestry from the parent up to the top ({@code ancestry},
     * read under the tree lock).
     */
    public DocumentFolder edit(FolderEdit edit, List<DocumentFolderId> newParentAncestry, Instant now) {
        var edited = edit.applyTo(details());
        if (edited.parentId().isPresent() && newParentAncestry.contains(id())) {
            throw new RuleViolated(
                    CYCLE,
                    "Folder " + id() + " cannot move into folder "
                            + edited.parentId().get() + ", which is inside it (or is it).");
        }
        return changedTo(edited, now);
    }

    public static RuleViolated nameTaken(String name) {
        return new RuleViolated(NAME_TAKEN, "A folder named \"" + name + "\" exists already in that folder.");
    }

    public static RuleViolated notEmpty(DocumentFolderId id) {
        return new RuleViolated(
                NOT_EMPTY,
                "Folder " + id + " holds live folders or documents; delete them first, or send ?recursive=true.");
    }

    @Override
    protected DocumentFolder with(FolderDetails details, Lifecycle lifecycle) {
        return new DocumentFolder(id(), details, lifecycle);
    }

    @Override
    protected String resourceType() {
        return RESOURCE_TYPE;
    }

    @Override
    public ResourceAttributes attributes() {
        var values = new HashMap<String, Object>();
        createdBy().ifPresent(user -> values.put("created_by", user.value()));
        return new ResourceAttributes(values);
    }
}
