-- Benchmark data: :n contacts and :n / 50 companies with Hungarian and German names.
--
--   psql -v ON_ERROR_STOP=1 -v n=1000000 -d crm_bench -f bench/generate.sql
--
-- Runs on a database that the CRM has migrated (`crm.jar migrate`). It replaces every contact
-- and company, in one transaction: an interrupted load leaves the previous data in place.
--
-- Deterministic: row g always gets the same values (hashes of g, no random()), so two databases
-- generated with the same n hold the same rows and the benchmark queries match the same counts.
-- Contact ids are 1..n; every 100th contact (id % 100 = 0) is soft-deleted, like a live system.

\set ON_ERROR_STOP on
\if :{?n}
\else
\set n 1000000
\endif

-- Bulk-load settings for this session only.
SET maintenance_work_mem = '512MB';
SET synchronous_commit = off;
SET client_min_messages = warning;

BEGIN;

TRUNCATE contacts, companies RESTART IDENTITY CASCADE;

-- Building the secondary indexes (above all the trigram GIN index) once after the load is several
-- times faster than maintaining them row by row. Their definitions are read from the catalog, so
-- what is rebuilt is exactly what the migrations created; constraint indexes (primary keys) stay.
-- The foreign key is also re-added after the load: one validating join instead of a trigger per row.
CREATE TEMP TABLE bench_saved_indexes ON COMMIT DROP AS
SELECT i.indexname, i.indexdef
FROM pg_indexes i
WHERE i.schemaname = 'public'
  AND i.tablename IN ('contacts', 'companies')
  AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname AND c.contype IN ('p', 'u', 'x'));

CREATE TEMP TABLE bench_saved_foreign_keys ON COMMIT DROP AS
SELECT c.conrelid::regclass AS table_name, c.conname, pg_get_constraintdef(c.oid) AS definition
FROM pg_constraint c
WHERE c.contype = 'f'
  AND c.conrelid = 'public.contacts'::regclass;

SELECT format('DROP INDEX public.%I', indexname) FROM bench_saved_indexes \gexec
SELECT format('ALTER TABLE %s DROP CONSTRAINT %I', table_name, conname) FROM bench_saved_foreign_keys \gexec

-- Names and words. Hungarian and German, with the diacritics the search must fold
-- (á é í ó ö ő ú ü ű, ä ö ü ß); half of the contacts and companies come from each list.
CREATE TEMP TABLE bench_words ON COMMIT DROP AS
SELECT
    ARRAY['Ödön','Zsófia','Ágnes','Éva','Gábor','Zoltán','László','István','Péter','Katalin',
          'Erzsébet','Mária','Júlia','Tímea','Réka','Dóra','Lőrinc','Bálint','Ábel','Örs',
          'Győző','Csongor','Szabolcs','Tünde','Ildikó','Enikő','Krisztián','Máté','Dániel','Tamás',
          'Balázs','Attila','Nándor','Gyöngyi','Hajnalka','Boglárka','Benedek','Kálmán','Márton','Zsuzsanna']
        AS hu_first,
    ARRAY['Árvai','Szőke','Nagy','Kovács','Tóth','Szabó','Horváth','Varga','Kiss','Molnár',
          'Németh','Farkas','Balogh','Papp','Takács','Juhász','Lakatos','Mészáros','Oláh','Simon',
          'Rácz','Fekete','Szilágyi','Török','Fehér','Gál','Szűcs','Kocsis','Pintér','Fodor',
          'Szalai','Sipos','Magyar','Lukács','Gulyás','Bíró','Király','Hegedűs','Vörös','Pásztor',
          'Fülöp','Csizmadia','Erdős','Bartók','Ördög','Győri','Kozma','Bakó','Sárközi','Zsigmond']
        AS hu_last,
    ARRAY['Jürgen','Käthe','Günther','Jörg','Björn','Sören','Uwe','Klaus','Dieter','Stefan',
          'Matthias','Andreas','Thomas','Michael','Wolfgang','Lukas','Felix','Maximilian','Jonas','Anna',
          'Lena','Hannah','Mia','Emilia','Sophie','Marie','Renée','Ursula','Gisela','Brigitte',
          'Hildegard','Bärbel','Götz','Jörn','Frauke','Heike','Sabine','Monika','Hans-Jürgen','Anneliese']
        AS de_first,
    ARRAY['Müller','Groß','Schmidt','Schneider','Fischer','Weber','Meyer','Wagner','Becker','Schulz',
          'Hoffmann','Schäfer','Koch','Bauer','Richter','Klein','Wolf','Schröder','Neumann','Schwarz',
          'Zimmermann','Braun','Krüger','Hartmann','Lange','Werner','Krause','Lehmann','Köhler','Herrmann',
          'König','Walter','Huber','Kaiser','Fuchs','Möller','Weiß','Jung','Hahn','Vogel',
          'Keller','Berger','Böhm','Krämer','Jäger','Seidel','Brandt','Straßer','Fröhlich','Döring']
        AS de_last,
    ARRAY['Kft.','Zrt.','Bt.','Nyrt.','és Társa Kft.','Építőipari Kft.','Szállítmányozási Zrt.','Informatikai Kft.']
        AS hu_company_suffix,
    ARRAY['GmbH','AG','KG','& Söhne GmbH','Logistik GmbH','Bäckerei GmbH','Maschinenbau AG','Software GmbH']
        AS de_company_suffix,
    ARRAY['Budapest','Debrecen','Szeged','Pécs','Győr','Székesfehérvár','Miskolc','Sopron']
        AS hu_city,
    ARRAY['München','Köln','Düsseldorf','Nürnberg','Lübeck','Würzburg','Berlin','Hamburg']
        AS de_city,
    ARRAY['Ügyvezető','Értékesítési vezető','Könyvelő','Fejlesztő','Beszerző','Projektvezető']
        AS hu_job,
    ARRAY['Geschäftsführer','Vertriebsleiterin','Buchhalter','Entwickler','Einkäufer','Prüfingenieur']
        AS de_job,
    -- Hungarian hosts first, then German ones (three each).
    ARRAY['freemail.hu','citromail.hu','gmail.com','web.de','gmx.de','t-online.de']
        AS mail_hosts;

