--
-- plan_quantity operators: total order, all-pairs matrix, btree and hash
-- indexes, strict comparison, arithmetic, plan_quantity_satisfies.
--
\pset null '(null)'

CREATE TEMP TABLE m (id int, q plan_quantity);
INSERT INTO m VALUES
	(1, '3%以内'), (2, '3%'), (3, '约3%'), (4, '3%以上'), (5, '超过3%'),
	(6, '3%-4%'), (7, '30‰'), (8, '1个百分点'), (9, '1亿元'), (10, '10000万元'),
	(11, '9999万元'), (12, '1元'), (13, '3万株'), (14, '30000株'), (15, '5');

-- the all-pairs matrix: each operator against plan_quantity_cmp
SELECT a.id AS a, b.id AS b, a.q AS left, b.q AS right,
	plan_quantity_cmp(a.q, b.q) AS cmp,
	a.q < b.q AS lt, a.q <= b.q AS le, a.q = b.q AS eq,
	a.q <> b.q AS ne, a.q >= b.q AS ge, a.q > b.q AS gt
FROM m a, m b ORDER BY a.id, b.id;

-- the operators agree with cmp on every pair, and cmp is antisymmetric
SELECT count(*) AS pairs,
	bool_and((a.q < b.q) = (plan_quantity_cmp(a.q, b.q) < 0)
		AND (a.q <= b.q) = (plan_quantity_cmp(a.q, b.q) <= 0)
		AND (a.q = b.q) = (plan_quantity_cmp(a.q, b.q) = 0)
		AND (a.q <> b.q) = (plan_quantity_cmp(a.q, b.q) <> 0)
		AND (a.q >= b.q) = (plan_quantity_cmp(a.q, b.q) >= 0)
		AND (a.q > b.q) = (plan_quantity_cmp(a.q, b.q) > 0)
		AND plan_quantity_cmp(a.q, b.q) = -plan_quantity_cmp(b.q, a.q)) AS consistent,
	bool_and(a.q <> b.q OR plan_quantity_hash(a.q) = plan_quantity_hash(b.q)) AS hash_consistent
FROM m a, m b;

-- ORDER BY, DISTINCT, GROUP BY across dimensions (the total order)
SELECT q, plan_quantity_dimension(q) FROM m ORDER BY q, id;
SELECT DISTINCT q FROM m ORDER BY q;
SELECT q, count(*) FROM m GROUP BY q ORDER BY q;
SET enable_sort = off;
SELECT q, count(*) FROM m GROUP BY q ORDER BY count(*) DESC, q;	-- hash aggregate
RESET enable_sort;

-- btree and hash indexes are used, and give the same answers
CREATE TEMP TABLE big AS
	SELECT i, plan_quantity(i, CASE i % 3 WHEN 0 THEN '万元' WHEN 1 THEN '亿元' ELSE '%' END) AS q
	FROM generate_series(1, 3000) i;
CREATE INDEX big_q ON big (q);
CREATE INDEX big_qh ON big USING hash (q);
ANALYZE big;
SET enable_seqscan = off;
SET enable_bitmapscan = off;
EXPLAIN (COSTS OFF) SELECT i FROM big WHERE q = '1亿元';
SELECT i, q FROM big WHERE q = '1亿元' ORDER BY i;
EXPLAIN (COSTS OFF) SELECT count(*) FROM big WHERE q >= '29亿元' AND q < '2990万元';
SELECT count(*) FROM big WHERE q BETWEEN '2999万元' AND '3001万元';
SELECT q FROM big WHERE q > '29.98亿元' ORDER BY q LIMIT 5;
SET enable_indexscan = off;
SET enable_bitmapscan = on;
EXPLAIN (COSTS OFF) SELECT i FROM big WHERE q = '10000万元';
SELECT i, q FROM big WHERE q = '10000万元' ORDER BY i;
RESET enable_indexscan;
RESET enable_bitmapscan;
DROP INDEX big_q;
EXPLAIN (COSTS OFF) SELECT i FROM big WHERE q = '1亿元';
SELECT i FROM big WHERE q = '1亿元';
RESET enable_seqscan;
-- a hash join
SET enable_mergejoin = off;
SET enable_nestloop = off;
SELECT count(*) FROM big a JOIN big b ON a.q = b.q;
RESET enable_mergejoin;
RESET enable_nestloop;

-- strict comparison raises 22000 on a dimension mismatch
SELECT '1亿元'::plan_quantity #= '10000万元', '9%'::plan_quantity #> '8.5%左右',
	'3万株'::plan_quantity #<= '30000株', '1元'::plan_quantity #<> '2元',
	'1元'::plan_quantity #< '2元', '1元'::plan_quantity #>= '2元',
	plan_quantity_cmp_strict('1亿元', '9999万元');
