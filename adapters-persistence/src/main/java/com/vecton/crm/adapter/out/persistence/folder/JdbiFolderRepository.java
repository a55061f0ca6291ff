package com.vecton.crm.adapter.out.persistence.folder;

import com.vecton.crm.adapter.out.persistence.Columns;
import com.vecton.crm.adapter.out.persistence.JdbiStore;
import com.vecton.crm.adapter.out.persistence.PagedSelect;
import com.vecton.crm.adapter.out.persistence.SearchMatch;
import com.vecton.crm.adapter.out.persistence.Table;
import com.vecton.crm.application.port.out.FolderRepository;
import com.vecton.crm.domain.access.Visibility;
import com.vecton.crm.domain.folder.DocumentFolder;
import com.vecton.crm.domain.folder.DocumentFolderId;
import com.vecton.crm.domain.folder.FolderDetails;
import com.vecton.crm.domain.folder.FolderQuery;
import com.vecton.crm.domain.listing.Page;
import com.vecton.crm.domain.listing.PageRequest;
import com.vecton.crm.domain.listing.SortOrder;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.jdbi.v3.core.statement.Update;
import org.postgresql.util.PSQLException;

/**
 * {@link FolderRepository} on Postgres ({@code document_folders}, V31); rows mapped by hand. The tree
 * lock is an advisory lock (V31); the sibling-name rule is the partial unique index
 * {@code document_folders_sibling_name_key}, whose violation becomes {@code folder_name_taken}.
 */
