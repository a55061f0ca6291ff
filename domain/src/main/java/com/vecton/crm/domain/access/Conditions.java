package com.vecton.crm.domain.access;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * The IAM-like conditions of a policy, {@code {"Operator": {"key": value-or-list}}}
 * (identity.md section 4), parsed once and evaluated on every request.
 *
 * <p>How the contract's rules are read, where it leaves room:
 * <ul>
 *   <li>Every clause (one operator and one key) evaluates to true, false or <em>unknown</em>.
 *       Unknown is what fail-closed is about: an unknown operator or key, a malformed raw value,
 *       an unknown {@code ${...}} placeholder, a resource attribute that is absent on the loaded
 *       resource, a caller without an email for {@code ${user.email}}, or a value of a type the
 *       operator cannot compare (a word under {@code NumericEquals}). Clauses combine with
 *       three-valued AND (false wins, then unknown), and unknown resolves to false for an
 *       allow and to true for a deny. So a deny whose conditions cannot be read applies, and an
 *       allow never does; a deny with one unknown clause beside a false one does not apply,
 *       because the false clause alone already rules the request out.</li>
 *   <li>Several values for one key, and the elements of a list-valued attribute, combine with
 *       three-valued OR: any (element, value) pair that holds makes the clause hold.</li>
 *   <li>{@code StringNotEquals} is the negation of {@code StringEquals} over the same pairs:
 *       it holds when no element equals any value (the usual IAM reading, so "not assigned to
 *       me" is false for a task whose assignees include me). An empty list attribute is
 *       present: no element equals anything, so {@code StringEquals} is false and
 *       {@code StringNotEquals} true.</li>
 *   <li>{@code StringLike} globs with {@code *} and {@code ?}, matched by hand (no regex);
 *       a substituted {@code ${user.email}} is compared literally, so an address with a
 *       {@code *} in it cannot widen the match.</li>
 *   <li>An operator with an empty key map, a key with an empty value list, or a value that is
 *       {@code null}, a map or a nested list is malformed, hence unknown.</li>
 * </ul>
 */
public final class Conditions {
    public static final Conditions NONE = new Conditions(List.of());

    private final List<Clause> clauses;

    private Conditions(List<Clause> clauses) {
        this.clauses = List.copyOf(clauses);
    }

    /**
     * Builds conditions from the raw decoded JSON value (a {@code Map} of operator to a
     * {@code Map} of key to value-or-list), or {@code null}/empty for none. Never throws: what
     * cannot be read becomes a clause that fails closed.
     */
    public static Conditions fromRaw(Object raw) {
        if (raw == null) {
            return NONE;
        }
        if (!(raw instanceof Map<?, ?> operators)) {
            return new Conditions(List.of(new Unevaluable("conditions are not an object", false)));
        }
        if (operators.isEmpty()) {
            return NONE;
        }
        var clauses = new ArrayList<Clause>();
        for (var entry : operators.entrySet()) {
            readOperator(entry.getKey(), entry.getValue(), clauses);
        }
        return new Conditions(clauses);
    }

    /** Whether there is no condition at all. */
    public boolean isEmpty() {
        return clauses.isEmpty();
    }

    /** Whether any condition names a {@code resource.*} key. */
    public boolean referencesResource() {
        for (var clause : clauses) {
            if (clause.namesResource()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the conditions hold for this request. Unknown operators and keys fail closed:
     * false for an allow, true for a deny.
     *
     * <p>With no resource loaded ({@code request.attributes() == null}), a clause on
     * {@code resource.*} is provisionally true for an allow (the handler repeats the check on
     * the loaded resource), while a deny that names {@code resource.*} does not apply yet. A
     * clause that cannot be read is never provisionally true: that allow could never apply.
     */
    public boolean holdFor(Effect effect, AccessRequest request) {
        Objects.requireNonNull(effect, "effect");
        Objects.requireNonNull(request, "request");
        if (clauses.isEmpty()) {
            return true;
        }
        if (effect == Effect.DENY && request.attributes() == null && referencesResource()) {
            return false;
        }
        Truth all = Truth.TRUE;
        for (var clause : clauses) {
            all = all.and(clause.evaluate(request));
            if (all == Truth.FALSE) {
                return false;
            }
        }
        return all == Truth.TRUE || effect == Effect.DENY;
    }

    /**
     * What the conditions leave to decide item by item when a whole list is checked: clauses on
     * {@code resource.*} attributes the request does not carry become {@link Visibility.Test}s
     * (when they are {@code StringEquals}/{@code StringNotEquals} on an attribute in {@code perItem},
     * with values known now); every other clause is evaluated now, as {@link #holdFor} would.
     * A clause on the items that cannot be turned into a test makes an allow never apply (fail
     * closed: fewer items shown) and a deny {@link Residual.Unexpressible} (the list is refused).
     */
    Residual residual(Effect effect, AccessRequest request, Set<String> perItem) {
        var tests = new ArrayList<Visibility.Test>();
        for (var clause : clauses) {
            if (clause instanceof Comparison comparison && comparison.key() instanceof ResourceKey key
                    && !carries(request, key.attribute())) {
                Visibility.Test test = comparison.asTest(perItem, request.caller());
                if (test == null) {
                    return effect == Effect.ALLOW ? Residual.Never.INSTANCE : Residual.Unexpressible.INSTANCE;
                }
                tests.add(test);
                continue;
            }
            // Not about the items: the caller, the time, an attribute all items share, or unreadable.
            Truth now = clause instanceof Comparison comparison ? comparison.evaluate(request) : Truth.UNKNOWN;
            // An allow needs every clause true; a deny applies unless a clause is false.
            if (now == Truth.FALSE || (now == Truth.UNKNOWN && effect == Effect.ALLOW)) {
                return Residual.Never.INSTANCE;
            }
        }
        return new Residual.Where(new Visibility.Filter(tests));
    }

    private static boolean carries(AccessRequest request, String attribute) {
        return request.attributes() != null && request.attributes().values().containsKey(attribute);
    }

    /** See {@link #residual}. */
    sealed interface Residual {
        /** The policy applies to no item. */
        enum Never implements Residual { INSTANCE }

        /** A deny whose reach over the items cannot be expressed as tests. */
        enum Unexpressible implements Residual { INSTANCE }

        /** The policy applies to the items that pass the filter (for a deny: that do not fail it). */
        record Where(Visibility.Filter filter) implements Residual {
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Conditions that && clauses.equals(that.clauses);
    }

    @Override
    public int hashCode() {
        return clauses.hashCode();
    }

    @Override
    public String toString() {
        return clauses.isEmpty() ? "Conditions[none]" : "Conditions" + clauses;
    }

    // ---------------------------------------------------------------- parsing

    private static void readOperator(Object rawOperator, Object rawKeys, List<Clause> into) {
        if (!(rawOperator instanceof String operatorName)) {
            into.add(new Unevaluable("operator is not a string", false));
            return;
        }
        if (!(rawKeys instanceof Map<?, ?> keys) || keys.isEmpty()) {
            into.add(new Unevaluable(operatorName + " has no key map", false));
            return;
        }
        Operator operator = Operator.named(operatorName);
        for (var entry : keys.entrySet()) {
            if (!(entry.getKey() instanceof String keyName)) {
                into.add(new Unevaluable(operatorName + " has a key that is not a string", false));
                continue;
            }
            boolean namesResource = keyName.startsWith(ResourceKey.PREFIX);
            if (operator == null) {
                into.add(new Unevaluable("unknown operator " + operatorName, namesResource));
                continue;
            }
            Key key = Key.parse(keyName);
            if (key == null) {
                into.add(new Unevaluable("unknown key " + keyName, namesResource));
                continue;
            }
            List<Expected> values = readValues(operator, entry.getValue());
            if (values == null) {
                into.add(new Unevaluable(operatorName + " on " + keyName + " has an unreadable value", namesResource));
                continue;
            }
            into.add(new Comparison(operator, key, values));
        }
    }

    /** The expected values of one key, or {@code null} when any of them is unreadable. */
    private static List<Expected> readValues(Operator operator, Object raw) {
        List<?> rawValues = raw instanceof List<?> list ? list : Collections.singletonList(raw);
        if (rawValues.isEmpty()) {
            return null;
        }
        var values = new ArrayList<Expected>(rawValues.size());
        for (Object rawValue : rawValues) {
            Expected value = readValue(operator, rawValue);
            if (value == null) {
                return null;
            }
            values.add(value);
        }
        return values;
    }

    private static Expected readValue(Operator operator, Object raw) {
        if (raw instanceof String text && text.contains("${")) {
            return Placeholder.named(text);
        }
        if (!(raw instanceof String || raw instanceof Number || raw instanceof Boolean)) {
            return null;
        }
        Object typed = operator.kind.coerce(raw);
        return typed == null ? null : new Literal(typed);
    }

    // ---------------------------------------------------------------- evaluation model

    /** Kleene's three-valued logic: unknown is what fails closed. */
    private enum Truth {
        TRUE, FALSE, UNKNOWN;

        static Truth of(boolean value) {
            return value ? TRUE : FALSE;
        }

        Truth and(Truth other) {
            if (this == FALSE || other == FALSE) {
                return FALSE;
            }
            return this == UNKNOWN || other == UNKNOWN ? UNKNOWN : TRUE;
        }

        Truth or(Truth other) {
            if (this == TRUE || other == TRUE) {
                return TRUE;
            }
            return this == UNKNOWN || other == UNKNOWN ? UNKNOWN : FALSE;
        }

        Truth not() {
            return switch (this) {
                case TRUE -> FALSE;
                case FALSE -> TRUE;
                case UNKNOWN -> UNKNOWN;
            };
        }
    }

    /** One operator applied to one key. */
    private sealed interface Clause permits Comparison, Unevaluable {
        Truth evaluate(AccessRequest request);

        boolean namesResource();
    }

    /** A clause that could not be read; it is unknown whatever the request. */
    private record Unevaluable(String reason, boolean namesResource) implements Clause {
        @Override
        public Truth evaluate(AccessRequest request) {
            return Truth.UNKNOWN;
        }
    }

    /** A readable clause: a known operator, a known key and at least one expected value. */
    private record Comparison(Operator operator, Key key, List<Expected> values) implements Clause {
        Comparison {
            values = List.copyOf(values);
        }

        @Override
        public boolean namesResource() {
            return key instanceof ResourceKey;
        }

        @Override
        public Truth evaluate(AccessRequest request) {
            if (key instanceof ResourceKey && request.attributes() == null) {
                // Provisional: only an allow gets here; the handler re-checks on the loaded resource.
                return Truth.TRUE;
            }
            Object actual = key.valueIn(request);
            if (actual == null) {
                return Truth.UNKNOWN;
            }
            Truth any = Truth.FALSE;
            for (Expected value : values) {
                any = any.or(anyElementMatches(actual, value, request.caller()));
                if (any == Truth.TRUE) {
                    break;
                }
            }
            return operator == Operator.STRING_NOT_EQUALS ? any.not() : any;
        }

        /** This clause as a test on the items' attribute, or {@code null} when it cannot be one. */
        Visibility.Test asTest(Set<String> perItem, Caller caller) {
            if (!(key instanceof ResourceKey resourceKey) || !perItem.contains(resourceKey.attribute())
                    || (operator != Operator.STRING_EQUALS && operator != Operator.STRING_NOT_EQUALS)) {
                return null;
            }
            var texts = new ArrayList<String>(values.size());
            for (Expected value : values) {
                Object resolved = value.resolve(Kind.STRING, caller);
                if (!(resolved instanceof String text)) {
                    return null;
                }
                texts.add(text);
            }
            return new Visibility.Test(resourceKey.attribute(), operator == Operator.STRING_NOT_EQUALS, texts);
        }

        private Truth anyElementMatches(Object actual, Expected value, Caller caller) {
            Object expected = value.resolve(operator.kind, caller);
            if (expected == null) {
                return Truth.UNKNOWN;
            }
            boolean literal = value instanceof Literal;
            if (actual instanceof Collection<?> elements) {
                Truth any = Truth.FALSE;
                for (Object element : elements) {
                    any = any.or(matches(element, expected, literal));
                    if (any == Truth.TRUE) {
                        break;
                    }
                }
                return any;
            }
            return matches(actual, expected, literal);
        }

        private Truth matches(Object actualElement, Object expected, boolean literal) {
            Object typed = actualElement == null ? null : operator.kind.coerce(actualElement);
            if (typed == null) {
                return Truth.UNKNOWN;
            }
            return Truth.of(operator.test(typed, expected, literal));
        }
    }

    /** What a condition value compares against: a literal, or a value of the caller. */
    private sealed interface Expected permits Literal, Placeholder {
        /** The value coerced for the operator, or {@code null} when it is unknown. */
        Object resolve(Kind kind, Caller caller);
    }

    private record Literal(Object value) implements Expected {
        @Override
        public Object resolve(Kind kind, Caller caller) {
            return value;
        }
    }

    private enum Placeholder implements Expected {
        USER_ID("${user.id}"),
        USER_EMAIL("${user.email}"),
        UNKNOWN(null);

        private final String text;

        Placeholder(String text) {
            this.text = text;
        }

        /** Only a whole-value placeholder is substituted; anything else with {@code ${} is unknown. */
        static Placeholder named(String text) {
            for (Placeholder placeholder : values()) {
                if (text.equals(placeholder.text)) {
                    return placeholder;
                }
            }
            return UNKNOWN;
        }

        @Override
        public Object resolve(Kind kind, Caller caller) {
            String raw = switch (this) {
                case USER_ID -> caller.id().value();
                case USER_EMAIL -> caller.email();
                case UNKNOWN -> null;
            };
            return raw == null ? null : kind.coerce(raw);
        }
    }

    /** A condition key: a value of the caller, the request or the loaded resource. */
    private sealed interface Key permits CallerKey, RequestTimeKey, ResourceKey {
        /** The actual value, or {@code null} when the request does not have it. */
        Object valueIn(AccessRequest request);

        static Key parse(String name) {
            return switch (name) {
                case "user.id" -> CallerKey.ID;
                case "user.email" -> CallerKey.EMAIL;
                case "request.time" -> RequestTimeKey.INSTANCE;
                default -> {
                    if (name.startsWith(ResourceKey.PREFIX) && name.length() > ResourceKey.PREFIX.length()) {
                        yield new ResourceKey(name.substring(ResourceKey.PREFIX.length()));
                    }
                    yield null;
                }
            };
        }
    }

    private enum CallerKey implements Key {
        ID, EMAIL;

        @Override
        public Object valueIn(AccessRequest request) {
            return this == ID ? request.caller().id().value() : request.caller().email();
        }
    }

    private enum RequestTimeKey implements Key {
        INSTANCE;

        @Override
        public Object valueIn(AccessRequest request) {
            return request.at();
        }
    }

    private record ResourceKey(String attribute) implements Key {
        static final String PREFIX = "resource.";

        @Override
        public Object valueIn(AccessRequest request) {
            return request.attributes().values().get(attribute);
        }
    }

    /** What an operator compares: every value is coerced into this kind before comparing. */
    private enum Kind {
        STRING {
            @Override
            Object coerce(Object raw) {
                return Values.asString(raw);
            }
        },
        NUMBER {
            @Override
            Object coerce(Object raw) {
                return Values.asNumber(raw);
            }
        },
        BOOLEAN {
            @Override
            Object coerce(Object raw) {
                return Values.asBoolean(raw);
            }
        },
        DATE {
            @Override
            Object coerce(Object raw) {
                return Values.asInstant(raw);
            }
        };

        /** The value in this kind, or {@code null} when it has no meaning in it. */
        abstract Object coerce(Object raw);
    }

    private enum Operator {
        STRING_EQUALS("StringEquals", Kind.STRING),
        STRING_NOT_EQUALS("StringNotEquals", Kind.STRING),
        STRING_LIKE("StringLike", Kind.STRING),
        NUMERIC_EQUALS("NumericEquals", Kind.NUMBER),
        NUMERIC_LESS_THAN("NumericLessThan", Kind.NUMBER),
        NUMERIC_GREATER_THAN("NumericGreaterThan", Kind.NUMBER),
        BOOL("Bool", Kind.BOOLEAN),
        DATE_LESS_THAN("DateLessThan", Kind.DATE),
        DATE_GREATER_THAN("DateGreaterThan", Kind.DATE);

        private final String jsonName;
        private final Kind kind;

        Operator(String jsonName, Kind kind) {
            this.jsonName = jsonName;
            this.kind = kind;
        }

        /** The operator of this exact (case-sensitive, as in IAM) name, or {@code null}. */
        static Operator named(String name) {
            for (Operator operator : values()) {
                if (operator.jsonName.equals(name)) {
                    return operator;
                }
            }
            return null;
        }

        /**
         * Compares one actual value with one expected value, both already coerced to
         * {@link #kind}. {@code StringNotEquals} tests equality here; the clause negates the
         * combined result so that it means "no element equals any value".
         */
        boolean test(Object actual, Object expected, boolean literal) {
            return switch (this) {
                case STRING_EQUALS, STRING_NOT_EQUALS, BOOL -> actual.equals(expected);
                case STRING_LIKE -> literal
                        ? Values.globMatches((String) expected, (String) actual)
                        : actual.equals(expected);
                case NUMERIC_EQUALS -> ((BigDecimal) actual).compareTo((BigDecimal) expected) == 0;
                case NUMERIC_LESS_THAN -> ((BigDecimal) actual).compareTo((BigDecimal) expected) < 0;
                case NUMERIC_GREATER_THAN -> ((BigDecimal) actual).compareTo((BigDecimal) expected) > 0;
                case DATE_LESS_THAN -> ((Instant) actual).isBefore((Instant) expected);
                case DATE_GREATER_THAN -> ((Instant) actual).isAfter((Instant) expected);
            };
        }
    }

    /** Coercions between the JDK types JSON and resources use; each answers {@code null} for "no meaning". */
    private static final class Values {
        /** Beyond this, a number's plain form would be a denial-of-service sized string. */
        private static final int MAX_PLAIN_SCALE = 64;

        private Values() {
        }

        /**
         * A string form under which an id compares equal whatever JSON type carried it: the
         * number {@code 42}, {@code 42.0} and the string {@code "42"} all read as {@code "42"}.
         */
        static String asString(Object raw) {
            if (raw instanceof String text) {
                return text;
            }
            if (raw instanceof Number number) {
                BigDecimal decimal = asNumber(number);
                if (decimal == null) {
                    return number.toString();
                }
                BigDecimal plain = decimal.stripTrailingZeros();
                return Math.abs(plain.scale()) <= MAX_PLAIN_SCALE ? plain.toPlainString() : plain.toString();
            }
            if (raw instanceof Boolean || raw instanceof Instant || raw instanceof UserId || raw instanceof UUID
                    || raw instanceof CharSequence) {
                return raw.toString();
            }
            return null;
        }

        static BigDecimal asNumber(Object raw) {
            try {
                return switch (raw) {
                    case BigDecimal decimal -> decimal;
                    case BigInteger integer -> new BigDecimal(integer);
                    case Long value -> BigDecimal.valueOf(value);
                    case Integer value -> BigDecimal.valueOf(value);
                    case Short value -> BigDecimal.valueOf(value);
                    case Byte value -> BigDecimal.valueOf(value);
                    // Double and Float go through their shortest decimal form, so 0.1 stays 0.1.
                    case Number value -> new BigDecimal(value.toString());
                    case String text -> new BigDecimal(text.strip());
                    default -> null;
                };
            } catch (NumberFormatException notANumber) {
                return null;
            }
        }

        static Boolean asBoolean(Object raw) {
            if (raw instanceof Boolean value) {
                return value;
            }
            if (raw instanceof String text) {
                if (text.equalsIgnoreCase("true")) {
                    return Boolean.TRUE;
                }
                if (text.equalsIgnoreCase("false")) {
                    return Boolean.FALSE;
                }
            }
            return null;
        }

        /** ISO-8601 instants (with {@code Z} or an offset), or a date alone as midnight UTC. */
        static Instant asInstant(Object raw) {
            try {
                return switch (raw) {
                    case Instant instant -> instant;
                    case OffsetDateTime time -> time.toInstant();
                    case ZonedDateTime time -> time.toInstant();
                    case LocalDate date -> date.atStartOfDay(ZoneOffset.UTC).toInstant();
                    case String text when text.indexOf('T') < 0 ->
                            LocalDate.parse(text.strip()).atStartOfDay(ZoneOffset.UTC).toInstant();
                    case String text -> Instant.parse(text.strip());
                    default -> null;
                };
            } catch (DateTimeParseException notADate) {
                return null;
            }
        }

        /**
         * IAM's {@code StringLike}: {@code *} is any run of characters (also none), {@code ?}
         * exactly one; everything else is itself. Matched greedily with backtracking to the
         * last star, which is linear in practice and never exponential.
         */
        static boolean globMatches(String pattern, String text) {
            int p = 0;
            int t = 0;
            int lastStar = -1;
            int textAtLastStar = 0;
            while (t < text.length()) {
                if (p < pattern.length() && pattern.charAt(p) == '*') {
                    lastStar = p++;
                    textAtLastStar = t;
                } else if (p < pattern.length() && (pattern.charAt(p) == '?' || pattern.charAt(p) == text.charAt(t))) {
                    p++;
                    t++;
                } else if (lastStar >= 0) {
                    p = lastStar + 1;
                    t = ++textAtLastStar;
                } else {
                    return false;
                }
            }
            while (p < pattern.length() && pattern.charAt(p) == '*') {
                p++;
            }
            return p == pattern.length();
        }
    }
}
