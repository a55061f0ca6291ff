package com.vecton.crm.bootstrap;

import com.vecton.crm.adapter.in.rest.RestApi;
import com.vecton.crm.adapter.in.rest.RestServer;
import com.vecton.crm.adapter.in.rest.RestUseCases;
import com.vecton.crm.adapter.in.rest.communication.CommunicationLogUseCases;
import com.vecton.crm.adapter.in.rest.company.CompanyUseCases;
import com.vecton.crm.adapter.in.rest.contact.ContactUseCases;
import com.vecton.crm.adapter.in.rest.deal.DealUseCases;
import com.vecton.crm.adapter.in.rest.document.DocumentUseCases;
import com.vecton.crm.adapter.in.rest.folder.FolderUseCases;
import com.vecton.crm.adapter.in.rest.health.HealthCheck;
import com.vecton.crm.adapter.in.rest.health.HealthCheck.Readiness;
import com.vecton.crm.adapter.in.rest.label.TaskLabelUseCases;
import com.vecton.crm.adapter.in.rest.leave.LeaveUseCases;
import com.vecton.crm.adapter.in.rest.media.MediaUseCases;
import com.vecton.crm.adapter.in.rest.pipeline.PipelineUseCases;
import com.vecton.crm.adapter.in.rest.portal.PortalAccountUseCases;
import com.vecton.crm.adapter.in.rest.portal.PortalUseCases;
import com.vecton.crm.adapter.in.rest.project.ProjectUseCases;
import com.vecton.crm.adapter.in.rest.shift.ShiftUseCases;
import com.vecton.crm.adapter.in.rest.sla.SlaUseCases;
import com.vecton.crm.adapter.in.rest.task.TaskUseCases;
import com.vecton.crm.adapter.in.rest.time.TimeEntryUseCases;
import com.vecton.crm.adapter.out.files.LocalBlobStore;
import com.vecton.crm.adapter.out.files.S3BlobStore;
import com.vecton.crm.adapter.out.files.TikaContentInspector;
import com.vecton.crm.adapter.out.persistence.DatabaseSettings;
import com.vecton.crm.adapter.out.persistence.Persistence;
import com.vecton.crm.application.port.out.BlobStore;
import com.vecton.crm.application.port.out.Clock;
import com.vecton.crm.application.port.out.IdentityCache;
import com.vecton.crm.application.port.out.IdentityDirectory;
import com.vecton.crm.application.service.access.AuthenticateCallerService;
import com.vecton.crm.application.service.access.AuthorizeActionService;
import com.vecton.crm.application.service.audit.AuditTrail;
import com.vecton.crm.application.service.audit.ListActivityService;
import com.vecton.crm.application.service.communication.CommunicationLogServices;
import com.vecton.crm.application.service.communication.CreateCommunicationLogService;
import com.vecton.crm.application.service.communication.EditCommunicationLogService;
import com.vecton.crm.application.service.communication.ListCompanyTimelineService;
import com.vecton.crm.application.service.company.CompanyServices;
import com.vecton.crm.application.service.company.CreateCompanyService;
import com.vecton.crm.application.service.company.EditCompanyService;
import com.vecton.crm.application.service.company.ListCompanyContactsService;
import com.vecton.crm.application.service.contact.ContactServices;
import com.vecton.crm.application.service.contact.CreateContactService;
import com.vecton.crm.application.service.contact.EditContactService;
import com.vecton.crm.application.service.deal.CreateDealService;
import com.vecton.crm.application.service.deal.DealServices;
import com.vecton.crm.application.service.deal.DealsLeavingStage;
import com.vecton.crm.application.service.deal.EditDealService;
import com.vecton.crm.application.service.deal.ForecastDealsService;
import com.vecton.crm.application.service.deal.ListStageHistoryService;
import com.vecton.crm.application.service.deal.MoveDealService;
import com.vecton.crm.application.service.deal.ShowDealBoardService;
import com.vecton.crm.application.service.document.AddDocumentVersionService;
import com.vecton.crm.application.service.document.CreateDocumentService;
import com.vecton.crm.application.service.document.DocumentServices;
import com.vecton.crm.application.service.document.DocumentVersionsService;
import com.vecton.crm.application.service.document.EditDocumentService;
import com.vecton.crm.application.service.file.CleanUpBlobsService;
import com.vecton.crm.application.service.file.StoreBlobs;
import com.vecton.crm.application.service.folder.CreateFolderService;
import com.vecton.crm.application.service.folder.DeleteFolderService;
import com.vecton.crm.application.service.folder.EditFolderService;
import com.vecton.crm.application.service.folder.FolderServices;
import com.vecton.crm.application.service.folder.RestoreFolderService;
import com.vecton.crm.application.service.idempotency.ForgetExpiredIdempotencyKeysService;
import com.vecton.crm.application.service.idempotency.RunOnceService;
import com.vecton.crm.application.service.label.CreateTaskLabelService;
import com.vecton.crm.application.service.label.DeleteTaskLabelService;
import com.vecton.crm.application.service.label.EditTaskLabelService;
import com.vecton.crm.application.service.label.TaskLabelServices;
import com.vecton.crm.application.service.leave.HolidayService;
import com.vecton.crm.application.service.leave.LeaveBalances;
import com.vecton.crm.application.service.leave.LeaveRequestService;
import com.vecton.crm.application.service.leave.LeaveTypeService;
import com.vecton.crm.application.service.lifecycle.DeleteRecordService;
import com.vecton.crm.application.service.lifecycle.ListChangesService;
import com.vecton.crm.application.service.lifecycle.ListRecordsService;
import com.vecton.crm.application.service.lifecycle.RestoreRecordService;
import com.vecton.crm.application.service.lifecycle.ShowRecordService;
import com.vecton.crm.application.service.lifecycle.UseCaseKit;
import com.vecton.crm.application.service.media.DeleteMediaService;
import com.vecton.crm.application.service.media.DownloadMediaService;
import com.vecton.crm.application.service.media.MediaServices;
import com.vecton.crm.application.service.media.UploadMediaService;
import com.vecton.crm.application.service.pipeline.CreatePipelineService;
import com.vecton.crm.application.service.pipeline.EditPipelineService;
import com.vecton.crm.application.service.pipeline.PipelineServices;
import com.vecton.crm.application.service.pipeline.StageChangesService;
import com.vecton.crm.application.service.portal.CreatePortalAccountService;
import com.vecton.crm.application.service.portal.CustomerContacts;
import com.vecton.crm.application.service.portal.CustomerScopes;
import com.vecton.crm.application.service.portal.ListCustomerRecordsService;
import com.vecton.crm.application.service.portal.PortalAccountServices;
import com.vecton.crm.application.service.portal.ShowCustomerCompanyService;
import com.vecton.crm.application.service.portal.ShowCustomerRecordService;
import com.vecton.crm.application.service.project.AddProjectMemberService;
import com.vecton.crm.application.service.project.CreateProjectService;
import com.vecton.crm.application.service.project.EditProjectService;
import com.vecton.crm.application.service.project.ListProjectMembersService;
import com.vecton.crm.application.service.project.ProjectServices;
import com.vecton.crm.application.service.project.RemoveProjectMemberService;
import com.vecton.crm.application.service.shift.ShiftAssignmentService;
import com.vecton.crm.application.service.shift.ShiftService;
import com.vecton.crm.application.service.sla.SlaService;
import com.vecton.crm.application.service.sync.ForgetOldTombstonesService;
import com.vecton.crm.application.service.task.CreateTaskService;
import com.vecton.crm.application.service.task.EditTaskService;
import com.vecton.crm.application.service.task.ListProjectTasksService;
import com.vecton.crm.application.service.task.ListTasksService;
import com.vecton.crm.application.service.task.MoveTaskService;
import com.vecton.crm.application.service.task.ShowBoardService;
import com.vecton.crm.application.service.task.TaskServices;
import com.vecton.crm.application.service.time.CreateTimeEntryService;
import com.vecton.crm.application.service.time.EditTimeEntryService;
import com.vecton.crm.application.service.time.ExportTimeEntriesService;
import com.vecton.crm.application.service.time.ListTimeEntriesService;
import com.vecton.crm.application.service.time.StartTimerService;
import com.vecton.crm.application.service.time.StopTimerService;
import com.vecton.crm.application.service.time.TimeEntryServices;
import com.vecton.crm.domain.access.AccessGate;
import com.vecton.crm.domain.access.PermissionNamespace;
import com.vecton.crm.domain.document.ChainLimit;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root: builds every adapter and service by hand from the configuration and
 * wires them together. Nothing else in the code base knows more than one adapter.
 */
