package com.vecton.crm.domain.access;

/** One operator applied to one key of a policy's conditions, decided to true, false or unknown. */
sealed interface Clause permits Comparison, Clause.Unevaluable {
    Truth evaluate(AccessRequest request);

    boolean namesResource();

    /** A clause that could not be read; it is unknown whatever the request. */
    record Unevaluable(String reason, boolean namesResource) implements Clause {
        @Override
        public Truth evaluate(AccessRequest request) {
            return Truth.UNKNOWN;
        }
    }
}
