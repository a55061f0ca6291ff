package com.vecton.crm.bootstrap;

import com.vecton.crm.adapter.in.rest.RestApi;
import com.vecton.crm.adapter.in.rest.RestUseCases;
import com.vecton.crm.adapter.out.persistence.Persistence;
import com.vecton.crm.application.port.out.Clock;
import com.vecton.crm.domain.access.Caller;
import com.vecton.crm.domain.access.Permission;
import com.vecton.crm.domain.access.PermissionNamespace;
import com.vecton.crm.domain.audit.Actor;
import com.vecton.crm.domain.communication.CommunicationLogQuery;
import com.vecton.crm.domain.company.CompanyQuery;
import com.vecton.crm.domain.contact.ContactQuery;
import com.vecton.crm.domain.deal.DealQuery;
import com.vecton.crm.domain.folder.FolderQuery;
import com.vecton.crm.domain.label.TaskLabelQuery;
import com.vecton.crm.domain.listing.PageRequest;
import com.vecton.crm.domain.listing.SortOrder;
import com.vecton.crm.domain.media.MediaQuery;
import com.vecton.crm.domain.pipeline.Pipeline;
import com.vecton.crm.domain.pipeline.PipelineQuery;
import com.vecton.crm.domain.portal.PortalAccountQuery;
import com.vecton.crm.domain.project.ProjectId;
import com.vecton.crm.domain.project.ProjectQuery;
import com.vecton.crm.domain.project.ProjectStatus;
import com.vecton.crm.domain.task.TaskQuery;
import com.vecton.crm.domain.task.TaskStatus;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;

/** The bodies of the {@code crm.jar} commands. */
final class Commands {
    private static final Logger LOG = LoggerFactory.getLogger(Commands.class);
    static final String DEV_TENANT_ID = "t-acme";
    static final String DEV_TENANT_NAME = "acme";

    private Commands() {}

    static int serve(CrmConfig config, PrintStream err) {
        var identity = IdentityWiring.directory(config);
        try (var app = CrmApplication.start(config, identity)) {
            LOG.info("serving tenant {} on {}:{}", config.tenantId(), config.host(), app.port());
            awaitTermination();
            LOG.info("stopping: finishing requests in flight (up to {} s)", CrmApplication.SHUTDOWN_GRACE.toSeconds());
        }
        return Main.OK;
    }

    /**
     * The identity-event consumer and the outbox relay without HTTP, for deployments that keep
     * background work apart from request serving. Migrates first unless {@code DB_MIGRATE=false}.
     */
    static int consumeIdentityEvents(CrmConfig config, PrintStream err) {
        return runWorker(config, Commands::awaitTermination);
    }

    /** The worker until {@code untilStopped} returns (SIGTERM in production, a latch in tests). */
    static int runWorker(CrmConfig config, Runnable untilStopped) {
        try (var persistence = CrmApplication.connect(config)) {
            if (config.migrateOnServe()) {
                persistence.migrate();
            }
            try (var events = Events.start(config, persistence, Optional.empty(), Clock.system())
                    .orElseThrow()) {
                LOG.info("consuming identity events for tenant {}", config.tenantId());
                untilStopped.run();
                LOG.info("stopping: finishing the event in hand");
            }
        }
        return Main.OK;
    }

    static int migrate(CrmConfig config, PrintStream out) {
        try (var persistence = CrmApplication.connect(config)) {
            persistence.migrate();
            out.println("crm: migrations applied");
        }
        return Main.OK;
    }

    /**
     * Prints the permissions of every route, read from the route registry itself. Needs no
     * database, identity or broker. With {@code --fqn} the names are qualified with
     * {@code TENANT_NAME} (or {@code *}, the identity seeder's wildcard, when it is not set).
     */
    static int listPermissions(List<String> options, Map<String, String> env, PrintStream out, PrintStream err) {
        for (String option : options) {
            if (!option.equals("--fqn") && !option.equals("--json")) {
                err.println("crm: list-permissions takes only --fqn and --json, not '" + option + "'");
                return Main.MISCONFIGURED;
            }
        }
        var environment = new Environment(env);
        var namespace =
                new PermissionNamespace(environment.text("TENANT_NAME", "*"), environment.text("SERVICE_NAME", "crm"));
        List<String> names = RestApi.permissions().stream()
                .map(p -> options.contains("--fqn") ? namespace.qualify(p).value() : p.value())
                .sorted()
                .distinct()
                .toList();
        if (options.contains("--json")) {
            var json = new StringBuilder("{\"permissions\": [");
            for (int i = 0; i < names.size(); i++) {
                json.append(i == 0 ? "" : ", ").append('"').append(names.get(i)).append('"');
            }
            out.println(json.append("]}"));
        } else {
            names.forEach(out::println);
        }
        return Main.OK;
    }

