package com.vecton.crm.archfixture.adapter.in.rest;

/** Violates ONLY_BOOTSTRAP_HAS_MAIN_METHODS: a second way to start the application. */
public final class ResourceWithMain {

    private ResourceWithMain() {}

    public static void main(String[] args) {
        if (args.length > 1) {
            throw new IllegalArgumentException("at most a port");
        }
    }
}
