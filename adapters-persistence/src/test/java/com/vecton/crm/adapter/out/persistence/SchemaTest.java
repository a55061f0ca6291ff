package com.vecton.crm.adapter.out.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vecton.crm.adapter.out.persistence.testing.TestDatabase;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The constraints that guard the data against writers other than this adapter. */
class SchemaTest {
    private static Persistence db;
    private static Jdbi sql;

    @BeforeAll
    static void connect() {
        db = Persistence.connect(TestDatabase.fresh());
        sql = Jdbi.create(db.dataSource());
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void a_contact_needs_a_first_or_a_last_name() {
        var refused = assertThrows(UnableToExecuteStatementException.class, () -> execute("""
                INSERT INTO contacts (email, created_at, updated_at) VALUES ('x@y.test', now(), now())"""));

        assertTrue(refused.getMessage().contains("contacts_has_a_name"), refused.getMessage());
    }

    @Test
    void a_company_domain_is_stored_lower_case() {
        var refused = assertThrows(UnableToExecuteStatementException.class, () -> execute("""
                INSERT INTO companies (name, domain, created_at, updated_at) VALUES ('Acme', 'ACME.test', now(), now())"""));

        assertTrue(refused.getMessage().contains("companies_domain_lower_case"), refused.getMessage());
    }

    @Test
    void search_text_is_folded_when_written() {
        long id = sql.withHandle(h -> h.createQuery("""
                        INSERT INTO contacts (first_name, last_name, email, created_at, updated_at)
                        VALUES ('Ödön', 'ÁRVAI', 'Odon@Acme.test', now(), now()) RETURNING id""").mapTo(Long.class).one());

        assertEquals(
                "odon arvai odon@acme.test",
                sql.withHandle(h -> h.createQuery("SELECT search_text FROM contacts WHERE id = :id")
                        .bind("id", id)
                        .mapTo(String.class)
                        .one()));
    }

    @Test
    void an_outbox_event_points_at_an_existing_audit_row_and_each_row_is_one_event() {
        var refused = assertThrows(
                UnableToExecuteStatementException.class,
                () -> execute("INSERT INTO outbox (activity_id) VALUES (987654321)"));
        assertTrue(refused.getMessage().contains("outbox_activity_id_fkey"), refused.getMessage());

        long activity = sql.withHandle(h -> h.createQuery("""
                        INSERT INTO activity_log (occurred_at, actor_user_id, subject_type, subject_id, event)
                        VALUES (now(), 'u-1', 'contact', '1', 'deleted') RETURNING id""").mapTo(Long.class).one());
        execute("INSERT INTO outbox (activity_id) VALUES (" + activity + ")");
        var twice = assertThrows(
                UnableToExecuteStatementException.class,
                () -> execute("INSERT INTO outbox (activity_id) VALUES (" + activity + ")"));
        assertTrue(twice.getMessage().contains("outbox_activity_id_key"), twice.getMessage());
    }

    @Test
    void a_processed_event_id_is_1_to_200_characters() {
        var refused = assertThrows(UnableToExecuteStatementException.class, () -> execute("""
                INSERT INTO processed_events (event_id, type, occurred_at, handled_at)
                VALUES (repeat('x', 201), 'identity.policy.updated', now(), now())"""));

        assertTrue(refused.getMessage().contains("processed_events_id_length"), refused.getMessage());
    }

    private static void execute(String statement) {
        sql.useHandle(h -> h.execute(statement));
    }
}
