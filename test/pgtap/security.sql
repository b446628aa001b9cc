-- Security: no code of another role runs inside plan_ext's SQL and
-- PL/pgSQL bodies, whatever the caller's search_path (issue 17;
-- docs/security.md).
--
-- A plain role plants, in a schema it may create in, operators, functions
-- and domains of the signatures plan_ext's bodies use.  Each planted
-- object computes the right answer (a careful attacker stays unnoticed),
-- but first writes a row to a log table and tries ALTER ROLE ... SUPERUSER.
-- The superuser then calls every SQL-bodied function and the procedure
-- with that schema first on its search_path, once with pg_catalog
-- implicit (searched first) and once with pg_catalog named after the
-- planted schema, which lets planted objects of the same signature as
-- pg_catalog's win too.  The log must stay empty and the role plain.
--
-- plan_extract COMMITs, so this file cannot run inside one BEGIN ...
-- ROLLBACK: it works in schemas of its own and drops them, the role, and
-- the extension (if it created it) at the end.
\set ON_ERROR_STOP 1
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS pgtap;
SELECT count(*) = 0 AS sec_created_ext FROM pg_extension WHERE extname = 'plan_ext' \gset
CREATE EXTENSION IF NOT EXISTS plan_ext;
SELECT n.nspname AS ext_schema FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
WHERE e.extname = 'plan_ext' \gset
SELECT set_config('sec_test.ext', quote_ident(:'ext_schema'), false) AS sec_ext \gset
DROP SCHEMA IF EXISTS sec_shared, sec_log, sec_test CASCADE;
DROP ROLE IF EXISTS sec_attacker;
CREATE ROLE sec_attacker NOLOGIN NOSUPERUSER;

-- what the planted code leaves behind
CREATE SCHEMA sec_log;
CREATE TABLE sec_log.log (tag text, by_user name, by_super boolean, at timestamptz DEFAULT now());
GRANT USAGE ON SCHEMA sec_log TO PUBLIC;
GRANT INSERT ON sec_log.log TO PUBLIC;

-- a schema where the plain role may create objects (like public before 15)
CREATE SCHEMA sec_shared;
GRANT USAGE, CREATE ON SCHEMA sec_shared TO sec_attacker;

-- the superuser's data
CREATE SCHEMA sec_test;
CREATE TABLE sec_test.docs (id int PRIMARY KEY, body text);
INSERT INTO sec_test.docs VALUES
	(1, '2021年政府工作报告。2020年，全市地区生产总值增长3.5%，社会消费品零售总额增长2.1%。'
	    '2021年主要预期目标：地区生产总值增长7%左右，城镇调查失业率5.5%以内。'),
	(2, '2022年政府工作报告。2021年，全市地区生产总值增长7.4%，城镇调查失业率5.2%。'
	    '2022年主要预期目标：地区生产总值增长6.5%左右，规模以上工业增加值增长8%以上。'),
	(3, '“十四五”时期，常住人口城镇化率提高到65%，研发经费投入年均增长7%以上。');

SELECT plan(24);

-- the plain role plants its objects -----------------------------------------
SET ROLE sec_attacker;
CREATE FUNCTION sec_shared.sec_trap(tag pg_catalog.text) RETURNS boolean
	LANGUAGE plpgsql AS $trap$
BEGIN
	BEGIN
		INSERT INTO sec_log.log (tag, by_user, by_super)
		SELECT tag, pg_catalog.current_user(), r.rolsuper
		FROM pg_catalog.pg_roles r WHERE r.rolname OPERATOR(pg_catalog.=) pg_catalog.current_user();
	EXCEPTION WHEN others THEN NULL;
	END;
	BEGIN
		EXECUTE 'ALTER ROLE sec_attacker SUPERUSER';
	EXCEPTION WHEN others THEN NULL;
	END;
	RETURN true;
END
$trap$;

-- operators: (name, left, right, result, the true answer)
DO $plant$
DECLARE
	r record;
	n int := 0;
