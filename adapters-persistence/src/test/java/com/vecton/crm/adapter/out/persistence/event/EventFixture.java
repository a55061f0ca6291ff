package com.vecton.crm.adapter.out.persistence.event;

import static com.vecton.crm.domain.testing.ProjectDetailsBuilder.aProject;

import com.vecton.crm.adapter.out.persistence.Persistence;
import com.vecton.crm.application.port.out.Clock;
import com.vecton.crm.application.service.audit.AuditTrail;
import com.vecton.crm.application.service.event.HandleIdentityEventService;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.audit.ActivityEntry;
import com.vecton.crm.domain.audit.Actor;
import com.vecton.crm.domain.audit.AuditEvent;
import com.vecton.crm.domain.audit.Changes;
import com.vecton.crm.domain.audit.FieldChange;
import com.vecton.crm.domain.event.IdentityChange;
import com.vecton.crm.domain.event.IdentityEvent;
import com.vecton.crm.domain.project.Project;
import com.vecton.crm.domain.project.ProjectId;
import com.vecton.crm.domain.task.Task;
import com.vecton.crm.domain.task.TaskDetails;
import com.vecton.crm.domain.task.TaskId;
import com.vecton.crm.domain.task.TaskStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/** Test data and checks shared by the event tests: users, tasks, identity events, and rows as stored. */
final class EventFixture {
    static final String TENANT = "t-acme";
    static final Instant T0 = Instant.parse("2026-11-20T10:00:00Z");
    static final UserId ADMIN = new UserId("u-admin");
    static final UserId ODON = new UserId("u-odon");
    static final UserId AGOTA = new UserId("u-agota");

    private final Persistence db;
    private final Jdbi sql;

    EventFixture(Persistence db) {
        this.db = db;
        this.sql = Jdbi.create(db.dataSource());
    }

    void users() {
        sql.useHandle(h -> h.execute("""
                INSERT INTO tenant_users (id, name, email, locale, timezone, is_active) VALUES
                    ('u-odon', 'Ödön Árvai', 'odon@acme.test', 'hu', 'Europe/Budapest', true),
                    ('u-agota', 'Ágota Bíró', 'agota@acme.test', 'hu', 'Europe/Budapest', true)"""));
    }

    HandleIdentityEventService handler() {
        return new HandleIdentityEventService(
                TENANT,
                db.transactions(),
                db.processedEvents(),
                db.tenantUsers(),
                db.tasks(),
                new AuditTrail(db.activityLog()),
                Clock.system());
    }

    static IdentityEvent event(IdentityChange change) {
        return new IdentityEvent(UUID.randomUUID().toString(), T0, null, change);
    }

    ProjectId project() {
        var id = db.projects().nextId();
        db.projects().save(Project.create(id, aProject().build(), ADMIN, T0));
        return id;
    }

    /** A live task at the given position, or a deleted one when position is negative. */
    TaskId task(ProjectId project, int position, UserId... assignees) {
        var id = db.tasks().nextId();
        var task = Task.create(
                id,
                new TaskDetails("Task " + id, null, project, TaskStatus.TODO, null, null, Set.of(assignees), null),
                Math.max(position, 0),
                ADMIN,
                T0);
        db.tasks().save(position < 0 ? task.delete(T0.plusSeconds(1)) : task);
        return id;
    }

    Set<String> assignees(TaskId task) {
        List<String> users = sql.withHandle(h -> h.createQuery("SELECT user_id FROM task_assignees WHERE task_id = :id")
                .bind("id", task.value())
                .mapTo(String.class)
                .list());
        return new TreeSet<>(users);
    }

    boolean isActive(UserId user) {
        return sql.withHandle(h -> h.createQuery("SELECT is_active FROM tenant_users WHERE id = :id")
                .bind("id", user.value())
                .mapTo(Boolean.class)
                .one());
    }

    long count(String table) {
        return sql.withHandle(h ->
                h.createQuery("SELECT count(*) FROM " + table).mapTo(Long.class).one());
    }

    /** Every audit row as actor, subject type, subject id, event and changes (JSON text), oldest first. */
    List<Map<String, Object>> auditRows() {
        return sql.withHandle(h -> h.createQuery("""
                        SELECT actor_user_id, subject_type, subject_id, event, changes::text AS changes
                        FROM activity_log ORDER BY id""").mapToMap().list());
    }

    /** Records an audit row (and so an outbox event) of {@code subject}, its counter in the changes. */
    void record(String subject, long counter) {
        db.activityLog()
                .record(new ActivityEntry(
                        new Actor(ADMIN, null),
                        "contact",
                        subject,
                        AuditEvent.UPDATED,
                        new Changes(Map.of("counter", new FieldChange(counter - 1, counter))),
                        T0));
    }

    Jdbi sql() {
        return sql;
    }
}
