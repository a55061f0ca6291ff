package com.vecton.crm.adapter.out.persistence.project;

import static com.vecton.crm.domain.testing.ProjectDetailsBuilder.aProject;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vecton.crm.adapter.out.persistence.Persistence;
import com.vecton.crm.adapter.out.persistence.testing.TestDatabase;
import com.vecton.crm.application.port.out.ProjectRepository;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.listing.PageRequest;
import com.vecton.crm.domain.listing.SortOrder;
import com.vecton.crm.domain.project.Project;
import com.vecton.crm.domain.project.ProjectEdit;
import com.vecton.crm.domain.project.ProjectQuery;
import com.vecton.crm.domain.project.ProjectStatus;
import com.vecton.crm.domain.search.SearchText;
import com.vecton.crm.domain.testing.ProjectDetailsBuilder;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JdbiProjectRepositoryTest {
    private static final Instant T0 = Instant.parse("2026-11-20T10:00:00.123456Z");
    private static final Instant LATER = Instant.parse("2026-11-21T08:30:00.654321Z");
    private static final UserId USER = new UserId("u-1001");
    private static final PageRequest FIRST_PAGE = new PageRequest(1, 25);

    private static Persistence db;
    private static Jdbi sql;
    private ProjectRepository projects;

    @BeforeAll
    static void connect() {
        db = Persistence.connect(TestDatabase.fresh());
        sql = Jdbi.create(db.dataSource());
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @BeforeEach
    void emptyTables() {
        TestDatabase.clean(db.dataSource());
        projects = db.projects();
        sql.useHandle(h -> h.execute("INSERT INTO tenant_users (id, name) VALUES ('u-owner', 'Olga Owner')"));
    }

    @Test
    void saved_project_is_found_with_every_field() {
        var details = aProject()
                .named("Árvíztűrő relaunch")
                .describedAs("New shop.")
                .withStatus(ProjectStatus.ON_HOLD)
                .running("2026-05-01", "2026-06-30")
                .ownedBy("u-owner")
                .build();
        var project = Project.create(projects.nextId(), details, USER, T0);

        projects.save(project);

        var found = projects.findById(project.id()).orElseThrow();
        assertEquals(details, found.details());
        assertEquals(USER, found.createdBy().orElseThrow());
        assertEquals(T0, found.createdAt());
        assertTrue(found.deletedAt().isEmpty());
    }

    @Test
    void saving_again_overwrites_and_a_deleted_project_is_only_found_by_locking() {
        var project = save(aProject().named("Old"));
        var edited = project.edit(
                ProjectEdit.replacingWith(aProject()
                        .named("New")
                        .withStatus(ProjectStatus.COMPLETED)
                        .build()),
                LATER);

        db.transactions()
                .inTransaction(() -> projects.save(projects.lockById(project.id())
                        .orElseThrow()
                        .edit(ProjectEdit.replacingWith(edited.details()), LATER)
                        .delete(LATER)));

        assertTrue(projects.findById(project.id()).isEmpty());
        var locked = db.transactions()
                .inTransaction(() -> projects.lockById(project.id()).orElseThrow());
        assertEquals("New", locked.details().name());
        assertEquals(ProjectStatus.COMPLETED, locked.details().status());
        assertEquals(LATER, locked.deletedAt().orElseThrow());
    }

    @Test
    void search_ignores_case_and_accents_and_skips_deleted_projects() {
        var arvai = save(aProject().named("Árvai rollout"));
        var plain = save(aProject().named("ARVAI migration"));
        save(aProject().named("Müller audit"));
        var gone = save(aProject().named("Arvai archive"));
        projects.save(gone.delete(LATER));

        assertEquals(List.of(arvai.id(), plain.id()), ids(query("árva", null, "created_at")));
    }

    @Test
    void search_folds_german_transliterations() {
        var umlaut = save(aProject().named("Prüfung Köln"));
        var written = save(aProject().named("Pruefung Koeln"));

        assertEquals(List.of(umlaut.id(), written.id()), ids(query("pruefung koeln", null, "created_at")));
        assertEquals(List.of(umlaut.id(), written.id()), ids(query("PRÜFUNG", null, "created_at")));
    }

    @Test
    void the_status_filter_keeps_only_that_status() {
        save(aProject().named("A").withStatus(ProjectStatus.ACTIVE));
        var held = save(aProject().named("B").withStatus(ProjectStatus.ON_HOLD));

        assertEquals(List.of(held.id()), ids(query(null, ProjectStatus.ON_HOLD, "name")));
        assertEquals(List.of(), ids(query(null, ProjectStatus.ARCHIVED, "name")));
    }

    @Test
    void sorts_by_folded_name_and_by_dates_in_both_directions() {
        var zeta = save(aProject().named("Zeta").running("2026-01-01", "2026-03-01"));
        var alpha = save(aProject().named("Ágota").running("2026-02-01", "2026-02-15"));
        var beta = save(aProject().named("beta").running("2025-12-01", null));

        assertEquals(List.of(alpha.id(), beta.id(), zeta.id()), ids(query(null, null, "name")));
        assertEquals(List.of(alpha.id(), zeta.id(), beta.id()), ids(query(null, null, "-start_date")));
        assertEquals(
                List.of(alpha.id(), zeta.id(), beta.id()),
                ids(query(null, null, "end_date")),
                "an open end sorts last");
    }

    @Test
    void the_schema_refuses_an_end_before_the_start_and_an_unknown_owner() {
        var before = assertThrows(UnableToExecuteStatementException.class, () -> sql.useHandle(h -> h.execute("""
                INSERT INTO projects (name, start_date, end_date, created_at, updated_at)
                VALUES ('x', '2026-05-02', '2026-05-01', now(), now())""")));
        assertTrue(before.getMessage().contains("projects_ends_after_start"), before.getMessage());
        var owner = assertThrows(UnableToExecuteStatementException.class, () -> sql.useHandle(h -> h.execute("""
                INSERT INTO projects (name, owner_id, created_at, updated_at) VALUES ('x', 'u-nobody', now(), now())""")));
        assertTrue(owner.getMessage().contains("owner_id"), owner.getMessage());
        assertFalse(projects.search(query(null, null, "name"), FIRST_PAGE).total() > 0);
    }

    private Project save(ProjectDetailsBuilder details) {
        var project = Project.create(projects.nextId(), details.build(), USER, T0);
        projects.save(project);
        return project;
    }

    private static ProjectQuery query(String search, ProjectStatus status, String sort) {
        return new ProjectQuery(
                SearchText.of(search),
                Optional.ofNullable(status),
                SortOrder.parse(sort, ProjectQuery.SORTABLE, ProjectQuery.DEFAULT_SORT));
    }

    private List<com.vecton.crm.domain.project.ProjectId> ids(ProjectQuery query) {
        return projects.search(query, FIRST_PAGE).items().stream()
                .map(Project::id)
                .toList();
    }
}