public final class JdbiFolderRepository extends JdbiStore<DocumentFolderId, DocumentFolder>
        implements FolderRepository {
    private static final Table FOLDERS = Table.keepingHistory("document_folders", "name", "parent_id");

    private static final String TREE_KEY = "hashtextextended('document_folders:tree', 0)";
    private static final String LOCK_TREE = "SELECT pg_advisory_xact_lock(" + TREE_KEY + ")";
    private static final String LOCK_TREE_SHARED = "SELECT pg_advisory_xact_lock_shared(" + TREE_KEY + ")";

    private static final String ANCESTRY = """
            WITH RECURSIVE up (id, parent_id, depth) AS (
                SELECT id, parent_id, 0 FROM document_folders WHERE id = :id
                UNION ALL
                SELECT f.id, f.parent_id, up.depth + 1 FROM document_folders f JOIN up ON f.id = up.parent_id
                WHERE up.depth < 10000)
            SELECT id FROM up ORDER BY depth""";

    private static final String DESCENDANTS = """
            WITH RECURSIVE down (id, depth) AS (
                SELECT id, 1 FROM document_folders WHERE parent_id = :id AND deleted_at IS NULL
                UNION ALL
                SELECT f.id, down.depth + 1 FROM document_folders f JOIN down ON f.parent_id = down.id
                WHERE f.deleted_at IS NULL AND down.depth < 10000)
            SELECT id FROM down ORDER BY depth, id""";

    /** Every table of things that live in a folder (documents, from V32 on). */
    private static final List<String> CONTENTS = List.of("documents");

    private static final String HAS_CHILD_FOLDER =
            "SELECT EXISTS (SELECT 1 FROM document_folders WHERE parent_id = :id AND deleted_at IS NULL)";

    private static final String UNIQUE_VIOLATION = "23505";
    private static final String NAME_KEY = "document_folders_sibling_name_key";

    private static final String SORT_KEY = "public.f_unaccent(lower(name))";
    private static final Map<String, String> SORT_COLUMNS = Map.of("name", SORT_KEY);
    private static final SortOrder BY_NAME = new SortOrder("name", false);
    private static final String MATCHES_SEARCH = SearchMatch.on("public.f_search_fold(name)");

    private static final RowMapper<DocumentFolder> FOLDER = (rows, context) -> DocumentFolder.restore(
            new DocumentFolderId(rows.getLong(1)),
            new FolderDetails(
                    rows.getString(2),
                    Optional.ofNullable(Columns.nullableLong(rows, 3)).map(DocumentFolderId::new)),
            Columns.userId(rows, 4),
            Columns.instant(rows, 5),
            Columns.instant(rows, 6),
            Columns.instant(rows, 7),
            rows.getLong(8));

    private static final Map<String, String> VISIBILITY_TESTS = Map.of("created_by", "created_by = ANY (%s)");

    public JdbiFolderRepository(Jdbi jdbi) {
        super(jdbi, FOLDERS, DocumentFolderId::new, PagedSelect.NARROW_FIRST_UP_TO);
    }

    @Override
    protected List<DocumentFolder> read(Handle handle, Query rows) {
        return rows.map(FOLDER).list();
    }

    @Override
    protected void bind(Update row, DocumentFolder folder) {
        row.bind("id", folder.id().value())
                .bind("name", folder.details().name())
                .bind(
                        "parent_id",
                        folder.details().parentId().map(DocumentFolderId::value).orElse(null));
        bindLifecycle(row, folder);
    }

    @Override
    public void save(DocumentFolder folder) {
        try {
            super.save(folder);
        } catch (UnableToExecuteStatementException e) {
            if (e.getCause() instanceof PSQLException sql
                    && UNIQUE_VIOLATION.equals(sql.getSQLState())
                    && sql.getServerErrorMessage() != null
                    && NAME_KEY.equals(sql.getServerErrorMessage().getConstraint())) {
                throw DocumentFolder.nameTaken(folder.details().name());
            }
            throw e;
        }
    }

    @Override
    public void lockTree(boolean exclusive) {
        jdbi.useHandle(h -> h.createQuery(exclusive ? LOCK_TREE : LOCK_TREE_SHARED)
                .mapToMap()
                .list());
    }

    @Override
    public List<DocumentFolderId> ancestry(DocumentFolderId folder) {
        return jdbi.withHandle(h -> h.createQuery(ANCESTRY)
                .bind("id", folder.value())
                .mapTo(Long.class)
                .map(DocumentFolderId::new)
                .list());
    }

    @Override
    public boolean hasLiveContent(DocumentFolderId folder) {
        return jdbi.withHandle(h -> {
            if (h.createQuery(HAS_CHILD_FOLDER)
                    .bind("id", folder.value())
                    .mapTo(Boolean.class)
                    .one()) {
                return true;
            }
            for (String table : CONTENTS) {
                if (tableExists(h, table)
                        && h.createQuery("SELECT EXISTS (SELECT 1 FROM " + table
                                        + " WHERE folder_id = :id AND deleted_at IS NULL)")
                                .bind("id", folder.value())
                                .mapTo(Boolean.class)
                                .one()) {
                    return true;
                }
            }
            return false;
        });
    }

    @Override
    public List<DocumentFolder> liveDescendants(DocumentFolderId folder) {
        return jdbi.withHandle(h -> {
            List<Long> ids = h.createQuery(DESCENDANTS)
                    .bind("id", folder.value())
                    .mapTo(Long.class)
                    .list();
            if (ids.isEmpty()) {
                return List.<DocumentFolder>of();
            }
            var byId = new java.util.HashMap<DocumentFolderId, DocumentFolder>();
            read(
                            h,
                            h.createQuery("SELECT " + table.columns() + " FROM document_folders WHERE id = ANY (:ids)")
                                    .bindArray("ids", Long.class, ids))
                    .forEach(f -> byId.put(f.id(), f));
            return ids.stream().map(id -> byId.get(new DocumentFolderId(id))).toList();
        });
    }

    @Override
    public int deleteDocumentsIn(List<DocumentFolderId> folders, Instant now) {
        return jdbi.withHandle(h -> {
            int deleted = 0;
            for (String table : CONTENTS) {
                if (tableExists(h, table)) {
                    deleted += h.createUpdate("UPDATE " + table + " SET deleted_at = :now, updated_at = :now,"
                                    + " version = version + 1 WHERE folder_id = ANY (:ids) AND deleted_at IS NULL")
                            .bind("now", now.atOffset(ZoneOffset.UTC))
                            .bind(
                                    "ids",
                                    folders.stream()
                                            .mapToLong(DocumentFolderId::value)
                                            .toArray())
                            .execute();
                }
            }
            return deleted;
        });
    }

    @Override
    public Page<DocumentFolder> search(FolderQuery query, Visibility visible, PageRequest page) {
        var where = live();
        query.parent().ifPresent(p -> where.and("parent_id = :parent_id", q -> q.bind("parent_id", p.value())));
        if (query.topLevel()) {
            where.and("parent_id IS NULL");
        }
        where.and(visible(visible));
        // Last: see JdbiDocumentRepository's search on the ESCAPE literal.
        query.search().ifPresent(s -> where.and(MATCHES_SEARCH, q -> SearchMatch.bind(q, s)));
        return page(where, SORT_COLUMNS, BY_NAME, query.search().isPresent(), page);
    }

    @Override
    protected Map<String, String> visibilityTests() {
        return VISIBILITY_TESTS;
    }

    private static boolean tableExists(Handle h, String table) {
        return h.createQuery("SELECT to_regclass(:table) IS NOT NULL")
                .bind("table", "public." + table)
                .mapTo(Boolean.class)
                .one();
    }
}
