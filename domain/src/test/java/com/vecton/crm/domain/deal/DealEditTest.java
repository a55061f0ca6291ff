package com.vecton.crm.domain.deal;

import static com.vecton.crm.domain.testing.DealDetailsBuilder.aDeal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vecton.crm.domain.company.CompanyId;
import com.vecton.crm.domain.edit.FieldEdit;
import com.vecton.crm.domain.pipeline.PipelineId;
import com.vecton.crm.domain.pipeline.StageId;
import com.vecton.crm.domain.problem.ValidationFailed;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DealEditTest {
    private static final DealDetails DETAILS =
            aDeal(new CompanyId(7), new PipelineId(1), new StageId(11)).build();

    private static DealEdit withPipelineAndStage(FieldEdit<PipelineId> pipeline, FieldEdit<StageId> stage) {
        var keep = DealEdit.keepingAll();
        return new DealEdit(
                keep.title(),
                keep.companyId(),
                keep.contactIds(),
                pipeline,
                stage,
                keep.amount(),
                keep.currency(),
                keep.probability(),
                keep.expectedCloseDate(),
                keep.ownerId(),
                keep.lostReason());
    }

    @Test
    void another_pipeline_without_a_stage_leaves_the_stage_to_its_default() {
        var moved = withPipelineAndStage(FieldEdit.set(new PipelineId(2)), FieldEdit.keep())
                .applyTo(DETAILS);
        assertEquals(new PipelineId(2), moved.pipelineId());
        assertNull(moved.stageId());
    }

    @Test
    void another_pipeline_with_a_stage_takes_that_stage_and_the_same_pipeline_keeps_its_stage() {
        var moved = withPipelineAndStage(FieldEdit.set(new PipelineId(2)), FieldEdit.set(new StageId(21)))
                .applyTo(DETAILS);
        assertEquals(new StageId(21), moved.stageId());
        var same = withPipelineAndStage(FieldEdit.set(new PipelineId(1)), FieldEdit.keep())
                .applyTo(DETAILS);
        assertEquals(new StageId(11), same.stageId());
    }

    @Test
    void a_replacement_keeps_nothing_it_does_not_name() {
        var replaced = DealEdit.replacingWith(
                        new DealDetails("Neu", new CompanyId(8), null, null, null, null, null, null, null, null, null))
                .applyTo(DETAILS);
        assertNull(replaced.pipelineId());
        assertNull(replaced.amount());
        assertNull(replaced.expectedCloseDate());
        assertTrue(replaced.contactIds().isEmpty());
        assertEquals(new CompanyId(8), replaced.companyId());
    }

    @Test
    void the_query_refuses_an_empty_range() {
        assertThrows(
                ValidationFailed.class,
                () -> new DealQuery.Builder()
                        .closingBetween(LocalDate.of(2027, 2, 1), LocalDate.of(2027, 1, 1))
                        .build());
        assertThrows(
                ValidationFailed.class,
                () -> new ForecastQuery(
                        Optional.of(LocalDate.of(2027, 2, 1)),
                        Optional.of(LocalDate.of(2027, 1, 1)),
                        ForecastQuery.Group.MONTH,
                        Optional.empty()));
        assertThrows(ValidationFailed.class, () -> ForecastQuery.Group.parse("week"));
    }
}
