package com.vecton.crm.adapter.out.persistence.event;

import static com.vecton.crm.adapter.out.persistence.event.EventFixture.AGOTA;
import static com.vecton.crm.adapter.out.persistence.event.EventFixture.ODON;
import static com.vecton.crm.adapter.out.persistence.event.EventFixture.TENANT;
import static com.vecton.crm.adapter.out.persistence.event.EventFixture.event;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vecton.crm.adapter.out.persistence.Persistence;
import com.vecton.crm.adapter.out.persistence.testing.TestDatabase;
import com.vecton.crm.application.port.in.event.HandleIdentityEventUseCase.Outcome;
import com.vecton.crm.application.service.event.HandleIdentityEventService;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.event.IdentityChange.MemberAdded;
import com.vecton.crm.domain.event.IdentityChange.MemberRemoved;
import com.vecton.crm.domain.event.IdentityChange.PolicyUpdated;
import com.vecton.crm.domain.event.IdentityChange.UserScheduledForDeletion;
import com.vecton.crm.domain.event.IdentityChange.UserUpdated;
import com.vecton.crm.domain.event.IdentityEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The identity-event handlers end to end on real Postgres: the contract's table, once per event id. */
class HandleIdentityEventServiceTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Persistence db;
    private EventFixture fixture;
    private HandleIdentityEventService handler;

    @BeforeAll
    static void connect() {
        db = Persistence.connect(TestDatabase.fresh());
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @BeforeEach
    void usersAndHandler() {
        TestDatabase.clean(db.dataSource());
        fixture = new EventFixture(db);
        fixture.users();
        handler = fixture.handler();
    }

    @Test
    void scheduled_for_deletion_unassigns_the_user_everywhere_keeps_the_tasks_and_deactivates_them_in_one_audit_row()
            throws Exception {
        var project = fixture.project();
        var shared = fixture.task(project, 0, ODON, AGOTA);
        var alone = fixture.task(project, 1, ODON);
        var deleted = fixture.task(project, -1, ODON);
        var others = fixture.task(project, 2, AGOTA);

        assertEquals(Outcome.APPLIED, handler.handle(event(new UserScheduledForDeletion(ODON))));

        assertEquals(Set.of("u-agota"), fixture.assignees(shared));
        assertEquals(Set.of(), fixture.assignees(alone), "left unassigned");
        assertEquals(Set.of(), fixture.assignees(deleted), "deleted tasks lose the user too");
        assertEquals(Set.of("u-agota"), fixture.assignees(others));
        assertEquals(4L, fixture.count("tasks"), "every task stays");
        assertFalse(fixture.isActive(ODON));
        assertTrue(fixture.isActive(AGOTA));
        var audit = fixture.auditRows();
        assertEquals(1, audit.size(), audit::toString);
        assertEquals(
                Map.of(
                        "actor_user_id",
                        "system:identity",
                        "subject_type",
                        "tenant_user",
                        "subject_id",
                        "u-odon",
                        "event",
                        "scheduled_for_deletion"),
                without(audit.getFirst(), "changes"));
        assertEquals(
                JSON.readTree("""
                        {"is_active": {"before": true, "after": false},
                         "unassigned_task_ids": {"before": [%d, %d, %d], "after": []}}""".formatted(shared.value(), alone.value(), deleted.value())),
                changes(audit.getFirst()));
        assertEquals(1L, fixture.count("outbox"), "the audit row is also an event");
    }

    @Test
    void a_duplicate_event_id_changes_nothing_the_second_time() {
        var project = fixture.project();
        var task = fixture.task(project, 0, ODON);
        var removal = event(new UserScheduledForDeletion(ODON));

        assertEquals(Outcome.APPLIED, handler.handle(removal));
        // Someone assigns the user again (as if re-added to the tenant); a redelivery must not undo it.
        fixture.sql().useHandle(h -> h.execute("UPDATE tenant_users SET is_active = true WHERE id = 'u-odon'"));
        fixture.sql().useHandle(h -> h.execute("INSERT INTO task_assignees VALUES (" + task.value() + ", 'u-odon')"));

        assertEquals(Outcome.DUPLICATE, handler.handle(removal));

        assertEquals(Set.of("u-odon"), fixture.assignees(task));
        assertTrue(fixture.isActive(ODON));
        assertEquals(1, fixture.auditRows().size());
        assertEquals(1L, fixture.count("processed_events"));
    }

    @Test
    void a_user_update_mirrors_the_profile_and_audits_only_the_changed_fields() throws Exception {
        var update = new UserUpdated(ODON, "Ödön Árvai-Kiss", "odon@acme.test", "en", "Europe/Budapest");

        assertEquals(Outcome.APPLIED, handler.handle(event(update)));

        assertEquals(
                Map.of(
                        "name",
                        "Ödön Árvai-Kiss",
                        "email",
                        "odon@acme.test",
                        "locale",
                        "en",
                        "timezone",
                        "Europe/Budapest"),
                profile(ODON));
        var audit = fixture.auditRows();
        assertEquals(1, audit.size());
        assertEquals(
                Map.of(
                        "actor_user_id",
                        "system:identity",
                        "subject_type",
                        "tenant_user",
                        "subject_id",
                        "u-odon",
                        "event",
                        "updated"),
                without(audit.getFirst(), "changes"));
        assertEquals(JSON.readTree("""
                        {"name": {"before": "Ödön Árvai", "after": "Ödön Árvai-Kiss"},
                         "locale": {"before": "hu", "after": "en"}}"""), changes(audit.getFirst()));
    }

    @Test
    void a_user_update_that_changes_nothing_is_recorded_without_an_audit_row() {
        var same = new UserUpdated(ODON, "Ödön Árvai", "odon@acme.test", "hu", "Europe/Budapest");

        assertEquals(Outcome.APPLIED, handler.handle(event(same)));

        assertEquals(List.of(), fixture.auditRows());
        assertEquals(1L, fixture.count("processed_events"));
    }

    @Test
    void a_user_update_of_an_unknown_user_creates_no_mirror_but_is_recorded() {
        var stranger = event(new UserUpdated(new UserId("u-stranger"), "Stranger", "s@acme.test", null, null));

        assertEquals(Outcome.APPLIED, handler.handle(stranger));

        assertEquals(2L, fixture.count("tenant_users"));
        assertEquals(List.of(), fixture.auditRows());
        assertEquals(Outcome.DUPLICATE, handler.handle(stranger));
    }

    @Test
    void a_member_added_changes_nothing_but_is_recorded() {
        assertEquals(Outcome.APPLIED, handler.handle(event(new MemberAdded(TENANT, new UserId("u-new")))));

        assertEquals(2L, fixture.count("tenant_users"), "the mirror row is made on the first call");
        assertEquals(List.of(), fixture.auditRows());
        assertEquals(1L, fixture.count("processed_events"));
    }

    @Test
    void a_member_removed_from_our_tenant_deactivates_once_and_audits_only_the_change() throws Exception {
        assertEquals(Outcome.APPLIED, handler.handle(event(new MemberRemoved(TENANT, ODON))));
        assertEquals(Outcome.APPLIED, handler.handle(event(new MemberRemoved(TENANT, ODON))), "another event id");

        assertFalse(fixture.isActive(ODON));
        var audit = fixture.auditRows();
        assertEquals(1, audit.size(), "the second removal changed nothing");
        assertEquals("deactivated", audit.getFirst().get("event"));
        assertEquals(JSON.readTree("""
                {"is_active": {"before": true, "after": false}}"""), changes(audit.getFirst()));
        assertEquals(2L, fixture.count("processed_events"));
    }

    @Test
    void a_policy_update_of_our_tenant_touches_no_data_but_is_recorded() {
        assertEquals(Outcome.APPLIED, handler.handle(event(new PolicyUpdated(TENANT))));

        assertEquals(List.of(), fixture.auditRows());
        assertEquals(1L, fixture.count("processed_events"));
    }

    @Test
    void events_of_another_tenant_are_ignored_and_not_recorded() {
        assertEquals(Outcome.OTHER_TENANT, handler.handle(event(new MemberRemoved("t-other", ODON))));
        assertEquals(Outcome.OTHER_TENANT, handler.handle(event(new PolicyUpdated("t-other"))));
        assertEquals(Outcome.OTHER_TENANT, handler.handle(event(new MemberAdded("t-other", ODON))));
        assertEquals(
                Outcome.OTHER_TENANT,
                handler.handle(new IdentityEvent(
                        "e-envelope", EventFixture.T0, "t-other", new UserScheduledForDeletion(ODON))));

        assertTrue(fixture.isActive(ODON));
        assertEquals(0L, fixture.count("processed_events"));
        assertEquals(List.of(), fixture.auditRows());
    }

    @Test
    void a_failure_inside_the_handler_rolls_back_the_event_id_too_so_a_redelivery_applies_it() {
        var task = fixture.task(fixture.project(), 0, ODON);
        var deletion = event(new UserScheduledForDeletion(ODON));
        // The audit row is the handler's last write: failing there, every earlier change must go too.
        fixture.sql().useHandle(h -> h.execute("""
                CREATE FUNCTION refuse_audit() RETURNS trigger LANGUAGE plpgsql AS
                $$ BEGIN RAISE EXCEPTION 'audit trail unavailable'; END $$;
                CREATE TRIGGER refuse_audit BEFORE INSERT ON activity_log FOR EACH ROW EXECUTE FUNCTION refuse_audit();
                """));
        try {
            var failure = assertThrows(RuntimeException.class, () -> handler.handle(deletion));
            assertTrue(String.valueOf(failure.getMessage()).contains("audit trail unavailable"), failure::toString);
        } finally {
            fixture.sql()
                    .useHandle(
                            h -> h.execute("DROP TRIGGER refuse_audit ON activity_log; DROP FUNCTION refuse_audit()"));
        }
        assertEquals(0L, fixture.count("processed_events"));
        assertTrue(fixture.isActive(ODON));
        assertEquals(Set.of("u-odon"), fixture.assignees(task));

        assertEquals(Outcome.APPLIED, handler.handle(deletion), "the redelivery");

        assertFalse(fixture.isActive(ODON));
        assertEquals(Set.of(), fixture.assignees(task));
        assertEquals(1, fixture.auditRows().size());
    }

    /**
     * The first delivery is held inside its transaction (a test session locks the user's row), so
     * the second certainly meets the first's uncommitted event id; it must wait, then find it taken.
     */
    @Test
    void a_second_delivery_while_the_first_is_in_flight_waits_and_is_a_duplicate() throws Exception {
        var removal = event(new MemberRemoved(TENANT, ODON));
        var pool = Executors.newFixedThreadPool(2);
        try (Handle blocker = fixture.sql().open()) {
            blocker.begin();
            blocker.execute("SELECT 1 FROM tenant_users WHERE id = 'u-odon' FOR UPDATE");
            Future<Outcome> first = pool.submit(() -> handler.handle(removal));
            awaitSessionsWaitingForLock(1);
            Future<Outcome> second = pool.submit(() -> handler.handle(removal));
            awaitSessionsWaitingForLock(2);
            blocker.commit();

            assertEquals(Outcome.APPLIED, first.get(10, TimeUnit.SECONDS));
            assertEquals(Outcome.DUPLICATE, second.get(10, TimeUnit.SECONDS));
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, fixture.auditRows().size());
        assertEquals(1L, fixture.count("processed_events"));
    }

    /**
     * An edit that loaded the task before the deletion event saves its assignee rows back (the
     * task repository re-inserts the kept ones). The handler must wait for it, in the use cases'
     * lock order (project, then task), and then remove the user; otherwise the user ends up
     * assigned again although inactive.
     */
    @Test
    void a_task_edit_in_flight_cannot_put_the_deleted_user_back() throws Exception {
        var project = fixture.project();
        var task = fixture.task(project, 0, ODON, AGOTA);
        var pool = Executors.newSingleThreadExecutor();
        try (Handle edit = fixture.sql().open()) {
            edit.begin();
            edit.execute("SELECT 1 FROM projects WHERE id = ? FOR UPDATE", project.value());
            edit.execute("SELECT 1 FROM tasks WHERE id = ? FOR UPDATE", task.value());
            Future<Outcome> deletion = pool.submit(() -> handler.handle(event(new UserScheduledForDeletion(ODON))));
            awaitSessionsWaitingForLock(1);
            // What JdbiTaskRepository.save does with the assignees the edit loaded: both kept.
            edit.execute(
                    "INSERT INTO task_assignees (task_id, user_id) VALUES (?, 'u-odon'), (?, 'u-agota') "
                            + "ON CONFLICT DO NOTHING",
                    task.value(),
                    task.value());
            edit.commit();

            assertEquals(Outcome.APPLIED, deletion.get(10, TimeUnit.SECONDS));
        } finally {
            pool.shutdownNow();
        }
        assertEquals(Set.of("u-agota"), fixture.assignees(task));
    }

    @Test
    void of_eight_concurrent_deliveries_of_one_event_exactly_one_applies() throws Exception {
        var deletion = event(new UserScheduledForDeletion(ODON));
        fixture.task(fixture.project(), 0, ODON, AGOTA);
        var pool = Executors.newFixedThreadPool(8);
        var outcomes = new ArrayList<Outcome>();
        try {
            var start = new CountDownLatch(1);
            var deliveries = new ArrayList<Future<Outcome>>();
            for (int i = 0; i < 8; i++) {
                deliveries.add(pool.submit(() -> {
                    start.await();
                    return handler.handle(deletion);
                }));
            }
            start.countDown();
            for (var delivery : deliveries) {
                outcomes.add(delivery.get(10, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, outcomes.stream().filter(o -> o == Outcome.APPLIED).count(), outcomes::toString);
        assertEquals(7, outcomes.stream().filter(o -> o == Outcome.DUPLICATE).count(), outcomes::toString);
        assertEquals(1, fixture.auditRows().size());
    }

    private Map<String, Object> profile(UserId user) {
        return fixture.sql()
                .withHandle(h -> h.createQuery("SELECT name, email, locale, timezone FROM tenant_users WHERE id = :id")
                        .bind("id", user.value())
                        .mapToMap()
                        .one());
    }

    private static Map<String, Object> without(Map<String, Object> row, String column) {
        var copy = new HashMap<>(row);
        copy.remove(column);
        return copy;
    }

    private static JsonNode changes(Map<String, Object> auditRow) throws Exception {
        return JSON.readTree((String) auditRow.get("changes"));
    }

    /** Returns once at least {@code sessions} sessions of this database wait for a lock; fails after ten seconds. */
    private void awaitSessionsWaitingForLock(int sessions) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (fixture.sql()
                        .withHandle(h -> h.createQuery("""
                        SELECT count(*) FROM pg_stat_activity
                        WHERE datname = current_database() AND wait_event_type = 'Lock'""").mapTo(Long.class).one())
                < sessions) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(sessions + " sessions did not wait for a lock within ten seconds");
            }
            Thread.sleep(5);
        }
    }
}
