package com.vecton.crm.adapter.out.persistence.document;

import com.vecton.crm.adapter.out.persistence.Columns;
import com.vecton.crm.adapter.out.persistence.JdbiStore;
import com.vecton.crm.adapter.out.persistence.PagedSelect;
import com.vecton.crm.adapter.out.persistence.SearchMatch;
import com.vecton.crm.adapter.out.persistence.Table;
import com.vecton.crm.application.port.out.DocumentRepository;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.access.Visibility;
import com.vecton.crm.domain.document.Document;
import com.vecton.crm.domain.document.DocumentDetails;
import com.vecton.crm.domain.document.DocumentId;
import com.vecton.crm.domain.document.DocumentQuery;
import com.vecton.crm.domain.document.DocumentVersion;
import com.vecton.crm.domain.file.ContentHash;
import com.vecton.crm.domain.folder.DocumentFolderId;
import com.vecton.crm.domain.lifecycle.Lifecycle;
import com.vecton.crm.domain.listing.Page;
import com.vecton.crm.domain.listing.PageRequest;
import com.vecton.crm.domain.listing.SortOrder;
import java.sql.Array;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.Update;

/**
 * {@link DocumentRepository} on Postgres ({@code documents}, {@code document_versions}, V32); rows
 * mapped by hand. A page of documents reads their current versions in one more query.
 */
public final class JdbiDocumentRepository extends JdbiStore<DocumentId, Document> implements DocumentRepository {
    private static final Table DOCUMENTS = Table.keepingHistory(
            "documents",
            "folder_id",
            "title",
            "description",
            "tags",
            "current_version",
            "size",
            "mime_type",
            "sha256",
            "chain_size");

    private static final String VERSION_COLUMNS =
            "document_id, number, sha256, size, mime_type, original_name, uploaded_by, created_at";
    /**
     * The versions a page of rows names as current, by the numbers those rows hold: a second read of
     * {@code documents} here could see a version committed after the rows were read (read committed).
     */
    private static final String CURRENT_VERSIONS = """
            SELECT v.document_id, v.number, v.sha256, v.size, v.mime_type, v.original_name, v.uploaded_by, v.created_at

            FROM document_versions v
            JOIN unnest(CAST(:ids AS bigint[]), CAST(:numbers AS integer[])) AS c (id, number)
              ON v.document_id = c.id AND v.number = c.number""";

    private static final String VERSIONS =
            "SELECT " + VERSION_COLUMNS + " FROM document_versions WHERE document_id = :id ORDER BY number";
    private static final String VERSION =
            "SELECT " + VERSION_COLUMNS + " FROM document_versions WHERE document_id = :id AND number = :number";
    private static final String ADD_VERSION = "INSERT INTO document_versions (" + VERSION_COLUMNS + ")"
            + " VALUES (:document_id, :number, :sha256, :size, :mime_type, :original_name, :uploaded_by, :created_at)";
    private static final String DELETE_VERSION =
            "DELETE FROM document_versions WHERE document_id = :id AND number = :number";

    private static final String SUBFOLDERS = """
            folder_id IN (WITH RECURSIVE down (id, depth) AS (
                    SELECT CAST(:folder_id AS bigint), 0
                    UNION ALL
                    SELECT f.id, down.depth + 1 FROM document_folders f JOIN down ON f.parent_id = down.id
                    WHERE f.deleted_at IS NULL AND down.depth < 10000)
                SELECT id FROM down)""";
    /**
     * One folded text of title, description and every version's file name, searched with the one
     * LIKE of {@link SearchMatch}. One, and last in the WHERE: Jdbi's statement lexer reads the
     * {@code ESCAPE '\\'} literal as opening a quote that the next quote would close, so a second
     * literal after it would swallow the named parameters in between.
     */
    private static final String MATCHES_SEARCH =
            SearchMatch.on("public.f_search_fold(title || ' ' || coalesce(description, '') || ' ' || coalesce((SELECT"
                    + " string_agg(v.original_name, ' ') FROM document_versions v WHERE v.document_id = documents.id),"
                    + " ''))");

    private static final Map<String, String> SORT_COLUMNS = Map.of("created_at", "created_at");
    private static final SortOrder NEWEST_FIRST = new SortOrder("created_at", true);

    private static final Map<String, String> VISIBILITY_TESTS = Map.of(
            "created_by", "created_by = ANY (%s)",
            "folder_id", "CAST(folder_id AS text) = ANY (%s)");

    private static final RowMapper<DocumentVersion> VERSION_ROW = (rows, context) -> new DocumentVersion(
            rows.getInt(2),
            new ContentHash(rows.getString(3)),
            rows.getLong(4),
            rows.getString(5),
            rows.getString(6),
            Columns.userId(rows, 7),
            Columns.instant(rows, 8));

