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

CREATE TEXT SEARCH PARSER plan_parser (
	START = plan_prs_start,
	GETTOKEN = plan_prs_nexttoken,
	END = plan_prs_end,
	LEXTYPES = plan_prs_lextype,
	HEADLINE = pg_catalog.prsd_headline
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
	'the tokens plan_parser cuts a text into (blanks left out), for debugging segmentation';

CREATE FUNCTION plan_tsquery(query text) RETURNS tsquery
	AS 'MODULE_PATHNAME', 'plan_tsquery'
	LANGUAGE C STABLE STRICT PARALLEL SAFE;
-- STABLE, not IMMUTABLE: segmentation depends on plan_user_words.
COMMENT ON FUNCTION plan_tsquery(text) IS
	'a search string to a plan_zh tsquery: terms AND-ed, each term a phrase of its segments, "quotes", OR, -negation';

------------------------------------------------------------------------
-- Indicator catalogue, comparison and batch extraction
------------------------------------------------------------------------
