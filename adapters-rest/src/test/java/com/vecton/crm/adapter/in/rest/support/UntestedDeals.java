package com.vecton.crm.adapter.in.rest.support;

import com.vecton.crm.adapter.in.rest.deal.DealUseCases;

/**
 * Deal use cases for the in-memory API of these tests: the routes are registered and gated here,
 * while their behaviour is tested end to end in bootstrap (DealsEndToEndTest).
 */
public final class UntestedDeals {
    private UntestedDeals() {}

    public static DealUseCases useCases() {
        return new DealUseCases(
                (who, details) -> {
                    throw untested();
                },
                (who, id, edit) -> {
                    throw untested();
                },
                (who, id, stage, position, reason) -> {
                    throw untested();
                },
                (who, id) -> {
                    throw untested();
                },
                (who, id) -> {
                    throw untested();
                },
                (who, id) -> {
                    throw untested();
                },
                (who, query, page) -> {
                    throw untested();
                },
                (who, request) -> {
                    throw untested();
                },
                (who, id) -> {
                    throw untested();
                },
                (who, pipeline) -> {
                    throw untested();
                },
                (who, pipeline, query) -> {
                    throw untested();
                });
    }

    private static UnsupportedOperationException untested() {
        return new UnsupportedOperationException("deals are tested end to end");
    }
}
