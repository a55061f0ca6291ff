-- Case- and accent-insensitive substring search (runtime-and-api.md, "Search").
-- Both extensions are trusted, so the database owner may create them.
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- unaccent() is only STABLE (its dictionary could change), so it cannot appear in an index or a
-- generated column. This wrapper names the dictionary explicitly and is declared IMMUTABLE; the
-- same function folds both the stored search text and the client's query, so the two always agree.
CREATE OR REPLACE FUNCTION public.f_unaccent(text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
AS $$
SELECT public.unaccent('public.unaccent'::regdictionary, $1)
$$;
