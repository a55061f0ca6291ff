package com.vecton.crm.adapter.out.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The statements every store shares, as {@link Table} writes them from a table's declaration. */
class TableTest {
    private static final Table ENTRIES =
            Table.keepingHistory("time_entries", "user_id", "note").fixing("user_id");
    private static final Table LABELS = Table.deletingForGood("task_labels", "name");

    @Test
    void rows_are_selected_id_first_then_own_columns_then_the_lifecycle() {
        assertEquals("id, user_id, note, created_by, created_at, updated_at, deleted_at, version", ENTRIES.columns());
        assertEquals(4, ENTRIES.lifecycleAt());
        assertEquals("id, name, created_by, created_at, updated_at, version", LABELS.columns());
    }

    @Test
    void live_means_not_soft_deleted_and_every_row_of_a_table_that_deletes_for_good() {
        assertEquals("deleted_at IS NULL", ENTRIES.live());
        assertTrue(ENTRIES.findLive().endsWith("WHERE id = :id AND deleted_at IS NULL"), ENTRIES::findLive);
        assertEquals("TRUE", LABELS.live());
        assertTrue(ENTRIES.lock().endsWith("FOR UPDATE"));
        assertTrue(ENTRIES.holdLive().endsWith("AND deleted_at IS NULL\nFOR SHARE"), ENTRIES::holdLive);
    }

    @Test
    void an_update_changes_neither_who_created_a_row_nor_when_nor_a_fixed_column() {
        String save = ENTRIES.save();

        assertTrue(
                save.startsWith("INSERT INTO time_entries (id, user_id, note, created_by, created_at, updated_at, "
                        + "deleted_at, version)\nVALUES (:id, :user_id, :note, :created_by, :created_at, "
                        + ":updated_at, :deleted_at, :version)"),
                save);
        String updates = save.substring(save.indexOf("DO UPDATE SET"));
        assertEquals(
                "DO UPDATE SET\n    note = excluded.note,\n    updated_at = excluded.updated_at,\n"
                        + "    deleted_at = excluded.deleted_at,\n    version = excluded.version",
                updates);
        assertFalse(LABELS.save().contains("deleted_at"), LABELS::save);
        assertTrue(LABELS.save().endsWith("version = excluded.version"), LABELS::save);
    }

    @Test
    void ids_come_from_the_table_s_own_sequence() {
        assertEquals("SELECT nextval('task_labels_id_seq')", LABELS.nextId());
    }

    @Test
    void a_table_is_declared_in_snake_case_and_fixes_only_its_own_columns() {
        assertThrows(IllegalArgumentException.class, () -> Table.keepingHistory("Contacts", "name"));
        assertThrows(IllegalArgumentException.class, () -> Table.keepingHistory("contacts", "name; DROP"));
        assertThrows(
                IllegalArgumentException.class,
                () -> Table.keepingHistory("contacts", "name").fixing("owner"));
    }
}
