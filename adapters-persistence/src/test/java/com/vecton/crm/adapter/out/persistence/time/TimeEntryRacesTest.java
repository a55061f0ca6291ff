package com.vecton.crm.adapter.out.persistence.time;

import static com.vecton.crm.domain.testing.ProjectDetailsBuilder.aProject;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vecton.crm.adapter.out.persistence.Persistence;
import com.vecton.crm.adapter.out.persistence.testing.TestDatabase;
import com.vecton.crm.adapter.out.persistence.testing.UseCaseKits;
import com.vecton.crm.application.service.time.CreateTimeEntryService;
import com.vecton.crm.application.service.time.StartTimerService;
import com.vecton.crm.application.service.time.TimeEntryServices;
import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.problem.RuleViolated;
import com.vecton.crm.domain.project.Project;
import com.vecton.crm.domain.project.ProjectId;
import com.vecton.crm.domain.time.TimeEntryDetails;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The rules across a user's entries under concurrent requests, through the real use cases on real
 * Postgres: the services do not look before they write, so these pass only because the schema's
 * unique index and exclusion constraint decide, and the adapter names what they refused (and,
 * by queueing one user's writers, keeps concurrent exclusion checks from deadlocking).
 */
class TimeEntryRacesTest {
    private static final Instant T0 = Instant.parse("2026-11-20T08:00:00Z");
    private static final UserId ODON = new UserId("u-odon");
    private static final Requester AS_ODON = UseCaseKits.admin(ODON);
    private static final int RACERS = 10;

    private static Persistence db;
    private static Jdbi sql;
    private ProjectId project;

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
    void aUserAndAProject() {
        TestDatabase.clean(db.dataSource());
        sql.useHandle(h -> h.execute("INSERT INTO tenant_users (id, name) VALUES ('u-odon', 'Ödön')"));
        project = db.projects().nextId();
        db.projects().save(Project.create(project, aProject().build(), ODON, T0));
    }

    @Test
    void parallel_timer_starts_for_one_user_leave_one_running_and_nine_timer_already_running() throws Exception {
        var useCase = new StartTimerService(services());

        var outcomes = race(() -> useCase.start(AS_ODON, ODON, project, null, null, false));

        assertEquals(1, outcomes.succeeded(), outcomes.toString());
        assertEquals(
                List.of("timer_already_running"),
                List.copyOf(outcomes.refusals().keySet()),
                outcomes.toString());
        assertEquals(RACERS - 1, outcomes.refusals().get("timer_already_running"));
        assertEquals(1L, count("SELECT count(*) FROM time_entries WHERE ended_at IS NULL"));
        assertEquals(1L, count("SELECT count(*) FROM time_entries"));
        assertEquals(
                1L, count("SELECT count(*) FROM activity_log WHERE subject_type = 'time_entry' AND event = 'started'"));
    }

    @Test
    void parallel_creates_of_overlapping_entries_for_one_user_leave_one_row_and_nine_time_entry_overlap()
            throws Exception {
        var useCase = new CreateTimeEntryService(services());
        var span = new TimeEntryDetails(
                project,
                null,
                Instant.parse("2026-11-20T10:00:00Z"),
                Instant.parse("2026-11-20T11:00:00Z"),
                "Standup",
                false);

        var outcomes = race(() -> useCase.create(AS_ODON, ODON, span));

        assertEquals(1, outcomes.succeeded(), outcomes.toString());
        assertEquals(
                List.of("time_entry_overlap"), List.copyOf(outcomes.refusals().keySet()), outcomes.toString());
        assertEquals(RACERS - 1, outcomes.refusals().get("time_entry_overlap"));
        assertEquals(1L, count("SELECT count(*) FROM time_entries"));
        assertEquals(
                1L, count("SELECT count(*) FROM activity_log WHERE subject_type = 'time_entry' AND event = 'created'"));
    }

    @Test
    void parallel_creates_of_adjacent_entries_are_both_accepted() throws Exception {
        var useCase = new CreateTimeEntryService(services());
        var ten = Instant.parse("2026-11-20T10:00:00Z");
        var eleven = Instant.parse("2026-11-20T11:00:00Z");
        var twelve = Instant.parse("2026-11-20T12:00:00Z");
        var pool = Executors.newFixedThreadPool(2);
        try {
            var start = new CountDownLatch(1);
            var first = pool.submit(() -> {
                assertTrue(start.await(10, TimeUnit.SECONDS));
                return useCase.create(AS_ODON, ODON, new TimeEntryDetails(project, null, ten, eleven, null, false));
            });
            var second = pool.submit(() -> {
                assertTrue(start.await(10, TimeUnit.SECONDS));
                return useCase.create(AS_ODON, ODON, new TimeEntryDetails(project, null, eleven, twelve, null, false));
            });
            start.countDown();
            first.get(30, TimeUnit.SECONDS);
            second.get(30, TimeUnit.SECONDS);
        } finally {
            pool.shutdown();
            assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
        }
        assertEquals(2L, count("SELECT count(*) FROM time_entries"));
    }

    private static TimeEntryServices services() {
        return new TimeEntryServices(db.timeEntries(), db.projects(), db.tasks(), db.tenantUsers(), UseCaseKits.on(db));
    }

    /** @param refusals rule code to how many racers got it */
    private record Outcomes(int succeeded, TreeMap<String, Integer> refusals) {}

    /** Runs the work on {@link #RACERS} threads released at once; anything but a RuleViolated fails the test. */
    private static Outcomes race(Callable<?> work) throws Exception {
        var pool = Executors.newFixedThreadPool(RACERS);
        try {
            var start = new CountDownLatch(1);
            var calls = new ArrayList<Future<?>>();
            for (int i = 0; i < RACERS; i++) {
                calls.add(pool.submit(() -> {
                    assertTrue(start.await(10, TimeUnit.SECONDS));
                    return work.call();
                }));
            }
            start.countDown();
            int succeeded = 0;
            var refusals = new TreeMap<String, Integer>();
            for (var call : calls) {
                try {
                    call.get(30, TimeUnit.SECONDS);
                    succeeded++;
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof RuleViolated violated) {
                        refusals.merge(violated.code(), 1, Integer::sum);
                    } else {
                        throw new AssertionError("a racer failed otherwise", e.getCause());
                    }
                }
            }
            return new Outcomes(succeeded, refusals);
        } finally {
            pool.shutdown();
            assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
        }
    }

    private static long count(String query) {
        return sql.withHandle(h -> h.createQuery(query).mapTo(Long.class).one());
    }
}
