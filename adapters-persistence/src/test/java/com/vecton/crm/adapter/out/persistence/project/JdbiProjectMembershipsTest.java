package com.vecton.crm.adapter.out.persistence.project;

import static com.vecton.crm.domain.testing.ProjectDetailsBuilder.aProject;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vecton.crm.adapter.out.persistence.Persistence;
import com.vecton.crm.adapter.out.persistence.testing.LockWaits;
import com.vecton.crm.adapter.out.persistence.testing.TestDatabase;
import com.vecton.crm.adapter.out.persistence.testing.UseCaseKits;
import com.vecton.crm.application.port.out.ProjectMemberships;
import com.vecton.crm.application.service.project.AddProjectMemberService;
import com.vecton.crm.application.service.project.ProjectServices;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.listing.PageRequest;
import com.vecton.crm.domain.problem.RuleViolated;
import com.vecton.crm.domain.project.MemberRole;
import com.vecton.crm.domain.project.Membership;
import com.vecton.crm.domain.project.Project;
import com.vecton.crm.domain.project.ProjectId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
 * The membership store against real Postgres, and the races it exists for: parallel adds of one
 * user, through the real use case (lock the project, then restore or insert) and, for the unique
 * index as the last line of defence, straight into the store without the lock.
 */
class JdbiProjectMembershipsTest {
    private static final Instant T0 = Instant.parse("2026-11-20T10:00:00Z");
    private static final UserId ADMIN = new UserId("u-admin");
    private static final UserId ODON = new UserId("u-odon");
    private static final UserId AGOTA = new UserId("u-agota");
    private static final int RACERS = 10;

    private static Persistence db;
    private static Jdbi sql;
    private ProjectMemberships memberships;
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
    void aProjectAndTwoUsers() {
        TestDatabase.clean(db.dataSource());
        memberships = db.projectMemberships();
        sql.useHandle(h -> h.execute("""
                INSERT INTO tenant_users (id, name, email) VALUES
                    ('u-odon', 'Ödön Árvai', 'odon@acme.test'), ('u-agota', 'Ágota Bíró', 'agota@acme.test')"""));
        project = db.projects().nextId();
        db.projects().save(Project.create(project, aProject().build(), ADMIN, T0));
    }

    @Test
    void a_saved_membership_is_found_and_listed_with_name_and_email() {
        memberships.save(Membership.begin(project, ODON, MemberRole.MANAGER, T0));
        memberships.save(Membership.begin(project, AGOTA, MemberRole.VIEWER, T0.plusSeconds(1)));

        assertEquals(
                Membership.begin(project, ODON, MemberRole.MANAGER, T0),
                memberships.find(project, ODON).orElseThrow());
        var page = memberships.listLive(project, new PageRequest(1, 25));
        assertEquals(2, page.total());
        assertEquals(
                List.of(AGOTA, ODON), page.items().stream().map(m -> m.userId()).toList(), "by folded name");
        var odon = page.items().get(1);
        assertEquals("Ödön Árvai", odon.name());
        assertEquals("odon@acme.test", odon.email());
        assertEquals(MemberRole.MANAGER, odon.role());
    }

    @Test
    void a_removed_membership_is_found_but_not_listed_and_saving_it_live_reuses_the_row() {
        var added = Membership.begin(project, ODON, MemberRole.MEMBER, T0);
        memberships.save(added);
        memberships.save(added.removed(T0.plusSeconds(60)));

        assertFalse(memberships.find(project, ODON).orElseThrow().isLive());
        assertTrue(memberships.findLive(project, ODON).isEmpty());
        assertEquals(0, memberships.listLive(project, new PageRequest(1, 25)).total());

        memberships.save(added.removed(T0.plusSeconds(60)).rejoined(MemberRole.VIEWER, T0.plusSeconds(120)));

        assertEquals(
                MemberRole.VIEWER,
                memberships.findLive(project, ODON).orElseThrow().role());
        assertEquals(1L, rows(ODON), "the removed row came back; none was added");
    }

