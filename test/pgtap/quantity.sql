-- Invariants of plan_number and plan_quantity: round trip for every unit
-- of the catalogue, consistency of the total order, hash and operators,
-- error SQLSTATEs, and the scanner over a real plan when ../shared exists.
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS plan_ext;
SELECT plan(46);

SELECT has_type('plan_quantity', 'type plan_quantity exists');
SELECT has_function('plan_number', ARRAY['text'], 'plan_number(text) exists');
SELECT volatility_is('plan_number', ARRAY['text'], 'immutable', 'plan_number is immutable');
SELECT volatility_is('plan_quantity_in', ARRAY['cstring'], 'immutable', 'input is immutable');
SELECT volatility_is('plan_quantity_satisfies', ARRAY['plan_quantity', 'plan_quantity'], 'stable',
	'plan_quantity_satisfies is stable (reads plan_ext.about_tolerance)');
SELECT is_strict('plan_quantity_to', ARRAY['plan_quantity', 'text'], 'plan_quantity_to is strict');
SELECT has_operator('plan_quantity', '=', 'plan_quantity', 'boolean', '= exists');
SELECT has_operator('plan_quantity', '#<', 'plan_quantity', 'boolean', '#< exists');
SELECT has_operator('plan_quantity', '+', 'plan_quantity', 'plan_quantity', '+ exists');
SELECT has_operator('numeric', '*', 'plan_quantity', 'plan_quantity', 'numeric * plan_quantity exists');
SELECT ok(EXISTS (SELECT 1 FROM pg_opclass c JOIN pg_am a ON a.oid = c.opcmethod
	WHERE c.opcname = 'plan_quantity_ops' AND a.amname = 'btree' AND c.opcdefault),
	'default btree opclass');
SELECT ok(EXISTS (SELECT 1 FROM pg_opclass c JOIN pg_am a ON a.oid = c.opcmethod
	WHERE c.opcname = 'plan_quantity_hash_ops' AND a.amname = 'hash' AND c.opcdefault),
	'default hash opclass');

-- every unit of the catalogue, written several ways
CREATE TEMP TABLE unit_forms AS
SELECT u.unit, u.dimension, u.base_unit, u.scale, f.v, f.prefix, f.pfx_scale,
	f.v || f.prefix || u.unit || f.suffix AS written, f.suffix
FROM plan_units() u,
	LATERAL (VALUES ('12.5', '', 1, ''), ('3', '', 1, '以上'), ('7', '', 1, '左右'),
		('0.25', '万', 10000, ''), ('1.2', '亿', 100000000, '以内'),
		('2', '万亿', 1000000000000, '')) AS f(v, prefix, pfx_scale, suffix)
WHERE f.prefix = '' OR u.magnitude_prefix;

SELECT is((SELECT count(*) FROM unit_forms WHERE written::plan_quantity::text <> written), 0::bigint,
	'every catalogue unit round-trips as written (plain, 以上, 左右, 万, 亿, 万亿)');
SELECT is((SELECT count(*) FROM unit_forms
	WHERE plan_quantity_unit(written::plan_quantity) <> prefix || unit), 0::bigint,
	'the unit as written is kept, magnitude included');
SELECT is((SELECT count(*) FROM unit_forms
	WHERE plan_quantity_dimension(written::plan_quantity) <> dimension), 0::bigint,
	'the dimension of every written form is the catalogue dimension');
SELECT is((SELECT count(*) FROM unit_forms
	WHERE abs(plan_quantity_base_value(written::plan_quantity) - v::numeric * pfx_scale * scale)
		> abs(v::numeric * pfx_scale * scale) * 1e-15), 0::bigint,
	'base value = value * magnitude * catalogue scale for every unit');
SELECT is((SELECT count(*) FROM unit_forms
	WHERE plan_quantity_to(written::plan_quantity, base_unit) <> written::plan_quantity), 0::bigint,
	'conversion to the base unit keeps the quantity equal');
SELECT is((SELECT count(*) FROM unit_forms
	WHERE plan_quantity_send(written::plan_quantity)
		<> '\x01'::bytea || convert_to(written, 'UTF8')), 0::bigint,
	'binary output carries the canonical text for every unit');
SELECT cmp_ok((SELECT count(*) FROM unit_forms), '>', 400::bigint, 'more than 400 written forms checked');

-- order: a mixed set of quantities
CREATE TEMP TABLE oq AS
SELECT row_number() OVER () AS id, q::plan_quantity AS q FROM unnest(ARRAY[
	'1元', '1亿元', '10000万元', '9999万元', '35亿元以上', '超过35亿元', '不低于35亿元',
	'约35亿元', '35亿元以内', '不到35亿元', '30亿元-40亿元', '3%', '30‰', '3成',
	'3%以上', '约3%', '3%-3.5%', '1个百分点', '100个百分点', '3万株', '30000株',
	'1株', '1棵', '5', '5万', '1/3', '0.5', '1/2', '-2%', '0%', '2035年', '60岁以上',
	'1亩', '666.67平方米', '1公顷', '15亩', '2斤', '1公斤', '1千克', '1度',
	'1千瓦时', '翻两番', '4倍', '20微克/立方米', '1.3万亿斤以上', '3000多人',
	'800余家', '1至3个', '8-9%', '6%至7%']) q;

SELECT is((SELECT count(*) FROM oq a, oq b
	WHERE plan_quantity_cmp(a.q, b.q) <> -plan_quantity_cmp(b.q, a.q)), 0::bigint,
	'cmp is antisymmetric');
