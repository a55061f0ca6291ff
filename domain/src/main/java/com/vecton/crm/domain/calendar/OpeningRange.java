package com.vecton.crm.domain.calendar;

import com.vecton.crm.domain.problem.ValidationFailed;
import java.util.regex.Pattern;

/**
 * One opening range of a weekday in wall-clock minutes from midnight, half-open {@code [start, end)};
 * {@code end} may be 1440 ({@code "24:00"}), the end of the day. A range never crosses midnight: a
 * calendar open overnight has one range ending at 24:00 and one starting at 00:00 the next day.
 */
public record OpeningRange(int startMinute, int endMinute) {
    public static final int DAY_MINUTES = 24 * 60;
    private static final Pattern CLOCK = Pattern.compile("([01][0-9]|2[0-4]):([0-5][0-9])");

    public OpeningRange {
        if (startMinute < 0 || endMinute > DAY_MINUTES || startMinute >= endMinute) {
            throw new IllegalArgumentException("an opening range starts before it ends, within one day: "
                    + clock(startMinute) + "-" + clock(endMinute));
        }
    }

    /** A range from two clock times {@code "HH:MM"} ({@code "24:00"} allowed as an end). */
    public static OpeningRange of(String start, String end) {
        int s = minuteOf(start, "start");
        int e = minuteOf(end, "end");
        if (s >= e) {
            throw ValidationFailed.of("end", "must be after start");
        }
        return new OpeningRange(s, e);
    }

    private static int minuteOf(String clock, String field) {
        var m = clock == null ? null : CLOCK.matcher(clock);
        if (m == null || !m.matches()) {
            throw ValidationFailed.of(field, "must be a time HH:MM");
        }
        int minute = Integer.parseInt(m.group(1)) * 60 + Integer.parseInt(m.group(2));
        if (minute > DAY_MINUTES) {
            throw ValidationFailed.of(field, "must be at most 24:00");
        }
        return minute;
    }

    public String start() {
        return clock(startMinute);
    }

    public String end() {
        return clock(endMinute);
    }

    public boolean overlaps(OpeningRange other) {
        return startMinute < other.endMinute && other.startMinute < endMinute;
    }

    static String clock(int minute) {
        return String.format("%02d:%02d", minute / 60, minute % 60);
    }
}
