package com.vecton.crm.archfixture.domain.contact;

/** Violates HEXAGON_NEITHER_PRINTS_NOR_USES_JAVA_UTIL_LOGGING. */
public record ContactPrintingItself(String name) {

    public ContactPrintingItself {
        System.out.println("creating contact " + name);
    }
}
