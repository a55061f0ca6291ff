package com.vecton.crm.adapter.out.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vecton.crm.adapter.out.persistence.testing.TestDatabase;
import com.vecton.crm.adapter.out.persistence.testing.UseCaseKits;
import com.vecton.crm.application.service.company.CompanyServices;
import com.vecton.crm.application.service.company.ListCompanyContactsService;
import com.vecton.crm.application.service.contact.ContactServices;
import com.vecton.crm.application.service.label.TaskLabelServices;
import com.vecton.crm.application.service.lifecycle.ListRecordsService;
import com.vecton.crm.application.service.lifecycle.ShowRecordService;
import com.vecton.crm.application.service.lifecycle.UseCaseKit;
import com.vecton.crm.application.service.project.ProjectServices;
import com.vecton.crm.application.service.task.ListProjectTasksService;
import com.vecton.crm.application.service.task.ListTasksService;
import com.vecton.crm.application.service.task.TaskServices;
import com.vecton.crm.application.service.time.ListTimeEntriesService;
import com.vecton.crm.application.service.time.TimeEntryServices;
import com.vecton.crm.domain.access.AccessRequest;
import com.vecton.crm.domain.access.Conditions;
import com.vecton.crm.domain.access.Effect;
import com.vecton.crm.domain.access.PermissionPattern;
import com.vecton.crm.domain.access.Policy;
import com.vecton.crm.domain.access.PolicyDecision;
import com.vecton.crm.domain.access.PolicyEvaluator;
import com.vecton.crm.domain.access.PolicyResource;
import com.vecton.crm.domain.access.QualifiedPermission;
import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.access.ResourceName;
import com.vecton.crm.domain.access.ResourcePattern;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.company.Company;
import com.vecton.crm.domain.company.CompanyDetails;
import com.vecton.crm.domain.company.CompanyId;
import com.vecton.crm.domain.company.CompanyQuery;
import com.vecton.crm.domain.contact.Contact;
import com.vecton.crm.domain.contact.ContactDetails;
import com.vecton.crm.domain.contact.ContactQuery;
import com.vecton.crm.domain.label.TaskLabel;
import com.vecton.crm.domain.label.TaskLabelDetails;
import com.vecton.crm.domain.label.TaskLabelQuery;
import com.vecton.crm.domain.listing.Page;
import com.vecton.crm.domain.listing.PageRequest;
import com.vecton.crm.domain.problem.Forbidden;
import com.vecton.crm.domain.problem.NotFound;
import com.vecton.crm.domain.project.Project;
import com.vecton.crm.domain.project.ProjectDetails;
import com.vecton.crm.domain.project.ProjectId;
import com.vecton.crm.domain.project.ProjectQuery;
import com.vecton.crm.domain.project.ProjectStatus;
import com.vecton.crm.domain.task.Task;
import com.vecton.crm.domain.task.TaskDetails;
import com.vecton.crm.domain.task.TaskId;
import com.vecton.crm.domain.task.TaskQuery;
import com.vecton.crm.domain.task.TaskStatus;
import com.vecton.crm.domain.time.TimeEntry;
import com.vecton.crm.domain.time.TimeEntryDetails;
import com.vecton.crm.domain.time.TimeEntryQuery;
import java.time.Duration;
import java.time.Instant;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;
import org.jdbi.v3.core.Jdbi;

/**
 * A list never shows a record that its item route would refuse, for every list of records, on
 * real Postgres: generated policy sets (allows and denies of the list's permission, the item
 * route's and wildcards; on the collection, every item, literal ids, look-alike ids and other
 * types; with conditions the store can filter on, with ones it cannot, with unreadable ones)
 * times generated records. Each try stores its records in a transaction that is rolled back, lists
 * them through the real list use case (the kit's check, the store's SQL filter), and opens each
 * through the real item use case: the list shows exactly the records that open (and that the
 * list's own permission allows on what the route names), its total counts exactly those, and
 * when an inexpressible condition is among the policies it shows fewer, never more.
 *
 * <p>Bounded: {@value #TRIES} tries per list, 8 lists, about 12 s in all (2 cores, local Postgres); a
 * coverage check fails the run when the generated tries stop showing none, some and all of a list.
 */
class ListVisibilityPropertiesTest {
    private static final int TRIES = 500;
    private static final UserId ME = new UserId("u-me");
    private static final String OTHER = "u-other";
    private static final Instant T0 = Instant.parse("2026-11-20T10:00:00Z");
    private static final PageRequest ALL = new PageRequest(1, 100);

