package com.vecton.crm.adapter.out.persistence.task;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vecton.crm.adapter.out.persistence.Persistence;
import com.vecton.crm.adapter.out.persistence.testing.TestDatabase;
import com.vecton.crm.domain.access.Visibility;
import com.vecton.crm.domain.access.Visibility.Filter;
import com.vecton.crm.domain.access.Visibility.Grant;
import com.vecton.crm.domain.listing.PageRequest;
import com.vecton.crm.domain.project.ProjectStatus;
import com.vecton.crm.domain.task.TaskQuery;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The gate's {@link Visibility} run as SQL on real rows: allows and denies on assignees, creator,
 * status and project, three-valued like the gate (a task without a creator is unknown to a test
 * on {@code created_by}: never allowed by one, always denied by one), and totals that count only
 * what is visible.
 */
class TaskVisibilityTest {
    private static Persistence db;
    private static long projectOne;
    private static long projectTwo;

    @BeforeAll
    static void tasks() {
        db = Persistence.connect(TestDatabase.fresh());
        var fixture = new TaskFixture(db);
        fixture.users();
        projectOne = fixture.project(ProjectStatus.ACTIVE).value();
        projectTwo = fixture.project(ProjectStatus.ACTIVE).value();
        Jdbi.create(db.dataSource()).useHandle(h -> {
            h.execute("""
                    INSERT INTO tasks (project_id, title, status, priority, position, completed_at, created_by, created_at, updated_at)
                    VALUES (?, 'one', 'todo', 'normal', 0, NULL, 'u-odon', now(), now()),
                           (?, 'two', 'done', 'normal', 0, now(), 'u-agota', now(), now()),
                           (?, 'three', 'review', 'normal', 0, NULL, NULL, now(), now()),
                           (?, 'four', 'done', 'normal', 0, now(), 'u-agota', now(), now())""", projectOne, projectOne, projectTwo, projectTwo);
            h.execute("""
                    INSERT INTO task_assignees (task_id, user_id)
                    SELECT id, 'u-odon' FROM tasks WHERE title IN ('one', 'four')
                    UNION ALL SELECT id, 'u-agota' FROM tasks WHERE title IN ('two', 'four')""");
        });
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static Set<String> visible(Visibility visibility) {
        var page = db.tasks().search(TaskQuery.all(), visibility, new PageRequest(1, 100));
        var titles = new TreeSet<String>();
        page.items().forEach(task -> titles.add(task.details().title()));
        assertEquals(titles.size(), page.total(), "the total counts what is visible");
        return titles;
    }

    private static Visibility allow(Filter... allows) {
        return new Visibility(List.of(new Grant(List.of(allows), List.of())));
    }

    private static Visibility allowAllBut(Filter... denies) {
        return new Visibility(List.of(new Grant(List.of(Filter.ALWAYS), List.of(denies))));
    }

    private static Filter where(String attribute, String... values) {
        return new Filter(List.of(new Visibility.Test(attribute, false, List.of(values))));
    }

    private static Filter whereNot(String attribute, String... values) {
        return new Filter(List.of(new Visibility.Test(attribute, true, List.of(values))));
    }

    @Test
    void everything_is_every_live_task() {
        assertEquals(Set.of("one", "two", "three", "four"), visible(Visibility.EVERYTHING));
    }

    @Test
    void an_assignee_sees_the_tasks_they_are_on() {
        assertEquals(Set.of("one", "four"), visible(allow(where("assignee_ids", "u-odon"))));
        assertEquals(Set.of("two", "three"), visible(allow(whereNot("assignee_ids", "u-odon"))));
    }

    @Test
    void allows_add_up_and_denies_take_away() {
        assertEquals(Set.of("one", "three"), visible(allow(where("created_by", "u-odon"), where("status", "review"))));
        assertEquals(Set.of("one", "three"), visible(allowAllBut(where("status", "done"))));
        assertEquals(Set.of("three", "four"), visible(allow(where("project_id", Long.toString(projectTwo)))));
    }

    @Test
    void a_missing_creator_is_unknown_never_allowed_always_denied() {
        assertEquals(Set.of("one"), visible(allow(whereNot("created_by", "u-agota"))));
        assertEquals(Set.of("two", "four"), visible(allowAllBut(where("created_by", "u-odon"))));
    }

    @Test
    void every_grant_must_hold_and_a_filter_needs_all_of_its_tests() {
        var listAndView = new Visibility(List.of(
                new Grant(List.of(where("assignee_ids", "u-odon")), List.of()),
                new Grant(List.of(Filter.ALWAYS), List.of(where("status", "done")))));
        assertEquals(Set.of("one"), visible(listAndView));
        var both = new Filter(List.of(
                new Visibility.Test("assignee_ids", false, List.of("u-agota")),
                new Visibility.Test("status", false, List.of("done"))));
        assertEquals(Set.of("two", "four"), visible(allow(both)));
    }
}
