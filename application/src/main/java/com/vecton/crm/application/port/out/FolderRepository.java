package com.vecton.crm.application.port.out;

import com.vecton.crm.domain.access.Visibility;
import com.vecton.crm.domain.folder.DocumentFolder;
import com.vecton.crm.domain.folder.DocumentFolderId;
import com.vecton.crm.domain.folder.FolderQuery;
import com.vecton.crm.domain.listing.Page;
import com.vecton.crm.domain.listing.PageRequest;
import java.time.Instant;
import java.util.List;

/**
 * Where document folders are kept, as one tree. Names are unique among live siblings ignoring case
 * and accents: {@link #save} throws {@code folder_name_taken} when another transaction got there first.
 *
 * <p>The tree lock ({@link #lockTree}) is the first lock every change of the tree's shape takes,
 * before any row: moves, deletes and restores take it exclusively, creates (of folders and of
 * documents in them) shared. So two moves that would together close a cycle run one after the
 * other, the second seeing the first's result, and a recursive delete never misses a folder or
 * document created inside it meanwhile.
 */
public interface FolderRepository extends RecordStore<DocumentFolderId, DocumentFolder> {

    /** Takes the tree lock until the transaction ends: exclusively to change its shape, shared to add to it. */
    void lockTree(boolean exclusive);

    /** Whether the folder is live, holding it ({@code FOR SHARE}) against a delete until the transaction ends. */
    boolean holdLive(DocumentFolderId folder);

    /** The folder and its ancestors, from it up to the top level (live or deleted). */
    List<DocumentFolderId> ancestry(DocumentFolderId folder);

    /** Whether the folder holds a live folder or a live document. */
    boolean hasLiveContent(DocumentFolderId folder);

    /** The live folders below this one, at any depth, parents before their children. */
    List<DocumentFolder> liveDescendants(DocumentFolderId folder);

    /** Soft-deletes the live documents of these folders at {@code now}; how many. */
    int deleteDocumentsIn(List<DocumentFolderId> folders, Instant now);

    /** One page of the live folders matching the query that the caller may see, by name. */
    Page<DocumentFolder> search(FolderQuery query, Visibility visible, PageRequest page);
}