    private static Persistence db;
    private static UseCaseKit kit;

    @BeforeContainer
    static void database() {
        db = Persistence.connect(TestDatabase.fresh());
        kit = UseCaseKits.on(db);
        Jdbi.create(db.dataSource()).useHandle(h -> h.execute("""
                INSERT INTO tenant_users (id, name, email, is_active) VALUES
                    ('u-me', 'Me', 'u-me@acme.test', true), ('u-other', 'Other', 'u-other@acme.test', true)"""));
    }

    @AfterContainer
    static void close() {
        db.close();
    }

    // ---------------------------------------------------------------- one property per list

    @Property(tries = TRIES, edgeCases = EdgeCasesMode.NONE)
    void contacts(@ForAll("contactTries") Try attempt) {
        covered(check(contacts(false), attempt));
    }

    @Property(tries = TRIES, edgeCases = EdgeCasesMode.NONE)
    void the_contacts_of_a_company(@ForAll("companyContactTries") Try attempt) {
        covered(check(contacts(true), attempt));
    }

    @Property(tries = TRIES, edgeCases = EdgeCasesMode.NONE)
    void companies(@ForAll("companyTries") Try attempt) {
        covered(check(companies(), attempt));
    }

    @Property(tries = TRIES, edgeCases = EdgeCasesMode.NONE)
    void projects(@ForAll("projectTries") Try attempt) {
        covered(check(projects(), attempt));
    }

    @Property(tries = TRIES, edgeCases = EdgeCasesMode.NONE)
    void task_labels(@ForAll("labelTries") Try attempt) {
        covered(check(labels(), attempt));
    }

    @Property(tries = TRIES, edgeCases = EdgeCasesMode.NONE)
    void tasks(@ForAll("taskTries") Try attempt) {
        covered(check(tasks(false), attempt));
    }

    @Property(tries = TRIES, edgeCases = EdgeCasesMode.NONE)
    void the_tasks_of_a_project(@ForAll("projectTaskTries") Try attempt) {
        covered(check(tasks(true), attempt));
    }

    @Property(tries = TRIES, edgeCases = EdgeCasesMode.NONE)
    void time_entries(@ForAll("timeEntryTries") Try attempt) {
        covered(check(timeEntries(), attempt));
    }

    @Provide
    Arbitrary<Try> contactTries() {
        return tries(contacts(false));
    }

    @Provide
    Arbitrary<Try> companyContactTries() {
        return tries(contacts(true));
    }

    @Provide
    Arbitrary<Try> projectTaskTries() {
        return tries(tasks(true));
    }

    @Provide
    Arbitrary<Try> companyTries() {
        return tries(companies());
    }

    @Provide
    Arbitrary<Try> projectTries() {
        return tries(projects());
    }

    @Provide
    Arbitrary<Try> labelTries() {
        return tries(labels());
    }

    @Provide
    Arbitrary<Try> taskTries() {
        return tries(tasks(false));
    }

    @Provide
    Arbitrary<Try> timeEntryTries() {
        return tries(timeEntries());
    }

    // ---------------------------------------------------------------- the lists

    /**
     * One list as the property drives it. Attribute values starting with {@code #} name the
     * parents a try creates first ({@link #prepare}); {@code #x:text} is the same id as a string.
     */
    private interface Subject<E extends PolicyResource> {
        /** The items' resource type. */
        String type();

        /** The route's permission, and the item route's (the same for labels and time entries). */
        String listPermission();

        String itemPermission();

        /** The actions generated policies name. */
        List<String> actions();

        /** Every attribute the record exposes, with the values records and conditions draw from ({@code null}: absent). */
        Map<String, List<Object>> values();

        /** The parents of this try's records, named as the values name them. */
        default Map<String, Object> prepare() {
            return Map.of();
        }

        /** What the list route names: the collection, or the parent of a sub-list. */
        default ResourceName listedOn(Map<String, Object> parents) {
            return ResourceName.collection(type());
        }

        E store(Map<String, Object> attributes, int index);

        Page<E> list(Requester who, Map<String, Object> parents);

        /** Whether the list's own query (a sub-list's parent) covers the record, before any policy. */
        default boolean inList(E record, Map<String, Object> parents) {
            return true;
        }

        /** The item route's use case. */
        E open(Requester who, E record);
    }

