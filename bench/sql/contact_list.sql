-- GET /api/contacts?page=<p>&per_page=20, as the API runs it (PagedSelect.run for a list without a
-- search, default sort last_name): the page first, in index order; a full page is then counted up
-- to :count_limit (one more than the cap). The SQL text is the API's; run it with -M extended, as
-- the API sends these statements unnamed (prepareThreshold 0). A page of the first 50, at random,
-- as lua/list.lua asks for.
-- Variables: limit, counted_up_to, count_limit.
\set page random(1, 50)
\set offset (:page - 1) * :limit
SELECT id, first_name, last_name, email, phone, job_title, company_id, notes, created_by, created_at, updated_at, deleted_at, version
FROM contacts
WHERE deleted_at IS NULL
ORDER BY public.f_unaccent(lower(last_name)) ASC, id ASC
LIMIT :limit OFFSET :offset;
SELECT count(*)
FROM (
    SELECT 1
    FROM contacts
    WHERE deleted_at IS NULL
    LIMIT :count_limit
) AS counted;
