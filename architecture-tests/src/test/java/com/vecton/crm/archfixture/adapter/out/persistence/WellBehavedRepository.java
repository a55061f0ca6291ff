package com.vecton.crm.archfixture.adapter.out.persistence;

import com.vecton.crm.archfixture.application.port.out.WellBehavedContacts;
import com.vecton.crm.archfixture.domain.contact.WellBehavedContact;
import com.vecton.crm.archfixture.domain.contact.WellBehavedContactId;
import java.sql.Connection;
import java.util.Optional;
import javax.sql.DataSource;

/** An adapter may use JDBC: the JDK-integration rule binds the hexagon only. */
public final class WellBehavedRepository implements WellBehavedContacts {

    private final DataSource dataSource;

    public WellBehavedRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Optional<WellBehavedContact> findById(WellBehavedContactId id) {
        try (Connection ignored = dataSource.getConnection()) {
            return Optional.empty();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
