package com.vecton.crm.adapter.out.persistence.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vecton.crm.adapter.out.persistence.Persistence;
import com.vecton.crm.adapter.out.persistence.testing.TestDatabase;
import com.vecton.crm.application.port.out.ActivityLog;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.audit.ActivityEntry;
import com.vecton.crm.domain.audit.Actor;
import com.vecton.crm.domain.audit.AuditEvent;
import com.vecton.crm.domain.audit.Changes;
import com.vecton.crm.domain.audit.FieldChange;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JdbiActivityLogTest {
    private static final Instant AT = Instant.parse("2026-11-20T10:00:00.123456Z");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Persistence db;
    private static Jdbi sql;
    private ActivityLog log;

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
    void emptyTables() {
        TestDatabase.clean(db.dataSource());
        log = db.activityLog();
    }

    @Test
    void an_entry_is_stored_with_its_actor_subject_and_time() {
        var actor = new Actor(new UserId("u-1001"), new UserId("admin-7"));

        log.record(new ActivityEntry(actor, "contact", "42", AuditEvent.DELETED, Changes.NONE, AT));

        var row = sql.withHandle(h -> h.createQuery("""
                        SELECT actor_user_id, impersonator_id, subject_type, subject_id, event,
                               changes::text AS changes
                        FROM activity_log""").mapToMap().one());
        assertEquals("u-1001", row.get("actor_user_id"));
        assertEquals("admin-7", row.get("impersonator_id"));
        assertEquals("contact", row.get("subject_type"));
        assertEquals("42", row.get("subject_id"));
        assertEquals("deleted", row.get("event"));
        assertEquals(
                AT,
                sql.withHandle(h -> h.createQuery("SELECT occurred_at FROM activity_log")
                        .mapTo(Instant.class)
                        .one()));
        assertEquals("{}", row.get("changes"));
    }

    @Test
    void entries_recorded_together_are_each_stored_in_order_with_their_events_as_one_is() {
        var job = new Actor(new UserId("system:sla"), null);
        log.record(new ActivityEntry(job, "sla_breach", "1:resolution", AuditEvent.CREATED, Changes.NONE, AT));
        assertEquals(1, count("SELECT count(*) FROM outbox"));

        log.recordAll(List.of(
                new ActivityEntry(job, "sla_breach", "2:first_response", AuditEvent.CREATED, Changes.NONE, AT),
                new ActivityEntry(job, "sla_breach", "2:resolution", AuditEvent.CREATED, Changes.NONE, AT),
                new ActivityEntry(job, "sla_warning", "3:resolution", AuditEvent.CREATED, Changes.NONE, AT)));

        assertEquals(
                List.of(
                        "sla_breach 1:resolution",
                        "sla_breach 2:first_response",
                        "sla_breach 2:resolution",
                        "sla_warning 3:resolution"),
                sql.withHandle(
                        h -> h.createQuery("SELECT subject_type || ' ' || subject_id FROM activity_log ORDER BY id")
                                .mapTo(String.class)
                                .list()));
        assertEquals(4, count("SELECT count(*) FROM outbox"), "an event per entry");
    }

    private static long count(String query) {
        return sql.withHandle(h -> h.createQuery(query).mapTo(Long.class).one());
    }

    @Test
    void an_entry_without_impersonator_stores_none() {
        log.record(new ActivityEntry(
                new Actor(new UserId("u-1001"), null), "company", "7", AuditEvent.RESTORED, Changes.NONE, AT));

        assertNull(sql.withHandle(h -> h.createQuery("SELECT impersonator_id FROM activity_log")
                .mapTo(String.class)
                .one()));
    }

    @Test
    void changes_keep_texts_numbers_instants_and_nulls() throws Exception {
        var before = new LinkedHashMap<String, Object>();
        before.put("first_name", "Odon");
        before.put("company_id", null);
        before.put("due_at", Instant.parse("2026-12-01T09:00:00Z"));
        var after = new LinkedHashMap<String, Object>();
        after.put("first_name", "Ödön");
        after.put("company_id", 12L);
        after.put("due_at", null);

        log.record(new ActivityEntry(
                new Actor(new UserId("u-1001"), null),
                "contact",
                "42",
                AuditEvent.UPDATED,
                Changes.between(before, after),
                AT));

        String stored = sql.withHandle(h -> h.createQuery("SELECT changes::text FROM activity_log")
                .mapTo(String.class)
                .one());
        JsonNode changes = JSON.readTree(stored);
        assertEquals("Odon", changes.at("/first_name/before").asText());
        assertEquals("Ödön", changes.at("/first_name/after").asText());
        assertTrue(changes.at("/company_id/before").isNull());
        assertEquals(12L, changes.at("/company_id/after").asLong());
        assertTrue(changes.at("/company_id/after").isIntegralNumber());
        assertEquals("2026-12-01T09:00:00Z", changes.at("/due_at/before").asText());
        assertTrue(changes.at("/due_at/after").isNull());
        assertEquals(List.of("company_id", "due_at", "first_name"), fieldNames(changes));
    }

    @Test
    void json_in_values_stays_a_value() {
        var changes = new Changes(Map.of("notes", new FieldChange(null, "\"}, {\"evil\": true")));

        log.record(new ActivityEntry(
                new Actor(new UserId("u-1001"), null), "contact", "42", AuditEvent.UPDATED, changes, AT));

        assertEquals(
                "\"}, {\"evil\": true",
                sql.withHandle(h -> h.createQuery("SELECT changes -> 'notes' ->> 'after' FROM activity_log")
                        .mapTo(String.class)
                        .one()));
    }

    private static List<String> fieldNames(JsonNode node) {
        var names = new java.util.ArrayList<String>();
        node.fieldNames().forEachRemaining(names::add);
        names.sort(null);
        return names;
    }
}
