package com.vecton.crm.application.port.out;

import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.shift.Shift;
import com.vecton.crm.domain.shift.ShiftId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Shift templates. */
public interface Shifts {

    /** @throws com.vecton.crm.domain.problem.RuleViolated {@code shift_name_taken} */
    Shift add(Shift.Details details, UserId createdBy, Instant at);

    /** @throws com.vecton.crm.domain.problem.RuleViolated {@code shift_name_taken} */
    Optional<Shift> replace(ShiftId id, Shift.Details details, Instant at);

    Optional<Shift> find(ShiftId id);

    List<Shift> all();

    /**
     * Deletes it for good; empty when there was none.
     *
     * @throws com.vecton.crm.domain.problem.RuleViolated {@code shift_in_use} while assignments name it
     */
    Optional<Shift> remove(ShiftId id);
}
