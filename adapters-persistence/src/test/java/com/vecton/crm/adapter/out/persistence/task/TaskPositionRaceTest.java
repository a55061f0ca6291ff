package com.vecton.crm.adapter.out.persistence.task;

import static com.vecton.crm.adapter.out.persistence.task.TaskFixture.ADMIN;
import static com.vecton.crm.adapter.out.persistence.task.TaskFixture.task;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vecton.crm.adapter.out.persistence.Persistence;
import com.vecton.crm.adapter.out.persistence.testing.TestDatabase;
import com.vecton.crm.adapter.out.persistence.testing.UseCaseKits;
import com.vecton.crm.application.service.lifecycle.DeleteRecordService;
import com.vecton.crm.application.service.task.CreateTaskService;
import com.vecton.crm.application.service.task.MoveTaskService;
import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.problem.NotFound;
import com.vecton.crm.domain.project.ProjectId;
import com.vecton.crm.domain.project.ProjectStatus;
import com.vecton.crm.domain.task.TaskId;
import com.vecton.crm.domain.task.TaskStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Parallel changes to one board through the real use cases on real Postgres: whatever the
 * interleaving, every column ends 0, 1, 2, … and no task is lost or doubled. Any failure of a
 * racer (a deadlock, a unique violation at commit) fails the test.
 */
class TaskPositionRaceTest {
    private static final Requester ACTOR = UseCaseKits.admin(ADMIN);
    private static final TaskStatus[] STATUSES = TaskStatus.values();

    private static Persistence db;
    private TaskFixture fixture;
    private ProjectId project;
    private CreateTaskService create;
    private MoveTaskService move;
    private DeleteRecordService<TaskId, com.vecton.crm.domain.task.Task> delete;

    @BeforeAll
    static void connect() {
        db = Persistence.connect(TestDatabase.fresh());
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @BeforeEach
    void aProject() {
        TestDatabase.clean(db.dataSource());
        fixture = new TaskFixture(db);
        project = fixture.project(ProjectStatus.ACTIVE);
        var services = fixture.services();
        create = new CreateTaskService(services);
        move = new MoveTaskService(services);
        delete = new DeleteRecordService<>(services.type(), services.kit());
    }

    @Test
    void fifty_parallel_creates_into_one_column_take_positions_0_to_49() throws Exception {
        var calls = new ArrayList<Callable<?>>();
        for (int i = 0; i < 50; i++) {
            String title = "Task " + i;
            calls.add(() -> create.create(ACTOR, task(title, project, TaskStatus.TODO)));
        }

        race(calls, 10);

        assertEquals(Map.of("todo", IntStream.range(0, 50).boxed().toList()), fixture.positions(project));
    }

    @Test
    void interleaved_parallel_moves_keep_every_column_contiguous_and_lose_no_task() throws Exception {
        var ids = seed(24);
        var calls = new ArrayList<Callable<?>>();
        var done = new AtomicInteger();
        for (int thread = 0; thread < 8; thread++) {
            var random = new Random(thread);
            calls.add(() -> {
                for (int i = 0; i < 20; i++) {
                    move.move(
                            ACTOR,
                            ids.get(random.nextInt(ids.size())),
                            STATUSES[random.nextInt(STATUSES.length)],
                            random.nextInt(12));
                    done.incrementAndGet();
                }
                return null;
            });
        }

        race(calls, 8);

        assertEquals(ids.size(), fixture.assertContiguous(project));
        assertEquals(160, done.get(), "every move ran");
        assertTrue(fixture.auditRows("moved") > 100, "most moves changed something");
    }

    @Test
    void concurrent_deletes_and_moves_keep_every_column_contiguous() throws Exception {
        var ids = seed(20);
        var doomed = List.of(ids.get(2), ids.get(7), ids.get(12), ids.get(17), ids.get(19));
        var calls = new ArrayList<Callable<?>>();
        for (int thread = 0; thread < 4; thread++) {
            var random = new Random(100 + thread);
            var mine = ids.subList(thread * 5, thread * 5 + 5);
            calls.add(() -> {
                for (int i = 0; i < 10; i++) {
                    var id = mine.get(random.nextInt(5));
                    try {
                        move.move(ACTOR, id, STATUSES[random.nextInt(STATUSES.length)], random.nextInt(8));
                    } catch (NotFound e) {
                        // The one outcome a move may have besides success: its task was deleted first.
                        assertTrue(doomed.contains(id), "only a deleted task is not found: " + id);
                    }
                }
                return null;
            });
        }
        for (var id : doomed) {
            calls.add(() -> {
                delete.delete(ACTOR, id);
                return null;
            });
        }

        race(calls, 9);

        assertEquals(ids.size() - doomed.size(), fixture.assertContiguous(project));
        assertEquals((long) doomed.size(), fixture.count("deleted_at IS NOT NULL AND position IS NULL"));
    }

    /** Tasks spread over all columns, created one after another. */
    private List<TaskId> seed(int count) {
        var ids = new ArrayList<TaskId>();
        for (int i = 0; i < count; i++) {
            ids.add(create.create(ACTOR, task("Seed " + i, project, STATUSES[i % STATUSES.length]))
                    .id());
        }
        return ids;
    }

    /** Runs the calls on {@code threads} threads released at once; any failure fails the test. */
    private static void race(List<Callable<?>> calls, int threads) throws Exception {
        var pool = Executors.newFixedThreadPool(threads);
        try {
            var start = new CountDownLatch(1);
            var futures = new ArrayList<Future<?>>();
            for (var call : calls) {
                futures.add(pool.submit(() -> {
                    assertTrue(start.await(10, TimeUnit.SECONDS));
                    return call.call();
                }));
            }
            start.countDown();
            for (var future : futures) {
                future.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdown();
            assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
        }
    }
}
