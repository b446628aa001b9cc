/* sql/plan_ext--0.1.sql */

-- complain if script is sourced in psql, rather than via CREATE EXTENSION
\echo Use "CREATE EXTENSION plan_ext" to load this file. \quit

-- SECURITY RULE: every SQL and PL/pgSQL body is safe under a hostile
-- search_path (docs/security.md).  A caller's search_path may put first a
-- schema where another role planted operators, functions or types (an
-- =(oid, regclass) operator is chosen even with pg_catalog first, since
-- pg_catalog has none of that exact signature).  So:
--  * a LANGUAGE sql or plpgsql FUNCTION carries
--      SET search_path = pg_catalog, pg_temp
--    and names the extension's own objects @extschema@.name;
--  * a PROCEDURE that COMMITs cannot carry SET (PostgreSQL refuses
--    transaction control there), so it names everything itself: operators
--    as OPERATOR(pg_catalog.=), functions, types and tables with their
--    schema, in its body, its DECLARE section and every string it EXECUTEs;
--  * views and other objects created from a body are created under the
--    safe path, so they store pg_catalog's operators;
--  * no SECURITY DEFINER function; nothing here is `trusted`.
-- test/pgtap/security.sql plants such objects and checks that none runs;
-- test/pgtap/00_extension.sql checks every function carries the SET.

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

CREATE FUNCTION plan_number(numeral text) RETURNS numeric
	AS 'MODULE_PATHNAME', 'plan_number'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION plan_number(text) IS
	'one Arabic, Chinese, financial or mixed numeral (1,234.5, 一千二百三十四万, 1.2万, 三分之一, 百分之五, 七成, 翻两番) as an exact numeric';

CREATE TYPE plan_quantity;

CREATE FUNCTION plan_quantity_in(cstring) RETURNS plan_quantity
	AS 'MODULE_PATHNAME', 'plan_quantity_in'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION plan_quantity_out(plan_quantity) RETURNS cstring
	AS 'MODULE_PATHNAME', 'plan_quantity_out'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION plan_quantity_recv(internal) RETURNS plan_quantity
	AS 'MODULE_PATHNAME', 'plan_quantity_recv'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION plan_quantity_send(plan_quantity) RETURNS bytea
	AS 'MODULE_PATHNAME', 'plan_quantity_send'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE plan_quantity (
	INPUT = plan_quantity_in,
	OUTPUT = plan_quantity_out,
	RECEIVE = plan_quantity_recv,
	SEND = plan_quantity_send,
	INTERNALLENGTH = VARIABLE,
	ALIGNMENT = double,
	STORAGE = plain
);
COMMENT ON TYPE plan_quantity IS
	'a quantity as written in plan text: exact value, optional upper end, unit, qualifier (8.5%左右, 35亿元以上, 6%-6.5%)';
COMMENT ON FUNCTION plan_quantity_in(cstring) IS 'plan_quantity text input';
COMMENT ON FUNCTION plan_quantity_out(plan_quantity) IS 'plan_quantity text output (read back by the input)';
COMMENT ON FUNCTION plan_quantity_recv(internal) IS 'plan_quantity binary input (validated like text input)';
COMMENT ON FUNCTION plan_quantity_send(plan_quantity) IS 'plan_quantity binary output';

CREATE CAST (text AS plan_quantity) WITH INOUT;
CREATE CAST (plan_quantity AS text) WITH INOUT AS ASSIGNMENT;

-- accessors: plain types for BI tools
CREATE FUNCTION plan_quantity_value(plan_quantity) RETURNS numeric
	AS 'MODULE_PATHNAME', 'plan_quantity_value'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION plan_quantity_value(plan_quantity) IS
	'the number in the unit as written (the lower end of a range)';
CREATE FUNCTION plan_quantity_value_max(plan_quantity) RETURNS numeric
	AS 'MODULE_PATHNAME', 'plan_quantity_value_max'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION plan_quantity_value_max(plan_quantity) IS
	'the upper end of a range in the unit as written; NULL unless the qualifier is range';
CREATE FUNCTION plan_quantity_unit(plan_quantity) RETURNS text
	AS 'MODULE_PATHNAME', 'plan_quantity_unit'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION plan_quantity_unit(plan_quantity) IS
	'the unit as written (亿元, 万吨, %, 个百分点); NULL for a bare number';
CREATE FUNCTION plan_quantity_qualifier(plan_quantity) RETURNS text
	AS 'MODULE_PATHNAME', 'plan_quantity_qualifier'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION plan_quantity_qualifier(plan_quantity) IS
	'exact, about, at_least, at_most or range';
CREATE FUNCTION plan_quantity_inclusive(plan_quantity) RETURNS boolean
	AS 'MODULE_PATHNAME', 'plan_quantity_inclusive'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION plan_quantity_inclusive(plan_quantity) IS
	'whether an at_least/at_most bound includes the number (以上 yes, 超过 no, per 民法典 §1259); NULL for exact and about';
CREATE FUNCTION plan_quantity_dimension(plan_quantity) RETURNS text
	AS 'MODULE_PATHNAME', 'plan_quantity_dimension'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION plan_quantity_dimension(plan_quantity) IS
	'the dimension: money, mass, people, percent, percentage_point, count:个, unit:<word> for units not in the catalogue, number';
CREATE FUNCTION plan_quantity_base_unit(plan_quantity) RETURNS text
	AS 'MODULE_PATHNAME', 'plan_quantity_base_unit'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION plan_quantity_base_unit(plan_quantity) IS
	'the base unit of the dimension (元, 吨, 平方米, %); NULL for a bare number';
CREATE FUNCTION plan_quantity_base_value(plan_quantity) RETURNS numeric
	AS 'MODULE_PATHNAME', 'plan_quantity_base_value'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION plan_quantity_base_value(plan_quantity) IS
	'the value in the base unit of its dimension (105.8亿元 gives 10580000000)';
CREATE FUNCTION plan_quantity_base_value_max(plan_quantity) RETURNS numeric
	AS 'MODULE_PATHNAME', 'plan_quantity_base_value_max'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION plan_quantity_base_value_max(plan_quantity) IS
	'the upper end of a range in the base unit; NULL unless the qualifier is range';
CREATE FUNCTION plan_quantity_to(plan_quantity, unit text) RETURNS plan_quantity
	AS 'MODULE_PATHNAME', 'plan_quantity_to'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION plan_quantity_to(plan_quantity, text) IS
	'the same amount in another unit of the same dimension, exactly (105.8亿元 to 万元 gives 1058000万元)';
