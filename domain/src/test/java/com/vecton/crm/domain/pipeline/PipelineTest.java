package com.vecton.crm.domain.pipeline;

import static com.vecton.crm.domain.testing.PipelineDetailsBuilder.aPipeline;
import static com.vecton.crm.domain.testing.PipelineDetailsBuilder.threeStagesFrom;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.edit.FieldEdit;
import com.vecton.crm.domain.problem.RuleViolated;
import com.vecton.crm.domain.problem.ValidationFailed;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PipelineTest {
    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");
    private static final Instant T1 = T0.plusSeconds(60);

    private static Pipeline pipeline(boolean isDefault) {
        var details = isDefault ? aPipeline().asDefault().build() : aPipeline().build();
        return Pipeline.create(new PipelineId(7), details, threeStagesFrom(1), new UserId("u-1"), T0);
    }

    @Test
    void the_default_cannot_be_deleted_nor_lose_its_flag_but_another_can() {
        var theDefault = pipeline(true);
        var deleted = assertThrows(RuleViolated.class, theDefault::requireDeletable);
        assertEquals(Pipeline.IS_DEFAULT, deleted.code());
        var unflagged = assertThrows(
                RuleViolated.class,
                () -> theDefault.edit(new PipelineEdit(FieldEdit.keep(), FieldEdit.set(false), FieldEdit.keep()), T1));
        assertEquals(Pipeline.IS_DEFAULT, unflagged.code());
        assertThrows(
                RuleViolated.class,
                () -> theDefault.edit(PipelineEdit.replacingWith(aPipeline().build()), T1),
                "PUT without is_default means false");

        var other = pipeline(false);
        other.requireDeletable();
        assertTrue(other.delete(T1).isDeleted());
    }

    @Test
    void handing_over_the_default_is_a_new_version_of_the_former_default() {
        var former = pipeline(true).handingOverDefault(T1);
        assertFalse(former.isDefault());
        assertEquals(2, former.version());
        assertEquals(T1, former.updatedAt());
    }

    @Test
    void a_stage_change_is_a_change_of_the_pipeline_and_its_fields_show_the_stages() {
        var original = pipeline(false);
        var changed = original.withStages(
                original.stages().reorderedAs(List.of(new StageId(3), new StageId(2), new StageId(1))), T1);
        assertEquals(2, changed.version());
        assertEquals(
                List.of("Lost", "Won", "Lead"),
                changed.stages().inOrder().stream().map(s -> s.details().name()).toList());
        assertTrue(changed.asFields().containsKey("stages"));
        assertFalse(original.asFields().equals(changed.asFields()));
    }

    @Test
    void the_currency_is_eur_by_default_upper_cased_and_an_iso_4217_code() {
        assertEquals("EUR", aPipeline().build().currency());
        assertEquals("HUF", aPipeline().inCurrency(" huf ").build().currency());
        for (String wrong : List.of("EURO", "XYZ", "€", "12A")) {
            var refused = assertThrows(
                    ValidationFailed.class, () -> aPipeline().inCurrency(wrong).build(), wrong);
            assertEquals(
                    List.of("must be an ISO 4217 currency code such as EUR"),
                    refused.errors().get("currency"));
        }
    }

    @Test
    void a_pipeline_has_a_name_of_at_most_100_characters() {
        assertEquals(
                List.of("is required"),
                assertThrows(
                                ValidationFailed.class,
                                () -> aPipeline().named(" ").build())
                        .errors()
                        .get("name"));
        assertThrows(
                ValidationFailed.class, () -> aPipeline().named("x".repeat(101)).build());
    }
}