    /**
     * A local run for trying the API: embedded Postgres under ./data (or {@code DATABASE_URL}),
     * the static identity shipped in the jar (or {@code IDENTITY_FILE}), sample data once.
     */
    static int dev(Map<String, String> env, PrintStream out, PrintStream err) {
        return dev(env, out, Path.of("data"), Commands::awaitTermination);
    }

    /**
     * {@code dev} until {@code untilStopped} returns (SIGTERM or Ctrl-C in production, a latch in
     * tests). The {@code curl} lines are printed only once the sample data is in, so each of them
     * works when it is read.
     *
     * @param dataRoot where the embedded Postgres keeps its data when {@code DATABASE_URL} is not set
     */
    static int dev(Map<String, String> env, PrintStream out, Path dataRoot, Runnable untilStopped) {
        // A malformed setting stops the run before the embedded Postgres is started for nothing.
        CrmConfig.forDev(env, DEV_TENANT_ID, DEV_TENANT_NAME);
        EmbeddedDevDatabase embedded = null;
        var devEnv = new HashMap<>(env);
        // The file store lives beside the embedded database, under the same data root.
        devEnv.putIfAbsent("FILES_DIR", dataRoot.resolve("files").toString());
        if (!env.containsKey("DATABASE_URL")) {
            out.println("crm dev: starting embedded Postgres under ./data/pg (kept between runs)");
            embedded = EmbeddedDevDatabase.start(dataRoot);
            devEnv.put("DATABASE_URL", embedded.jdbcUrl("crm"));
            devEnv.put("DB_USER", "postgres");
        }
        try {
            var config = CrmConfig.forDev(devEnv, DEV_TENANT_ID, DEV_TENANT_NAME);
            Persistence.createDatabaseIfMissing(CrmApplication.databaseSettings(config));
            var identity = IdentityWiring.devDirectory(config);
            try (var app = CrmApplication.start(config, identity)) {
                var admin = loadSampleDataOnce(app, config);
                printWelcome(out, config, app, admin);
                untilStopped.run();
            }
            return Main.OK;
        } finally {
            if (embedded != null) {
                embedded.close();
            }
        }
    }