\set VERBOSITY sqlstate
SELECT '1%'::plan_quantity #< '1个百分点';
SELECT plan_quantity_cmp_strict('1株', '1棵');
\set VERBOSITY default
SELECT '1%'::plan_quantity #= '1个百分点';

-- arithmetic
SELECT a, b, a + b AS sum, a - b AS difference
FROM (VALUES ('1亿元'::plan_quantity, '5000万元'::plan_quantity),
	('5000万元', '1亿元'), ('9%', '8%'), ('8%', '1个百分点'), ('30‰', '1%'),
	('6%-7%', '1%'), ('8.5%左右', '1%'), ('35亿元以上', '5亿元'),
	('1.3万亿斤', '1000万吨'), ('3万株', '5000株')) AS t(a, b);
SELECT q, n, q * n AS times, n * q AS times_rev, q / n AS divided
FROM (VALUES ('35亿元以上'::plan_quantity, 2::numeric), ('6%-7%', -1),
	('10元', 3), ('3000多人', 0.5), ('8.5%左右', 1.00)) AS t(q, n);
CREATE FUNCTION pg_temp.try(sql text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE r text;
BEGIN
	EXECUTE sql INTO r;
	RETURN r;
EXCEPTION WHEN others THEN
	RETURN 'ERROR ' || SQLSTATE || ': ' || SQLERRM;
END
$$;
SELECT s, pg_temp.try(s) FROM (VALUES
	($$SELECT '1%'::plan_quantity + '1元'$$),
	($$SELECT '8.5%左右'::plan_quantity + '约1%'$$),
	($$SELECT '10元'::plan_quantity / 0$$),
	($$SELECT '999999999999999999元'::plan_quantity * 10.5$$),
	($$SELECT '1元'::plan_quantity * 'NaN'::numeric$$),
	($$SELECT '1个'::plan_quantity - '1家'$$),
	($$SELECT '1个百分点'::plan_quantity + '8%'$$),
	($$SELECT '1个百分点'::plan_quantity - '8%'$$),
	($$SELECT '3%-4%'::plan_quantity - '1%-2%'$$),
	($$SELECT '10元'::plan_quantity - '3元以上'$$)
) AS t(s);

-- did the actual meet the target?  (about: plan_ext.about_tolerance)
SELECT actual, target, plan_quantity_satisfies(actual::plan_quantity, target::plan_quantity)
FROM (VALUES ('8.6%', '8.5%左右'), ('8.46%', '8.5%左右'), ('8.4%', '8.5%左右'),
	('36亿元', '35亿元以上'), ('35亿元', '35亿元以上'), ('35亿元', '超过35亿元'),
	('3%', '3%以内'), ('3%', '不到3%'), ('6.2%', '6%-6.5%'), ('7%', '6%-6.5%'),
	('1.1亿元', '10000万元'), ('9000万元', '1亿元'), ('1%', '1个百分点'),
	('3000多人', '3000人以上'), ('3000多人', '5000人以下'), ('5.6%', '控制在5.5%以内'))
	AS t(actual, target);
SHOW plan_ext.about_tolerance;
SET plan_ext.about_tolerance = 2;
SELECT plan_quantity_satisfies('8.4%', '8.5%左右') AS within_2_percent,
	plan_quantity_satisfies('8.3%', '8.5%左右') AS outside_2_percent;
RESET plan_ext.about_tolerance;
SELECT provolatile FROM pg_proc WHERE proname = 'plan_quantity_satisfies';

-- NULL in, NULL out
SELECT NULL::plan_quantity = '1元', plan_quantity_satisfies(NULL, '1元'),
	'1元'::plan_quantity + NULL;

-- per-mille points (人口自然增长率7.22‰,比上年下降0.42个千分点) and 兆 = 10^12 before a unit
SELECT '7.22‰'::plan_quantity - '6.80‰' AS rate_gap,
	'11.69‰'::plan_quantity - '0.75个千分点' AS rate_after,
	plan_quantity_to('0.42个千分点', '个百分点') AS in_points,
	'1个千分点'::plan_quantity = '0.1个百分点' AS same_change;
SELECT plan_quantity_to('1.4兆斤', '万吨') AS grain, plan_quantity_to('约3.6兆元', '亿元') AS yuan,
	plan_quantity_to('50兆瓦', '千瓦') AS megawatt_is_no_magnitude;
