package com.vecton.crm.domain.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.edit.FieldEdit;
import com.vecton.crm.domain.problem.ValidationFailed;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProjectDetailsTest {
    private static final LocalDate MAY_1 = LocalDate.parse("2026-05-01");
    private static final LocalDate MAY_31 = LocalDate.parse("2026-05-31");

    private static ProjectDetails named(String name) {
        return new ProjectDetails(name, null, null, null, null, null);
    }

    @Test
    void a_name_is_required_and_blank_counts_as_absent() {
        var refused = assertThrows(ValidationFailed.class, () -> named("   "));
        assertEquals(List.of("is required"), refused.errors().get("name"));
    }

    @Test
    void a_name_longer_than_200_characters_is_refused() {
        named("x".repeat(200));
        var refused = assertThrows(ValidationFailed.class, () -> named("x".repeat(201)));
        assertTrue(refused.errors().containsKey("name"));
    }

    @Test
    void texts_are_trimmed_and_the_status_defaults_to_active() {
        var details = new ProjectDetails("  Relaunch ", " ", null, null, null, null);
        assertEquals("Relaunch", details.name());
        assertNull(details.description());
        assertEquals(ProjectStatus.ACTIVE, details.status());
    }

    @Test
    void an_end_before_the_start_is_refused_on_end_date() {
        var refused = assertThrows(
                ValidationFailed.class, () -> new ProjectDetails("Relaunch", null, null, MAY_31, MAY_1, null));
        assertEquals(List.of("end_date"), List.copyOf(refused.errors().keySet()));
    }

    @Test
    void an_end_on_the_start_day_or_with_either_date_open_is_fine() {
        new ProjectDetails("Relaunch", null, null, MAY_1, MAY_1, null);
        new ProjectDetails("Relaunch", null, null, MAY_1, null, null);
        new ProjectDetails("Relaunch", null, null, null, MAY_1, null);
        new ProjectDetails("Relaunch", null, null, MAY_1, MAY_31, null);
    }

    @Test
    void every_failing_field_is_named_at_once() {
        var refused = assertThrows(
                ValidationFailed.class, () -> new ProjectDetails(null, "d".repeat(10_001), null, MAY_31, MAY_1, null));
        assertEquals(
                List.of("name", "description", "end_date"),
                List.copyOf(refused.errors().keySet()));
    }

    @Test
    void an_edit_of_the_start_alone_is_checked_against_the_kept_end() {
        var details = new ProjectDetails("Relaunch", null, null, MAY_1, MAY_31, null);
        var edit = new ProjectEdit(
                FieldEdit.keep(),
                FieldEdit.keep(),
                FieldEdit.keep(),
                FieldEdit.set(MAY_31.plusDays(1)),
                FieldEdit.keep(),
                FieldEdit.keep());
        var refused = assertThrows(ValidationFailed.class, () -> edit.applyTo(details));
        assertTrue(refused.errors().containsKey("end_date"));
    }

    @Test
    void the_audit_fields_use_api_names_and_values() {
        var details = new ProjectDetails("Relaunch", null, ProjectStatus.ON_HOLD, MAY_1, null, new UserId("u-7"));
        var fields = details.asFields();
        assertEquals("on_hold", fields.get("status"));
        assertEquals("2026-05-01", fields.get("start_date"));
        assertEquals("u-7", fields.get("owner_id"));
        assertEquals(
                List.of("name", "description", "status", "start_date", "end_date", "owner_id"),
                List.copyOf(fields.keySet()));
    }

    @Test
    void statuses_parse_from_their_api_names_only() {
        assertEquals(ProjectStatus.ON_HOLD, ProjectStatus.parse("status", "on_hold"));
        assertEquals(ProjectStatus.ARCHIVED, ProjectStatus.parse("status", "archived"));
        for (String bad : new String[] {"ON_HOLD", "Active", "done", "", null}) {
            var refused = assertThrows(ValidationFailed.class, () -> ProjectStatus.parse("status", bad));
            assertTrue(refused.errors().containsKey("status"), String.valueOf(bad));
        }
    }
}
