package com.vecton.crm.adapter.out.persistence.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vecton.crm.adapter.out.persistence.Persistence;
import com.vecton.crm.adapter.out.persistence.testing.TestDatabase;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.audit.ActivityEntry;
import com.vecton.crm.domain.audit.ActivityQuery;
import com.vecton.crm.domain.audit.Actor;
import com.vecton.crm.domain.audit.AuditEvent;
import com.vecton.crm.domain.audit.Changes;
import com.vecton.crm.domain.audit.RecordedActivity;
import com.vecton.crm.domain.listing.PageRequest;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The reading side of the audit trail: filters, order and paging over rows the writer stored. */
class JdbiActivityLogReaderTest {
    private static final Instant DAY_1 = Instant.parse("2026-11-20T10:00:00Z");
    private static final Instant DAY_2 = Instant.parse("2026-11-21T10:00:00Z");
    private static final Instant DAY_3 = Instant.parse("2026-11-22T10:00:00Z");
    private static final Actor ODON = new Actor(new UserId("u-1001"), null);
    private static final Actor ADA_AS_ODON = new Actor(new UserId("u-1001"), new UserId("u-admin"));
    private static final Actor ADA = new Actor(new UserId("u-admin"), null);

    private static Persistence db;

    @BeforeAll
    static void connect() {
        db = Persistence.connect(TestDatabase.fresh());
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @BeforeEach
    void storeATrail() {
        TestDatabase.clean(db.dataSource());
        var renamed = new LinkedHashMap<String, Object>();
        renamed.put("name", "Acme");
        var log = db.activityLog();
        log.record(new ActivityEntry(ODON, "company", "7", AuditEvent.CREATED, Changes.created(renamed), DAY_1));
        log.record(new ActivityEntry(ADA_AS_ODON, "contact", "42", AuditEvent.CREATED, Changes.NONE, DAY_2));
        log.record(new ActivityEntry(
                ADA,
                "contact",
                "42",
                AuditEvent.UPDATED,
                Changes.between(Map.of("phone", "1"), Map.of("phone", "2")),
                DAY_2));
        log.record(new ActivityEntry(ADA, "contact", "43", AuditEvent.DELETED, Changes.NONE, DAY_3));
    }

    private static ActivityQuery query(String subjectType, String subjectId, String actor, Instant from, Instant to) {
        return new ActivityQuery(
                Optional.ofNullable(subjectType),
                Optional.ofNullable(subjectId),
                Optional.ofNullable(actor).map(UserId::new),
                Optional.ofNullable(from),
                Optional.ofNullable(to));
    }

    private static List<String> found(ActivityQuery query) {
        return db.activityLogReader().find(query, PageRequest.of(1, 100)).items().stream()
                .map(a -> a.entry().subjectType() + "/" + a.entry().subjectId() + " "
                        + a.entry().event().apiName())
                .toList();
    }

    @Test
    void the_whole_trail_reads_newest_first_with_ties_newest_id_first() {
        assertEquals(
                List.of("contact/43 deleted", "contact/42 updated", "contact/42 created", "company/7 created"),
                found(ActivityQuery.EVERYTHING));
    }

    @Test
    void an_entry_reads_back_as_it_was_written() {
        RecordedActivity first = db.activityLogReader()
                .find(query("company", null, null, null, null), PageRequest.of(1, 25))
                .items()
                .getFirst();
        var impersonated = db.activityLogReader()
                .find(query("contact", "42", null, null, DAY_3), PageRequest.of(1, 25))
                .items()
                .getLast();

        assertTrue(first.id() > 0);
        assertEquals(DAY_1, first.entry().occurredAt());
        assertEquals(ODON, first.entry().actor());
        assertNull(first.entry().changes().fields().get("name").before());
        assertEquals("Acme", first.entry().changes().fields().get("name").after());
        assertEquals(ADA_AS_ODON, impersonated.entry().actor());
        assertTrue(impersonated.entry().changes().isEmpty());
    }

    @Test
    void one_subjects_history() {
        assertEquals(
                List.of("contact/42 updated", "contact/42 created"), found(query("contact", "42", null, null, null)));
        assertEquals(List.of(), found(query("company", "42", null, null, null)));
    }

    @Test
    void what_one_user_did_without_what_others_did_as_them() {
        assertEquals(
                List.of("contact/42 created", "company/7 created"), found(query(null, null, "u-1001", null, null)));
        assertEquals(
                List.of("contact/43 deleted", "contact/42 updated"), found(query(null, null, "u-admin", null, null)));
    }

    @Test
    void a_time_range_includes_its_start_and_excludes_its_end() {
        assertEquals(List.of("contact/42 updated", "contact/42 created"), found(query(null, null, null, DAY_2, DAY_3)));
        assertEquals(List.of("contact/43 deleted"), found(query(null, null, null, DAY_3, null)));
        assertEquals(List.of("company/7 created"), found(query(null, null, null, null, DAY_2)));
    }

    @Test
    void filters_combine() {
        assertEquals(List.of("contact/42 updated"), found(query("contact", null, "u-admin", DAY_1, DAY_3)));
    }

    @Test
    void pages_carry_the_total() {
        var page = db.activityLogReader().find(ActivityQuery.EVERYTHING, PageRequest.of(2, 3));

        assertEquals(1, page.items().size());
        assertEquals("company", page.items().getFirst().entry().subjectType());
        assertEquals(4, page.total());
        assertTrue(page.totalIsExact());
    }
}
