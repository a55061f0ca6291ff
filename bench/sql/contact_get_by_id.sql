-- GET /api/contacts/{id} (ContactSql.findLive; a plain Jdbi statement, so the driver prepares it
-- server-side after 5 executions: run with -M prepared), on a random live contact: ids are 1..n and every
-- 100th is soft-deleted (generate.sql), so such an id is moved to its neighbour, as lua/get_by_id.lua does.
\set id random(1, :n)
\if :id % 100 = 0
\set id :id - 1
\endif
SELECT id, first_name, last_name, email, phone, job_title, company_id, notes, created_by, created_at, updated_at, deleted_at, version FROM contacts WHERE id = :id AND deleted_at IS NULL;
