package com.vecton.crm.domain.pipeline;

import com.vecton.crm.domain.edit.FieldEdit;

/**
 * A partial update of a pipeline's own fields ({@code PATCH}); {@link #replacingWith} turns a full
 * replacement ({@code PUT}) into the same shape. Neither touches the stages, which change through
 * their own routes. {@code is_default} set to {@code null} means {@code false}.
 */
public record PipelineEdit(FieldEdit<String> name, FieldEdit<Boolean> isDefault, FieldEdit<String> currency) {

    public static PipelineEdit replacingWith(PipelineDetails d) {
        return new PipelineEdit(FieldEdit.set(d.name()), FieldEdit.set(d.isDefault()), FieldEdit.set(d.currency()));
    }

    /** The details after this edit, validated as a whole. */
    public PipelineDetails applyTo(PipelineDetails p) {
        Boolean flag = isDefault.applyTo(p.isDefault());
        return new PipelineDetails(name.applyTo(p.name()), flag != null && flag, currency.applyTo(p.currency()));
    }
}
