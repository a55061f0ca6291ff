package com.vecton.crm.domain.pipeline;

import com.vecton.crm.domain.edit.Text;
import com.vecton.crm.domain.problem.FieldErrors;

/**
 * What a user may set on a stage. Validates all fields at once; the name is trimmed. A stage's
 * place in its pipeline is not here: it is its index in {@link PipelineStages}.
 *
 * @param probability percent, 0-100, of a deal in this stage being won
 */
public record StageDetails(String name, StageKind kind, int probability) {
    public static final int MAX_NAME = 100;

    public StageDetails {
        name = Text.clean(name);
        var errors = new FieldErrors();
        if (name == null) {
            errors.add("name", "is required");
        }
        errors.maxLength("name", name, MAX_NAME);
        if (kind == null) {
            errors.add("kind", "is required");
        }
        if (probability < 0 || probability > 100) {
            errors.add("probability", "must be between 0 and 100");
        }
        errors.throwIfAny();
    }

    /** A stage given no probability ({@code null}) gets its kind's default. */
    public static StageDetails of(String name, StageKind kind, Integer probability) {
        int given = probability != null ? probability : kind == null ? 0 : kind.defaultProbability();
        return new StageDetails(name, kind, given);
    }
}
