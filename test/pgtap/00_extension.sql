-- Invariants that hold for every object plan_ext creates.
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS plan_ext;
SELECT plan(11);

-- the functions and procedures that belong to the extension
CREATE TEMP VIEW plan_ext_procs AS
	SELECT p.*
	FROM pg_depend d JOIN pg_proc p ON d.classid = 'pg_proc'::regclass AND d.objid = p.oid
	WHERE d.refclassid = 'pg_extension'::regclass
	  AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'plan_ext')
	  AND d.deptype = 'e';

SELECT is(pg_catalog.getdatabaseencoding(), 'UTF8', 'tests run in a UTF8 database');

SELECT has_function('plan_normalize', ARRAY['text'], 'plan_normalize(text) exists');
SELECT volatility_is('plan_normalize', ARRAY['text'], 'immutable', 'plan_normalize is immutable');
SELECT is_strict('plan_normalize', ARRAY['text'], 'plan_normalize is strict');

-- every function and procedure of the extension is documented
SELECT is(
	ARRAY(SELECT p.oid::regprocedure::text FROM plan_ext_procs p
	      WHERE obj_description(p.oid, 'pg_proc') IS NULL ORDER BY 1),
	'{}'::text[],
	'every plan_ext function has a COMMENT');

-- every immutable function is parallel safe (so parallel query and Citus can use it)
SELECT is(
	ARRAY(SELECT p.oid::regprocedure::text FROM plan_ext_procs p
	      WHERE p.provolatile = 'i' AND p.proparallel <> 's' ORDER BY 1),
	'{}'::text[],
	'every immutable plan_ext function is PARALLEL SAFE');

-- security (docs/security.md): no SECURITY DEFINER, and every SQL or
-- PL/pgSQL function runs with a safe search_path (the procedure, which
-- cannot carry SET because it COMMITs, is checked by security.sql)
SELECT is(
	ARRAY(SELECT p.oid::regprocedure::text FROM plan_ext_procs p WHERE p.prosecdef ORDER BY 1),
	'{}'::text[],
	'no plan_ext function or procedure is SECURITY DEFINER');
SELECT is(
	ARRAY(SELECT p.oid::regprocedure::text FROM plan_ext_procs p
	      JOIN pg_language l ON l.oid = p.prolang
	      WHERE l.lanname IN ('sql', 'plpgsql') AND p.prokind <> 'p'
	        AND NOT coalesce('search_path=pg_catalog, pg_temp' = ANY (p.proconfig), false)
	      ORDER BY 1),
	'{}'::text[],
	'every SQL and PL/pgSQL function of plan_ext has SET search_path = pg_catalog, pg_temp');

-- every user-visible type of the extension is documented
SELECT is(
	ARRAY(SELECT t.oid::regtype::text
	      FROM pg_depend d JOIN pg_type t ON d.classid = 'pg_type'::regclass AND d.objid = t.oid
	      WHERE d.refclassid = 'pg_extension'::regclass
	        AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'plan_ext')
	        AND d.deptype = 'e' AND t.typtype IN ('b', 'd', 'e')
	        AND obj_description(t.oid, 'pg_type') IS NULL
	      ORDER BY 1),
	'{}'::text[],
	'every plan_ext base type has a COMMENT');

-- normalisation is a fixed point on real text
SELECT is(plan_normalize(plan_normalize(x)), plan_normalize(x), 'plan_normalize is idempotent')
FROM (VALUES ('國內生產總值ＧＤＰ增長８．５％，「十四五」①')) v(x);

SELECT is(plan_normalize('國內生產總值'), '国内生产总值', 'Traditional to Simplified');

SELECT * FROM finish();
ROLLBACK;
