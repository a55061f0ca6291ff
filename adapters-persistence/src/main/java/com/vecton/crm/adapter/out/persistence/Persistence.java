package com.vecton.crm.adapter.out.persistence;

import static com.vecton.crm.adapter.out.persistence.DatabaseFailures.guard;

import com.vecton.crm.adapter.out.persistence.audit.JdbiActivityLog;
import com.vecton.crm.adapter.out.persistence.communication.JdbiCommunicationLogRepository;
import com.vecton.crm.adapter.out.persistence.company.JdbiCompanyRepository;
import com.vecton.crm.adapter.out.persistence.contact.JdbiContactRepository;
import com.vecton.crm.adapter.out.persistence.deal.JdbiDealRepository;
import com.vecton.crm.adapter.out.persistence.document.JdbiDocumentRepository;
import com.vecton.crm.adapter.out.persistence.event.JdbiEventOutbox;
import com.vecton.crm.adapter.out.persistence.event.JdbiProcessedEvents;
import com.vecton.crm.adapter.out.persistence.event.LocalOutboxSignal;
import com.vecton.crm.adapter.out.persistence.file.JdbiBlobIndex;
import com.vecton.crm.adapter.out.persistence.folder.JdbiFolderRepository;
import com.vecton.crm.adapter.out.persistence.idempotency.JdbiIdempotencyRecords;
import com.vecton.crm.adapter.out.persistence.label.JdbiTaskLabelRepository;
import com.vecton.crm.adapter.out.persistence.leave.JdbiHolidays;
import com.vecton.crm.adapter.out.persistence.leave.JdbiLeaveLedger;
import com.vecton.crm.adapter.out.persistence.leave.JdbiLeaveRequests;
import com.vecton.crm.adapter.out.persistence.leave.JdbiLeaveTypes;
import com.vecton.crm.adapter.out.persistence.leave.LeaveStores;
import com.vecton.crm.adapter.out.persistence.media.JdbiMediaRepository;
import com.vecton.crm.adapter.out.persistence.pipeline.JdbiPipelineRepository;
import com.vecton.crm.adapter.out.persistence.portal.JdbiCustomerDeals;
import com.vecton.crm.adapter.out.persistence.portal.JdbiPortalAccountRepository;
import com.vecton.crm.adapter.out.persistence.project.JdbiProjectMemberships;
import com.vecton.crm.adapter.out.persistence.project.JdbiProjectRepository;
import com.vecton.crm.adapter.out.persistence.shift.JdbiShiftAssignments;
import com.vecton.crm.adapter.out.persistence.shift.JdbiShifts;
import com.vecton.crm.adapter.out.persistence.sla.JdbiSlaPolicies;
import com.vecton.crm.adapter.out.persistence.sla.JdbiSlaRecords;
import com.vecton.crm.adapter.out.persistence.sync.JdbiSyncTombstones;
import com.vecton.crm.adapter.out.persistence.task.JdbiTaskRepository;
import com.vecton.crm.adapter.out.persistence.time.JdbiTimeEntryRepository;
import com.vecton.crm.adapter.out.persistence.user.JdbiTenantUsers;
import com.vecton.crm.application.port.out.ActivityLog;
import com.vecton.crm.application.port.out.ActivityLogReader;
import com.vecton.crm.application.port.out.BlobIndex;
import com.vecton.crm.application.port.out.CommunicationLogRepository;
import com.vecton.crm.application.port.out.CompanyRepository;
import com.vecton.crm.application.port.out.ContactRepository;
import com.vecton.crm.application.port.out.CustomerDeals;
import com.vecton.crm.application.port.out.DealRepository;
import com.vecton.crm.application.port.out.DocumentRepository;
import com.vecton.crm.application.port.out.EventOutbox;
import com.vecton.crm.application.port.out.FolderRepository;
import com.vecton.crm.application.port.out.Holidays;
import com.vecton.crm.application.port.out.IdempotencyRecords;
import com.vecton.crm.application.port.out.LeaveLedger;
import com.vecton.crm.application.port.out.LeaveRequests;
import com.vecton.crm.application.port.out.LeaveTypes;
import com.vecton.crm.application.port.out.LinkedDeals;
import com.vecton.crm.application.port.out.MediaRepository;
import com.vecton.crm.application.port.out.OutboxSignal;
import com.vecton.crm.application.port.out.PipelineRepository;
import com.vecton.crm.application.port.out.PortalAccountRepository;
import com.vecton.crm.application.port.out.ProcessedEvents;
import com.vecton.crm.application.port.out.ProjectMemberships;
import com.vecton.crm.application.port.out.ProjectRepository;
import com.vecton.crm.application.port.out.ShiftAssignments;
import com.vecton.crm.application.port.out.Shifts;
import com.vecton.crm.application.port.out.SlaPolicies;
import com.vecton.crm.application.port.out.SlaRecords;
import com.vecton.crm.application.port.out.SyncTombstones;
import com.vecton.crm.application.port.out.TaskLabelRepository;
import com.vecton.crm.application.port.out.TaskRepository;
import com.vecton.crm.application.port.out.TenantUsers;
import com.vecton.crm.application.port.out.TimeEntryRepository;
import com.vecton.crm.application.port.out.Transactions;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.postgres.PostgresPlugin;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The persistence adapter as bootstrap sees it: one pool to the tenant's database, its
 * migrations, its readiness, and the out-ports of the application built on that pool.
 */
