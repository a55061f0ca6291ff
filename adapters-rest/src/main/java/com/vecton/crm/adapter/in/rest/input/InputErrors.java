package com.vecton.crm.adapter.in.rest.input;

import com.vecton.crm.domain.problem.FieldErrors;
import com.vecton.crm.domain.problem.ValidationFailed;
import java.util.function.Supplier;

/**
 * Gathers every field error of one request, from the adapter's own parsing and from the domain's
 * validating constructors alike, so a client gets them all in a single 422.
 */
public final class InputErrors {
    private final FieldErrors errors = new FieldErrors();

    /** What a value outside the range its field can hold is told, numbers and dates alike. */
    public static String outOfRange(Object first, Object last) {
        return "must be between " + first + " and " + last;
    }

    public InputErrors add(String field, String message) {
        errors.add(field, message);
        return this;
    }

    /**
     * Runs a validating constructor; its failures join the others and the result is {@code null}.
     * Callers use the result only after {@link #throwIfAny()}, so the {@code null} never travels.
     */
    public <T> T capture(Supplier<T> build) {
        try {
            return build.get();
        } catch (ValidationFailed invalid) {
            invalid.errors().forEach((field, messages) -> messages.forEach(message -> errors.add(field, message)));
            return null;
        }
    }

    /**
     * As {@link #capture(Supplier)}, for one item of a list in the body: the fields of its failures
     * are named under {@code prefix}, as {@code stages.2.name} names the third stage's name.
     */
    public <T> T capture(String prefix, Supplier<T> build) {
        try {
            return build.get();
        } catch (ValidationFailed invalid) {
            invalid.errors()
                    .forEach((field, messages) -> messages.forEach(message -> errors.add(prefix + field, message)));
            return null;
        }
    }

    /** Whether {@code field} has an error already. */
    public boolean has(String field) {
        return errors.has(field);
    }

    public void throwIfAny() {
        errors.throwIfAny();
    }
}
