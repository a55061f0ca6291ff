package com.vecton.crm.bootstrap;

import com.vecton.crm.application.port.in.label.CreateTaskLabelUseCase;
import com.vecton.crm.application.port.in.project.AddProjectMemberUseCase;
import com.vecton.crm.application.port.in.project.CreateProjectUseCase;
import com.vecton.crm.application.port.in.task.CreateTaskUseCase;
import com.vecton.crm.application.port.in.time.CreateTimeEntryUseCase;
import com.vecton.crm.domain.access.Caller;
import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.audit.Actor;
import com.vecton.crm.domain.label.TaskLabel;
import com.vecton.crm.domain.label.TaskLabelDetails;
import com.vecton.crm.domain.project.MemberRole;
import com.vecton.crm.domain.project.Project;
import com.vecton.crm.domain.project.ProjectDetails;
import com.vecton.crm.domain.project.ProjectStatus;
import com.vecton.crm.domain.task.Task;
import com.vecton.crm.domain.task.TaskDetails;
import com.vecton.crm.domain.task.TaskPriority;
import com.vecton.crm.domain.task.TaskStatus;
import com.vecton.crm.domain.time.TimeEntryDetails;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The work half of the {@code dev} sample tenant: task labels, projects with their members, tasks
 * on the boards (several assigned to the sample users) and the sample users' time entries,
 * created through the real use cases so that the audit trail is filled as in production.
 *
 * <p>The contents are fixed; the dates are counted from the day of loading (projects that started
 * weeks ago, tasks due in the coming weeks, time booked on the last working days), so the board and
 * the time list look current whenever a newcomer first runs {@code dev}.
 */
final class SampleWork {
    /** Working days with booked time, counted back from the day before loading. */
    static final int DAYS_OF_TIME = 8;

    private static final UserId ADMIN = SampleData.ADMIN;
    private static final UserId READER = SampleData.READER;

    private record LabelSpec(String name, String color) {}

    private record ProjectSpec(
            String name,
            String description,
            ProjectStatus status,
            int startDaysAgo,
            int endDaysAhead,
            UserId owner,
            Map<UserId, MemberRole> members,
            List<TaskSpec> tasks) {}

    /** {@code dueInDays} 0 means no due date. */
    private record TaskSpec(
            String title,
            TaskStatus status,
            TaskPriority priority,
            int dueInDays,
            Set<UserId> assignees,
            Set<String> labels) {}

    /** What was loaded, for the log line. */
    record Loaded(int labels, int projects, int members, int tasks, int timeEntries) {}

    private static final List<LabelSpec> LABELS = List.of(
            new LabelSpec("Sürgős", "#D32F2F"),
            new LabelSpec("Fehler", "#E64A19"),
            new LabelSpec("Ügyfél", "#1976D2"),
            new LabelSpec("Dokumentation", "#7B1FA2"),
            new LabelSpec("Wartet auf Kunde", "#F9A825"),
            new LabelSpec("Intern", "#616161"));