    private static Subject<Contact> contacts(boolean ofCompany) {
        var services = new ContactServices(db.contacts(), db.companies(), kit);
        var show = new ShowRecordService<>(services.type());
        return new Subject<>() {
            public String type() {
                return "contacts";
            }

            public String listPermission() {
                return "contacts.list";
            }

            public String itemPermission() {
                return "contacts.view";
            }

            public List<String> actions() {
                return List.of("contacts.list", "contacts.view", "contacts.*", "*");
            }

            public Map<String, List<Object>> values() {
                // A company's list draws most records from that company, so that it shows some of them often.
                var companies = ofCompany
                        ? nullable("#companyA", "#companyA", "#companyB")
                        : nullable("#companyA", "#companyB");
                return Map.of("created_by", users(), "company_id", companies);
            }

            public Map<String, Object> prepare() {
                return Map.of("#companyA", company(), "#companyB", company());
            }

            public ResourceName listedOn(Map<String, Object> parents) {
                return ofCompany
                        ? ResourceName.item("companies", parents.get("#companyA"))
                        : ResourceName.collection(type());
            }

            public Contact store(Map<String, Object> a, int index) {
                Long company = (Long) a.get("company_id");
                var contact = Contact.create(
                        db.contacts().nextId(),
                        new ContactDetails(
                                "Ödön",
                                "Árvai " + index,
                                null,
                                null,
                                null,
                                company == null ? null : new CompanyId(company),
                                null),
                        user(a),
                        T0);
                db.contacts().save(contact);
                return contact;
            }

            public Page<Contact> list(Requester who, Map<String, Object> parents) {
                var query = new ContactQuery(Optional.empty(), Optional.empty(), ContactQuery.DEFAULT_SORT);
                return ofCompany
                        ? new ListCompanyContactsService(services)
                                .list(who, new CompanyId((Long) parents.get("#companyA")), query, ALL)
                        : new ListRecordsService<ContactQuery, Contact>(services.visible(), services.contacts()::search)
                                .list(who, query, ALL);
            }

            public boolean inList(Contact contact, Map<String, Object> parents) {
                return !ofCompany
                        || Objects.equals(contact.attributes().values().get("company_id"), parents.get("#companyA"));
            }

            public Contact open(Requester who, Contact contact) {
                return show.show(who, contact.id());
            }
        };
    }

    private static Subject<Company> companies() {
        var services = new CompanyServices(db.companies(), kit);
        var show = new ShowRecordService<>(services.type());
        return new Subject<>() {
            public String type() {
                return "companies";
            }

            public String listPermission() {
                return "companies.list";
            }

            public String itemPermission() {
                return "companies.view";
            }

            public List<String> actions() {
                return List.of("companies.list", "companies.view", "companies.*", "*");
            }

            public Map<String, List<Object>> values() {
                return Map.of("created_by", users());
            }

            public Company store(Map<String, Object> a, int index) {
                var company = Company.create(db.companies().nextId(), companyDetails("Malom " + index), user(a), T0);
                db.companies().save(company);
                return company;
            }

            public Page<Company> list(Requester who, Map<String, Object> parents) {
                return new ListRecordsService<CompanyQuery, Company>(services.visible(), services.companies()::search)
                        .list(who, new CompanyQuery(Optional.empty(), CompanyQuery.DEFAULT_SORT), ALL);
            }

            public Company open(Requester who, Company company) {
                return show.show(who, company.id());
            }
        };
    }

    private static Subject<Project> projects() {
        var services = new ProjectServices(db.projects(), db.projectMemberships(), db.tenantUsers(), kit);
        var show = new ShowRecordService<>(services.type());
        return new Subject<>() {
            public String type() {
                return "projects";
            }

            public String listPermission() {
                return "projects.list";
            }

            public String itemPermission() {
                return "projects.view";
            }

            public List<String> actions() {
                return List.of("projects.list", "projects.view", "projects.*", "*");
            }

            public Map<String, List<Object>> values() {
                return Map.of(
                        "created_by",
                        users(),
                        "owner_id",
                        users(),
                        "status",
                        List.of("active", "on_hold", "completed", "archived"));
            }

            public Project store(Map<String, Object> a, int index) {
                String owner = (String) a.get("owner_id");
                var project = Project.create(
                        db.projects().nextId(),
                        new ProjectDetails(
                                "Board " + index,
                                null,
                                ProjectStatus.fromStored((String) a.get("status")),
                                null,
                                null,
                                owner == null ? null : new UserId(owner)),
                        user(a),
                        T0);
                db.projects().save(project);
                return project;
            }

            public Page<Project> list(Requester who, Map<String, Object> parents) {
                return new ListRecordsService<ProjectQuery, Project>(services.visible(), services.projects()::search)
                        .list(
                                who,
                                new ProjectQuery(Optional.empty(), Optional.empty(), ProjectQuery.DEFAULT_SORT),
                                ALL);
            }

            public Project open(Requester who, Project project) {
                return show.show(who, project.id());
            }
        };
    }