-- h(g, salt): a non-negative pseudo-random bigint, the same for the same (g, salt) every time.
-- Companies: one per 50 contacts.
INSERT INTO companies (id, name, domain, phone, email, website, address, city, postal_code, country,
                       notes, created_by, created_at, updated_at)
SELECT g,
       last || ' ' || suffix,
       lower(public.f_unaccent(replace(last, 'ß', 'ss'))) || g || tld,
       CASE WHEN hu THEN '+36 1 ' ELSE '+49 89 ' END || lpad((h3 % 10000000)::text, 7, '0'),
       'info@' || lower(public.f_unaccent(replace(last, 'ß', 'ss'))) || g || tld,
       'https://www.' || lower(public.f_unaccent(replace(last, 'ß', 'ss'))) || g || tld,
       CASE WHEN hu THEN 'Fő utca ' ELSE 'Hauptstraße ' END || (1 + h3 % 200),
       city,
       CASE WHEN hu THEN (1000 + h4 % 9000)::text ELSE lpad((1000 + h4 % 99000)::text, 5, '0') END,
       CASE WHEN hu THEN 'Magyarország' ELSE 'Deutschland' END,
       CASE WHEN h4 % 4 = 0 THEN 'Régi ügyfél, éves szerződés.' END,
       'u-bench',
       created,
       created + make_interval(secs => h5 % (90 * 86400))
FROM (
    SELECT g, hu, h3, h4, h5,
           CASE WHEN hu THEN w.hu_last[1 + h1 % array_length(w.hu_last, 1)]
                ELSE w.de_last[1 + h1 % array_length(w.de_last, 1)] END AS last,
           CASE WHEN hu THEN w.hu_company_suffix[1 + h2 % array_length(w.hu_company_suffix, 1)]
                ELSE w.de_company_suffix[1 + h2 % array_length(w.de_company_suffix, 1)] END AS suffix,
           CASE WHEN hu THEN w.hu_city[1 + h3 % array_length(w.hu_city, 1)]
                ELSE w.de_city[1 + h3 % array_length(w.de_city, 1)] END AS city,
           CASE WHEN hu THEN '.hu' ELSE '.de' END AS tld,
           -- rows were created over five years in id order (plus up to an hour of jitter), as in a live table
           timestamptz '2026-01-01 00:00:00+00'
               - make_interval(secs => (greatest(1, :n / 50) - g) * (5 * 365 * 86400.0) / greatest(1, :n / 50) + h4 % 3600) AS created
    FROM (
        SELECT g,
               g % 2 = 1 AS hu,
               hashint8extended(g, 11) & 9223372036854775807 AS h1,
               hashint8extended(g, 12) & 9223372036854775807 AS h2,
               hashint8extended(g, 13) & 9223372036854775807 AS h3,
               hashint8extended(g, 14) & 9223372036854775807 AS h4,
               hashint8extended(g, 15) & 9223372036854775807 AS h5
        FROM generate_series(1, greatest(1, :n / 50)::bigint) AS g
    ) AS hashes
    CROSS JOIN bench_words AS w
) AS rows;

