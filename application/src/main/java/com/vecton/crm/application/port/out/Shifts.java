package com.vecton.crm.application.port.out;

import com.vecton.crm.domain.shift.Shift;
import com.vecton.crm.domain.shift.ShiftId;
import java.util.Optional;

/**
 * Shift templates; {@code add} and {@code replace} throw {@link
 * com.vecton.crm.domain.problem.RuleViolated} {@code shift_name_taken}.
 */
public interface Shifts extends ConfigurationStore<ShiftId, Shift, Shift.Details> {

    /**
     * Deletes it for good; empty when there was none.
     *
     * @throws com.vecton.crm.domain.problem.RuleViolated {@code shift_in_use} while assignments name it
     */
    Optional<Shift> remove(ShiftId id);
}
