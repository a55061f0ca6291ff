package com.vecton.crm.adapter.out.persistence.time;

import static com.vecton.crm.domain.testing.ProjectDetailsBuilder.aProject;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vecton.crm.adapter.out.persistence.Persistence;
import com.vecton.crm.adapter.out.persistence.testing.TestDatabase;
import com.vecton.crm.application.port.out.TimeEntryRepository;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.listing.PageRequest;
import com.vecton.crm.domain.problem.RuleViolated;
import com.vecton.crm.domain.project.Project;
import com.vecton.crm.domain.project.ProjectId;
import com.vecton.crm.domain.task.Task;
import com.vecton.crm.domain.task.TaskDetails;
import com.vecton.crm.domain.task.TaskId;
import com.vecton.crm.domain.time.TimeEntry;
import com.vecton.crm.domain.time.TimeEntryDetails;
import com.vecton.crm.domain.time.TimeEntryQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The time entry store against real Postgres: round trips, the schema's two rules, listing totals and streaming. */
class JdbiTimeEntryRepositoryTest {
    private static final Instant NOW = Instant.parse("2026-11-20T18:00:00Z");
    private static final UserId ODON = new UserId("u-odon");
    private static final UserId AGOTA = new UserId("u-agota");

    private static Persistence db;
    private static Jdbi sql;
    private TimeEntryRepository entries;
    private ProjectId website;
    private ProjectId shop;

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
    void twoUsersAndTwoProjects() {
        TestDatabase.clean(db.dataSource());
        entries = db.timeEntries();
        sql.useHandle(
                h -> h.execute("INSERT INTO tenant_users (id, name) VALUES ('u-odon', 'Ödön'), ('u-agota', 'Ágota')"));
        website = aLiveProject("Website");
        shop = aLiveProject("Shop");
    }

    @Test
    void a_saved_entry_reads_back_equal_and_its_duration_column_agrees_with_the_domain() {
        var entry = save(ODON, website, "2026-11-20T10:00:00Z", "2026-11-20T11:30:59.999999Z", "Kick-off", true);

        var read = entries.findById(entry.id()).orElseThrow();

        assertEquals(entry.details(), read.details());
        assertEquals(ODON, read.owner());
        assertEquals(entry.lifecycle(), read.lifecycle());
        assertEquals(90L, read.details().durationMinutes());
        long stored = sql.withHandle(h -> h.createQuery("SELECT duration_minutes FROM time_entries WHERE id = :id")
                .bind("id", entry.id().value())
                .mapTo(Long.class)
                .one());
        assertEquals(90L, stored);
    }

    @Test
    void entries_at_the_edges_of_years_1_to_9999_are_stored_and_found_as_given() {
        var first = save(ODON, website, "0001-01-01T00:00:00Z", "0001-01-01T01:00:00Z", null, false);
        var last = save(ODON, website, "9999-12-31T22:59:59.999999Z", "9999-12-31T23:59:59.999999Z", null, false);

        assertEquals(first.details(), entries.findById(first.id()).orElseThrow().details());
        assertEquals(last.details(), entries.findById(last.id()).orElseThrow().details());
        long stored = sql.withHandle(h -> h.createQuery(
                        "SELECT count(*) FROM time_entries WHERE started_at = '0001-01-01T00:00:00Z'::timestamptz")
                .mapTo(Long.class)
                .one());
        assertEquals(1L, stored, "written in the calendar it is read in");
        var firstDay = TimeEntryQuery.all()
                .startingWithin(Instant.parse("0001-01-01T00:00:00Z"), Instant.parse("0001-01-02T00:00:00Z"));
        assertEquals(1, entries.list(firstDay, new PageRequest(1, 25)).page().total());
    }

    @Test
    void a_deleted_entry_is_not_found_but_can_be_locked_and_restored() {
        var entry = save(ODON, website, "2026-11-20T10:00:00Z", "2026-11-20T11:00:00Z", null, false);
        entries.save(entry.delete(NOW));

        assertTrue(entries.findById(entry.id()).isEmpty());
        assertTrue(entries.findLiveOrDeletedById(entry.id()).orElseThrow().isDeleted());
        var locked = db.transactions()
                .inTransaction(() -> entries.lockById(entry.id()).orElseThrow());
        assertTrue(locked.isDeleted());

        entries.save(locked.undelete(NOW.plusSeconds(1)));
        assertFalse(entries.findById(entry.id()).orElseThrow().isDeleted());
    }

    @Test
    void adjacent_entries_of_one_user_are_both_accepted() {
        save(ODON, website, "2026-11-20T10:00:00Z", "2026-11-20T11:00:00Z", null, false);
        save(ODON, shop, "2026-11-20T11:00:00Z", "2026-11-20T12:00:00Z", null, false);

        assertEquals(
                2,
                entries.list(TimeEntryQuery.all(), new PageRequest(1, 25))
                        .page()
                        .total());
    }

