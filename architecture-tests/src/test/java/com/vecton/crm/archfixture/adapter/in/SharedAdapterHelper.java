package com.vecton.crm.archfixture.adapter.in;

/** Violates EVERY_CLASS_BELONGS_TO_A_RING: directly in adapter.in, so in no adapter at all. */
public final class SharedAdapterHelper {

    private SharedAdapterHelper() {}

    public static String trimmed(String value) {
        return value.strip();
    }
}
