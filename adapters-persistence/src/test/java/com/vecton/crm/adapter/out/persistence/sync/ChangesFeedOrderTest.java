package com.vecton.crm.adapter.out.persistence.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vecton.crm.adapter.out.persistence.Persistence;
import com.vecton.crm.adapter.out.persistence.testing.TestDatabase;
import com.vecton.crm.domain.access.Visibility;
import com.vecton.crm.domain.contact.Contact;
import com.vecton.crm.domain.sync.Change;
import com.vecton.crm.domain.sync.ChangeBatch;
import com.vecton.crm.domain.sync.ChangePosition;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The feed runs in the numeric order of the stamps, which the cursor compares numerically: a
 * stamp read as text sorts "100" before "99", and a feed ordered so would serve 100 first, move
 * its cursor past 99 and never serve 99. Transaction ids of one test run rarely cross a power of
 * ten, so the stamps are set here by hand (with the stamping trigger off), one page per change.
 */
class ChangesFeedOrderTest {
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

    @BeforeEach
    void emptyTables() {
        TestDatabase.clean(db.dataSource());
    }

    @Test
    void records_come_in_the_numeric_order_of_their_stamps_across_powers_of_ten() {
        sql.useHandle(h -> {
            h.execute("ALTER TABLE contacts DISABLE TRIGGER contacts_stamp_changed_xid");
            try {
                h.execute("""
                        INSERT INTO contacts (id, first_name, created_at, updated_at, changed_xid)
                        VALUES (1, 'thousand', now(), now(), '1000'),
                               (2, 'ninety-nine', now(), now(), '99'),
                               (3, 'hundred', now(), now(), '100'),
                               (4, 'nine', now(), now(), '9')""");
            } finally {
                h.execute("ALTER TABLE contacts ENABLE TRIGGER contacts_stamp_changed_xid");
            }
        });

        var names = pageByPage(
                after -> db.contacts().changesAfter(after, Visibility.EVERYTHING, 1),
                change -> ((Change.Live<Contact>) change).record().details().firstName());

        assertEquals(List.of("nine", "ninety-nine", "hundred", "thousand"), names);
    }

    @Test
    void tombstones_come_in_the_numeric_order_of_their_stamps_across_powers_of_ten() {
        sql.useHandle(h -> h.execute("""
                INSERT INTO sync_tombstones (record_type, record_id, created_by, deleted_at, changed_xid)
                VALUES ('task_labels', 1, 'u-1', now(), '1000'),
                       ('task_labels', 2, 'u-1', now(), '99'),
                       ('task_labels', 3, 'u-1', now(), '100'),
                       ('task_labels', 4, 'u-1', now(), '9')"""));

        var ids = pageByPage(
                after -> db.taskLabels().changesAfter(after, Visibility.EVERYTHING, 1),
                change -> ((Change.Deleted<?>) change).id());

        assertEquals(List.of(4L, 2L, 3L, 1L), ids);
    }

    /** Every change of the feed, one page of one at a time, from the start to its end. */
    private static <E, T> List<T> pageByPage(
            Function<ChangePosition, ChangeBatch<E>> page, Function<Change<E>, T> what) {
        var seen = new ArrayList<T>();
        var at = ChangePosition.START;
        for (int pages = 0; pages < 10; pages++) {
            var batch = page.apply(at);
            batch.changes().forEach(change -> seen.add(what.apply(change)));
            at = batch.reached();
            if (!batch.hasMore()) {
                break;
            }
        }
        return seen;
    }
}
