-- Targets met against results across real reports (issue 14): every
-- samples/compare/*.txt (real passages of work reports, samples/compare/SOURCES)
-- is loaded, extracted with plan_extract and compared with
-- plan_compare(regclass).  Every pair asserted below was checked by reading
-- the passages themselves.
--
-- plan_extract COMMITs after every batch, so this file cannot run inside one
-- BEGIN ... ROLLBACK: it works in its own schema and drops it at the end (and
-- the extension, if it created it).  Run from the top of the source tree
-- (as make installcheck-tap does): the samples are read by relative path.
\set ON_ERROR_STOP 1
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS pgtap;
SELECT count(*) = 0 AS cmpreg_created_ext FROM pg_extension WHERE extname = 'plan_ext' \gset
CREATE EXTENSION IF NOT EXISTS plan_ext;
DROP SCHEMA IF EXISTS compare_regions CASCADE;
CREATE SCHEMA compare_regions;

-- one row per file; a file holding several reports (the ten 2021 excerpts)
-- becomes one document per report (plan_split_documents)
CREATE TABLE compare_regions.files (name text PRIMARY KEY, body text NOT NULL);
\copy compare_regions.files from program 'python3 -c "import csv,glob,os,sys; w=csv.writer(sys.stdout); [w.writerow([os.path.basename(f)[:-4], open(f, encoding=\"utf-8\").read()]) for f in sorted(glob.glob(\"samples/compare/*.txt\"))]"' csv
\set nfiles `ls samples/compare/*.txt | wc -l`
CREATE TABLE compare_regions.docs (id text PRIMARY KEY, body text NOT NULL);
INSERT INTO compare_regions.docs
SELECT f.name || CASE WHEN n.n > 1 THEN '#' || s.ord ELSE '' END,
       plan_normalize(substr(f.body, s.pos, s.len))     -- 浙江 2012, 广东 2024: Traditional
FROM compare_regions.files f,
     LATERAL (SELECT count(*) AS n FROM plan_split_documents(f.body)) n,
     LATERAL plan_split_documents(f.body) s;
CREATE TABLE compare_regions.info AS
SELECT d.id, i.region, i.year FROM compare_regions.docs d, LATERAL plan_doc_info(d.body) i;

CALL plan_extract('compare_regions.docs', target => 'compare_regions.rows');
CREATE TABLE compare_regions.cmp AS SELECT * FROM plan_compare('compare_regions.rows');
-- the pairs: targets with a result
CREATE VIEW compare_regions.pairs AS
SELECT * FROM compare_regions.cmp WHERE actual_value IS NOT NULL;

SELECT plan(29);

-- the corpus
SELECT is((SELECT count(*) FROM compare_regions.files)::int, :nfiles,
	'every samples/compare/*.txt is loaded');
SELECT ok((SELECT count(DISTINCT region) FROM compare_regions.info WHERE region IS NOT NULL) >= 5,
	'the samples name at least 5 regions');
SELECT ok((SELECT count(*) FROM compare_regions.info WHERE year IS NOT NULL) >= 10,
	'at least 10 reports with a year');
-- what the scorecard covers: reports and regions that take part in a pair
SELECT cmp_ok((SELECT count(DISTINCT region) FROM compare_regions.pairs WHERE region IS NOT NULL)::int,
	'>=', 5, 'pairs in at least 5 regions');
SELECT cmp_ok((SELECT count(*) FROM (SELECT target_doc FROM compare_regions.pairs
	UNION SELECT actual_doc FROM compare_regions.pairs) d)::int,
	'>=', 10, 'at least 10 reports take part in a pair');
SELECT set_eq($$SELECT DISTINCT region FROM compare_regions.pairs WHERE region IS NOT NULL$$,
	ARRAY['全国', '江苏省', '四川省', '武汉市', '浙江省', '广东省', '福建省'],
	'the regions with pairs: 全国 江苏 四川 武汉 浙江 广东 福建');
-- no pair crosses regions, none takes its result from another year's report
SELECT is((SELECT count(*) FROM compare_regions.pairs c
	JOIN compare_regions.info t ON t.id = c.target_doc JOIN compare_regions.info a ON a.id = c.actual_doc
	WHERE t.region IS DISTINCT FROM a.region OR c.region IS DISTINCT FROM t.region)::int, 0,
	'no pair joins two regions');
SELECT is((SELECT count(*) FROM compare_regions.pairs c
	JOIN compare_regions.info a ON a.id = c.actual_doc
	WHERE a.year IS DISTINCT FROM c.target_year + 1 OR c.actual_year <> c.target_year)::int, 0,
	'every result comes from the report of the next year, for the target''s year');
SELECT is((SELECT count(*) FROM compare_regions.cmp WHERE status NOT IN ('met', 'missed', 'unknown'))::int, 0,
	'same-year comparison: every status is met, missed or unknown');

-- known pairs, GDP growth (measure growth, period year)
CREATE FUNCTION compare_regions.pair(r text, k text, y int, OUT tv numeric, OUT tq text, OUT av numeric, OUT st text)
LANGUAGE sql AS $$
	SELECT target_value, target_qualifier, actual_value, status FROM compare_regions.cmp
	WHERE region IS NOT DISTINCT FROM r AND indicator_key = k AND measure = 'growth'
	  AND period = 'year' AND target_year = y $$;
-- 武汉 2022: 地区生产总值增长7.5%; 2023 report: 预计2022年武汉地区生产总值增长4.5%左右
SELECT is((SELECT row(tv, tq, av, st)::text FROM compare_regions.pair('武汉市', 'gdp', 2022)),
	'(7.5,exact,4.5,missed)', '武汉 2022 GDP growth 7.5% -> 4.5%左右: missed');
-- 江苏 2023: 经济增长5%左右; 2024 report: 地区生产总值达 12.82 万亿元、增长 5.8%
SELECT is((SELECT row(tv, tq, av, st)::text FROM compare_regions.pair('江苏省', 'gdp', 2023)),
	'(5,about,5.8,met)', '江苏 2023 GDP growth 5%左右 -> 5.8%: met');
-- 四川 2024: 地区生产总值增长6%左右; 2025 report: 预计全省地区生产总值增长5.7%
SELECT is((SELECT row(tv, tq, av, st)::text FROM compare_regions.pair('四川省', 'gdp', 2024)),
	'(6,about,5.7,missed)', '四川 2024 GDP growth 6%左右 -> 5.7%: missed');
-- 四川 2025: 地区生产总值增长5.5%以上; 2026 report: 实现地区生产总值67665亿元,增长5.5%
SELECT is((SELECT row(tv, tq, av, st)::text FROM compare_regions.pair('四川省', 'gdp', 2025)),
	'(5.5,at_least,5.5,met)', '四川 2025 GDP growth 5.5%以上 -> 5.5%: met');
-- 浙江 2011: 全省生产总值增长9%左右; 2012 report: 2011年...比上年增长9%以上
SELECT is((SELECT row(tv, tq, av, st)::text FROM compare_regions.pair('浙江省', 'gdp', 2011)),
	'(9,about,9,met)', '浙江 2011 GDP growth 9%左右 -> 9%以上: met');
-- 广东 2023: 地区生产总值增长5%以上; 2024 report: 突破13万亿元、增长4.8%
SELECT is((SELECT row(tv, tq, av, st)::text FROM compare_regions.pair('广东省', 'gdp', 2023)),
	'(5,at_least,4.8,missed)', '广东 2023 GDP growth 5%以上 -> 4.8%: missed');
-- 福建 2023: 全省地区生产总值增长6%左右; 2024 plan report: 初步统计,全省地区生产总值增长4.5%
SELECT is((SELECT row(tv, tq, av, st)::text FROM compare_regions.pair('福建省', 'gdp', 2023)),
	'(6,about,4.5,missed)', '福建 2023 GDP growth 6%左右 -> 4.5%: missed');
-- 福建 2023: 地方一般公共预算收入增长5.5%左右 -> 增长7.6%; 固定资产投资增长6% -> 增长2.5%
SELECT is((SELECT row(tv, tq, av, st)::text FROM compare_regions.pair('福建省', 'general_budget_revenue', 2023)),
	'(5.5,about,7.6,met)', '福建 2023 地方一般公共预算收入 growth 5.5%左右 -> 7.6%: met');
SELECT is((SELECT row(tv, tq, av, st)::text FROM compare_regions.pair('福建省', 'fixed_asset_investment', 2023)),
	'(6,exact,2.5,missed)', '福建 2023 固定资产投资 growth 6% -> 2.5%: missed');
-- the national reports (region 全国, from 国务院政府工作报告 in the title): 6%以上 -> 增长8.1%
SELECT is((SELECT row(tv, tq, av, st)::text FROM compare_regions.pair('全国', 'gdp', 2021)),
	'(6,at_least,8.1,met)', 'national 2021 GDP growth 6%以上 -> 8.1%: met');
-- 广东 2024 (Traditional characters on the page): 地區生產總值增長5% is a 2024 target, no result yet
SELECT is((SELECT row(tv, tq, av, st)::text FROM compare_regions.pair('广东省', 'gdp', 2024)),
	'(5,exact,,unknown)', '广东 2024 GDP growth 5% (Traditional page): a target, unknown');
-- the 2023 targets of 广东 without a result in the 2024 passage stay unknown
SELECT is((SELECT count(*) FROM compare_regions.cmp WHERE region = '广东省' AND target_year = 2023
	AND status = 'unknown')::int, 9, '广东 2023: the nine other targets have no result in the passage');
-- GDP growth pairs: one per region and target year with a next-year report
SELECT is((SELECT count(*) FROM compare_regions.pairs WHERE indicator_key = 'gdp' AND measure = 'growth')::int,
	8, 'eight GDP growth pairs (6 regions, 四川 twice, and the national reports)');
SELECT is((SELECT string_agg(status, ',' ORDER BY status) FROM compare_regions.pairs
	WHERE indicator_key = 'gdp' AND measure = 'growth')::text,
	'met,met,met,met,missed,missed,missed,missed', 'GDP growth: 4 met, 4 missed');
-- a ten-region file of 2021 reports gives 2021 targets only: no pair
SELECT is((SELECT count(*) FROM compare_regions.pairs WHERE target_doc LIKE 'reports_2021%')::int, 0,
	'the 2021 excerpts of ten regions have no next-year report: no pair');

-- Extraction on the samples: 福建 2023 城镇居民、农村居民人均可支配收入分别增长7%、7.5%
-- names the first figure 城镇居民人均可支配收入 (pe_name_shared_tail); 广东 2024
-- 广州经济总量突破3万亿元 (a city inside the province) is 广州's figure: the row
-- takes the region 广州市 (plan_indicator_region), not the report's 广东省.
SELECT ok(EXISTS (SELECT 1 FROM compare_regions.rows WHERE doc_id = 'fujian_2023'
	AND indicator_key = 'urban_disposable_income' AND value = 7),
	'福建 2023 城镇居民人均可支配收入增长7%: urban_disposable_income');
SELECT ok(NOT EXISTS (SELECT 1 FROM compare_regions.rows WHERE doc_id = 'guangdong_2024'
	AND region = '广东省' AND indicator_key = 'gdp' AND measure = 'level' AND value = 3),
	'广东 2024: 广州经济总量突破3万亿元 is not 广东''s GDP');
SELECT is((SELECT region FROM compare_regions.rows WHERE doc_id = 'guangdong_2024'
	AND indicator_key = 'gdp' AND measure = 'level' AND value = 3), '广州市',
	'广东 2024: 广州经济总量突破3万亿元 is 广州市''s row');
SELECT is((SELECT count(*) FROM compare_regions.rows WHERE doc_id = 'guangdong_2024'
	AND region = '广东省' AND indicator_key = 'gdp')::int, 3,
	'广东 2024: its own GDP rows (13万亿元, 增长4.8%, the 2024 target 5%) keep 广东省');
-- the same on the fly, from the documents table
SELECT ok(NOT EXISTS (SELECT 1 FROM plan_compare('compare_regions.docs') c
	WHERE c.region = '广东省' AND c.actual_quote LIKE '广州%'),
	'plan_compare over the documents: no 广东 pair takes the 广州 figure');

SELECT * FROM finish();
DROP SCHEMA compare_regions CASCADE;
DELETE FROM plan_extract_state s WHERE NOT EXISTS (SELECT 1 FROM pg_class c WHERE c.oid = s.target);
DELETE FROM plan_extract_runs r WHERE NOT EXISTS (SELECT 1 FROM pg_class c WHERE c.oid = r.target);
\if :cmpreg_created_ext
DROP EXTENSION plan_ext;
\endif
