-- Invariants of plan_indicators() on real plan texts (../shared/seeds when
-- present) and on hostile input.
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS plan_ext;
SELECT plan(19);

SELECT has_function('plan_indicators', ARRAY['text', 'integer'], 'plan_indicators(text, int) exists');
SELECT volatility_is('plan_indicators', ARRAY['text', 'integer'], 'immutable', 'plan_indicators is immutable');
SELECT isnt_strict('plan_indicators', ARRAY['text', 'integer'], 'plan_indicators is not strict (NULL report_year means infer)');
SELECT is((SELECT proparallel FROM pg_proc WHERE oid = 'plan_indicators(text,integer)'::regprocedure),
	's'::"char", 'plan_indicators is parallel safe');

-- the seed texts, one row each ("no rows" when ../shared is absent)
CREATE TEMP TABLE seeds(name text, body text);
\copy seeds from program 'python3 -c "import csv,glob,os,sys; w=csv.writer(sys.stdout); [w.writerow([os.path.basename(f), open(f, encoding=\"utf-8\").read()]) for f in sorted(glob.glob(\"../shared/seeds/*.txt\"))]"' csv
CREATE TEMP TABLE rows AS
	SELECT s.name, s.body, r.* FROM seeds s, plan_indicators(s.body) r;

SELECT CASE WHEN (SELECT count(*) FROM seeds) = 0 THEN
	skip('../shared/seeds not found', 7)
ELSE collect_tap(ARRAY[
	ok((SELECT count(*) FROM rows) > 300, 'the seeds give hundreds of rows'),
	is((SELECT count(*) FROM rows WHERE quote IS DISTINCT FROM substr(body, pos, len)), 0::bigint,
	   'quote = substr(doc, pos, len) on every row of every seed'),
	is((SELECT count(*) FROM (SELECT name, ord, lag(ord) OVER (PARTITION BY name ORDER BY ord) AS prev,
	                                 pos, lag(pos) OVER (PARTITION BY name ORDER BY ord) AS prev_pos FROM rows) t
	    WHERE ord <> prev + 1 OR pos < prev_pos), 0::bigint,
	   'ord counts 1, 2, 3... in document order'),
	is((SELECT count(*) FROM rows WHERE measure NOT IN ('level', 'growth', 'delta')
	       OR qualifier NOT IN ('exact', 'about', 'at_least', 'at_most', 'range')
	       OR period NOT IN ('year', 'annual_avg', 'cumulative')
	       OR kind NOT IN ('target', 'actual')
	       OR (attribute IS NOT NULL AND attribute NOT IN ('预期性', '约束性'))), 0::bigint,
	   'enumerated columns hold only their documented values'),
	is((SELECT count(*) FROM rows WHERE (qualifier = 'range') <> (value_max IS NOT NULL)
	       OR value_max <= value), 0::bigint,
	   'value_max is set exactly for ranges and lies above value'),
	is((SELECT count(*) FROM rows WHERE value IS NOT NULL AND unit IS NULL), 0::bigint,
	   'every figure has a unit'),
	is((SELECT count(*) FROM rows WHERE indicator_key IS NULL OR indicator IS NULL), 0::bigint,
	   'indicator and indicator_key are never NULL')
]) END;

-- the same text with and without an explicit report year gives the same figures
SELECT CASE WHEN (SELECT count(*) FROM seeds) = 0 THEN skip('../shared/seeds not found', 1)
ELSE is((SELECT count(*) FROM seeds s, plan_indicators(s.body, 2021) r WHERE s.name LIKE '002%'),
        (SELECT count(*) FROM rows WHERE name LIKE '002%'),
        'an explicit report year changes years, not which figures are found') END;

-- keys and quantities come from caches kept for the query once a name or
-- figure was seen: a second reading of the seeds in the same query gives
-- exactly the rows of the first
SELECT CASE WHEN (SELECT count(*) FROM seeds) = 0 THEN skip('../shared/seeds not found', 1)
ELSE is((SELECT count(*) FROM (
	        SELECT name, t FROM (
	            SELECT s.name, r::text AS t, s.copy
	            FROM (SELECT 1 AS copy, * FROM seeds UNION ALL SELECT 2, * FROM seeds) s,
	                 plan_indicators(s.body) r) x
	        GROUP BY name, t
	        HAVING count(*) FILTER (WHERE copy = 1) <> count(*) FILTER (WHERE copy = 2)) y), 0::bigint,
	   'a second reading in the same query (cached keys and quantities) gives the same rows') END;

-- hostile input: no error on any valid UTF-8
SELECT lives_ok($$SELECT count(*) FROM plan_indicators(repeat('增长8%以上,', 20000))$$,
	'a long run of figures');
SELECT lives_ok($$SELECT count(*) FROM plan_indicators(repeat(E'指标\n属性\n1\n', 5000))$$,
	'a degenerate table');
SELECT lives_ok($$SELECT count(*) FROM (SELECT string_agg(chr(32 + (i * 7919) % 60000), '') AS d
	FROM generate_series(1, 20000) i WHERE (32 + (i * 7919) % 60000) NOT BETWEEN 55296 AND 57343) t,
	plan_indicators(t.d)$$,
	'arbitrary code points');
SELECT lives_ok($$SELECT count(*) FROM plan_indicators(repeat('1', 100000) || '%')$$,
	'a very long number');
SELECT is((SELECT count(*) FROM plan_indicators(NULL)), 0::bigint, 'NULL doc gives no rows');
SELECT throws_ok($$SELECT * FROM plan_indicators('增长8%', 99999)$$, '22023', NULL,
	'a report year outside 1000..9999 is rejected');

SELECT * FROM finish();
ROLLBACK;
