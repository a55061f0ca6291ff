package com.vecton.crm.adapter.in.rest.input;

import com.vecton.crm.domain.problem.ValidationFailed;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** The field errors a reading records, as the 422 would list them: empty when it refused nothing. */
final class Refusals {
    private Refusals() {}

    static Map<String, List<String>> of(Consumer<InputErrors> reading) {
        var errors = new InputErrors();
        reading.accept(errors);
        try {
            errors.throwIfAny();
            return Map.of();
        } catch (ValidationFailed refused) {
            return refused.errors();
        }
    }
}
