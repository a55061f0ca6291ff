package com.vecton.crm.domain.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vecton.crm.domain.access.UserId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LifecycleTest {
    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");
    private static final UserId ODON = new UserId("u-1001");

    @Test
    void a_new_record_is_live_and_created_and_changed_at_the_same_instant() {
        var begun = Lifecycle.begun(ODON, T0);
        assertFalse(begun.isDeleted());
        assertEquals(T0, begun.createdAt());
        assertEquals(T0, begun.updatedAt());
        assertEquals(ODON, begun.creator().orElseThrow());
    }

    @Test
    void deleting_and_undeleting_keep_the_creation_and_move_the_last_change() {
        var deleted = Lifecycle.begun(ODON, T0).deleted(T0.plusSeconds(60));
        assertTrue(deleted.isDeleted());
        assertEquals(T0.plusSeconds(60), deleted.deletedAt());
        var back = deleted.undeleted(T0.plusSeconds(120));
        assertFalse(back.isDeleted());
        assertNull(back.deletedAt());
        assertEquals(T0, back.createdAt());
        assertEquals(T0.plusSeconds(120), back.updatedAt());
        assertEquals(ODON, back.createdBy());
    }

    @Test
    void a_record_cannot_change_before_it_was_created() {
        assertThrows(IllegalArgumentException.class, () -> new Lifecycle(ODON, T0, T0.minusSeconds(1), null, 1));
    }

    @Test
    void records_without_a_known_creator_are_allowed() {
        assertTrue(Lifecycle.begun(null, T0).creator().isEmpty());
    }

    @Test
    void a_new_record_is_at_version_one_and_every_change_delete_and_restore_counts_one_more() {
        var begun = Lifecycle.begun(ODON, T0);
        assertEquals(1, begun.version());
        var changed = begun.changed(T0.plusSeconds(1));
        assertEquals(2, changed.version());
        var deleted = changed.deleted(T0.plusSeconds(2));
        assertEquals(3, deleted.version());
        var back = deleted.undeleted(T0.plusSeconds(3));
        assertEquals(4, back.version());
        assertEquals(5, back.changed(T0.plusSeconds(3)).version(), "two changes within one instant are two versions");
    }

    @Test
    void versions_count_from_one() {
        assertThrows(IllegalArgumentException.class, () -> new Lifecycle(ODON, T0, T0, null, 0));
        assertEquals(1, new Lifecycle(ODON, T0, T0, null, 1).version());
    }
}