    @Test
    void parallel_re_adds_of_a_removed_member_restore_one_row_and_the_others_are_already_a_member() throws Exception {
        var added = Membership.begin(project, ODON, MemberRole.MEMBER, T0);
        memberships.save(added);
        memberships.save(added.removed(T0.plusSeconds(60)));
        var useCase = new AddProjectMemberService(services());

        var outcomes = race(() -> useCase.add(UseCaseKits.admin(ADMIN), project, ODON, MemberRole.MANAGER));

        assertEquals(1, outcomes.succeeded(), outcomes.toString());
        assertEquals(RACERS - 1, outcomes.alreadyAMember(), outcomes.toString());
        assertEquals(1L, liveRows(ODON));
        assertEquals(1L, rows(ODON), "the tombstone was restored, never copied");
        assertEquals(1L, auditRows("member_added"));
    }

    @Test
    void parallel_adds_of_a_new_member_let_one_win_and_the_others_are_already_a_member() throws Exception {
        var useCase = new AddProjectMemberService(services());

        var outcomes = race(() -> useCase.add(UseCaseKits.admin(ADMIN), project, AGOTA, MemberRole.MEMBER));

        assertEquals(1, outcomes.succeeded(), outcomes.toString());
        assertEquals(RACERS - 1, outcomes.alreadyAMember(), outcomes.toString());
        assertEquals(1L, liveRows(AGOTA));
    }

    @Test
    void without_the_project_lock_the_unique_index_refuses_a_second_live_row_as_already_a_member() throws Exception {
        var pool = Executors.newFixedThreadPool(2);
        try {
            var inserted = new CountDownLatch(1);
            var release = new CountDownLatch(1);
            var first = pool.submit(() -> db.transactions().inTransaction(() -> {
                memberships.save(Membership.begin(project, AGOTA, MemberRole.MEMBER, T0));
                inserted.countDown();
                await(release);
            }));
            assertTrue(inserted.await(10, TimeUnit.SECONDS));
            var second = pool.submit(() -> memberships.save(Membership.begin(project, AGOTA, MemberRole.VIEWER, T0)));
            LockWaits.awaitSessionWaitingForLock(db.dataSource());
            release.countDown();
            first.get(10, TimeUnit.SECONDS);

            var failure = assertThrows(ExecutionException.class, () -> second.get(10, TimeUnit.SECONDS));
            assertTrue(
                    failure.getCause() instanceof RuleViolated violated
                            && violated.code().equals("already_a_member"),
                    failure.getCause()::toString);
        } finally {
            pool.shutdown();
            assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
        }
        assertEquals(1L, liveRows(AGOTA));
        assertEquals(
                MemberRole.MEMBER,
                memberships.findLive(project, AGOTA).orElseThrow().role());
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(10, TimeUnit.SECONDS), "the test never released this transaction");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static ProjectServices services() {
        return new ProjectServices(db.projects(), db.projectMemberships(), db.tenantUsers(), UseCaseKits.on(db));
    }

    private record Outcomes(int succeeded, int alreadyAMember) {}

    /** Runs the work on {@link #RACERS} threads released at once; anything but already_a_member fails the test. */
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
            int already = 0;
            for (var call : calls) {
                try {
                    call.get(30, TimeUnit.SECONDS);
                    succeeded++;
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof RuleViolated violated
                            && violated.code().equals("already_a_member")) {
                        already++;
                    } else {
                        throw new AssertionError("a racer failed otherwise", e.getCause());
                    }
                }
            }
            return new Outcomes(succeeded, already);
        } finally {
            pool.shutdown();
            assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
        }
    }

    private long rows(UserId user) {
        return sql.withHandle(
                h -> h.createQuery("SELECT count(*) FROM project_members WHERE project_id = :p AND user_id = :u")
                        .bind("p", project.value())
                        .bind("u", user.value())
                        .mapTo(Long.class)
                        .one());
    }

    private long liveRows(UserId user) {
        return sql.withHandle(h -> h.createQuery("""
                        SELECT count(*) FROM project_members WHERE project_id = :p AND user_id = :u AND deleted_at IS NULL""")
                .bind("p", project.value())
                .bind("u", user.value())
                .mapTo(Long.class)
                .one());
    }

    private long auditRows(String event) {
        return sql.withHandle(h -> h.createQuery("SELECT count(*) FROM activity_log WHERE subject_type = 'project'"
                        + " AND subject_id = :p AND event = :e")
                .bind("p", project.toString())
                .bind("e", event)
                .mapTo(Long.class)
                .one());
    }
}
