package com.vecton.crm.domain.pipeline;

import com.vecton.crm.domain.edit.FieldEdit;

/**
 * A partial update of a stage ({@code PATCH}): absent fields are kept. A probability set to
 * {@code null} is the default of the stage's kind, as on create; a changed kind keeps the
 * probability unless the edit sets it too.
 */
public record StageEdit(FieldEdit<String> name, FieldEdit<StageKind> kind, FieldEdit<Integer> probability) {

    /** The details after this edit, validated as a whole. */
    public StageDetails applyTo(StageDetails s) {
        return StageDetails.of(name.applyTo(s.name()), kind.applyTo(s.kind()), probability.applyTo(s.probability()));
    }
}