    @Test
    void an_overlapping_entry_of_the_same_user_is_time_entry_overlap_and_of_another_user_is_fine() {
        save(ODON, website, "2026-11-20T10:00:00Z", "2026-11-20T11:00:00Z", null, false);

        var refused = assertThrows(
                RuleViolated.class,
                () -> save(ODON, shop, "2026-11-20T10:59:00Z", "2026-11-20T12:00:00Z", null, false));
        assertEquals("time_entry_overlap", refused.code());
        save(AGOTA, website, "2026-11-20T10:30:00Z", "2026-11-20T11:30:00Z", null, false);
    }

    @Test
    void a_running_timer_is_open_ended_and_blocks_later_entries_but_not_earlier_ones() {
        running(ODON, website, "2026-11-20T12:00:00Z");

        var refused = assertThrows(
                RuleViolated.class,
                () -> save(ODON, shop, "2026-11-21T09:00:00Z", "2026-11-21T10:00:00Z", null, false));
        assertEquals("time_entry_overlap", refused.code());
        save(ODON, shop, "2026-11-20T11:00:00Z", "2026-11-20T12:00:00Z", null, false);
    }

    @Test
    void a_second_running_timer_is_timer_already_running_even_where_it_also_overlaps() {
        running(ODON, website, "2026-11-20T12:00:00Z");

        var refused = assertThrows(RuleViolated.class, () -> running(ODON, shop, "2026-11-20T13:00:00Z"));
        assertEquals("timer_already_running", refused.code());
    }

    @Test
    void a_deleted_entry_blocks_nothing_and_restoring_it_into_taken_time_is_refused() {
        var first = save(ODON, website, "2026-11-20T10:00:00Z", "2026-11-20T11:00:00Z", null, false);
        entries.save(first.delete(NOW));
        save(ODON, shop, "2026-11-20T10:00:00Z", "2026-11-20T11:00:00Z", null, false);

        var refused = assertThrows(
                RuleViolated.class, () -> entries.save(first.delete(NOW).undelete(NOW)));
        assertEquals("time_entry_overlap", refused.code());
    }

    @Test
    void a_listing_filters_pages_newest_first_and_totals_all_matches_per_utc_day_and_project() {
        save(ODON, website, "2026-11-19T23:30:00Z", "2026-11-20T00:30:00Z", null, false); // counts on the 19th
        save(ODON, website, "2026-11-20T09:00:00Z", "2026-11-20T09:45:30Z", null, false); // 45 minutes
        save(ODON, shop, "2026-11-20T10:00:00Z", "2026-11-20T12:00:00Z", null, true);
        var latest = running(ODON, shop, "2026-11-21T08:00:00Z");
        save(AGOTA, website, "2026-11-20T10:00:00Z", "2026-11-20T11:00:00Z", null, false);
        save(ODON, website, "2026-11-18T10:00:00Z", "2026-11-18T11:00:00Z", null, false); // before the range

        var query = TimeEntryQuery.all()
                .ownedBy(ODON)
                .startingWithin(Instant.parse("2026-11-19T00:00:00Z"), Instant.parse("2026-11-22T00:00:00Z"));
        var listing = entries.list(query, new PageRequest(1, 2));

        assertEquals(4, listing.page().total());
        assertEquals(latest.id(), listing.page().items().get(0).id(), "newest first; the running timer is listed");
        assertEquals(
                Instant.parse("2026-11-20T10:00:00Z"),
                listing.page().items().get(1).details().startedAt());
        assertEquals(
                Map.of(LocalDate.parse("2026-11-19"), 60L, LocalDate.parse("2026-11-20"), 165L),
                listing.minutesPerDay());
        assertEquals(
                List.of(LocalDate.parse("2026-11-19"), LocalDate.parse("2026-11-20")),
                List.copyOf(listing.minutesPerDay().keySet()),
                "days ascending");
        assertEquals(Map.of(website, 105L, shop, 120L), listing.minutesPerProject());

        var onWebsite = entries.list(TimeEntryQuery.all().onProject(website), new PageRequest(1, 25));
        assertEquals(4, onWebsite.page().total(), "both users, any time");
        assertEquals(Map.of(website, 225L), onWebsite.minutesPerProject());
    }

    @Test
    void deleted_entries_are_neither_listed_nor_counted() {
        var entry = save(ODON, website, "2026-11-20T10:00:00Z", "2026-11-20T11:00:00Z", null, false);
        entries.save(entry.delete(NOW));

        var listing = entries.list(TimeEntryQuery.all(), new PageRequest(1, 25));

        assertEquals(0, listing.page().total());
        assertTrue(listing.minutesPerDay().isEmpty());
        assertTrue(listing.minutesPerProject().isEmpty());
    }

