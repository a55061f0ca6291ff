package com.vecton.crm.domain.pipeline;

import static com.vecton.crm.domain.testing.PipelineDetailsBuilder.threeStagesFrom;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vecton.crm.domain.edit.FieldEdit;
import com.vecton.crm.domain.problem.NotFound;
import com.vecton.crm.domain.problem.RuleViolated;
import com.vecton.crm.domain.problem.ValidationFailed;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PipelineStagesTest {
    private static final PipelineStages THREE = threeStagesFrom(1); // Lead 1 (open), Won 2, Lost 3

    private static Stage stage(long id, String name, StageKind kind) {
        return new Stage(new StageId(id), StageDetails.of(name, kind, null));
    }

    private static List<String> names(PipelineStages stages) {
        return stages.inOrder().stream().map(s -> s.details().name()).toList();
    }

    @Test
    void a_pipeline_needs_an_open_a_won_and_a_lost_stage() {
        var refused = assertThrows(
                RuleViolated.class,
                () -> new PipelineStages(List.of(stage(1, "Lead", StageKind.OPEN), stage(2, "Won", StageKind.WON))));
        assertEquals(PipelineStages.KIND_MISSING, refused.code());
        assertTrue(refused.detail().contains("lost"), refused.detail());

        var none = assertThrows(RuleViolated.class, () -> new PipelineStages(List.of()));
        assertTrue(none.detail().contains("open and won and lost"), none.detail());
    }

    @Test
    void stage_names_are_unique_in_a_pipeline_ignoring_case() {
        var refused = assertThrows(RuleViolated.class, () -> THREE.adding(stage(4, "LEAD", StageKind.OPEN), null));
        assertEquals(PipelineStages.NAME_TAKEN, refused.code());
    }

    @Test
    void a_new_stage_goes_last_or_at_the_index_asked_clamped_into_the_list() {
        assertEquals(
                List.of("Lead", "Won", "Lost", "Demo"), names(THREE.adding(stage(4, "Demo", StageKind.OPEN), null)));
        assertEquals(List.of("Demo", "Lead", "Won", "Lost"), names(THREE.adding(stage(4, "Demo", StageKind.OPEN), 0)));
        assertEquals(List.of("Lead", "Demo", "Won", "Lost"), names(THREE.adding(stage(4, "Demo", StageKind.OPEN), 1)));
        assertEquals(List.of("Lead", "Won", "Lost", "Demo"), names(THREE.adding(stage(4, "Demo", StageKind.OPEN), 99)));
    }

    @Test
    void removing_the_only_stage_of_a_kind_is_refused_and_any_other_leaves_the_rest_in_order() {
        var refused = assertThrows(RuleViolated.class, () -> THREE.removing(new StageId(2)));
        assertEquals(PipelineStages.KIND_MISSING, refused.code());

        var four = THREE.adding(stage(4, "Demo", StageKind.OPEN), 1);
        assertEquals(List.of("Demo", "Won", "Lost"), names(four.removing(new StageId(1))));
    }

    @Test
    void a_stage_that_is_not_in_the_pipeline_is_not_found() {
        assertThrows(NotFound.class, () -> THREE.removing(new StageId(99)));
        assertThrows(NotFound.class, () -> THREE.editing(new StageId(99), rename("X")));
    }

    @Test
    void changing_the_kind_of_the_only_won_stage_is_refused() {
        var edit = new StageEdit(FieldEdit.keep(), FieldEdit.set(StageKind.OPEN), FieldEdit.keep());
        var refused = assertThrows(RuleViolated.class, () -> THREE.editing(new StageId(2), edit));
        assertEquals(PipelineStages.KIND_MISSING, refused.code());
    }

    @Test
    void a_rename_onto_another_stages_name_is_refused() {
        var refused = assertThrows(RuleViolated.class, () -> THREE.editing(new StageId(1), rename("won")));
        assertEquals(PipelineStages.NAME_TAKEN, refused.code());
        assertEquals(
                "Qualified",
                THREE.editing(new StageId(1), rename(" Qualified "))
                        .find(new StageId(1))
                        .details()
                        .name());
    }

    @Test
    void a_reorder_names_every_stage_exactly_once_and_positions_follow_it() {
        var reordered = THREE.reorderedAs(List.of(new StageId(3), new StageId(1), new StageId(2)));
        assertEquals(List.of("Lost", "Lead", "Won"), names(reordered));
        assertEquals(
                List.of(0, 1, 2),
                reordered.asFields().stream().map(f -> f.get("position")).toList(),
                "positions are the index: contiguous from 0");

        for (var wrong : List.of(
                List.of(new StageId(1), new StageId(2)),
                List.of(new StageId(1), new StageId(2), new StageId(2)),
                List.of(new StageId(1), new StageId(2), new StageId(4)),
                List.of(new StageId(1), new StageId(2), new StageId(3), new StageId(3)))) {
            var refused = assertThrows(ValidationFailed.class, () -> THREE.reorderedAs(wrong), wrong::toString);
            assertEquals(
                    Map.of("stage_ids", List.of("must name every stage of the pipeline exactly once")),
                    refused.errors());
        }
    }

    @Test
    void probability_defaults_by_kind_and_stays_within_0_and_100() {
        assertEquals(50, StageDetails.of("a", StageKind.OPEN, null).probability());
        assertEquals(100, StageDetails.of("a", StageKind.WON, null).probability());
        assertEquals(0, StageDetails.of("a", StageKind.LOST, null).probability());
        assertEquals(30, StageDetails.of("a", StageKind.WON, 30).probability());
        for (int wrong : new int[] {-1, 101}) {
            var refused = assertThrows(ValidationFailed.class, () -> StageDetails.of("a", StageKind.OPEN, wrong));
            assertEquals(List.of("must be between 0 and 100"), refused.errors().get("probability"));
        }
        var edited = new StageEdit(FieldEdit.keep(), FieldEdit.keep(), FieldEdit.set(null))
                .applyTo(StageDetails.of("a", StageKind.WON, 30));
        assertEquals(100, edited.probability(), "null is the kind's default again");
    }

    @Test
    void a_stage_has_a_name_of_at_most_100_characters_and_a_kind() {
        var refused = assertThrows(ValidationFailed.class, () -> StageDetails.of("  ", null, null));
        assertEquals(List.of("is required"), refused.errors().get("name"));
        assertEquals(List.of("is required"), refused.errors().get("kind"));
        assertThrows(ValidationFailed.class, () -> StageDetails.of("x".repeat(101), StageKind.OPEN, null));
    }

    @Test
    void a_pipeline_holds_at_most_50_stages() {
        var stages = new java.util.ArrayList<>(THREE.inOrder());
        for (int i = 4; i <= PipelineStages.MAX; i++) {
            stages.add(stage(i, "Stage " + i, StageKind.OPEN));
        }
        var full = new PipelineStages(stages);
        assertThrows(ValidationFailed.class, () -> full.adding(stage(99, "One more", StageKind.OPEN), null));
    }

    @Test
    void kinds_are_read_as_the_api_spells_them() {
        assertEquals(StageKind.WON, StageKind.parse("kind", "won"));
        var refused = assertThrows(ValidationFailed.class, () -> StageKind.parse("kind", "WON"));
        assertEquals(List.of("must be one of open, won, lost"), refused.errors().get("kind"));
    }

    private static StageEdit rename(String name) {
        return new StageEdit(FieldEdit.set(name), FieldEdit.keep(), FieldEdit.keep());
    }
}