public final class CrmApplication implements AutoCloseable {
    /** How long in-flight requests may take to finish on shutdown (runtime-and-api.md). */
    static final Duration SHUTDOWN_GRACE = RestApi.SHUTDOWN_GRACE;

    private static final Logger LOG = LoggerFactory.getLogger(CrmApplication.class);

    private final Persistence persistence;
    private final Optional<Events> events;
    /** What every serving replica runs in the background: each safe to run on several at once. */
    private final List<PeriodicJob> jobs;

    private final RestUseCases useCases;
    private final RestServer server;

    private CrmApplication(
            Persistence persistence,
            Optional<Events> events,
            List<PeriodicJob> jobs,
            RestUseCases useCases,
            RestServer server) {
        this.persistence = persistence;
        this.events = events;
        this.jobs = List.copyOf(jobs);
        this.useCases = useCases;
        this.server = server;
    }

    /**
     * Connects, migrates unless told not to, starts the event traffic when a broker is configured
     * (in the background: a broker that is down does not hold the start), and serves HTTP.
     */
    public static CrmApplication start(CrmConfig config, IdentityDirectory identity) {
        Persistence persistence = connect(config);
        Optional<Events> events = Optional.empty();
        var jobs = new ArrayList<PeriodicJob>();
        try {
            if (config.migrateOnServe()) {
                persistence.migrate();
            }
            var clock = Clock.system();
            var useCases = useCases(config, persistence, identity, clock);
            Optional<IdentityCache> cache = identity instanceof IdentityCache c ? Optional.of(c) : Optional.empty();
            events = Events.start(config, persistence, cache, clock);
            Optional<Events> broker = events;
            HealthCheck health = () -> {
                var database = Readiness.of("database", persistence.isReady());
                return broker.map(b -> database.and(b.readiness())).orElse(database);
            };
            jobs.add(forgetOldTombstones(persistence, clock));
            jobs.add(expireIdempotencyKeys(persistence, clock));
            jobs.add(detectSlaBreaches(useCases, config.slaBreachInterval()));
            jobs.add(cleanUpBlobs(config, persistence, clock));
            var api = new RestApi(useCases, health, metrics());
            return new CrmApplication(persistence, events, jobs, useCases, listen(api, config));
        } catch (RuntimeException e) {
            jobs.forEach(PeriodicJob::close);
            events.ifPresent(Events::close);
            persistence.close();
            throw e;
        }
    }

