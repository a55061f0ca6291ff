package com.vecton.crm.adapter.in.rest.shift;

import com.vecton.crm.application.port.in.shift.AssignRecurringShiftUseCase;
import com.vecton.crm.application.port.in.shift.AssignShiftUseCase;
import com.vecton.crm.application.port.in.shift.CreateShiftUseCase;
import com.vecton.crm.application.port.in.shift.DeleteShiftUseCase;
import com.vecton.crm.application.port.in.shift.ListShiftAssignmentsUseCase;
import com.vecton.crm.application.port.in.shift.ListShiftsUseCase;
import com.vecton.crm.application.port.in.shift.ReplaceShiftUseCase;
import com.vecton.crm.application.port.in.shift.ShowRosterUseCase;
import com.vecton.crm.application.port.in.shift.ShowShiftAssignmentUseCase;
import com.vecton.crm.application.port.in.shift.UnassignShiftUseCase;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/** The in-ports the shift, assignment and roster routes drive, as one part of {@code RestUseCases}. */
public record ShiftUseCases(
        ListShiftsUseCase list,
        CreateShiftUseCase create,
        ReplaceShiftUseCase replace,
        DeleteShiftUseCase delete,
        AssignShiftUseCase assign,
        AssignRecurringShiftUseCase assignRecurring,
        UnassignShiftUseCase unassign,
        ListShiftAssignmentsUseCase assignments,
        ShowShiftAssignmentUseCase showAssignment,
        ShowRosterUseCase roster) {
    public static final List<Class<?>> RESOURCE_CLASSES =
            List.of(ShiftResource.class, ShiftAssignmentResource.class, RosterResource.class);

    public ShiftUseCases {
        if (Stream.of(list, create, replace, delete, assign, assignRecurring, unassign, assignments, roster)
                .anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("every shift use case of the HTTP API is wired");
        }
    }

    public List<Object> resources() {
        return List.of(new ShiftResource(this), new ShiftAssignmentResource(this), new RosterResource(this));
    }
}
