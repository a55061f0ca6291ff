package com.vecton.crm.adapter.out.persistence.user;

import com.vecton.crm.application.port.out.TenantUsers;
import com.vecton.crm.domain.access.Caller;
import com.vecton.crm.domain.access.UserId;
import java.util.Optional;
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
                .mapTo(Boolean.class)
                .findOne()
                .orElse(false));
    }

    /** Only an active row changes, so a repeated deactivation reports {@code false}. */
    @Override
    public boolean deactivate(UserId user) {
        return jdbi.withHandle(handle ->
                        handle.createUpdate("""
                        UPDATE tenant_users SET is_active = false, updated_at = now()
                        WHERE id = :id AND is_active""").bind("id", user.value()).execute())
                > 0;
    }

    /** Reads the old profile under the row lock the update takes anyway, in one statement. */
    @Override
    public Optional<UserProfile> mirrorProfile(UserId user, UserProfile profile) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        UPDATE tenant_users AS u
                        SET name = :name, email = :email, locale = :locale, timezone = :timezone, updated_at = now()
                        FROM (SELECT id, name, email, locale, timezone FROM tenant_users WHERE id = :id FOR UPDATE) AS old
                        WHERE u.id = old.id
                        RETURNING old.name, old.email, old.locale, old.timezone""")
                .bind("id", user.value())
                .bind("name", profile.name())
                .bind("email", profile.email())
                .bind("locale", profile.locale())
                .bind("timezone", profile.timezone())
                .map((rs, ctx) -> new UserProfile(
                        rs.getString("name"), rs.getString("email"), rs.getString("locale"), rs.getString("timezone")))
                .findOne());
    }
}
