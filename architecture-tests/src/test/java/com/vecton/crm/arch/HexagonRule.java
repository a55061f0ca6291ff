package com.vecton.crm.arch;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.GeneralCodingRules.USE_JAVA_UTIL_LOGGING;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The architecture rules of the build, each written against a {@link Hexagon} rather than a fixed
 * package, so that the very same definition is checked against the production classes (must hold)
 * and against planted violations (must be reported).
 */
enum HexagonRule {
    DOMAIN_DEPENDS_ONLY_ON_THE_JDK(h -> classes()
            .that()
            .resideInAPackage(h.domain())
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("java..", h.domain())
            .because("the domain is plain Java: no framework, no javax/jakarta, no application or adapter")),

    APPLICATION_DEPENDS_ONLY_ON_THE_JDK_AND_THE_DOMAIN(h -> classes()
            .that()
            .resideInAPackage(h.application())
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("java..", h.domain(), h.application())
            .because("use cases talk to the world through their ports only: no adapter, no bootstrap, "
                    + "no framework (JAX-RS, Jersey, Jdbi, Jackson, RabbitMQ, Caffeine, Hikari, Flyway, "
                    + "SLF4J, ...)")),

    HEXAGON_USES_NO_JDK_INTEGRATION_API(h -> noClasses()
            .that()
            .resideInAnyPackage(h.domain(), h.application())
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("java.sql..", "java.net.http..")
            .because("JDBC and the HTTP client are adapter technology even though they ship with the JDK")),

    DRIVING_ADAPTERS_USE_ONLY_IN_PORTS(h -> noClasses()
            .that()
            .resideInAPackage(h.drivingAdapters())
            .should()
            .dependOnClassesThat(resideInAPackage(h.application()).and(not(resideInAPackage(h.inPorts()))))
            .because("a driving adapter (the REST resources, the message consumers) calls use cases through their "
                    + "in-ports and reads only domain types; a service or an out-port behind them is the "
                    + "application's to choose, and a check made beside the use case (a policy check on a record "
                    + "loaded outside its transaction) is a check made on the wrong copy")),

    ADAPTERS_DO_NOT_DEPEND_ON_EACH_OTHER(h -> slices().matching(h.root() + ".adapter.*.(*)..")
            .namingSlices("adapter '$1'")
            .should()
            .notDependOnEachOther()
            .because("adapters meet only through application ports, wired by bootstrap")),

    ONLY_BOOTSTRAP_COMBINES_ADAPTERS(h -> classes()
            .that()
            .resideInAPackage(h.everything())
            .and()
            .resideOutsideOfPackage(h.bootstrap())
            .should(dependOnClassesOfAtMostOneAdapter(h))
            .because("bootstrap is the one composition root")),

    NOTHING_DEPENDS_ON_BOOTSTRAP(h -> noClasses()
            .that()
            .resideInAPackage(h.everything())
            .and()
            .resideOutsideOfPackage(h.bootstrap())
            .should()
            .dependOnClassesThat()
            .resideInAPackage(h.bootstrap())
            .because("bootstrap depends on every ring, so a ring depending on it would be a cycle")),

    EVERY_CLASS_BELONGS_TO_A_RING(h -> classes()
            .that()
            .resideInAPackage(h.everything())
            .should()
            .resideInAnyPackage(h.domain(), h.application(), h.anyAdapter(), h.bootstrap())
            .because("a class outside the rings (a 'common' package, a class directly in adapter.in) "
                    + "would escape every other rule")),

    ONLY_BOOTSTRAP_HAS_MAIN_METHODS(h -> methods()
            .that()
            .areDeclaredInClassesThat()
            .resideInAPackage(h.everything())
            .and()
            .haveName("main")
            .and()
            .areStatic()
            .and()
            .haveRawParameterTypes(String[].class)
            .should()
            .beDeclaredInClassesThat()
            .resideInAPackage(h.bootstrap())
            .because("the application starts in exactly one place")),

    HEXAGON_NEITHER_PRINTS_NOR_USES_JAVA_UTIL_LOGGING(h -> noClasses()
            .that()
            .resideInAnyPackage(h.domain(), h.application())
            .should(ACCESS_STANDARD_STREAMS)
            .orShould(USE_JAVA_UTIL_LOGGING)
            .because("the hexagon reports through exceptions and ports; logging belongs to adapters (SLF4J)"));

    private final Function<Hexagon, ArchRule> definition;

    HexagonRule(Function<Hexagon, ArchRule> definition) {
        this.definition = definition;
    }

    ArchRule under(Hexagon hexagon) {
        return definition.apply(hexagon);
    }

    /**
     * Counts the class's own adapter too, so that a class inside one adapter reaching into another
     * is reported here as well as by the slice rule.
     */
    private static ArchCondition<JavaClass> dependOnClassesOfAtMostOneAdapter(Hexagon h) {
        return new ArchCondition<>("depend on classes of at most one adapter") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                SortedMap<String, SortedSet<String>> classesByAdapter = new TreeMap<>();
                h.adapterOf(item)
                        .ifPresent(adapter -> classesByAdapter
                                .computeIfAbsent(adapter, a -> new TreeSet<>())
                                .add(item.getName()));
                for (Dependency dependency : item.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass().getBaseComponentType();
                    h.adapterOf(target)
                            .ifPresent(adapter -> classesByAdapter
                                    .computeIfAbsent(adapter, a -> new TreeSet<>())
                                    .add(target.getName()));
                }
                if (classesByAdapter.size() > 1) {
                    events.add(SimpleConditionEvent.violated(
                            item,
                            "Class <" + item.getName() + "> depends on "
                                    + classesByAdapter.size() + " adapters " + classesByAdapter + " in "
                                    + item.getSourceCodeLocation()));
                }
            }
        };
    }
}
