package com.vecton.crm.adapter.out.persistence.contact;

import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The fixed statements on {@code contacts}; search builds its SQL in {@link JdbiContactRepository}. */
@RegisterRowMapper(ContactSql.RowMapperOfRows.class)
interface ContactSql {

    @SqlQuery("SELECT nextval('contacts_id_seq')")
    long nextId();

    @SqlUpdate("""
            INSERT INTO contacts (id, first_name, last_name, email, phone, job_title, company_id, notes,
                                  created_by, created_at, updated_at, deleted_at)
            VALUES (:id, :firstName, :lastName, :email, :phone, :jobTitle, :companyId, :notes,
                    :createdBy, :createdAt, :updatedAt, :deletedAt)
            ON CONFLICT (id) DO UPDATE SET
                first_name = excluded.first_name,
                last_name  = excluded.last_name,
                email      = excluded.email,
                phone      = excluded.phone,
                job_title  = excluded.job_title,
                company_id = excluded.company_id,
                notes      = excluded.notes,
                updated_at = excluded.updated_at,
                deleted_at = excluded.deleted_at""")
    void save(@BindMethods ContactRow row);


    @SqlQuery("SELECT " + ContactRow.COLUMNS + " FROM contacts WHERE id = :id FOR UPDATE")
    Optional<ContactRow> lock(@Bind("id") long id);

    /** ContactRow.MAPPER as a class, the form {@code @RegisterRowMapper} takes. */
    final class RowMapperOfRows implements org.jdbi.v3.core.mapper.RowMapper<ContactRow> {
        @Override
        public ContactRow map(java.sql.ResultSet rows, org.jdbi.v3.core.statement.StatementContext context)
                throws java.sql.SQLException {
            return ContactRow.MAPPER.map(rows, context);
        }
    }
}