    private static Subject<TaskLabel> labels() {
        var services = new TaskLabelServices(db.taskLabels(), kit);
        var show = new ShowRecordService<>(services.type());
        return new Subject<>() {
            public String type() {
                return "task_labels";
            }

            public String listPermission() {
                return "task_labels.list";
            }

            public String itemPermission() {
                return "task_labels.list";
            }

            public List<String> actions() {
                return List.of("task_labels.list", "task_labels.*", "*");
            }

            public Map<String, List<Object>> values() {
                return Map.of("created_by", users());
            }

            public TaskLabel store(Map<String, Object> a, int index) {
                var label = TaskLabel.create(
                        db.taskLabels().nextId(), new TaskLabelDetails("Label " + index, "#FF0000"), user(a), T0);
                db.taskLabels().save(label);
                return label;
            }

            public Page<TaskLabel> list(Requester who, Map<String, Object> parents) {
                return new ListRecordsService<TaskLabelQuery, TaskLabel>(services.visible(), services.labels()::search)
                        .list(who, new TaskLabelQuery(Optional.empty(), TaskLabelQuery.DEFAULT_SORT), ALL);
            }

            public TaskLabel open(Requester who, TaskLabel label) {
                return show.show(who, label.id());
            }
        };
    }

    private static Subject<Task> tasks(boolean ofProject) {
        var services = new TaskServices(db.tasks(), db.projects(), db.taskLabels(), db.tenantUsers(), kit);
        var show = new ShowRecordService<>(services.type());
        return new Subject<>() {
            public String type() {
                return "tasks";
            }

            public String listPermission() {
                return "tasks.list";
            }

            public String itemPermission() {
                return "tasks.view";
            }

            public List<String> actions() {
                return List.of("tasks.list", "tasks.view", "tasks.*", "*");
            }

            public Map<String, List<Object>> values() {
                var projects = ofProject
                        ? List.<Object>of("#projectA", "#projectA", "#projectB")
                        : List.<Object>of("#projectA", "#projectB");
                return Map.of(
                        "created_by",
                        users(),
                        "project_id",
                        projects,
                        "status",
                        List.of("todo", "in_progress", "review", "done"),
                        "assignee_ids",
                        List.of(List.of(), List.of("u-me"), List.of(OTHER), List.of("u-me", OTHER)));
            }

            public Map<String, Object> prepare() {
                return Map.of("#projectA", project(), "#projectB", project());
            }

            public ResourceName listedOn(Map<String, Object> parents) {
                return ofProject
                        ? ResourceName.item("projects", parents.get("#projectA"))
                        : ResourceName.collection(type());
            }

            public Task store(Map<String, Object> a, int index) {
                @SuppressWarnings("unchecked")
                var assignees = ((List<String>) a.get("assignee_ids"))
                        .stream().map(UserId::new).collect(Collectors.toSet());
                var details = new TaskDetails(
                        "Task " + index,
                        null,
                        new ProjectId((Long) a.get("project_id")),
                        TaskStatus.fromStored((String) a.get("status")),
                        null,
                        null,
                        assignees,
                        Set.of());
                var task = Task.create(db.tasks().nextId(), details, index, user(a), T0);
                db.tasks().save(task);
                return task;
            }

            public Page<Task> list(Requester who, Map<String, Object> parents) {
                return ofProject
                        ? new ListProjectTasksService(services)
                                .list(who, new ProjectId((Long) parents.get("#projectA")), TaskQuery.all(), ALL)
                        : new ListTasksService(services).list(who, TaskQuery.all(), ALL);
            }

            public boolean inList(Task task, Map<String, Object> parents) {
                return !ofProject
                        || Objects.equals(task.attributes().values().get("project_id"), parents.get("#projectA"));
            }

            public Task open(Requester who, Task task) {
                return show.show(who, task.id());
            }
        };
    }

