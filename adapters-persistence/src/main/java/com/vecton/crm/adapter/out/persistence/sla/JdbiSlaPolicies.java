package com.vecton.crm.adapter.out.persistence.sla;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vecton.crm.adapter.out.persistence.Columns;
import com.vecton.crm.application.port.out.SlaPolicies;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.calendar.CalendarSpec;
import com.vecton.crm.domain.calendar.OpeningRange;
import com.vecton.crm.domain.problem.RuleViolated;
import com.vecton.crm.domain.sla.SlaPolicy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Array;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.postgresql.util.PSQLException;

/** Business calendars and SLA policies (V43); rows mapped by hand, opening hours as jsonb. */
public final class JdbiSlaPolicies implements SlaPolicies {
    public static final String POLICY_NAME_TAKEN = "sla_policy_name_taken";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CALENDAR_COLUMNS = "id, name, timezone, hours::text AS hours";
    private static final String POLICY_COLUMNS = """
            id, name, calendar_id, priorities, project_id, label_id, first_response_minutes, resolution_minutes,
            pause_statuses, warn_before_minutes, active, position""";

    private static final RowMapper<CalendarSpec> CALENDAR = (rows, ctx) -> new CalendarSpec(
            rows.getLong("id"),
            new CalendarSpec.Details(
                    rows.getString("name"), rows.getString("timezone"), hours(rows.getString("hours"))));

    private static final RowMapper<SlaPolicy> POLICY = (rows, ctx) -> new SlaPolicy(
            rows.getLong("id"),
            new SlaPolicy.Details(
                    rows.getString("name"),
                    rows.getLong("calendar_id"),
                    texts(rows.getArray("priorities")),
                    Columns.nullableLong(rows, rows.findColumn("project_id")),
                    Columns.nullableLong(rows, rows.findColumn("label_id")),
                    Columns.nullableInt(rows, rows.findColumn("first_response_minutes")),
                    Columns.nullableInt(rows, rows.findColumn("resolution_minutes")),
                    texts(rows.getArray("pause_statuses")),
                    rows.getInt("warn_before_minutes"),
                    rows.getBoolean("active"),
                    rows.getInt("position")));

    private final Jdbi jdbi;

