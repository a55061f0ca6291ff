package com.vecton.crm.adapter.in.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vecton.crm.adapter.in.rest.gate.PublicRoute;
import com.vecton.crm.adapter.in.rest.gate.RequiresPermission;
import com.vecton.crm.adapter.in.rest.gate.ResourceType;
import com.vecton.crm.adapter.in.rest.gate.Route;
import com.vecton.crm.adapter.in.rest.gate.RouteRegistry;
import com.vecton.crm.domain.access.Permission;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RouteRegistryTest {

    @Test
    void every_resource_method_declares_a_permission_or_is_public() {
        var undeclared = new ArrayList<String>();
        for (Class<?> type : RestApi.RESOURCE_CLASSES) {
            for (Method method : type.getMethods()) {
                boolean isRoute = Arrays.stream(method.getAnnotations())
                        .anyMatch(a -> a.annotationType().isAnnotationPresent(HttpMethod.class));
                boolean guarded = method.isAnnotationPresent(RequiresPermission.class);
                boolean isPublic =
                        method.isAnnotationPresent(PublicRoute.class) || type.isAnnotationPresent(PublicRoute.class);
                if (isRoute && guarded == isPublic) {
                    undeclared.add(type.getSimpleName() + "." + method.getName());
                }
            }
        }
        assertEquals(List.of(), undeclared);
    }

    @Test
    void the_registry_refuses_a_resource_method_without_declared_access() {
        var failure = assertThrows(IllegalStateException.class, () -> RouteRegistry.of(List.of(Forgetful.class)));
        assertTrue(failure.getMessage().contains("Forgetful.forgotten"), failure.getMessage());
    }

    @Test
    void the_registry_refuses_a_guarded_route_without_a_resource_type() {
        assertThrows(IllegalStateException.class, () -> RouteRegistry.of(List.of(Typeless.class)));
    }

    @Test
    void the_api_has_the_routes_of_the_contract() {
        Set<String> routes = RestApi.routeRegistry().routes().stream()
                .map(r -> r.method() + " " + r.path())
                .collect(Collectors.toCollection(TreeSet::new));
        var expected = new TreeSet<String>();
        for (String type : List.of("contacts", "companies", "projects", "tasks", "pipelines", "deals")) {
            expected.addAll(List.of(
                    "GET /api/" + type,
                    "POST /api/" + type,
                    "GET /api/" + type + "/{id}",
                    "PUT /api/" + type + "/{id}",
                    "PATCH /api/" + type + "/{id}",
                    "DELETE /api/" + type + "/{id}",
                    "POST /api/" + type + "/{id}/restore"));
        }
        expected.addAll(List.of(
                "GET /api/projects/{id}/members",
                "POST /api/projects/{id}/members",
                "DELETE /api/projects/{id}/members/{user_id}"));
        expected.addAll(
                List.of("POST /api/tasks/{id}/move", "GET /api/projects/{id}/tasks", "GET /api/projects/{id}/board"));
        expected.addAll(List.of(
                "GET /api/companies/{id}/contacts",
                "GET /health/live",
                "GET /health/ready",
                "GET /openapi.json",
                "GET /docs",
                "GET /docs/{asset}",
                "GET /metrics"));
        expected.addAll(List.of(
                "GET /api/task-labels",
                "POST /api/task-labels",
                "GET /api/task-labels/{id}",
                "PUT /api/task-labels/{id}",
                "PATCH /api/task-labels/{id}",
                "DELETE /api/task-labels/{id}",
                "GET /api/activity-logs"));
        expected.addAll(List.of(
                "GET /api/time-entries",
                "POST /api/time-entries",
                "GET /api/time-entries/{id}",
                "PUT /api/time-entries/{id}",
                "PATCH /api/time-entries/{id}",
                "DELETE /api/time-entries/{id}",
                "POST /api/time-entries/{id}/restore",
                "POST /api/time-entries/start",
                "POST /api/time-entries/{id}/stop",
                "GET /api/time-entries/export"));
        expected.addAll(List.of(
                "POST /api/pipelines/{id}/stages",
                "PATCH /api/pipelines/{id}/stages/{stage_id}",
                "DELETE /api/pipelines/{id}/stages/{stage_id}",
                "PUT /api/pipelines/{id}/stages/order"));
        expected.addAll(List.of(
                "POST /api/deals/{id}/move",
                "GET /api/deals/{id}/stage-history",
                "GET /api/pipelines/{id}/board",
                "GET /api/pipelines/{id}/forecast",
                "GET /api/media",
                "POST /api/media",
                "GET /api/media/{id}",
                "GET /api/media/{id}/download",
                "DELETE /api/media/{id}",
                "GET /api/document-folders",
                "POST /api/document-folders",
                "GET /api/document-folders/{id}",
                "PATCH /api/document-folders/{id}",
                "DELETE /api/document-folders/{id}",
                "POST /api/document-folders/{id}/restore",
                "GET /api/documents",
                "POST /api/documents",
                "GET /api/documents/{id}",
                "PATCH /api/documents/{id}",
                "DELETE /api/documents/{id}",
                "POST /api/documents/{id}/restore",
                "POST /api/documents/{id}/move",
                "POST /api/documents/{id}/versions",
                "GET /api/documents/{id}/versions",
                "GET /api/documents/{id}/download",
                "GET /api/documents/{id}/versions/{number}/download",
                "POST /api/documents/{id}/versions/{number}/restore",
                "DELETE /api/documents/{id}/versions/{number}"));
        for (String type : List.of(
                "contacts", "companies", "projects", "task-labels", "tasks", "time-entries", "pipelines", "deals")) {
            expected.add("GET /api/" + type + "/changes");
        }
        expected.addAll(List.of(
                "GET /api/communication-logs",
                "POST /api/communication-logs",
                "GET /api/communication-logs/{id}",
                "PUT /api/communication-logs/{id}",
                "PATCH /api/communication-logs/{id}",
                "DELETE /api/communication-logs/{id}",
                "POST /api/communication-logs/{id}/restore",
                "GET /api/communication-logs/changes",
                "GET /api/companies/{id}/timeline",
                "GET /api/portal-accounts",
                "POST /api/portal-accounts",
                "GET /api/portal-accounts/{id}",
                "DELETE /api/portal-accounts/{id}",
                "GET /api/portal-accounts/changes",
                "GET /api/portal/company",
                "GET /api/portal/contacts",
                "GET /api/portal/contacts/{id}",
                "GET /api/portal/communication-logs",
                "GET /api/portal/communication-logs/{id}",
                "GET /api/portal/deals",
                "GET /api/portal/deals/{id}",
                "GET /api/holidays",
                "POST /api/holidays",
                "GET /api/holidays/{id}",
                "DELETE /api/holidays/{id}",
                "GET /api/leave-types",
                "POST /api/leave-types",
                "PUT /api/leave-types/{id}",
                "GET /api/leave-requests",
                "POST /api/leave-requests",
                "GET /api/leave-requests/{id}",
                "POST /api/leave-requests/{id}/approve",
                "POST /api/leave-requests/{id}/reject",
                "POST /api/leave-requests/{id}/cancel",
                "GET /api/leave-calendar",
                "GET /api/leave-balances",
                "POST /api/leave-balances/adjust",
                "GET /api/shifts",
                "POST /api/shifts",
                "PUT /api/shifts/{id}",
                "DELETE /api/shifts/{id}",
                "GET /api/shift-assignments",
                "POST /api/shift-assignments",
                "POST /api/shift-assignments/recurring",
                "GET /api/shift-assignments/{id}",
                "DELETE /api/shift-assignments/{id}",
                "GET /api/roster",
                "GET /api/roster/export",
                "GET /api/business-calendars",
                "POST /api/business-calendars",
                "PUT /api/business-calendars/{id}",
                "GET /api/sla/policies",
                "POST /api/sla/policies",
                "PUT /api/sla/policies/{id}",
                "GET /api/sla/breaches",
                "GET /api/sla/report",
                "GET /api/tasks/{id}/sla"));
        assertEquals(expected, routes);
    }

    @Test
    void permissions_are_listed_from_the_annotations_alone() {
        var names = RestApi.permissions().stream().map(Permission::value).toList();
        assertEquals(
                List.of(
                        "activity_logs.list",
                        "communication_logs.create",
                        "communication_logs.delete",
                        "communication_logs.list",
                        "communication_logs.restore",
                        "communication_logs.update",
                        "communication_logs.view",
                        "companies.create",
                        "companies.delete",
                        "companies.list",
                        "companies.restore",
                        "companies.update",
                        "companies.view",
                        "contacts.create",
                        "contacts.delete",
                        "contacts.list",
                        "contacts.restore",
                        "contacts.update",
                        "contacts.view",
                        "deals.create",
                        "deals.delete",
                        "deals.list",
                        "deals.restore",
                        "deals.update",
                        "deals.view",
                        "document_folders.create",
                        "document_folders.delete",
                        "document_folders.list",
                        "document_folders.restore",
                        "document_folders.update",
                        "document_folders.view",
                        "documents.create",
                        "documents.delete",
                        "documents.list",
                        "documents.restore",
                        "documents.update",
                        "documents.view",
                        "leaves.create",
                        "leaves.list",
                        "leaves.manage",
                        "leaves.review",
                        "media.delete",
                        "media.list",
                        "media.upload",
                        "pipelines.create",
                        "pipelines.delete",
                        "pipelines.list",
                        "pipelines.restore",
                        "pipelines.update",
                        "pipelines.view",
                        "portal.access",
                        "portal_accounts.delete",
                        "portal_accounts.list",
                        "portal_accounts.manage",
                        "projects.create",
                        "projects.delete",
                        "projects.list",
                        "projects.restore",
                        "projects.update",
                        "projects.view",
                        "shift_assignments.create",
                        "shift_assignments.delete",
                        "shift_assignments.list",
                        "shifts.create",
                        "shifts.delete",
                        "shifts.list",
                        "shifts.update",
                        "sla.create",
                        "sla.list",
                        "sla.update",
                        "task_labels.create",
                        "task_labels.delete",
                        "task_labels.list",
                        "task_labels.update",
                        "tasks.create",
                        "tasks.delete",
                        "tasks.list",
                        "tasks.restore",
                        "tasks.update",
                        "tasks.view",
                        "time_entries.create",
                        "time_entries.delete",
                        "time_entries.export",
                        "time_entries.list",
                        "time_entries.manage",
                        "time_entries.restore",
                        "time_entries.update"),
                names);
    }

    @Test
    void item_routes_are_checked_against_the_item_and_collections_against_the_type() {
        var registry = RestApi.routeRegistry();
        Route show = registry.find("GET", "/api/contacts/{id}").orElseThrow();
        Route list = registry.find("GET", "/api/contacts").orElseThrow();
        Route companyContacts =
                registry.find("GET", "/api/companies/{id}/contacts").orElseThrow();
        assertTrue(show.isItemRoute());
        assertEquals(false, list.isItemRoute());
        assertEquals("contacts.list", companyContacts.permission().orElseThrow().value());
        assertEquals("companies", companyContacts.resourceType().orElseThrow());
        assertTrue(companyContacts.isItemRoute());
    }

    @Test
    void the_time_entry_export_and_start_are_collection_routes() {
        var registry = RestApi.routeRegistry();
        Route export = registry.find("GET", "/api/time-entries/export").orElseThrow();
        Route start = registry.find("POST", "/api/time-entries/start").orElseThrow();
        assertEquals("time_entries.export", export.permission().orElseThrow().value());
        assertEquals(false, export.isItemRoute());
        assertEquals("time_entries.create", start.permission().orElseThrow().value());
        assertEquals(false, start.isItemRoute());
    }

    @Test
    void health_openapi_docs_and_metrics_are_the_only_public_routes() {
        var publicPaths = RestApi.routeRegistry().routes().stream()
                .filter(Route::isPublic)
                .map(Route::path)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(
                new TreeSet<>(List.of(
                        "/docs", "/docs/{asset}", "/health/live", "/health/ready", "/metrics", "/openapi.json")),
                publicPaths);
    }

    @Path("/forgetful")
    @ResourceType("things")
    public static final class Forgetful {
        @GET
        @RequiresPermission("things.list")
        public String fine() {
            return "";
        }

        @POST
        public String forgotten() {
            return "";
        }
    }

    @Path("/typeless")
    public static final class Typeless {
        @GET
        @RequiresPermission("things.list")
        public String list() {
            return "";
        }
    }
}
