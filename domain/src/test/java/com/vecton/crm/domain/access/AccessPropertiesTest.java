package com.vecton.crm.domain.access;

import static com.vecton.crm.domain.access.AccessRequestBuilder.aRequest;
import static com.vecton.crm.domain.access.CallerBuilder.aCaller;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

/** Invariants of patterns, the evaluator and the gate, over generated names and policy sets. */
class AccessPropertiesTest {

    /** Few words, so that generated names and patterns often share segments and collide. */
    private static final List<String> WORDS = List.of("tenant", "acme", "crm", "tasks", "contacts", "list", "a", "b");

    private static final List<Map<String, Object>> SOME_CONDITIONS = List.of(
            Map.of(),
            Map.of("StringEquals", Map.of("user.id", "u-1001")),
            Map.of("StringEquals", Map.of("user.id", "u-7")),
            Map.of("StringEquals", Map.of("resource.owner_id", "${user.id}")),
            Map.of("StringNotEquals", Map.of("resource.assignee_ids", "${user.id}")),
            Map.of("NumericLessThan", Map.of("resource.amount", 100)),
            Map.of("DateLessThan", Map.of("request.time", "2030-01-01")),
            Map.of("IpAddress", Map.of("request.ip", "10.0.0.0/8")),
            Map.of("StringEquals", "malformed"));

    private static final Supplier<List<Policy>> MUST_NOT_BE_CALLED = () -> {
        throw new AssertionError("the policy supplier must not be called");
    };

    // ------------------------------------------------------------------ generators

    @Provide
    Arbitrary<List<String>> segments() {
        return Arbitraries.of(WORDS).list().ofMinSize(1).ofMaxSize(6);
    }

    @Provide
    Arbitrary<String> names() {
        return segments().map(s -> String.join(".", s));
    }

    /** FQNs as the gate builds them: {@code tenant.} and at least one more segment. */
    @Provide
    Arbitrary<String> qualifiedNames() {
        return Arbitraries.of(WORDS).list().ofMinSize(1).ofMaxSize(5).map(s -> "tenant." + String.join(".", s));
    }