BEGIN
	FOR r IN SELECT * FROM (VALUES
		('=',  'oid', 'regclass', 'bool', '$1 OPERATOR(pg_catalog.=) $2::pg_catalog.oid'),
		('=',  'regclass', 'oid', 'bool', '$1::pg_catalog.oid OPERATOR(pg_catalog.=) $2'),
		('=',  'regclass', 'regclass', 'bool', '$1::pg_catalog.oid OPERATOR(pg_catalog.=) $2::pg_catalog.oid'),
		('=',  'oid', 'regtype', 'bool', '$1 OPERATOR(pg_catalog.=) $2::pg_catalog.oid'),
		('=',  'oid', 'oid', 'bool', '$1 OPERATOR(pg_catalog.=) $2'),
		('=',  'text', 'text', 'bool', '$1 OPERATOR(pg_catalog.=) $2'),
		('<>', 'text', 'text', 'bool', '$1 OPERATOR(pg_catalog.<>) $2'),
		('||', 'text', 'text', 'text', '$1 OPERATOR(pg_catalog.||) $2'),
		('=',  'name', 'name', 'bool', '$1 OPERATOR(pg_catalog.=) $2'),
		('=',  'name', 'text', 'bool', '$1 OPERATOR(pg_catalog.=) $2'),
		('=',  'char', 'char', 'bool', '$1 OPERATOR(pg_catalog.=) $2'),
		('=',  'int4', 'int4', 'bool', '$1 OPERATOR(pg_catalog.=) $2'),
		('<>', 'int4', 'int4', 'bool', '$1 OPERATOR(pg_catalog.<>) $2'),
		('<',  'int4', 'int4', 'bool', '$1 OPERATOR(pg_catalog.<) $2'),
		('<=', 'int4', 'int4', 'bool', '$1 OPERATOR(pg_catalog.<=) $2'),
		('>',  'int4', 'int4', 'bool', '$1 OPERATOR(pg_catalog.>) $2'),
		('>',  'int2', 'int4', 'bool', '$1 OPERATOR(pg_catalog.>) $2'),
		('<=', 'int4', 'int8', 'bool', '$1 OPERATOR(pg_catalog.<=) $2'),
		('+',  'int4', 'int4', 'int4', '$1 OPERATOR(pg_catalog.+) $2'),
		('-',  'int4', 'int4', 'int4', '$1 OPERATOR(pg_catalog.-) $2'),
		('+',  'int8', 'int8', 'int8', '$1 OPERATOR(pg_catalog.+) $2'),
		('-',  'int8', 'int8', 'int8', '$1 OPERATOR(pg_catalog.-) $2'),
		('-',  'int8', 'int4', 'int8', '$1 OPERATOR(pg_catalog.-) $2'),
		('=',  'int8', 'int8', 'bool', '$1 OPERATOR(pg_catalog.=) $2'),
		('=',  'numeric', 'numeric', 'bool', '$1 OPERATOR(pg_catalog.=) $2'),
		('-',  'numeric', 'numeric', 'numeric', '$1 OPERATOR(pg_catalog.-) $2'),
		('*',  'numeric', 'int8', 'numeric', '$1 OPERATOR(pg_catalog.*) $2'),
		('/',  'numeric', 'int8', 'numeric', '$1 OPERATOR(pg_catalog./) $2'),
		('-',  'timestamptz', 'timestamptz', 'interval', '$1 OPERATOR(pg_catalog.-) $2'),
		('=',  'bool', 'bool', 'bool', '$1 OPERATOR(pg_catalog.=) $2'),
		('=',  'int2', 'int2', 'bool', '$1 OPERATOR(pg_catalog.=) $2'),
		('<',  'int8', 'int8', 'bool', '$1 OPERATOR(pg_catalog.<) $2')
	) v(op, l, rt, ret, expr) LOOP
		n := n OPERATOR(pg_catalog.+) 1;
		EXECUTE pg_catalog.format(
			'CREATE FUNCTION sec_shared.trap_op_%s(pg_catalog.%s, pg_catalog.%s) RETURNS pg_catalog.%s '
			'LANGUAGE plpgsql AS %L', n, r.l, r.rt, r.ret,
			pg_catalog.format('BEGIN PERFORM sec_shared.sec_trap(%L); RETURN %s; END',
							  r.op OPERATOR(pg_catalog.||) '(' OPERATOR(pg_catalog.||) r.l
							  OPERATOR(pg_catalog.||) ', ' OPERATOR(pg_catalog.||) r.rt
							  OPERATOR(pg_catalog.||) ')', r.expr));
		EXECUTE pg_catalog.format(
			'CREATE OPERATOR sec_shared.%s (LEFTARG = pg_catalog.%s, RIGHTARG = pg_catalog.%s, '
			'FUNCTION = sec_shared.trap_op_%s)', r.op, r.l, r.rt, n);
	END LOOP;

	-- functions: (name, argument types, result, the true answer)
	FOR r IN SELECT * FROM (VALUES
		('format', 'pg_catalog.text', 'text', 'pg_catalog.format($1)'),
		('format', 'pg_catalog.text, pg_catalog.text', 'text', 'pg_catalog.format($1, $2)'),
		('format', 'pg_catalog.text, pg_catalog.text, pg_catalog.text', 'text', 'pg_catalog.format($1, $2, $3)'),
		('format', 'pg_catalog.text, pg_catalog.regclass', 'text', 'pg_catalog.format($1, $2)'),
		('lower', 'pg_catalog.text', 'text', 'pg_catalog.lower($1)'),
		('md5', 'pg_catalog.text', 'text', 'pg_catalog.md5($1)'),
		('hashtext', 'pg_catalog.text', 'int4', 'pg_catalog.hashtext($1)'),
		('quote_ident', 'pg_catalog.text', 'text', 'pg_catalog.quote_ident($1)'),
		('to_regclass', 'pg_catalog.text', 'regclass', 'pg_catalog.to_regclass($1)'),
		('parse_ident', 'pg_catalog.text', 'text[]', 'pg_catalog.parse_ident($1)'),
		('cardinality', 'pg_catalog.text[]', 'int4', 'pg_catalog.cardinality($1)'),
		('now', '', 'timestamptz', 'pg_catalog.now()'),
		('clock_timestamp', '', 'timestamptz', 'pg_catalog.clock_timestamp()'),
		('round', 'pg_catalog.numeric, pg_catalog.int4', 'numeric', 'pg_catalog.round($1, $2)'),
		('make_date', 'pg_catalog.int4, pg_catalog.int4, pg_catalog.int4', 'date', 'pg_catalog.make_date($1, $2, $3)'),
		('format_type', 'pg_catalog.oid, pg_catalog.int4', 'text', 'pg_catalog.format_type($1, $2)'),
		('left', 'pg_catalog.text, pg_catalog.int4', 'text', 'pg_catalog.left($1, $2)'),
		('current_database', '', 'name', 'pg_catalog.current_database()'),
		('pg_backend_pid', '', 'int4', 'pg_catalog.pg_backend_pid()'),
		('pg_try_advisory_lock', 'pg_catalog.int4, pg_catalog.int4', 'bool',
			'pg_catalog.pg_try_advisory_lock($1, $2)'),
		('pg_advisory_unlock', 'pg_catalog.int4, pg_catalog.int4', 'bool',
			'pg_catalog.pg_advisory_unlock($1, $2)'),
		('plan_resolve_key', 'pg_catalog.text', 'text', '@ext@.plan_resolve_key($1)'),
		('plan_indicator_key', 'pg_catalog.text', 'text', '@ext@.plan_indicator_key($1)'),
		('plan_compare_gap', 'pg_catalog.numeric, pg_catalog.text, pg_catalog.numeric, pg_catalog.text',
			'numeric', '@ext@.plan_compare_gap($1, $2, $3, $4)'),
		('plan_compare_status', 'pg_catalog.text, pg_catalog.text', 'text',
			'@ext@.plan_compare_status($1, $2)')
	) v(fn, args, ret, expr) LOOP
		EXECUTE pg_catalog.format(
			'CREATE FUNCTION sec_shared.%I(%s) RETURNS pg_catalog.%s LANGUAGE plpgsql AS %L',
			r.fn, r.args, r.ret,
			pg_catalog.format('BEGIN PERFORM sec_shared.sec_trap(%L); RETURN %s; END',
							  r.fn OPERATOR(pg_catalog.||) '(' OPERATOR(pg_catalog.||) r.args
							  OPERATOR(pg_catalog.||) ')',
							  pg_catalog.replace(r.expr, '@ext@',
												 pg_catalog.current_setting('sec_test.ext'))));
	END LOOP;

	-- domains shadowing the types a body might name without a schema
	FOR r IN SELECT * FROM (VALUES ('text'), ('int4'), ('oid'), ('regclass'), ('regtype'),
								   ('name'), ('timestamptz'), ('float8')) v(t) LOOP
		EXECUTE pg_catalog.format(
			'CREATE DOMAIN sec_shared.%I AS pg_catalog.%I CHECK (sec_shared.sec_trap(%L))',
			r.t, r.t, 'domain ' OPERATOR(pg_catalog.||) r.t);
	END LOOP;