    /**
     * Makes the sample users known tenant users (every start; idempotent), then loads each half of
     * the sample tenant into a database that lacks it: companies and contacts when there is no
     * company, the default pipeline when there is no pipeline, labels, projects, tasks and time when
     * there is neither a project nor a label. So a
     * restart loads nothing, and a database of an older {@code dev} gets the newer half once.
     */
    private static Caller loadSampleDataOnce(CrmApplication app, CrmConfig config) {
        var useCases = app.useCases();
        var clock = Clock.system();
        // The users of the sample identity, whatever identity this run uses: the sample data is theirs.
        var admin = SampleData.makeSampleUsersKnown(CrmApplication.authenticateCaller(
                config, app.persistence(), IdentityWiring.sampleDirectory(config.tenantId()), clock));
        var actor = new Actor(SampleData.ADMIN, null);
        var firstPage = new PageRequest(1, 1);
        boolean anyCompany = useCases.companies()
                        .list()
                        .list(
                                SampleData.admin(admin, "companies.list"),
                                new CompanyQuery(Optional.empty(), CompanyQuery.DEFAULT_SORT),
                                firstPage)
                        .total()
                > 0;
        if (!anyCompany) {
            int contacts = SampleData.load(
                    useCases.companies().create(), useCases.contacts().create(), actor);
            LOG.info("loaded the sample tenant's people: {} companies, {} contacts", SampleData.COMPANIES, contacts);
        }
        boolean anyPipeline = useCases.pipelines()
                        .list()
                        .list(
                                SampleData.admin(admin, "pipelines.list"),
                                new PipelineQuery(Optional.empty(), PipelineQuery.DEFAULT_SORT),
                                firstPage)
                        .total()
                > 0;
        if (!anyPipeline) {
            var pipeline = SampleData.loadPipeline(useCases.pipelines().create(), actor);
            LOG.info(
                    "loaded the sample tenant's default pipeline: {} with {} stages",
                    pipeline.details().name(),
                    pipeline.stages().inOrder().size());
        }
        loadSampleDealsOnce(useCases, admin, clock);
        boolean anyWork = useCases.projects()
                                .list()
                                .list(
                                        SampleData.admin(admin, "projects.list"),
                                        new ProjectQuery(Optional.empty(), Optional.empty(), ProjectQuery.DEFAULT_SORT),
                                        firstPage)
                                .total()
                        > 0
                || useCases.labels()
                                .list()
                                .list(
                                        SampleData.admin(admin, "task_labels.list"),
                                        new TaskLabelQuery(Optional.empty(), TaskLabelQuery.DEFAULT_SORT),
                                        firstPage)
                                .total()
                        > 0;
        if (!anyWork) {
            var loaded = SampleWork.load(
                    useCases.labels().create(),
                    useCases.projects().create(),
                    useCases.projects().addMember(),
                    useCases.tasks().create(),
                    useCases.timeEntries().create(),
                    clock.now(),
                    admin);
            LOG.info(
                    "loaded the sample tenant's work: {} labels, {} projects with {} members, {} tasks, {} time entries",
                    loaded.labels(),
                    loaded.projects(),
                    loaded.members(),
                    loaded.tasks(),
                    loaded.timeEntries());
        }
        loadSampleCommsOnce(useCases, admin, actor, clock);
        boolean anyLeaveType = !useCases.leave()
                .listTypes()
                .list(SampleData.admin(admin, "leaves.list"))
                .isEmpty();
        if (!anyLeaveType) {
            var people = SampleLeave.load(useCases, clock.now(), admin);
            LOG.info(
                    "loaded the sample tenant's leave, shifts and SLA: {} holidays, {} leave types, {} leave requests, {} shifts,"
                            + " {} shift assignments, {} SLA policy",
                    people.holidays(),
                    people.types(),
                    people.requests(),
                    people.shifts(),
                    people.assignments(),
                    people.policies());
        }
        boolean anyMedia = useCases.media()
                        .list()
                        .list(SampleData.admin(admin, "media.list"), new MediaQuery(Optional.empty()), firstPage)
                        .total()
                > 0;
        if (!anyMedia) {
            var logo = SampleFiles.loadMedia(useCases.media().upload(), actor);
            LOG.info(
                    "loaded the sample tenant's media: {} ({})",
                    logo.originalName(),
                    logo.kind().mediaType());
        }
        boolean anyFolder = useCases.folders()
                        .list()
                        .list(
                                SampleData.admin(admin, "document_folders.list"),
                                new FolderQuery(Optional.empty(), Optional.empty(), false),
                                firstPage)
                        .total()
                > 0;
        if (!anyFolder) {
            var contracts = SampleFiles.loadFolders(useCases.folders().create(), actor);
            var document = SampleFiles.loadDocument(
                    useCases.documents().create(),
                    useCases.documents().addVersion(),
                    contracts,
                    actor,
                    SampleData.admin(admin, "documents.update"));
            LOG.info(
                    "loaded the sample tenant's documents: four folders, \"{}\" with {} versions",
                    document.details().title(),
                    document.current().number());
        }
        return admin;
    }

