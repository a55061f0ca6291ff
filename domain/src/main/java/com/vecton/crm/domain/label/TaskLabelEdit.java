package com.vecton.crm.domain.label;

import com.vecton.crm.domain.edit.FieldEdit;

/**
 * A partial update of a task label ({@code PATCH}); {@link #replacingWith} turns a full
 * replacement ({@code PUT}) into the same shape. Setting the colour to {@code null} makes it grey.
 */
public record TaskLabelEdit(FieldEdit<String> name, FieldEdit<String> color) {
    public TaskLabelEdit {
        FieldEdit.requireEvery("an edit", name, color);
    }

    public static TaskLabelEdit replacingWith(TaskLabelDetails details) {
        return new TaskLabelEdit(FieldEdit.set(details.name()), FieldEdit.set(details.color()));
    }

    /** The details after this edit, validated as a whole. */
    public TaskLabelDetails applyTo(TaskLabelDetails current) {
        return new TaskLabelDetails(name.applyTo(current.name()), color.applyTo(current.color()));
    }
}
