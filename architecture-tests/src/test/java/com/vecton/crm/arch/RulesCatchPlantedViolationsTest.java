package com.vecton.crm.arch;

import static java.util.stream.Collectors.toCollection;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import com.vecton.crm.archfixture.adapter.in.SharedAdapterHelper;
import com.vecton.crm.archfixture.adapter.in.messaging.ConsumerReadingTheStore;
import com.vecton.crm.archfixture.adapter.in.messaging.WellBehavedConsumer;
import com.vecton.crm.archfixture.adapter.in.rest.ResourceCallingAService;
import com.vecton.crm.archfixture.adapter.in.rest.ResourceUsingTheRepository;
import com.vecton.crm.archfixture.adapter.in.rest.ResourceWithMain;
import com.vecton.crm.archfixture.adapter.in.rest.WellBehavedResource;
import com.vecton.crm.archfixture.adapter.out.identity.IdentityClientAwareOfBootstrap;
import com.vecton.crm.archfixture.adapter.out.messaging.WellBehavedChannel;
import com.vecton.crm.archfixture.adapter.out.persistence.WellBehavedRepository;
import com.vecton.crm.archfixture.application.port.in.WellBehavedShowContactUseCase;
import com.vecton.crm.archfixture.application.port.out.WellBehavedContacts;
import com.vecton.crm.archfixture.application.service.ServiceCallingHttp;
import com.vecton.crm.archfixture.application.service.ServiceLoggingToSlf4j;
import com.vecton.crm.archfixture.application.service.ServiceReturningResponse;
import com.vecton.crm.archfixture.application.service.ServiceThatKnowsTheDatabaseAdapter;
import com.vecton.crm.archfixture.application.service.ServiceUsingJul;
import com.vecton.crm.archfixture.application.service.WellBehavedService;
import com.vecton.crm.archfixture.bootstrap.WellBehavedMain;
import com.vecton.crm.archfixture.domain.contact.ContactPrintingItself;
import com.vecton.crm.archfixture.domain.contact.ContactThatKnowsItsService;
import com.vecton.crm.archfixture.domain.contact.ContactWithHttpStatus;
import com.vecton.crm.archfixture.domain.contact.ContactWithSqlTimestamp;
import com.vecton.crm.archfixture.domain.contact.WellBehavedContact;
import com.vecton.crm.archfixture.domain.contact.WellBehavedContactId;
import com.vecton.crm.archfixture.wiring.WiringOutsideBootstrap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Evaluates the same rule definitions that guard production against the miniature hexagon in
 * {@code com.vecton.crm.archfixture}: every planted violation must be reported, and no
 * {@code WellBehaved*} class may be, so a rule can neither pass vacuously nor over-reach.
 */
class RulesCatchPlantedViolationsTest {

    private static final Hexagon FIXTURE = new Hexagon("com.vecton.crm.archfixture");

    private static final JavaClasses FIXTURE_CLASSES = new ClassFileImporter().importPackages(FIXTURE.root());

    private static final List<Class<?>> WELL_BEHAVED = List.of(
            WellBehavedContactId.class,
            WellBehavedContact.class,
            WellBehavedContacts.class,
            WellBehavedShowContactUseCase.class,
            WellBehavedService.class,
            WellBehavedRepository.class,
            WellBehavedResource.class,
            WellBehavedChannel.class,
            WellBehavedConsumer.class,
            WellBehavedMain.class);

    /** Exhaustive on purpose: a new rule does not compile until it has a violation planted for it. */
    private static Set<Class<?>> plantedFor(HexagonRule rule) {
        return switch (rule) {
            case DOMAIN_DEPENDS_ONLY_ON_THE_JDK ->
                Set.of(ContactWithHttpStatus.class, ContactThatKnowsItsService.class);
            case APPLICATION_DEPENDS_ONLY_ON_THE_JDK_AND_THE_DOMAIN ->
                Set.of(
                        ServiceReturningResponse.class,
                        ServiceThatKnowsTheDatabaseAdapter.class,
                        ServiceLoggingToSlf4j.class);
            case HEXAGON_USES_NO_JDK_INTEGRATION_API -> Set.of(ContactWithSqlTimestamp.class, ServiceCallingHttp.class);
            case DRIVING_ADAPTERS_USE_ONLY_IN_PORTS ->
                Set.of(ResourceCallingAService.class, ConsumerReadingTheStore.class);
            case ADAPTERS_DO_NOT_DEPEND_ON_EACH_OTHER -> Set.of(ResourceUsingTheRepository.class);
            case ONLY_BOOTSTRAP_COMBINES_ADAPTERS ->
                Set.of(ResourceUsingTheRepository.class, WiringOutsideBootstrap.class);
            case NOTHING_DEPENDS_ON_BOOTSTRAP -> Set.of(IdentityClientAwareOfBootstrap.class);
            case EVERY_CLASS_BELONGS_TO_A_RING -> Set.of(WiringOutsideBootstrap.class, SharedAdapterHelper.class);
            case ONLY_BOOTSTRAP_HAS_MAIN_METHODS -> Set.of(ResourceWithMain.class);
            case HEXAGON_NEITHER_PRINTS_NOR_USES_JAVA_UTIL_LOGGING ->
                Set.of(ContactPrintingItself.class, ServiceUsingJul.class);
        };
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(HexagonRule.class)
    void rule_reports_exactly_the_planted_violations(HexagonRule rule) {
        EvaluationResult result = rule.under(FIXTURE).evaluate(FIXTURE_CLASSES);

        assertTrue(result.hasViolation(), () -> rule + " found nothing in the fixture");
        SortedSet<String> planted =
                plantedFor(rule).stream().map(Class::getName).collect(toCollection(TreeSet::new));
        assertEquals(
                planted,
                Offenders.blamedBy(result, FIXTURE_CLASSES),
                () -> rule + " blamed other classes than the planted ones; its report:\n" + result.getFailureReport());
    }

    @Test
    void well_behaved_fixture_classes_are_imported_so_not_blaming_them_means_something() {
        for (Class<?> wellBehaved : WELL_BEHAVED) {
            assertTrue(FIXTURE_CLASSES.contain(wellBehaved), () -> wellBehaved + " is missing from the fixture import");
        }
    }

    @Test
    void an_adapter_is_its_technology_so_messaging_in_and_out_are_one_adapter() {
        assertEquals(Optional.of("messaging"), FIXTURE.adapterOf(FIXTURE_CLASSES.get(WellBehavedConsumer.class)));
        assertEquals(Optional.of("messaging"), FIXTURE.adapterOf(FIXTURE_CLASSES.get(WellBehavedChannel.class)));
        assertEquals(Optional.of("rest"), FIXTURE.adapterOf(FIXTURE_CLASSES.get(WellBehavedResource.class)));
        assertEquals(Optional.empty(), FIXTURE.adapterOf(FIXTURE_CLASSES.get(SharedAdapterHelper.class)));
    }
}