END
$plant$;
RESET ROLE;

SELECT cmp_ok((SELECT count(*) FROM pg_operator WHERE oprnamespace = 'sec_shared'::regnamespace)::int,
	'>=', 30, 'the plain role planted its operators');
SELECT is((SELECT count(*) FROM sec_log.log)::int, 0, 'nothing planted has run yet');

-- references: the results under a clean search_path
CALL plan_extract('sec_test.docs', target => 'sec_test.clean_rows', batch_size => 2);
CREATE TEMP TABLE ref_compare AS SELECT * FROM plan_compare('sec_test.clean_rows');
SELECT body AS doc1 FROM sec_test.docs WHERE id = 1 \gset
SELECT body AS doc2 FROM sec_test.docs WHERE id = 2 \gset
CREATE TEMP TABLE ref_compare_docs AS SELECT * FROM plan_compare(:'doc1', :'doc2');
CREATE TEMP TABLE ref_diff AS SELECT * FROM plan_diff(:'doc1', :'doc2', true);

-- every SQL-bodied entry point under the hostile path -----------------------
-- (nothing but the calls runs under it: this file's own statements would
-- meet the planted objects too)
-- (an error from here on is reported by the checks below, which then fail,
-- rather than stopping the file)
\set ON_ERROR_STOP 0
\set pass 1
SET search_path = sec_shared, public;
\ir security_calls.inc
RESET search_path;
SELECT is((SELECT count(*) FROM sec_log.log)::int, 0,
	'search_path = sec_shared, public: no planted object ran');

