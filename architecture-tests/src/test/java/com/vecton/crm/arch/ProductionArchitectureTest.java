package com.vecton.crm.arch;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.Location;
import java.io.File;
import java.net.URI;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Checks every architecture rule against the production classes of all modules, as bootstrap brings them. */
class ProductionArchitectureTest {

    private final JavaClasses production = ProductionClasses.get();

    @ParameterizedTest(name = "{0}")
    @EnumSource(HexagonRule.class)
    void production_classes_follow_the_rule(HexagonRule rule) {
        rule.under(Hexagon.CRM).check(production);
    }

    /** Guards against rules passing vacuously because of a misspelt package or a broken import. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "domain",
                "application",
                "adapter.in.rest",
                "adapter.out.persistence",
                "adapter.out.identity",
                "adapter.in.messaging",
                "adapter.out.messaging",
                "adapter.out.files",
                "bootstrap"
            })
    void every_ring_and_adapter_has_production_classes(String ring) {
        String ringPackage = Hexagon.CRM.root() + "." + ring;
        assertTrue(
                production.stream()
                        .anyMatch(c -> c.getPackageName().equals(ringPackage)
                                || c.getPackageName().startsWith(ringPackage + ".")),
                () -> "no production class in " + ringPackage);
    }

    @Test
    void test_classes_on_the_classpath_are_not_imported_as_production() {
        List<Path> testOutputs = Arrays.stream(
                        System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> entry.endsWith("test-classes") || entry.endsWith("-tests.jar"))
                .map(Path::of)
                .toList();
        assertFalse(testOutputs.isEmpty(), "expected at least this module's own test-classes on the classpath");

        Set<String> productionNames =
                production.stream().map(JavaClass::getName).collect(Collectors.toSet());
        JavaClasses testClasses = new ClassFileImporter().importPaths(testOutputs);
        assertTrue(testClasses.contain(RulesCatchPlantedViolationsTest.class), "the test outputs were not read");
        List<String> leaked = testClasses.stream()
                .map(JavaClass::getName)
                .filter(productionNames::contains)
                .toList();
        assertTrue(leaked.isEmpty(), () -> "test classes imported as production: " + leaked);
    }

    @Test
    void import_option_drops_test_outputs_and_test_jars_of_other_modules() {
        ProductionCodeOnly option = new ProductionCodeOnly();
        String m2 = "/root/.m2/repository/com/vecton/crm/";

        assertFalse(option.includes(Location.of(URI.create("jar:file:" + m2
                + "adapters-persistence/0.1.0-SNAPSHOT/adapters-persistence-0.1.0-SNAPSHOT-tests.jar"
                + "!/com/vecton/crm/adapter/out/persistence/ContactBuilder.class"))));
        assertFalse(
                option.includes(
                        Location.of(
                                URI.create(
                                        "file:/work/main/adapters-identity/target/test-classes/com/vecton/crm/adapter/out/identity/FakeIdentity.class"))));
        assertTrue(option.includes(Location.of(URI.create("jar:file:" + m2
                + "adapters-persistence/0.1.0-SNAPSHOT/adapters-persistence-0.1.0-SNAPSHOT.jar"
                + "!/com/vecton/crm/adapter/out/persistence/JdbiContactRepository.class"))));
        assertTrue(option.includes(Location.of(
                URI.create("file:/work/main/domain/target/classes/com/vecton/crm/domain/contact/Contact.class"))));
    }
}
