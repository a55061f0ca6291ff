package com.vecton.crm.domain.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChangesTest {

    @Test
    void only_fields_whose_values_differ_are_changes() {
        var before = new HashMap<String, Object>(Map.of("name", "Tiszai", "city", "Szeged"));
        before.put("phone", null);
        var after = new HashMap<String, Object>(Map.of("name", "Tiszai", "city", "Budapest", "phone", "+36"));
        var changes = Changes.between(before, after);
        assertEquals(
                List.of("city", "phone"),
                changes.fields().keySet().stream().sorted().toList());
        assertEquals(new FieldChange("Szeged", "Budapest"), changes.fields().get("city"));
        assertEquals(new FieldChange(null, "+36"), changes.fields().get("phone"));
    }

    @Test
    void identical_snapshots_are_no_change() {
        assertTrue(Changes.between(Map.of("a", 1), Map.of("a", 1)).isEmpty());
    }

    @Test
    void a_creation_records_every_present_field() {
        var fields = new HashMap<String, Object>();
        fields.put("name", "Tiszai");
        fields.put("notes", null);
        assertEquals(
                Map.of("name", new FieldChange(null, "Tiszai")),
                Changes.created(fields).fields());
    }
}
