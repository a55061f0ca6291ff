package com.vecton.crm.adapter.in.rest;

import com.vecton.crm.adapter.in.rest.audit.ActivityLogResource;
import com.vecton.crm.adapter.in.rest.communication.CommunicationLogResource;
import com.vecton.crm.adapter.in.rest.communication.CompanyTimelineResource;
import com.vecton.crm.adapter.in.rest.company.CompanyResource;
import com.vecton.crm.adapter.in.rest.contact.CompanyContactsResource;
import com.vecton.crm.adapter.in.rest.contact.ContactResource;
import com.vecton.crm.adapter.in.rest.deal.DealResource;
import com.vecton.crm.adapter.in.rest.deal.PipelineBoardResource;
import com.vecton.crm.adapter.in.rest.deal.PipelineForecastResource;
import com.vecton.crm.adapter.in.rest.document.DocumentResource;
import com.vecton.crm.adapter.in.rest.folder.FolderResource;
import com.vecton.crm.adapter.in.rest.gate.PermissionGate;
import com.vecton.crm.adapter.in.rest.gate.RouteRegistry;
import com.vecton.crm.adapter.in.rest.health.HealthCheck;
import com.vecton.crm.adapter.in.rest.health.HealthResource;
import com.vecton.crm.adapter.in.rest.idempotency.IdempotentPosts;
import com.vecton.crm.adapter.in.rest.input.BodyLimit;
import com.vecton.crm.adapter.in.rest.input.ParameterText;
import com.vecton.crm.adapter.in.rest.input.QueryBeans;
import com.vecton.crm.adapter.in.rest.item.ItemTagFilter;
import com.vecton.crm.adapter.in.rest.json.JsonWriter;
import com.vecton.crm.adapter.in.rest.label.TaskLabelResource;
import com.vecton.crm.adapter.in.rest.leave.HolidayResource;
import com.vecton.crm.adapter.in.rest.leave.LeaveBalanceResource;
import com.vecton.crm.adapter.in.rest.leave.LeaveCalendarResource;
import com.vecton.crm.adapter.in.rest.leave.LeaveRequestResource;
import com.vecton.crm.adapter.in.rest.leave.LeaveTypeResource;
import com.vecton.crm.adapter.in.rest.media.MediaResource;
import com.vecton.crm.adapter.in.rest.observe.HttpMetrics;
import com.vecton.crm.adapter.in.rest.observe.MetricsResource;
import com.vecton.crm.adapter.in.rest.observe.RequestContext;
import com.vecton.crm.adapter.in.rest.openapi.DocsResource;
import com.vecton.crm.adapter.in.rest.openapi.OpenApiDocument;
import com.vecton.crm.adapter.in.rest.openapi.OpenApiResource;
import com.vecton.crm.adapter.in.rest.pipeline.PipelineResource;
import com.vecton.crm.adapter.in.rest.portal.PortalAccountResource;
import com.vecton.crm.adapter.in.rest.portal.PortalResource;
import com.vecton.crm.adapter.in.rest.problem.DomainProblemMapper;
import com.vecton.crm.adapter.in.rest.problem.HttpExceptionMapper;
import com.vecton.crm.adapter.in.rest.problem.RequestRejectedMapper;
import com.vecton.crm.adapter.in.rest.problem.UnexpectedExceptionMapper;
import com.vecton.crm.adapter.in.rest.project.ProjectMembersResource;
import com.vecton.crm.adapter.in.rest.project.ProjectResource;
import com.vecton.crm.adapter.in.rest.shift.RosterResource;
import com.vecton.crm.adapter.in.rest.shift.ShiftAssignmentResource;
import com.vecton.crm.adapter.in.rest.shift.ShiftResource;
import com.vecton.crm.adapter.in.rest.sla.BusinessCalendarResource;
import com.vecton.crm.adapter.in.rest.sla.SlaResource;
import com.vecton.crm.adapter.in.rest.sla.TaskSlaResource;
import com.vecton.crm.adapter.in.rest.task.ProjectBoardResource;
import com.vecton.crm.adapter.in.rest.task.ProjectTasksResource;
import com.vecton.crm.adapter.in.rest.task.TaskResource;
import com.vecton.crm.adapter.in.rest.time.TimeEntryResource;
import com.vecton.crm.domain.access.Permission;
import com.vecton.crm.domain.leave.LeaveAccess;
import com.vecton.crm.domain.time.TimeEntryAccess;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.stream.Collectors;
import org.glassfish.jersey.CommonProperties;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

