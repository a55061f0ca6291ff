package com.vecton.crm.adapter.out.persistence.task;

import static com.vecton.crm.domain.testing.ProjectDetailsBuilder.aProject;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vecton.crm.adapter.out.persistence.Persistence;
import com.vecton.crm.adapter.out.persistence.testing.UseCaseKits;
import com.vecton.crm.application.service.task.TaskServices;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.label.TaskLabelId;
import com.vecton.crm.domain.project.Project;
import com.vecton.crm.domain.project.ProjectId;
import com.vecton.crm.domain.project.ProjectStatus;
import com.vecton.crm.domain.task.TaskDetails;
import com.vecton.crm.domain.task.TaskStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.jdbi.v3.core.Jdbi;

/** Test data and checks shared by the task tests: projects, users, labels, and the board's positions as stored. */
final class TaskFixture {
    static final Instant T0 = Instant.parse("2026-11-20T10:00:00Z");
    static final UserId ADMIN = new UserId("u-admin");
    static final UserId ODON = new UserId("u-odon");
    static final UserId AGOTA = new UserId("u-agota");
    static final UserId GONE = new UserId("u-gone");

    private final Persistence db;
    private final Jdbi sql;

    TaskFixture(Persistence db) {
        this.db = db;
        this.sql = Jdbi.create(db.dataSource());
    }

    void users() {
        sql.useHandle(h -> h.execute("""
                INSERT INTO tenant_users (id, name, email, is_active) VALUES
                    ('u-odon', 'Ödön Árvai', 'odon@acme.test', true), ('u-agota', 'Ágota Bíró', 'agota@acme.test', true),
                    ('u-gone', 'Gone Away', 'gone@acme.test', false)"""));
    }

    ProjectId project(ProjectStatus status) {
        var id = db.projects().nextId();
        db.projects().save(Project.create(id, aProject().withStatus(status).build(), ADMIN, T0));
        return id;
    }

    TaskLabelId label(String name) {
        return new TaskLabelId(sql.withHandle(
                h -> h.createQuery("""
                        INSERT INTO task_labels (name, color, created_at, updated_at)
                        VALUES (:name, '#FF0000', now(), now()) RETURNING id""").bind("name", name).mapTo(Long.class).one()));
    }

    TaskServices services() {
        return new TaskServices(db.tasks(), db.projects(), db.taskLabels(), db.tenantUsers(), UseCaseKits.on(db));
    }

    static TaskDetails task(String title, ProjectId project, TaskStatus status) {
        return new TaskDetails(title, null, project, status, null, null, null, null);
    }

    /** The stored positions of the project's live tasks, by status, each column in position order. */
    Map<String, List<Integer>> positions(ProjectId project) {
        var columns = new TreeMap<String, List<Integer>>();
        sql.useHandle(h -> h.createQuery("""
                        SELECT status, position FROM tasks
                        WHERE project_id = :p AND deleted_at IS NULL ORDER BY status, position""")
                .bind("p", project.value())
                .map((r, c) -> Map.entry(r.getString(1), r.getInt(2)))
                .forEach(e -> columns.computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                        .add(e.getValue())));
        return columns;
    }

    /** Fails unless every column of the project holds positions 0, 1, 2, … exactly; returns the live count. */
    int assertContiguous(ProjectId project) {
        int live = 0;
        for (var column : positions(project).entrySet()) {
            var positions = column.getValue();
            assertEquals(
                    IntStream.range(0, positions.size()).boxed().toList(),
                    positions,
                    "positions of column " + column.getKey());
            live += positions.size();
        }
        return live;
    }

    long count(String where) {
        return sql.withHandle(h -> h.createQuery("SELECT count(*) FROM tasks WHERE " + where)
                .mapTo(Long.class)
                .one());
    }

    long auditRows(String event) {
        return sql.withHandle(
                h -> h.createQuery("SELECT count(*) FROM activity_log WHERE subject_type = 'task' AND event = :e")
                        .bind("e", event)
                        .mapTo(Long.class)
                        .one());
    }

    /** What a task is, for comparing two reads of one (tasks compare by identity). */
    static List<Object> state(com.vecton.crm.domain.task.Task task) {
        return List.of(task.id(), task.asFields(), task.lifecycle());
    }

    Jdbi sql() {
        return sql;
    }
}