    private static Subject<TimeEntry> timeEntries() {
        var services = new TimeEntryServices(db.timeEntries(), db.projects(), db.tasks(), db.tenantUsers(), kit);
        var show = new ShowRecordService<>(services.type());
        return new Subject<>() {
            public String type() {
                return "time_entries";
            }

            public String listPermission() {
                return "time_entries.list";
            }

            public String itemPermission() {
                return "time_entries.list";
            }

            public List<String> actions() {
                // Manage is generated on its own (Try.manage): whose entries a list covers is its own rule.
                return List.of("time_entries.list");
            }

            public Map<String, List<Object>> values() {
                return Map.of(
                        "user_id",
                        List.of("u-me", OTHER),
                        "created_by",
                        users(),
                        "project_id",
                        List.of("#projectA", "#projectB"),
                        "task_id",
                        nullable("#taskA"),
                        "billable",
                        List.of(true, false));
            }

            public Map<String, Object> prepare() {
                long projectA = project();
                var task = db.tasks().nextId();
                db.tasks()
                        .save(Task.create(
                                task,
                                new TaskDetails(
                                        "Booked on",
                                        null,
                                        new ProjectId(projectA),
                                        TaskStatus.TODO,
                                        null,
                                        null,
                                        Set.of(),
                                        Set.of()),
                                0,
                                ME,
                                T0));
                return Map.of("#projectA", projectA, "#projectB", project(), "#taskA", task.value());
            }

            public TimeEntry store(Map<String, Object> a, int index) {
                Long task = (Long) a.get("task_id");
                var start = T0.plus(Duration.ofHours(index));
                var entry = TimeEntry.create(
                        db.timeEntries().nextId(),
                        new UserId((String) a.get("user_id")),
                        new TimeEntryDetails(
                                new ProjectId((Long) a.get("project_id")),
                                task == null ? null : new TaskId(task),
                                start,
                                start.plus(Duration.ofMinutes(30 + index)),
                                null,
                                (Boolean) a.get("billable")),
                        user(a),
                        T0);
                db.timeEntries().save(entry);
                return entry;
            }

            public Page<TimeEntry> list(Requester who, Map<String, Object> parents) {
                var listing =
                        new ListTimeEntriesService(services).list(who, Optional.empty(), TimeEntryQuery.all(), ALL);
                long minutes = listing.page().items().stream()
                        .mapToLong(e -> e.details().durationMinutes())
                        .sum();
                assertEquals(minutes, listing.totalMinutes(), "the minutes count only what is visible");
                return listing.page();
            }

            public TimeEntry open(Requester who, TimeEntry entry) {
                return show.show(who, entry.id());
            }
        };
    }

    private static long company() {
        var id = db.companies().nextId();
        db.companies().save(Company.create(id, companyDetails("Parent"), ME, T0));
        return id.value();
    }

    private static long project() {
        var id = db.projects().nextId();
        db.projects()
                .save(Project.create(
                        id, new ProjectDetails("Parent", null, ProjectStatus.ACTIVE, null, null, null), ME, T0));
        return id.value();
    }

    private static CompanyDetails companyDetails(String name) {
        return new CompanyDetails(name, null, null, null, null, null, null, null, null, null);
    }

    private static List<Object> users() {
        return nullable("u-me", OTHER);
    }

    private static List<Object> nullable(Object... values) {
        var all = new ArrayList<>(List.of(values));
        all.add(null);
        return all;
    }

    private static UserId user(Map<String, Object> attributes) {
        String id = (String) attributes.get("created_by");
        return id == null ? null : new UserId(id);
    }

    // ---------------------------------------------------------------- what is generated

    /**
     * Resource patterns, with {@code {type}} the items' type, {@code {parent}} what the route names,
     * {@code #0} and {@code #1} the ids of this try's first and second record, {@code |} between patterns.
     */
    private static final List<String> RESOURCES = List.of(
            "*",
            "crm:{type}",
            "crm:{type}/*",
            "*/*",
            "crm:{type}/#0",
            "crm:{type}/#1",
            "*/#0",
            "crm:{type}/#0|crm:{type}/#1",
            "crm:{type}|crm:{type}/#1",
            "crm:{type}/1*",
            "crm:*",
            "crm:{type}/0#0",
            "crm:{TYPE}/#0",
            "crm:other_things/#0",
            "{parent}",
            "{parent}|crm:{type}/#0",
            "crm:{type}/999999999",
            "crm:{type}/99999999999999999999|crm:{type}/#1");

