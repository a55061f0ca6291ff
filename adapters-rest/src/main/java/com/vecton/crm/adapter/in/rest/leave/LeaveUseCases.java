package com.vecton.crm.adapter.in.rest.leave;

import com.vecton.crm.application.port.in.leave.AddHolidayUseCase;
import com.vecton.crm.application.port.in.leave.AdjustLeaveBalanceUseCase;
import com.vecton.crm.application.port.in.leave.CreateLeaveTypeUseCase;
import com.vecton.crm.application.port.in.leave.DecideLeaveRequestUseCase;
import com.vecton.crm.application.port.in.leave.LeaveCalendarUseCase;
import com.vecton.crm.application.port.in.leave.ListHolidaysUseCase;
import com.vecton.crm.application.port.in.leave.ListLeaveRequestsUseCase;
import com.vecton.crm.application.port.in.leave.ListLeaveTypesUseCase;
import com.vecton.crm.application.port.in.leave.RemoveHolidayUseCase;
import com.vecton.crm.application.port.in.leave.ReplaceLeaveTypeUseCase;
import com.vecton.crm.application.port.in.leave.ShowHolidayUseCase;
import com.vecton.crm.application.port.in.leave.ShowLeaveBalancesUseCase;
import com.vecton.crm.application.port.in.leave.ShowLeaveRequestUseCase;
import com.vecton.crm.application.port.in.leave.SubmitLeaveRequestUseCase;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/** The in-ports the leave routes drive, as one part of {@code RestUseCases}. */
public record LeaveUseCases(
        ListHolidaysUseCase listHolidays,
        ShowHolidayUseCase showHoliday,
        AddHolidayUseCase addHoliday,
        RemoveHolidayUseCase removeHoliday,
        ListLeaveTypesUseCase listTypes,
        CreateLeaveTypeUseCase createType,
        ReplaceLeaveTypeUseCase replaceType,
        SubmitLeaveRequestUseCase submit,
        DecideLeaveRequestUseCase decide,
        ShowLeaveRequestUseCase showRequest,
        ListLeaveRequestsUseCase listRequests,
        LeaveCalendarUseCase calendar,
        ShowLeaveBalancesUseCase balances,
        AdjustLeaveBalanceUseCase adjust) {
    /** The resource classes, for {@code RestApi.RESOURCE_CLASSES}. */
    public static final List<Class<?>> RESOURCE_CLASSES = List.of(
            HolidayResource.class,
            LeaveTypeResource.class,
            LeaveRequestResource.class,
            LeaveCalendarResource.class,
            LeaveBalanceResource.class);

    public LeaveUseCases {
        if (Stream.of(
                        listHolidays,
                        addHoliday,
                        removeHoliday,
                        listTypes,
                        createType,
                        replaceType,
                        submit,
                        decide,
                        showRequest,
                        listRequests,
                        calendar,
                        balances,
                        adjust)
                .anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("every leave use case of the HTTP API is wired");
        }
    }

    /** The leave routes, in the order of {@link #RESOURCE_CLASSES}. */
    public List<Object> resources() {
        return List.of(
                new HolidayResource(this),
                new LeaveTypeResource(this),
                new LeaveRequestResource(this),
                new LeaveCalendarResource(this),
                new LeaveBalanceResource(this));
    }
}
