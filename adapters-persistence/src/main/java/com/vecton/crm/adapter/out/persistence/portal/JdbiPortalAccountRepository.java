package com.vecton.crm.adapter.out.persistence.portal;

import com.vecton.crm.adapter.out.persistence.Columns;
import com.vecton.crm.adapter.out.persistence.JdbiStore;
import com.vecton.crm.adapter.out.persistence.PagedSelect;
import com.vecton.crm.adapter.out.persistence.Table;
import com.vecton.crm.application.port.out.PortalAccountRepository;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.access.Visibility;
import com.vecton.crm.domain.company.CompanyId;
import com.vecton.crm.domain.contact.ContactId;
import com.vecton.crm.domain.listing.Page;
import com.vecton.crm.domain.listing.PageRequest;
import com.vecton.crm.domain.portal.CustomerScope;
import com.vecton.crm.domain.portal.PortalAccount;
import com.vecton.crm.domain.portal.PortalAccountDetails;
import com.vecton.crm.domain.portal.PortalAccountId;
import com.vecton.crm.domain.portal.PortalAccountQuery;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.jdbi.v3.core.statement.Update;
import org.postgresql.util.PSQLException;

/**
 * {@link PortalAccountRepository} on Postgres ({@code portal_accounts}, V24); rows mapped by hand.
 * One live account per user is the unique index {@value #USER_KEY}, whose violation this class
 * turns into {@code portal_account_exists}.
 */
public final class JdbiPortalAccountRepository extends JdbiStore<PortalAccountId, PortalAccount>
        implements PortalAccountRepository {
    private static final Table ACCOUNTS =
            Table.keepingHistory("portal_accounts", "user_id", "contact_id").fixing("user_id", "contact_id");

    private static final String UNIQUE_VIOLATION = "23505";
    private static final String USER_KEY = "portal_accounts_user_key";

    private static final Map<String, String> SORT_COLUMNS = Map.of("created_at", "created_at");

    private static final Map<String, String> VISIBILITY_TESTS = Map.of(
            "created_by", "created_by = ANY (%s)",
            "user_id", "user_id = ANY (%s)",
            "contact_id", "contact_id::text = ANY (%s)");

    /**
     * The caller's live account, its contact when live, and that contact's company when live, as they
     * are now: on the unique index of the user, then two primary keys. A deleted contact or company
     * leaves the account without a scope (it sees nothing), not without an account.
     */
    private static final String SCOPE = """
            SELECT a.id, a.contact_id, co.id
            FROM portal_accounts a
            LEFT JOIN contacts c ON c.id = a.contact_id AND c.deleted_at IS NULL
            LEFT JOIN companies co ON co.id = c.company_id AND co.deleted_at IS NULL
            WHERE a.user_id = :user AND a.deleted_at IS NULL""";

    private static final RowMapper<PortalAccount> ACCOUNT = (rows, context) -> PortalAccount.restore(
            new PortalAccountId(rows.getLong(1)),
            new PortalAccountDetails(new UserId(rows.getString(2)), new ContactId(rows.getLong(3))),
            Columns.userId(rows, 4),
            Columns.instant(rows, 5),
            Columns.instant(rows, 6),
            Columns.instant(rows, 7),
            rows.getLong(8));

    public JdbiPortalAccountRepository(Jdbi jdbi) {
        super(jdbi, ACCOUNTS, PortalAccountId::new, PagedSelect.NARROW_FIRST_UP_TO);
    }

    @Override
    protected List<PortalAccount> read(Handle handle, Query rows) {
        return rows.map(ACCOUNT).list();
    }

    @Override
    protected void bind(Update row, PortalAccount account) {
        var d = account.details();
        row.bind("id", account.id().value())
                .bind("user_id", d.userId().value())
                .bind("contact_id", d.contactId().value());
        bindLifecycle(row, account);
    }

    @Override
    public void save(PortalAccount account) {
        try {
            super.save(account);
        } catch (UnableToExecuteStatementException e) {
            if (e.getCause() instanceof PSQLException sql
                    && UNIQUE_VIOLATION.equals(sql.getSQLState())
                    && sql.getServerErrorMessage() != null
                    && USER_KEY.equals(sql.getServerErrorMessage().getConstraint())) {
                throw PortalAccount.exists(account.details().userId());
            }
            throw e;
        }
    }

    @Override
    public Page<PortalAccount> search(PortalAccountQuery query, Visibility visible, PageRequest page) {
        var where = live();
        query.userId().ifPresent(u -> where.and("user_id = :userId", q -> q.bind("userId", u.value())));
        query.contactId().ifPresent(c -> where.and("contact_id = :contactId", q -> q.bind("contactId", c.value())));
        where.and(visible(visible));
        return page(where, SORT_COLUMNS, query.sort(), false, page);
    }

    @Override
    public Optional<CustomerScope> scopeOf(UserId user) {
        return jdbi.withHandle(handle -> handle.createQuery(SCOPE)
                .bind("user", user.value())
                .map((rows, context) -> {
                    Long company = Columns.nullableLong(rows, 3);
                    return new CustomerScope(
                            new PortalAccountId(rows.getLong(1)),
                            new ContactId(rows.getLong(2)),
                            Optional.ofNullable(company).map(CompanyId::new));
                })
                .findOne());
    }

    @Override
    protected Map<String, String> visibilityTests() {
        return VISIBILITY_TESTS;
    }
}