public final class Persistence implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Persistence.class);
    private static final String MIGRATIONS = "classpath:db/migration";
    /** How the server lists our sessions ({@code pg_stat_activity.application_name}). */
    private static final String APPLICATION_NAME = "crm";
    /**
     * Seconds, for the connections of start-up and of migrations, which no request waits for: long
     * enough for a busy server, short enough that start-up never hangs.
     */
    private static final int CONNECT_TIMEOUT_SECONDS = 5;
    /**
     * How long the pool may spend checking that an idle connection still works before handing it
     * out (Hikari's validation). A request's wait for a connection is bounded by the connect timeout
     * plus, at worst, one such check ({@link #longestWaitForConnection}).
     */
    private static final Duration VALIDATION_TIMEOUT = Duration.ofSeconds(1);
    /**
     * The driver gives up on a server that sent nothing for the statement timeout plus this: the
     * server cancels a slow statement itself, so only a server that is gone (a partition, a host that
     * died without closing the socket) ever reaches the socket timeout, and a request never hangs on it.
     */
    private static final Duration SOCKET_TIMEOUT_MARGIN = Duration.ofSeconds(5);
    /** {@code /health/ready} answers within this, however long the pool would keep it waiting. */
    public static final Duration READINESS_DEADLINE = Duration.ofSeconds(1);

    private static final int READINESS_QUERY_TIMEOUT_SECONDS = 2;
    /** SQLSTATE duplicate_database, and unique_violation when two CREATE DATABASE race in the catalog. */
    private static final Set<String> ALREADY_EXISTS = Set.of("42P04", "23505");

    private final DatabaseSettings settings;
    private final HikariDataSource dataSource;
    private final Jdbi jdbi;
    private final LocalOutboxSignal outboxSignal = new LocalOutboxSignal();
    private final Transactions transactions;
    private final ContactRepository contacts;
    private final CompanyRepository companies;
    private final ActivityLog activityLog;
    private final ActivityLogReader activityLogReader;
    private final ProcessedEvents processedEvents;
    private final EventOutbox eventOutbox;
    private final TenantUsers tenantUsers;
    private final ProjectRepository projects;
    private final ProjectMemberships projectMemberships;
    private final TaskLabelRepository taskLabels;
    private final TaskRepository tasks;
    private final TimeEntryRepository timeEntries;
    private final IdempotencyRecords idempotencyRecords;
    private final SyncTombstones syncTombstones;
    private final PipelineRepository pipelines;
    private final CommunicationLogRepository communicationLogs;
    private final PortalAccountRepository portalAccounts;
    private final DealRepository deals;
    private final CustomerDeals customerDeals;
    private final LinkedDeals linkedDeals;
    private final LeaveStores leave;
    private final SlaPolicies slaPolicies;
    private final SlaRecords slaRecords;
    private final MediaRepository media;
    private final BlobIndex blobIndex;
    private final FolderRepository folders;
    private final DocumentRepository documents;

    /** Set once the newest migration on the classpath is seen applied; migrations never go back. */
    private volatile boolean migrated;

    private volatile String latestMigration;
    private volatile boolean lastReady = true;
    private CompletableFuture<Boolean> readinessCheck;

    /** Every port that reaches the database is handed out {@link DatabaseFailures#guard guarded}. */
    private Persistence(DatabaseSettings settings, HikariDataSource dataSource, boolean publishesEvents) {
        this.settings = settings;
        this.dataSource = dataSource;
        this.jdbi = Jdbi.create(dataSource).installPlugin(new PostgresPlugin());
        this.transactions = guard(Transactions.class, new JdbiTransactions(jdbi));
        this.contacts = guard(ContactRepository.class, new JdbiContactRepository(jdbi));
        this.companies = guard(CompanyRepository.class, new JdbiCompanyRepository(jdbi));
        var log = new JdbiActivityLog(jdbi, publishesEvents ? Optional.of(outboxSignal) : Optional.empty());
        this.activityLog = guard(ActivityLog.class, log);
        this.activityLogReader = guard(ActivityLogReader.class, log);
        this.processedEvents = guard(ProcessedEvents.class, new JdbiProcessedEvents(jdbi));
        this.eventOutbox = guard(EventOutbox.class, new JdbiEventOutbox(jdbi));
        this.tenantUsers = guard(TenantUsers.class, new JdbiTenantUsers(jdbi));
        this.projects = guard(ProjectRepository.class, new JdbiProjectRepository(jdbi));
        this.projectMemberships = guard(ProjectMemberships.class, new JdbiProjectMemberships(jdbi));
        this.taskLabels = guard(TaskLabelRepository.class, new JdbiTaskLabelRepository(jdbi));
        this.tasks = guard(TaskRepository.class, new JdbiTaskRepository(jdbi));
        this.timeEntries = guard(TimeEntryRepository.class, new JdbiTimeEntryRepository(jdbi));
        this.idempotencyRecords = guard(IdempotencyRecords.class, new JdbiIdempotencyRecords(jdbi));
        this.syncTombstones = guard(SyncTombstones.class, new JdbiSyncTombstones(jdbi));
        this.pipelines = guard(PipelineRepository.class, new JdbiPipelineRepository(jdbi));
        this.communicationLogs = guard(CommunicationLogRepository.class, new JdbiCommunicationLogRepository(jdbi));
        this.portalAccounts = guard(PortalAccountRepository.class, new JdbiPortalAccountRepository(jdbi));
        this.deals = guard(DealRepository.class, new JdbiDealRepository(jdbi));
        var dealsOfCustomers = new JdbiCustomerDeals(jdbi);
        this.customerDeals = guard(CustomerDeals.class, dealsOfCustomers);
        this.linkedDeals = guard(LinkedDeals.class, dealsOfCustomers);
        this.leave = new LeaveStores(
                guard(Holidays.class, new JdbiHolidays(jdbi)),
                guard(LeaveTypes.class, new JdbiLeaveTypes(jdbi)),
                guard(LeaveRequests.class, new JdbiLeaveRequests(jdbi)),
                guard(LeaveLedger.class, new JdbiLeaveLedger(jdbi)),
                guard(Shifts.class, new JdbiShifts(jdbi)),
                guard(ShiftAssignments.class, new JdbiShiftAssignments(jdbi)));
        this.slaPolicies = guard(SlaPolicies.class, new JdbiSlaPolicies(jdbi));
        this.slaRecords = guard(SlaRecords.class, new JdbiSlaRecords(jdbi));
        this.media = guard(MediaRepository.class, new JdbiMediaRepository(jdbi));
        this.blobIndex = guard(BlobIndex.class, new JdbiBlobIndex(jdbi));
        this.folders = guard(FolderRepository.class, new JdbiFolderRepository(jdbi));
        this.documents = guard(DocumentRepository.class, new JdbiDocumentRepository(jdbi));
    }

    /**
     * Opens the pool and checks that the database answers. Every activity-log entry is also
     * written to the outbox, to be published.
     *
     * @throws DatabaseUnreachableException when no connection can be made, with the reason
     */
    public static Persistence connect(DatabaseSettings settings) {
        return connect(settings, true);
    }

    /**
     * As {@link #connect(DatabaseSettings)}; with {@code publishesEvents} false (no broker is
     * configured) activity-log entries are not written to the outbox, where nothing would ever
     * take them out.
     */
    public static Persistence connect(DatabaseSettings settings, boolean publishesEvents) {
        // One plain connection first: it fails at once with the driver's own reason, where the
        // pool would retry for a second and wrap the cause.
        try (Connection probe = directConnection(settings)) {
            probe.isValid(CONNECT_TIMEOUT_SECONDS);
        } catch (SQLException e) {
            throw unreachable(settings, e);
        }
        try {
            return new Persistence(settings, new HikariDataSource(poolConfig(settings)), publishesEvents);
        } catch (RuntimeException e) {
            throw unreachable(settings, e);
        }
    }

    /**
     * The longest a request waits for a connection before it is answered {@code 503
     * database_unavailable}: the connect timeout, plus one validation of an idle connection that
     * started just before it ran out.
     */
    public static Duration longestWaitForConnection(DatabaseSettings settings) {
        return settings.connectTimeout().plus(validationTimeout(settings));
    }

    /**
     * The pool of request connections. Every wait is bounded, so that no request holds a worker on
     * a database that does not answer: for a connection by the connect timeout (Hikari's
     * {@code connectionTimeout}, and the driver's {@code connectTimeout} for the TCP connect); for a
     * statement by {@code statement_timeout}, a startup option of each connection, so it is the
     * session's default and no {@code RESET} undoes it; for a server that went silent by the
     * driver's {@code socketTimeout}. {@code tcpKeepAlive} lets the kernel notice idle connections
     * to a host that vanished.
     */
    private static HikariConfig poolConfig(DatabaseSettings settings) {
        var config = new HikariConfig();
        config.setPoolName("crm-db");
        config.setJdbcUrl(settings.jdbcUrl());
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.setMaximumPoolSize(settings.poolSize());
        config.setConnectionTimeout(settings.connectTimeout().toMillis());
        config.setValidationTimeout(validationTimeout(settings).toMillis());
        // Strings only: the driver reads its properties with getProperty, which skips any other value.
        config.addDataSourceProperty("connectTimeout", wholeSeconds(settings.connectTimeout()));
        config.addDataSourceProperty(
                "socketTimeout", wholeSeconds(settings.statementTimeout().plus(SOCKET_TIMEOUT_MARGIN)));
        config.addDataSourceProperty("tcpKeepAlive", "true");
        config.addDataSourceProperty(
                "options", "-c statement_timeout=" + settings.statementTimeout().toMillis());
        config.addDataSourceProperty("ApplicationName", APPLICATION_NAME);
        // Hikari's default, stated: the constructor makes the first connection and fails if it cannot.
        config.setInitializationFailTimeout(1);
        return config;
    }

    /** Hikari wants it below the connect timeout and at least 250 ms. */
    private static Duration validationTimeout(DatabaseSettings settings) {
        var connect = settings.connectTimeout();
        return connect.compareTo(VALIDATION_TIMEOUT) < 0 ? connect : VALIDATION_TIMEOUT;
    }

    /** The driver counts these timeouts in whole seconds; rounded up, so never below what was asked. */
    private static String wholeSeconds(Duration timeout) {
        return Long.toString(Math.max(1, (timeout.toMillis() + 999) / 1000));
    }

    /**
     * Creates the database that the settings name if the server does not have it yet, connecting
     * to the {@code postgres} maintenance database of the same server. Two processes doing this
     * at once both succeed: the loser of the race sees the database as already there.
     *
     * @return whether this call created it
     */
    public static boolean createDatabaseIfMissing(DatabaseSettings settings) {
        String name = settings.databaseName();
        var maintenance = settings.withDatabase("postgres");
        Connection connection;
        try {
            connection = directConnection(maintenance);
        } catch (SQLException e) {
            throw unreachable(maintenance, e);
        }
        try (connection;
                var exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, name);
            try (var rows = exists.executeQuery()) {
                if (rows.next()) {
                    return false;
                }
            }
            try (var create = connection.createStatement()) {
                create.execute("CREATE DATABASE " + quoteIdentifier(name));
                LOG.info("Created database {}", name);
                return true;
            } catch (SQLException e) {
                if (e.getSQLState() != null && ALREADY_EXISTS.contains(e.getSQLState())) {
                    return false;
                }
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name + ": " + e.getMessage(), e);
        }
    }

    /** Applies the migrations in {@code db/migration} that the database does not have yet. */
    public void migrate() {
        var result = flyway().migrate();
        if (result.migrationsExecuted == 0) {
            LOG.info("Database schema is up to date");
        } else {
            LOG.info(
                    "Database schema migrated to version {} ({} migrations)",
                    result.targetSchemaVersion,
                    result.migrationsExecuted);
        }
        migrated = true;
    }

    /**
     * Whether the database answers and has every migration this build ships. Cheap enough to be
     * polled by {@code /health/ready}: one {@code SELECT 1}, plus a look at the schema history
     * until the newest migration has been seen applied. A database ahead of this build (a newer
     * replica migrated it first) is ready too.
     *
     * <p>Answers within {@link #READINESS_DEADLINE}: while the database is away the pool would keep
     * the check waiting for its whole connect timeout, and a probe that hangs is read as a dead
     * process rather than as "not ready". The check runs on a thread of its own, one at a time; a
     * probe that comes while one runs waits for that one.
     */
    public boolean isReady() {
        try {
            return readinessCheck().get(READINESS_DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            // The check goes on, and logs the reason once it has one.
            return false;
        } catch (ExecutionException e) {
            noteReadiness(false, e.getCause().toString());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private synchronized CompletableFuture<Boolean> readinessCheck() {
        if (readinessCheck == null || readinessCheck.isDone()) {
            readinessCheck = CompletableFuture.supplyAsync(
                    this::checkReadiness,
                    check -> Thread.ofVirtual().name("crm-db-readiness").start(check));
        }
        return readinessCheck;
    }

    private boolean checkReadiness() {
        try (Handle handle = jdbi.open()) {
            handle.createQuery("SELECT 1")
                    .setQueryTimeout(READINESS_QUERY_TIMEOUT_SECONDS)
                    .mapTo(Integer.class)
                    .one();
            if (!migrated) {
                migrated = latestMigrationIsApplied(handle);
            }
            noteReadiness(migrated, migrated ? null : "migrations are pending");
            return migrated;
        } catch (RuntimeException e) {
            // Not ready is the answer here, not a failure: the probe reports it, and the log says why once.
            noteReadiness(false, rootMessage(e));
            return false;
        }
    }

    public Transactions transactions() {
        return transactions;
    }

    public ContactRepository contacts() {
        return contacts;
    }

    public CompanyRepository companies() {
        return companies;
    }

    public ActivityLog activityLog() {
        return activityLog;
    }

    public ActivityLogReader activityLogReader() {
        return activityLogReader;
    }

    public TaskLabelRepository taskLabels() {
        return taskLabels;
    }

    public TaskRepository tasks() {
        return tasks;
    }

    public TimeEntryRepository timeEntries() {
        return timeEntries;
    }

    public TenantUsers tenantUsers() {
        return tenantUsers;
    }

    public ProjectRepository projects() {
        return projects;
    }

    /** Business-hours calendars and SLA policies. */
    public SlaPolicies slaPolicies() {
        return slaPolicies;
    }

    /** Tasks as SLA clocks read them, breaches and warnings. */
    public SlaRecords slaRecords() {
        return slaRecords;
    }

    /** Holidays, leave types, leave requests, the balance ledger, shifts and assignments. */
    public LeaveStores leave() {
        return leave;
    }

    public PipelineRepository pipelines() {
        return pipelines;
    }

    public CommunicationLogRepository communicationLogs() {
        return communicationLogs;
    }

    public PortalAccountRepository portalAccounts() {
        return portalAccounts;
    }

    public DealRepository deals() {
        return deals;
    }

    public CustomerDeals customerDeals() {
        return customerDeals;
    }

    public LinkedDeals linkedDeals() {
        return linkedDeals;
    }

    public MediaRepository media() {
        return media;
    }

    /** The record of stored file contents and their locks (V30). */
    public BlobIndex blobIndex() {
        return blobIndex;
    }

    public FolderRepository folders() {
        return folders;
    }

    public DocumentRepository documents() {
        return documents;
    }

    public ProjectMemberships projectMemberships() {
        return projectMemberships;
    }

    public ProcessedEvents processedEvents() {
        return processedEvents;
    }

    /** The tombstones of records deleted for good, for the job that forgets old ones. */
    public SyncTombstones syncTombstones() {
        return syncTombstones;
    }

    public EventOutbox eventOutbox() {
        return eventOutbox;
    }

    public IdempotencyRecords idempotencyRecords() {
        return idempotencyRecords;
    }

    /** Wakes this process's outbox relay after each commit that wrote events (one per process). */
    public OutboxSignal outboxSignal() {
        return outboxSignal;
    }

    /** The pool, for infrastructure that needs plain JDBC (metrics, tests); not for business queries. */
    public DataSource dataSource() {
        return dataSource;
    }

    /** Closes the pool; connections in use are closed as they are returned. */
    @Override
    public void close() {
        dataSource.close();
    }

    /**
     * Migrations run on connections of their own, not the pool's: a migration may rightly run for
     * minutes (an index build on a large table), past the statement timeout of request connections.
     */
    private Flyway flyway() {
        return Flyway.configure()
                .dataSource(directDataSource(settings))
                .locations(MIGRATIONS)
                .failOnMissingLocations(true)
                .validateMigrationNaming(true)
                .load();
    }

    private boolean latestMigrationIsApplied(Handle handle) {
        boolean hasHistory = handle.createQuery("SELECT to_regclass('flyway_schema_history') IS NOT NULL")
                .mapTo(Boolean.class)
                .one();
        return hasHistory
                && handle.createQuery("""
                        SELECT EXISTS (SELECT 1 FROM flyway_schema_history WHERE success AND version = :version)""")
                        .bind("version", latestMigration())
                        .mapTo(Boolean.class)
                        .one();
    }

    /** The newest version among the migrations this build ships; read once. */
    private String latestMigration() {
        String latest = latestMigration;
        if (latest == null) {
            latest = Arrays.stream(flyway().info().all())
                    .map(MigrationInfo::getVersion)
                    .filter(Objects::nonNull)
                    .max(Comparator.<MigrationVersion>naturalOrder())
                    .orElseThrow(() -> new IllegalStateException("no migrations found in " + MIGRATIONS))
                    .getVersion();
            latestMigration = latest;
        }
        return latest;
    }

    private void noteReadiness(boolean ready, String reason) {
        if (ready != lastReady) {
            if (ready) {
                LOG.info("Database is ready");
            } else {
                LOG.warn("Database is not ready: {}", reason);
            }
            lastReady = ready;
        }
    }

    private static Connection directConnection(DatabaseSettings settings) throws SQLException {
        return directDataSource(settings).getConnection();
    }

    private static DataSource directDataSource(DatabaseSettings settings) {
        var source = new PGSimpleDataSource();
        source.setURL(settings.jdbcUrl());
        source.setUser(settings.user());
        source.setPassword(settings.password());
        source.setConnectTimeout(CONNECT_TIMEOUT_SECONDS);
        source.setApplicationName(APPLICATION_NAME);
        return source;
    }

    private static DatabaseUnreachableException unreachable(DatabaseSettings settings, Exception e) {
        return new DatabaseUnreachableException(
                "cannot connect to " + DatabaseSettings.redact(settings.jdbcUrl()) + " as " + settings.user() + ": "
                        + rootMessage(e),
                e);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    private static String quoteIdentifier(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }
}
