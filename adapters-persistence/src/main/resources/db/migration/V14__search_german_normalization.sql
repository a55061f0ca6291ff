-- Search folds German transliterations alike (issue 9): "mueller" finds Müller and Mueller,
-- "strasse" finds Straße. The rule is SearchText.normalise in the domain, which folds the queries;
-- f_search_normalise below is the same rule for the stored text, and SearchFoldAgreementTest holds
-- the two to the same result, character for character. Both sides then remove the accents with
-- f_unaccent (V1), so unaccent's table stays the server's and exists once.
--
-- The rule (SearchText.normalise says why, and where it differs from Lucene):
--   1. lower(); æ and œ become ae and oe;
--   2. German normalization as Lucene's GermanNormalizationFilter (Elasticsearch's
--      german_normalization): an e after a or o is dropped; an e after a u that follows neither
--      a vowel nor q is dropped; ä ö ü become a o u (an e after them stays), ß becomes ss. Any
--      other letter counts as the vowel Postgres 15's unaccent makes of it (é as e, ő and ø as o),
--      so that such accents never change the result. The character classes below are those
--      letters, the same strings as in SearchText.
-- The two regular expressions are that state machine: whether an e is dropped depends only on the
-- one or two letters before it in the text as it was (a dropped e still counts as a vowel), so the
-- first pass's deletions cannot change the second pass's decisions.
CREATE FUNCTION public.f_search_normalise(text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
AS $$
SELECT replace(translate(
           regexp_replace(
               regexp_replace(
                   replace(replace(lower($1), 'æ', 'ae'), 'œ', 'oe'),
                   -- an e after a or o
                   '(?<=[aoàáâãåāăąǎǟǡǻȁȃȧᶏḁẚạảấầẩẫậắằẳẵặⱥａòóôõøōŏőơǒǫǭȍȏȫȭȯȱṍṏṑṓọỏốồổỗộớờởỡợℴⱺꝋꝍｏ])[eèéêëēĕėęěȅȇȩɇɛᶒᶓḕḗḙḛḝẹẻẽếềểễệℯⅇⱸｅ]',
                   '', 'g'),
               -- an e after a u that follows neither a vowel nor q (nor an e dropped just now)
               '(?<=[uùúûũūŭůűųưǔǖǘǚǜȕȗʉᶙṳṵṷṹṻụủứừửữựｕ])(?<![aoàáâãåāăąǎǟǡǻȁȃȧᶏḁẚạảấầẩẫậắằẳẵặⱥａòóôõøōŏőơǒǫǭȍȏȫȭȯȱṍṏṑṓọỏốồổỗộớờởỡợℴⱺꝋꝍｏuùúûũūŭůűųưǔǖǘǚǜȕȗʉᶙṳṵṷṹṻụủứừửữựｕeèéêëēĕėęěȅȇȩɇɛᶒᶓḕḗḙḛḝẹẻẽếềểễệℯⅇⱸｅiìíîïĩīĭįıǐȉȋɨᶖḭḯỉịℹⅈⅰｉyýÿŷƴȳɏẏẙỳỵỷỹỿｙqĸʠꝗꝙｑäöü][uùúûũūŭůűųưǔǖǘǚǜȕȗʉᶙṳṵṷṹṻụủứừửữựｕ])[eèéêëēĕėęěȅȇȩɇɛᶒᶓḕḗḙḛḝẹẻẽếềểễệℯⅇⱸｅ]',
               '', 'g'),
           'äöü', 'aou'),
       'ß', 'ss')
$$;

-- What every search column stores: the German rule, then the accents removed.
CREATE FUNCTION public.f_search_fold(text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
AS $$
SELECT public.f_unaccent(public.f_search_normalise($1))
$$;

-- The LIKE pattern for "contains" a query that SearchText.normalise has already folded: the accents
-- are removed first and only then are \ % and _ escaped, so that a character unaccent turns into
-- one of them (the full-width ％ ＿ ＼, ﹪ ﹨ ∖) is still matched literally. (Escaping before
-- unaccent, as the repositories did until now, let "％" match anything.) Used as
-- "search_text LIKE f_search_pattern(:search) ESCAPE '\'": with the query bound as a value, the
-- planner folds the call to a constant, so the trigram index serves the match as before.
CREATE FUNCTION public.f_search_pattern(text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
AS $$
SELECT '%' || replace(replace(replace(public.f_unaccent($1), '\', '\\'), '%', '\%'), '_', '\_') || '%'
$$;

-- The search columns, recomputed with the new fold. Postgres 15 cannot change a generated
-- column's expression (SET EXPRESSION is Postgres 17), so each is dropped (its trigram index with
-- it) and added again, which rewrites the table once under an ACCESS EXCLUSIVE lock: about 20 s
-- for 1,000,000 contacts on the benchmark machine (bench/results-2026-12-01.md); readers and
-- writers of that table wait meanwhile. The index, the statistics target of V4-V6/V9 and fresh
-- statistics (the planner's LIKE estimates come from them) are restored right after.
--
-- Sort keys do not change: lists still sort by f_unaccent(lower(name)). The German rule drops
-- letters ("Michael" would sort as "michal", after "Michal"), which is for matching, not for order.
ALTER TABLE contacts DROP COLUMN search_text;
ALTER TABLE contacts ADD COLUMN search_text text GENERATED ALWAYS AS (public.f_search_fold(
    coalesce(first_name, '') || ' ' || coalesce(last_name, '') || ' ' || coalesce(email, ''))) STORED;
CREATE INDEX contacts_search_idx ON contacts USING gin (search_text gin_trgm_ops) WHERE deleted_at IS NULL;
ALTER TABLE contacts ALTER COLUMN search_text SET STATISTICS 1000;
ANALYZE contacts (search_text);

ALTER TABLE companies DROP COLUMN search_text;
ALTER TABLE companies ADD COLUMN search_text text GENERATED ALWAYS AS (public.f_search_fold(
    name || ' ' || coalesce(domain, ''))) STORED;
CREATE INDEX companies_search_idx ON companies USING gin (search_text gin_trgm_ops) WHERE deleted_at IS NULL;
ALTER TABLE companies ALTER COLUMN search_text SET STATISTICS 1000;
ANALYZE companies (search_text);

ALTER TABLE projects DROP COLUMN search_text;
ALTER TABLE projects ADD COLUMN search_text text GENERATED ALWAYS AS (public.f_search_fold(name)) STORED;
CREATE INDEX projects_search_idx ON projects USING gin (search_text gin_trgm_ops) WHERE deleted_at IS NULL;
ALTER TABLE projects ALTER COLUMN search_text SET STATISTICS 1000;
ANALYZE projects (search_text);

ALTER TABLE tasks DROP COLUMN search_text;
ALTER TABLE tasks ADD COLUMN search_text text GENERATED ALWAYS AS (public.f_search_fold(title)) STORED;
CREATE INDEX tasks_search_idx ON tasks USING gin (search_text gin_trgm_ops) WHERE deleted_at IS NULL;
ALTER TABLE tasks ALTER COLUMN search_text SET STATISTICS 1000;
ANALYZE tasks (search_text);