/**
 * The HTTP API as one value: every resource, filter and mapper, registered as instances built
 * from the application's in-ports (no scanning, no container). Bootstrap makes one and either
 * {@link #start}s it or asks the static {@link #routeRegistry()} what it guards.
 */
public final class RestApi {
    /** Every resource class, in one list, so that routes and permissions can be read without wiring anything. */
    public static final List<Class<?>> RESOURCE_CLASSES = List.of(
            ContactResource.class,
            CompanyResource.class,
            CompanyContactsResource.class,
            ProjectResource.class,
            ProjectMembersResource.class,
            TaskResource.class,
            ProjectTasksResource.class,
            ProjectBoardResource.class,
            TaskLabelResource.class,
            ActivityLogResource.class,
            HealthResource.class,
            OpenApiResource.class,
            DocsResource.class,
            MetricsResource.class,
            TimeEntryResource.class,
            PipelineResource.class,
            DealResource.class,
            PipelineBoardResource.class,
            PipelineForecastResource.class,
            CommunicationLogResource.class,
            CompanyTimelineResource.class,
            PortalAccountResource.class,
            PortalResource.class,
            HolidayResource.class,
            LeaveTypeResource.class,
            LeaveRequestResource.class,
            LeaveCalendarResource.class,
            LeaveBalanceResource.class,
            ShiftResource.class,
            ShiftAssignmentResource.class,
            RosterResource.class,
            BusinessCalendarResource.class,
            SlaResource.class,
            TaskSlaResource.class,
            MediaResource.class,
            FolderResource.class,
            DocumentResource.class);
    /**
     * Permissions that use cases check besides their route's own, such as whether the caller may
     * work on other users' time entries; {@link #permissions()} names them too, so identity's
     * seeder learns of them (a permission CRM checks but never lists could never be granted).
     */
    public static final List<Permission> HANDLER_PERMISSIONS = List.of(TimeEntryAccess.MANAGE, LeaveAccess.MANAGE);
    /** The largest request body accepted (413 above it). */
    public static final int MAX_BODY_BYTES = BodyLimit.MAX_BYTES;
    /** How long a stopping server lets requests in flight finish (runtime-and-api.md, {@code serve}). */
    public static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(10);

    private static final int REQUEST_CONTEXT_PRIORITY = 0;
    private static final int BODY_LIMIT_PRIORITY = 100;

    private final RestUseCases useCases;
    private final HealthCheck health;
    private final PrometheusMeterRegistry metrics;
    private final OpenApiResource openApi;

    public RestApi(RestUseCases useCases, HealthCheck health) {
        this(useCases, health, new PrometheusMeterRegistry(PrometheusConfig.DEFAULT));
    }

    /** With a registry of the caller's, so bootstrap can add its own meters (pool, JVM) to {@code /metrics}. */
    public RestApi(RestUseCases useCases, HealthCheck health, PrometheusMeterRegistry metrics) {
        if (useCases == null || health == null || metrics == null) {
            throw new IllegalArgumentException("the HTTP API needs its use cases, a health check and a registry");
        }
        RouteRegistry registry = routeRegistry();
        this.useCases = useCases;
        this.health = health;
        this.metrics = metrics;
        this.openApi = new OpenApiResource(() -> OpenApiDocument.generate(RESOURCE_CLASSES, registry));
    }

    /**
     * Every route of the API, read from the annotations of {@link #RESOURCE_CLASSES}.
     *
     * @throws IllegalStateException when a resource method declares no access
     */
    public static RouteRegistry routeRegistry() {
        return RouteRegistry.of(RESOURCE_CLASSES);
    }