    /** Any action pattern: words and stars, or the star alone. */
    @Provide
    Arbitrary<String> actionPatterns() {
        var segment = Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.of(WORDS)), Tuple.of(1, Arbitraries.just("*")));
        return segment.list().ofMinSize(1).ofMaxSize(6).map(s -> String.join(".", s));
    }

    /** A request on one of a few resources, with or without the resource loaded. */
    @Provide
    Arbitrary<AccessRequest> requests() {
        var resources = Arbitraries.of(
                ResourceName.collection("tasks"), ResourceName.item("tasks", 42), ResourceName.item("contacts", 7));
        var attributes = Arbitraries.of(
                        Map.<String, Object>of("owner_id", "u-1001", "assignee_ids", List.of("u-1001"), "amount", 50),
                        Map.<String, Object>of("owner_id", "u-7", "assignee_ids", List.of(), "amount", 500),
                        Map.<String, Object>of())
                .injectNull(0.3);
        return Combinators.combine(qualifiedNames(), resources, attributes).as((action, resource, loaded) -> {
            var request =
                    aRequest().by(aCaller().memberOf("t-acme")).doing(action).on(resource);
            return loaded == null
                    ? request.withoutLoadedResource().build()
                    : request.withAttributes(loaded).build();
        });
    }

    @Provide
    Arbitrary<Policy> policies() {
        return policiesWithActions(actionPatterns(), Arbitraries.of(Effect.class));
    }

    @Provide
    Arbitrary<List<Policy>> policyLists() {
        return policies().list().ofMaxSize(6);
    }

    private Arbitrary<Policy> policiesWithActions(Arbitrary<String> actionPatterns, Arbitrary<Effect> effects) {
        var resources = Arbitraries.of("*", "crm:tasks", "crm:tasks/*", "crm:contacts/*", "crm:tasks/42", "*/7")
                .list()
                .ofMinSize(1)
                .ofMaxSize(3);
        return Combinators.combine(
                        effects,
                        actionPatterns.list().ofMinSize(1).ofMaxSize(3),
                        resources,
                        Arbitraries.of(SOME_CONDITIONS))
                .as((effect, actions, resourcePatterns, conditions) -> new Policy(
                        "p-gen",
                        effect,
                        actions.stream().map(PermissionPattern::new).toList(),
                        resourcePatterns.stream().map(ResourcePattern::new).toList(),
                        Conditions.fromRaw(conditions)));
    }

    /**
     * A pattern built to match the name: some segments become {@code *}, and the tail may be
     * cut off behind a trailing {@code *}.
     */
    private static String matchingPattern(String name, long seed) {
        var random = new Random(seed);
        String[] segments = name.split("\\.", -1);
        var pattern = new ArrayList<String>();
        int keep = random.nextInt(4) == 0 ? 1 + random.nextInt(segments.length) : segments.length;
        for (int i = 0; i < keep; i++) {
            pattern.add(random.nextInt(3) == 0 ? "*" : segments[i]);
        }
        if (keep < segments.length) {
            pattern.add("*");
        }
        return String.join(".", pattern);
    }

    // ------------------------------------------------------------------ (a) deny overrides

    @Property
    void any_applicable_deny_denies_whatever_allows_are_present(
            @ForAll("requests") AccessRequest request,
            @ForAll("policyLists") List<Policy> others,
            @ForAll long seed,
            @ForAll @IntRange(min = 0, max = 100) int position) {
        var deny = new Policy(
                "p-deny",
                Effect.DENY,
                List.of(new PermissionPattern(matchingPattern(request.action().value(), seed))),
                List.of(ResourcePattern.ANY),
                Conditions.NONE);
        var policies = new ArrayList<>(others);
        policies.add(position % (policies.size() + 1), deny);
        assertEquals(PolicyDecision.DENIED, PolicyEvaluator.evaluate(request, policies));
        assertEquals(AccessDecision.PERMISSION_DENIED, new AccessGate("t-acme").decide(request, () -> policies));
    }

    @Property
    void a_deny_only_set_never_allows(
            @ForAll("requests") AccessRequest request, @ForAll("denies") List<Policy> denies) {
        assertNotEquals(PolicyDecision.ALLOW, PolicyEvaluator.evaluate(request, denies));
    }

    @Provide
    Arbitrary<List<Policy>> denies() {
        return policiesWithActions(actionPatterns(), Arbitraries.just(Effect.DENY))
                .list()
                .ofMaxSize(5);
    }

    // ------------------------------------------------------------------ (b) no grant beyond the action

    @Property
    void no_policy_grants_an_action_it_does_not_match(
            @ForAll("requests") AccessRequest request, @ForAll("allowsForOtherNamespaces") List<Policy> allows) {
        assertNotEquals(PolicyDecision.ALLOW, PolicyEvaluator.evaluate(request, allows));
    }

    /**
     * Allows whose every action pattern starts with a literal segment other than {@code tenant}:
     * they cannot match any FQN by construction, without asking the matcher under test.
     */
    @Provide
    Arbitrary<List<Policy>> allowsForOtherNamespaces() {
        var foreignFirst = Arbitraries.of("acme", "crm", "tasks", "a", "b");
        var foreignPatterns =
                Combinators.combine(foreignFirst, actionPatterns()).as((first, rest) -> first + "." + rest);
        return policiesWithActions(foreignPatterns, Arbitraries.just(Effect.ALLOW))
                .list()
                .ofMinSize(1)
                .ofMaxSize(5);
    }

    @Property
    void an_allow_never_applies_when_none_of_its_patterns_matches(
            @ForAll("requests") AccessRequest request, @ForAll("policies") Policy policy) {
        if (!policy.coversAction(request.action())) {
            assertFalse(PolicyEvaluator.isApplicable(policy, request));
        }
    }

    @Property
    void the_decision_does_not_depend_on_policy_order(
            @ForAll("requests") AccessRequest request,
            @ForAll("policyLists") List<Policy> policies,
            @ForAll long seed) {
        var shuffled = new ArrayList<>(policies);
        Collections.shuffle(shuffled, new Random(seed));
        assertEquals(PolicyEvaluator.evaluate(request, policies), PolicyEvaluator.evaluate(request, shuffled));
    }

    // ------------------------------------------------------------------ (c) admin bypass

    @Property
    void a_system_admin_is_allowed_everything_without_a_policy_fetch(
            @ForAll("qualifiedNames") String action,
            @ForAll("tenantSets") List<String> tenants,
            @ForAll("scopes") Scopes scopes,
            @ForAll("requests") AccessRequest template) {
        var admin = aCaller()
                .systemAdmin()
                .memberOf(tenants.toArray(String[]::new))
                .withScopes(scopes)
                .build();
        var request = new AccessRequest(
                admin, new QualifiedPermission(action), template.resource(), template.attributes(), template.at());
        assertEquals(AccessDecision.ALLOWED, new AccessGate("t-acme").decide(request, MUST_NOT_BE_CALLED));
    }

    @Provide
    Arbitrary<List<String>> tenantSets() {
        return Arbitraries.of("t-acme", "t-globex", "t-initech")
                .list()
                .uniqueElements()
                .ofMaxSize(3);
    }

    @Provide
    Arbitrary<Scopes> scopes() {
        var restricted = actionPatterns()
                .list()
                .ofMaxSize(3)
                .map(patterns -> Scopes.only(
                        patterns.stream().map(PermissionPattern::new).toList()));
        return Arbitraries.oneOf(Arbitraries.just(Scopes.unrestricted()), restricted);
    }

    // ------------------------------------------------------------------ (d), (e) and pattern soundness

    @Property
    void a_pattern_without_star_matches_only_itself(@ForAll("names") String pattern, @ForAll("names") String name) {
        assertEquals(pattern.equals(name), SegmentPattern.matches(pattern, name, '.'));
        assertEquals(
                pattern.equals(name), SegmentPattern.matches(pattern.replace('.', '/'), name.replace('.', '/'), '/'));
    }

    @Property
    void a_pattern_without_star_matches_its_own_name(@ForAll("names") String name) {
        assertTrue(new PermissionPattern(name).matches(new QualifiedPermission(name)));
    }

    @Property
    void the_star_alone_matches_every_name(@ForAll String anyText) {
        assertTrue(SegmentPattern.matches("*", anyText, '.'));
        assertTrue(SegmentPattern.matches("*", anyText, '/'));
    }

    @Property
    void the_star_alone_matches_every_resource(@ForAll("resourceTypes") String type, @ForAll("resourceIds") String id) {
        assertTrue(ResourcePattern.ANY.matches(ResourceName.collection(type)));
        assertTrue(ResourcePattern.ANY.matches(ResourceName.item(type, id)));
    }

    @Provide
    Arbitrary<String> resourceTypes() {
        return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(12);
    }

    @Provide
    Arbitrary<String> resourceIds() {
        return Arbitraries.strings().all().ofMinLength(1).ofMaxLength(20).filter(s -> !s.contains("/"));
    }

    @Property
    void a_pattern_made_from_a_name_by_starring_segments_matches_it(@ForAll("names") String name, @ForAll long seed) {
        String pattern = matchingPattern(name, seed);
        assertTrue(SegmentPattern.matches(pattern, name, '.'), pattern + " should match " + name);
    }

    @Property
    void a_trailing_star_never_matches_its_bare_prefix(@ForAll("names") String prefix) {
        assertFalse(SegmentPattern.matches(prefix + ".*", prefix, '.'));
    }

    @Property
    void a_name_of_n_segments_matches_n_stars_but_not_n_plus_one(@ForAll("segments") List<String> segments) {
        String name = String.join(".", segments);
        String stars = String.join(".", Collections.nCopies(segments.size(), "*"));
        assertTrue(SegmentPattern.matches(stars, name, '.'));
        assertFalse(SegmentPattern.matches(stars + ".*", name, '.'));
    }
}
