package com.vecton.crm.adapter.out.persistence.leave;

import java.util.Optional;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.postgresql.util.PSQLException;

/** The constraint a failed write broke, read from Postgres' answer. */
final class Violations {
    static final String UNIQUE = "23505";
    static final String EXCLUSION = "23P01";
    static final String FOREIGN_KEY = "23503";

    private Violations() {}

    /** The broken constraint's name when the failure is of this SQLSTATE. */
    static Optional<String> constraint(UnableToExecuteStatementException e, String sqlState) {
        if (e.getCause() instanceof PSQLException sql
                && sql.getServerErrorMessage() != null
                && sqlState.equals(sql.getSQLState())) {
            return Optional.ofNullable(sql.getServerErrorMessage().getConstraint());
        }
        return Optional.empty();
    }
}
