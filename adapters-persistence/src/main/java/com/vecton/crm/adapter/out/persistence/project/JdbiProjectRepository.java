package com.vecton.crm.adapter.out.persistence.project;

import com.vecton.crm.adapter.out.persistence.PagedSelect;
import com.vecton.crm.adapter.out.persistence.SearchMatch;
import com.vecton.crm.application.port.out.ProjectRepository;
import com.vecton.crm.domain.listing.Page;
import com.vecton.crm.domain.listing.PageRequest;
import com.vecton.crm.domain.project.Project;
import com.vecton.crm.domain.project.ProjectId;
import com.vecton.crm.domain.project.ProjectQuery;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

/**
 * {@link ProjectRepository} on Postgres. Joins the caller's transaction when there is one (see
 * {@link com.vecton.crm.adapter.out.persistence.JdbiTransactions}).
 */
public final class JdbiProjectRepository implements ProjectRepository {
    /**
     * The only text that reaches ORDER BY: API sort field to sort key. Client input selects an entry
     * here and is never written into SQL. Each key has an index {@code (key, id)} (V6). The name
     * sorts on its case- and accent-folded form, as company names do.
     */
    private static final Map<String, String> SORT_COLUMNS = Map.of(
            "name", "public.f_unaccent(lower(name))",
            "status", "status",
            "start_date", "start_date",
            "end_date", "end_date",
            "created_at", "created_at",
            "updated_at", "updated_at");

    /** As for companies: a folded substring match on the trigram-indexed column (see {@link SearchMatch}). */
    private static final String MATCHES_SEARCH = SearchMatch.on("search_text");
    private static final String HAS_STATUS = "status = :status";

    private static final String FIND_LIVE =
            "SELECT " + ProjectRow.COLUMNS + " FROM projects WHERE id = :id AND deleted_at IS NULL";

    private final Jdbi jdbi;
    private final ProjectSql sql;
    private final long narrowFirstUpTo;

    public JdbiProjectRepository(Jdbi jdbi) {
        this(jdbi, PagedSelect.NARROW_FIRST_UP_TO);
    }

    /** With the threshold of {@link PagedSelect} given, so that tests reach both query shapes. */
    JdbiProjectRepository(Jdbi jdbi, long narrowFirstUpTo) {
        this.jdbi = jdbi;
        this.sql = jdbi.onDemand(ProjectSql.class);
        this.narrowFirstUpTo = narrowFirstUpTo;
    }

    @Override
    public ProjectId nextId() {
        return new ProjectId(sql.nextId());
    }

    @Override
    public void save(Project project) {
        sql.save(ProjectRow.of(project));
    }

    @Override
    public Optional<Project> findById(ProjectId id) {
        return jdbi.withHandle(handle -> handle.createQuery(FIND_LIVE).bind("id", id.value())
                .map(ProjectRow.MAPPER).findOne()).map(ProjectRow::toProject);
    }

    @Override
    public Optional<Project> lockById(ProjectId id) {
        return sql.lock(id.value()).map(ProjectRow::toProject);
    }

    @Override
    public Page<Project> search(ProjectQuery query, PageRequest page) {
        String column = SORT_COLUMNS.get(query.sort().field());
        if (column == null) {
            throw new IllegalArgumentException("not a sortable project field: " + query.sort().field());
        }
        // Open dates sort last ascending and first descending (Postgres' default for NULLs), both ways by index.
        String direction = query.sort().descending() ? " DESC" : " ASC";
        var where = new StringBuilder("deleted_at IS NULL");
        query.status().ifPresent(s -> where.append("\n  AND ").append(HAS_STATUS));
        query.search().ifPresent(s -> where.append("\n  AND ").append(MATCHES_SEARCH));
        var select = new PagedSelect("projects", ProjectRow.COLUMNS, where.toString(),
                column + direction + ", id" + direction, query.search().isPresent());
        Consumer<Query> bind = statement -> {
            query.status().ifPresent(s -> statement.bind("status", s.apiName()));
            query.search().ifPresent(s -> SearchMatch.bind(statement, s));
        };
        return jdbi.withHandle(handle -> select.run(handle, page, bind, ProjectRow.MAPPER, narrowFirstUpTo))
                .map(ProjectRow::toProject);
    }
}
