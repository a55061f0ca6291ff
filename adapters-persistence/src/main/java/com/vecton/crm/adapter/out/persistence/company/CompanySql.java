package com.vecton.crm.adapter.out.persistence.company;

import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The fixed statements on {@code companies}; search builds its SQL in {@link JdbiCompanyRepository}. */
@RegisterRowMapper(CompanySql.RowMapperOfRows.class)
interface CompanySql {

    @SqlQuery("SELECT nextval('companies_id_seq')")
    long nextId();

    @SqlUpdate("""
            INSERT INTO companies (id, name, domain, phone, email, website, address, city, postal_code, country,
                                   notes, created_by, created_at, updated_at, deleted_at)
            VALUES (:id, :name, :domain, :phone, :email, :website, :address, :city, :postalCode, :country,
                    :notes, :createdBy, :createdAt, :updatedAt, :deletedAt)
            ON CONFLICT (id) DO UPDATE SET
                name        = excluded.name,
                domain      = excluded.domain,
                phone       = excluded.phone,
                email       = excluded.email,
                website     = excluded.website,
                address     = excluded.address,
                city        = excluded.city,
                postal_code = excluded.postal_code,
                country     = excluded.country,
                notes       = excluded.notes,
                updated_at  = excluded.updated_at,
                deleted_at  = excluded.deleted_at""")
    void save(@BindMethods CompanyRow row);


    @SqlQuery("SELECT " + CompanyRow.COLUMNS + " FROM companies WHERE id = :id FOR UPDATE")
    Optional<CompanyRow> lock(@Bind("id") long id);

    /**
     * FOR SHARE conflicts with the FOR UPDATE of {@link #lock} and with any UPDATE, so a delete
     * either finished before (and the row no longer matches) or waits until this transaction ends.
     */
    @SqlQuery("SELECT id FROM companies WHERE id = :id AND deleted_at IS NULL FOR SHARE")
    Optional<Long> holdLive(@Bind("id") long id);

    /** CompanyRow.MAPPER as a class, the form {@code @RegisterRowMapper} takes. */
    final class RowMapperOfRows implements org.jdbi.v3.core.mapper.RowMapper<CompanyRow> {
        @Override
        public CompanyRow map(java.sql.ResultSet rows, org.jdbi.v3.core.statement.StatementContext context)
                throws java.sql.SQLException {
            return CompanyRow.MAPPER.map(rows, context);
        }
    }
}
