package com.vecton.crm.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vecton.crm.adapter.out.identity.testing.TestTokens;
import com.vecton.crm.adapter.out.persistence.testing.TestDatabase;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The serving process runs the breach job on its own timer ({@code SLA_BREACH_INTERVAL_MS}, here
 * 200 ms): an overdue task gets its breaches without anybody calling the job. A database of its
 * own, so that no other test's job run takes the turn.
 */
class SlaBreachJobEndToEndTest {
    private static final String ADMIN = TestTokens.ADMIN;
    private static final String ALWAYS_OPEN =
            "{\"monday\": [[\"00:00\", \"24:00\"]], \"tuesday\": [[\"00:00\", \"24:00\"]],"
                    + " \"wednesday\": [[\"00:00\", \"24:00\"]], \"thursday\": [[\"00:00\", \"24:00\"]],"
                    + " \"friday\": [[\"00:00\", \"24:00\"]], \"saturday\": [[\"00:00\", \"24:00\"]],"
                    + " \"sunday\": [[\"00:00\", \"24:00\"]]}";
    private static CrmHarness crm;

    @BeforeAll
    static void start() {
        crm = CrmHarness.on(TestDatabase.fresh(), Map.of("SLA_BREACH_INTERVAL_MS", "200"));
    }

    @AfterAll
    static void stop() {
        crm.close();
    }

    private static long id(HttpResult created) {
        assertEquals(201, created.status(), created::toString);
        return created.json().path("data").path("id").asLong();
    }

    private static long breaches(long task) {
        return crm.sql(c -> {
            var rows = c.createStatement().executeQuery("SELECT count(*) FROM sla_breaches WHERE task_id = " + task);
            rows.next();
            return rows.getLong(1);
        });
    }

    @Test
    void an_overdue_task_gets_its_breaches_from_the_replica_s_own_timer() throws InterruptedException {
        long calendar = id(crm.post(
                "/api/business-calendars",
                ADMIN,
                "{\"name\": \"Always\", \"timezone\": \"UTC\", \"hours\": " + ALWAYS_OPEN + "}"));
        id(crm.post(
                "/api/sla/policies",
                ADMIN,
                "{\"name\": \"Urgent\", \"calendar_id\": " + calendar
                        + ", \"applies_to\": {\"priority\": [\"urgent\"]},"
                        + " \"first_response_minutes\": 5, \"resolution_minutes\": 10}"));
        long project = id(crm.post("/api/projects", ADMIN, "{\"name\": \"Support\"}"));
        long task = id(crm.post(
                "/api/tasks",
                ADMIN,
                "{\"title\": \"Overdue\", \"project_id\": " + project + ", \"priority\": \"urgent\"}"));
        crm.sql(c -> c.createStatement()
                .executeUpdate("UPDATE task_status_history SET entered_at = now() - interval '1 hour' WHERE task_id = "
                        + task + "; UPDATE tasks SET created_at = now() - interval '1 hour' WHERE id = " + task));
        // Runs every 200 ms; 30 s is far more than a busy machine needs for a few of them.
        for (int i = 0; i < 300 && breaches(task) < 2; i++) {
            Thread.sleep(100);
        }
        assertEquals(2, breaches(task), "both targets breached, by the timer alone");
    }
}
