package com.vecton.crm.adapter.in.rest.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.project.ProjectId;
import com.vecton.crm.domain.task.TaskId;
import com.vecton.crm.domain.time.TimeEntry;
import com.vecton.crm.domain.time.TimeEntryDetails;
import com.vecton.crm.domain.time.TimeEntryId;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class TimeEntryCsvTest {
    private static final Instant TEN = Instant.parse("2026-11-20T10:00:00Z");

    private static TimeEntry entry(long id, String owner, String note, Instant end, TaskId task) {
        return TimeEntry.restore(
                new TimeEntryId(id),
                new UserId(owner),
                new TimeEntryDetails(new ProjectId(12), task, TEN, end, note, true),
                null,
                TEN,
                TEN,
                null,
                1);
    }

    private static String csvOf(TimeEntry... entries) {
        var out = new ByteArrayOutputStream();
        var csv = TimeEntryCsv.writingTo(out);
        for (TimeEntry entry : entries) {
            csv.write(entry);
        }
        csv.finish();
        return out.toString(StandardCharsets.UTF_8);
    }

    private static List<CSVRecord> parsed(String csv) throws Exception {
        return CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords();
    }

    @Test
    void the_header_names_the_columns_and_rows_end_with_crlf() {
        String csv = csvOf(entry(1, "u-odon", "Kick-off", TEN.plusSeconds(5400), new TaskId(7)));

        assertEquals(
                "id,user_id,project_id,task_id,started_at,ended_at,duration_minutes,billable,note\r\n"
                        + "1,u-odon,12,7,2026-11-20T10:00:00Z,2026-11-20T11:30:00Z,90,true,Kick-off\r\n",
                csv);
    }

    @Test
    void a_running_timer_without_task_or_note_leaves_those_cells_empty() throws Exception {
        var row = parsed(csvOf(entry(2, "u-odon", null, null, null))).get(1);

        assertEquals(List.of("2", "u-odon", "12", "", "2026-11-20T10:00:00Z", "", "", "true", ""), row.toList());
    }

    @Test
    void text_cells_that_a_spreadsheet_would_run_start_with_a_quote() throws Exception {
        for (String formula : List.of("=HYPERLINK(\"http://evil\",\"x\")", "+1+1", "-2+3", "@SUM(A1)")) {
            var row = parsed(csvOf(entry(3, "u-odon", formula, TEN.plusSeconds(60), null)))
                    .get(1);
            assertEquals("'" + formula, row.get(8), formula);
        }
        var ownerRow = parsed(csvOf(entry(4, "=cmd", "fine", TEN.plusSeconds(60), null)))
                .get(1);
        assertEquals("'=cmd", ownerRow.get(1));
        // Notes are trimmed by the domain, so these reach a cell only through other text; guarded all the same.
        assertEquals("'\t=1+1", TimeEntryCsv.text("\t=1+1"));
        assertEquals("'\r=1+1", TimeEntryCsv.text("\r=1+1"));
    }

    @Test
    void ordinary_text_and_every_number_cell_are_written_as_they_are() throws Exception {
        var row = parsed(csvOf(entry(5, "u-odon", "Call, \"quoted\"\nsecond line", TEN.plusSeconds(60), null)))
                .get(1);

        assertEquals("Call, \"quoted\"\nsecond line", row.get(8), "quoting is the CSV library's");
        assertEquals("1", row.get(6));
        assertEquals("'-5", TimeEntryCsv.text("-5"), "a text cell that looks like a negative number is still text");
        assertEquals("5 - 3 = 2", TimeEntryCsv.text("5 - 3 = 2"));
        assertEquals(null, TimeEntryCsv.text(null));
    }
}
