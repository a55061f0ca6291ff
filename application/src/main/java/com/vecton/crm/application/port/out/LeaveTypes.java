package com.vecton.crm.application.port.out;

import com.vecton.crm.domain.leave.LeaveType;
import com.vecton.crm.domain.leave.LeaveTypeId;

/**
 * The tenant's leave types, {@link #all()} by name; {@code add} and {@code replace} throw {@link
 * com.vecton.crm.domain.problem.RuleViolated} {@code leave_type_name_taken}.
 */
public interface LeaveTypes extends ConfigurationStore<LeaveTypeId, LeaveType, LeaveType.Details> {}
