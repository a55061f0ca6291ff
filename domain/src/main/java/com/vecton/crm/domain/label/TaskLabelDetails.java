package com.vecton.crm.domain.label;

import com.vecton.crm.domain.edit.Text;
import com.vecton.crm.domain.problem.FieldErrors;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a user may set on a task label. The name is trimmed, required and at most 50 characters;
 * the colour is {@code #RRGGBB} (see {@link LabelColor}), grey when absent. Uniqueness of the name
 * (case-insensitive) is a rule over all labels, so storage enforces it, not this value.
 */
public record TaskLabelDetails(String name, String color) {
    public static final int MAX_NAME = 50;

    public TaskLabelDetails {
        name = Text.clean(name);
        color = Text.clean(color);

        var errors = new FieldErrors();
        if (name == null) {
            errors.add("name", "is required");
        }
        errors.maxLength("name", name, MAX_NAME);
        if (color != null && !LabelColor.isValid(color)) {
            errors.add("color", "must be a colour written #RRGGBB");
        }
        errors.throwIfAny();
        color = LabelColor.normalise(color);
    }

    /** The fields by API name, for the audit trail's before/after. */
    public Map<String, Object> asFields() {
        var fields = new LinkedHashMap<String, Object>();
        fields.put("name", name);
        fields.put("color", color);
        return fields;
    }
}
