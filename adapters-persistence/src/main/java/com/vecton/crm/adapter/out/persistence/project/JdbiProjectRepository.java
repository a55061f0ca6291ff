package com.vecton.crm.adapter.out.persistence.project;

import com.vecton.crm.adapter.out.persistence.Columns;
import com.vecton.crm.adapter.out.persistence.JdbiStore;
import com.vecton.crm.adapter.out.persistence.PagedSelect;
import com.vecton.crm.adapter.out.persistence.SearchMatch;
import com.vecton.crm.adapter.out.persistence.Table;
import com.vecton.crm.application.port.out.ProjectRepository;
import com.vecton.crm.domain.access.Visibility;
import com.vecton.crm.domain.listing.Page;
import com.vecton.crm.domain.listing.PageRequest;
import com.vecton.crm.domain.project.Project;
import com.vecton.crm.domain.project.ProjectDetails;
import com.vecton.crm.domain.project.ProjectId;
import com.vecton.crm.domain.project.ProjectQuery;
import com.vecton.crm.domain.project.ProjectStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.Update;

/** {@link ProjectRepository} on Postgres ({@code projects}, V6); rows mapped by hand, as every store's. */
public final class JdbiProjectRepository extends JdbiStore<ProjectId, Project> implements ProjectRepository {
    private static final Table PROJECTS =
            Table.keepingHistory("projects", "name", "description", "status", "start_date", "end_date", "owner_id");

    /**
     * API sort field to sort key, each with an index {@code (key, id)} (V6). The name sorts on its
     * case- and accent-folded form, as company names do; open dates sort last ascending and first
     * descending (Postgres' default for NULLs), both ways by index.
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

    private static final RowMapper<Project> PROJECT = (rows, context) -> Project.restore(
            new ProjectId(rows.getLong(1)),
            new ProjectDetails(
                    rows.getString(2),
                    rows.getString(3),
                    ProjectStatus.fromStored(rows.getString(4)),
                    rows.getObject(5, LocalDate.class),
                    rows.getObject(6, LocalDate.class),
                    Columns.userId(rows, 7)),
            Columns.userId(rows, 8),
            Columns.instant(rows, 9),
            Columns.instant(rows, 10),
            Columns.instant(rows, 11),
            rows.getLong(12));

    /** Each attribute a list of projects can be filtered on (Project.FILTERABLE), tested over a text[] of values. */
    private static final Map<String, String> VISIBILITY_TESTS = Map.of(
            "status", "status = ANY (%s)",
            "owner_id", "owner_id = ANY (%s)",
            "created_by", "created_by = ANY (%s)");

    public JdbiProjectRepository(Jdbi jdbi) {
        this(jdbi, PagedSelect.NARROW_FIRST_UP_TO);
    }

    /** With the threshold of {@link PagedSelect} given, so that tests reach both query shapes. */
    JdbiProjectRepository(Jdbi jdbi, long narrowFirstUpTo) {
        super(jdbi, PROJECTS, ProjectId::new, narrowFirstUpTo);
    }

    @Override
    protected List<Project> read(Handle handle, Query rows) {
        return rows.map(PROJECT).list();
    }

    @Override
    protected void bind(Update row, Project project) {
        var d = project.details();
        row.bind("id", project.id().value())
                .bind("name", d.name())
                .bind("description", d.description())
                .bind("status", d.status().apiName())
                .bind("start_date", d.startDate())
                .bind("end_date", d.endDate())
                .bind("owner_id", d.ownerId() == null ? null : d.ownerId().value());
        bindLifecycle(row, project);
    }

    @Override
    public Page<Project> search(ProjectQuery query, Visibility visible, PageRequest page) {
        var where = live();
        query.status().ifPresent(s -> where.and("status = :status", q -> q.bind("status", s.apiName())));
        query.search().ifPresent(s -> where.and(MATCHES_SEARCH, q -> SearchMatch.bind(q, s)));
        where.and(visible(visible));
        return page(where, SORT_COLUMNS, query.sort(), query.search().isPresent(), page);
    }

    @Override
    protected Map<String, String> visibilityTests() {
        return VISIBILITY_TESTS;
    }
}
