package com.vecton.crm.adapter.in.rest.time;

import com.vecton.crm.domain.time.TimeEntry;
import com.vecton.crm.domain.time.TimeEntryDetails;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Time entries as CSV, one row each as it arrives: RFC 4180 (comma, CRLF, fields quoted when they
 * hold a comma, quote or line break), UTF-8, a header row first. Quoting is Commons CSV's.
 *
 * <p>Formula injection (OWASP "CSV Injection"). A spreadsheet runs a cell that starts with
 * {@code =}, {@code +}, {@code -} or {@code @} as a formula, and TAB and CR can hide such a start;
 * a note is whatever a user typed, so a note like {@code =HYPERLINK(...)} would run on the
 * computer of whoever opens the export. Text cells that start with one of those characters get a
 * leading {@code '}, which spreadsheets show as text. Only text cells: numbers and times are ours,
 * and a number cell must stay a number (no negative number is ever written, but one would not be
 * quoted either).
 */
final class TimeEntryCsv {
    static final String MEDIA_TYPE = "text/csv; charset=UTF-8";
    static final List<String> COLUMNS = List.of(
            "id", "user_id", "project_id", "task_id", "started_at", "ended_at", "duration_minutes", "billable", "note");

    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final CSVFormat FORMAT = CSVFormat.RFC4180
            .builder()
            .setHeader(COLUMNS.toArray(String[]::new))
            .get();

    private final CSVPrinter printer;

    private TimeEntryCsv(CSVPrinter printer) {
        this.printer = printer;
    }

    /** Writes the header row; rows follow with {@link #write}, and {@link #finish} flushes. */
    static TimeEntryCsv writingTo(OutputStream out) {
        try {
            return new TimeEntryCsv(
                    new CSVPrinter(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)), FORMAT));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @throws UncheckedIOException when the client is gone, which ends the export */
    void write(TimeEntry entry) {
        TimeEntryDetails d = entry.details();
        try {
            printer.printRecord(
                    entry.id().value(),
                    text(entry.owner().value()),
                    d.projectId().value(),
                    d.taskId() == null ? null : d.taskId().value(),
                    d.startedAt(),
                    d.endedAt(),
                    d.durationMinutes(),
                    d.billable(),
                    text(d.note()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends what is buffered; the container closes the stream. */
    void finish() {
        try {
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A text cell as written: with a leading {@code '} when a spreadsheet would take it for a formula. */
    static String text(String value) {
        if (value == null || value.isEmpty() || FORMULA_STARTS.indexOf(value.charAt(0)) < 0) {
            return value;
        }
        return "'" + value;
    }
}