\set pass 2
SET search_path = sec_shared, pg_catalog, public;
\ir security_calls.inc
RESET search_path;
SELECT is((SELECT count(*) FROM sec_log.log)::int, 0,
	'search_path = sec_shared, pg_catalog, public: no planted object ran');
SELECT is((SELECT array_agg(DISTINCT tag ORDER BY tag) FROM sec_log.log), NULL,
	'no planted operator, function or domain was called');
SELECT is((SELECT rolsuper FROM pg_roles WHERE rolname = 'sec_attacker'), false,
	'the planting role did not become superuser');

-- the results are those of a clean path
SELECT bag_eq('SELECT * FROM sec_test.hostile_rows_1', 'SELECT * FROM sec_test.clean_rows',
	'plan_extract under the hostile path writes the same rows (pg_catalog first)');
SELECT bag_eq('SELECT * FROM sec_test.hostile_rows_2', 'SELECT * FROM sec_test.clean_rows',
	'plan_extract under the hostile path writes the same rows (pg_catalog after)');
SELECT cmp_ok((SELECT count(*) FROM ref_compare)::int, '>', 0, 'plan_compare has rows to compare');
SELECT bag_eq('SELECT * FROM res_compare_2', 'SELECT * FROM ref_compare',
	'plan_compare(regclass) under the hostile path: the same rows');
SELECT cmp_ok((SELECT count(*) FROM ref_compare_docs)::int, '>', 0, 'plan_compare(text, text) has rows');
SELECT bag_eq('SELECT * FROM res_compare_docs_2', 'SELECT * FROM ref_compare_docs',
	'plan_compare(text, text) under the hostile path: the same rows');
SELECT cmp_ok((SELECT count(*) FROM ref_diff)::int, '>', 0, 'plan_diff has rows');
SELECT bag_eq('SELECT * FROM res_diff_2', 'SELECT * FROM ref_diff',
	'plan_diff under the hostile path: the same rows');
SELECT is((SELECT k FROM res_scalar_2), (SELECT plan_indicator_key_user('国内生产总值')),
	'plan_indicator_key_user under the hostile path');
SELECT is((SELECT g FROM res_scalar_2), 10000::numeric,
	'plan_compare_gap under the hostile path (2亿元 against 10000万元: 10000万元)');
SELECT is((SELECT s FROM res_scalar_2), 'met', 'plan_compare_status under the hostile path');

-- the views plan_create_bi_views made under the hostile path store
-- pg_catalog's operators: reading them runs nothing planted
SELECT is(res, 'sec_test.hostile_bi_2', 'plan_create_bi_views returns the qualified view name')
FROM res_views_2;
SELECT ok(pg_get_viewdef('sec_test.hostile_bi_2'::regclass) NOT LIKE '%sec_shared%',
	'the BI view stores no planted operator');
SELECT ok(pg_get_viewdef('sec_test.hostile_bi_2_compare'::regclass) NOT LIKE '%sec_shared%',
	'the BI compare view stores no planted operator');
SELECT cmp_ok((SELECT count(*) FROM sec_test.hostile_bi_2)::int, '>', 0, 'the BI view has rows');
SELECT bag_eq('SELECT * FROM sec_test.hostile_bi_2_compare', 'SELECT * FROM ref_compare',
	'the BI compare view gives plan_compare''s rows');
SELECT is((SELECT count(*) FROM sec_log.log)::int, 0, 'reading the views ran nothing planted');
-- the progress view too
SELECT is((SELECT status FROM plan_extract_progress WHERE target = 'sec_test.hostile_rows_2'),
	'done', 'progress of the run under the hostile path: done');

SELECT * FROM finish();

DROP SCHEMA sec_shared, sec_log, sec_test CASCADE;
DROP ROLE sec_attacker;
\if :sec_created_ext
DROP EXTENSION plan_ext;
\endif