    private static final List<ProjectSpec> PROJECTS = List.of(
            new ProjectSpec(
                    "Webshop-Relaunch Tiszai Logisztika",
                    "Új webshop a Tiszai Logisztika Kft. számára.",
                    ProjectStatus.ACTIVE,
                    30,
                    60,
                    ADMIN,
                    Map.of(ADMIN, MemberRole.MANAGER, READER, MemberRole.MEMBER),
                    List.of(
                            task(
                                    "Anforderungen mit dem Kunden abstimmen",
                                    TaskStatus.DONE,
                                    TaskPriority.HIGH,
                                    0,
                                    Set.of(ADMIN),
                                    Set.of("Ügyfél")),
                            task(
                                    "Termékkatalógus importálása",
                                    TaskStatus.IN_PROGRESS,
                                    TaskPriority.HIGH,
                                    7,
                                    Set.of(READER),
                                    Set.of("Sürgős")),
                            task(
                                    "Zahlungsanbieter anbinden",
                                    TaskStatus.IN_PROGRESS,
                                    TaskPriority.NORMAL,
                                    14,
                                    Set.of(ADMIN, READER),
                                    Set.of()),
                            task(
                                    "Kosárban elveszik a kedvezmény",
                                    TaskStatus.REVIEW,
                                    TaskPriority.URGENT,
                                    3,
                                    Set.of(READER),
                                    Set.of("Fehler", "Sürgős")),
                            task(
                                    "Datenschutzerklärung aktualisieren",
                                    TaskStatus.TODO,
                                    TaskPriority.LOW,
                                    30,
                                    Set.of(),
                                    Set.of("Dokumentation", "Wartet auf Kunde")),
                            task(
                                    "Lasttest vor dem Go-live",
                                    TaskStatus.TODO,
                                    TaskPriority.NORMAL,
                                    45,
                                    Set.of(ADMIN),
                                    Set.of("Intern")))),
            new ProjectSpec(
                    "Raktárkezelő rendszer",
                    "Vonalkódos raktárkezelés a Bükki Malom Zrt.-nél.",
                    ProjectStatus.ACTIVE,
                    14,
                    90,
                    READER,
                    Map.of(READER, MemberRole.MANAGER, ADMIN, MemberRole.MEMBER),
                    List.of(
                            task(
                                    "Lagerplätze erfassen",
                                    TaskStatus.DONE,
                                    TaskPriority.NORMAL,
                                    0,
                                    Set.of(READER),
                                    Set.of()),
                            task(
                                    "Vonalkódolvasók beszerzése",
                                    TaskStatus.IN_PROGRESS,
                                    TaskPriority.HIGH,
                                    10,
                                    Set.of(ADMIN),
                                    Set.of("Ügyfél")),
                            task(
                                    "Schnittstelle zur Buchhaltung",
                                    TaskStatus.TODO,
                                    TaskPriority.HIGH,
                                    21,
                                    Set.of(ADMIN, READER),
                                    Set.of("Intern")),
                            task(
                                    "Felhasználói kézikönyv",
                                    TaskStatus.TODO,
                                    TaskPriority.LOW,
                                    60,
                                    Set.of(),
                                    Set.of("Dokumentation")),
                            task(
                                    "Inventur-Export als CSV",
                                    TaskStatus.REVIEW,
                                    TaskPriority.NORMAL,
                                    5,
                                    Set.of(READER),
                                    Set.of()))),
            new ProjectSpec(
                    "ERP-Migration Bayerische Mühle",
                    "Migration des Altsystems, pausiert bis zur Freigabe.",
                    ProjectStatus.ON_HOLD,
                    60,
                    120,
                    ADMIN,
                    Map.of(ADMIN, MemberRole.MANAGER, READER, MemberRole.VIEWER),
                    List.of(
                            task(
                                    "Altdaten analysieren",
                                    TaskStatus.DONE,
                                    TaskPriority.NORMAL,
                                    0,
                                    Set.of(ADMIN),
                                    Set.of()),
                            task(
                                    "Freigabe durch die Geschäftsführung",
                                    TaskStatus.TODO,
                                    TaskPriority.URGENT,
                                    20,
                                    Set.of(),
                                    Set.of("Wartet auf Kunde")),
                            task(
                                    "Migrationsskripte schreiben",
                                    TaskStatus.TODO,
                                    TaskPriority.NORMAL,
                                    0,
                                    Set.of(ADMIN),
                                    Set.of("Intern")))),
            new ProjectSpec(
                    "Éves jelentés 2025",
                    "Az éves ügyféljelentés, lezárva.",
                    ProjectStatus.COMPLETED,
                    120,
                    -30,
                    ADMIN,
                    Map.of(ADMIN, MemberRole.MANAGER),
                    List.of(
                            task(
                                    "Adatok összegyűjtése",
                                    TaskStatus.DONE,
                                    TaskPriority.NORMAL,
                                    0,
                                    Set.of(ADMIN),
                                    Set.of()),
                            task(
                                    "Bericht gegenlesen",
                                    TaskStatus.DONE,
                                    TaskPriority.LOW,
                                    0,
                                    Set.of(ADMIN),
                                    Set.of("Dokumentation")))));

    private SampleWork() {}

    private static TaskSpec task(
            String title,
            TaskStatus status,
            TaskPriority priority,
            int dueInDays,
            Set<UserId> assignees,
            Set<String> labels) {
        return new TaskSpec(title, status, priority, dueInDays, assignees, labels);
    }

