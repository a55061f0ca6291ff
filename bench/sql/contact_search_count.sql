-- The count query the API adds when the page is full (Paging.total).
SELECT count(*)
FROM contacts
WHERE deleted_at IS NULL
  AND search_text LIKE public.f_unaccent(lower(:pattern)) ESCAPE '\';