SELECT is((SELECT count(*) FROM oq a, oq b, oq c
	WHERE a.q <= b.q AND b.q <= c.q AND NOT a.q <= c.q), 0::bigint,
	'<= is transitive (all triples)');
SELECT is((SELECT count(*) FROM oq a, oq b
	WHERE (a.q = b.q) <> (plan_quantity_cmp(a.q, b.q) = 0)
	   OR (a.q < b.q) <> (plan_quantity_cmp(a.q, b.q) < 0)
	   OR (a.q > b.q) <> (plan_quantity_cmp(a.q, b.q) > 0)
	   OR (a.q <= b.q) <> NOT (a.q > b.q)
	   OR (a.q >= b.q) <> NOT (a.q < b.q)
	   OR (a.q <> b.q) <> NOT (a.q = b.q)), 0::bigint,
	'every operator agrees with cmp');
SELECT is((SELECT count(*) FROM oq a, oq b
	WHERE a.q = b.q AND plan_quantity_hash(a.q) <> plan_quantity_hash(b.q)), 0::bigint,
	'equal quantities hash equally');
SELECT is((SELECT count(*) FROM oq a, oq b WHERE a.id < b.id AND a.q = b.q), 11::bigint,
	'exactly the expected equal pairs (1亿元 = 10000万元, 3% = 30‰, 2斤 = 1公斤, 15亩 = 1公顷, ...)');
SELECT is((SELECT count(*) FROM oq a, oq b
	WHERE a.q = b.q AND plan_quantity_dimension(a.q) <> plan_quantity_dimension(b.q)), 0::bigint,
	'equal quantities have the same dimension');
SELECT is((SELECT count(*) FROM oq WHERE q::text::plan_quantity <> q), 0::bigint,
	'output reads back equal');
SELECT is(ARRAY(SELECT id FROM oq ORDER BY q, id),
	ARRAY(SELECT a.id FROM oq a ORDER BY (SELECT count(*) FROM oq b WHERE b.q < a.q), a.id),
	'ORDER BY agrees with pairwise <');
SELECT ok('1亿元'::plan_quantity = '10000万元', '1亿元 = 10000万元');
SELECT ok('1%'::plan_quantity <> '1个百分点', '% and 个百分点 differ');
SELECT ok('1个'::plan_quantity <> '1家', 'classifiers are different dimensions');
SELECT ok('35亿元以上'::plan_quantity <> '超过35亿元', '以上 (inclusive) differs from 超过 (exclusive)');

-- error SQLSTATEs
SELECT throws_ok($$SELECT '1%'::plan_quantity #< '1个百分点'$$, '22000', NULL,
	'strict comparison across dimensions raises 22000');
SELECT throws_ok($$SELECT '1%'::plan_quantity + '1元'$$, '22000', NULL,
	'adding across dimensions raises 22000');
SELECT throws_ok($$SELECT 'abc'::plan_quantity$$, '22P02', NULL, 'invalid quantity raises 22P02');
SELECT throws_ok($$SELECT plan_number('十四五')$$, '22P02', NULL, 'invalid numeral raises 22P02');
SELECT throws_ok($$SELECT plan_number('99999999999999999999')$$, '22003', NULL,
	'too large numeral raises 22003');
SELECT throws_ok($$SELECT '10元'::plan_quantity / 0$$, '22012', NULL, 'division by zero raises 22012');
SELECT throws_ok($$SELECT plan_quantity_to('1元', '吨')$$, '22000', NULL,
	'conversion across dimensions raises 22000');
SELECT lives_ok($$SELECT '1%'::plan_quantity < '1个百分点'$$, 'the total order never raises');

-- numerals: Chinese and Arabic spellings of the same number agree
SELECT is(plan_number('一千二百三十四万'), plan_number('1234万'), 'Chinese = mixed');
SELECT is(plan_number('壹佰贰拾叁'), plan_number('一百二十三'), 'financial = Chinese');
SELECT is(plan_number('１２３'), plan_number('123'), 'full-width = ASCII digits');
SELECT is(plan_number('百分之五'), plan_number('5%'), '百分之五 = 5%');

-- the scanner over a real plan (skipped when ../shared is absent)
\set seed_ok `test -r ../shared/seeds/003_20fdf0012a0c1d08.txt && echo 1 || echo 0`
CREATE TEMP TABLE seed (line text);
\if :seed_ok
\copy seed FROM '../shared/seeds/003_20fdf0012a0c1d08.txt' WITH (FORMAT text, DELIMITER E'\x01')
\endif
CREATE TEMP TABLE seed_q AS
	SELECT s.line, x.* FROM seed s, LATERAL plan_quantity_scan(s.line) x;
SELECT CASE WHEN :seed_ok = 1 THEN
	cmp_ok((SELECT count(*) FROM seed_q), '>', 20::bigint, 'the seed plan yields quantities')
	ELSE skip('../shared/seeds not available', 1) END;
SELECT CASE WHEN :seed_ok = 1 THEN
	is((SELECT count(*) FROM seed_q WHERE raw <> substr(line, start_pos, end_pos - start_pos)), 0::bigint,
		'positions of every scanned quantity match its raw text')
	ELSE skip('../shared/seeds not available', 1) END;
SELECT CASE WHEN :seed_ok = 1 THEN
	is((SELECT count(*) FROM seed_q WHERE quantity::text::plan_quantity <> quantity
		OR quantity::text::plan_quantity::text <> quantity::text), 0::bigint,
		'every quantity scanned from the seed plan round-trips')
	ELSE skip('../shared/seeds not available', 1) END;

SELECT * FROM finish();
ROLLBACK;
