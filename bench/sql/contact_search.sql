-- GET /api/contacts?search=<q>&per_page=20, as the API runs it (PagedSelect.run for a search,
-- default sort last_name): the matches counted up to :count_limit (one more than the cap) first;
-- no page when nothing matches; an exact count (<= :counted_up_to) collects the matches first and
-- sorts them (MATERIALIZED), more are read in index order. The SQL text is the API's; run it with
-- -M extended, because the API sends these statements unnamed (prepareThreshold 0), planned for
-- the actual pattern every time.
-- Variables: search (the query as SearchText.normalise folds it, e.g. 'arva'; SearchMatch binds
-- that), limit, offset, counted_up_to, count_limit.
SELECT count(*)
FROM (
    SELECT 1
    FROM contacts
    WHERE deleted_at IS NULL
      AND search_text LIKE public.f_search_pattern(:search) ESCAPE '\'
    LIMIT :count_limit
) AS counted
\gset
\if :count > :offset
\if :count <= :counted_up_to
WITH matches AS MATERIALIZED (
    SELECT id, first_name, last_name, email, phone, job_title, company_id, notes, created_by, created_at, updated_at, deleted_at, version
    FROM contacts
    WHERE deleted_at IS NULL
      AND search_text LIKE public.f_search_pattern(:search) ESCAPE '\'
)
SELECT id, first_name, last_name, email, phone, job_title, company_id, notes, created_by, created_at, updated_at, deleted_at, version
FROM matches
ORDER BY public.f_unaccent(lower(last_name)) ASC, id ASC
LIMIT :limit OFFSET :offset;
\else
SELECT id, first_name, last_name, email, phone, job_title, company_id, notes, created_by, created_at, updated_at, deleted_at, version
FROM contacts
WHERE deleted_at IS NULL
  AND search_text LIKE public.f_search_pattern(:search) ESCAPE '\'
ORDER BY public.f_unaccent(lower(last_name)) ASC, id ASC
LIMIT :limit OFFSET :offset;
\endif
\endif
