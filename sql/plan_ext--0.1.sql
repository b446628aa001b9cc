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
