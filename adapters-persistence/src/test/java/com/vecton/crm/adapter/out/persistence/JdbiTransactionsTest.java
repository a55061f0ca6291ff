package com.vecton.crm.adapter.out.persistence;

import static com.vecton.crm.adapter.out.persistence.testing.CompanyDetailsBuilder.aCompany;
import static com.vecton.crm.adapter.out.persistence.testing.ContactDetailsBuilder.aContact;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.vecton.crm.adapter.out.persistence.testing.TestDatabase;
import com.vecton.crm.application.port.out.Transactions;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.audit.ActivityEntry;
import com.vecton.crm.domain.audit.Actor;
import com.vecton.crm.domain.audit.Changes;
import com.vecton.crm.domain.company.Company;
import com.vecton.crm.domain.contact.Contact;
import com.vecton.crm.domain.contact.ContactQuery;
import com.vecton.crm.domain.listing.PageRequest;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JdbiTransactionsTest {
    private static final Instant T0 = Instant.parse("2026-11-20T10:00:00Z");
    private static final UserId USER = new UserId("u-1001");

    private static Persistence db;
    private Transactions transactions;

    @BeforeAll
    static void connect() {
        db = Persistence.connect(TestDatabase.fresh());
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @BeforeEach
    void emptyTables() {
        TestDatabase.clean(db.dataSource());
        transactions = db.transactions();
    }

    @Test
    void the_work_returns_its_value() {
        assertEquals("done", transactions.inTransaction(() -> "done"));
    }

    @Test
    void a_change_and_its_audit_row_commit_together() {
        transactions.inTransaction(() -> {
            var contact = createContact();
            audit(contact);
        });

        assertEquals(1, rows("contacts"));
        assertEquals(1, rows("activity_log"));
    }

    @Test
    void an_exception_rolls_everything_back_and_propagates_unchanged() {
        var boom = new IllegalStateException("boom");

        var thrown = assertThrows(IllegalStateException.class, () -> transactions.inTransaction(() -> {
            var company = Company.create(db.companies().nextId(), aCompany().build(), USER, T0);
            db.companies().save(company);
            audit(createContact());
            throw boom;
        }));

        assertSame(boom, thrown);
        assertEquals(0, rows("companies"));
        assertEquals(0, rows("contacts"));
        assertEquals(0, rows("activity_log"));
    }

    @Test
    void a_nested_transaction_joins_the_outer_one() {
        var boom = new IllegalArgumentException("outer fails after inner finished");

        var thrown = assertThrows(IllegalArgumentException.class, () -> transactions.inTransaction(() -> {
            transactions.inTransaction(this::createContact);
            assertEquals(1, rowsSeenInside(), "the outer transaction sees the inner one's work");
            throw boom;
        }));

        assertSame(boom, thrown);
        assertEquals(0, rows("contacts"), "the inner work was rolled back with the outer transaction");
    }

    @Test
    void work_in_progress_is_invisible_to_other_connections_until_commit() {
        transactions.inTransaction(() -> {
            createContact();
            assertEquals(1, rowsSeenInside());
            assertEquals(0, rows("contacts"), "another connection must not see uncommitted work");
        });

        assertEquals(1, rows("contacts"));
    }

    @Test
    void outside_a_transaction_each_call_commits_at_once() {
        createContact();

        assertEquals(1, rows("contacts"));
    }

    @Test
    void every_connection_goes_back_to_the_pool() {
        for (int i = 0; i < 20; i++) {
            int round = i;
            try {
                transactions.inTransaction(() -> {
                    createContact();
                    if (round % 2 == 0) {
                        throw new IllegalStateException("round " + round);
                    }
                });
            } catch (IllegalStateException expected) {
                assertEquals("round " + round, expected.getMessage());
            }
        }

        assertEquals(0, ((HikariDataSource) db.dataSource()).getHikariPoolMXBean().getActiveConnections());
        assertEquals(10, rows("contacts"));
    }

    private Contact createContact() {
        var contact = Contact.create(db.contacts().nextId(), aContact().build(), USER, T0);
        db.contacts().save(contact);
        return contact;
    }

    private static void audit(Contact contact) {
        db.activityLog().record(new ActivityEntry(new Actor(USER, null), "contact", contact.id().toString(),
                "created", Changes.created(contact.details().asFields()), T0));
    }

    /** Counted through the repository, so inside a transaction it runs on the transaction's handle. */
    private static long rowsSeenInside() {
        var everyContact = new ContactQuery(Optional.empty(), Optional.empty(), ContactQuery.DEFAULT_SORT);
        return db.contacts().search(everyContact, new PageRequest(1, 10)).total();
    }

    /** Counted on a connection of its own, outside any transaction of the test. */
    private static long rows(String table) {
        try (var connection = db.dataSource().getConnection(); var statement = connection.createStatement();
             var result = statement.executeQuery("SELECT count(*) FROM " + table)) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
