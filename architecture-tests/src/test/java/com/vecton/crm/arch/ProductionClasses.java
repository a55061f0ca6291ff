package com.vecton.crm.arch;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;

/** The production classes of the CRM, imported once per test JVM because the import is the slow part. */
final class ProductionClasses {

    private static final JavaClasses CLASSES =
            new ClassFileImporter().withImportOption(new ProductionCodeOnly()).importPackages(Hexagon.CRM.root());

    private ProductionClasses() {}

    static JavaClasses get() {
        return CLASSES;
    }
}