    /** One generated policy: indexes into what its list offers (actions, {@link #RESOURCES}, conditions). */
    record Generated(boolean allow, int action, int resource, int condition) {}

    /** A condition in its raw JSON shape, and whether a store can express it exactly. */
    record Condition(Map<String, Object> raw, boolean expressible) {}

    /**
     * One try: the records' attributes, a base the policies build on (0 none, 1 the list's
     * permission on what the route names, 2 every action on everything), the policies, and for
     * time entries who may manage (0 nobody, 1 everybody's, 2 one entry's, 3 all but one entry's,
     * 4 one project's). The base makes lists that show some of their records common.
     */
    record Try(List<Map<String, Object>> records, int base, List<Generated> policies, int manage) {}

    private static Arbitrary<Try> tries(Subject<?> subject) {
        var attributes = new ArrayList<Arbitrary<Map.Entry<String, Object>>>();
        subject.values()
                .forEach((name, pool) -> attributes.add(
                        Arbitraries.integers().between(0, pool.size() - 1).map(i -> entry(name, pool.get(i)))));
        Arbitrary<Map<String, Object>> record = Combinators.combine(attributes).as(entries -> {
            var values = new HashMap<String, Object>();
            entries.forEach(e -> values.put(e.getKey(), e.getValue()));
            return values;
        });
        var policy = Combinators.combine(
                        Arbitraries.of(true, false),
                        Arbitraries.integers().between(0, 99),
                        Arbitraries.integers().between(0, RESOURCES.size() - 1),
                        Arbitraries.integers().between(0, 999))
                .as(Generated::new);
        return Combinators.combine(
                        record.list().ofMinSize(1).ofMaxSize(5),
                        Arbitraries.integers().between(0, 2),
                        policy.list().ofMinSize(1).ofMaxSize(4),
                        Arbitraries.frequency(
                                Tuple.of(3, 0), Tuple.of(3, 1), Tuple.of(1, 2), Tuple.of(1, 3), Tuple.of(1, 4)))
                .as(Try::new);
    }

    private static Map.Entry<String, Object> entry(String name, Object value) {
        return new AbstractMap.SimpleImmutableEntry<>(name, value);
    }

    /**
     * The conditions policies on a list draw from: none; StringEquals and StringNotEquals on each
     * attribute with each value, several values, the caller's id; clauses about the caller; two
     * attributes at once; and what no store can filter on (StringLike, an unknown placeholder) or
     * nobody can read (an unknown operator, a malformed clause).
     */
    private static List<Condition> conditions(Subject<?> subject) {
        var all = new ArrayList<Condition>();
        all.add(new Condition(Map.of(), true));
        var names = new TreeSet<>(subject.values().keySet());
        for (String name : names) {
            String key = "resource." + name;
            var values = scalars(subject.values().get(name));
            for (Object value : values) {
                all.add(new Condition(Map.of("StringEquals", Map.of(key, value)), true));
                all.add(new Condition(Map.of("StringNotEquals", Map.of(key, value)), true));
                if (value instanceof String text && text.startsWith("#")) {
                    all.add(new Condition(Map.of("StringEquals", Map.of(key, text + ":text")), true));
                }
            }
            all.add(new Condition(
                    Map.of("StringEquals", Map.of(key, List.of(values.getFirst(), values.getLast()))), true));
            all.add(new Condition(Map.of("StringEquals", Map.of(key, "${user.id}")), true));
            all.add(new Condition(Map.of("StringNotEquals", Map.of(key, "${user.id}")), true));
            all.add(new Condition(Map.of("StringEquals", Map.of("user.id", "u-me", key, values.getFirst())), true));
            all.add(new Condition(Map.of("StringEquals", Map.of("user.id", "u-nobody", key, values.getFirst())), true));
            all.add(new Condition(Map.of("Bogus", Map.of(key, "x")), true));
            all.add(new Condition(Map.of("StringLike", Map.of(key, "*")), false));
            all.add(new Condition(Map.of("StringEquals", Map.of(key, "${user.unknown}")), false));
        }
        String first = names.first();
        String last = names.last();
        all.add(new Condition(
                Map.of(
                        "StringEquals",
                        Map.of(
                                "resource." + first,
                                scalars(subject.values().get(first)).getFirst()),
                        "StringNotEquals",
                        Map.of(
                                "resource." + last,
                                scalars(subject.values().get(last)).getLast())),
                true));
        all.add(new Condition(Map.of("StringEquals", "malformed"), true));
        return all;
    }

