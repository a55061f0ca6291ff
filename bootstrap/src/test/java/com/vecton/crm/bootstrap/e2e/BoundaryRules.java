package com.vecton.crm.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vecton.crm.adapter.out.identity.testing.FakeIdentityServer.RecordedCall;
import com.vecton.crm.bootstrap.e2e.HostileRequestGenerator.Case;
import com.vecton.crm.bootstrap.e2e.RawHttpClient.Answer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The rules of the hardened HTTP boundary, checked on one answer at a time; every violation is
 * kept, and {@link #report} groups them by rule, then by kind of request, with raw examples.
 */
final class BoundaryRules {
    static final String RULE_1 = "1 an answer arrives in time";
    static final String RULE_2 = "2 no 500; a 5xx only as 503 (with Retry-After) or 505";
    static final String RULE_3 = "3 an error is problem+json with error and request_id, X-Request-Id matching";
    static final String RULE_4 = "4 no stack trace, class name, SQL or file path in a body";
    static final String RULE_5 = "5 the expected answer for a well-defined kind";
    static final String RULE_6 = "6 the log holds no token and every 5xx";
    static final String RULE_7 = "7 the service is whole afterwards";
    private static final List<String> RULES = List.of(RULE_1, RULE_2, RULE_3, RULE_4, RULE_5, RULE_6, RULE_7);

    private static final Set<String> RETRYABLE =
            Set.of("identity_unavailable", "database_unavailable", "transaction_conflict");
    private static final Pattern SNAKE_CASE = Pattern.compile("[a-z][a-z0-9]*(_[a-z0-9]+)*");
    /** What only internals leave in a body. */
    static final List<String> LEAKS = List.of(
            "<html",
            "<HTML",
            "Exception",
            "\tat ",
            ".java:",
            "org.glassfish",
            "com.vecton",
            "java.",
            "jakarta.",
            "SELECT ",
            "INSERT ",
            "UPDATE ",
            "DELETE FROM",
            "/work/",
            "/tmp/",
            "/home/",
            "Caused by",
            "org.postgresql",
            "PSQLException",
            "Grizzly");
    /** The answer to an upgrade attempt must not wait for the upgrade. */
    static final long AT_ONCE_MILLIS = 5_000;

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One broken rule: where, why (a short stable reason), and the raw evidence. */
    record Violation(String rule, String kind, String reason, String caseLabel, String request, String answer) {}

    private final List<Violation> violations = new ArrayList<>();

    List<Violation> violations() {
        return List.copyOf(violations);
    }

    void add(String rule, String kind, String reason, String caseLabel, String request, String answer) {
        violations.add(new Violation(rule, kind, reason, caseLabel, request, answer));
    }

    private void add(String rule, Case c, byte[] request, Answer answer, String reason) {
        add(rule, c.kind.name(), reason, c.label(), HostileRequest.describe(request), describe(answer));
    }

    /**
     * Rules 1 to 5 on the answer to {@code c} ({@code control}: the answer without the Upgrade, if
     * any; {@code identityCalls}: what the identity fake received while the request was handled).
     */
    void check(Case c, byte[] request, Answer answer, Answer control, List<RecordedCall> identityCalls) {
        HostileRequest r = c.request;
        if (!r.identityMayBeCalled()) {
            long asked = identityCalls.stream().filter(call -> carries(call, r)).count();
            if (asked > 0) {
                add(RULE_5, c, request, answer, "identity called " + asked + "x for credentials it must not see");
            }
        }
        if (answer.outcome() != RawHttpClient.Outcome.ANSWERED) {
            add(RULE_1, c, request, answer, answer.outcome().name().toLowerCase(Locale.ROOT));
            return;
        }
        int status = answer.status();
        boolean hasBody = !r.isHead();
        JsonNode problem = null;
        if (hasBody && status >= 400) {
            problem = problemOf(answer);
        }
        String error = problem == null ? null : problem.path("error").asText(null);

        // Rule 2
        if (status == 500) {
            add(RULE_2, c, request, answer, "500 " + error);
        } else if (status >= 500) {
            if (status == 503) {
                if (hasBody && !RETRYABLE.contains(error)) {
                    add(RULE_2, c, request, answer, "503 with error " + error);
                }
                if (answer.header("Retry-After") == null) {
                    add(RULE_2, c, request, answer, "503 without Retry-After");
                }
            } else if (status == 505) {
                if (r.version.equals("HTTP/1.1") || r.version.equals("HTTP/1.0")) {
                    add(RULE_2, c, request, answer, "505 for " + r.version);
                }
            } else {
                add(RULE_2, c, request, answer, "status " + status);
            }
        }

        // Rule 3
        String requestIdHeader = answer.header("X-Request-Id");
        if (status >= 400 && hasBody) {
            String type = answer.header("Content-Type");
            String media = type == null ? "none" : type.split(";")[0].strip().toLowerCase(Locale.ROOT);
            if (!media.equals("application/problem+json")) {
                add(RULE_3, c, request, answer, "Content-Type " + media);
            }
            if (problem == null) {
                add(RULE_3, c, request, answer, "body is not a JSON object");
            } else {
                if (error == null || !SNAKE_CASE.matcher(error).matches()) {
                    add(RULE_3, c, request, answer, "no snake_case error");
                }
                String bodyId = problem.path("request_id").isTextual()
                        ? problem.path("request_id").asText()
                        : null;
                if (bodyId == null || bodyId.isEmpty()) {
                    add(RULE_3, c, request, answer, "no request_id");
                } else if (!bodyId.equals(requestIdHeader)) {
                    add(RULE_3, c, request, answer, "X-Request-Id differs from request_id");
                }
            }
        }
        if (requestIdHeader == null) {
            add(RULE_3, c, request, answer, "no X-Request-Id header");
        } else if (r.sentSaneRequestId()) {
            if (!c.echoExempt && !requestIdHeader.equals(r.requestId)) {
                add(RULE_3, c, request, answer, "sane X-Request-Id not echoed");
            }
        } else if (r.requestId != null
                && (requestIdHeader.equals(r.requestId)
                        || !HostileRequest.SANE_REQUEST_ID
                                .matcher(requestIdHeader)
                                .matches())) {
            add(RULE_3, c, request, answer, "insane X-Request-Id reflected");
        }

        // Rule 4
        if (hasBody && answer.body().length > 0) {
            String body = answer.bodyText();
            String sent = new String(request, StandardCharsets.ISO_8859_1);
            // The API reference page (GET /docs) is HTML by design; an HTML error page never answers 200.
            String type = answer.header("Content-Type");
            boolean page = answer.status() == 200 && type != null && type.startsWith("text/html");
            for (String leak : LEAKS) {
                if (page && leak.equalsIgnoreCase("<html")) {
                    continue;
                }
                if (body.contains(leak) && !sent.contains(leak)) {
                    add(RULE_4, c, request, answer, "body holds \"" + leak.replace("\t", "\\t") + "\"");
                    break;
                }
            }
        }

        // Rule 5
        var expected = c.expectation;
        if (expected != null) {
            boolean matches = expected.allowed().stream()
                    .anyMatch(
                            o -> o.status() == status && (!hasBody || o.error().equals(error)));
            if (!matches) {
                add(
                        RULE_5,
                        c,
                        request,
                        answer,
                        "expected " + expected + ", got " + status + (hasBody ? " " + error : ""));
            } else if (expected.errorsField() != null && !namesField(problem, expected.errorsField())) {
                add(RULE_5, c, request, answer, "422 without errors." + expected.errorsField());
            } else if (expected.allowHeader() && answer.header("Allow") == null) {
                add(RULE_5, c, request, answer, "405 without Allow");
            }
        }
        if (c.kind == HostileRequestGenerator.Kind.UPGRADE) {
            if (status == 101) {
                add(RULE_5, c, request, answer, "switched protocols");
            } else if (answer.millis() > AT_ONCE_MILLIS) {
                add(RULE_5, c, request, answer, "upgrade answered after " + answer.millis() + " ms");
            } else if (c.compareWithControl && control != null && control.outcome() == RawHttpClient.Outcome.ANSWERED) {
                String controlError = control.status() >= 400 && hasBody ? errorOf(control) : null;
                if (control.status() != status || !java.util.Objects.equals(controlError, error)) {
                    add(
                            RULE_5,
                            c,
                            request,
                            answer,
                            "answered " + status + " " + error + ", without Upgrade " + control.status() + " "
                                    + controlError);
                }
            }
        }
    }

    /** Whether identity was asked about this request's credentials (by its token core, else verbatim). */
    private static boolean carries(RecordedCall call, HostileRequest r) {
        if (call.authorization() == null || r.authorization == null) {
            return false;
        }
        var core = HostileRequestGenerator.TOKEN_CORE.matcher(r.authorization);
        return core.find()
                ? call.authorization().contains(core.group())
                : call.authorization().strip().equals(r.authorization.strip());
    }

    private static boolean namesField(JsonNode problem, String field) {
        JsonNode errors = problem == null ? null : problem.path("errors");
        if (errors == null || !errors.isObject()) {
            return false;
        }
        for (var it = errors.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (name.equals(field) || name.startsWith(field + "[") || name.startsWith(field + ".")) {
                return true;
            }
        }
        return false;
    }

    static JsonNode problemOf(Answer answer) {
        try {
            JsonNode node = JSON.readTree(answer.body());
            return node != null && node.isObject() ? node : null;
        } catch (java.io.IOException | RuntimeException e) {
            return null;
        }
    }

    static String errorOf(Answer answer) {
        JsonNode problem = problemOf(answer);
        return problem == null ? null : problem.path("error").asText(null);
    }

    /** The request id an answer names (header first, then body), or {@code null}. */
    static String requestIdOf(Answer answer) {
        String header = answer.header("X-Request-Id");
        if (header != null) {
            return header;
        }
        JsonNode problem = problemOf(answer);
        return problem == null ? null : problem.path("request_id").asText(null);
    }

    static String describe(Answer answer) {
        if (answer.outcome() != RawHttpClient.Outcome.ANSWERED) {
            return answer.outcome() + " after " + answer.millis() + " ms: " + answer.note();
        }
        var out = new StringBuilder(answer.statusLine());
        for (var header : answer.headers()) {
            out.append(" | ").append(header.getKey()).append(": ").append(HostileRequest.show(header.getValue(), 120));
        }
        if (answer.body().length > 0) {
            out.append(" || ").append(HostileRequest.show(answer.body(), 400));
        }
        out.append(" (").append(answer.millis()).append(" ms)");
        return out.toString();
    }

    /**
     * Per rule: the count, then per kind of request its count and most frequent reasons, then up to
     * {@code examples} raw examples (different kinds and reasons first), each part cut to
     * {@code maxPart} characters. With {@code full}, every violation instead (for the file).
     */
    String report(int examples, int maxPart, boolean full) {
        var byRule = new TreeMap<String, TreeMap<String, List<Violation>>>();
        for (Violation v : violations) {
            byRule.computeIfAbsent(v.rule(), k -> new TreeMap<>())
                    .computeIfAbsent(v.kind(), k -> new ArrayList<>())
                    .add(v);
        }
        var out = new StringBuilder();
        for (String rule : RULES) {
            var byKind = byRule.get(rule);
            if (byKind == null) {
                out.append("Rule ").append(rule).append(": no violation\n");
                continue;
            }
            int total = byKind.values().stream().mapToInt(List::size).sum();
            out.append("Rule ").append(rule).append(": ").append(total).append(" violation(s)\n");
            for (Map.Entry<String, List<Violation>> kind : byKind.entrySet()) {
                var reasons = new TreeMap<String, Integer>();
                kind.getValue()
                        .forEach(v -> reasons.merge(
                                v.reason()
                                        .replaceAll("\\d+ ms", "N ms")
                                        .replaceAll("called \\d+x", "called")
                                        .replaceAll("^\\d+ more", "N more"),
                                1,
                                Integer::sum));
                out.append("  ")
                        .append(kind.getKey())
                        .append(": ")
                        .append(kind.getValue().size())
                        .append(" — ");
                out.append(reasons.entrySet().stream()
                        .sorted((a, b) -> b.getValue() - a.getValue())
                        .limit(6)
                        .map(e -> e.getValue() + "x " + e.getKey())
                        .reduce((a, b) -> a + "; " + b)
                        .orElse(""));
                out.append('\n');
                if (full) {
                    kind.getValue().forEach(v -> example(out, v, Integer.MAX_VALUE));
                }
            }
            if (!full) {
                out.append("  examples:\n");
                examplesOf(byKind, examples).forEach(v -> example(out, v, maxPart));
            }
        }
        return out.toString();
    }

    private static void example(StringBuilder out, Violation v, int maxPart) {
        out.append("    - ")
                .append(v.reason())
                .append(" @ ")
                .append(v.caseLabel())
                .append('\n');
        if (!v.request().isEmpty()) {
            out.append("      request: ").append(cut(v.request(), maxPart)).append('\n');
        }
        if (!v.answer().isEmpty()) {
            out.append("      answer:  ").append(cut(v.answer(), maxPart)).append('\n');
        }
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max) + "...";
    }

    /** Up to {@code max} violations of one rule: one per (kind, reason) first, kinds taken in turn. */
    private static List<Violation> examplesOf(Map<String, List<Violation>> byKind, int max) {
        var shown = new ArrayList<Violation>();
        var seen = new java.util.HashSet<String>();
        boolean added = true;
        while (shown.size() < max && added) {
            added = false;
            for (List<Violation> ofKind : byKind.values()) {
                for (Violation v : ofKind) {
                    if (shown.size() < max && seen.add(v.kind() + "|" + v.reason())) {
                        shown.add(v);
                        added = true;
                        break;
                    }
                }
            }
        }
        return shown;
    }

    /** Violations per rule (for the one-line totals). */
    Map<String, Integer> countsByRule() {
        var counts = new TreeMap<String, Integer>();
        violations.forEach(v -> counts.merge(v.rule(), 1, Integer::sum));
        return counts;
    }
}