    @Test
    void a_task_reads_back_and_filters_the_listing() {
        var task = aTask(website);
        var onTask = TimeEntry.create(
                entries.nextId(),
                ODON,
                new TimeEntryDetails(
                        website,
                        task,
                        Instant.parse("2026-11-20T10:00:00Z"),
                        Instant.parse("2026-11-20T11:00:00Z"),
                        null,
                        false),
                ODON,
                NOW);
        entries.save(onTask);
        save(ODON, website, "2026-11-20T11:00:00Z", "2026-11-20T12:00:00Z", null, false);

        assertEquals(task, entries.findById(onTask.id()).orElseThrow().details().taskId());
        var listing = entries.list(TimeEntryQuery.all().onTask(task), new PageRequest(1, 25));
        assertEquals(
                List.of(onTask.id()),
                listing.page().items().stream().map(TimeEntry::id).toList());
        assertEquals(Map.of(website, 60L), listing.minutesPerProject());
    }

    @Test
    void for_each_matching_hands_over_the_live_matches_oldest_first_and_counts_them() {
        var second = save(ODON, shop, "2026-11-20T11:00:00Z", "2026-11-20T12:00:00Z", "b", false);
        var first = save(ODON, website, "2026-11-20T10:00:00Z", "2026-11-20T11:00:00Z", "a", false);
        var running = running(ODON, website, "2026-11-20T13:00:00Z");
        var deleted = save(ODON, website, "2026-11-20T12:00:00Z", "2026-11-20T12:30:00Z", null, false);
        entries.save(deleted.delete(NOW));
        save(AGOTA, website, "2026-11-20T10:00:00Z", "2026-11-20T11:00:00Z", null, false);
        save(ODON, website, "2026-11-19T10:00:00Z", "2026-11-19T11:00:00Z", null, false); // before the range
        var handed = new ArrayList<TimeEntry>();

        long count = entries.forEachMatching(
                TimeEntryQuery.all()
                        .ownedBy(ODON)
                        .startingWithin(Instant.parse("2026-11-20T00:00:00Z"), Instant.parse("2026-11-21T00:00:00Z")),
                handed::add);

        assertEquals(3, count);
        assertEquals(
                List.of(first.id(), second.id(), running.id()),
                handed.stream().map(TimeEntry::id).toList());
        assertEquals(first.details(), handed.getFirst().details());
    }

    @Test
    void for_each_matching_reads_across_many_fetches_and_stops_when_the_sink_throws() {
        int rows = JdbiTimeEntryRepository.EXPORT_FETCH_SIZE * 2 + 1;
        sql.useHandle(h -> h.createUpdate("""
                        INSERT INTO time_entries (user_id, project_id, started_at, ended_at, created_at, updated_at)
                        SELECT 'u-odon', :project, t, t + interval '5 minutes', now(), now()
                        FROM generate_series(timestamptz '2026-01-01T00:00:00Z', timestamptz '2026-01-01T00:00:00Z'
                                             + (:rows - 1) * interval '10 minutes', interval '10 minutes') AS t""")
                .bind("project", website.value())
                .bind("rows", rows)
                .execute());
        var query = TimeEntryQuery.all()
                .startingWithin(Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2027-01-01T00:00:00Z"));
        var previous = new AtomicReference<Instant>(Instant.MIN);

        long count = entries.forEachMatching(query, entry -> {
            assertTrue(entry.details().startedAt().isAfter(previous.get()), "in start order");
            previous.set(entry.details().startedAt());
        });
        assertEquals(rows, count);

        var seen = new int[1];
        var stop = new IllegalStateException("client went away");
        var thrown = assertThrows(
                IllegalStateException.class,
                () -> entries.forEachMatching(query, entry -> {
                    if (++seen[0] == 10) {
                        throw stop;
                    }
                }));
        assertEquals(stop, thrown, "the sink's own exception, unwrapped");
        assertEquals(10, seen[0]);
    }

    private TaskId aTask(ProjectId on) {
        var id = db.tasks().nextId();
        db.tasks()
                .save(Task.create(
                        id, new TaskDetails("Task " + id, null, on, null, null, null, null, null), 0, ODON, NOW));
        return id;
    }

    private ProjectId aLiveProject(String name) {
        var id = db.projects().nextId();
        db.projects().save(Project.create(id, aProject().named(name).build(), ODON, NOW));
        return id;
    }

    private TimeEntry save(UserId owner, ProjectId project, String start, String end, String note, boolean billable) {
        var entry = TimeEntry.create(
                entries.nextId(),
                owner,
                new TimeEntryDetails(project, null, Instant.parse(start), Instant.parse(end), note, billable),
                owner,
                NOW);
        entries.save(entry);
        return entry;
    }

    private TimeEntry running(UserId owner, ProjectId project, String start) {
        var at = Instant.parse(start);
        var entry = TimeEntry.start(
                entries.nextId(), owner, new TimeEntryDetails(project, null, at, null, null, false), owner, at);
        entries.save(entry);
        return entry;
    }
}