    public JdbiSlaPolicies(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    private static Set<String> texts(Array array) throws SQLException {
        return array == null ? Set.of() : Set.copyOf(Arrays.asList((String[]) array.getArray()));
    }

    /** {"monday": [["09:00", "12:00"], ...], ...}, the stored shape of opening hours. */
    static String json(Map<DayOfWeek, List<OpeningRange>> hours) {
        ObjectNode root = JSON.createObjectNode();
        hours.forEach((day, ranges) -> {
            ArrayNode list = root.putArray(day.name().toLowerCase(Locale.ROOT));
            ranges.forEach(r -> list.addArray().add(r.start()).add(r.end()));
        });
        return root.toString();
    }

    static Map<DayOfWeek, List<OpeningRange>> hours(String json) {
        try {
            var root = JSON.readTree(json);
            var hours = new EnumMap<DayOfWeek, List<OpeningRange>>(DayOfWeek.class);
            root.fields().forEachRemaining(entry -> {
                var ranges = new ArrayList<OpeningRange>();
                entry.getValue()
                        .forEach(pair -> ranges.add(OpeningRange.of(
                                pair.get(0).asText(), pair.get(1).asText())));
                hours.put(DayOfWeek.valueOf(entry.getKey().toUpperCase(Locale.ROOT)), ranges);
            });
            return hours;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> T unique(String code, String what, Supplier<T> write) {
        try {
            return write.get();
        } catch (UnableToExecuteStatementException e) {
            if (e.getCause() instanceof PSQLException sql && "23505".equals(sql.getSQLState())) {
                throw new RuleViolated(code, "Another " + what + " has this name.");
            }
            if (e.getCause() instanceof PSQLException sql && "23503".equals(sql.getSQLState())) {
                throw com.vecton.crm.domain.problem.ValidationFailed.of(
                        "applies_to", "project_id and label_id must name an existing project and label");
            }
            throw e;
        }
    }

    @Override
    public CalendarSpec addCalendar(CalendarSpec.Details d, UserId createdBy, Instant at) {
        return unique(
                CalendarSpec.NAME_TAKEN,
                "calendar",
                () -> jdbi.withHandle(handle -> handle.createQuery("""
                        INSERT INTO business_calendars (name, timezone, hours, created_by, created_at, updated_at)
                        VALUES (:name, :zone, CAST(:hours AS jsonb), :createdBy, :at, :at)
                        RETURNING\s""" + CALENDAR_COLUMNS)
                        .bind("name", d.name())
                        .bind("zone", d.timezone())
                        .bind("hours", json(d.hours()))
                        .bind("createdBy", createdBy == null ? null : createdBy.value())
                        .bind("at", Columns.timestamptz(at))
                        .map(CALENDAR)
                        .one()));
    }

    @Override
    public Optional<CalendarSpec> replaceCalendar(long id, CalendarSpec.Details d, Instant at) {
        return unique(
                CalendarSpec.NAME_TAKEN,
                "calendar",
                () -> jdbi.withHandle(handle -> handle.createQuery("""
                        UPDATE business_calendars SET name = :name, timezone = :zone, hours = CAST(:hours AS jsonb),
                               updated_at = :at
                        WHERE id = :id
                        RETURNING\s""" + CALENDAR_COLUMNS)
                        .bind("id", id)
                        .bind("name", d.name())
                        .bind("zone", d.timezone())
                        .bind("hours", json(d.hours()))
                        .bind("at", Columns.timestamptz(at))
                        .map(CALENDAR)
                        .findOne()));
    }

    @Override
    public Optional<CalendarSpec> calendar(long id) {
        return jdbi.withHandle(
                handle -> handle.createQuery("SELECT " + CALENDAR_COLUMNS + " FROM business_calendars WHERE id = :id")
                        .bind("id", id)
                        .map(CALENDAR)
                        .findOne());
    }

    @Override
    public List<CalendarSpec> calendars() {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT " + CALENDAR_COLUMNS + " FROM business_calendars ORDER BY lower(name), id")
                .map(CALENDAR)
                .list());
    }

    @Override
    public SlaPolicy addPolicy(SlaPolicy.Details d, UserId createdBy, Instant at) {
        return unique(
                POLICY_NAME_TAKEN,
                "SLA policy",
                () -> jdbi.withHandle(handle -> handle.createQuery("""
                        INSERT INTO sla_policies (name, calendar_id, priorities, project_id, label_id,
                            first_response_minutes, resolution_minutes, pause_statuses, warn_before_minutes, active,
                            position, created_by, created_at, updated_at)
                        VALUES (:name, :calendar, :priorities, :project, :label, :first, :resolution, :pauses, :warn,
                            :active, :position, :createdBy, :at, :at)
                        RETURNING\s""" + POLICY_COLUMNS)
                        .bind("name", d.name())
                        .bind("calendar", d.calendarId())
                        .bindArray("priorities", String.class, List.copyOf(d.priorities()))
                        .bindByType("project", d.projectId(), Long.class)
                        .bindByType("label", d.labelId(), Long.class)
                        .bindByType("first", d.firstResponseMinutes(), Integer.class)
                        .bindByType("resolution", d.resolutionMinutes(), Integer.class)
                        .bindArray("pauses", String.class, List.copyOf(d.pauseStatuses()))
                        .bind("warn", d.warnBeforeMinutes())
                        .bind("active", d.active())
                        .bind("position", d.position())
                        .bind("createdBy", createdBy == null ? null : createdBy.value())
                        .bind("at", Columns.timestamptz(at))
                        .map(POLICY)
                        .one()));
    }

    @Override
    public Optional<SlaPolicy> replacePolicy(long id, SlaPolicy.Details d, Instant at) {
        return unique(
                POLICY_NAME_TAKEN,
                "SLA policy",
                () -> jdbi.withHandle(handle -> handle.createQuery("""
                        UPDATE sla_policies SET name = :name, calendar_id = :calendar, priorities = :priorities,
                            project_id = :project, label_id = :label, first_response_minutes = :first,
                            resolution_minutes = :resolution, pause_statuses = :pauses, warn_before_minutes = :warn,
                            active = :active, position = :position, updated_at = :at
                        WHERE id = :id
                        RETURNING\s""" + POLICY_COLUMNS)
                        .bind("id", id)
                        .bind("name", d.name())
                        .bind("calendar", d.calendarId())
                        .bindArray("priorities", String.class, List.copyOf(d.priorities()))
                        .bindByType("project", d.projectId(), Long.class)
                        .bindByType("label", d.labelId(), Long.class)
                        .bindByType("first", d.firstResponseMinutes(), Integer.class)
                        .bindByType("resolution", d.resolutionMinutes(), Integer.class)
                        .bindArray("pauses", String.class, List.copyOf(d.pauseStatuses()))
                        .bind("warn", d.warnBeforeMinutes())
                        .bind("active", d.active())
                        .bind("position", d.position())
                        .bind("at", Columns.timestamptz(at))
                        .map(POLICY)
                        .findOne()));
    }

    @Override
    public Optional<SlaPolicy> policy(long id) {
        return jdbi.withHandle(
                handle -> handle.createQuery("SELECT " + POLICY_COLUMNS + " FROM sla_policies WHERE id = :id")
                        .bind("id", id)
                        .map(POLICY)
                        .findOne());
    }

    @Override
    public List<SlaPolicy> policies() {
        return jdbi.withHandle(
                handle -> handle.createQuery("SELECT " + POLICY_COLUMNS + " FROM sla_policies ORDER BY position, id")
                        .map(POLICY)
                        .list());
    }
}
