package com.vecton.crm.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vecton.crm.adapter.out.identity.testing.FakePolicy;
import com.vecton.crm.adapter.out.identity.testing.FakeUser;
import com.vecton.crm.adapter.out.identity.testing.TestTokens;
import com.vecton.crm.adapter.out.persistence.testing.LockWaits;
import com.vecton.crm.bootstrap.TestWiring;
import com.vecton.crm.domain.access.BearerToken;
import com.vecton.crm.domain.access.Caller;
import com.vecton.crm.domain.access.Permission;
import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.access.Scopes;
import com.vecton.crm.domain.access.TokenType;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.task.TaskEdit;
import com.vecton.crm.domain.task.TaskId;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The check of a caller's policies on a task runs in the use case, on the task as locked, not on
 * a copy the HTTP handler read before: a task reassigned from Anna to Bence while Anna's edit is
 * on its way is refused to Anna, though it was hers when her request arrived.
 *
 * <p>End to end, because the defect and its answer are both the whole chain's: the route gate lets
 * Anna's conditional allow through provisionally, the REST adapter must not decide on its own
 * read, and the client must see the contract's {@code 403 permission_denied}. The interleaving is
 * forced, not hoped for: the reassignment is the real edit use case, run in a transaction this
 * test holds open until Anna's request is seen waiting for the lock it took.
 */
class TaskReassignmentRaceEndToEndTest {
    private static final String P = TestTokens.FQN_PREFIX;
    private static CrmHarness crm;

    @BeforeAll
    static void start() {
        crm = CrmHarness.start();
        crm.sql(c -> c.createStatement().executeUpdate("""
                INSERT INTO tenant_users (id, name, email, is_active) VALUES
                    ('u-race-anna', 'Anna', 'anna@acme.test', true), ('u-race-bence', 'Bence', 'bence@acme.test', true)
                ON CONFLICT (id) DO NOTHING"""));
    }

    @AfterAll
    static void stop() {
        crm.close();
    }

    @Test
    void an_edit_by_the_former_assignee_that_met_the_reassignment_is_refused_and_writes_nothing() throws Exception {
        long project = crm.post("/api/projects", TestTokens.ADMIN, "{\"name\": \"Race " + System.nanoTime() + "\"}")
                .json()
                .path("data")
                .path("id")
                .asLong();
        var created = crm.post(
                "/api/tasks",
                TestTokens.ADMIN,
                "{\"title\": \"Anna's\", \"project_id\": " + project + ", \"assignee_ids\": [\"u-race-anna\"]}");
        assertEquals(201, created.status(), created::toString);
        long task = created.json().path("data").path("id").asLong();
        String anna = "tok-race-anna-" + System.nanoTime();
        crm.identity.user(
                anna,
                FakeUser.withId("u-race-anna")
                        .named("Anna")
                        .email("anna@acme.test")
                        .memberOf(TestTokens.TENANT_ID, TestTokens.TENANT_NAME));
        crm.identity.policies(
                anna,
                FakePolicy.list(FakePolicy.allow(P + "tasks.view", P + "tasks.update")
                        .when("StringEquals", "resource.assignee_ids", "${user.id}")));
        assertEquals(200, crm.get("/api/tasks/" + task, anna).status(), "the task is Anna's to begin with");

        var reassigned = new CountDownLatch(1);
        var commit = new CountDownLatch(1);
        // Threads of their own: the common pool may have a single worker, which the held reassignment would take.
        var threads = Executors.newFixedThreadPool(2);
        var reassignment = CompletableFuture.runAsync(
                () -> TestWiring.transactions(crm.app).inTransaction(() -> {
                    TestWiring.useCases(crm.app)
                            .tasks()
                            .edit()
                            .edit(
                                    admin(),
                                    new TaskId(task),
                                    TaskEdit.keepingAll().withAssignees(Set.of(new UserId("u-race-bence"))));
                    reassigned.countDown();
                    await(commit);
                }),
                threads);
        assertEquals(true, reassigned.await(10, TimeUnit.SECONDS), "the reassignment holds its locks");

        var annasEdit = CompletableFuture.supplyAsync(
                () -> crm.patch("/api/tasks/" + task, anna, "{\"title\": \"Anna's, taken over\"}"), threads);
        LockWaits.awaitSessionWaitingForLock(crm.dataSource());
        commit.countDown();
        reassignment.get(10, TimeUnit.SECONDS);
        var refused = annasEdit.get(20, TimeUnit.SECONDS);
        threads.shutdown();

        assertEquals(403, refused.status(), refused::toString);
        assertEquals("permission_denied", refused.error(), refused::toString);
        var stored = crm.get("/api/tasks/" + task, TestTokens.ADMIN).json().path("data");
        assertEquals("Anna's", stored.path("title").asText(), "nothing of Anna's edit is written");
        assertEquals(
                List.of("u-race-bence"),
                List.of(stored.path("assignee_ids").get(0).asText()));
        assertEquals(1, stored.path("assignee_ids").size());
        long annasAuditRows = crm.sql(c -> {
            try (var query = c.prepareStatement("""
                    SELECT count(*) FROM activity_log
                    WHERE subject_type = 'task' AND subject_id = ? AND actor_user_id = 'u-race-anna'""")) {
                query.setString(1, Long.toString(task));
                try (var rows = query.executeQuery()) {
                    rows.next();
                    return rows.getLong(1);
                }
            }
        });
        assertEquals(0, annasAuditRows, "no audit row for the refused edit");
    }

    /** The administrator of the test identity, as the gate would have let them through. */
    private static Requester admin() {
        var caller = new Caller(
                new UserId("u-admin"),
                "Admin",
                "admin@acme.test",
                "en",
                "UTC",
                true,
                Set.of(TestTokens.TENANT_ID),
                TokenType.USER,
                Scopes.unrestricted(),
                null,
                null,
                false);
        return new Requester(caller, new BearerToken(TestTokens.ADMIN), new Permission("tasks.update"));
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(20, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never let the reassignment commit");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
