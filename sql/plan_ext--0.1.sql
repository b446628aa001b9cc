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

-- Every quantitative statement of a plan or report as a row
-- (src/extract.c, src/core/pe_extract*.c; docs/indicators.md).  Not
-- STRICT: a NULL report_year means "infer it from the text"; a NULL doc
-- returns no rows.  IMMUTABLE: the rules and the indicator catalogue are
-- compiled in, nothing is read from tables or settings.
CREATE FUNCTION plan_indicators(doc text, report_year int DEFAULT NULL,
	OUT ord int, OUT section text, OUT indicator text, OUT measure text,
	OUT value numeric, OUT value_max numeric, OUT unit text,
	OUT qualifier text, OUT quantity plan_quantity, OUT year int,
	OUT period text, OUT kind text, OUT attribute text, OUT quote text,
	OUT pos int, OUT len int, OUT indicator_key text)
	RETURNS SETOF record
	AS 'MODULE_PATHNAME', 'plan_indicators'
	LANGUAGE C IMMUTABLE PARALLEL SAFE
	ROWS 50;
COMMENT ON FUNCTION plan_indicators(text, int) IS
	'indicator rows of a plan text: indicator, measure, value, unit, qualifier, year, period, target or actual, and the exact source span';

------------------------------------------------------------------------
-- Full-text search: parser, dictionaries, configuration, user words
------------------------------------------------------------------------

------------------------------------------------------------------------
-- Indicator catalogue, comparison and batch extraction
------------------------------------------------------------------------

-- Indicator identity: the compiled-in catalogue and the key function
-- (src/catalog.c, src/core/pe_catalog.c; docs/compare.md).

CREATE FUNCTION plan_indicator_key(name text) RETURNS text
	AS 'MODULE_PATHNAME', 'plan_indicator_key'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION plan_indicator_key(text) IS
	'canonical key of an indicator name from the compiled-in catalogue (gdp, retail_sales, ...); names it does not know get ~ and their normalised name';

CREATE FUNCTION plan_indicator_normalize(name text) RETURNS text
	AS 'MODULE_PATHNAME', 'plan_indicator_normalize'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION plan_indicator_normalize(text) IS
	'indicator name as the key function matches it: full-width folded, lower-cased, white space and punctuation removed';

CREATE FUNCTION plan_indicator_catalog_rows(
		OUT ord int, OUT key text, OUT name_zh text, OUT name_en text,
		OUT domain text, OUT unit text, OUT aliases text[])
	RETURNS SETOF record
	AS 'MODULE_PATHNAME', 'plan_indicator_catalog_rows'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 250;
COMMENT ON FUNCTION plan_indicator_catalog_rows() IS
	'rows of the compiled-in indicator catalogue; read it through the plan_indicator_catalog view';

CREATE VIEW plan_indicator_catalog AS
	SELECT ord, key, name_zh, name_en, domain, unit, aliases
	FROM @extschema@.plan_indicator_catalog_rows();
COMMENT ON VIEW plan_indicator_catalog IS
	'the compiled-in indicator catalogue: key, Chinese display name, English name, domain, usual unit, aliases';

-- User aliases: kept by pg_dump, applied through plan_indicator_key_user()
-- or a join on alias_key (never inside the IMMUTABLE extraction).
CREATE TABLE plan_indicator_alias (
	alias		text PRIMARY KEY,
	alias_key	text GENERATED ALWAYS AS (@extschema@.plan_indicator_key(alias)) STORED
				UNIQUE,
	key			text NOT NULL CHECK (key OPERATOR(pg_catalog.<>) ''),
	note		text
);
COMMENT ON TABLE plan_indicator_alias IS
	'user aliases: rows whose plan_indicator_key(indicator) equals alias_key take key instead (apply with plan_indicator_key_user or a join on alias_key)';
COMMENT ON COLUMN plan_indicator_alias.alias IS 'an indicator name as written in documents';
COMMENT ON COLUMN plan_indicator_alias.alias_key IS 'the key plan_indicator_key gives the alias (generated)';
COMMENT ON COLUMN plan_indicator_alias.key IS 'the key rows with that alias should take: a catalogue key or a key of your own';
SELECT pg_catalog.pg_extension_config_dump('plan_indicator_alias', '');

CREATE FUNCTION plan_indicator_key_user(name text) RETURNS text
	LANGUAGE sql STABLE STRICT PARALLEL SAFE
	BEGIN ATOMIC
		SELECT COALESCE(
			(SELECT a.key FROM @extschema@.plan_indicator_alias a
			  WHERE a.alias_key OPERATOR(pg_catalog.=) @extschema@.plan_indicator_key(name)),
			@extschema@.plan_indicator_key(name));
	END;
COMMENT ON FUNCTION plan_indicator_key_user(text) IS
	'plan_indicator_key with the user aliases of plan_indicator_alias applied (STABLE: reads the table)';

CREATE FUNCTION plan_resolve_key(key text) RETURNS text
	LANGUAGE sql STABLE STRICT PARALLEL SAFE
	BEGIN ATOMIC
		SELECT COALESCE(
			(SELECT a.key FROM @extschema@.plan_indicator_alias a
			  WHERE a.alias_key OPERATOR(pg_catalog.=) plan_resolve_key.key),
			plan_resolve_key.key);
	END;
COMMENT ON FUNCTION plan_resolve_key(text) IS
	'an indicator_key with the user aliases of plan_indicator_alias applied (STABLE: reads the table)';