    /**
     * Every serving replica forgets expired idempotency keys, hourly: reads ignore expired keys
     * anyway, so the job only keeps the table to about a day of POSTs. Batches with SKIP LOCKED, so
     * replicas that run it at once share the rows instead of waiting on each other.
     */
    private static PeriodicJob expireIdempotencyKeys(Persistence persistence, Clock clock) {
        var forget = new ForgetExpiredIdempotencyKeysService(persistence.idempotencyRecords(), clock);
        return PeriodicJob.start("forget-expired-idempotency-keys", Duration.ofMinutes(5), Duration.ofHours(1), () -> {
            int forgotten = forget.forgetExpiredKeys();
            if (forgotten > 0) {
                LOG.info(
                        "forgot {} idempotency keys used more than {} hours ago",
                        forgotten,
                        RunOnceService.RETENTION.toHours());
            }
        });
    }

    /**
     * The job that forgets the tombstones of records deleted for good once no good sync cursor
     * reaches back to them; every replica runs it, as it runs the forgetting of old event ids
     * (batches with SKIP LOCKED, so replicas never wait on each other).
     */
    private static PeriodicJob forgetOldTombstones(Persistence persistence, Clock clock) {
        var forget = new ForgetOldTombstonesService(persistence.syncTombstones(), clock);
        return PeriodicJob.start("forget-old-tombstones", Duration.ofMinutes(5), Duration.ofHours(6), () -> {
            int forgotten = forget.forgetOldTombstones();
            if (forgotten > 0) {
                LOG.info(
                        "forgot {} tombstones of records deleted more than {} days ago",
                        forgotten,
                        ForgetOldTombstonesService.RETENTION.toDays());
            }
        });
    }