    private static List<Object> scalars(List<Object> pool) {
        return pool.stream()
                .filter(v -> v != null)
                .flatMap(v -> v instanceof List<?> list ? list.stream().map(Object.class::cast) : Stream.of(v))
                .distinct()
                .toList();
    }

    // ---------------------------------------------------------------- the check

    /** Thrown to roll a try's transaction back, carrying the assertions on what the try saw. */
    private static final class Rollback extends RuntimeException {
        final Supplier<Shown> outcome;

        Rollback(Supplier<Shown> outcome) {
            super(null, null, false, false);
            this.outcome = outcome;
        }
    }

    /** Runs a try and asserts what it saw; answers how much of the list it showed, and whether exactly. */
    private static <E extends PolicyResource> Shown check(Subject<E> subject, Try attempt) {
        try {
            db.transactions().inTransaction(() -> {
                throw new Rollback(run(subject, attempt));
            });
            throw new IllegalStateException("a try always rolls back");
        } catch (Rollback rolledBack) {
            return rolledBack.outcome.get();
        }
    }

    /** How much of a list a try showed (none, some or all of its records), and whether it had to be exact. */
    record Shown(String part, boolean exact) {}

    /**
     * Fails the property when its tries were degenerate: lists that show nothing, some and all of
     * their records, and tries whose policies are all expressible, must each be common.
     */
    private static void covered(Shown shown) {
        Statistics.label("shown").collect(shown.part());
        Statistics.label("exact").collect(shown.exact());
        Statistics.label("shown").coverage(coverage -> {
            coverage.check("none").percentage(p -> p >= 10);
            coverage.check("some").percentage(p -> p >= 2);
            coverage.check("all").percentage(p -> p >= 10);
        });
        Statistics.label("exact").coverage(coverage -> coverage.check(true).percentage(p -> p >= 30));
    }

    /** Runs one try in the transaction; what it returns asserts, after the rollback. */
    private static <E extends PolicyResource> Supplier<Shown> run(Subject<E> subject, Try attempt) {
        var parents = subject.prepare();
        var stored = new ArrayList<E>();
        for (int i = 0; i < attempt.records().size(); i++) {
            stored.add(subject.store(resolve(attempt.records().get(i), parents), i));
        }
        List<String> ids = stored.stream()
                .map(PolicyResource::resourceName)
                .map(name -> name.itemId().orElseThrow())
                .toList();
        var conditions = conditions(subject);
        var policies = new ArrayList<Policy>();
        switch (attempt.base()) {
            case 1 ->
                policies.add(
                        policy(Effect.ALLOW, subject.listPermission(), "{parent}", Map.of(), subject, parents, ids));
            case 2 -> policies.add(policy(Effect.ALLOW, subject.type() + ".*", "*", Map.of(), subject, parents, ids));
            default -> {}
        }
        boolean exact = true;
        for (var generated : attempt.policies()) {
            var condition = conditions.get(generated.condition() % conditions.size());
            exact &= condition.expressible();
            policies.add(policy(
                    generated.allow() ? Effect.ALLOW : Effect.DENY,
                    subject.actions().get(generated.action() % subject.actions().size()),
                    RESOURCES.get(generated.resource()),
                    resolve(condition.raw(), parents),
                    subject,
                    parents,
                    ids));
        }
        if (subject.type().equals("time_entries")) {
            exact &= manage(attempt.manage(), policies, subject, parents, ids);
        }
        UseCaseKits.policies(ME, policies);
        String described = attempt + " as " + policies + " on "
                + stored.stream()
                        .map(r -> r.resourceName() + "=" + r.attributes().values())
                        .toList();

        Set<String> shown = new TreeSet<>();
        long total = 0;
        try {
            var page = subject.list(UseCaseKits.member(ME, subject.listPermission()), parents);
            page.items().forEach(item -> shown.add(item.resourceName().itemId().orElseThrow()));
            total = page.total();
        } catch (Forbidden refused) {
            // Nothing shown.
        }
        Set<String> allowed = new TreeSet<>();
        for (E record : stored) {
            assertTrue(
                    subject.values()
                            .keySet()
                            .containsAll(record.attributes().values().keySet()),
                    () -> "the property draws conditions on every attribute " + record.resourceName() + " exposes");
            if (subject.inList(record, parents)
                    && listAllows(subject, parents, policies, record)
                    && opens(subject, record)) {
                allowed.add(record.resourceName().itemId().orElseThrow());
            }
        }
        long inList = stored.stream()
                .filter(record -> subject.inList(record, parents))
                .count();
        long totalSeen = total;
        boolean exactly = exact;
        return () -> {
            var refused = new TreeSet<>(shown);
            refused.removeAll(allowed);
            assertTrue(refused.isEmpty(), () -> "shown although its item route refuses: " + refused + "; " + described);
            if (exactly) {
                assertEquals(allowed, shown, () -> "the list shows what its item routes allow; " + described);
            }
            assertEquals(shown.size(), totalSeen, () -> "the total counts what is shown; " + described);
            return new Shown(shown.isEmpty() ? "none" : shown.size() == inList ? "all" : "some", exactly);
        };
    }

