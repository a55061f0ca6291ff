package com.vecton.crm.application.port.out;

import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.leave.LeaveType;
import com.vecton.crm.domain.leave.LeaveTypeId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The tenant's leave types. */
public interface LeaveTypes {

    /** @throws com.vecton.crm.domain.problem.RuleViolated {@code leave_type_name_taken} */
    LeaveType add(LeaveType.Details details, UserId createdBy, Instant at);

    /** @throws com.vecton.crm.domain.problem.RuleViolated {@code leave_type_name_taken} */
    Optional<LeaveType> replace(LeaveTypeId id, LeaveType.Details details, Instant at);

    Optional<LeaveType> find(LeaveTypeId id);

    /** Every type, by name. */
    List<LeaveType> all();
}
