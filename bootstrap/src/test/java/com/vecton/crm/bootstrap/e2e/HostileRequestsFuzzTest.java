package com.vecton.crm.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.vecton.crm.adapter.out.identity.testing.FakeIdentityServer.RecordedCall;
import com.vecton.crm.adapter.out.persistence.testing.TestDatabase;
import com.vecton.crm.bootstrap.e2e.HostileRequestGenerator.Case;
import com.vecton.crm.bootstrap.e2e.HostileRequestGenerator.Kind;
import com.vecton.crm.bootstrap.e2e.HostileRequestGenerator.Records;
import com.vecton.crm.bootstrap.e2e.RawHttpClient.Answer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/**
 * The fuzz test of the hardened HTTP boundary: seeded hostile requests over every operation of
 * the served OpenAPI document, written as raw bytes to the real server (real Postgres, identity
 * faked over HTTP), with the rules of {@link BoundaryRules} checked on every answer, on the
 * captured log, and on the records afterwards. All violations are collected and reported at once.
 *
 * <p>{@code -Dfuzz.seed} (default {@value #DEFAULT_SEED}) and {@code -Dfuzz.requests} (default
 * {@value #DEFAULT_CASES} cases, each one request; an upgrade case sends a second one without the
 * upgrade to compare) choose the run; {@code -Dfuzz.timeoutMs} the read timeout (10 s). The same
 * seed and count send the same bytes. A long run: {@code mvn -B verify -pl bootstrap -am -DskipITs
 * -Dtest=HostileRequestsFuzzTest -Dsurefire.failIfNoSpecifiedTests=false -Dfuzz.requests=50000}.
 *
 * <p>Three groups of records are seeded: {@code targets}, which any request may name and change;
 * {@code refused}, named only by requests the server must refuse, which must read back
 * unchanged; and {@code sentinel}, never named, which must read back unchanged too. Targets are
 * created first so that an odd spelling of a small id ({@code 01}, {@code %31}, {@code +1}) can
 * only ever reach a target.
 */
class HostileRequestsFuzzTest {
    static final long DEFAULT_SEED = 20_260_401L;
    static final int DEFAULT_CASES = 3_000;
    private static final String ADMIN = HostileRequestGenerator.VALID_TOKEN;
    private static final Path OUT = Path.of("target", "fuzz");
    /** Variants of a kind that time out this often are not sent again in the run (each costs the timeout). */
    private static final int HANGS_BEFORE_SKIPPING = 1;
    /** Enough never to run out in a long run; each costs a few requests, and only a broken server needs any. */
    private static final int MAX_RESEEDS = 5_000;

    private static final java.util.Set<String> SAFE_METHODS = java.util.Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private static final int CONSECUTIVE_HANGS_TO_ABORT = 20;

