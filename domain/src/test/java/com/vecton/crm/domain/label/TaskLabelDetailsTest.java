package com.vecton.crm.domain.label;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.edit.FieldEdit;
import com.vecton.crm.domain.problem.ValidationFailed;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TaskLabelDetailsTest {

    @Test
    void a_label_needs_a_name() {
        var failure = assertThrows(ValidationFailed.class, () -> new TaskLabelDetails("   ", "#FF0000"));
        assertEquals(List.of("is required"), failure.errors().get("name"));
    }

    @Test
    void a_name_is_trimmed_and_at_most_fifty_characters() {
        assertEquals("Urgent", new TaskLabelDetails("  Urgent ", null).name());
        assertEquals("ű".repeat(50), new TaskLabelDetails("ű".repeat(50), null).name());
        var failure = assertThrows(ValidationFailed.class, () -> new TaskLabelDetails("x".repeat(51), null));
        assertEquals(Set.of("name"), failure.errors().keySet());
    }

    @Test
    void a_colour_is_stored_upper_case() {
        assertEquals("#A1B2C3", new TaskLabelDetails("Urgent", "#a1b2c3").color());
    }

    @Test
    void a_label_without_a_colour_is_grey() {
        assertEquals("#9E9E9E", new TaskLabelDetails("Urgent", null).color());
        assertEquals("#9E9E9E", new TaskLabelDetails("Urgent", " ").color());
    }

    @Test
    void colours_not_written_as_six_hex_digits_are_refused() {
        for (String bad : List.of("red", "#FFF", "FF0000", "#GG0000", "#FF00001", "# FF0000")) {
            var failure = assertThrows(ValidationFailed.class, () -> new TaskLabelDetails("Urgent", bad), bad);
            assertEquals(Set.of("color"), failure.errors().keySet(), bad);
        }
    }

    @Test
    void every_invalid_field_is_reported_at_once() {
        var failure = assertThrows(ValidationFailed.class, () -> new TaskLabelDetails(null, "blue"));
        assertEquals(Set.of("name", "color"), failure.errors().keySet());
    }

    @Test
    void a_patch_changes_only_the_fields_it_sets() {
        var label = TaskLabel.create(
                new TaskLabelId(1),
                new TaskLabelDetails("Urgent", "#FF0000"),
                new UserId("u-1"),
                Instant.parse("2026-11-20T10:00:00Z"));

        var renamed = label.edit(
                new TaskLabelEdit(FieldEdit.set("Very urgent"), FieldEdit.keep()),
                Instant.parse("2026-11-21T10:00:00Z"));

        assertEquals(new TaskLabelDetails("Very urgent", "#FF0000"), renamed.details());
        assertEquals(Instant.parse("2026-11-21T10:00:00Z"), renamed.updatedAt());
        assertEquals(label.createdAt(), renamed.createdAt());
    }

    @Test
    void clearing_the_colour_makes_the_label_grey_again() {
        var details = new TaskLabelEdit(FieldEdit.keep(), FieldEdit.set(null))
                .applyTo(new TaskLabelDetails("Urgent", "#FF0000"));

        assertEquals("#9E9E9E", details.color());
    }

    @Test
    void a_patch_cannot_blank_the_name() {
        assertThrows(
                ValidationFailed.class,
                () -> new TaskLabelEdit(FieldEdit.set(""), FieldEdit.keep())
                        .applyTo(new TaskLabelDetails("Urgent", null)));
    }

    @Test
    void a_taken_name_is_its_own_rule() {
        assertEquals("label_name_taken", TaskLabel.nameTaken("Urgent").code());
    }
}
