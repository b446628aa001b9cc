--
-- pgTAP invariants of plan_parser / plan_zh on the seed plan texts
-- (seed checks are skipped when ../shared/seeds is absent).
--
\set ON_ERROR_STOP 1
\set QUIET 1
\pset format unaligned
\pset tuples_only true
\pset pager off
\set have_seeds `test -r ../shared/seeds/003_20fdf0012a0c1d08.txt && echo 1 || echo 0`

BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS plan_ext;
SELECT plan(19);

SELECT has_function('plan_segment', ARRAY['text'], 'plan_segment(text) exists');
SELECT has_function('plan_tsquery', ARRAY['text'], 'plan_tsquery(text) exists');
SELECT has_table('plan_user_words', 'the user dictionary table exists');
SELECT ok((SELECT 'plan_user_words'::regclass = ANY (extconfig) FROM pg_extension WHERE extname = 'plan_ext'),
	'plan_user_words is dumped by pg_dump (pg_extension_config_dump)');
SELECT is((SELECT count(*)::int FROM ts_token_type('plan_parser') WHERE tokid BETWEEN 4 AND 23 AND tokid <> 12),
	0, 'no token type collides with the default parser''s URL/tag/hyphen ids');
SELECT throws_ok($$CREATE TEXT SEARCH DICTIONARY plan_bad (TEMPLATE = plan_zh_template, foo = 1)$$,
	'22023', NULL, 'unknown dictionary option is rejected');

-- seed paragraphs, one per line
CREATE TEMP TABLE seed_lines (doc text, n int, body text);
\if :have_seeds
CREATE TEMP TABLE seed_raw (body text);
\copy seed_raw from program 'cat ../shared/seeds/*.txt | sed -e "s/\\\\/\\\\\\\\/g" -e "s/\t/ /g"'
INSERT INTO seed_lines SELECT 'seeds', row_number() OVER (), body FROM seed_raw WHERE btrim(body) <> '';
\endif

SELECT CASE WHEN :have_seeds = 1 THEN
	ok((SELECT bool_and((SELECT string_agg(token, '' ORDER BY ord)
		FROM ts_parse('plan_parser', body) WITH ORDINALITY t(tokid, token, ord)) = body)
		FROM seed_lines), 'tokens of every seed line concatenate back to the line')
	ELSE skip('../shared/seeds is absent', 1) END;
SELECT CASE WHEN :have_seeds = 1 THEN
	ok((SELECT bool_and(regexp_replace(ts_headline('plan_zh', body, plan_tsquery('发展'), 'HighlightAll=true'),
		'</?b>', '', 'g') = body) FROM seed_lines), 'ts_headline with the tags removed gives every seed line back')
	ELSE skip('../shared/seeds is absent', 1) END;
SELECT CASE WHEN :have_seeds = 1 THEN
	ok((SELECT bool_and(to_tsvector('plan_zh', body) @@ plan_tsquery('生产总值'))
		FROM seed_lines WHERE body LIKE '%地区生产总值%'), 'every line with 地区生产总值 is found by 生产总值')
	ELSE skip('../shared/seeds is absent', 1) END;
SELECT CASE WHEN :have_seeds = 1 THEN
	ok((SELECT count(*) FROM seed_lines WHERE body LIKE '%工业增加值%') > 0 AND
		(SELECT bool_and(to_tsvector('plan_zh', body) @@ plan_tsquery('工业增加值'))
		 FROM seed_lines WHERE body LIKE '%工业增加值%'), 'every line with 工业增加值 is found by it')
	ELSE skip('../shared/seeds is absent', 1) END;
SELECT CASE WHEN :have_seeds = 1 THEN
	is((SELECT count(*)::int FROM seed_lines WHERE plan_tsvector(body) IS DISTINCT FROM to_tsvector('plan_zh', body)),
		0, 'plan_tsvector equals to_tsvector(''plan_zh'') on every seed line')
	ELSE skip('../shared/seeds is absent', 1) END;
SELECT CASE WHEN :have_seeds = 1 THEN
	is((SELECT plan_tsvector(string_agg(body, E'\n' ORDER BY n)) FROM seed_lines),
		(SELECT to_tsvector('plan_zh', string_agg(body, E'\n' ORDER BY n)) FROM seed_lines),
		'plan_tsvector equals to_tsvector(''plan_zh'') on all seeds as one document (positions past 16383)')
	ELSE skip('../shared/seeds is absent', 1) END;
SELECT CASE WHEN :have_seeds = 1 THEN
	ok((SELECT bool_and(NOT ('' = ANY (plan_segment(body)))) FROM seed_lines), 'no empty token')
	ELSE skip('../shared/seeds is absent', 1) END;
SELECT CASE WHEN :have_seeds = 1 THEN
	ok((SELECT count(*) FROM seed_lines WHERE to_tsvector('plan_zh', body) @@ plan_tsquery('十四五')) >=
	   (SELECT count(*) FROM seed_lines WHERE body ~ '十四五'), 'the slogan 十四五 is found wherever it is written')
	ELSE skip('../shared/seeds is absent', 1) END;

-- phrase queries over compounds line up
SELECT ok(to_tsvector('plan_zh', '地区生产总值增长8.5%') @@ plan_tsquery('"生产总值 增长"'),
	'a phrase starting with a sub-word of a compound matches');
SELECT ok(NOT (to_tsvector('plan_zh', '地区生产总值稳步增长') @@ plan_tsquery('"生产总值 增长"')),
	'a phrase does not match words that are not adjacent');

-- a role that is not a superuser maintains the user dictionary when granted
CREATE ROLE plan_search_editor;
GRANT INSERT, DELETE ON plan_user_words TO plan_search_editor;
SET LOCAL ROLE plan_search_editor;
INSERT INTO plan_user_words (word) VALUES ('藏羌彝走廊');
SELECT is(plan_segment('建设藏羌彝走廊'), ARRAY['建设', '藏羌彝走廊'], 'a non-superuser''s word takes effect at once');
SELECT is((SELECT added_by::text FROM plan_user_words WHERE word = '藏羌彝走廊'), 'plan_search_editor', 'added_by records the role');
DELETE FROM plan_user_words WHERE word = '藏羌彝走廊';
SELECT isnt(plan_segment('建设藏羌彝走廊'), ARRAY['建设', '藏羌彝走廊'], 'a deleted word stops taking effect');
RESET ROLE;

SELECT * FROM finish();
ROLLBACK;
