package com.vecton.crm.adapter.out.persistence.user;

import com.vecton.crm.application.port.out.TenantUsers;
import com.vecton.crm.domain.access.Caller;
import com.vecton.crm.domain.access.UserId;
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

    /**
     * FOR SHARE conflicts with the UPDATE that deactivates a user, so inside a transaction the
     * answer holds until it ends: a deactivation either came first or waits.
     */
    @Override
    public boolean isActive(UserId user) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT is_active FROM tenant_users WHERE id = :id FOR SHARE""")
                .bind("id", user.value())
                .mapTo(Boolean.class).findOne().orElse(false));
    }
}