    /** A documents row before its current version is joined to it. */
    private record Row(
            DocumentId id, DocumentDetails details, int currentVersion, long chainSize, Lifecycle lifecycle) {}

    private static final RowMapper<Row> ROW = (rows, context) -> {
        Array tags = rows.getArray(5);
        return new Row(
                new DocumentId(rows.getLong(1)),
                new DocumentDetails(
                        rows.getString(3),
                        new DocumentFolderId(rows.getLong(2)),
                        rows.getString(4),
                        tags == null ? List.of() : Arrays.asList((String[]) tags.getArray())),
                rows.getInt(6),
                rows.getLong(10),
                new Lifecycle(
                        Columns.userId(rows, 11),
                        Columns.instant(rows, 12),
                        Columns.instant(rows, 13),
                        Columns.instant(rows, 14),
                        rows.getLong(15)));
    };

    public JdbiDocumentRepository(Jdbi jdbi) {
        super(jdbi, DOCUMENTS, DocumentId::new, PagedSelect.NARROW_FIRST_UP_TO);
    }

    @Override
    protected List<Document> read(Handle handle, Query rows) {
        List<Row> read = rows.map(ROW).list();
        if (read.isEmpty()) {
            return List.of();
        }
        var current = new HashMap<Long, DocumentVersion>();
        handle.createQuery(CURRENT_VERSIONS)
                .bindArray(
                        "ids",
                        Long.class,
                        read.stream().map(r -> r.id().value()).toList())
                .bindArray(
                        "numbers",
                        Integer.class,
                        read.stream().map(Row::currentVersion).toList())
                .map((r, ctx) -> Map.entry(r.getLong(1), VERSION_ROW.map(r, ctx)))
                .forEach(e -> current.put(e.getKey(), e.getValue()));
        return read.stream()
                .map(r -> Document.restore(
                        r.id(), r.details(), current.get(r.id().value()), r.chainSize(), r.lifecycle()))
                .toList();
    }

    @Override
    protected void bind(Update row, Document document) {
        var details = document.details();
        row.bind("id", document.id().value())
                .bind("folder_id", details.folderId().value())
                .bind("title", details.title())
                .bind("description", details.description())
                .bindArray("tags", String.class, details.tags())
                .bind("current_version", document.current().number())
                .bind("size", document.current().size())
                .bind("mime_type", document.current().mimeType())
                .bind("sha256", document.current().content().hex())
                .bind("chain_size", document.chainSize());
        bindLifecycle(row, document);
    }

    @Override
    public void addVersion(DocumentId document, DocumentVersion version) {
        jdbi.useHandle(h -> h.createUpdate(ADD_VERSION)
                .bind("document_id", document.value())
                .bind("number", version.number())
                .bind("sha256", version.content().hex())
                .bind("size", version.size())
                .bind("mime_type", version.mimeType())
                .bind("original_name", version.originalName())
                .bind("uploaded_by", version.uploader().map(UserId::value).orElse(null))
                .bind("created_at", version.createdAt())
                .execute());
    }

    @Override
    public List<DocumentVersion> versions(DocumentId document) {
        return jdbi.withHandle(h -> h.createQuery(VERSIONS)
                .bind("id", document.value())
                .map(VERSION_ROW)
                .list());
    }

    @Override
    public Optional<DocumentVersion> version(DocumentId document, int number) {
        return jdbi.withHandle(h -> h.createQuery(VERSION)
                .bind("id", document.value())
                .bind("number", number)
                .map(VERSION_ROW)
                .findOne());
    }

    @Override
    public void deleteVersion(DocumentId document, int number) {
        jdbi.useHandle(h -> h.createUpdate(DELETE_VERSION)
                .bind("id", document.value())
                .bind("number", number)
                .execute());
    }

    @Override
    public Page<Document> search(DocumentQuery query, Visibility visible, PageRequest page) {
        var where = live();
        query.folder()
                .ifPresent(f -> where.and(
                        query.includeSubfolders() ? SUBFOLDERS : "folder_id = :folder_id",
                        q -> q.bind("folder_id", f.value())));
        query.mimeType().ifPresent(m -> where.and("mime_type = :mime_type", q -> q.bind("mime_type", m)));
        query.tag().ifPresent(t -> where.and(":tag = ANY (tags)", q -> q.bind("tag", t)));
        where.and(visible(visible));
        query.search().ifPresent(s -> where.and(MATCHES_SEARCH, q -> SearchMatch.bind(q, s)));
        return page(where, SORT_COLUMNS, NEWEST_FIRST, query.search().isPresent(), page);
    }

    @Override
    protected Map<String, String> visibilityTests() {
        return VISIBILITY_TESTS;
    }
}
