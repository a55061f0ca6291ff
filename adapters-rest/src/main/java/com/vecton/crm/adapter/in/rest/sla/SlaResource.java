package com.vecton.crm.adapter.in.rest.sla;

import com.vecton.crm.adapter.in.rest.gate.Callers;
import com.vecton.crm.adapter.in.rest.gate.PathId;
import com.vecton.crm.adapter.in.rest.gate.RequiresPermission;
import com.vecton.crm.adapter.in.rest.gate.ResourceType;
import com.vecton.crm.adapter.in.rest.input.InputErrors;
import com.vecton.crm.adapter.in.rest.input.JsonBody;
import com.vecton.crm.adapter.in.rest.input.PageParams;
import com.vecton.crm.adapter.in.rest.input.QueryParams;
import com.vecton.crm.adapter.in.rest.openapi.BodyOf;
import com.vecton.crm.adapter.in.rest.openapi.Created;
import com.vecton.crm.adapter.in.rest.openapi.RouteProblem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.time.Instant;

/** SLA policies, breaches and the report. */
@Path("/api/sla")
@ResourceType("sla")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "sla")
public final class SlaResource {
    static final String POLICY_NAME_TAKEN = "sla_policy_name_taken";

    private final SlaUseCases uses;

    SlaResource(SlaUseCases uses) {
        this.uses = uses;
    }

    @GET
    @Path("policies")
    @RequiresPermission("sla.list")
    @Operation(
            operationId = "listSlaPolicies",
            summary = "List the SLA policies by position",
            description = "The first active matching policy by position applies to a task.")
    public SlaJson.PolicyList policies(@Context ContainerRequestContext request) {
        return new SlaJson.PolicyList(uses.policies().policies(Callers.requester(request)).stream()
                .map(SlaJson.PolicyJson::from)
                .toList());
    }

    @POST
    @Path("policies")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission("sla.create")
    @RouteProblem(status = 422, codes = POLICY_NAME_TAKEN)
    @Created(SlaJson.PolicyItem.class)
    @Operation(
            operationId = "createSlaPolicy",
            summary = "Add an SLA policy",
            description = "Targets in business minutes of its calendar; pause_statuses stop the clock.")
    public Response create(
            @BodyOf(SlaInput.PolicyBody.class) InputStream body,
            @Context ContainerRequestContext request,
            @Context UriInfo uri) {
        var saved =
                uses.savePolicy().savePolicy(Callers.requester(request), null, SlaInput.policy(JsonBody.read(body)));
        var location = uri.getBaseUriBuilder()
                .path(SlaResource.class)
                .path("policies/{id}")
                .build(saved.id());
        return Response.created(location)
                .entity(new SlaJson.PolicyItem(SlaJson.PolicyJson.from(saved)))
                .build();
    }

    @PUT
    @Path("policies/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission("sla.update")
    @RouteProblem(status = 422, codes = POLICY_NAME_TAKEN)
    @Operation(
            operationId = "replaceSlaPolicy",
            summary = "Replace an SLA policy",
            description = "Replaces every field.")
    public SlaJson.PolicyItem replace(
            @PathParam("id") String id,
            @BodyOf(SlaInput.PolicyBody.class) InputStream body,
            @Context ContainerRequestContext request) {
        long policy = PathId.parse(id);
        var saved =
                uses.savePolicy().savePolicy(Callers.requester(request), policy, SlaInput.policy(JsonBody.read(body)));
        return new SlaJson.PolicyItem(SlaJson.PolicyJson.from(saved));
    }

    @GET
    @Path("breaches")
    @RequiresPermission("sla.list")
    @Operation(
            operationId = "listSlaBreaches",
            summary = "List SLA breaches, newest first",
            description =
                    "from (inclusive) and to (exclusive) on breached_at, as instants or UTC dates; policy_id; resolved true or false.")
    public SlaJson.BreachList breaches(
            @BeanParam PageParams paging,
            @Parameter(
                            description = "an instant or a UTC date",
                            schema =
                                    @Schema(
                                            ref =
                                                    com.vecton.crm.adapter.in.rest.openapi.OpenApiDocument
                                                            .DATE_OR_TIME_REF))
                    @QueryParam("from")
                    String from,
            @Parameter(
                            description = "an instant or a UTC date (exclusive)",
                            schema =
                                    @Schema(
                                            ref =
                                                    com.vecton.crm.adapter.in.rest.openapi.OpenApiDocument
                                                            .DATE_OR_TIME_REF))
                    @QueryParam("to")
                    String to,
            @Parameter(schema = @Schema(type = "integer", format = "int64")) @QueryParam("policy_id") String policyId,
            @Parameter(schema = @Schema(type = "boolean")) @QueryParam("resolved") String resolved,
            @Context ContainerRequestContext request) {
        var errors = new InputErrors();
        var page = paging.read(errors);
        Instant first = QueryParams.instantOrStartOfDay(from, "from", errors);
        Instant last = QueryParams.instantOrStartOfDay(to, "to", errors);
        Long policy = QueryParams.positiveId(policyId, "policy_id", errors);
        Boolean isResolved = null;
        if (resolved != null && !resolved.isBlank()) {
            if (resolved.equals("true") || resolved.equals("false")) {
                isResolved = Boolean.valueOf(resolved);
            } else {
                errors.add("resolved", "must be true or false");
            }
        }
        errors.throwIfAny();
        return SlaJson.BreachList.of(
                uses.breaches().breaches(Callers.requester(request), first, last, policy, isResolved, page));
    }

    @GET
    @Path("report")
    @RequiresPermission("sla.list")
    @Operation(
            operationId = "showSlaReport",
            summary = "Per policy: tasks due, met, breached, median business minutes to first response and resolution",
            description =
                    "Over the tasks created from from (inclusive) to to (exclusive), instants or UTC dates, at most 366 days.")
    public SlaJson.ReportList report(
            @Parameter(
                            description = "an instant or a UTC date",
                            required = true,
                            schema =
                                    @Schema(
                                            ref =
                                                    com.vecton.crm.adapter.in.rest.openapi.OpenApiDocument
                                                            .DATE_OR_TIME_REF))
                    @QueryParam("from")
                    String from,
            @Parameter(
                            description = "an instant or a UTC date (exclusive)",
                            required = true,
                            schema =
                                    @Schema(
                                            ref =
                                                    com.vecton.crm.adapter.in.rest.openapi.OpenApiDocument
                                                            .DATE_OR_TIME_REF))
                    @QueryParam("to")
                    String to,
            @Context ContainerRequestContext request) {
        var errors = new InputErrors();
        Instant first = QueryParams.instantOrStartOfDay(from, "from", errors);
        Instant last = QueryParams.instantOrStartOfDay(to, "to", errors);
        errors.throwIfAny();
        return SlaJson.ReportList.of(uses.report().report(Callers.requester(request), first, last));
    }
}
