-- The page query of GET /api/contacts?search=...&per_page=20 (JdbiContactRepository.search,
-- default sort last_name): keep it identical to what the API sends.
SELECT id, first_name, last_name, email, phone, job_title, company_id, notes, created_by, created_at, updated_at, deleted_at
FROM contacts
WHERE deleted_at IS NULL
  AND search_text LIKE public.f_unaccent(lower(:pattern)) ESCAPE '\'
ORDER BY last_name ASC, id ASC
LIMIT :limit OFFSET :offset;
