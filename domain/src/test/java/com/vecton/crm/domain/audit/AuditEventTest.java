package com.vecton.crm.domain.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class AuditEventTest {

    @Test
    void every_event_reads_back_from_its_stored_name() {
        for (AuditEvent event : AuditEvent.values()) {
            assertEquals(event, AuditEvent.fromStored(event.apiName()));
        }
    }

    @Test
    void stored_names_are_snake_case_and_say_the_constant() {
        Arrays.stream(AuditEvent.values()).forEach(event -> {
            assertTrue(event.apiName().matches("[a-z]+(_[a-z]+)*"), event::apiName);
            assertEquals(event.name().toLowerCase(java.util.Locale.ROOT), event.apiName());
        });
    }

    @Test
    void a_stored_name_outside_the_set_is_a_bug() {
        assertThrows(IllegalStateException.class, () -> AuditEvent.fromStored("renamed"));
    }
}
