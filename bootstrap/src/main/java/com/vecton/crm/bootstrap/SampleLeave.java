package com.vecton.crm.bootstrap;

import com.vecton.crm.adapter.in.rest.RestUseCases;
import com.vecton.crm.application.port.in.leave.LeaveDecision;
import com.vecton.crm.application.port.in.leave.LeaveRequestDraft;
import com.vecton.crm.domain.access.Caller;
import com.vecton.crm.domain.calendar.CalendarSpec;
import com.vecton.crm.domain.calendar.OpeningRange;
import com.vecton.crm.domain.leave.DayHalf;
import com.vecton.crm.domain.leave.Holiday;
import com.vecton.crm.domain.leave.LeavePeriod;
import com.vecton.crm.domain.leave.LeaveType;
import com.vecton.crm.domain.shift.Recurrence;
import com.vecton.crm.domain.shift.Shift;
import com.vecton.crm.domain.sla.SlaPolicy;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The sample tenant's people and service levels: Hungarian public holidays of this year and the
 * next, three leave types, a few requests of {@code u-reader} (pending and approved) in the coming
 * weeks, three shifts with {@code u-reader} on the early one next Monday to Wednesday, an office
 * calendar and an SLA policy for urgent and high tasks; loaded through the use cases so the
 * activity log holds their rows.
 */
final class SampleLeave {
    private static final List<MonthDay> HOLIDAYS = List.of(
            MonthDay.of(1, 1),
            MonthDay.of(3, 15),
            MonthDay.of(5, 1),
            MonthDay.of(8, 20),
            MonthDay.of(10, 23),
            MonthDay.of(11, 1),
            MonthDay.of(12, 24),
            MonthDay.of(12, 25),
            MonthDay.of(12, 26));
    private static final List<String> HOLIDAY_NAMES = List.of(
            "Újév",
            "Nemzeti ünnep",
            "A munka ünnepe",
            "Államalapítás ünnepe",
            "Nemzeti ünnep",
            "Mindenszentek",
            "Szenteste",
            "Karácsony",
            "Karácsony másnapja");

    private SampleLeave() {}

    /** What was loaded, for the log line. */
    record Loaded(int holidays, int types, int requests, int shifts, int assignments, int policies) {}

    static Loaded load(RestUseCases useCases, Instant now, Caller admin) {
        var leave = useCases.leave();
        var manage = SampleData.admin(admin, "leaves.manage");
        int year = now.atZone(ZoneOffset.UTC).getYear();
        int holidays = 0;
        for (int y = year; y <= year + 1; y++) {
            for (int i = 0; i < HOLIDAYS.size(); i++) {
                leave.addHoliday()
                        .add(manage, new Holiday.Details(HOLIDAYS.get(i).atYear(y), HOLIDAY_NAMES.get(i)));
                holidays++;
            }
        }
        var annual = leave.createType()
                .create(manage, new LeaveType.Details("Szabadság / Urlaub", new BigDecimal("25"), false, true, true));
        leave.createType()
                .create(manage, new LeaveType.Details("Betegszabadság / Krankheit", null, false, false, true));
        leave.createType().create(manage, new LeaveType.Details("Home office", null, false, true, true));

        var monday = now.atZone(ZoneOffset.UTC).toLocalDate().with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        var reader = SampleData.READER;
        var approved = leave.submit()
                .submit(
                        manage,
                        new LeaveRequestDraft(
                                reader,
                                annual.id(),
                                period(monday.plusWeeks(2), monday.plusWeeks(2).plusDays(4)),
                                "Családi nyaralás"));
        leave.decide()
                .decide(manage, approved.id(), new LeaveDecision(LeaveDecision.Verb.APPROVE, "Jó pihenést!", false));
        leave.submit()
                .submit(
                        manage,
                        new LeaveRequestDraft(
                                reader,
                                annual.id(),
                                new LeavePeriod(
                                        working(monday.plusWeeks(4)),
                                        working(monday.plusWeeks(4)),
                                        DayHalf.PM,
                                        DayHalf.PM),
                                "Zahnarzt"));
        leave.submit()
                .submit(
                        manage,
                        new LeaveRequestDraft(
                                SampleData.ADMIN,
                                annual.id(),
                                period(
                                        working(monday.plusWeeks(5)),
                                        working(monday.plusWeeks(5)).plusDays(1)),
                                null));
        var shifts = useCases.shifts();
        var shiftsAdmin = SampleData.admin(admin, "shifts.create");
        var early = shifts.create()
                .create(
                        shiftsAdmin,
                        new Shift.Details("Korai / Früh", LocalTime.of(6, 0), LocalTime.of(14, 0), 30, "#F9A825"));
        shifts.create()
                .create(
                        shiftsAdmin,
                        new Shift.Details("Késő / Spät", LocalTime.of(14, 0), LocalTime.of(22, 0), 30, "#1565C0"));
        shifts.create()
                .create(
                        shiftsAdmin,
                        new Shift.Details("Éjszaka / Nacht", LocalTime.of(22, 0), LocalTime.of(6, 0), 45, "#4A148C"));
        var assigned = shifts.assignRecurring()
                .assign(
                        SampleData.admin(admin, "shift_assignments.create"),
                        reader,
                        early.id(),
                        new Recurrence(
                                EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY),
                                monday,
                                monday.plusDays(2)));

        var sla = useCases.sla();
        var slaAdmin = SampleData.admin(admin, "sla.create");
        var hours = new EnumMap<DayOfWeek, List<OpeningRange>>(DayOfWeek.class);
        for (var day : EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)) {
            hours.put(day, List.of(OpeningRange.of("09:00", "12:00"), OpeningRange.of("13:00", "17:00")));
        }
        var office = sla.saveCalendar()
                .saveCalendar(slaAdmin, null, new CalendarSpec.Details("Iroda / Büro", "Europe/Budapest", hours));
        sla.savePolicy()
                .savePolicy(
                        slaAdmin,
                        null,
                        new SlaPolicy.Details(
                                "Sürgős / Dringend",
                                office.id(),
                                Set.of("urgent", "high"),
                                null,
                                null,
                                60,
                                8 * 60,
                                Set.of("review"),
                                30,
                                true,
                                0));
        return new Loaded(holidays, 3, 3, 3, assigned.size(), 1);
    }

    /** The day, or the first working day after it (no weekend, no sample holiday). */
    private static LocalDate working(LocalDate day) {
        while (day.getDayOfWeek().getValue() > 5 || HOLIDAYS.contains(MonthDay.from(day))) {
            day = day.plusDays(1);
        }
        return day;
    }

    private static LeavePeriod period(LocalDate start, LocalDate end) {
        return new LeavePeriod(start, end, DayHalf.FULL, DayHalf.FULL);
    }
}
