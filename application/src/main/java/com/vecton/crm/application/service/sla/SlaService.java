package com.vecton.crm.application.service.sla;

import com.vecton.crm.application.port.in.sla.DetectSlaBreachesUseCase;
import com.vecton.crm.application.port.in.sla.ListCalendarsUseCase;
import com.vecton.crm.application.port.in.sla.ListSlaBreachesUseCase;
import com.vecton.crm.application.port.in.sla.ListSlaPoliciesUseCase;
import com.vecton.crm.application.port.in.sla.ReportSlaUseCase;
import com.vecton.crm.application.port.in.sla.SaveCalendarUseCase;
import com.vecton.crm.application.port.in.sla.SaveSlaPolicyUseCase;
import com.vecton.crm.application.port.in.sla.ShowTaskSlaUseCase;
import com.vecton.crm.application.port.out.Holidays;
import com.vecton.crm.application.port.out.SlaPolicies;
import com.vecton.crm.application.port.out.SlaRecords;
import com.vecton.crm.application.port.out.TaskRepository;
import com.vecton.crm.application.service.lifecycle.UseCaseKit;
import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.audit.ActivityEntry;
import com.vecton.crm.domain.audit.Actor;
import com.vecton.crm.domain.audit.AuditEvent;
import com.vecton.crm.domain.audit.Changes;
import com.vecton.crm.domain.calendar.BusinessCalendar;
import com.vecton.crm.domain.calendar.CalendarSpec;
import com.vecton.crm.domain.listing.Page;
import com.vecton.crm.domain.listing.PageRequest;
import com.vecton.crm.domain.problem.NotFound;
import com.vecton.crm.domain.problem.ValidationFailed;
import com.vecton.crm.domain.sla.SlaBreach;
import com.vecton.crm.domain.sla.SlaClock;
import com.vecton.crm.domain.sla.SlaPolicy;
import com.vecton.crm.domain.sla.SlaReport;
import com.vecton.crm.domain.sla.SlaTarget;
import com.vecton.crm.domain.sla.SlaTask;
import com.vecton.crm.domain.task.TaskId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * SLA calendars and policies, the SLA of a task, breaches, the report, and the breach job.
 *
 * <p>The breach job runs in every replica. Each run claims itself in its transaction without
 * waiting ({@link SlaRecords#claimBreachRun}): a replica that finds another's run at work skips
 * this round, so replicas never wait on each other; and every breach is inserted against the
 * partial unique index on unresolved {@code (task_id, target)} with {@code ON CONFLICT DO NOTHING},
 * so even two runs that both got through could not write one twice. A target is met once (the task
 * first reaching its status), so it is breached at most once: a run also reads the tasks whose
 * status changed since the previous run, and writes the breach of a target met late in between,
 * already resolved, which no scan of open tasks would see. Each breach written writes its
 * activity-log row in the same transaction, and so its outbox event ({@code sla_breach.created});
 * a warning writes {@code sla_warning.created} once per task and target.
 */
public final class SlaService
        implements ListCalendarsUseCase,
                SaveCalendarUseCase,
                ListSlaPoliciesUseCase,
                SaveSlaPolicyUseCase,
                ShowTaskSlaUseCase,
                ListSlaBreachesUseCase,
                ReportSlaUseCase,
                DetectSlaBreachesUseCase {
    /** The breach job and its events act as the system, not as a user. */
    public static final Actor SYSTEM = new Actor(new com.vecton.crm.domain.access.UserId("system:sla"), null);

    static final int BATCH = 1_000;

    private final SlaPolicies config;
    private final SlaRecords records;
    private final Holidays holidays;
    private final TaskRepository tasks;
    private final UseCaseKit kit;

    public SlaService(SlaPolicies config, SlaRecords records, Holidays holidays, TaskRepository tasks, UseCaseKit kit) {
        this.config = config;
        this.records = records;
        this.holidays = holidays;
        this.tasks = tasks;
        this.kit = kit;
    }

    @Override
    public List<CalendarSpec> calendars(Requester who) {
        return config.calendars();
    }

    @Override
    public CalendarSpec saveCalendar(Requester who, Long id, CalendarSpec.Details details) {
        return kit.transactions().inTransaction(() -> {
            var at = kit.clock().now();
            var saved = id == null
                    ? config.addCalendar(details, who.userId(), at)
                    : config.replaceCalendar(id, details, at).orElseThrow(() -> new NotFound("business_calendar", id));
            kit.audit()
                    .record(
                            who.actor(),
                            "business_calendar",
                            saved.id(),
                            id == null ? AuditEvent.CREATED : AuditEvent.UPDATED,
                            Changes.created(Map.of("name", details.name(), "timezone", details.timezone())),
                            at);
            return saved;
        });
    }

    @Override
    public List<SlaPolicy> policies(Requester who) {
        return config.policies();
    }

    @Override
    public SlaPolicy savePolicy(Requester who, Long id, SlaPolicy.Details details) {
        if (id != null && config.policy(id).isEmpty()) {
            throw new NotFound("sla_policy", id);
        }
        if (config.calendar(details.calendarId()).isEmpty()) {
            throw ValidationFailed.of("calendar_id", "must be an existing business calendar");
        }
        return kit.transactions().inTransaction(() -> {
            var at = kit.clock().now();
            var saved = id == null
                    ? config.addPolicy(details, who.userId(), at)
                    : config.replacePolicy(id, details, at).orElseThrow(() -> new NotFound("sla_policy", id));
            var fields = new HashMap<String, Object>();
            fields.put("name", details.name());
            fields.put("calendar_id", details.calendarId());
            fields.put("active", details.active());
            fields.put("position", details.position());
            kit.audit()
                    .record(
                            who.actor(),
                            "sla_policy",
                            saved.id(),
                            id == null ? AuditEvent.CREATED : AuditEvent.UPDATED,
                            Changes.created(fields),
                            at);
            return saved;
        });
    }

    @Override
    public Optional<TaskSla> show(Requester who, TaskId taskId) {
        var task = tasks.findById(taskId).orElseThrow(() -> new NotFound("task", taskId));
        kit.admit(who, task);
        var facts = records.task(taskId.value()).orElseThrow(() -> new NotFound("task", taskId));
        return evaluate(facts, config.policies(), new HashMap<>(), kit.clock().now());
    }

    /** The SLA of a task at {@code now}, with the calendars read once per run ({@code calendars}). */
    Optional<TaskSla> evaluate(
            SlaTask task, List<SlaPolicy> policies, Map<Long, BusinessCalendar> calendars, Instant now) {
        var policy = SlaPolicy.applying(policies, task.priority(), task.projectId(), task.labelIds());
        if (policy.isEmpty()) {
            return Optional.empty();
        }
        var p = policy.get();
        var calendar = calendars.computeIfAbsent(
                p.details().calendarId(),
                id -> config.calendar(id)
                        .orElseThrow(() -> new IllegalStateException("policy " + p.id() + " names a missing calendar"))
                        .calendar(holidays.workingDays().holidays()));
        var readings = new ArrayList<SlaClock.Reading>();
        for (var target : SlaTarget.values()) {
            Integer minutes = p.minutes(target);
            if (minutes != null) {
                try {
                    readings.add(SlaClock.read(
                            calendar,
                            task.history(),
                            target,
                            Duration.ofMinutes(minutes),
                            p.details().pauseStatuses(),
                            Duration.ofMinutes(p.details().warnBeforeMinutes()),
                            now));
                } catch (IllegalStateException neverOpen) {
                    // A calendar too sparse to reach the target within BusinessCalendar's horizon: no due time.
                }
            }
        }
        return Optional.of(new TaskSla(p, List.copyOf(readings), SlaClock.overall(readings)));
    }

    @Override
    public Page<SlaBreach> breaches(
            Requester who, Instant from, Instant to, Long policyId, Boolean resolved, PageRequest page) {
        return records.breaches(from, to, policyId, resolved, page);
    }

    @Override
    public List<SlaReport> report(Requester who, Instant from, Instant to) {
        if (from == null || to == null) {
            throw ValidationFailed.of(from == null ? "from" : "to", "is required");
        }
        if (!to.isAfter(from)) {
            throw ValidationFailed.of("to", "must be after from");
        }
        if (Duration.between(from, to).toDays() > 366) {
            throw ValidationFailed.of("to", "must be at most 366 days after from");
        }
        var policies = config.policies();
        var calendars = new HashMap<Long, BusinessCalendar>();
        Instant now = kit.clock().now();
        Map<Long, Tally> tallies = new LinkedHashMap<>();
        policies.forEach(p -> tallies.put(p.id(), new Tally(p)));
        for (var task : records.createdBetween(from, to)) {
            var sla = evaluate(task, policies, calendars, now);
            if (sla.isEmpty()) {
                continue;
            }
            var tally = tallies.get(sla.get().policy().id());
            var calendar = calendars.get(sla.get().policy().details().calendarId());
            tally.due++;
            if (sla.get().readings().stream().anyMatch(SlaClock.Reading::breached)) {
                tally.breached++;
            } else if (sla.get().state() == SlaClock.State.MET) {
                tally.met++;
            }
            for (var reading : sla.get().readings()) {
                reading.metAt().ifPresent(met -> {
                    long minutes = calendar.between(task.history().getFirst().at(), met)
                            .minus(reading.paused())
                            .toMinutes();
                    (reading.target() == SlaTarget.FIRST_RESPONSE ? tally.firstResponse : tally.resolution)
                            .add(minutes);
                });
            }
        }
        return tallies.values().stream().map(Tally::report).toList();
    }

    private static final class Tally {
        final SlaPolicy policy;
        int due;
        int met;
        int breached;
        final List<Long> firstResponse = new ArrayList<>();
        final List<Long> resolution = new ArrayList<>();

        Tally(SlaPolicy policy) {
            this.policy = policy;
        }

        SlaReport report() {
            return new SlaReport(
                    policy.id(),
                    policy.details().name(),
                    due,
                    met,
                    breached,
                    median(firstResponse),
                    median(resolution));
        }

        /** The lower median of whole minutes (no half minutes), absent for none. */
        static Long median(List<Long> values) {
            if (values.isEmpty()) {
                return null;
            }
            var sorted = values.stream().sorted().toList();
            return sorted.get((sorted.size() - 1) / 2);
        }
    }

    /**
     * How far before the previous run the scan of changed tasks starts: a status change is stamped
     * when its transaction writes it, and may commit after a run has looked (or come from a replica
     * whose clock is behind).
     */
    static final Duration LATE_COMMIT_MARGIN = Duration.ofMinutes(15);

    @Override
    public Run detect() {
        return kit.transactions().inTransaction(() -> {
            if (!records.claimBreachRun()) {
                return new Run(false, 0, 0, 0, 0);
            }
            Instant now = kit.clock().now();
            Instant previous = records.previousRun(now);
            int resolved = records.resolveMet(now);
            var policies =
                    config.policies().stream().filter(p -> p.details().active()).toList();
            if (policies.isEmpty()) {
                return new Run(true, 0, 0, 0, resolved);
            }
            // A target cannot fall due (or warn) before its minutes have passed on the wall clock.
            long soonest = policies.stream()
                    .flatMap(p -> Stream.of(SlaTarget.values())
                            .map(p::minutes)
                            .filter(Objects::nonNull)
                            .map(m -> m.longValue() - p.details().warnBeforeMinutes()))
                    .mapToLong(Long::longValue)
                    .min()
                    .orElse(0);
            Instant createdBy = now.minus(Duration.ofMinutes(Math.max(0, soonest)));
            Instant changedSince = previous.minus(LATE_COMMIT_MARGIN);
            var run = new Detection(policies, now);
            // The tasks with a target still open, then those that may have met one late since the
            // previous run: a task done between two runs is no longer open, but its breach happened.
            run.scan((after, limit) -> records.open(createdBy, after, limit));
            run.scan((after, limit) -> records.changedSince(changedSince, after, limit));
            return new Run(true, run.scanned, run.breaches, run.warnings, resolved);
        });
    }

    /** One run's pass over the tasks, with the calendars read once. */
    private final class Detection {
        final List<SlaPolicy> policies;
        final Instant now;
        final Map<Long, BusinessCalendar> calendars = new HashMap<>();
        int scanned;
        int breaches;
        int warnings;

        Detection(List<SlaPolicy> policies, Instant now) {
            this.policies = policies;
            this.now = now;
        }

        void scan(TaskBatches source) {
            long after = 0;
            while (true) {
                var batch = source.after(after, BATCH);
                settle(batch);
                scanned += batch.size();
                if (batch.size() < BATCH) {
                    return;
                }
                after = batch.getLast().id();
            }
        }

        /**
         * Writes a batch's breaches and warnings, each in one statement, and the audit rows of those
         * written in one batch. A breached target (open past its due time, or met after it) is written
         * once; one met late is written resolved at once, breached at its due time.
         */
        void settle(List<SlaTask> batch) {
            var newBreaches = new ArrayList<SlaRecords.NewBreach>();
            var newWarnings = new ArrayList<SlaRecords.NewWarning>();
            var events = new HashMap<String, Changes>();
            for (var task : batch) {
                var sla = evaluate(task, policies, calendars, now);
                if (sla.isEmpty()) {
                    continue;
                }
                long policy = sla.get().policy().id();
                for (var reading : sla.get().readings()) {
                    var target = reading.target();
                    if (reading.breached()) {
                        if (!task.breached().contains(target)) {
                            newBreaches.add(new SlaRecords.NewBreach(
                                    task.id(),
                                    policy,
                                    target,
                                    reading.dueAt(),
                                    reading.metAt().isPresent() ? reading.dueAt() : now,
                                    reading.metAt().orElse(null)));
                            events.put(subject(task.id(), target), event(task, policy, reading));
                        }
                    } else if (reading.state() == SlaClock.State.WARNING
                            && !task.warned().contains(target)) {
                        newWarnings.add(new SlaRecords.NewWarning(task.id(), policy, target, reading.dueAt(), now));
                        events.put(subject(task.id(), target), event(task, policy, reading));
                    }
                }
            }
            var writtenBreaches = records.recordBreaches(newBreaches);
            var writtenWarnings = records.recordWarnings(newWarnings);
            breaches += writtenBreaches.size();
            warnings += writtenWarnings.size();
            var entries = new ArrayList<ActivityEntry>();
            writtenBreaches.forEach(b -> entries.add(entry("sla_breach", subject(b.taskId(), b.target()), events)));
            writtenWarnings.forEach(w -> entries.add(entry("sla_warning", subject(w.taskId(), w.target()), events)));
            kit.audit().recordAll(entries);
        }

        private ActivityEntry entry(String subjectType, String subject, Map<String, Changes> events) {
            return new ActivityEntry(SYSTEM, subjectType, subject, AuditEvent.CREATED, events.get(subject), now);
        }
    }

    /** The activity log's subject of a breach or warning: the task and its target. */
    private static String subject(long taskId, SlaTarget target) {
        return taskId + ":" + target.apiName();
    }

    /** A source of tasks read in batches by id. */
    @FunctionalInterface
    private interface TaskBatches {
        List<SlaTask> after(long afterId, int limit);
    }

    private static Changes event(SlaTask task, long policy, SlaClock.Reading reading) {
        var fields = new LinkedHashMap<String, Object>();
        fields.put("task_id", task.id());
        fields.put("policy_id", policy);
        fields.put("target", reading.target().apiName());
        fields.put("due_at", reading.dueAt().toString());
        reading.metAt().ifPresent(met -> fields.put("met_at", met.toString()));
        return Changes.created(fields);
    }
}