-- Contacts: 80 % work at a company (their e-mail is at its domain), 10 % have no e-mail,
-- 5 % have only a last name; ids 1..n, every 100th soft-deleted.
INSERT INTO contacts (id, first_name, last_name, email, phone, job_title, company_id, notes,
                      created_by, created_at, updated_at, deleted_at)
SELECT g,
       first,
       last,
       CASE WHEN h4 % 10 = 0 THEN NULL
            ELSE lower(public.f_unaccent(replace(coalesce(first || '.', '') || last, 'ß', 'ss')))
                 || CASE WHEN h4 % 3 = 0 THEN (h4 % 100)::text ELSE '' END
                 || '@' || coalesce(c.domain, w.mail_hosts[1 + h5 % 3 + CASE WHEN hu THEN 0 ELSE 3 END]) END,
       CASE WHEN h5 % 5 = 0 THEN NULL
            WHEN hu THEN '+36 ' || (ARRAY['20','30','70'])[1 + h5 % 3] || ' ' || lpad((h5 % 10000000)::text, 7, '0')
            ELSE '+49 ' || (ARRAY['151','160','171'])[1 + h5 % 3] || ' ' || lpad((h5 % 100000000)::text, 8, '0') END,
       CASE WHEN h6 % 3 = 0 THEN NULL
            WHEN hu THEN w.hu_job[1 + h6 % array_length(w.hu_job, 1)]
            ELSE w.de_job[1 + h6 % array_length(w.de_job, 1)] END,
       company_id,
       CASE WHEN h6 % 7 = 0 THEN 'Visszahívást kért, Zürichben is érdekelt. Größere Bestellung geplant.' END,
       'u-bench',
       created,
       created + make_interval(secs => h6 % (180 * 86400)),
       CASE WHEN g % 100 = 0 THEN created + interval '1 day' END
FROM (
    SELECT g, hu, h4, h5, h6,
           CASE WHEN h3 % 20 = 0 THEN NULL
                WHEN hu THEN w.hu_first[1 + h1 % array_length(w.hu_first, 1)]
                ELSE w.de_first[1 + h1 % array_length(w.de_first, 1)] END AS first,
           CASE WHEN hu THEN w.hu_last[1 + h2 % array_length(w.hu_last, 1)]
                ELSE w.de_last[1 + h2 % array_length(w.de_last, 1)] END AS last,
           -- companies alternate Hungarian (odd ids) and German (even ids): pick one of the same country
           CASE WHEN h3 % 5 = 0 OR :n < 100 THEN NULL
                ELSE (h3 % greatest(1, :n / 100)) * 2 + CASE WHEN hu THEN 1 ELSE 2 END END AS company_id,
           -- rows were created over three years in id order (plus up to an hour of jitter), as in a live table
           timestamptz '2026-01-01 00:00:00+00'
               - make_interval(secs => (:n - g) * (3 * 365 * 86400.0) / :n + h4 % 3600) AS created
    FROM (
        SELECT g,
               hashint8extended(g, 0) & 1 = 1 AS hu,
               hashint8extended(g, 1) & 9223372036854775807 AS h1,
               hashint8extended(g, 2) & 9223372036854775807 AS h2,
               hashint8extended(g, 3) & 9223372036854775807 AS h3,
               hashint8extended(g, 4) & 9223372036854775807 AS h4,
               hashint8extended(g, 5) & 9223372036854775807 AS h5,
               hashint8extended(g, 6) & 9223372036854775807 AS h6
        FROM generate_series(1, :n::bigint) AS g
    ) AS hashes
    CROSS JOIN bench_words AS w
) AS rows
CROSS JOIN bench_words AS w
LEFT JOIN companies AS c ON c.id = rows.company_id;

\o /dev/null
SELECT setval('companies_id_seq', greatest(1, (SELECT max(id) FROM companies)));
SELECT setval('contacts_id_seq', greatest(1, (SELECT max(id) FROM contacts)));
\o

SELECT indexdef FROM bench_saved_indexes \gexec
SELECT format('ALTER TABLE %s ADD CONSTRAINT %I %s', table_name, conname, definition) FROM bench_saved_foreign_keys \gexec

COMMIT;

ANALYZE companies;
ANALYZE contacts;
