package com.vecton.crm.adapter.in.rest.project;

import com.vecton.crm.adapter.in.rest.gate.Callers;
import com.vecton.crm.adapter.in.rest.gate.RequiresPermission;
import com.vecton.crm.adapter.in.rest.gate.ResourceType;
import com.vecton.crm.adapter.in.rest.input.ChangeParams;
import com.vecton.crm.adapter.in.rest.input.InputErrors;
import com.vecton.crm.adapter.in.rest.input.JsonBody;
import com.vecton.crm.adapter.in.rest.input.ListParams;
import com.vecton.crm.adapter.in.rest.input.PageParams;
import com.vecton.crm.adapter.in.rest.item.ItemRoutes;
import com.vecton.crm.adapter.in.rest.json.ChangesOf;
import com.vecton.crm.adapter.in.rest.json.ItemOf;
import com.vecton.crm.adapter.in.rest.json.PageOf;
import com.vecton.crm.adapter.in.rest.openapi.BodyOf;
import com.vecton.crm.adapter.in.rest.openapi.Created;
import com.vecton.crm.adapter.in.rest.openapi.RouteProblem;
import com.vecton.crm.adapter.in.rest.openapi.SortableBy;
import com.vecton.crm.domain.project.Project;
import com.vecton.crm.domain.project.ProjectEdit;
import com.vecton.crm.domain.project.ProjectId;
import com.vecton.crm.domain.project.ProjectQuery;
import com.vecton.crm.domain.project.ProjectStatus;
import com.vecton.crm.domain.sync.SyncCursor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.Optional;

/** The projects routes: read the request, call one use case, show the result. */
@Path("/api/projects")
@ResourceType("projects")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "projects")
public final class ProjectResource {
    private final ProjectUseCases uses;

    ProjectResource(ProjectUseCases uses) {
        this.uses = uses;
    }

    @GET
    @SortableBy(ProjectQuery.class)
    @RequiresPermission("projects.list")
    @Operation(
            operationId = "listProjects",
            description =
                    "Lists the live projects the caller may open, filtered by status, searched by name and sorted as asked.",
            summary = "List, filter and search live projects")
    public PageOf<ProjectJson> list(
            @BeanParam PageParams paging,
            @Parameter(description = "case- and accent-insensitive substring") @QueryParam("search") String search,
            @Parameter(
                            description =
                                    "name, status, start_date, end_date, created_at or updated_at; prefix - for descending")
                    @QueryParam("sort")
                    String sort,
            @Parameter(schema = @Schema(allowableValues = {"active", "on_hold", "completed", "archived"}))
                    @QueryParam("status")
                    String status,
            @Context ContainerRequestContext request) {
        var errors = new InputErrors();
        var params = ListParams.read(paging, search, sort, ProjectQuery.SORTABLE, ProjectQuery.DEFAULT_SORT, errors);
        Optional<ProjectStatus> statusFilter = status == null || status.isBlank()
                ? Optional.empty()
                : Optional.ofNullable(errors.capture(() -> ProjectStatus.parse("status", status.strip())));
        errors.throwIfAny();
        var query = new ProjectQuery(params.search(), statusFilter, params.sort());
        return PageOf.of(uses.list().list(Callers.requester(request), query, params.page()), ProjectJson::from);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission("projects.create")
    @Created(ProjectJson.class)
    @Operation(
            operationId = "createProject",
            description = "Creates a project, by default active and owned by nobody.",
            summary = "Add a project")
    public Response create(
            @BodyOf(ProjectInput.class) InputStream body,
            @Context ContainerRequestContext request,
            @Context UriInfo uri) {
        Project created =
                uses.create().create(Callers.of(request).asActor(), ProjectInput.details(JsonBody.read(body)));
        return ItemRoutes.created(uri, ProjectResource.class, created.id(), ItemOf.of(ProjectJson.from(created)));
    }

    @GET
    @Path("changes")
    @RequiresPermission("projects.list")
    @RouteProblem(status = 410, codes = SyncCursor.EXPIRED)
    @Operation(
            operationId = "listProjectChanges",
            description =
                    "Answers the projects the caller may see that changed after the cursor, each once as it is now,"
                            + " deleted ones as tombstones; a cursor older than 30 days is 410 sync_cursor_expired.",
            summary = "The projects created, changed or deleted since a cursor, oldest change first (delta sync)")
    public ChangesOf<ProjectJson> changes(@BeanParam ChangeParams page, @Context ContainerRequestContext request) {
        return ChangesOf.of(uses.changes().changes(Callers.requester(request), page.read()), ProjectJson::from);
    }

    @GET
    @Path("{id}")
    @RequiresPermission("projects.view")
    @Operation(
            operationId = "showProject",
            description = "Answers one live project.",
            summary = "Show one live project")
    public ItemOf<ProjectJson> show(@PathParam("id") String id, @Context ContainerRequestContext request) {
        return ItemOf.of(
                ProjectJson.from(uses.show().show(Callers.requester(request), ItemRoutes.id(id, ProjectId::new))));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission("projects.update")
    @Operation(
            operationId = "replaceProject",
            description =
                    "Replaces every field of a live project with the body's, absent fields becoming null or their default.",
            summary = "Replace a project's details (absent fields become null)")
    public ItemOf<ProjectJson> replace(
            @PathParam("id") String id,
            @BodyOf(ProjectInput.class) InputStream body,
            @Context ContainerRequestContext request) {
        var projectId = ItemRoutes.id(id, ProjectId::new);
        var replacement = ProjectEdit.replacingWith(ProjectInput.details(JsonBody.read(body)));
        return ItemOf.of(ProjectJson.from(uses.edit().edit(Callers.requester(request), projectId, replacement)));
    }

    @PATCH
    @Path("{id}")
    @Consumes({MediaType.APPLICATION_JSON, JsonBody.MERGE_PATCH})
    @RequiresPermission("projects.update")
    @Operation(
            operationId = "editProject",
            description = "Changes only the fields the body sends on a live project; a field sent as null is cleared.",
            summary = "Change some of a project's details (only the fields sent; null clears)")
    public ItemOf<ProjectJson> edit(
            @PathParam("id") String id,
            @BodyOf(ProjectInput.class) InputStream body,
            @Context ContainerRequestContext request) {
        var projectId = ItemRoutes.id(id, ProjectId::new);
        var changes = ProjectInput.edit(JsonBody.read(body));
        return ItemOf.of(ProjectJson.from(uses.edit().edit(Callers.requester(request), projectId, changes)));
    }

    @DELETE
    @Path("{id}")
    @RequiresPermission("projects.delete")
    @Operation(
            operationId = "deleteProject",
            description = "Moves a live project to the bin; its members are kept for when it comes back.",
            summary = "Move a project to the bin (its members are kept)")
    public void delete(@PathParam("id") String id, @Context ContainerRequestContext request) {
        uses.delete().delete(Callers.requester(request), ItemRoutes.id(id, ProjectId::new));
    }

    @POST
    @Path("{id}/restore")
    @RequiresPermission("projects.restore")
    @Operation(
            operationId = "restoreProject",
            description = "Brings a deleted project back; restoring a live project changes nothing.",
            summary = "Bring a deleted project back")
    public ItemOf<ProjectJson> restore(@PathParam("id") String id, @Context ContainerRequestContext request) {
        return ItemOf.of(ProjectJson.from(
                uses.restore().restore(Callers.requester(request), ItemRoutes.id(id, ProjectId::new))));
    }
}
