package com.vecton.crm.adapter.in.rest.audit;

import com.vecton.crm.adapter.in.rest.gate.Callers;
import com.vecton.crm.adapter.in.rest.gate.RequiresPermission;
import com.vecton.crm.adapter.in.rest.gate.ResourceType;
import com.vecton.crm.adapter.in.rest.input.InputErrors;
import com.vecton.crm.adapter.in.rest.input.PageParams;
import com.vecton.crm.adapter.in.rest.json.PageOf;
import com.vecton.crm.adapter.in.rest.openapi.OpenApiDocument;
import com.vecton.crm.application.port.in.audit.ListActivityUseCase;
import com.vecton.crm.domain.audit.ActivityQuery;
import com.vecton.crm.domain.listing.PageRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

/** The audit trail route: who changed what and when, newest first. */
@Path("/api/activity-logs")
@ResourceType("activity_logs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "activity log")
public final class ActivityLogResource {
    private final ListActivityUseCase list;

    public ActivityLogResource(ListActivityUseCase list) {
        this.list = list;
    }

    @GET
    @RequiresPermission("activity_logs.list")
    @Operation(
            operationId = "listActivity",
            description = "Lists the audit trail of every change, newest first, filtered by subject, actor and time.",
            summary = "List the audit trail, newest first")
    public PageOf<ActivityJson> list(
            @BeanParam PageParams paging,
            @Parameter(description = "singular snake_case, e.g. contact") @QueryParam("subject_type")
                    String subjectType,
            @Parameter(description = "the id of the subject") @QueryParam("subject_id") String subjectId,
            @Parameter(description = "a user id, or me for the caller") @QueryParam("actor_user_id") String actorUserId,
            @Parameter(description = "me: the caller's own actions (same as actor_user_id=me)") @QueryParam("actor")
                    String actor,
            @Parameter(
                            description = "inclusive; an ISO-8601 instant, or a date meaning its start in UTC",
                            schema = @Schema(ref = OpenApiDocument.DATE_OR_TIME_REF))
                    @QueryParam("from")
                    String from,
            @Parameter(
                            description = "exclusive; an ISO-8601 instant, or a date meaning its start in UTC",
                            schema = @Schema(ref = OpenApiDocument.DATE_OR_TIME_REF))
                    @QueryParam("to")
                    String to,
            @Context ContainerRequestContext request) {
        var errors = new InputErrors();
        PageRequest pageRequest = paging.read(errors);
        var who = ActivityParams.actor(actorUserId, actor, Callers.of(request).id(), errors);
        var since = ActivityParams.pointInTime(from, "from", errors);
        var until = ActivityParams.pointInTime(to, "to", errors);
        ActivityQuery query = errors.capture(() ->
                new ActivityQuery(ActivityParams.text(subjectType), ActivityParams.text(subjectId), who, since, until));
        errors.throwIfAny();
        return PageOf.of(list.list(query, pageRequest), ActivityJson::from);
    }
}
