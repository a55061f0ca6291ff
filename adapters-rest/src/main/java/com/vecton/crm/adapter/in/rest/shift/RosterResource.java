package com.vecton.crm.adapter.in.rest.shift;

import com.vecton.crm.adapter.in.rest.gate.Callers;
import com.vecton.crm.adapter.in.rest.gate.RequiresPermission;
import com.vecton.crm.adapter.in.rest.gate.ResourceType;
import com.vecton.crm.adapter.in.rest.input.DateRangeParams;
import com.vecton.crm.adapter.in.rest.input.InputErrors;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The roster: per user per day, shifts and leave together; as JSON or as CSV. */
@Path("/api/roster")
@ResourceType("shift_assignments")
@Tag(name = "shifts")
public final class RosterResource {
    static final String CSV = "text/csv; charset=UTF-8";
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private final ShiftUseCases uses;

    RosterResource(ShiftUseCases uses) {
        this.uses = uses;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RequiresPermission("shift_assignments.list")
    @Operation(
            operationId = "showRoster",
            summary = "The roster: shifts and leave per user per day",
            description =
                    "Every user with a shift or pending or approved leave from from to to (required, at most 366 days"
                            + " apart), each with every day of the range.")
    public ShiftJson.RosterBody show(@BeanParam DateRangeParams dates, @Context ContainerRequestContext request) {
        var errors = new InputErrors();
        var range = dates.read(errors);
        errors.throwIfAny();
        return ShiftJson.RosterBody.of(uses.roster().roster(Callers.requester(request), range.first(), range.last()));
    }

    @GET
    @Path("export")
    @Produces(CSV)
    @RequiresPermission("shift_assignments.list")
    @Operation(
            operationId = "exportRoster",
            summary = "The roster as CSV",
            description =
                    "One row per user, day and shift or leave: user_id,date,working_day,kind,name,starts_at,ends_at,"
                            + "part,status (kind shift or leave); text cells that a spreadsheet would run as a formula get a leading '.",
            responses =
                    @ApiResponse(
                            responseCode = "200",
                            description = "CSV",
                            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string"))))
    public Response export(@BeanParam DateRangeParams dates, @Context ContainerRequestContext request) {
        var errors = new InputErrors();
        var range = dates.read(errors);
        errors.throwIfAny();
        var roster =
                ShiftJson.RosterBody.of(uses.roster().roster(Callers.requester(request), range.first(), range.last()));
        StreamingOutput body = out -> {
            var format = CSVFormat.RFC4180
                    .builder()
                    .setHeader(
                            "user_id", "date", "working_day", "kind", "name", "starts_at", "ends_at", "part", "status")
                    .get();
            var printer =
                    new CSVPrinter(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)), format);
            for (var user : roster.data()) {
                for (var day : user.days()) {
                    for (var shift : day.shifts()) {
                        printer.printRecord(
                                text(user.userId()),
                                day.date(),
                                day.workingDay(),
                                "shift",
                                text(shift.name()),
                                shift.startsAt(),
                                shift.endsAt(),
                                null,
                                null);
                    }
                    for (var leave : day.leave()) {
                        printer.printRecord(
                                text(user.userId()),
                                day.date(),
                                day.workingDay(),
                                "leave",
                                null,
                                null,
                                null,
                                leave.part(),
                                leave.status());
                    }
                }
            }
            printer.flush();
        };
        return Response.ok(body, CSV)
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"roster-" + range.first() + "-" + range.last() + ".csv\"")
                .build();
    }

    static String text(String value) {
        if (value == null || value.isEmpty() || FORMULA_STARTS.indexOf(value.charAt(0)) < 0) {
            return value;
        }
        return "'" + value;
    }
}
