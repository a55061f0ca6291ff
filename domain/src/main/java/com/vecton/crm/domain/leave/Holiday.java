package com.vecton.crm.domain.leave;

import com.vecton.crm.domain.edit.Text;
import com.vecton.crm.domain.problem.FieldErrors;
import java.time.LocalDate;

/** A tenant's public holiday: a closed day for leave counting and for every business-hours calendar. */
public record Holiday(HolidayId id, LocalDate date, String name) {
    public static final int MAX_NAME = 100;
    /** Two holidays on one date ({@code 422 holiday_date_taken}). */
    public static final String DATE_TAKEN = "holiday_date_taken";

    /** The fields a client sends. */
    public record Details(LocalDate date, String name) {
        public Details {
            name = Text.clean(name);
            var errors = new FieldErrors();
            if (date == null) {
                errors.add("date", "is required");
            }
            if (name == null) {
                errors.add("name", "is required");
            }
            errors.maxLength("name", name, MAX_NAME);
            errors.throwIfAny();
        }
    }
}
