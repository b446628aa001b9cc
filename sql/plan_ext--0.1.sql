/* sql/plan_ext--0.1.sql */

-- complain if script is sourced in psql, rather than via CREATE EXTENSION
\echo Use "CREATE EXTENSION plan_ext" to load this file. \quit

-- plan_ext reads Chinese text character by character: refuse any other
-- server encoding before anything is created.
DO $plan_ext_encoding$
BEGIN
	IF pg_catalog.getdatabaseencoding() OPERATOR(pg_catalog.<>) 'UTF8' THEN
		RAISE EXCEPTION 'plan_ext requires a UTF8 database, but database "%" has encoding %',
			pg_catalog.current_database(), pg_catalog.getdatabaseencoding()
			USING ERRCODE = 'feature_not_supported',
			      HINT = 'Create the database with ENCODING ''UTF8'' (for example CREATE DATABASE d ENCODING ''UTF8'' TEMPLATE template0) and install plan_ext there.';
	END IF;
END
$plan_ext_encoding$;

------------------------------------------------------------------------
-- Text normalisation
------------------------------------------------------------------------

CREATE FUNCTION plan_normalize(doc text) RETURNS text
	AS 'MODULE_PATHNAME', 'plan_normalize'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION plan_normalize(text) IS
	'NFKC-fold (full-width to half-width) and convert Traditional to Simplified Chinese';

------------------------------------------------------------------------
-- Numbers, units and the plan_quantity type
------------------------------------------------------------------------

------------------------------------------------------------------------
-- Sentences, outline and document facts
------------------------------------------------------------------------

------------------------------------------------------------------------
-- Indicator extraction
------------------------------------------------------------------------

------------------------------------------------------------------------
-- Full-text search: parser, dictionaries, configuration, user words
------------------------------------------------------------------------

------------------------------------------------------------------------
-- Indicator catalogue, comparison and batch extraction
------------------------------------------------------------------------
