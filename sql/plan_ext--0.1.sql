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

CREATE FUNCTION plan_sentences(doc text,
	OUT ord int, OUT pos int, OUT len int, OUT text text)
	RETURNS SETOF record
	AS 'MODULE_PATHNAME', 'plan_sentences'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 100;
COMMENT ON FUNCTION plan_sentences(text) IS
	'sentences and line units of a document, with 1-based character positions (substr(doc, pos, len) = text)';

CREATE FUNCTION plan_sections(doc text,
	OUT ord int, OUT level int, OUT label text, OUT title text,
	OUT pos int, OUT len int, OUT parent int, OUT path text,
	OUT kind text, OUT role text)
	RETURNS SETOF record
	AS 'MODULE_PATHNAME', 'plan_sections'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 50;
COMMENT ON FUNCTION plan_sections(text) IS
	'outline of a document: headings (第X章, 一、, （一）, 1., 专栏, table titles ...) with level, title, extent, parent and title path';

CREATE FUNCTION plan_doc_info(doc text,
	OUT kind text, OUT region text, OUT year int, OUT period text,
	OUT period_start int, OUT period_end int, OUT title text)
	RETURNS record
	AS 'MODULE_PATHNAME', 'plan_doc_info'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION plan_doc_info(text) IS
	'facts about a plan document: kind, region, year issued or reported in, five-year-plan period (NULL where the text does not say)';

CREATE FUNCTION plan_split_documents(doc text,
	OUT ord int, OUT pos int, OUT len int)
	RETURNS SETOF record
	AS 'MODULE_PATHNAME', 'plan_split_documents'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 5;
COMMENT ON FUNCTION plan_split_documents(text) IS
	'where each of several documents pasted into one text begins (1-based character position) and how long it is';

------------------------------------------------------------------------
-- Indicator extraction
------------------------------------------------------------------------

------------------------------------------------------------------------
-- Full-text search: parser, dictionaries, configuration, user words
------------------------------------------------------------------------

------------------------------------------------------------------------
-- Indicator catalogue, comparison and batch extraction
------------------------------------------------------------------------