    /**
     * Loads the communication logs when there are none (five with each of the first six contacts
     * at a company), and the sample customer's portal account, as the first of them, when there is
     * no portal account.
     */
    private static void loadSampleCommsOnce(RestUseCases useCases, Caller admin, Actor actor, Clock clock) {
        var firstPage = new PageRequest(1, 1);
        var contacts = useCases
                .contacts()
                .list()
                .list(
                        SampleData.admin(admin, "contacts.list"),
                        new ContactQuery(Optional.empty(), Optional.empty(), new SortOrder("created_at", false)),
                        new PageRequest(1, 50))
                .items()
                .stream()
                .filter(contact -> contact.details().companyId() != null)
                .limit(6)
                .toList();
        if (contacts.isEmpty()) {
            return;
        }
        boolean anyLog = useCases.communicationLogs()
                        .list()
                        .list(
                                SampleData.admin(admin, "communication_logs.list"),
                                CommunicationLogQuery.all(),
                                firstPage)
                        .total()
                > 0;
        if (!anyLog) {
            int logs = SampleComms.loadLogs(useCases.communicationLogs().create(), contacts, actor, clock.now());
            LOG.info("loaded the sample tenant's communication logs: {} entries", logs);
        }
        boolean anyAccount = useCases.portalAccounts()
                        .list()
                        .list(
                                SampleData.admin(admin, "portal_accounts.list"),
                                new PortalAccountQuery(
                                        Optional.empty(), Optional.empty(), PortalAccountQuery.DEFAULT_SORT),
                                firstPage)
                        .total()
                > 0;
        if (!anyAccount) {
            var account =
                    SampleComms.loadPortalAccount(useCases.portalAccounts().create(), contacts.getFirst(), actor);
            LOG.info(
                    "loaded the sample customer's portal account: {} as contact {}",
                    account.details().userId(),
                    account.details().contactId());
        }
    }

    /** The sample deals, when the default pipeline holds none (a database of an older {@code dev} gets them once). */
    private static void loadSampleDealsOnce(RestUseCases useCases, Caller admin, Clock clock) {
        var firstPage = new PageRequest(1, 1);
        var pipelines = useCases.pipelines()
                .list()
                .list(
                        SampleData.admin(admin, "pipelines.list"),
                        new PipelineQuery(Optional.empty(), PipelineQuery.DEFAULT_SORT),
                        new PageRequest(1, PageRequest.MAX_PER_PAGE))
                .items();
        var pipeline = pipelines.stream().filter(Pipeline::isDefault).findFirst();
        if (pipeline.isEmpty()) {
            return;
        }
        boolean anyDeal = useCases.deals()
                        .list()
                        .list(
                                SampleData.admin(admin, "deals.list"),
                                new DealQuery.Builder()
                                        .pipeline(pipeline.get().id())
                                        .build(),
                                firstPage)
                        .total()
                > 0;
        if (anyDeal) {
            return;
        }
        var companies = useCases.companies()
                .list()
                .list(
                        SampleData.admin(admin, "companies.list"),
                        new CompanyQuery(Optional.empty(), new SortOrder("created_at", false)),
                        new PageRequest(1, SampleDeals.DEALS))
                .items();
        if (companies.isEmpty()) {
            return;
        }
        int deals = SampleDeals.load(
                useCases.deals().create(),
                useCases.deals().move(),
                pipeline.get(),
                companies,
                LocalDate.ofInstant(clock.now(), ZoneOffset.UTC),
                admin);
        LOG.info(
                "loaded the sample tenant's deals: {} on {}, with their stage history",
                deals,
                pipeline.get().details().name());
    }

