package com.vecton.crm.adapter.out.persistence.user;

import com.vecton.crm.application.port.out.TenantUsers;
import com.vecton.crm.domain.access.Caller;
import org.jdbi.v3.core.Jdbi;

/** {@link TenantUsers} as rows of {@code tenant_users}. */
public final class JdbiTenantUsers implements TenantUsers {
    private final Jdbi jdbi;

    public JdbiTenantUsers(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** The primary key settles races: of concurrent first calls, one inserts and the others do nothing. */
    @Override
    public void ensureMirrored(Caller caller) {
        jdbi.useHandle(handle -> handle.createUpdate("""
                        INSERT INTO tenant_users (id, name, email, locale, timezone)
                        VALUES (:id, :name, :email, :locale, :timezone)
                        ON CONFLICT (id) DO NOTHING""")
                .bind("id", caller.id().value())
                .bind("name", caller.name())
                .bind("email", caller.email())
                .bind("locale", caller.locale())
                .bind("timezone", caller.timezone())
                .execute());
    }
}
