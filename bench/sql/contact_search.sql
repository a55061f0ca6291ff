-- GET /api/contacts?search=<q>&per_page=20, as the API runs it (PagedSelect.run for a search,
-- default sort last_name): the count first; no page when nothing matches; up to
-- :narrow_first_up_to matches are collected first and sorted (MATERIALIZED), more are read in
-- index order. The SQL text is the API's; run it with -M extended, because the API sends these
-- statements unnamed (prepareThreshold 0), planned for the actual pattern every time.
-- Variables: pattern ('%arva%'), limit, offset, narrow_first_up_to.
SELECT count(*)
FROM contacts
WHERE deleted_at IS NULL
  AND search_text LIKE public.f_unaccent(lower(:pattern)) ESCAPE '\'
\gset
\if :count > :offset
\if :count <= :narrow_first_up_to
WITH matches AS MATERIALIZED (
    SELECT id, first_name, last_name, email, phone, job_title, company_id, notes, created_by, created_at, updated_at, deleted_at
    FROM contacts
    WHERE deleted_at IS NULL
      AND search_text LIKE public.f_unaccent(lower(:pattern)) ESCAPE '\'
)
SELECT id, first_name, last_name, email, phone, job_title, company_id, notes, created_by, created_at, updated_at, deleted_at
FROM matches
ORDER BY public.f_unaccent(lower(last_name)) ASC, id ASC
LIMIT :limit OFFSET :offset;
\else
SELECT id, first_name, last_name, email, phone, job_title, company_id, notes, created_by, created_at, updated_at, deleted_at
FROM contacts
WHERE deleted_at IS NULL
  AND search_text LIKE public.f_unaccent(lower(:pattern)) ESCAPE '\'
ORDER BY public.f_unaccent(lower(last_name)) ASC, id ASC
LIMIT :limit OFFSET :offset;
\endif
\endif
