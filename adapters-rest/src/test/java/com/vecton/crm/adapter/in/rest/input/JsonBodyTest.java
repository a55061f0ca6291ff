package com.vecton.crm.adapter.in.rest.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.vecton.crm.adapter.in.rest.problem.RequestRejected;
import com.vecton.crm.domain.edit.FieldEdit;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The readers of a body's objects and arrays of arrays, and how the fields inside them are named. */
class JsonBodyTest {
    private static final String NUL = "must not contain a NUL character";
    private static final String LONG_RANGE = "must be between -9223372036854775808 and 9223372036854775807";

    private static JsonBody body(String json) {
        return JsonBody.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    private static RequestRejected malformed(Runnable reading) {
        var rejected = assertThrows(RequestRejected.class, reading::run);
        assertEquals(400, rejected.status());
        assertEquals("malformed_request", rejected.code());
        return rejected;
    }

    @Test
    void an_object_is_kept_when_absent_cleared_when_null_and_read_as_a_body_when_set() {
        assertEquals(FieldEdit.keep(), body("{}").object("applies_to"));
        assertEquals(FieldEdit.set(null), body("{\"applies_to\": null}").object("applies_to"));
        JsonBody applies =
                body("{\"applies_to\": {\"label_id\": 7}}").object("applies_to").applyTo(null);
        assertEquals(FieldEdit.set(7L), applies.integer("label_id", new InputErrors()));
        assertEquals(FieldEdit.keep(), applies.integer("project_id", new InputErrors()));
    }

    @Test
    void an_object_of_another_json_type_is_400_malformed_request() {
        for (String other : List.of("\"x\"", "[]", "[{}]", "5", "true")) {
            var rejected =
                    malformed(() -> body("{\"applies_to\": " + other + "}").object("applies_to"));
            assertEquals("The field applies_to must be an object or null.", rejected.detail(), other);
        }
    }

    @Test
    void a_refusal_inside_an_object_is_filed_under_the_name_from_the_top_of_the_request() {
        var body = body("{\"applies_to\": {\"priority\": [\"urgent\", \"hi\\u0000gh\"],"
                + " \"project_id\": 100000000000000000000, \"scope\": {\"name\": \"a\\u0000\"}}}");
        assertEquals(
                Map.of(
                        "applies_to.priority", List.of(NUL),
                        "applies_to.project_id", List.of(LONG_RANGE),
                        "applies_to.scope.name", List.of(NUL)),
                Refusals.of(e -> {
                    JsonBody applies = body.object("applies_to").applyTo(null);
                    applies.textList("priority", e);
                    applies.integer("project_id", e);
                    applies.object("scope").applyTo(null).text("name", e);
                }));
    }

    @Test
    void a_wrong_type_inside_an_object_is_400_naming_the_field_from_the_top_of_the_request() {
        JsonBody applies = body("{\"applies_to\": {\"project_id\": \"7\", \"priority\": \"urgent\"}}")
                .object("applies_to")
                .applyTo(null);
        assertEquals(
                "The field applies_to.project_id must be an integer or null.",
                malformed(() -> applies.integer("project_id", new InputErrors()))
                        .detail());
        assertEquals(
                "The field applies_to.priority must be an array of strings or null.",
                malformed(() -> applies.textList("priority", new InputErrors())).detail());
    }

    @Test
    void the_items_of_objects_are_still_named_from_themselves() {
        var body = body("{\"stages\": [{\"name\": \"a\\u0000\"}, {\"name\": 5}]}");
        List<JsonBody> stages = body.objects("stages").applyTo(null);
        assertEquals(
                Map.of("name", List.of(NUL)), Refusals.of(e -> stages.get(0).text("name", e)));
        assertEquals(
                "The field name must be a string or null.",
                malformed(() -> stages.get(1).text("name", new InputErrors())).detail());
    }

    @Test
    void field_names_are_the_keys_in_the_order_sent() {
        var body = body("{\"hours\": {\"wednesday\": [], \"monday\": null, \"someday\": 5}}");
        assertEquals(
                List.of("wednesday", "monday", "someday"),
                body.object("hours").applyTo(null).fieldNames());
        assertEquals(List.of(), body("{}").fieldNames());
    }

    @Test
    void text_lists_are_kept_when_absent_cleared_when_null_and_set_item_by_item() {
        var body = body("{\"monday\": [[\"09:00\", \"12:00\"], [], [\"13:00\", \"17:00\", \"x\"]], \"tuesday\": null}");
        assertEquals(FieldEdit.keep(), body.textLists("friday", new InputErrors()));
        assertEquals(FieldEdit.set(null), body.textLists("tuesday", new InputErrors()));
        assertEquals(
                FieldEdit.set(List.of(List.of("09:00", "12:00"), List.of(), List.of("13:00", "17:00", "x"))),
                body.textLists("monday", new InputErrors()));
        assertEquals(Map.of(), Refusals.of(e -> body.textLists("monday", e)));
    }

    @Test
    void an_item_of_text_lists_that_is_no_array_of_strings_is_handed_out_as_null_in_its_place() {
        var lists = body("{\"monday\": [\"09:00\", [9, 17], null, [\"09:00\", null], {\"a\": \"b\"}, [\"10:00\"]]}")
                .textLists("monday", new InputErrors())
                .applyTo(null);
        assertEquals(Arrays.asList(null, null, null, null, null, List.of("10:00")), lists);
        assertThrows(UnsupportedOperationException.class, () -> lists.add(List.of()));
    }

    @Test
    void a_nul_in_text_lists_is_refused_under_the_name_of_its_item_from_the_top_of_the_request() {
        JsonBody hours = body("{\"hours\": {\"monday\": [[\"09:00\", \"12:00\"], [\"13:00\", \"1\\u00007:00\"]]}}")
                .object("hours")
                .applyTo(null);
        assertEquals(Map.of("hours.monday.1", List.of(NUL)), Refusals.of(e -> {
            List<List<String>> pairs = hours.textLists("monday", e).applyTo(null);
            assertEquals(List.of("13:00", "1\u00007:00"), pairs.get(1));
        }));
    }

    @Test
    void text_lists_of_another_json_type_are_400_malformed_request() {
        JsonBody hours =
                body("{\"hours\": {\"monday\": \"09:00-17:00\", \"tuesday\": {\"0\": [\"09:00\", \"17:00\"]}}}")
                        .object("hours")
                        .applyTo(null);
        for (String day : List.of("monday", "tuesday")) {
            assertEquals(
                    "The field hours." + day + " must be an array of arrays of strings or null.",
                    malformed(() -> hours.textLists(day, new InputErrors())).detail(),
                    day);
        }
    }
}