    private static void printWelcome(PrintStream out, CrmConfig config, CrmApplication app, Caller sampleAdmin) {
        String base = "http://" + config.host() + ":" + app.port();
        String admin = "-H 'Authorization: Bearer dev-admin-token'";
        String reader = "-H 'Authorization: Bearer dev-reader-token'";
        out.println();
        out.println("CRM dev server for tenant " + config.tenantId() + " (" + config.tenantName() + ") at " + base);
        out.println(
                "Sample tokens: dev-admin-token (u-admin, system admin), dev-reader-token (u-reader, list/view only),"
                        + " dev-service-token (sa-sync, service account, contacts only), " + SampleComms.CUSTOMER_TOKEN
                        + " (u-customer, customer portal only)");
        out.println();
        out.println("  curl -s " + base + "/health/ready");
        out.println("  curl -s " + reader + " '" + base + "/api/contacts?search=arvai&per_page=5'");
        out.println("  curl -s " + reader + " " + base + "/api/companies/1/contacts");
        out.println("  curl -s " + admin + " -H 'Content-Type: application/json' \\");
        out.println("       -d '{\"first_name\":\"Zsófia\",\"last_name\":\"Szőke\",\"email\":\"zsofia@example.test\"}' "
                + base + "/api/contacts");
        out.println("  curl -s " + reader + " -X DELETE " + base + "/api/contacts/1   # 403 permission_denied");
        var useCases = app.useCases();
        var firstActive = useCases.projects()
                .list()
                .list(
                        SampleData.admin(sampleAdmin, "projects.list"),
                        new ProjectQuery(
                                Optional.empty(),
                                Optional.of(ProjectStatus.ACTIVE),
                                new SortOrder("created_at", false)),
                        new PageRequest(1, 1))
                .items();
        if (!firstActive.isEmpty()) {
            ProjectId project = firstActive.getFirst().id();
            out.println("  curl -s " + reader + " " + base + "/api/projects/" + project.value() + "/board");
            var unassigned = useCases.tasks()
                    .list()
                    .list(
                            SampleData.admin(sampleAdmin, "tasks.list"),
                            new TaskQuery(
                                    Optional.empty(),
                                    Optional.of(project),
                                    Optional.of(TaskStatus.TODO),
                                    Optional.empty(),
                                    Optional.empty(),
                                    Optional.empty(),
                                    Optional.empty(),
                                    Optional.empty(),
                                    new SortOrder("created_at", false)),
                            new PageRequest(1, 1))
                    .items();
            if (!unassigned.isEmpty()) {
                out.println("  curl -s " + admin + " -X PATCH -H 'Content-Type: application/json' \\");
                out.println("       -d '{\"assignee_ids\":[\"u-reader\"]}' " + base + "/api/tasks/"
                        + unassigned.getFirst().id().value());
            }
        }
        out.println(
                "  curl -s " + reader + " '" + base + "/api/time-entries?per_page=5'   # u-reader's own, with totals");
        out.println("  curl -s " + admin + " '" + base + "/api/time-entries/export?from="
                + LocalDate.now(ZoneOffset.UTC).minusDays(30) + "&to=" + LocalDate.now(ZoneOffset.UTC)
                + "&format=csv'");
        out.println("  curl -s " + reader + " " + base + "/api/pipelines");
        out.println("  curl -s " + reader + " '" + base + "/api/communication-logs?type=call&per_page=5'");
        out.println("  curl -s " + reader + " " + base + "/api/companies/1/timeline");
        out.println("  curl -s -H 'Authorization: Bearer " + SampleComms.CUSTOMER_TOKEN + "' " + base
                + "/api/portal/communication-logs   # u-customer, a contact of the company it shows");
        useCases
                .pipelines()
                .list()
                .list(
                        SampleData.admin(sampleAdmin, "pipelines.list"),
                        new PipelineQuery(Optional.empty(), PipelineQuery.DEFAULT_SORT),
                        new PageRequest(1, PageRequest.MAX_PER_PAGE))
                .items()
                .stream()
                .filter(Pipeline::isDefault)
                .findFirst()
                .ifPresent(pipeline -> {
                    out.println("  curl -s " + reader + " " + base + "/api/pipelines/" + pipeline.id() + "/board");
                    out.println("  curl -s " + reader + " '" + base + "/api/pipelines/" + pipeline.id()
                            + "/forecast?group=owner'");
                    out.println("  curl -s " + reader + " '" + base + "/api/deals?status=open&owner_id=me&per_page=5'");
                });
        out.println("  curl -s " + base + "/openapi.json");
        out.println();
        out.println("Ctrl-C stops the server.");
    }

    /** Blocks until SIGTERM or SIGINT, so the caller can shut down in order and exit 0. */
    private static void awaitTermination() {
        var stop = new CountDownLatch(1);
        Signal.handle(new Signal("TERM"), signal -> stop.countDown());
        Signal.handle(new Signal("INT"), signal -> stop.countDown());
        try {
            stop.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static List<Permission> permissions() {
        return List.copyOf(RestApi.permissions());
    }
}