    /**
     * Loads labels, projects, members, tasks and time entries; the sample users must be known
     * tenant users already (owners, members and assignees must be active users).
     */
    static Loaded load(
            CreateTaskLabelUseCase labels,
            CreateProjectUseCase projects,
            AddProjectMemberUseCase members,
            CreateTaskUseCase tasks,
            CreateTimeEntryUseCase time,
            Instant now,
            Caller admin) {
        var actor = new Actor(ADMIN, null);
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        var labelIds = LABELS.stream()
                .map(spec -> labels.create(actor, new TaskLabelDetails(spec.name(), spec.color())))
                .collect(Collectors.toMap(label -> label.details().name(), TaskLabel::id));
        int memberCount = 0;
        var active = new ArrayList<List<Task>>();
        int taskCount = 0;
        for (ProjectSpec spec : PROJECTS) {
            Project project = projects.create(
                    actor,
                    new ProjectDetails(
                            spec.name(),
                            spec.description(),
                            spec.status(),
                            today.minusDays(spec.startDaysAgo()),
                            today.plusDays(spec.endDaysAhead()),
                            spec.owner()));
            for (var member : spec.members().entrySet().stream()
                    .sorted(Map.Entry.comparingByKey(java.util.Comparator.comparing(UserId::value)))
                    .toList()) {
                members.add(
                        SampleData.admin(admin, "projects.update"), project.id(), member.getKey(), member.getValue());
                memberCount++;
            }
            var created = new ArrayList<Task>();
            for (TaskSpec t : spec.tasks()) {
                Instant due = t.dueInDays() == 0
                        ? null
                        : today.plusDays(t.dueInDays())
                                .atTime(LocalTime.of(16, 0))
                                .toInstant(ZoneOffset.UTC);
                created.add(tasks.create(
                        SampleData.admin(admin, "tasks.create"),
                        new TaskDetails(
                                t.title(),
                                null,
                                project.id(),
                                t.status(),
                                t.priority(),
                                due,
                                t.assignees(),
                                t.labels().stream().map(labelIds::get).collect(Collectors.toSet()))));
            }
            taskCount += created.size();
            if (spec.status() == ProjectStatus.ACTIVE) {
                active.add(created);
            }
        }
        int entries =
                loadTime(time, SampleData.admin(admin, "time_entries.create"), active.get(0), active.get(1), today);
        return new Loaded(LABELS.size(), PROJECTS.size(), memberCount, taskCount, entries);
    }

    /**
     * Each sample user's day on the last working days, in UTC and never overlapping: the admin on
     * the webshop in the morning and the warehouse before noon, the reader on the webshop's
     * catalogue and, in the afternoon, in a meeting booked on the warehouse project without a task.
     */
    private static int loadTime(
            CreateTimeEntryUseCase time, Requester admin, List<Task> webshop, List<Task> warehouse, LocalDate today) {
        // The administrator books the reader's time too: the reader's policies allow reading only.
        int created = 0;
        LocalDate day = today.minusDays(1);
        for (int days = 0; days < DAYS_OF_TIME; day = day.minusDays(1)) {
            if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                continue;
            }
            time.create(admin, ADMIN, entry(webshop.get(2), day, "08:00", "09:30", "Zahlungsmodul, Tests", true));
            time.create(admin, ADMIN, entry(warehouse.get(1), day, "10:00", "12:00", "Ajánlatok összevetése", true));
            time.create(admin, READER, entry(webshop.get(1), day, "09:00", "11:15", "Katalógus import", true));
            time.create(
                    admin,
                    READER,
                    new TimeEntryDetails(
                            warehouse.getFirst().details().projectId(),
                            null,
                            at(day, "13:00"),
                            at(day, days % 2 == 0 ? "14:30" : "14:00"),
                            "Abstimmung mit dem Lager",
                            false));
            created += 4;
            days++;
        }
        return created;
    }

    private static TimeEntryDetails entry(
            Task task, LocalDate day, String from, String to, String note, boolean billable) {
        return new TimeEntryDetails(null, task.id(), at(day, from), at(day, to), note, billable);
    }

    private static Instant at(LocalDate day, String time) {
        return day.atTime(LocalTime.parse(time)).toInstant(ZoneOffset.UTC);
    }
}