    /**
     * Binds the HTTP port. A port another process holds, or an address that is not this machine's,
     * is the operator's to fix: one line naming the variable and what to do, exit 2, no stack trace.
     */
    private static RestServer listen(RestApi api, CrmConfig config) {
        try {
            return api.start(config.host(), config.port());
        } catch (UncheckedIOException e) {
            BindException bind = causeOfType(e, BindException.class);
            if (bind == null) {
                throw e;
            }
            String where = config.host() + ":" + config.port();
            String problem = bind.getMessage() == null ? "" : bind.getMessage().toLowerCase(Locale.ROOT);
            if (problem.contains("in use")) {
                int other = config.port() == 65_535 ? 8081 : config.port() + 1;
                throw new ConfigException(
                        "PORT",
                        where + " is already in use by another process; stop that process,"
                                + " or set PORT to a free port (PORT=" + other + ", say; PORT=0 picks one)");
            }
            if (problem.contains("permission denied")) {
                throw new ConfigException(
                        "PORT",
                        "may not listen on " + where
                                + " (ports below 1024 need privileges); set PORT to 1024 or above");
            }
            throw new ConfigException(
                    "HOST",
                    "cannot listen on " + where + " (" + bind.getMessage()
                            + "); set HOST to an address of this machine, such as 127.0.0.1 or 0.0.0.0");
        }
    }