    /** The list's own permission on what the route names, with the record's attributes: what the list's filter stands for. */
    private static boolean listAllows(
            Subject<?> subject, Map<String, Object> parents, List<Policy> policies, PolicyResource record) {
        var caller = UseCaseKits.member(ME, subject.listPermission()).caller();
        var request = new AccessRequest(
                caller,
                new QualifiedPermission(UseCaseKits.FQN_PREFIX + subject.listPermission()),
                subject.listedOn(parents),
                record.attributes(),
                T0);
        return PolicyEvaluator.evaluate(request, policies) == PolicyDecision.ALLOW;
    }

    /** Whether the item route's use case opens the record for the requester. */
    private static <E extends PolicyResource> boolean opens(Subject<E> subject, E record) {
        try {
            subject.open(UseCaseKits.member(ME, subject.itemPermission()), record);
            return true;
        } catch (Forbidden | NotFound refused) {
            return false;
        }
    }

    /** Adds the manage policies of a try of time entries; whether the list then is exact (manage for all or none). */
    private static boolean manage(
            int choice, List<Policy> policies, Subject<?> subject, Map<String, Object> parents, List<String> ids) {
        String manage = "time_entries.manage";
        switch (choice) {
            case 1 -> policies.add(policy(Effect.ALLOW, manage, "*", Map.of(), subject, parents, ids));
            case 2 -> policies.add(policy(Effect.ALLOW, manage, "crm:{type}/#0", Map.of(), subject, parents, ids));
            case 3 -> {
                policies.add(policy(Effect.ALLOW, manage, "*", Map.of(), subject, parents, ids));
                policies.add(policy(Effect.DENY, manage, "crm:{type}/#0", Map.of(), subject, parents, ids));
            }
            case 4 ->
                policies.add(policy(
                        Effect.ALLOW,
                        manage,
                        "*",
                        Map.of("StringEquals", Map.of("resource.project_id", parents.get("#projectA"))),
                        subject,
                        parents,
                        ids));
            default -> {}
        }
        return choice <= 1;
    }

    private static Policy policy(
            Effect effect,
            String action,
            String resources,
            Map<String, Object> conditions,
            Subject<?> subject,
            Map<String, Object> parents,
            List<String> ids) {
        String patterns = resources
                .replace("{type}", subject.type())
                .replace("{TYPE}", subject.type().toUpperCase(Locale.ROOT))
                .replace("{parent}", subject.listedOn(parents).value())
                .replace("#0", ids.getFirst())
                .replace("#1", ids.get(ids.size() > 1 ? 1 : 0));
        return new Policy(
                "p-" + effect + "-" + action,
                effect,
                List.of(new PermissionPattern(UseCaseKits.FQN_PREFIX + action)),
                Stream.of(patterns.split("\\|")).map(ResourcePattern::new).toList(),
                Conditions.fromRaw(conditions));
    }

    /** The attributes or conditions with each {@code #parent} replaced by its id ({@code #parent:text} by its text). */
    @SuppressWarnings("unchecked")
    private static <T> T resolve(T value, Map<String, Object> parents) {
        return (T)
                switch (value) {
                    case null -> null;
                    case String text
                    when text.startsWith("#") && text.endsWith(":text") ->
                        String.valueOf(parents.get(text.substring(0, text.length() - ":text".length())));
                    case String text when text.startsWith("#") -> parents.get(text);
                    case Map<?, ?> map -> {
                        var resolved = new LinkedHashMap<String, Object>();
                        map.forEach((k, v) -> resolved.put((String) k, resolve(v, parents)));
                        yield resolved;
                    }
                    case List<?> list ->
                        list.stream().map(v -> (Object) resolve(v, parents)).toList();
                    default -> value;
                };
    }
}