    /**
     * {@code -Dtest} overrides the includes of every surefire execution, so a targeted run would
     * run this test again in the 128 MiB fork meant for {@code *SmallHeapTest}: it is not a
     * memory-bound test (and a long run keeps its log in memory), so it steps aside there.
     */
    @Test
    void hostile_requests_over_every_operation_are_answered_by_the_boundary_rules() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(
                Runtime.getRuntime().maxMemory() > 256L * 1024 * 1024, "not in the small-heap fork");
        long seed = Long.getLong("fuzz.seed", DEFAULT_SEED);
        int count = Integer.getInteger("fuzz.requests", DEFAULT_CASES);
        Duration timeout = Duration.ofMillis(Long.getLong("fuzz.timeoutMs", 10_000));
        // A database of its own: list answers then show only what this test wrote.
        var database = TestDatabase.fresh();
        var rules = new BoundaryRules();
        var fuzz = new Run();
        try (var log = new ServerLogCapture(OUT.resolve("server.log"));
                // Identity at its production timeout: a loaded machine must not turn a 401 into a 503.
                var crm = CrmHarness.start(Map.of(
                        "DATABASE_URL",
                        database.jdbcUrl(),
                        "DB_USER",
                        database.user(),
                        "DB_PASSWORD",
                        database.password(),
                        "IDENTITY_TIMEOUT_MS",
                        "2000"))) {
            seedUsers(crm);
            var targets = List.of(
                    seed(crm, "t1", "u-fz-member", 0),
                    seed(crm, "t2", "u-fz-member", 1),
                    seed(crm, "t3", "u-fz-member", 2));
            Records sentinel = seed(crm, "sentinel", "u-fz-sentinel-member", 10);
            Records refused = seed(crm, "refused", "u-fz-ro-member", 20);
            var snapshots = new LinkedHashMap<String, JsonNode>();
            snapshot(crm, sentinel, snapshots);
            snapshot(crm, refused, snapshots);

            var openApi = crm.get("/openapi.json", null);
            assertEquals(200, openApi.status(), openApi::toString);
            var operations = HostileRequestGenerator.operationsOf(openApi.json());
            assertFalse(operations.isEmpty(), "the OpenAPI document lists operations");

            var generator = new HostileRequestGenerator(
                    seed,
                    operations,
                    crm.app.port(),
                    targets,
                    refused,
                    List.of("u-fz-member2", "u-fz-member3", "u-fz-member"));
            var client = new RawHttpClient("127.0.0.1", crm.app.port(), timeout);
            fuzz.send(generator, count, client, crm, rules, snapshots);

            Thread.sleep(500);
            checkLog(log.lines(), fuzz, rules);
            checkWhole(crm, client, snapshots, targets, rules);
            fuzz.coverage(operations, rules);
        } finally {
            String summary = fuzz.summary(seed, count, rules);
            System.out.println(summary);
            Files.createDirectories(OUT);
            Files.writeString(
                    OUT.resolve("violations.txt"), summary + "\n" + rules.report(0, 0, true), StandardCharsets.UTF_8);
        }
        if (!rules.violations().isEmpty()) {
            fail(rules.violations().size() + " violation(s) of the HTTP boundary rules over " + fuzz.cases
                    + " hostile requests (seed " + seed + ", rerun: mvn -B verify -pl bootstrap -am -DskipITs"
                    + " -Dtest=HostileRequestsFuzzTest -Dsurefire.failIfNoSpecifiedTests=false -Dfuzz.seed=" + seed
                    + " -Dfuzz.requests=" + count
                    + "; every violation in bootstrap/target/fuzz/violations.txt, the server's log in"
                    + " bootstrap/target/fuzz/server.log)\n" + rules.report(6, 700, false));
        }
    }

    /** What was sent and seen; the parts of the later checks that need the whole run. */
    private static final class Run {
        int cases;
        int firstPass;
        int requests;
        long nanos;
        boolean aborted;
        final EnumMap<Kind, Integer> perKind = new EnumMap<>(Kind.class);
        final Map<String, Integer> perOperation = new TreeMap<>();
        /** Token cores sent, each with the case that sent it; and secrets without one (Basic, the valid tokens). */
        final Map<String, String> cores = new HashMap<>();

        final Map<String, String> exactSecrets = new LinkedHashMap<>();
        /** (kind, case label, request id or null, answer) of every 5xx answer. */
        final List<Object[]> fiveHundreds = new ArrayList<>();

        final Map<String, Integer> hangs = new HashMap<>();
        final Map<String, Integer> skipped = new TreeMap<>();
        int reseeded;

        void send(
                HostileRequestGenerator generator,
                int count,
                RawHttpClient client,
                CrmHarness crm,
                BoundaryRules rules,
                Map<String, JsonNode> snapshots) {
            exactSecrets.put(ADMIN, "the valid admin token");
            exactSecrets.put(HostileRequestGenerator.MEMBER_TOKEN, "the valid member token");
            long start = System.nanoTime();
            int consecutiveHangs = 0;
            int lastRefusedCheck = 0;
            for (var it = generator.cases(count); it.hasNext(); ) {
                Case c = it.next();
                cases++;
                firstPass += c.firstPass ? 1 : 0;
                perKind.merge(c.kind, 1, Integer::sum);
                perOperation.merge(c.operation.toString(), 1, Integer::sum);
                remember(c.request, c);
                String stuck = c.variantKeys().stream()
                        .filter(k -> hangs.getOrDefault(k, 0) >= HANGS_BEFORE_SKIPPING)
                        .findFirst()
                        .orElse(null);
                if (stuck != null) {
                    skipped.merge(c.kind + " " + stuck, 1, Integer::sum);
                    continue;
                }
                Answer control = null;
                if (c.control != null) {
                    control = client.exchange(c.control.toBytes(), c.control.method);
                    requests++;
                }
                byte[] bytes = c.request.toBytes();
                int identityBefore = crm.identity.totalCalls();
                Answer answer = client.exchange(bytes, c.request.method);
                var calls = crm.identity.totalCalls() == identityBefore
                        ? List.<RecordedCall>of()
                        : crm.identity.recordedCalls();
                requests++;
                rules.check(
                        c, bytes, answer, control, calls.subList(Math.min(identityBefore, calls.size()), calls.size()));
                if (answer.outcome() == RawHttpClient.Outcome.TIMED_OUT) {
                    c.variantKeys().forEach(k -> hangs.merge(k, 1, Integer::sum));
                    if (++consecutiveHangs >= CONSECUTIVE_HANGS_TO_ABORT) {
                        rules.add(
                                BoundaryRules.RULE_1,
                                c.kind.name(),
                                "the server stopped answering; run aborted",
                                c.label(),
                                "",
                                BoundaryRules.describe(answer));
                        aborted = true;
                        break;
                    }
                } else {
                    consecutiveHangs = 0;
                }
                if (answer.status() >= 500) {
                    fiveHundreds.add(new Object[] {
                        c.kind.name(),
                        c.label(),
                        BoundaryRules.requestIdOf(answer),
                        HostileRequest.describe(bytes),
                        BoundaryRules.describe(answer)
                    });
                }
                // A refused-only record that a request changed is reported against that request and replaced,
                // so that later cases still test what they say instead of meeting a 404.
                boolean accepted = c.records == generator.refusedOnly()
                        && answer.status() >= 200
                        && answer.status() < 300
                        && !SAFE_METHODS.contains(c.request.method);
                if (accepted || cases - lastRefusedCheck >= 250) {
                    String by = accepted
                            ? c.label()
                            : "one of the cases #" + (c.index - (cases - lastRefusedCheck) + 1) + " to #" + c.index;
                    lastRefusedCheck = cases;
                    String group = generator.refusedOnly().group();
                    if (changedSince(crm, group, snapshots, by, rules)) {
                        snapshots.keySet().removeIf(key -> key.endsWith("#" + group));
                        if (reseeded < MAX_RESEEDS) {
                            reseeded++;
                            Records fresh = seed(crm, "refused" + reseeded, "u-fz-ro-member", 20 + reseeded);
                            snapshot(crm, fresh, snapshots);
                            generator.refusedOnly(fresh);
                        }
                    }
                }
                if (cases % 500 == 0) {
                    Answer ready = client.exchange(healthRequest(crm.app.port()), "GET");
                    if (ready.status() != 200) {
                        rules.add(
                                BoundaryRules.RULE_7,
                                "HEALTH",
                                "not ready in the middle of the run",
                                "after case #" + c.index,
                                "GET /health/ready",
                                BoundaryRules.describe(ready));
                    }
                }
            }
            nanos = System.nanoTime() - start;
            skipped.forEach((key, n) -> rules.add(
                    BoundaryRules.RULE_1,
                    key.substring(0, key.indexOf(' ')),
                    n + " more case(s) not sent after " + HANGS_BEFORE_SKIPPING + " timeout(s)",
                    key,
                    "",
                    ""));
        }

        private void remember(HostileRequest request, Case c) {
            if (request.authorization == null) {
                return;
            }
            Matcher m = HostileRequestGenerator.TOKEN_CORE.matcher(request.authorization);
            boolean any = false;
            while (m.find()) {
                cores.put(m.group(), c.kind + " " + c.label());
                any = true;
            }
            String credentials = request.authorization.replaceFirst("^\\S+\\s*", "");
            if (!any
                    && credentials.length() >= 8
                    && !credentials.equals(ADMIN)
                    && !credentials.equals(HostileRequestGenerator.MEMBER_TOKEN)) {
                exactSecrets.putIfAbsent(credentials, c.kind + " " + c.label());
            }
        }

        /** Every operation got requests and every kind was made (the generator's first pass promises both). */
        void coverage(List<HostileRequestGenerator.Operation> operations, BoundaryRules rules) {
            for (var op : operations) {
                if (!perOperation.containsKey(op.toString())) {
                    rules.add(BoundaryRules.RULE_5, "COVERAGE", "operation never requested", op.toString(), "", "");
                }
            }
            for (Kind kind : Kind.values()) {
                if (!perKind.containsKey(kind)) {
                    rules.add(BoundaryRules.RULE_5, "COVERAGE", "kind never generated", kind.name(), "", "");
                }
            }
        }

        String summary(long seed, int count, BoundaryRules rules) {
            var out = new StringBuilder();
            out.append(String.format(
                    "HostileRequestsFuzzTest: %d cases (%d in the first pass), %d requests in %.1f s,"
                            + " seed %d, -Dfuzz.requests=%d%s%n",
                    cases, firstPass, requests, nanos / 1e9, seed, count, aborted ? ", ABORTED" : ""));
            out.append("  per kind: ");
            perKind.forEach((kind, n) -> out.append(kind).append('=').append(n).append(' '));
            out.append(String.format(
                    "%n  operations: %d; violations per rule: %s%n", perOperation.size(), rules.countsByRule()));
            return out.toString();
        }
    }

    private static byte[] healthRequest(int port) {
        return ("GET /health/ready HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    /** Rule 6: no token the test sent is in the log, and every 5xx answer's request id is in a WARN or ERROR line. */
    private static void checkLog(List<ServerLogCapture.Line> lines, Run run, BoundaryRules rules) {
        var all = new StringBuilder();
        var warnings = new StringBuilder();
        for (var line : lines) {
            all.append(line.text()).append('\n');
            if (line.warnOrError()) {
                warnings.append(line.text()).append('\n');
            }
        }
        String log = all.toString();
        var reported = new java.util.HashSet<String>();
        Matcher m = HostileRequestGenerator.TOKEN_CORE.matcher(log);
        while (m.find()) {
            String origin = run.cores.get(m.group());
            if (origin != null && reported.add(m.group())) {
                rules.add(
                        BoundaryRules.RULE_6,
                        origin.substring(0, origin.indexOf(' ')),
                        "a token sent is in the log",
                        origin.substring(origin.indexOf(' ') + 1),
                        "token core " + m.group(),
                        lineAround(log, m.start()));
            }
        }
        run.exactSecrets.forEach((secret, origin) -> {
            int at = log.indexOf(secret);
            if (at >= 0) {
                String kind = origin.contains(" ") ? origin.substring(0, origin.indexOf(' ')) : "TOKEN";
                rules.add(
                        BoundaryRules.RULE_6,
                        kind,
                        "a token sent is in the log",
                        origin,
                        "credentials " + HostileRequest.show(secret, 60),
                        lineAround(log, at));
            }
        });
        String warned = warnings.toString();
        for (Object[] answer : run.fiveHundreds) {
            String id = (String) answer[2];
            if (id == null) {
                rules.add(
                        BoundaryRules.RULE_6,
                        (String) answer[0],
                        "5xx without a request id to look up",
                        (String) answer[1],
                        (String) answer[3],
                        (String) answer[4]);
            } else if (!warned.contains(id)) {
                rules.add(
                        BoundaryRules.RULE_6,
                        (String) answer[0],
                        "5xx whose request id is in no WARN/ERROR line",
                        (String) answer[1],
                        (String) answer[3],
                        (String) answer[4]);
            }
        }
    }

    private static String lineAround(String log, int at) {
        int start = Math.max(log.lastIndexOf('\n', at) + 1, at - 300);
        int end = log.indexOf('\n', at);
        return HostileRequest.show(log.substring(start, end < 0 ? log.length() : Math.min(end, at + 300)), 600);
    }

    /** Rule 7: ready, the sentinel and refused-only records exactly as seeded, the targets readable. */
    private static void checkWhole(
            CrmHarness crm,
            RawHttpClient client,
            Map<String, JsonNode> snapshots,
            List<Records> targets,
            BoundaryRules rules) {
        Answer ready = client.exchange(healthRequest(crm.app.port()), "GET");
        if (ready.status() != 200) {
            rules.add(
                    BoundaryRules.RULE_7,
                    "HEALTH",
                    "not ready after the run",
                    "GET /health/ready",
                    "",
                    BoundaryRules.describe(ready));
        }
        var groups = new java.util.LinkedHashSet<String>();
        snapshots.keySet().forEach(key -> groups.add(key.substring(key.indexOf('#') + 1)));
        for (String group : groups) {
            changedSince(crm, group, snapshots, "the run (checked at its end)", rules);
        }
        for (Records target : targets) {
            for (String path : paths(target)) {
                var now = crm.get(path, ADMIN);
                if (now.status() >= 500) {
                    rules.add(
                            BoundaryRules.RULE_7,
                            "TARGET",
                            "a target record does not read back",
                            path,
                            "",
                            now.status() + " " + shorten(now.body(), 600));
                }
            }
        }
    }

    /** Whether a record of {@code group} differs from its snapshot; each difference is a rule 7 violation. */
    private static boolean changedSince(
            CrmHarness crm, String group, Map<String, JsonNode> snapshots, String by, BoundaryRules rules) {
        boolean changed = false;
        for (var snapshot : snapshots.entrySet()) {
            String key = snapshot.getKey();
            if (!key.endsWith("#" + group)) {
                continue;
            }
            String path = key.substring(0, key.indexOf('#'));
            var now = crm.get(path, ADMIN);
            JsonNode after = now.status() == 200 ? now.json().path("data") : null;
            if (!snapshot.getValue().equals(after)) {
                changed = true;
                String kind = group.startsWith("refused") ? "REFUSED_ONLY_RECORDS" : "SENTINEL_RECORDS";
                rules.add(
                        BoundaryRules.RULE_7,
                        kind,
                        "a " + (group.startsWith("refused") ? "refused-only" : group) + " record changed",
                        path + ", changed by " + by,
                        "before: " + shorten(snapshot.getValue().toString(), 600),
                        "now: " + now.status() + " " + shorten(now.body(), 600));
            }
        }
        return changed;
    }

    private static List<String> paths(Records r) {
        return List.of(
                "/api/companies/" + r.company(),
                "/api/contacts/" + r.contact(),
                "/api/projects/" + r.project(),
                "/api/projects/" + r.project() + "/members",
                "/api/task-labels/" + r.label(),
                "/api/tasks/" + r.task(),
                "/api/time-entries/" + r.entry());
    }

    private static void snapshot(CrmHarness crm, Records records, Map<String, JsonNode> snapshots) {
        for (String path : paths(records)) {
            var result = crm.get(path, ADMIN);
            assertEquals(200, result.status(), () -> path + ": " + result);
            // The key carries the group, so a report says which kind of record changed.
            snapshots.put(path + "#" + records.group(), result.json().path("data"));
        }
    }

    private static void seedUsers(CrmHarness crm) {
        crm.sql(c -> c.createStatement().executeUpdate("""
                INSERT INTO tenant_users (id, name, email, is_active) VALUES
                    ('u-fz-owner', 'Fz Owner', 'owner@fz.test', true),
                    ('u-fz-member', 'Fz Member', 'member@fz.test', true),
                    ('u-fz-member2', 'Fz Member Two', 'member2@fz.test', true),
                    ('u-fz-member3', 'Fz Member Three', 'member3@fz.test', true),
                    ('u-fz-ro-member', 'Fz Refused Member', 'ro@fz.test', true),
                    ('u-fz-sentinel-member', 'Fz Sentinel Member', 'sentinel@fz.test', true)
                ON CONFLICT (id) DO NOTHING"""));
    }

    /** One record of each type, named for its group, with time booked on a day of its own. */
    private static Records seed(CrmHarness crm, String group, String member, int day) {
        long company = create(
                crm,
                "/api/companies",
                "{\"name\": \"Fz " + group + " Kft.\", \"domain\": \"fz-" + group
                        + ".example\", \"city\": \"Gy\u0151r\"}");
        long contact = create(
                crm,
                "/api/contacts",
                "{\"first_name\": \"\u00d6d\u00f6n\", \"last_name\": \"Fz " + group + "\", \"email\": \"fz-" + group
                        + "@acme.test\", \"company_id\": " + company + "}");
        long project = create(
                crm,
                "/api/projects",
                "{\"name\": \"Fz " + group + " project\","
                        + " \"owner_id\": \"u-fz-owner\","
                        + " \"start_date\": \"2030-01-01\", \"end_date\": \"2030-12-31\"}");
        var added = crm.post(
                "/api/projects/" + project + "/members",
                ADMIN,
                "{\"user_id\": \"" + member + "\", \"role\": \"member\"}");
        assertEquals(201, added.status(), added::toString);
        long label = create(crm, "/api/task-labels", "{\"name\": \"fz " + group + " label\", \"color\": \"#A1B2C3\"}");
        long task = create(
                crm,
                "/api/tasks",
                "{\"title\": \"Fz " + group + " task\", \"project_id\": " + project + ", \"label_ids\": [" + label
                        + "], \"assignee_ids\": [\"u-fz-owner\"]}");
        String date = java.time.LocalDate.parse("2020-01-01").plusDays(day).toString();
        long entry = create(
                crm,
                "/api/time-entries",
                "{\"project_id\": " + project + ", \"task_id\": " + task
                        + ", \"started_at\": \"" + date + "T09:00:00Z\", \"ended_at\": \"" + date + "T10:30:00Z\","
                        + " \"note\": \"fz " + group + "\", \"billable\": true}");
        return new Records(group, company, contact, project, task, label, entry, member);
    }

    private static long create(CrmHarness crm, String path, String json) {
        var result = crm.post(path, ADMIN, json);
        assertEquals(201, result.status(), () -> path + ": " + result);
        return result.json().path("data").path("id").asLong();
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max) + "... (" + text.length() + " chars)";
    }
}