    private static <T extends Throwable> T causeOfType(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    /** The Prometheus registry of {@code GET /metrics}: HTTP timings (added by the REST adapter) and the JVM's vitals. */
    static PrometheusMeterRegistry metrics() {
        var registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmGcMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        return registry;
    }

    /** The pool to the tenant's database; an unreachable database is a configuration error (exit 2). */
    static Persistence connect(CrmConfig config) {
        try {
            // Without a broker nothing would ever publish the outbox, so nothing is written to it.
            return Persistence.connect(
                    databaseSettings(config), config.amqpUrl().isPresent());
        } catch (RuntimeException e) {
            throw new ConfigException(
                    "DATABASE_URL",
                    "cannot connect to " + redacted(config.databaseUrl()) + " (" + rootMessage(e) + ")");
        }
    }

    static DatabaseSettings databaseSettings(CrmConfig config) {
        return new DatabaseSettings(
                config.databaseUrl(),
                config.databaseUser(),
                config.databasePassword(),
                config.databasePoolSize(),
                config.databaseConnectTimeout(),
                config.databaseStatementTimeout());
    }

    /**
     * Every use case the HTTP API drives, one factory per entity below: each builds the entity's
     * services on the shared kit and its in-ports, the lifecycle ones from the entity's RecordType.
     */
    static RestUseCases useCases(CrmConfig config, Persistence persistence, IdentityDirectory identity, Clock clock) {
        var namespace = new PermissionNamespace(config.tenantName(), config.serviceName());
        // One gate for the route check and the use cases' check on the record they load.
        var authorize = new AuthorizeActionService(identity, new AccessGate(config.tenantId()), namespace, clock);
        var kit =
                new UseCaseKit(persistence.transactions(), new AuditTrail(persistence.activityLog()), clock, authorize);
        return new RestUseCases(
                authenticateCaller(config, persistence, identity, clock),
                authorize,
                contactUseCases(persistence, kit),
                companyUseCases(persistence, kit),
                taskLabelUseCases(persistence, kit),
                new ListActivityService(persistence.activityLogReader()),
                projectUseCases(persistence, kit),
                taskUseCases(persistence, kit),
                timeEntryUseCases(persistence, kit),
                pipelineUseCases(persistence, kit),
                new RunOnceService(persistence.transactions(), persistence.idempotencyRecords(), clock),
                dealUseCases(persistence, kit),
                communicationLogUseCases(persistence, kit),
                portalAccountUseCases(persistence, kit),
                portalUseCases(persistence),
                leaveUseCases(persistence, kit),
                shiftUseCases(persistence, kit),
                slaUseCases(persistence, kit),
                mediaUseCases(config, persistence, kit),
                folderUseCases(persistence, kit),
                documentUseCases(config, persistence, kit));
    }

    /** Business calendars, SLA policies, a task's SLA, breaches, the report and the breach job (issue 12). */
    static SlaUseCases slaUseCases(Persistence persistence, UseCaseKit kit) {
        var sla = new SlaService(
                persistence.slaPolicies(),
                persistence.slaRecords(),
                persistence.leave().holidays(),
                persistence.tasks(),
                kit);
        return new SlaUseCases(sla, sla, sla, sla, sla, sla, sla, sla);
    }

    /**
     * Every serving replica runs the breach job every {@code SLA_BREACH_INTERVAL_MS} (30 s): a run
     * that finds another replica's run at work skips its turn (no waiting), and each breach is
     * written once (a partial unique index).
     */
    private static PeriodicJob detectSlaBreaches(RestUseCases useCases, Duration interval) {
        var detect = useCases.sla().detect();
        return PeriodicJob.start("detect-sla-breaches", interval, interval, () -> {
            var run = detect.detect();
            if (run.breaches() > 0 || run.warnings() > 0 || run.resolved() > 0) {
                LOG.info(
                        "SLA: {} tasks scanned, {} breaches, {} warnings, {} breaches resolved",
                        run.scanned(),
                        run.breaches(),
                        run.warnings(),
                        run.resolved());
            }
        });
    }

    /** The assignments' service, which leave approvals ask about the shifts a leave covers. */
    static ShiftAssignmentService shiftAssignments(Persistence persistence, UseCaseKit kit) {
        var people = persistence.leave();
        return new ShiftAssignmentService(
                people.shifts(),
                people.assignments(),
                people.requests(),
                people.holidays(),
                persistence.tenantUsers(),
                kit);
    }

    /** Shift templates, assignments and the roster (issue 12). */
    static ShiftUseCases shiftUseCases(Persistence persistence, UseCaseKit kit) {
        var shifts = new ShiftService(persistence.leave().shifts(), kit);
        var assignments = shiftAssignments(persistence, kit);
        return new ShiftUseCases(
                shifts,
                shifts,
                shifts,
                shifts,
                assignments,
                assignments,
                assignments,
                assignments,
                assignments,
                assignments);
    }

    /** Holidays, leave types, leave requests, the calendar and balances (issue 12). */
    static LeaveUseCases leaveUseCases(Persistence persistence, UseCaseKit kit) {
        var leave = persistence.leave();
        var holidays = new HolidayService(leave.holidays(), kit);
        var types = new LeaveTypeService(leave.types(), kit);
        var requests = new LeaveRequestService(
                leave.requests(),
                leave.types(),
                leave.ledger(),
                leave.holidays(),
                persistence.tenantUsers(),
                shiftAssignments(persistence, kit),
                kit);
        var balances = new LeaveBalances(
                leave.types(), leave.ledger(), leave.requests(), persistence.tenantUsers(), leave.holidays(), kit);
        return new LeaveUseCases(
                holidays, holidays, holidays, holidays, types, types, types, requests, requests, requests, requests,
                requests, balances, balances);
    }

    /** Who is calling, on this identity; mirrors each user into {@code tenant_users} on first sight. */
    static AuthenticateCallerService authenticateCaller(
            CrmConfig config, Persistence persistence, IdentityDirectory identity, Clock clock) {
        return new AuthenticateCallerService(identity, persistence.tenantUsers(), clock, config.legacyTokenCutoff());
    }

    static ContactUseCases contactUseCases(Persistence persistence, UseCaseKit kit) {
        var s = new ContactServices(persistence.contacts(), persistence.companies(), kit);
        return new ContactUseCases(
                new CreateContactService(s),
                new EditContactService(s),
                new DeleteRecordService<>(s.type(), kit),
                new RestoreRecordService<>(s.type(), kit),
                new ShowRecordService<>(s.type()),
                new ListRecordsService<>(s.visible(), s.contacts()::search),
                new ListCompanyContactsService(s),
                ListChangesService.of(s.visible(), s.contacts(), kit.clock()));
    }

    static CompanyUseCases companyUseCases(Persistence persistence, UseCaseKit kit) {
        var s = new CompanyServices(persistence.companies(), kit);
        return new CompanyUseCases(
                new CreateCompanyService(s),
                new EditCompanyService(s),
                new DeleteRecordService<>(s.type(), kit),
                new RestoreRecordService<>(s.type(), kit),
                new ShowRecordService<>(s.type()),
                new ListRecordsService<>(s.visible(), s.companies()::search),
                ListChangesService.of(s.visible(), s.companies(), kit.clock()));
    }

    static TaskLabelUseCases taskLabelUseCases(Persistence persistence, UseCaseKit kit) {
        var s = new TaskLabelServices(persistence.taskLabels(), kit);
        return new TaskLabelUseCases(
                new CreateTaskLabelService(s),
                new EditTaskLabelService(s),
                new DeleteTaskLabelService(s),
                new ShowRecordService<>(s.type()),
                new ListRecordsService<>(s.visible(), s.labels()::search),
                ListChangesService.of(s.visible(), s.labels(), kit.clock()));
    }

    static TimeEntryUseCases timeEntryUseCases(Persistence persistence, UseCaseKit kit) {
        var s = new TimeEntryServices(
                persistence.timeEntries(), persistence.projects(), persistence.tasks(), persistence.tenantUsers(), kit);
        return new TimeEntryUseCases(
                new CreateTimeEntryService(s),
                new StartTimerService(s),
                new StopTimerService(s),
                new EditTimeEntryService(s),
                new DeleteRecordService<>(s.type(), kit),
                new RestoreRecordService<>(s.type(), kit),
                new ShowRecordService<>(s.type()),
                new ListTimeEntriesService(s),
                new ExportTimeEntriesService(s),
                new ListChangesService<>(s.changesFeed(), kit.clock()));
    }

    static TaskUseCases taskUseCases(Persistence persistence, UseCaseKit kit) {
        var s = new TaskServices(
                persistence.tasks(), persistence.projects(), persistence.taskLabels(), persistence.tenantUsers(), kit);
        return new TaskUseCases(
                new CreateTaskService(s),
                new EditTaskService(s),
                new MoveTaskService(s),
                new DeleteRecordService<>(s.type(), kit),
                new RestoreRecordService<>(s.type(), kit),
                new ShowRecordService<>(s.type()),
                new ListTasksService(s),
                new ListProjectTasksService(s),
                new ShowBoardService(s),
                ListChangesService.of(s.visible(), s.tasks(), kit.clock()));
    }

    static PipelineUseCases pipelineUseCases(Persistence persistence, UseCaseKit kit) {
        var s = new PipelineServices(persistence.pipelines(), kit);
        var occupants = new DealsLeavingStage(dealServices(persistence, kit));
        var stages = new StageChangesService(s, occupants);
        return new PipelineUseCases(
                new CreatePipelineService(s),
                new EditPipelineService(s),
                new DeleteRecordService<>(s.type(occupants), kit),
                new RestoreRecordService<>(s.type(), kit),
                new ShowRecordService<>(s.type()),
                new ListRecordsService<>(s.visible(), s.pipelines()::search),
                ListChangesService.of(s.visible(), s.pipelines(), kit.clock()),
                stages,
                stages,
                stages,
                stages);
    }

    static CommunicationLogUseCases communicationLogUseCases(Persistence persistence, UseCaseKit kit) {
        var s = new CommunicationLogServices(
                persistence.communicationLogs(),
                persistence.contacts(),
                persistence.companies(),
                persistence.linkedDeals(),
                kit);
        return new CommunicationLogUseCases(
                new CreateCommunicationLogService(s),
                new EditCommunicationLogService(s),
                new DeleteRecordService<>(s.type(), kit),
                new RestoreRecordService<>(s.type(), kit),
                new ShowRecordService<>(s.type()),
                new ListRecordsService<>(s.visible(), s.logs()::search),
                ListChangesService.of(s.visible(), s.logs(), kit.clock()),
                new ListCompanyTimelineService(s));
    }

    static PortalAccountUseCases portalAccountUseCases(Persistence persistence, UseCaseKit kit) {
        var s = new PortalAccountServices(
                persistence.portalAccounts(), persistence.contacts(), persistence.tenantUsers(), kit);
        return new PortalAccountUseCases(
                new CreatePortalAccountService(s),
                new DeleteRecordService<>(s.type(), kit),
                new ShowRecordService<>(s.type()),
                new ListRecordsService<>(s.visible(), s.accounts()::search),
                ListChangesService.of(s.visible(), s.accounts(), kit.clock()));
    }

    /** The customer portal: every route resolves its caller's company first, then reads through the type's path. */
    static PortalUseCases portalUseCases(Persistence persistence) {
        var scopes = new CustomerScopes(persistence.portalAccounts());
        var contacts = new CustomerContacts(persistence.contacts());
        var logs = persistence.communicationLogs();
        return new PortalUseCases(
                new ShowCustomerCompanyService(scopes, persistence.companies()),
                new ListCustomerRecordsService<>(scopes, contacts::search),
                new ShowCustomerRecordService<>(scopes, ContactServices.SUBJECT, contacts::find),
                new ListCustomerRecordsService<>(scopes, logs::searchForCustomer),
                new ShowCustomerRecordService<>(scopes, CommunicationLogServices.SUBJECT, logs::findForCustomer),
                new ListCustomerRecordsService<>(scopes, persistence.customerDeals()::search),
                new ShowCustomerRecordService<>(scopes, DealServices.SUBJECT, persistence.customerDeals()::find));
    }

    static DealServices dealServices(Persistence persistence, UseCaseKit kit) {
        return new DealServices(
                persistence.deals(),
                persistence.pipelines(),
                persistence.companies(),
                persistence.contacts(),
                persistence.tenantUsers(),
                kit);
    }

    static DealUseCases dealUseCases(Persistence persistence, UseCaseKit kit) {
        var s = dealServices(persistence, kit);
        return new DealUseCases(
                new CreateDealService(s),
                new EditDealService(s),
                new MoveDealService(s),
                new DeleteRecordService<>(s.type(), kit),
                new RestoreRecordService<>(s.type(), kit),
                new ShowRecordService<>(s.type()),
                new ListRecordsService<>(s.visible(), s.deals()::search),
                ListChangesService.of(s.visible(), s.deals(), kit.clock()),
                new ListStageHistoryService(s),
                new ShowDealBoardService(s),
                new ForecastDealsService(s));
    }

    static ProjectUseCases projectUseCases(Persistence persistence, UseCaseKit kit) {
        var s = new ProjectServices(
                persistence.projects(), persistence.projectMemberships(), persistence.tenantUsers(), kit);
        return new ProjectUseCases(
                new CreateProjectService(s),
                new EditProjectService(s),
                new DeleteRecordService<>(s.type(), kit),
                new RestoreRecordService<>(s.type(), kit),
                new ShowRecordService<>(s.type()),
                new ListRecordsService<>(s.visible(), s.projects()::search),
                new ListProjectMembersService(s),
                new AddProjectMemberService(s),
                new RemoveProjectMemberService(s),
                ListChangesService.of(s.visible(), s.projects(), kit.clock()));
    }

    /** The file store of {@code FILES_STORE}: {@code local} under {@code FILES_DIR}, or {@code s3} on {@code S3_BUCKET}. */
    static BlobStore blobStore(CrmConfig config) {
        var files = config.files();
        if (files.s3().isPresent()) {
            var s3 = files.s3().get();
            return S3BlobStore.connect(s3.endpoint(), s3.bucket(), s3.region(), s3.accessKeyId(), s3.secretAccessKey());
        }
        try {
            return new LocalBlobStore(files.dir());
        } catch (UncheckedIOException e) {
            throw new ConfigException("FILES_DIR", "cannot be used as the file store (" + rootMessage(e) + ")");
        }
    }

    static FolderUseCases folderUseCases(Persistence persistence, UseCaseKit kit) {
        var s = new FolderServices(persistence.folders(), kit);
        return new FolderUseCases(
                new CreateFolderService(s),
                new EditFolderService(s),
                new DeleteFolderService(s),
                new RestoreFolderService(s),
                new ShowRecordService<>(s.type()),
                new ListRecordsService<>(s.visible(), s.folders()::search));
    }

    static DocumentUseCases documentUseCases(CrmConfig config, Persistence persistence, UseCaseKit kit) {
        var blobs = new StoreBlobs(persistence.blobIndex(), blobStore(config), persistence.transactions());
        var limit = new ChainLimit(config.files().documentChainLimitBytes());
        var s = new DocumentServices(
                persistence.documents(), persistence.folders(), blobs, new TikaContentInspector(), limit, kit);
        var versions = new DocumentVersionsService(s);
        return new DocumentUseCases(
                new CreateDocumentService(s),
                new EditDocumentService(s),
                new DeleteRecordService<>(s.type(), kit),
                new RestoreRecordService<>(s.type(), kit),
                new ShowRecordService<>(s.type()),
                new ListRecordsService<>(s.visible(), s.documents()::search),
                new AddDocumentVersionService(s),
                versions,
                versions,
                versions,
                versions,
                limit.bytes());
    }

    static MediaUseCases mediaUseCases(CrmConfig config, Persistence persistence, UseCaseKit kit) {
        var blobs = new StoreBlobs(persistence.blobIndex(), blobStore(config), persistence.transactions());
        var s = new MediaServices(
                persistence.media(),
                blobs,
                new TikaContentInspector(),
                config.files().mediaMaxPixels(),
                kit);
        return new MediaUseCases(
                new UploadMediaService(s),
                new ShowRecordService<>(s.type()),
                new ListRecordsService<>(s.visible(), s.media()::search),
                new DownloadMediaService(s),
                new DeleteMediaService(s),
                config.files().mediaMaxBytes());
    }

    /**
     * Every serving replica removes stored contents that nothing refers to any more, every ten
     * minutes: each under its content's lock taken without waiting, so replicas skip what another
     * one (or an upload) holds, and an upload of the same content is never lost (CleanUpBlobsService).
     */
    private static PeriodicJob cleanUpBlobs(CrmConfig config, Persistence persistence, Clock clock) {
        var cleanUp =
                new CleanUpBlobsService(persistence.transactions(), persistence.blobIndex(), blobStore(config), clock);
        return PeriodicJob.start("clean-up-blobs", Duration.ofMinutes(1), Duration.ofMinutes(10), () -> {
            int removed = cleanUp.cleanUp();
            if (removed > 0) {
                LOG.info("removed {} stored contents that nothing refers to", removed);
            }
        });
    }

    public int port() {
        return server.port();
    }

    Persistence persistence() {
        return persistence;
    }

    RestUseCases useCases() {
        return useCases;
    }

    /** Stops taking requests, lets those in flight finish, stops the event traffic, then closes the pool. */
    @Override
    public void close() {
        try {
            server.stop(SHUTDOWN_GRACE);
        } finally {
            jobs.forEach(PeriodicJob::close);
            try {
                events.ifPresent(Events::close);
            } finally {
                persistence.close();
            }
        }
    }

    private static String redacted(String jdbcUrl) {
        int query = jdbcUrl.indexOf('?');
        return query < 0 ? jdbcUrl : jdbcUrl.substring(0, query);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