CREATE FUNCTION plan_quantity(value numeric, unit text) RETURNS plan_quantity
	AS 'MODULE_PATHNAME', 'plan_quantity_make'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION plan_quantity(numeric, text) IS
	'an exact quantity from a value and a unit (use '''' for a bare number)';

CREATE FUNCTION plan_units(OUT entry int, OUT unit text, OUT dimension text,
		OUT base_unit text, OUT scale numeric, OUT magnitude_prefix boolean,
		OUT classifier boolean, OUT alias boolean)
	RETURNS SETOF record
	AS 'MODULE_PATHNAME', 'plan_units'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 100;
COMMENT ON FUNCTION plan_units() IS
	'the compiled-in unit catalogue: each written unit with its dimension, base unit and exact scale';

CREATE FUNCTION plan_quantity_scan(doc text, OUT ord int, OUT start_pos int,
		OUT end_pos int, OUT raw text, OUT quantity plan_quantity)
	RETURNS SETOF record
	AS 'MODULE_PATHNAME', 'plan_quantity_scan'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION plan_quantity_scan(text) IS
	'every quantity in running text with 1-based character positions (raw = substr(doc, start_pos, end_pos - start_pos))';

-- comparison: total order for btree/hash (never raises)
CREATE FUNCTION plan_quantity_cmp(plan_quantity, plan_quantity) RETURNS int
	AS 'MODULE_PATHNAME', 'plan_quantity_cmp'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION plan_quantity_cmp(plan_quantity, plan_quantity) IS
	'total order: dimension, base value, upper end, qualifier (btree support)';
CREATE FUNCTION plan_quantity_hash(plan_quantity) RETURNS int
	AS 'MODULE_PATHNAME', 'plan_quantity_hash'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION plan_quantity_hash(plan_quantity) IS
	'hash consistent with = (hash support)';
CREATE FUNCTION plan_quantity_eq(plan_quantity, plan_quantity) RETURNS boolean
	AS 'MODULE_PATHNAME', 'plan_quantity_eq' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION plan_quantity_ne(plan_quantity, plan_quantity) RETURNS boolean
	AS 'MODULE_PATHNAME', 'plan_quantity_ne' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION plan_quantity_lt(plan_quantity, plan_quantity) RETURNS boolean
	AS 'MODULE_PATHNAME', 'plan_quantity_lt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION plan_quantity_le(plan_quantity, plan_quantity) RETURNS boolean
	AS 'MODULE_PATHNAME', 'plan_quantity_le' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION plan_quantity_gt(plan_quantity, plan_quantity) RETURNS boolean
	AS 'MODULE_PATHNAME', 'plan_quantity_gt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION plan_quantity_ge(plan_quantity, plan_quantity) RETURNS boolean
	AS 'MODULE_PATHNAME', 'plan_quantity_ge' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION plan_quantity_eq(plan_quantity, plan_quantity) IS 'implementation of = (total order)';
COMMENT ON FUNCTION plan_quantity_ne(plan_quantity, plan_quantity) IS 'implementation of <> (total order)';
COMMENT ON FUNCTION plan_quantity_lt(plan_quantity, plan_quantity) IS 'implementation of < (total order)';
COMMENT ON FUNCTION plan_quantity_le(plan_quantity, plan_quantity) IS 'implementation of <= (total order)';
COMMENT ON FUNCTION plan_quantity_gt(plan_quantity, plan_quantity) IS 'implementation of > (total order)';
COMMENT ON FUNCTION plan_quantity_ge(plan_quantity, plan_quantity) IS 'implementation of >= (total order)';

CREATE OPERATOR = (LEFTARG = plan_quantity, RIGHTARG = plan_quantity,
	FUNCTION = plan_quantity_eq, COMMUTATOR = =, NEGATOR = <>,
	RESTRICT = eqsel, JOIN = eqjoinsel, HASHES, MERGES);
CREATE OPERATOR <> (LEFTARG = plan_quantity, RIGHTARG = plan_quantity,
	FUNCTION = plan_quantity_ne, COMMUTATOR = <>, NEGATOR = =,
	RESTRICT = neqsel, JOIN = neqjoinsel);
CREATE OPERATOR < (LEFTARG = plan_quantity, RIGHTARG = plan_quantity,
	FUNCTION = plan_quantity_lt, COMMUTATOR = >, NEGATOR = >=,
	RESTRICT = scalarltsel, JOIN = scalarltjoinsel);
CREATE OPERATOR <= (LEFTARG = plan_quantity, RIGHTARG = plan_quantity,
	FUNCTION = plan_quantity_le, COMMUTATOR = >=, NEGATOR = >,
	RESTRICT = scalarlesel, JOIN = scalarlejoinsel);
CREATE OPERATOR > (LEFTARG = plan_quantity, RIGHTARG = plan_quantity,
	FUNCTION = plan_quantity_gt, COMMUTATOR = <, NEGATOR = <=,
	RESTRICT = scalargtsel, JOIN = scalargtjoinsel);
CREATE OPERATOR >= (LEFTARG = plan_quantity, RIGHTARG = plan_quantity,
	FUNCTION = plan_quantity_ge, COMMUTATOR = <=, NEGATOR = <,
	RESTRICT = scalargesel, JOIN = scalargejoinsel);
COMMENT ON OPERATOR = (plan_quantity, plan_quantity) IS 'equal: same dimension, base value, upper end and qualifier (1亿元 = 10000万元)';
COMMENT ON OPERATOR <> (plan_quantity, plan_quantity) IS 'not equal (total order)';
COMMENT ON OPERATOR < (plan_quantity, plan_quantity) IS 'less than (total order; dimensions order first)';
COMMENT ON OPERATOR <= (plan_quantity, plan_quantity) IS 'less than or equal (total order)';
COMMENT ON OPERATOR > (plan_quantity, plan_quantity) IS 'greater than (total order)';
COMMENT ON OPERATOR >= (plan_quantity, plan_quantity) IS 'greater than or equal (total order)';

CREATE OPERATOR CLASS plan_quantity_ops
	DEFAULT FOR TYPE plan_quantity USING btree AS
		OPERATOR 1 <,
		OPERATOR 2 <=,
		OPERATOR 3 =,
		OPERATOR 4 >=,
		OPERATOR 5 >,
		FUNCTION 1 plan_quantity_cmp(plan_quantity, plan_quantity);
CREATE OPERATOR CLASS plan_quantity_hash_ops
	DEFAULT FOR TYPE plan_quantity USING hash AS
		OPERATOR 1 =,
		FUNCTION 1 plan_quantity_hash(plan_quantity);

-- strict comparison: raises 22000 when the dimensions differ
CREATE FUNCTION plan_quantity_cmp_strict(plan_quantity, plan_quantity) RETURNS int
	AS 'MODULE_PATHNAME', 'plan_quantity_cmp_strict'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION plan_quantity_cmp_strict(plan_quantity, plan_quantity) IS
	'-1, 0 or 1 like plan_quantity_cmp, but raises 22000 when the dimensions differ';
CREATE FUNCTION plan_quantity_eq_strict(plan_quantity, plan_quantity) RETURNS boolean
	AS 'MODULE_PATHNAME', 'plan_quantity_eq_strict' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION plan_quantity_ne_strict(plan_quantity, plan_quantity) RETURNS boolean
	AS 'MODULE_PATHNAME', 'plan_quantity_ne_strict' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION plan_quantity_lt_strict(plan_quantity, plan_quantity) RETURNS boolean
	AS 'MODULE_PATHNAME', 'plan_quantity_lt_strict' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION plan_quantity_le_strict(plan_quantity, plan_quantity) RETURNS boolean
	AS 'MODULE_PATHNAME', 'plan_quantity_le_strict' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION plan_quantity_gt_strict(plan_quantity, plan_quantity) RETURNS boolean
	AS 'MODULE_PATHNAME', 'plan_quantity_gt_strict' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION plan_quantity_ge_strict(plan_quantity, plan_quantity) RETURNS boolean
	AS 'MODULE_PATHNAME', 'plan_quantity_ge_strict' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION plan_quantity_eq_strict(plan_quantity, plan_quantity) IS 'implementation of #= (raises on a dimension mismatch)';
COMMENT ON FUNCTION plan_quantity_ne_strict(plan_quantity, plan_quantity) IS 'implementation of #<> (raises on a dimension mismatch)';
COMMENT ON FUNCTION plan_quantity_lt_strict(plan_quantity, plan_quantity) IS 'implementation of #< (raises on a dimension mismatch)';
COMMENT ON FUNCTION plan_quantity_le_strict(plan_quantity, plan_quantity) IS 'implementation of #<= (raises on a dimension mismatch)';
COMMENT ON FUNCTION plan_quantity_gt_strict(plan_quantity, plan_quantity) IS 'implementation of #> (raises on a dimension mismatch)';
COMMENT ON FUNCTION plan_quantity_ge_strict(plan_quantity, plan_quantity) IS 'implementation of #>= (raises on a dimension mismatch)';

CREATE OPERATOR #= (LEFTARG = plan_quantity, RIGHTARG = plan_quantity,
	FUNCTION = plan_quantity_eq_strict, COMMUTATOR = #=, NEGATOR = #<>);
CREATE OPERATOR #<> (LEFTARG = plan_quantity, RIGHTARG = plan_quantity,
	FUNCTION = plan_quantity_ne_strict, COMMUTATOR = #<>, NEGATOR = #=);
CREATE OPERATOR #< (LEFTARG = plan_quantity, RIGHTARG = plan_quantity,
	FUNCTION = plan_quantity_lt_strict, COMMUTATOR = #>, NEGATOR = #>=);
CREATE OPERATOR #<= (LEFTARG = plan_quantity, RIGHTARG = plan_quantity,
	FUNCTION = plan_quantity_le_strict, COMMUTATOR = #>=, NEGATOR = #>);
CREATE OPERATOR #> (LEFTARG = plan_quantity, RIGHTARG = plan_quantity,
	FUNCTION = plan_quantity_gt_strict, COMMUTATOR = #<, NEGATOR = #<=);
CREATE OPERATOR #>= (LEFTARG = plan_quantity, RIGHTARG = plan_quantity,
	FUNCTION = plan_quantity_ge_strict, COMMUTATOR = #<=, NEGATOR = #<);
COMMENT ON OPERATOR #= (plan_quantity, plan_quantity) IS 'strict equal: raises 22000 when the dimensions differ';
COMMENT ON OPERATOR #<> (plan_quantity, plan_quantity) IS 'strict not equal: raises 22000 when the dimensions differ';
COMMENT ON OPERATOR #< (plan_quantity, plan_quantity) IS 'strict less than: raises 22000 when the dimensions differ';
COMMENT ON OPERATOR #<= (plan_quantity, plan_quantity) IS 'strict less than or equal: raises 22000 when the dimensions differ';
COMMENT ON OPERATOR #> (plan_quantity, plan_quantity) IS 'strict greater than: raises 22000 when the dimensions differ';
COMMENT ON OPERATOR #>= (plan_quantity, plan_quantity) IS 'strict greater than or equal: raises 22000 when the dimensions differ';

-- arithmetic
CREATE FUNCTION plan_quantity_add(plan_quantity, plan_quantity) RETURNS plan_quantity
	AS 'MODULE_PATHNAME', 'plan_quantity_add' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION plan_quantity_sub(plan_quantity, plan_quantity) RETURNS plan_quantity
	AS 'MODULE_PATHNAME', 'plan_quantity_sub' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION plan_quantity_mul(plan_quantity, numeric) RETURNS plan_quantity
	AS 'MODULE_PATHNAME', 'plan_quantity_mul' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION plan_quantity_mul(numeric, plan_quantity) RETURNS plan_quantity
	AS 'MODULE_PATHNAME', 'plan_quantity_mul_rev' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION plan_quantity_div(plan_quantity, numeric) RETURNS plan_quantity
	AS 'MODULE_PATHNAME', 'plan_quantity_div' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION plan_quantity_add(plan_quantity, plan_quantity) IS
	'sum within one dimension in the left unit (% plus 个百分点 gives %)';
COMMENT ON FUNCTION plan_quantity_sub(plan_quantity, plan_quantity) IS
	'difference within one dimension in the left unit (% minus % gives 个百分点)';
COMMENT ON FUNCTION plan_quantity_mul(plan_quantity, numeric) IS 'quantity times a number';
COMMENT ON FUNCTION plan_quantity_mul(numeric, plan_quantity) IS 'number times a quantity';
COMMENT ON FUNCTION plan_quantity_div(plan_quantity, numeric) IS 'quantity divided by a number (exact fraction)';

CREATE OPERATOR + (LEFTARG = plan_quantity, RIGHTARG = plan_quantity,
	FUNCTION = plan_quantity_add, COMMUTATOR = +);
CREATE OPERATOR - (LEFTARG = plan_quantity, RIGHTARG = plan_quantity,
	FUNCTION = plan_quantity_sub);
CREATE OPERATOR * (LEFTARG = plan_quantity, RIGHTARG = numeric,
	FUNCTION = plan_quantity_mul, COMMUTATOR = *);
CREATE OPERATOR * (LEFTARG = numeric, RIGHTARG = plan_quantity,
	FUNCTION = plan_quantity_mul, COMMUTATOR = *);
CREATE OPERATOR / (LEFTARG = plan_quantity, RIGHTARG = numeric,
	FUNCTION = plan_quantity_div);
COMMENT ON OPERATOR + (plan_quantity, plan_quantity) IS 'sum within one dimension';
COMMENT ON OPERATOR - (plan_quantity, plan_quantity) IS 'difference within one dimension';
COMMENT ON OPERATOR * (plan_quantity, numeric) IS 'quantity times a number';
COMMENT ON OPERATOR * (numeric, plan_quantity) IS 'number times a quantity';
COMMENT ON OPERATOR / (plan_quantity, numeric) IS 'quantity divided by a number';

-- STABLE, not IMMUTABLE: the result depends on the setting
-- plan_ext.about_tolerance (for 左右 targets), which can change per session.
CREATE FUNCTION plan_quantity_satisfies(actual plan_quantity, target plan_quantity)
	RETURNS boolean
	AS 'MODULE_PATHNAME', 'plan_quantity_satisfies'
	LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION plan_quantity_satisfies(plan_quantity, plan_quantity) IS
	'did an actual value meet a target, honouring its qualifier (NULL when the dimensions differ or it cannot be decided); about targets use plan_ext.about_tolerance';

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
	OUT period_start int, OUT period_end int, OUT title text,
	OUT level text, OUT type text, OUT report_year int, OUT date date,
	OUT session text, OUT session_year int)
	RETURNS record
	AS 'MODULE_PATHNAME', 'plan_doc_info'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION plan_doc_info(text) IS
	'facts about a plan document: kind, region, year, five-year-plan period, title, level, type, report year, delivery date and 人大 session (NULL where the text does not say)';

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

CREATE FUNCTION plan_indicators_explain(doc text, report_year int DEFAULT NULL,
	OUT ord int, OUT indicator text, OUT measure text, OUT value numeric,
	OUT unit text, OUT qualifier text, OUT year int, OUT kind text,
	OUT rule text, OUT cue text, OUT cue_pos int, OUT pos int)
	RETURNS SETOF record
	AS 'MODULE_PATHNAME', 'plan_indicators_explain'
	LANGUAGE C IMMUTABLE PARALLEL SAFE
	ROWS 50;
COMMENT ON FUNCTION plan_indicators_explain(text, int) IS
	'the rows of plan_indicators with the rule that decided each row''s kind and year and the cue it read (1-based character position)';

------------------------------------------------------------------------
-- Full-text search: parser, dictionaries, configuration, user words
------------------------------------------------------------------------

-- The user dictionary.  Words (2 to 64 Han characters) that segmentation
-- keeps whole, on top of the built-in plan lexicon.  A statement trigger
-- tells every backend to reload the words on its next call; see
-- docs/search.md for why tsvectors change with it and how to reindex.
CREATE TABLE plan_user_words (
	word text PRIMARY KEY
		CONSTRAINT plan_user_words_word_check
		CHECK (word ~ '^[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3007]{2,64}$'),
	note text,
	added_by name NOT NULL DEFAULT current_user,
	added_at timestamptz NOT NULL DEFAULT pg_catalog.now()
);
COMMENT ON TABLE plan_user_words IS
	'User dictionary of plan_parser: Chinese words kept whole by segmentation (takes effect in every session on its next call)';
COMMENT ON COLUMN plan_user_words.word IS 'the word, 2 to 64 Han characters (Traditional and full-width forms are folded when matching)';
COMMENT ON COLUMN plan_user_words.note IS 'free text: source, reason';
COMMENT ON COLUMN plan_user_words.added_by IS 'role that added the word';
COMMENT ON COLUMN plan_user_words.added_at IS 'when the word was added';
SELECT pg_catalog.pg_extension_config_dump('plan_user_words', '');
GRANT SELECT ON plan_user_words TO PUBLIC;

CREATE FUNCTION plan_user_words_changed() RETURNS trigger
	AS 'MODULE_PATHNAME', 'plan_user_words_changed'
	LANGUAGE C;
COMMENT ON FUNCTION plan_user_words_changed() IS
	'trigger: signal every backend to reload plan_user_words on its next segmentation';
CREATE TRIGGER plan_user_words_changed
	AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON plan_user_words
	FOR EACH STATEMENT EXECUTE FUNCTION plan_user_words_changed();

-- The parser.  Its functions are internal-only; see docs/search.md for
-- the token types.
CREATE FUNCTION plan_prs_start(internal, int4) RETURNS internal
	AS 'MODULE_PATHNAME', 'plan_prs_start' LANGUAGE C STRICT;
CREATE FUNCTION plan_prs_nexttoken(internal, internal, internal) RETURNS internal
	AS 'MODULE_PATHNAME', 'plan_prs_nexttoken' LANGUAGE C STRICT;
CREATE FUNCTION plan_prs_end(internal) RETURNS void
	AS 'MODULE_PATHNAME', 'plan_prs_end' LANGUAGE C STRICT;
CREATE FUNCTION plan_prs_lextype(internal) RETURNS internal
	AS 'MODULE_PATHNAME', 'plan_prs_lextype' LANGUAGE C STRICT;
COMMENT ON FUNCTION plan_prs_start(internal, int4) IS 'plan_parser: segment a document';
COMMENT ON FUNCTION plan_prs_nexttoken(internal, internal, internal) IS 'plan_parser: next token';
COMMENT ON FUNCTION plan_prs_end(internal) IS 'plan_parser: end of document';
COMMENT ON FUNCTION plan_prs_lextype(internal) IS 'plan_parser: token types';
CREATE FUNCTION plan_prs_headline(internal, internal, tsquery) RETURNS internal
	AS 'MODULE_PATHNAME', 'plan_prs_headline' LANGUAGE C STRICT;
COMMENT ON FUNCTION plan_prs_headline(internal, internal, tsquery) IS
	'plan_parser: headline marking only the spans that satisfy the query (prsd_headline''s options and fragments)';

CREATE TEXT SEARCH PARSER plan_parser (
	START = plan_prs_start,
	GETTOKEN = plan_prs_nexttoken,
	END = plan_prs_end,
	LEXTYPES = plan_prs_lextype,
	HEADLINE = plan_prs_headline
);
COMMENT ON TEXT SEARCH PARSER plan_parser IS
	'Chinese plan text: lexicon-based segmentation, Latin words, numbers; every byte is a token';

CREATE FUNCTION plan_zh_dict_init(internal) RETURNS internal
	AS 'MODULE_PATHNAME', 'plan_zh_dict_init' LANGUAGE C STRICT;
CREATE FUNCTION plan_zh_dict_lexize(internal, internal, internal, internal) RETURNS internal
	AS 'MODULE_PATHNAME', 'plan_zh_dict_lexize' LANGUAGE C STRICT;
COMMENT ON FUNCTION plan_zh_dict_init(internal) IS 'plan_zh_template: parse options';
COMMENT ON FUNCTION plan_zh_dict_lexize(internal, internal, internal, internal) IS
	'plan_zh_template: fold a token, drop function words, add sub-words at the same position';

CREATE TEXT SEARCH TEMPLATE plan_zh_template (
	INIT = plan_zh_dict_init,
	LEXIZE = plan_zh_dict_lexize
);
COMMENT ON TEXT SEARCH TEMPLATE plan_zh_template IS
	'fold (width, Traditional, case), Chinese stop list, compound parts as extra lexemes at the same position';

CREATE TEXT SEARCH DICTIONARY plan_zh_dict (TEMPLATE = plan_zh_template);
COMMENT ON TEXT SEARCH DICTIONARY plan_zh_dict IS
	'plan_zh: lexemes with sub-words (options subwords, stopwords: boolean, default true)';

CREATE TEXT SEARCH CONFIGURATION plan_zh (PARSER = plan_parser);
ALTER TEXT SEARCH CONFIGURATION plan_zh
	ADD MAPPING FOR asciiword, word, numword, cjkword, cjkchar, number, userword
	WITH plan_zh_dict;
COMMENT ON TEXT SEARCH CONFIGURATION plan_zh IS
	'Chinese plan text: plan_parser with plan_zh_dict for every word-like token type';

CREATE FUNCTION plan_segment(doc text) RETURNS text[]
	AS 'MODULE_PATHNAME', 'plan_segment'
	LANGUAGE C STABLE STRICT PARALLEL SAFE;
-- STABLE, not IMMUTABLE: the result depends on plan_user_words.
COMMENT ON FUNCTION plan_segment(text) IS
	'the tokens plan_parser cuts a text into: words, numbers and each punctuation mark, white space left out';

CREATE FUNCTION plan_tsquery(query text) RETURNS tsquery
	AS 'MODULE_PATHNAME', 'plan_tsquery'
	LANGUAGE C STABLE STRICT PARALLEL SAFE;
-- STABLE, not IMMUTABLE: segmentation depends on plan_user_words.
COMMENT ON FUNCTION plan_tsquery(text) IS
	'a search string to a plan_zh tsquery: terms AND-ed, each term a phrase of its segments, "quotes", OR, -negation';

CREATE FUNCTION plan_tsvector(doc text) RETURNS tsvector
	AS 'MODULE_PATHNAME', 'plan_tsvector'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
-- IMMUTABLE like to_tsvector(regconfig, text), for index expressions:
-- the user words are the one input outside the arguments, as for any
-- text search dictionary (reindex after changing them; docs/search.md).
COMMENT ON FUNCTION plan_tsvector(text) IS
	'to_tsvector(''plan_zh'', doc), the same tsvector, built directly and about twice as fast';

-- After pg_dump and restore.  pg_dump writes a table's data before the
-- rows of plan_user_words (an extension's configuration table is dumped
-- with the other tables' data, in name order), so a stored generated
-- column such as to_tsvector('plan_zh', body) is computed while the
-- restored database has no user words yet.  Expression indexes are built
-- after all data and are right.  This recomputes, in one UPDATE per table,
-- the stored generated columns whose expressions use an object of
-- plan_ext (the plan_zh configuration, plan_tsvector, ...), touching only
-- the rows whose stored value differs from a fresh computation
-- (docs/search.md).  NULL: every table of the database but the tables
-- of extensions (their partitions through their parents).  VOLATILE: it
-- writes; SECURITY INVOKER: the caller needs UPDATE on the tables.
CREATE FUNCTION plan_refresh_search_columns(tbl regclass DEFAULT NULL)
	RETURNS TABLE (table_name regclass, search_columns name[], rows_updated bigint)
	LANGUAGE plpgsql VOLATILE
	SET search_path = pg_catalog, pg_temp
AS $plan_refresh_search_columns$
DECLARE
	r		record;
	n		bigint;
	sets	text;
BEGIN
	FOR r IN
		WITH ext AS (
			SELECT e.oid FROM pg_catalog.pg_extension e WHERE e.extname = 'plan_ext'),
		gen AS (
			SELECT c.oid AS rel, a.attnum, a.attname, d.oid AS defoid,
				   pg_catalog.pg_get_expr(d.adbin, d.adrelid) AS expr
			FROM pg_catalog.pg_class c
			JOIN pg_catalog.pg_attribute a
			  ON a.attrelid = c.oid AND a.attgenerated = 's' AND NOT a.attisdropped
			JOIN pg_catalog.pg_attrdef d ON d.adrelid = c.oid AND d.adnum = a.attnum
			WHERE c.relkind IN ('r', 'p')
			  AND (CASE WHEN tbl IS NULL
						THEN NOT c.relispartition
							 AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend own
											 WHERE own.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
											   AND own.objid = c.oid AND own.deptype = 'e')
						ELSE c.oid = tbl::pg_catalog.oid END)
			  AND EXISTS (
				SELECT 1 FROM pg_catalog.pg_depend dep
				JOIN pg_catalog.pg_depend member
				  ON member.classid = dep.refclassid AND member.objid = dep.refobjid
				 AND member.deptype = 'e'
				 AND member.refclassid = 'pg_catalog.pg_extension'::pg_catalog.regclass
				 AND member.refobjid = (SELECT ext.oid FROM ext)
				WHERE dep.classid = 'pg_catalog.pg_attrdef'::pg_catalog.regclass
				  AND dep.objid = d.oid))
		SELECT g.rel::pg_catalog.regclass AS rel,
			   pg_catalog.array_agg(g.attname ORDER BY g.attnum) AS cols,
			   pg_catalog.string_agg(pg_catalog.format(
					'%I::pg_catalog.text IS DISTINCT FROM (%s)::pg_catalog.text', g.attname, g.expr),
					' OR ' ORDER BY g.attnum) AS cond,
			   (SELECT pg_catalog.string_agg(pg_catalog.format('%I = %I', b.attname, b.attname), ', '
											 ORDER BY b.attnum)
				FROM pg_catalog.pg_attribute b
				WHERE b.attrelid = g.rel AND b.attnum IN (
						SELECT dep.refobjsubid FROM pg_catalog.pg_depend dep
						JOIN gen g2 ON g2.defoid = dep.objid AND g2.rel = g.rel
						WHERE dep.classid = 'pg_catalog.pg_attrdef'::pg_catalog.regclass
						  AND dep.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass
						  AND dep.refobjid = g.rel AND dep.refobjsubid > 0)
				  AND b.attgenerated = '' AND NOT b.attisdropped) AS sets
		FROM gen g
		GROUP BY g.rel
		ORDER BY g.rel::pg_catalog.regclass::pg_catalog.text
	LOOP
		sets := r.sets;
		IF sets IS NULL THEN
			-- an expression of no column (a constant): any column rewrites it
			SELECT pg_catalog.format('%I = %I', b.attname, b.attname) INTO sets
			FROM pg_catalog.pg_attribute b
			WHERE b.attrelid = r.rel AND b.attnum > 0 AND b.attgenerated = '' AND NOT b.attisdropped
			ORDER BY b.attnum LIMIT 1;
		END IF;
		EXECUTE pg_catalog.format('UPDATE %s SET %s WHERE %s', r.rel, sets, r.cond);
		GET DIAGNOSTICS n = ROW_COUNT;
		table_name := r.rel;
		search_columns := r.cols;
		rows_updated := n;
		RETURN NEXT;
	END LOOP;
END
$plan_refresh_search_columns$;
COMMENT ON FUNCTION plan_refresh_search_columns(regclass) IS
	'recompute the stored generated columns that use plan_ext (to_tsvector(''plan_zh'', ...)) of one table, or of every table when NULL, where they differ; run after a restore (pg_dump loads table data before plan_user_words)';

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

-- A row's own region: a name that starts with a region below the
-- document's (广州经济总量 in a 广东省 report) is that region's figure.
CREATE FUNCTION plan_indicator_region(indicator text, doc_region text) RETURNS text
	AS 'MODULE_PATHNAME', 'plan_indicator_region'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION plan_indicator_region(text, text) IS
	'the region an indicator name starts with when it lies below the document''s region (广州经济总量 in a 广东省 report: 广州市), else NULL';

CREATE FUNCTION plan_indicator_catalog_rows(
		OUT ord int, OUT key text, OUT name_zh text, OUT name_en text,
		OUT domain text, OUT unit text, OUT aliases text[], OUT direction text)
	RETURNS SETOF record
	AS 'MODULE_PATHNAME', 'plan_indicator_catalog_rows'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 250;
COMMENT ON FUNCTION plan_indicator_catalog_rows() IS
	'rows of the compiled-in indicator catalogue; read it through the plan_indicator_catalog view';

CREATE VIEW plan_indicator_catalog AS
	SELECT ord, key, name_zh, name_en, domain, unit, aliases, direction
	FROM @extschema@.plan_indicator_catalog_rows();
COMMENT ON VIEW plan_indicator_catalog IS
	'the compiled-in indicator catalogue: key, Chinese display name, English name, domain, usual unit, aliases, direction (higher or lower is better)';

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
-- everybody reads the catalogue and the aliases; who may add aliases is the
-- administrator's choice (GRANT INSERT, UPDATE, DELETE ON plan_indicator_alias)
GRANT SELECT ON plan_indicator_catalog, plan_indicator_alias TO PUBLIC;

CREATE FUNCTION plan_indicator_key_user(name text) RETURNS text
	LANGUAGE sql STABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
	-- on a Citus worker the alias table is a reference table read from a
	-- query on a shard; its local copy is what this node should see
	SET citus.allow_nested_distributed_execution = on
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
	SET search_path = pg_catalog, pg_temp
	-- on a Citus worker the alias table is a reference table read from a
	-- query on a shard; its local copy is what this node should see
	SET citus.allow_nested_distributed_execution = on
	BEGIN ATOMIC
		SELECT COALESCE(
			(SELECT a.key FROM @extschema@.plan_indicator_alias a
			  WHERE a.alias_key OPERATOR(pg_catalog.=) plan_resolve_key.key),
			plan_resolve_key.key);
	END;
COMMENT ON FUNCTION plan_resolve_key(text) IS
	'an indicator_key with the user aliases of plan_indicator_alias applied (STABLE: reads the table)';

-- Batch extraction (docs/batch.md): plan_extract() extracts a table of
-- documents into a table of indicator rows, one COMMIT per batch,
-- resumable, re-extracting only documents whose text changed.

CREATE TABLE plan_extract_state (
	target		oid NOT NULL,
	doc_id		text NOT NULL,
	body_md5	text NOT NULL,
	n_rows		int NOT NULL,
	extractor	text NOT NULL,
	extracted_at timestamptz NOT NULL,
	PRIMARY KEY (target, doc_id)
);
COMMENT ON TABLE plan_extract_state IS
	'plan_extract bookkeeping: one row per extracted document (md5 of its text, rows written); a cache, rebuilt when missing';

CREATE TABLE plan_extract_runs (
	run_id		bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	target		oid NOT NULL,
	target_name	text NOT NULL,
	source_name	text NOT NULL,
	backend_pid	int NOT NULL,
	started_at	timestamptz NOT NULL,
	updated_at	timestamptz NOT NULL,
	finished_at	timestamptz,
	docs_total	bigint NOT NULL,
	docs_todo	bigint NOT NULL,
	docs_done	bigint NOT NULL,
	docs_extracted bigint NOT NULL,
	rows_written bigint NOT NULL,
	target_rows	bigint NOT NULL,
	status		text NOT NULL
		CONSTRAINT plan_extract_runs_status_check
		CHECK (status IN ('running', 'done', 'failed', 'interrupted')),
	error		text,
	resumed_from bigint
);
CREATE INDEX plan_extract_runs_target_idx ON plan_extract_runs (target, run_id);
COMMENT ON TABLE plan_extract_runs IS
	'plan_extract runs: one row per CALL (the latest 20 per target are kept), updated and committed after every batch';
COMMENT ON COLUMN plan_extract_runs.backend_pid IS 'the backend running the call; it holds advisory lock (1885151598, target) while it runs';
COMMENT ON COLUMN plan_extract_runs.docs_total IS 'documents of the source (non-NULL key and text): what the target holds when the run is done';
COMMENT ON COLUMN plan_extract_runs.docs_todo IS 'documents that needed extracting when the run started (new, changed, or of another extractor version)';
COMMENT ON COLUMN plan_extract_runs.docs_done IS 'documents of the source up to date in the target (docs_total - docs_todo at the start, then each batch)';
COMMENT ON COLUMN plan_extract_runs.docs_extracted IS 'documents this run extracted';
COMMENT ON COLUMN plan_extract_runs.rows_written IS 'rows this run wrote';
COMMENT ON COLUMN plan_extract_runs.target_rows IS 'rows the bookkeeping records for the whole target (sum of plan_extract_state.n_rows)';
COMMENT ON COLUMN plan_extract_runs.status IS 'running, done, failed (an error or cancel stopped it: see error) or interrupted (its backend ended; set by the next call, shown at once by plan_extract_progress)';
COMMENT ON COLUMN plan_extract_runs.error IS 'SQLSTATE and the first 200 characters of the message of the error that stopped a failed run';
COMMENT ON COLUMN plan_extract_runs.resumed_from IS 'the failed or interrupted run this one finished';

-- Any role may run plan_extract.  Row-level security shows a role the
-- bookkeeping of the target tables it can read, and lets it insert, change
-- or delete only that of the target tables it may write (INSERT and DELETE,
-- what plan_extract itself needs on a target): a role that can only read a
-- target cannot erase its bookkeeping (docs/security.md).  No TRUNCATE.
ALTER TABLE plan_extract_state ENABLE ROW LEVEL SECURITY;
ALTER TABLE plan_extract_runs ENABLE ROW LEVEL SECURITY;
CREATE POLICY plan_extract_state_read ON plan_extract_state FOR SELECT
	USING (pg_catalog.has_table_privilege(target, 'SELECT'));
CREATE POLICY plan_extract_state_insert ON plan_extract_state FOR INSERT
	WITH CHECK (pg_catalog.has_table_privilege(target, 'INSERT')
				AND pg_catalog.has_table_privilege(target, 'DELETE'));
CREATE POLICY plan_extract_state_update ON plan_extract_state FOR UPDATE
	USING (pg_catalog.has_table_privilege(target, 'INSERT')
		   AND pg_catalog.has_table_privilege(target, 'DELETE'));
CREATE POLICY plan_extract_state_delete ON plan_extract_state FOR DELETE
	USING (pg_catalog.has_table_privilege(target, 'INSERT')
		   AND pg_catalog.has_table_privilege(target, 'DELETE'));
CREATE POLICY plan_extract_runs_read ON plan_extract_runs FOR SELECT
	USING (pg_catalog.has_table_privilege(target, 'SELECT'));
CREATE POLICY plan_extract_runs_insert ON plan_extract_runs FOR INSERT
	WITH CHECK (pg_catalog.has_table_privilege(target, 'INSERT')
				AND pg_catalog.has_table_privilege(target, 'DELETE'));
CREATE POLICY plan_extract_runs_update ON plan_extract_runs FOR UPDATE
	USING (pg_catalog.has_table_privilege(target, 'INSERT')
		   AND pg_catalog.has_table_privilege(target, 'DELETE'));
CREATE POLICY plan_extract_runs_delete ON plan_extract_runs FOR DELETE
	USING (pg_catalog.has_table_privilege(target, 'INSERT')
		   AND pg_catalog.has_table_privilege(target, 'DELETE'));
GRANT SELECT, INSERT, UPDATE, DELETE ON plan_extract_state, plan_extract_runs TO PUBLIC;

-- The latest run of each target.  A run is 'running' only while its
-- backend holds the advisory lock plan_extract takes for the target
-- (classid 1885151598, objid the target's oid): a backend killed, a
-- crashed or restarted server leaves a row marked running whose lock is
-- gone, shown here as 'interrupted'.  pg_locks is readable by every role
-- (pg_stat_activity hides other roles' sessions).
CREATE VIEW plan_extract_progress WITH (security_invoker = true) AS
	SELECT DISTINCT ON (r.target)
		   r.target_name AS target, r.source_name AS source, r.run_id,
		   CASE WHEN r.status OPERATOR(pg_catalog.=) 'running'
					 AND NOT EXISTS (
						SELECT 1 FROM pg_catalog.pg_locks l
						WHERE l.locktype OPERATOR(pg_catalog.=) 'advisory'
						  AND l.database OPERATOR(pg_catalog.=)
								(SELECT d.oid FROM pg_catalog.pg_database d
								 WHERE d.datname OPERATOR(pg_catalog.=) pg_catalog.current_database())
						  AND l.classid OPERATOR(pg_catalog.=) 1885151598::pg_catalog.oid
						  AND l.objid OPERATOR(pg_catalog.=) r.target
						  AND l.objsubid OPERATOR(pg_catalog.=) 2::pg_catalog.int2
						  AND l.pid OPERATOR(pg_catalog.=) r.backend_pid
						  AND l.granted)
				THEN 'interrupted' ELSE r.status END AS status,
		   r.docs_done, r.docs_total,
		   CASE WHEN r.docs_total OPERATOR(pg_catalog.>) 0
				THEN pg_catalog.round(100.0 OPERATOR(pg_catalog.*) r.docs_done
									  OPERATOR(pg_catalog./) r.docs_total, 1)
				ELSE 100.0 END AS percent,
		   r.docs_todo, r.docs_extracted, r.rows_written, r.target_rows,
		   pg_catalog.round((r.docs_extracted OPERATOR(pg_catalog./)
				GREATEST(EXTRACT(epoch FROM r.updated_at OPERATOR(pg_catalog.-) r.started_at), 0.001))::numeric, 1)
				AS docs_per_second,
		   r.backend_pid AS pid, r.started_at, r.updated_at, r.finished_at, r.error, r.resumed_from
	FROM @extschema@.plan_extract_runs r
	ORDER BY r.target, r.run_id DESC;
COMMENT ON VIEW plan_extract_progress IS
	'progress of the latest plan_extract run of each target, visible from other sessions while it runs (updated after each committed batch); a run whose backend is gone shows as interrupted';
GRANT SELECT ON plan_extract_progress TO PUBLIC;

-- A PROCEDURE that COMMITs cannot carry SET search_path (transaction
-- control is refused in a procedure with a SET clause), so plan_extract
-- runs under the caller's search_path and names everything itself: every
-- operator as OPERATOR(pg_catalog.op) (or the id type's own schema),
-- every function, type and table with its schema, in the body and in
-- every string it EXECUTEs.  See the rule at the top of this file.
--
-- One call at a time per target: the call holds the session-level
-- advisory lock (1885151598, target oid) from before it reads the work
-- list until it ends, and a second call fails at once with 55P03.  Its
-- work runs in blocks whose handlers (an error, a cancel) record the run
-- as failed, release the lock and re-raise; a backend that dies releases
-- the lock with it, and plan_extract_progress shows the run interrupted.
CREATE PROCEDURE plan_extract(
	source regclass,
	id_column name DEFAULT 'id',
	body_column name DEFAULT 'body',
	target text DEFAULT NULL,
	batch_size int DEFAULT 100,
	region_column name DEFAULT NULL,
	year_column name DEFAULT NULL,
	batch_commit boolean DEFAULT true)
LANGUAGE plpgsql
AS $plan_extract$
DECLARE
	id_type		pg_catalog.text;
	id_eq		pg_catalog.text;
	src_name	pg_catalog.text := source::pg_catalog.text;
	tgt_name	pg_catalog.text;
	tgt			pg_catalog.regclass;
	tgt_key		pg_catalog.int4;
	version		pg_catalog.text;
	work		pg_catalog.text[];
	total		bigint;
	todo		bigint;
	done		bigint := 0;
	extracted	bigint := 0;
	nrows		bigint := 0;
	tgt_rows	bigint;
	old_rows	bigint;
	batch_rows	bigint;
	batch_docs	bigint;
	t0			pg_catalog.timestamptz := pg_catalog.clock_timestamp();
	elapsed		double precision;
	i			int := 1;
	processed	bigint;
	rid			bigint;
	prev_id		bigint;
	prev_status	pg_catalog.text;
	holder		pg_catalog.int4;
	holder_since pg_catalog.timestamptz;
	region_expr pg_catalog.text;
	year_expr	pg_catalog.text;
	err_state	pg_catalog.text;
	err_text	pg_catalog.text;
	gone_ids	pg_catalog.text[];
	batch_ids	pg_catalog.text[];
	sel			pg_catalog.text;
BEGIN
	IF batch_size IS NULL OR batch_size OPERATOR(pg_catalog.<) 1 THEN
		RAISE EXCEPTION 'batch_size must be at least 1'
			USING ERRCODE = 'invalid_parameter_value';
	END IF;
	-- the id column's type, and the equality of its schema (pg_catalog for
	-- built-in types; a domain compares as its base type)
	SELECT pg_catalog.format_type(a.atttypid, a.atttypmod),
		   pg_catalog.format('OPERATOR(%I.=)', n.nspname)
	INTO id_type, id_eq
	FROM pg_catalog.pg_attribute a
	JOIN pg_catalog.pg_type ty ON ty.oid OPERATOR(pg_catalog.=) a.atttypid
	JOIN pg_catalog.pg_type bt ON bt.oid OPERATOR(pg_catalog.=)
		CASE WHEN ty.typtype OPERATOR(pg_catalog.=) 'd' THEN ty.typbasetype ELSE ty.oid END
	JOIN pg_catalog.pg_namespace n ON n.oid OPERATOR(pg_catalog.=) bt.typnamespace
	WHERE a.attrelid OPERATOR(pg_catalog.=) source::pg_catalog.oid
	  AND a.attname OPERATOR(pg_catalog.=) id_column
	  AND NOT a.attisdropped AND a.attnum OPERATOR(pg_catalog.>) 0;
	IF id_type IS NULL THEN
		RAISE EXCEPTION 'column "%" does not exist in %', id_column, src_name
			USING ERRCODE = 'undefined_column',
				  HINT = 'Name the document key with id_column => ''...''.';
	END IF;
	IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute a
				   WHERE a.attrelid OPERATOR(pg_catalog.=) source::pg_catalog.oid
					 AND a.attname OPERATOR(pg_catalog.=) body_column
					 AND NOT a.attisdropped AND a.attnum OPERATOR(pg_catalog.>) 0
					 AND a.atttypid OPERATOR(pg_catalog.=) ANY (ARRAY[
						'pg_catalog.text'::pg_catalog.regtype::pg_catalog.oid,
						'pg_catalog.varchar'::pg_catalog.regtype::pg_catalog.oid,
						'pg_catalog.bpchar'::pg_catalog.regtype::pg_catalog.oid])) THEN
		RAISE EXCEPTION 'column "%" of % is missing or not text', body_column, src_name
			USING ERRCODE = 'undefined_column',
				  HINT = 'Name the text column with body_column => ''...''.';
	END IF;
	region_expr := CASE WHEN region_column IS NULL THEN 'di.region'
						ELSE pg_catalog.format('s.%I::pg_catalog.text', region_column) END;
	year_expr := CASE WHEN year_column IS NULL THEN 'di.year'
					  ELSE pg_catalog.format('s.%I::pg_catalog.int4', year_column) END;

	-- the target table: created on first use with plain BI-friendly columns
	IF target IS NULL THEN
		SELECT pg_catalog.format('%I.%I', n.nspname,
								 c.relname::pg_catalog.text OPERATOR(pg_catalog.||) '_indicators')
		INTO tgt_name
		FROM pg_catalog.pg_class c
		JOIN pg_catalog.pg_namespace n ON n.oid OPERATOR(pg_catalog.=) c.relnamespace
		WHERE c.oid OPERATOR(pg_catalog.=) source::pg_catalog.oid;
	ELSE
		-- quote each part of a possibly qualified name ("schema.table")
		SELECT pg_catalog.string_agg(pg_catalog.quote_ident(p.part), '.' ORDER BY p.n)
		INTO tgt_name
		FROM pg_catalog.unnest(pg_catalog.parse_ident(target)) WITH ORDINALITY AS p(part, n);
	END IF;
	tgt := pg_catalog.to_regclass(tgt_name);
	IF tgt IS NULL THEN
		EXECUTE pg_catalog.format($ddl$
			CREATE TABLE %s (
				doc_id		%s NOT NULL,
				region		pg_catalog.text,
				doc_year	pg_catalog.int4,
				doc_kind	pg_catalog.text,
				ord			pg_catalog.int4 NOT NULL,
				section		pg_catalog.text,
				indicator	pg_catalog.text,
				indicator_key pg_catalog.text,
				measure		pg_catalog.text,
				value		pg_catalog.numeric,
				value_max	pg_catalog.numeric,
				unit		pg_catalog.text,
				qualifier	pg_catalog.text,
				quantity	pg_catalog.text,
				year		pg_catalog.int4,
				period		pg_catalog.text,
				kind		pg_catalog.text,
				attribute	pg_catalog.text,
				quote		pg_catalog.text,
				pos			pg_catalog.int4,
				len			pg_catalog.int4,
				PRIMARY KEY (doc_id, ord))$ddl$, tgt_name, id_type);
		tgt := pg_catalog.to_regclass(tgt_name);
		EXECUTE pg_catalog.format('CREATE INDEX ON %s (indicator_key, year)', tgt);
		EXECUTE pg_catalog.format('COMMENT ON TABLE %s IS %L', tgt,
			pg_catalog.format('indicator rows extracted by plan_extract from %s', src_name));
	END IF;
	tgt_name := tgt::pg_catalog.text;
	IF EXISTS (SELECT 1 FROM pg_catalog.unnest(ARRAY['doc_id', 'region', 'doc_year', 'doc_kind', 'ord',
					'section', 'indicator', 'indicator_key', 'measure', 'value', 'value_max', 'unit',
					'qualifier', 'quantity', 'year', 'period', 'kind', 'attribute', 'quote', 'pos',
					'len']::pg_catalog.name[]) AS c(name)
			   WHERE NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute a
								 WHERE a.attrelid OPERATOR(pg_catalog.=) tgt::pg_catalog.oid
								   AND a.attname OPERATOR(pg_catalog.=) c.name
								   AND NOT a.attisdropped AND a.attnum OPERATOR(pg_catalog.>) 0)) THEN
		RAISE EXCEPTION 'table % is not a plan_extract target', tgt_name
			USING ERRCODE = 'wrong_object_type',
				  DETAIL = 'It lacks some of the columns plan_extract writes (docs/batch.md).',
				  HINT = 'Name a new table with target => ''...'', and plan_extract creates it.';
	END IF;
	SELECT e.extversion INTO version FROM pg_catalog.pg_extension e
	WHERE e.extname OPERATOR(pg_catalog.=) 'plan_ext';

	-- the first COMMIT comes before the lock: where transaction control is
	-- refused (a CALL inside BEGIN without batch_commit => false), it fails
	-- here with nothing to undo
	IF batch_commit THEN
		COMMIT;
	END IF;

	-- one call at a time per target.  A lock this session still holds
	-- (a call that ended in a way no handler saw) is released first.
	tgt_key := tgt::pg_catalog.oid::pg_catalog.int4;
	WHILE EXISTS (SELECT 1 FROM pg_catalog.pg_locks l
				  WHERE l.locktype OPERATOR(pg_catalog.=) 'advisory'
					AND l.pid OPERATOR(pg_catalog.=) pg_catalog.pg_backend_pid()
					AND l.classid OPERATOR(pg_catalog.=) 1885151598::pg_catalog.oid
					AND l.objid OPERATOR(pg_catalog.=) tgt::pg_catalog.oid
					AND l.objsubid OPERATOR(pg_catalog.=) 2::pg_catalog.int2
					AND l.mode OPERATOR(pg_catalog.=) 'ExclusiveLock') LOOP
		PERFORM pg_catalog.pg_advisory_unlock(1885151598, tgt_key);
	END LOOP;
	IF NOT pg_catalog.pg_try_advisory_lock(1885151598, tgt_key) THEN
		SELECT l.pid INTO holder FROM pg_catalog.pg_locks l
		WHERE l.locktype OPERATOR(pg_catalog.=) 'advisory'
		  AND l.database OPERATOR(pg_catalog.=)
				(SELECT d.oid FROM pg_catalog.pg_database d
				 WHERE d.datname OPERATOR(pg_catalog.=) pg_catalog.current_database())
		  AND l.classid OPERATOR(pg_catalog.=) 1885151598::pg_catalog.oid
		  AND l.objid OPERATOR(pg_catalog.=) tgt::pg_catalog.oid
		  AND l.objsubid OPERATOR(pg_catalog.=) 2::pg_catalog.int2
		  AND l.granted
		LIMIT 1;
		SELECT r.started_at INTO holder_since FROM @extschema@.plan_extract_runs r
		WHERE r.target OPERATOR(pg_catalog.=) tgt::pg_catalog.oid
		  AND r.backend_pid OPERATOR(pg_catalog.=) holder
		ORDER BY r.run_id DESC LIMIT 1;
		RAISE EXCEPTION 'plan_extract is already running into %', tgt_name
			USING ERRCODE = 'lock_not_available',
				  DETAIL = pg_catalog.format('Process %s has been extracting into it since %s.',
											 COALESCE(holder::pg_catalog.text, '?'),
											 COALESCE(holder_since::pg_catalog.text, '?')),
				  HINT = 'Wait for that run to finish (see plan_extract_progress), or stop it with pg_cancel_backend(pid); the next call resumes where it stopped.';
	END IF;

	BEGIN
		-- state of dropped target tables is useless
		DELETE FROM @extschema@.plan_extract_state st
		WHERE NOT EXISTS (SELECT 1 FROM pg_catalog.pg_class c
						  WHERE c.oid OPERATOR(pg_catalog.=) st.target);
		DELETE FROM @extschema@.plan_extract_runs r
		WHERE NOT EXISTS (SELECT 1 FROM pg_catalog.pg_class c
						  WHERE c.oid OPERATOR(pg_catalog.=) r.target);

		-- No statement here joins the source or the target with the
		-- bookkeeping: on Citus the source and the target may be distributed
		-- tables and the bookkeeping is local to the coordinator, and Citus
		-- refuses such joins (docs/scale-out.md).  The source is read alone
		-- into temporary tables; the bookkeeping is compared with those.

		-- the documents of the source now: key, key as text, md5 of the text
		IF pg_catalog.to_regclass('pg_temp.plan_extract_src') IS NOT NULL THEN
			DROP TABLE pg_temp.plan_extract_src;
		END IF;
		EXECUTE pg_catalog.format(
			'CREATE TEMP TABLE plan_extract_src AS SELECT s.%1$I AS id, '
			's.%1$I::pg_catalog.text AS doc_id, pg_catalog.md5(s.%2$I::pg_catalog.text) AS h '
			'FROM %3$s s WHERE s.%1$I IS NOT NULL AND s.%2$I IS NOT NULL',
			id_column, body_column, source);
		ANALYZE pg_temp.plan_extract_src;

		-- documents gone from the source (or whose text became NULL): drop
		-- their rows and state
		WITH gone AS (
			DELETE FROM @extschema@.plan_extract_state st
			WHERE st.target OPERATOR(pg_catalog.=) tgt::pg_catalog.oid
			  AND NOT EXISTS (SELECT 1 FROM pg_temp.plan_extract_src x
							  WHERE x.doc_id OPERATOR(pg_catalog.=) st.doc_id)
			RETURNING st.doc_id)
		SELECT pg_catalog.array_agg(g.doc_id) INTO gone_ids FROM gone g;
		IF gone_ids IS NOT NULL THEN
			EXECUTE pg_catalog.format('DELETE FROM %s t WHERE t.doc_id %s ANY ($1::%s[])',
									  tgt, id_eq, id_type) USING gone_ids;
		END IF;

		-- the work list: new documents, changed text, or another extractor
		-- version; and the documents of the source, the whole target
		SELECT pg_catalog.array_agg(x.doc_id ORDER BY x.id)
				 FILTER (WHERE st.doc_id IS NULL
						 OR st.body_md5 OPERATOR(pg_catalog.<>) x.h
						 OR st.extractor OPERATOR(pg_catalog.<>) version),
			   pg_catalog.count(*)
		INTO work, total
		FROM pg_temp.plan_extract_src x
		LEFT JOIN @extschema@.plan_extract_state st
			   ON st.target OPERATOR(pg_catalog.=) tgt::pg_catalog.oid
			  AND st.doc_id OPERATOR(pg_catalog.=) x.doc_id;
		DROP TABLE pg_temp.plan_extract_src;
		todo := COALESCE(pg_catalog.cardinality(work), 0);
		done := total OPERATOR(pg_catalog.-) todo;
		SELECT COALESCE(pg_catalog.sum(st.n_rows), 0) INTO tgt_rows
		FROM @extschema@.plan_extract_state st
		WHERE st.target OPERATOR(pg_catalog.=) tgt::pg_catalog.oid;

		-- earlier runs still marked running have lost their backend (this
		-- call holds the lock): interrupted.  A call after a failed or
		-- interrupted one finishes its work.
		UPDATE @extschema@.plan_extract_runs r SET status = 'interrupted'
		WHERE r.target OPERATOR(pg_catalog.=) tgt::pg_catalog.oid
		  AND r.status OPERATOR(pg_catalog.=) 'running';
		SELECT r.run_id, r.status INTO prev_id, prev_status
		FROM @extschema@.plan_extract_runs r
		WHERE r.target OPERATOR(pg_catalog.=) tgt::pg_catalog.oid
		ORDER BY r.run_id DESC LIMIT 1;
		INSERT INTO @extschema@.plan_extract_runs (target, target_name, source_name, backend_pid,
				started_at, updated_at, finished_at, docs_total, docs_todo, docs_done,
				docs_extracted, rows_written, target_rows, status, error, resumed_from)
			VALUES (tgt::pg_catalog.oid, tgt_name, src_name, pg_catalog.pg_backend_pid(),
				t0, t0, NULL, total, todo, done, 0, 0, tgt_rows, 'running', NULL,
				CASE WHEN prev_status OPERATOR(pg_catalog.<>) 'done' THEN prev_id END)
			RETURNING run_id INTO rid;
		-- keep the latest 20 runs of the target
		DELETE FROM @extschema@.plan_extract_runs r
		WHERE r.target OPERATOR(pg_catalog.=) tgt::pg_catalog.oid
		  AND r.run_id OPERATOR(pg_catalog.<)
				(SELECT k.run_id FROM @extschema@.plan_extract_runs k
				 WHERE k.target OPERATOR(pg_catalog.=) tgt::pg_catalog.oid
				 ORDER BY k.run_id DESC OFFSET 19 LIMIT 1);

		-- a batch: the rows of its documents, extracted where the source
		-- lives (on the shards, for a distributed source), with the md5 of
		-- the very text they came from; a document without indicators
		-- gives one row with ord NULL
		sel := pg_catalog.format($q$
			SELECT s.%1$I AS doc_id, pg_catalog.md5(s.%2$I::pg_catalog.text) AS h,
				   COALESCE(@extschema@.plan_indicator_region(r.indicator, %3$s), %3$s) AS region,
				   %4$s AS doc_year, di.kind AS doc_kind, r.ord, r.section,
				   r.indicator, r.indicator_key, r.measure, r.value, r.value_max, r.unit,
				   r.qualifier, r.quantity::pg_catalog.text AS quantity, r.year, r.period,
				   r.kind, r.attribute, r.quote, r.pos, r.len
			FROM %5$s s
			CROSS JOIN LATERAL @extschema@.plan_doc_info(s.%2$I::pg_catalog.text) di
			LEFT JOIN LATERAL @extschema@.plan_indicators(s.%2$I::pg_catalog.text, %4$s) r ON true$q$,
			id_column, body_column, region_expr, year_expr, source);
		IF pg_catalog.to_regclass('pg_temp.plan_extract_rows') IS NOT NULL THEN
			DROP TABLE pg_temp.plan_extract_rows;
		END IF;
		EXECUTE 'CREATE TEMP TABLE plan_extract_rows AS ' OPERATOR(pg_catalog.||) sel
				OPERATOR(pg_catalog.||) ' WHERE false';
		sel := 'INSERT INTO pg_temp.plan_extract_rows ' OPERATOR(pg_catalog.||) sel
			   OPERATOR(pg_catalog.||) pg_catalog.format(' WHERE s.%I %s ANY ($1::%s[]) AND s.%I IS NOT NULL',
														 id_column, id_eq, id_type, body_column);
	EXCEPTION WHEN others OR query_canceled THEN
		PERFORM pg_catalog.pg_advisory_unlock(1885151598, tgt_key);
		RAISE;
	END;
	RAISE NOTICE 'plan_extract: % of % documents of % to extract into %', todo, total, src_name, tgt_name;
	IF batch_commit THEN
		COMMIT;
	END IF;

	WHILE i OPERATOR(pg_catalog.<=) todo LOOP
		BEGIN
			TRUNCATE pg_temp.plan_extract_rows;
			-- extract (the source may have changed since the work list: the
			-- md5 is of the text extracted now)
			EXECUTE sel USING work[i : i OPERATOR(pg_catalog.+) batch_size OPERATOR(pg_catalog.-) 1];
			-- documents the bookkeeping already has with this text and
			-- extractor (a run that died after committing them) are done
			DELETE FROM pg_temp.plan_extract_rows x
			USING @extschema@.plan_extract_state st
			WHERE st.target OPERATOR(pg_catalog.=) tgt::pg_catalog.oid
			  AND st.doc_id OPERATOR(pg_catalog.=) x.doc_id::pg_catalog.text
			  AND st.body_md5 OPERATOR(pg_catalog.=) x.h
			  AND st.extractor OPERATOR(pg_catalog.=) version;
			ANALYZE pg_temp.plan_extract_rows;
			SELECT pg_catalog.array_agg(DISTINCT x.doc_id::pg_catalog.text)
			INTO batch_ids FROM pg_temp.plan_extract_rows x;
			batch_docs := COALESCE(pg_catalog.cardinality(batch_ids), 0);
			batch_rows := 0;
			old_rows := 0;
			IF batch_docs OPERATOR(pg_catalog.>) 0 THEN
				-- the rows the bookkeeping recorded for these documents before
				SELECT COALESCE(pg_catalog.sum(st.n_rows), 0) INTO old_rows
				FROM @extschema@.plan_extract_state st
				WHERE st.target OPERATOR(pg_catalog.=) tgt::pg_catalog.oid
				  AND st.doc_id OPERATOR(pg_catalog.=) ANY (batch_ids);

				EXECUTE pg_catalog.format('DELETE FROM %s t WHERE t.doc_id %s ANY ($1::%s[])',
										  tgt, id_eq, id_type) USING batch_ids;
				EXECUTE pg_catalog.format($q$
					INSERT INTO %s (doc_id, region, doc_year, doc_kind, ord, section, indicator,
						indicator_key, measure, value, value_max, unit, qualifier, quantity, year,
						period, kind, attribute, quote, pos, len)
					SELECT x.doc_id, x.region, x.doc_year, x.doc_kind, x.ord, x.section,
						   x.indicator, x.indicator_key, x.measure, x.value, x.value_max, x.unit,
						   x.qualifier, x.quantity, x.year, x.period, x.kind, x.attribute,
						   x.quote, x.pos, x.len
					FROM pg_temp.plan_extract_rows x
					WHERE x.ord IS NOT NULL$q$, tgt);
				GET DIAGNOSTICS batch_rows = ROW_COUNT;

				INSERT INTO @extschema@.plan_extract_state AS st
				SELECT tgt::pg_catalog.oid, x.doc_id::pg_catalog.text, x.h,
					   pg_catalog.count(x.ord), version, pg_catalog.clock_timestamp()
				FROM pg_temp.plan_extract_rows x
				GROUP BY x.doc_id, x.h
				ON CONFLICT ON CONSTRAINT plan_extract_state_pkey DO UPDATE
					SET body_md5 = excluded.body_md5, n_rows = excluded.n_rows,
						extractor = excluded.extractor, extracted_at = excluded.extracted_at;
			END IF;

			done := done OPERATOR(pg_catalog.+)
					LEAST(batch_size, todo OPERATOR(pg_catalog.-) i OPERATOR(pg_catalog.+) 1);
			extracted := extracted OPERATOR(pg_catalog.+) batch_docs;
			nrows := nrows OPERATOR(pg_catalog.+) batch_rows;
			tgt_rows := tgt_rows OPERATOR(pg_catalog.+) batch_rows OPERATOR(pg_catalog.-) old_rows;
			UPDATE @extschema@.plan_extract_runs r
				SET docs_done = done, docs_extracted = extracted, rows_written = nrows,
					target_rows = tgt_rows, updated_at = pg_catalog.clock_timestamp()
				WHERE r.run_id OPERATOR(pg_catalog.=) rid;
		EXCEPTION WHEN others OR query_canceled THEN
			GET STACKED DIAGNOSTICS err_state = RETURNED_SQLSTATE, err_text = MESSAGE_TEXT;
			IF batch_commit THEN
				UPDATE @extschema@.plan_extract_runs r
					SET status = 'failed', updated_at = pg_catalog.clock_timestamp(),
						error = err_state OPERATOR(pg_catalog.||) ': '
								OPERATOR(pg_catalog.||) pg_catalog.left(err_text, 200)
					WHERE r.run_id OPERATOR(pg_catalog.=) rid;
				COMMIT;
			END IF;
			PERFORM pg_catalog.pg_advisory_unlock(1885151598, tgt_key);
			RAISE;
		END;
		IF batch_commit THEN
			COMMIT;
		END IF;
		elapsed := GREATEST(EXTRACT(epoch FROM pg_catalog.clock_timestamp() OPERATOR(pg_catalog.-) t0),
							0.001);
		processed := LEAST(i OPERATOR(pg_catalog.+) batch_size OPERATOR(pg_catalog.-) 1, todo);
		RAISE NOTICE 'plan_extract: % of % documents (%), % rows, % documents/s, about % s left',
			done, total,
			pg_catalog.round(100.0 OPERATOR(pg_catalog.*) done OPERATOR(pg_catalog./) total, 1)::pg_catalog.text
				OPERATOR(pg_catalog.||) '%',
			nrows,
			pg_catalog.round((extracted OPERATOR(pg_catalog./) elapsed)::pg_catalog.numeric, 1),
			pg_catalog.round(((todo OPERATOR(pg_catalog.-) processed) OPERATOR(pg_catalog.*) elapsed
							  OPERATOR(pg_catalog./) processed)::pg_catalog.numeric, 0);
		i := i OPERATOR(pg_catalog.+) batch_size;
	END LOOP;

	BEGIN
		UPDATE @extschema@.plan_extract_runs r
			SET status = 'done', finished_at = pg_catalog.clock_timestamp(),
				updated_at = pg_catalog.clock_timestamp()
			WHERE r.run_id OPERATOR(pg_catalog.=) rid;
		DROP TABLE pg_temp.plan_extract_rows;
	EXCEPTION WHEN others OR query_canceled THEN
		PERFORM pg_catalog.pg_advisory_unlock(1885151598, tgt_key);
		RAISE;
	END;
	PERFORM pg_catalog.pg_advisory_unlock(1885151598, tgt_key);
	RAISE NOTICE 'plan_extract: done, % of % documents extracted, % rows written into %',
		extracted, total, nrows, tgt_name;
END
$plan_extract$;
COMMENT ON PROCEDURE plan_extract(regclass, name, name, text, int, name, name, boolean) IS
	'extract every document of a table into a table of indicator rows, one COMMIT per batch; resumable, re-extracts only changed documents';

-- Comparison (docs/compare.md): targets against actuals, and what changed
-- between two versions of a plan.  User aliases apply (plan_resolve_key),
-- so these are STABLE.

CREATE FUNCTION plan_compare_gap(actual_value numeric, actual_unit text,
		target_value numeric, target_unit text) RETURNS numeric
	LANGUAGE sql IMMUTABLE PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
	BEGIN ATOMIC
		SELECT CASE
			WHEN actual_value IS NULL OR target_value IS NULL THEN NULL
			WHEN COALESCE(actual_unit, '') OPERATOR(pg_catalog.=) COALESCE(target_unit, '')
				THEN actual_value OPERATOR(pg_catalog.-) target_value
			WHEN @extschema@.plan_quantity_dimension(@extschema@.plan_quantity(1, COALESCE(actual_unit, '')))
				 OPERATOR(pg_catalog.=)
				 @extschema@.plan_quantity_dimension(@extschema@.plan_quantity(1, COALESCE(target_unit, '')))
				THEN @extschema@.plan_quantity_value(@extschema@.plan_quantity_to(
						@extschema@.plan_quantity(actual_value, COALESCE(actual_unit, '')),
						COALESCE(target_unit, '')))
					 OPERATOR(pg_catalog.-) target_value
			END;
	END;
COMMENT ON FUNCTION plan_compare_gap(numeric, text, numeric, text) IS
	'actual minus target in the target''s unit (亿元 and 万元 convert); NULL when the units measure different things (% and 个百分点)';

-- STABLE: the tolerance of 左右 targets is the setting plan_ext.about_tolerance.
CREATE FUNCTION plan_compare_status(actual text, target text, direction text DEFAULT 'higher')
	RETURNS text
	LANGUAGE plpgsql STABLE PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
AS $plan_compare_status$
DECLARE
	a	@extschema@.plan_quantity;
	t	@extschema@.plan_quantity;
BEGIN
	IF actual IS NULL OR target IS NULL THEN
		RETURN 'unknown';
	END IF;
	a := actual::@extschema@.plan_quantity;
	t := target::@extschema@.plan_quantity;
	-- lower is better (prices, unemployment, energy intensity): a bare or
	-- 左右 target is a ceiling; mirror both and read it as a floor
	IF direction = 'lower'
	   AND @extschema@.plan_quantity_qualifier(t) IN ('exact', 'about') THEN
		a := a OPERATOR(@extschema@.*) (-1)::numeric;
		t := t OPERATOR(@extschema@.*) (-1)::numeric;
	END IF;
	RETURN CASE @extschema@.plan_quantity_satisfies(a, t)
		   WHEN true THEN 'met' WHEN false THEN 'missed' ELSE 'unknown' END;
END
$plan_compare_status$;
COMMENT ON FUNCTION plan_compare_status(text, text, text) IS
	'met, missed or unknown for an actual and a target quantity written as text: 以上/以内 bounds included, 左右 within plan_ext.about_tolerance, and for direction ''lower'' (CPI, unemployment) a bare or 左右 target is a ceiling; unknown when either is NULL or the dimensions differ';

CREATE FUNCTION plan_compare(
		indicator_rows regclass, targets_of int DEFAULT NULL, actuals_of int DEFAULT NULL,
		OUT region text, OUT indicator_key text, OUT indicator text, OUT measure text,
		OUT period text,
		OUT target_year int, OUT target_value numeric, OUT target_value_max numeric,
		OUT target_qualifier text, OUT target_unit text,
		OUT actual_year int, OUT actual_value numeric, OUT actual_unit text,
		OUT gap numeric, OUT status text,
		OUT target_quote text, OUT actual_quote text,
		OUT target_doc text, OUT actual_doc text)
	RETURNS SETOF record
	LANGUAGE plpgsql STABLE PARALLEL RESTRICTED
	SET search_path = pg_catalog, pg_temp
AS $plan_compare$
#variable_conflict use_column
DECLARE
	ty	int := COALESCE(targets_of, actuals_of);
	ay	int := COALESCE(actuals_of, targets_of);
	src	text;
BEGIN
	IF indicator_rows IS NULL THEN
		RETURN;
	END IF;
	IF EXISTS (SELECT 1 FROM pg_catalog.pg_attribute a
			   WHERE a.attrelid = indicator_rows AND a.attname = 'indicator_key'
				 AND NOT a.attisdropped) THEN
		-- a table of indicator rows, as plan_extract writes
		src := pg_catalog.format($s$
			SELECT t.region::text AS region, t.indicator_key, t.indicator, t.measure, t.period,
				   t.year, t.kind, t.value, t.value_max, t.unit, t.qualifier,
				   t.quantity::text AS quantity, t.quote, t.doc_id::text AS doc_id,
				   t.doc_year::int AS doc_year, t.pos
			FROM %s t$s$, indicator_rows);
	ELSIF (SELECT pg_catalog.count(*) FROM pg_catalog.pg_attribute a
		   WHERE a.attrelid = indicator_rows AND a.attname IN ('id', 'body')
			 AND NOT a.attisdropped) = 2 THEN
		-- a table of documents (id, body, optional region): extracted on the fly
		src := pg_catalog.format($s$
			SELECT COALESCE(@extschema@.plan_indicator_region(i.indicator, %1$s), %1$s) AS region,
				   i.indicator_key, i.indicator, i.measure, i.period, i.year, i.kind,
				   i.value, i.value_max, i.unit, i.qualifier, i.quantity::text AS quantity,
				   i.quote, t.id::text AS doc_id, di.year AS doc_year, i.pos
			FROM %2$s t
			CROSS JOIN LATERAL @extschema@.plan_doc_info(t.body::text) di
			CROSS JOIN LATERAL @extschema@.plan_indicators(t.body::text, di.year) i$s$,
			CASE WHEN EXISTS (SELECT 1 FROM pg_catalog.pg_attribute a
							  WHERE a.attrelid = indicator_rows AND a.attname = 'region'
								AND NOT a.attisdropped)
				 THEN 'COALESCE(t.region::text, di.region)' ELSE 'di.region' END,
			indicator_rows);
	ELSE
		RAISE EXCEPTION 'table % holds neither indicator rows nor documents', indicator_rows
			USING ERRCODE = 'wrong_object_type',
				  HINT = 'Pass a table written by plan_extract, or a table of documents with columns id and body.';
	END IF;
	-- Every DISTINCT ON and window sorts on all the columns it returns, so the
	-- rows do not depend on the physical order of the table (issue 16).
	RETURN QUERY EXECUTE pg_catalog.format($q$
		-- user aliases by a join, not plan_resolve_key per row (a function
		-- with SET clauses is never inlined: a third of the comparison's time
		-- on 1,000 documents, test/bench/compare_throughput.sh)
		WITH r AS (
			SELECT t.region, COALESCE(al.key, t.indicator_key) AS key,
				   t.indicator, t.measure, t.period, t.year, t.kind, t.value, t.value_max,
				   t.unit, t.qualifier, t.quantity, t.quote, t.doc_id, t.doc_year, t.pos
			FROM (%s) t
			LEFT JOIN @extschema@.plan_indicator_alias al ON al.alias_key = t.indicator_key
			WHERE t.indicator_key IS NOT NULL AND t.indicator_key <> '~' AND t.measure IS NOT NULL
			  AND t.year IS NOT NULL
			  AND (t.value IS NOT NULL OR t.kind = 'target')),
		tg AS (
			SELECT DISTINCT ON (region, key, measure, period, year) *
			FROM r WHERE kind = 'target' AND ($1 IS NULL OR year = $1)
			ORDER BY region, key, measure, period, year,
					 doc_year DESC NULLS LAST, value IS NULL, doc_id, pos, value, value_max,
					 unit, qualifier, indicator, quote, quantity),
		-- of several actuals of one year, a year-on-year one before one whose
		-- quote measures from an earlier base (较2015年, 较“十二五”末, 累计,
		-- 年均, 五年: a five-year review often comes first in the text)
		ac AS (
			SELECT DISTINCT ON (region, key, measure, period, year) *
			FROM r WHERE kind = 'actual' AND ($2 IS NULL OR year = $2)
			ORDER BY region, key, measure, period, year,
					 (quote ~ '累计|年均|(^|[^〇○零一二三四五六七八九十])五年|(较|比)[“"]?(十[一二三四五六七八九十]五|上个五年)'
					  OR pg_catalog.substring(quote, '(?:较|比)([0-9]{4})年')::int
						 OPERATOR(pg_catalog.<) (year OPERATOR(pg_catalog.-) 1)) IS TRUE,
					 doc_year DESC NULLS LAST, doc_id, pos, value, value_max,
					 unit, qualifier, indicator, quote, quantity)
		SELECT tg.region, tg.key, COALESCE(c.name_zh, tg.indicator), tg.measure, tg.period,
			   tg.year, tg.value, tg.value_max, tg.qualifier, tg.unit,
			   ac.year, ac.value, ac.unit,
			   -- only for a pair: plan_compare_gap (SET search_path) is never
			   -- inlined, and is NULL without both values anyway
			   CASE WHEN ac.value IS NOT NULL AND tg.value IS NOT NULL
					THEN @extschema@.plan_compare_gap(ac.value, ac.unit, tg.value, tg.unit) END,
			   CASE WHEN ac.key IS NULL OR tg.value IS NULL THEN 'unknown'
					WHEN ac.year OPERATOR(pg_catalog.<>) tg.year THEN 'n/a'
					ELSE @extschema@.plan_compare_status(ac.quantity, tg.quantity,
														 COALESCE(c.direction, 'higher')) END,
			   tg.quote, ac.quote, tg.doc_id, ac.doc_id
		FROM tg
		LEFT JOIN ac
		  ON ac.region IS NOT DISTINCT FROM tg.region AND ac.key = tg.key
		 AND ac.measure = tg.measure AND ac.period = tg.period
		 AND ac.year = tg.year OPERATOR(pg_catalog.+) COALESCE($2 OPERATOR(pg_catalog.-) $1, 0)
		 AND tg.value IS NOT NULL
		LEFT JOIN @extschema@.plan_indicator_catalog c ON c.key = tg.key
		ORDER BY tg.region, c.ord NULLS LAST, tg.key, tg.measure, tg.period, tg.year$q$,
		src) USING ty, ay;
END
$plan_compare$;
COMMENT ON FUNCTION plan_compare(regclass, int, int) IS
	'targets of a table of indicator rows (as plan_extract writes) or of documents (id, body) paired with the actuals of the same region, key, measure and period; gap and met/missed/unknown';

CREATE FUNCTION plan_compare(target_doc text, actual_doc text,
		OUT indicator_key text, OUT indicator text, OUT measure text, OUT period text,
		OUT target_year int, OUT target_value numeric, OUT target_value_max numeric,
		OUT target_qualifier text, OUT target_unit text,
		OUT actual_year int, OUT actual_value numeric, OUT actual_unit text,
		OUT gap numeric, OUT status text,
		OUT target_quote text, OUT actual_quote text)
	RETURNS SETOF record
	LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
AS $plan_compare_docs$
#variable_conflict use_column
DECLARE
	tr	text := (@extschema@.plan_doc_info(target_doc)).region;
	ar	text := (@extschema@.plan_doc_info(actual_doc)).region;
BEGIN
	RETURN QUERY
		-- one target and one actual per key, measure, period and year: the
		-- first stated (ord breaks ties between rows of one sentence)
		WITH tg AS (
			SELECT DISTINCT ON (k, i.measure, i.period, i.year)
				   @extschema@.plan_resolve_key(i.indicator_key) AS k, i.*
			FROM @extschema@.plan_indicators(target_doc) i
			WHERE i.kind OPERATOR(pg_catalog.=) 'target' AND i.year IS NOT NULL
			  AND i.indicator_key OPERATOR(pg_catalog.<>) '~'
			  -- a row of a region below the document's (广州… in a 广东 report) is not its own
			  AND (tr IS NULL OR @extschema@.plan_indicator_region(i.indicator, tr) IS NULL)
			ORDER BY k, i.measure, i.period, i.year, i.value IS NULL, i.pos, i.ord),
		ac AS (
			SELECT DISTINCT ON (k, i.measure, i.period, i.year)
				   @extschema@.plan_resolve_key(i.indicator_key) AS k, i.*
			FROM @extschema@.plan_indicators(actual_doc) i
			WHERE i.kind OPERATOR(pg_catalog.=) 'actual' AND i.year IS NOT NULL
			  AND i.value IS NOT NULL AND i.indicator_key OPERATOR(pg_catalog.<>) '~'
			  AND (ar IS NULL OR @extschema@.plan_indicator_region(i.indicator, ar) IS NULL)
			-- a year-on-year actual before one from an earlier base (as above)
			ORDER BY k, i.measure, i.period, i.year,
					 (i.quote OPERATOR(pg_catalog.~) '累计|年均|(^|[^〇○零一二三四五六七八九十])五年|(较|比)[“"]?(十[一二三四五六七八九十]五|上个五年)'
					  OR pg_catalog.substring(i.quote, '(?:较|比)([0-9]{4})年')::int
						 OPERATOR(pg_catalog.<) (i.year OPERATOR(pg_catalog.-) 1)) IS TRUE,
					 i.pos, i.ord)
		SELECT tg.k, COALESCE(c.name_zh, tg.indicator), tg.measure, tg.period,
			   tg.year, tg.value, tg.value_max, tg.qualifier, tg.unit,
			   ac.year, ac.value, ac.unit,
			   -- only for a pair: plan_compare_gap (SET search_path) is never
			   -- inlined, and is NULL without both values anyway
			   CASE WHEN ac.value IS NOT NULL AND tg.value IS NOT NULL
					THEN @extschema@.plan_compare_gap(ac.value, ac.unit, tg.value, tg.unit) END,
			   CASE WHEN ac.k IS NULL OR tg.value IS NULL THEN 'unknown'
					ELSE @extschema@.plan_compare_status(ac.quantity::text, tg.quantity::text,
														 COALESCE(c.direction, 'higher')) END,
			   tg.quote, ac.quote
		FROM tg
		-- the same region: two documents that name different regions do not pair
		LEFT JOIN ac ON ac.k OPERATOR(pg_catalog.=) tg.k
					AND ac.measure OPERATOR(pg_catalog.=) tg.measure
					AND ac.period OPERATOR(pg_catalog.=) tg.period
					AND ac.year OPERATOR(pg_catalog.=) tg.year
					AND tg.value IS NOT NULL
					AND (tr IS NULL OR ar IS NULL OR tr OPERATOR(pg_catalog.=) ar)
		LEFT JOIN @extschema@.plan_indicator_catalog c ON c.key OPERATOR(pg_catalog.=) tg.k
		ORDER BY c.ord NULLS LAST, tg.k, tg.measure, tg.period, tg.year;
END
$plan_compare_docs$;
COMMENT ON FUNCTION plan_compare(text, text) IS
	'targets stated in one document paired with the actuals another reports for the same indicator key, measure, period and year; gap and met/missed/unknown';

CREATE FUNCTION plan_diff(old_doc text, new_doc text, include_unchanged boolean DEFAULT false,
		OUT change text, OUT indicator_key text, OUT indicator text, OUT measure text,
		OUT period text, OUT kind text,
		OUT old_year int, OUT old_value numeric, OUT old_value_max numeric,
		OUT old_unit text, OUT old_qualifier text,
		OUT new_year int, OUT new_value numeric, OUT new_value_max numeric,
		OUT new_unit text, OUT new_qualifier text,
		OUT old_quote text, OUT new_quote text)
	RETURNS SETOF record
	LANGUAGE plpgsql STABLE PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
AS $plan_diff$
#variable_conflict use_column
BEGIN
	IF old_doc IS NULL OR new_doc IS NULL THEN
		RETURN;
	END IF;
	RETURN QUERY
		-- one row per key, measure, period, kind and year: the first stated
		WITH o AS (
			SELECT DISTINCT ON (k, i.measure, i.period, i.kind, i.year)
				   @extschema@.plan_resolve_key(i.indicator_key) AS k, i.*
			FROM @extschema@.plan_indicators(old_doc) i
			WHERE i.indicator_key IS NOT NULL AND i.indicator_key <> '~' AND i.value IS NOT NULL
			ORDER BY k, i.measure, i.period, i.kind, i.year, i.pos, i.ord),
		n AS (
			SELECT DISTINCT ON (k, i.measure, i.period, i.kind, i.year)
				   @extschema@.plan_resolve_key(i.indicator_key) AS k, i.*
			FROM @extschema@.plan_indicators(new_doc) i
			WHERE i.indicator_key IS NOT NULL AND i.indicator_key <> '~' AND i.value IS NOT NULL
			ORDER BY k, i.measure, i.period, i.kind, i.year, i.pos, i.ord),
		-- first pass: the same year in both
		same AS (
			SELECT o.k, o.measure, o.period, o.kind, o.year AS oy, n.year AS ny
			FROM o JOIN n ON n.k = o.k AND n.measure IS NOT DISTINCT FROM o.measure
				AND n.period IS NOT DISTINCT FROM o.period
				AND n.kind IS NOT DISTINCT FROM o.kind
				AND n.year IS NOT DISTINCT FROM o.year),
		-- second pass: the rest by the rank of their year (2021 -> 2022)
		ol AS (
			SELECT o.k, o.measure, o.period, o.kind, o.year,
				   pg_catalog.row_number() OVER (PARTITION BY o.k, o.measure, o.period, o.kind
												 ORDER BY o.year) AS yr
			FROM o WHERE NOT EXISTS (SELECT 1 FROM same s WHERE s.k = o.k
				AND s.measure IS NOT DISTINCT FROM o.measure AND s.period IS NOT DISTINCT FROM o.period
				AND s.kind IS NOT DISTINCT FROM o.kind AND s.oy IS NOT DISTINCT FROM o.year)),
		nl AS (
			SELECT n.k, n.measure, n.period, n.kind, n.year,
				   pg_catalog.row_number() OVER (PARTITION BY n.k, n.measure, n.period, n.kind
												 ORDER BY n.year) AS yr
			FROM n WHERE NOT EXISTS (SELECT 1 FROM same s WHERE s.k = n.k
				AND s.measure IS NOT DISTINCT FROM n.measure AND s.period IS NOT DISTINCT FROM n.period
				AND s.kind IS NOT DISTINCT FROM n.kind AND s.ny IS NOT DISTINCT FROM n.year)),
		pairs AS (
			SELECT s.k, s.measure, s.period, s.kind, s.oy, s.ny, true AS has_o, true AS has_n FROM same s
			UNION ALL
			SELECT COALESCE(a.k, b.k), COALESCE(a.measure, b.measure), COALESCE(a.period, b.period),
				   COALESCE(a.kind, b.kind), a.year, b.year, a.k IS NOT NULL, b.k IS NOT NULL
			FROM ol a FULL JOIN nl b ON b.k = a.k AND b.measure IS NOT DISTINCT FROM a.measure
				AND b.period IS NOT DISTINCT FROM a.period AND b.kind IS NOT DISTINCT FROM a.kind
				AND b.yr = a.yr),
		j AS (
			SELECT CASE WHEN NOT p.has_o THEN 'added'
						WHEN NOT p.has_n THEN 'dropped'
						WHEN o.value IS DISTINCT FROM n.value
						  OR o.value_max IS DISTINCT FROM n.value_max
						  OR o.unit IS DISTINCT FROM n.unit
						  OR o.qualifier IS DISTINCT FROM n.qualifier THEN 'changed'
						ELSE 'unchanged' END AS change,
				   p.k, COALESCE(n.indicator, o.indicator) AS indicator,
				   p.measure, p.period, p.kind,
				   o.year AS old_year, o.value AS old_value, o.value_max AS old_value_max,
				   o.unit AS old_unit, o.qualifier AS old_qualifier,
				   n.year AS new_year, n.value AS new_value, n.value_max AS new_value_max,
				   n.unit AS new_unit, n.qualifier AS new_qualifier,
				   o.quote AS old_quote, n.quote AS new_quote
			FROM pairs p
			LEFT JOIN o ON p.has_o AND o.k = p.k AND o.measure IS NOT DISTINCT FROM p.measure
				AND o.period IS NOT DISTINCT FROM p.period AND o.kind IS NOT DISTINCT FROM p.kind
				AND o.year IS NOT DISTINCT FROM p.oy
			LEFT JOIN n ON p.has_n AND n.k = p.k AND n.measure IS NOT DISTINCT FROM p.measure
				AND n.period IS NOT DISTINCT FROM p.period AND n.kind IS NOT DISTINCT FROM p.kind
				AND n.year IS NOT DISTINCT FROM p.ny)
		SELECT j.change, j.k, COALESCE(c.name_zh, j.indicator), j.measure, j.period, j.kind,
			   j.old_year, j.old_value, j.old_value_max, j.old_unit, j.old_qualifier,
			   j.new_year, j.new_value, j.new_value_max, j.new_unit, j.new_qualifier,
			   j.old_quote, j.new_quote
		FROM j LEFT JOIN @extschema@.plan_indicator_catalog c ON c.key = j.k
		WHERE include_unchanged OR j.change <> 'unchanged'
		ORDER BY CASE j.change WHEN 'changed' THEN 1 WHEN 'added' THEN 2
							   WHEN 'dropped' THEN 3 ELSE 4 END,
				 c.ord NULLS LAST, j.k, j.measure, j.period, j.kind, j.old_year, j.new_year;
END
$plan_diff$;
COMMENT ON FUNCTION plan_diff(text, text, boolean) IS
	'indicators added, dropped and changed between two versions of a plan (draft and final, or one year''s report and the next)';

-- BI-friendly output (docs/bi.md): plain columns only.

-- The views are created under this function's search_path (pg_catalog,
-- pg_temp), so what they store binds to pg_catalog's operators whatever
-- the caller's path.  An unqualified view name goes into the schema of
-- indicator_rows (with the default name: beside the table).
CREATE FUNCTION plan_create_bi_views(indicator_rows regclass, view_name text DEFAULT NULL)
	RETURNS text
	LANGUAGE plpgsql VOLATILE
	SET search_path = pg_catalog, pg_temp
AS $plan_create_bi_views$
DECLARE
	nsp		text;
	rel		text;
	parts	text[];
	v		text;
	vc		text;
BEGIN
	IF indicator_rows IS NULL THEN
		RAISE EXCEPTION 'indicator_rows must not be NULL'
			USING ERRCODE = 'null_value_not_allowed';
	END IF;
	SELECT n.nspname, c.relname INTO nsp, rel
	FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
	WHERE c.oid = indicator_rows;
	parts := CASE WHEN view_name IS NULL THEN ARRAY[rel || '_bi']
				  ELSE parse_ident(view_name) END;
	IF cardinality(parts) = 1 THEN
		parts := ARRAY[nsp] || parts;
	ELSIF cardinality(parts) <> 2 THEN
		RAISE EXCEPTION 'view name "%" has too many dots', view_name
			USING ERRCODE = 'invalid_name',
				  HINT = 'Give NAME or SCHEMA.NAME.';
	END IF;
	v := format('%I.%I', parts[1], parts[2]);
	vc := format('%I.%I', parts[1], parts[2] || '_compare');
	EXECUTE format($v$
		CREATE OR REPLACE VIEW %1$s AS
		SELECT t.doc_id::text AS doc_id, t.region, t.doc_year, t.doc_kind,
			   @extschema@.plan_resolve_key(t.indicator_key) AS indicator_key,
			   COALESCE(c.name_zh, t.indicator) AS indicator_name,
			   c.name_en AS indicator_en, c.domain,
			   t.indicator AS indicator_as_written,
			   t.measure, t.period, t.kind, t.year,
			   make_date(t.year, 12, 31) AS year_end,
			   t.value, t.value_max, t.unit, t.qualifier, t.section, t.quote, t.pos
		FROM %2$s t
		LEFT JOIN @extschema@.plan_indicator_catalog c
			   ON c.key = @extschema@.plan_resolve_key(t.indicator_key)$v$,
		v, indicator_rows);
	EXECUTE format('COMMENT ON VIEW %s IS %L', v,
		format('indicator rows of %s with catalogue names, plain columns for BI tools', indicator_rows));
	EXECUTE format($v$
		CREATE OR REPLACE VIEW %1$s AS
		SELECT * FROM @extschema@.plan_compare(%2$L::regclass)$v$,
		vc, indicator_rows::text);
	EXECUTE format('COMMENT ON VIEW %s IS %L', vc,
		format('targets against actuals of %s (plan_compare), plain columns for BI tools', indicator_rows));
	RETURN v;
END
$plan_create_bi_views$;
COMMENT ON FUNCTION plan_create_bi_views(regclass, text) IS
	'create two views for BI tools over a table of indicator rows: NAME (rows with catalogue names) and NAME_compare (targets against actuals); returns NAME';

------------------------------------------------------------------------
-- Scale-out on Citus (docs/scale-out.md)
------------------------------------------------------------------------

-- User words and user aliases must be the same on every node: the
-- workers segment and resolve keys for the shards they hold.  Citus allows
-- an extension's own tables to become reference tables (the extension,
-- installed on every node, creates the table; Citus only adds the shard),
-- so run this once on the coordinator after adding the workers.  A
-- reference table is copied by Citus to every node added later.
CREATE FUNCTION plan_citus_setup(OUT tbl regclass, OUT status text)
	RETURNS SETOF record
	LANGUAGE plpgsql VOLATILE
	SET search_path = pg_catalog, pg_temp
AS $plan_citus_setup$
DECLARE
	t		regclass;
	flag	boolean;
BEGIN
	IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_extension e
				   WHERE e.extname OPERATOR(pg_catalog.=) 'citus') THEN
		RAISE EXCEPTION 'the citus extension is not installed in this database'
			USING ERRCODE = 'object_not_in_prerequisite_state',
				  HINT = 'plan_citus_setup() is for a Citus cluster: CREATE EXTENSION citus on the coordinator and every worker first.';
	END IF;
	EXECUTE 'SELECT pg_catalog.citus_is_coordinator()' INTO flag;
	IF NOT flag THEN
		RAISE EXCEPTION 'plan_citus_setup() must run on the Citus coordinator'
			USING ERRCODE = 'object_not_in_prerequisite_state',
				  HINT = 'Connect to the coordinator, add the workers with citus_add_node(), and call it there.';
	END IF;
	-- the coordinator must hold a copy too: it segments plan_tsquery()
	-- arguments and rows of local tables
	EXECUTE 'SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_dist_node n WHERE n.groupid OPERATOR(pg_catalog.=) 0)'
		INTO flag;
	IF NOT flag THEN
		RAISE EXCEPTION 'the coordinator is not in the Citus metadata'
			USING ERRCODE = 'object_not_in_prerequisite_state',
				  DETAIL = 'The reference tables of user words and aliases need a copy on the coordinator.',
				  HINT = 'Run SELECT citus_set_coordinator_host(''host'', port) with the coordinator''s own address, then call plan_citus_setup() again.';
	END IF;
	-- plan_user_words carries the statement trigger that tells sessions to
	-- reload the words; Citus puts it on the shard copies only with this
	PERFORM pg_catalog.set_config('citus.enable_unsafe_triggers', 'on', true);
	FOREACH t IN ARRAY ARRAY['@extschema@.plan_user_words',
							 '@extschema@.plan_indicator_alias']::regclass[] LOOP
		tbl := t;
		EXECUTE 'SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_dist_partition p WHERE p.logicalrelid OPERATOR(pg_catalog.=) $1)'
			INTO flag USING t;
		IF flag THEN
			status := 'already distributed';
		ELSE
			EXECUTE 'SELECT pg_catalog.create_reference_table($1)' USING t;
			EXECUTE 'SELECT pg_catalog.truncate_local_data_after_distributing_table($1)' USING t;
			status := 'reference table';
		END IF;
		RETURN NEXT;
	END LOOP;
END
$plan_citus_setup$;
COMMENT ON FUNCTION plan_citus_setup() IS
	'on a Citus coordinator: make plan_user_words and plan_indicator_alias reference tables, so that every node segments with the same user words and resolves the same aliases (docs/scale-out.md)';
