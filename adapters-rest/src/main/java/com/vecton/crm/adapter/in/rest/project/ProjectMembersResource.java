package com.vecton.crm.adapter.in.rest.project;

import com.vecton.crm.adapter.in.rest.gate.Callers;
import com.vecton.crm.adapter.in.rest.gate.RequiresPermission;
import com.vecton.crm.adapter.in.rest.gate.ResourceType;
import com.vecton.crm.adapter.in.rest.input.InputErrors;
import com.vecton.crm.adapter.in.rest.input.JsonBody;
import com.vecton.crm.adapter.in.rest.input.PageParams;
import com.vecton.crm.adapter.in.rest.item.ItemRoutes;
import com.vecton.crm.adapter.in.rest.json.PageOf;
import com.vecton.crm.adapter.in.rest.openapi.BodyOf;
import com.vecton.crm.adapter.in.rest.openapi.RouteProblem;
import com.vecton.crm.application.port.in.project.AddProjectMemberUseCase;
import com.vecton.crm.application.port.in.project.ListProjectMembersUseCase;
import com.vecton.crm.application.port.in.project.RemoveProjectMemberUseCase;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.listing.PageRequest;
import com.vecton.crm.domain.problem.NotFound;
import com.vecton.crm.domain.project.Membership;
import com.vecton.crm.domain.project.ProjectId;
import com.vecton.crm.domain.project.ProjectMember;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;

/**
 * The members of one project. Seeing them needs {@code projects.view}, changing them
 * {@code projects.update}, both evaluated on {@code crm:projects/{id}}: the team is part of the project.
 */
@Path("/api/projects/{id}/members")
@ResourceType("projects")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "projects")
public final class ProjectMembersResource {
    private final ListProjectMembersUseCase list;
    private final AddProjectMemberUseCase add;
    private final RemoveProjectMemberUseCase remove;

    ProjectMembersResource(
            ListProjectMembersUseCase list, AddProjectMemberUseCase add, RemoveProjectMemberUseCase remove) {
        this.list = list;
        this.add = add;
        this.remove = remove;
    }

    @GET
    @RequiresPermission("projects.view")
    @Operation(
            operationId = "listProjectMembers",
            description = "Lists the live members of one live project with their roles, by name.",
            summary = "List the live members of one live project, by name")
    public PageOf<ProjectMemberJson> list(
            @PathParam("id") String id, @BeanParam PageParams paging, @Context ContainerRequestContext request) {
        var project = ItemRoutes.id(id, ProjectId::new);
        var errors = new InputErrors();
        PageRequest pages = paging.read(errors);
        errors.throwIfAny();
        return PageOf.of(list.list(Callers.requester(request), project, pages), ProjectMemberJson::from);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RouteProblem(status = 422, codes = Membership.ALREADY_A_MEMBER)
    @RequiresPermission("projects.update")
    @Operation(
            operationId = "addProjectMember",
            description =
                    "Adds an active user to a live project with a role; a removed member comes back, an active one is refused.",
            summary = "Add a user to a project (a removed member comes back)",
            responses = {
                @ApiResponse(
                        responseCode = "201",
                        description = "added",
                        content = @Content(schema = @Schema(implementation = ProjectMemberJson.Item.class)))
            })
    public Response add(
            @PathParam("id") String id,
            @BodyOf(MemberInput.class) InputStream body,
            @Context ContainerRequestContext request,
            @Context UriInfo uri) {
        var project = ItemRoutes.id(id, ProjectId::new);
        var input = MemberInput.read(JsonBody.read(body));
        ProjectMember added = add.add(Callers.requester(request), project, input.userId(), input.role());
        var location = uri.getBaseUriBuilder()
                .path(ProjectMembersResource.class)
                .path("{user_id}")
                .build(project.value(), added.userId().value());
        return Response.created(location)
                .entity(ProjectMemberJson.Item.of(added))
                .build();
    }

    @DELETE
    @Path("{user_id}")
    @RequiresPermission("projects.update")
    @Operation(
            operationId = "removeProjectMember",
            description = "Takes a user off a live project; the membership is kept as removed.",
            summary = "Take a user off a project",
            responses = @ApiResponse(responseCode = "204", description = "removed"))
    public void remove(
            @PathParam("id") String id, @PathParam("user_id") String userId, @Context ContainerRequestContext request) {
        var project = ItemRoutes.id(id, ProjectId::new);
        remove.remove(Callers.requester(request), project, member(userId));
    }

    /** A path segment that cannot be a user id names no member: 404, as for ids that cannot exist. */
    private static UserId member(String raw) {
        try {
            return new UserId(raw);
        } catch (IllegalArgumentException impossible) {
            throw new NotFound("Nothing exists at this address.");
        }
    }
}