    /** What {@code list-permissions} prints: the distinct permissions of all routes and handlers, sorted. */
    public static SortedSet<Permission> permissions() {
        SortedSet<Permission> permissions = permissionsOf(RESOURCE_CLASSES);
        permissions.addAll(HANDLER_PERMISSIONS);
        return permissions;
    }

    public static SortedSet<Permission> permissionsOf(Collection<Class<?>> resourceClasses) {
        return RouteRegistry.of(resourceClasses).permissions();
    }

    public PrometheusMeterRegistry metrics() {
        return metrics;
    }

    /** A fresh Jersey application; each server needs its own. */
    public ResourceConfig resourceConfig() {
        var config = new ResourceConfig();
        config.setApplicationName("crm");
        config.property(ServerProperties.WADL_FEATURE_DISABLE, true);
        config.property(ServerProperties.BV_FEATURE_DISABLE, true);
        config.property(CommonProperties.FEATURE_AUTO_DISCOVERY_DISABLE, true);
        config.property(CommonProperties.METAINF_SERVICES_LOOKUP_DISABLE, true);
        config.property(CommonProperties.USE_VIRTUAL_THREADS, true);

        // Bodies are read by JsonBody, answers written by JsonWriter: no Jackson provider, and so
        // none of its exception mappers, which would answer malformed bodies with Jackson's messages.
        config.register(new JsonWriter());

        config.register(new RequestContext(), REQUEST_CONTEXT_PRIORITY);
        config.register(new BodyLimit(), BODY_LIMIT_PRIORITY);
        config.register(new HttpMetrics(metrics));
        config.register(new PermissionGate(useCases.authenticate(), useCases.authorize()));
        config.register(new IdempotentPosts(useCases.runOnce()));
        config.register(new ItemTagFilter());
        config.register(new ParameterText(), ParameterText.PRIORITY);
        config.register(QueryBeans.binder());

        config.register(new DomainProblemMapper());
        config.register(new RequestRejectedMapper());
        config.register(new HttpExceptionMapper());
        config.register(new UnexpectedExceptionMapper());

        List<Object> resources = new java.util.ArrayList<>(List.of(
                useCases.contacts().resource(),
                useCases.companies().resource(),
                useCases.contacts().companyContactsResource(),
                useCases.projects().resource(),
                useCases.projects().membersResource(),
                useCases.tasks().resource(),
                useCases.tasks().projectResource(),
                useCases.tasks().boardResource(),
                useCases.labels().resource(),
                new ActivityLogResource(useCases.listActivity()),
                new HealthResource(health),
                openApi,
                new DocsResource(),
                new MetricsResource(metrics),
                useCases.timeEntries().resource(),
                useCases.pipelines().resource(),
                useCases.deals().resource(),
                useCases.deals().boardResource(),
                useCases.deals().forecastResource(),
                useCases.communicationLogs().resource(),
                useCases.communicationLogs().timelineResource(),
                useCases.portalAccounts().resource(),
                useCases.portal().resource(),
                useCases.media().resource(),
                useCases.folders().resource(),
                useCases.documents().resource()));

        resources.addAll(useCases.leave().resources());
        resources.addAll(useCases.shifts().resources());
        resources.addAll(useCases.sla().resources());
        Set<Class<?>> registered = resources.stream().map(Object::getClass).collect(Collectors.toSet());
        if (!registered.equals(Set.copyOf(RESOURCE_CLASSES))) {
            // The registry (and so list-permissions) reads RESOURCE_CLASSES: it must be what is served.
            throw new IllegalStateException("RESOURCE_CLASSES and the registered resources differ");
        }
        resources.forEach(config::register);
        return config;
    }

    /** Serves the API on {@code host:port} (0 picks a free port), requests running on virtual threads. */
    public RestServer start(String host, int port) {
        return RestServer.start(resourceConfig(), host, port);
    }
}
