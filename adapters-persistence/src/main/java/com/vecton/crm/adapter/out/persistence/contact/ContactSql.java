package com.vecton.crm.adapter.out.persistence.contact;

import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The fixed statements on {@code contacts}; search builds its SQL in {@link JdbiContactRepository}. */
@RegisterConstructorMapper(ContactRow.class)
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

    @SqlQuery("SELECT " + ContactRow.COLUMNS + " FROM contacts WHERE id = :id AND deleted_at IS NULL")
    Optional<ContactRow> findLive(@Bind("id") long id);

    @SqlQuery("SELECT " + ContactRow.COLUMNS + " FROM contacts WHERE id = :id FOR UPDATE")
    Optional<ContactRow> lock(@Bind("id") long id);
}
