package com.vecton.crm.arch;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;

/**
 * Import option that keeps main classes only: it drops test output directories, including this
 * module's planted violations, and the test-jars that adapters publish for bootstrap's tests.
 */
final class ProductionCodeOnly implements ImportOption {

    private final ImportOption doNotIncludeTests = new ImportOption.DoNotIncludeTests();

    @Override
    public boolean includes(Location location) {
        return doNotIncludeTests.includes(location)
                && !location.contains("/test-classes/")
                && !location.contains("-tests.jar");
    }
}
