--
-- plan_ext works only in UTF8 databases: CREATE EXTENSION elsewhere fails
-- with SQLSTATE 0A000 (feature_not_supported) and a hint.
--
SELECT current_database() AS regress_db \gset
CREATE DATABASE plan_ext_latin1 ENCODING 'LATIN1' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0;
\c plan_ext_latin1
SELECT pg_catalog.getdatabaseencoding();
CREATE EXTENSION plan_ext;
\set VERBOSITY sqlstate
CREATE EXTENSION plan_ext;
\set VERBOSITY default
-- nothing was left behind
SELECT count(*) FROM pg_extension WHERE extname = 'plan_ext';
SELECT count(*) FROM pg_proc WHERE proname LIKE 'plan\_%';
\c :regress_db
DROP DATABASE plan_ext_latin1;
-- the UTF8 regression database has it
SELECT pg_catalog.getdatabaseencoding(), extversion FROM pg_extension WHERE extname = 'plan_ext';
