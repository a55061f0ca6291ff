package com.vecton.crm.adapter.in.rest.time;

import com.vecton.crm.adapter.in.rest.gate.Callers;
import com.vecton.crm.adapter.in.rest.gate.RequiresPermission;
import com.vecton.crm.adapter.in.rest.gate.ResourceType;
import com.vecton.crm.adapter.in.rest.input.ChangeParams;
import com.vecton.crm.adapter.in.rest.input.InputErrors;
import com.vecton.crm.adapter.in.rest.input.PageParams;
import com.vecton.crm.adapter.in.rest.item.ItemRoutes;
import com.vecton.crm.adapter.in.rest.json.ChangesOf;
import com.vecton.crm.adapter.in.rest.json.ItemOf;
import com.vecton.crm.adapter.in.rest.openapi.BodyOf;
import com.vecton.crm.adapter.in.rest.openapi.Created;
import com.vecton.crm.adapter.in.rest.openapi.OpenApiDocument;
import com.vecton.crm.adapter.in.rest.openapi.RouteProblem;
import com.vecton.crm.domain.listing.PageRequest;
import com.vecton.crm.domain.sync.SyncCursor;
import com.vecton.crm.domain.time.TimeEntry;
import com.vecton.crm.domain.time.TimeEntryAccess;
import com.vecton.crm.domain.time.TimeEntryEdit;
import com.vecton.crm.domain.time.TimeEntryExport;
import com.vecton.crm.domain.time.TimeEntryId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The time entry routes.
 *
 * <p>Whose time. Without {@link TimeEntryAccess#MANAGE} a caller works on their own
 * entries only: another user's entry is answered {@code 404 not_found} on every item route (show,
 * replace, edit, stop, delete, restore), exactly as an id that does not exist, so that sequential
 * ids do not reveal other users' entries; {@code ?user_id=} of another user on the list or the
 * export, and {@code user_id} of another user when recording or starting, are {@code 403
 * permission_denied} (after the route's own permission), since the caller named that user. With it,
 * all of that works for any user, and a list or export without {@code user_id} covers everybody
 * (without it: the caller's own). The use cases make these checks, and every one also runs the
 * full check of its route's permission on the entry's attributes ({@code resource.user_id},
 * {@code resource.project_id}, {@code resource.task_id}, {@code resource.billable},
 * {@code resource.created_by}), so a policy such as "update where {@code resource.user_id} is
 * {@code ${user.id}}" works as written.
 *
 * <p>Permissions follow the catalogue ({@code time_entries.{list,create,update,delete,export}}):
 * reading one entry needs {@code time_entries.list} (the catalogue has no {@code view}); starting
 * a timer creates an entry and stopping one updates it; restoring needs
 * {@code time_entries.restore}, as for every other soft-deleted type.
 *
 * <p>The export streams: rows go to the client as the database cursor yields them, so a year of
 * a team's time never sits in memory. Everything that can be refused (parameters, permissions) is
 * checked before the first byte; a failure after it (the database gone mid-way) can only cut the
 * download short, which the client sees as a truncated transfer, never as a complete file.
 */
@Path("/api/time-entries")
@ResourceType(TimeEntry.RESOURCE_TYPE)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "time entries")
public final class TimeEntryResource {
    private final TimeEntryUseCases uses;

    TimeEntryResource(TimeEntryUseCases uses) {
        this.uses = uses;
    }

    @GET
    @RequiresPermission("time_entries.list")
    @Operation(
            operationId = "listTimeEntries",
            description =
                    "Lists the live time entries the caller may see, newest first, with the minute totals of all matches.",
            summary =
                    "List live time entries, newest first, with the minutes of all "
                            + "matches per UTC day and per project in meta.totals (own entries unless the caller has time_entries.manage)")
    public TimeEntryJson.ListOf list(
            @BeanParam PageParams paging,
            @Parameter(
                            description =
                                    "whose entries; another user's needs time_entries.manage. Absent: everybody's "
                                            + "with time_entries.manage, else the caller's")
                    @QueryParam("user_id")
                    String userId,
            @Parameter(schema = @Schema(type = "integer", format = "int64")) @QueryParam("project_id") String projectId,
            @Parameter(schema = @Schema(type = "integer", format = "int64")) @QueryParam("task_id") String taskId,
            @Parameter(
                            description =
                                    "entries starting at or after: a time (2026-11-20T08:00:00Z) or a UTC date (its start)",
                            schema = @Schema(ref = OpenApiDocument.DATE_OR_TIME_REF))
                    @QueryParam("from")
                    String from,
            @Parameter(
                            description = "entries starting before: a time, or a UTC date (to the end of that day)",
                            schema = @Schema(ref = OpenApiDocument.DATE_OR_TIME_REF))
                    @QueryParam("to")
                    String to,
            @Context ContainerRequestContext request) {
        var errors = new InputErrors();
        PageRequest pageRequest = paging.read(errors);
        var filters = TimeEntryFilters.read(userId, projectId, taskId, from, to, errors);
        errors.throwIfAny();
        return TimeEntryJson.ListOf.of(
                uses.list().list(Callers.requester(request), filters.owner(), filters.query(), pageRequest));
    }

    @GET
    @Path("export")
    @Produces(TimeEntryCsv.MEDIA_TYPE)
    @RequiresPermission("time_entries.export")
    @Operation(
            operationId = "exportTimeEntries",
            summary = "Download the live time entries of up to 366 days as CSV, "
                    + "oldest first (own entries unless the caller has time_entries.manage)",
            description =
                    "Columns: id, user_id, project_id, task_id, started_at, ended_at, duration_minutes, billable, "
                            + "note. Text cells that a spreadsheet would run as a formula (starting with = + - @, TAB or CR) "
                            + "start with a ' instead. from and to are required (422 otherwise, and when to is more than 366 "
                            + "days after from); format must be csv (the default).",
            responses =
                    @ApiResponse(
                            responseCode = "200",
                            description = "the CSV file, streamed",
                            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string"))))
    public Response export(
            @Parameter(
                            required = true,
                            description = "a time or a UTC date (its start)",
                            schema = @Schema(ref = OpenApiDocument.DATE_OR_TIME_REF))
                    @QueryParam("from")
                    String from,
            @Parameter(
                            required = true,
                            description = "a time, or a UTC date (to the end of that day)",
                            schema = @Schema(ref = OpenApiDocument.DATE_OR_TIME_REF))
                    @QueryParam("to")
                    String to,
            @Parameter(schema = @Schema(allowableValues = "csv", defaultValue = "csv")) @QueryParam("format")
                    String format,
            @Parameter(description = "whose entries, as for the list") @QueryParam("user_id") String userId,
            @Parameter(schema = @Schema(type = "integer", format = "int64")) @QueryParam("project_id") String projectId,
            @Parameter(schema = @Schema(type = "integer", format = "int64")) @QueryParam("task_id") String taskId,
            @Context ContainerRequestContext request) {
        var errors = new InputErrors();
        if (format != null && !format.isBlank() && !format.strip().equalsIgnoreCase("csv")) {
            errors.add("format", "must be csv");
        }
        var filters = TimeEntryFilters.read(userId, projectId, taskId, from, to, errors);
        var export = filters.query() == null ? null : errors.capture(() -> new TimeEntryExport(filters.query()));
        errors.throwIfAny();
        var scoped = uses.export().export(Callers.requester(request), filters.owner(), export);
        StreamingOutput body = out -> {
            var csv = TimeEntryCsv.writingTo(out);
            try {
                scoped.writeTo(csv::write);
                csv.finish();
            } catch (UncheckedIOException clientGone) {
                // The stream's own failure, as the container expects it: not a bug of ours to log as one.
                throw clientGone.getCause();
            }
        };
        return Response.ok(body, TimeEntryCsv.MEDIA_TYPE)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"time-entries-" + forFileName(from) + "-" + forFileName(to) + ".csv\"")
                .build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RouteProblem(
            status = 422,
            codes = {TimeEntry.OVERLAP, TimeEntry.TIMER_ALREADY_RUNNING})
    @RequiresPermission("time_entries.create")
    @Created(TimeEntryJson.class)
    @Operation(
            operationId = "createTimeEntry",
            description =
                    "Records a finished stretch of time on a project or task, for the caller or, with time_entries.manage, another user.",
            summary = "Record time after the fact (another user's needs time_entries.manage)")
    public Response create(
            @BodyOf(TimeEntryInput.class) InputStream body,
            @Context ContainerRequestContext request,
            @Context UriInfo uri) {
        var input = TimeEntryInput.created(TimeEntryBody.read(body));
        var who = Callers.requester(request);
        return created(uri, uses.create().create(who, input.owner().orElse(who.userId()), input.details()));
    }

    @POST
    @Path("start")
    @Consumes(MediaType.APPLICATION_JSON)
    @RouteProblem(
            status = 422,
            codes = {TimeEntry.OVERLAP, TimeEntry.TIMER_ALREADY_RUNNING})
    @RequiresPermission("time_entries.create")
    @Created(value = TimeEntryJson.class, description = "started")
    @Operation(
            operationId = "startTimer",
            description = "Starts a running time entry from now; a user has at most one running timer.",
            summary = "Start a timer now; a user has at most one running " + "(422 timer_already_running)")
    public Response start(
            @BodyOf(TimeEntryInput.TimerInput.class) InputStream body,
            @Context ContainerRequestContext request,
            @Context UriInfo uri) {
        var timer = TimeEntryInput.Timer.read(TimeEntryBody.read(body));
        var who = Callers.requester(request);
        return created(
                uri,
                uses.start()
                        .start(
                                who,
                                timer.owner().orElse(who.userId()),
                                timer.project(),
                                timer.task(),
                                timer.note(),
                                timer.billable()));
    }

    @GET
    @Path("changes")
    @RequiresPermission("time_entries.list")
    @RouteProblem(status = 410, codes = SyncCursor.EXPIRED)
    @Operation(
            operationId = "listTimeEntryChanges",
            description =
                    "Answers the time entries the caller may see that changed after the cursor, each once as it is now,"
                            + " deleted ones as tombstones; a cursor older than 30 days is 410 sync_cursor_expired.",
            summary = "The time entries created, changed or deleted since a cursor, oldest change first (delta sync)")
    public ChangesOf<TimeEntryJson> changes(@BeanParam ChangeParams page, @Context ContainerRequestContext request) {
        return ChangesOf.of(uses.changes().changes(Callers.requester(request), page.read()), TimeEntryJson::from);
    }

    @GET
    @Path("{id}")
    @RequiresPermission("time_entries.list")
    @Operation(
            operationId = "showTimeEntry",
            description = "Answers one live time entry the caller may see.",
            summary = "Show one live time entry")
    public ItemOf<TimeEntryJson> show(@PathParam("id") String id, @Context ContainerRequestContext request) {
        return ItemOf.of(
                TimeEntryJson.from(uses.show().show(Callers.requester(request), ItemRoutes.id(id, TimeEntryId::new))));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RouteProblem(
            status = 422,
            codes = {TimeEntry.OVERLAP, TimeEntry.TIMER_ALREADY_RUNNING})
    @RequiresPermission("time_entries.update")
    @Operation(
            operationId = "replaceTimeEntry",
            description =
                    "Replaces every field of a live time entry with the body's, absent fields becoming null or their default; the owner stays.",
            summary = "Replace a time entry's details (absent fields become null " + "or the default; the owner stays)")
    public ItemOf<TimeEntryJson> replace(
            @PathParam("id") String id,
            @BodyOf(TimeEntryInput.class) InputStream body,
            @Context ContainerRequestContext request) {
        var entryId = ItemRoutes.id(id, TimeEntryId::new);
        var replacement = TimeEntryEdit.replacingWith(TimeEntryInput.replacement(TimeEntryBody.read(body)));
        return ItemOf.of(TimeEntryJson.from(uses.edit().edit(Callers.requester(request), entryId, replacement)));
    }

    @PATCH
    @Path("{id}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @RouteProblem(
            status = 422,
            codes = {TimeEntry.OVERLAP, TimeEntry.TIMER_ALREADY_RUNNING})
    @RequiresPermission("time_entries.update")
    @Operation(
            operationId = "editTimeEntry",
            description =
                    "Changes only the fields the body sends on a live time entry; a field sent as null is cleared.",
            summary = "Change some of a time entry's details (only the fields sent; null clears)")
    public ItemOf<TimeEntryJson> edit(
            @PathParam("id") String id,
            @BodyOf(TimeEntryInput.class) InputStream body,
            @Context ContainerRequestContext request) {
        var entryId = ItemRoutes.id(id, TimeEntryId::new);
        var changes = TimeEntryInput.edit(TimeEntryBody.read(body));
        return ItemOf.of(TimeEntryJson.from(uses.edit().edit(Callers.requester(request), entryId, changes)));
    }

    @POST
    @Path("{id}/stop")
    @RouteProblem(
            status = 422,
            codes = {TimeEntry.TIMER_NOT_RUNNING, TimeEntry.OVERLAP, TimeEntry.TIMER_ALREADY_RUNNING})
    @RequiresPermission("time_entries.update")
    @Operation(
            operationId = "stopTimer",
            description = "Stops a running timer now, which gives it its end and duration.",
            summary = "Stop a running timer now (422 timer_not_running when it has an end)")
    public ItemOf<TimeEntryJson> stop(@PathParam("id") String id, @Context ContainerRequestContext request) {
        return ItemOf.of(
                TimeEntryJson.from(uses.stop().stop(Callers.requester(request), ItemRoutes.id(id, TimeEntryId::new))));
    }

    @DELETE
    @Path("{id}")
    @RequiresPermission("time_entries.delete")
    @Operation(
            operationId = "deleteTimeEntry",
            description = "Moves a live time entry to the bin; a running timer is gone, not stopped.",
            summary = "Move a time entry to the bin (a running timer too: it is gone, not stopped)")
    public void delete(@PathParam("id") String id, @Context ContainerRequestContext request) {
        uses.delete().delete(Callers.requester(request), ItemRoutes.id(id, TimeEntryId::new));
    }

    @POST
    @Path("{id}/restore")
    @RouteProblem(
            status = 422,
            codes = {TimeEntry.OVERLAP, TimeEntry.TIMER_ALREADY_RUNNING})
    @RequiresPermission("time_entries.restore")
    @Operation(
            operationId = "restoreTimeEntry",
            description = "Brings a deleted time entry back, if its time is still free.",
            summary = "Bring a deleted time entry back (422 time_entry_overlap when " + "its time was taken meanwhile)")
    public ItemOf<TimeEntryJson> restore(@PathParam("id") String id, @Context ContainerRequestContext request) {
        return ItemOf.of(TimeEntryJson.from(
                uses.restore().restore(Callers.requester(request), ItemRoutes.id(id, TimeEntryId::new))));
    }

    private static Response created(UriInfo uri, TimeEntry entry) {
        return ItemRoutes.created(uri, TimeEntryResource.class, entry.id(), ItemOf.of(TimeEntryJson.from(entry)));
    }

    /** A validated {@code from} or {@code to} as sent, without the characters a file name cannot hold (the colons). */
    private static String forFileName(String validated) {
        return validated.strip().replaceAll("[^0-9A-Za-z.-]", "");
    }
}
