--
-- Comparison: plan_compare (two documents, a table of rows), plan_diff,
-- plan_compare_gap, the BI views; on seed 002 when ../shared is present.
--
-- A 2021 target list and the results a year later.  (示例县 is a made-up
-- county: the seeds hold no report of 2022 results to pair with them.)
\set targets '示例县2021年政府工作报告。2021年主要预期目标：地区生产总值增长7%左右，一般公共预算收入增长6%以上，规模以上工业增加值增长8%，城镇登记失业率控制在4.5%以内，社会消费品零售总额达到120亿元。'
\set results '示例县2022年政府工作报告。2021年，全县实现地区生产总值增长7.3%，一般公共预算收入增长5.2%，规上工业增加值增长9.1%，城镇登记失业率3.9%，社会消费品零售总额125.6亿元。'
SELECT indicator_key, measure, target_value AS target, target_qualifier, target_unit AS unit,
       actual_value AS actual, gap, status
FROM plan_compare(:'targets', :'results');
-- 规上 and 规模以上 joined by the key; quotes show the source of each side
SELECT indicator, target_quote, actual_quote
FROM plan_compare(:'targets', :'results') WHERE indicator_key = 'industrial_value_added_above_scale';
-- the same results stated in 万元 convert to the target's 亿元
SELECT indicator_key, target_value, target_unit, actual_value, actual_unit, gap, status
FROM plan_compare(:'targets', replace(:'results', '125.6亿元', '1256000万元'))
WHERE indicator_key = 'retail_sales';
-- no results: every target is unknown
SELECT indicator_key, status FROM plan_compare(:'targets', '示例县2022年政府工作报告。');
SELECT count(*) AS strict_null FROM plan_compare(NULL, :'results');
-- the gap helper
SELECT plan_compare_gap(105.8, '亿元', 100, '亿元') AS same_unit,
       plan_compare_gap(1058000, '万元', 100, '亿元') AS converted,
       plan_compare_gap(3, '%', 2, '个百分点') AS percent_vs_points,
       plan_compare_gap(NULL, '%', 2, '%') AS no_actual;
SELECT plan_compare_status('7.3%', '7%左右') AS about,
       plan_compare_status('5.2%', '6%以上') AS at_least,
       plan_compare_status('3.9%', '4.5%以内') AS at_most,
       plan_compare_status('3%', '3个百分点') AS other_dimension,
       plan_compare_status(NULL, '7%') AS no_actual;
-- direction: for indicators where lower is better a bare or 左右 target is a
-- ceiling (CPI 3%左右 met by 0.9%, unemployment 5.5%左右 by 5.1%, energy
-- intensity 降低3%左右 missed by a fall of 2.7%); bounds are bounds either way
SELECT plan_compare_status('0.9%', '3%左右', 'lower') AS cpi_low,
       plan_compare_status('0.9%', '3%左右') AS cpi_as_floor,
       plan_compare_status('3.01%', '3%左右', 'lower') AS cpi_in_tolerance,
       plan_compare_status('3.2%', '3%左右', 'lower') AS cpi_over,
       plan_compare_status('5.1%', '5.5%左右', 'lower') AS unemployment,
       plan_compare_status('-2.7%', '-3%左右', 'lower') AS energy_fell_less,
       plan_compare_status('-3.1%', '-3%左右', 'lower') AS energy_fell_more,
       plan_compare_status('5.6%', '5.5%以内', 'lower') AS ceiling_bound,
       plan_compare_status('4.9%', '5%以上', 'lower') AS floor_bound;
-- plan_diff: a draft and a final version of the target list
\set final '示例县2021年政府工作报告。2021年主要预期目标：地区生产总值增长6.5%左右，一般公共预算收入增长6%以上，规模以上工业增加值增长8%，社会消费品零售总额达到120亿元，固定资产投资增长10%。'
SELECT change, indicator_key, measure, old_value, old_qualifier, new_value, new_qualifier
FROM plan_diff(:'targets', :'final');
SELECT change, count(*) FROM plan_diff(:'targets', :'final', true) GROUP BY change ORDER BY change;
SELECT count(*) AS no_change FROM plan_diff(:'targets', :'targets');
-- one year's targets and the next year's: the same year pairs first, the
-- rest by the rank of their year (2021 -> 2022); a new year alone is no change
\set next '示例县2022年政府工作报告。2022年主要预期目标：地区生产总值增长6%左右，一般公共预算收入增长6%以上。到2025年，地区生产总值达到300亿元。'
\set prev '示例县2021年政府工作报告。2021年主要预期目标：地区生产总值增长7%左右，一般公共预算收入增长6%以上。到2025年，地区生产总值达到300亿元。'
SELECT change, indicator_key, measure, old_year, old_value, new_year, new_value
FROM plan_diff(:'prev', :'next', true)
ORDER BY change, indicator_key, measure;
-- the national work reports of 2021 (targets) and 2022 (2021 results),
-- real passages (samples/compare/SOURCES): pairs by key and measure
\set n21 `cat samples/compare/national_2021.txt`
\set n22 `cat samples/compare/national_2022.txt`
SELECT indicator_key, measure, target_year AS year, target_value AS target, target_qualifier,
       target_unit AS unit, actual_value AS actual, actual_unit, gap, status
FROM plan_compare(:'n21', :'n22');
-- reports of two regions do not pair (when plan_doc_info reads both regions)
SELECT (plan_doc_info(d.t)).region AS target_region, (plan_doc_info(d.a)).region AS actual_region,
       count(*) FILTER (WHERE c.actual_value IS NOT NULL) AS paired
FROM (VALUES ('政府工作报告' || chr(10) || '——2021年1月24日在广东省第十三届人民代表大会第四次会议上' || chr(10) || '今年主要预期目标是：地区生产总值增长6%以上。',
              '政府工作报告' || chr(10) || '——2022年1月26日在江苏省第十三届人民代表大会第五次会议上' || chr(10) || '2021年，全省地区生产总值增长8.6%。')) AS d(t, a),
     LATERAL plan_compare(d.t, d.a) c
GROUP BY 1, 2;
-- a row's own region: a name that starts with a region below the document's
SELECT plan_indicator_region('广州经济总量', '广东省') AS city,
       plan_indicator_region('深圳地区生产总值', '广东省') AS short_name,
       plan_indicator_region('广东地区生产总值', '广东省') AS own,
       plan_indicator_region('湖北地区生产总值', '武汉市') AS above,
       plan_indicator_region('广东地区生产总值', '全国') AS province_in_national,
       plan_indicator_region('广州市', '广东省') AS region_alone,
       plan_indicator_region('广州经济总量', '') AS unknown_doc;
-- two documents: the target document's city figure is no target of its own
SELECT indicator_key, measure, target_value, actual_value, status
FROM plan_compare('政府工作报告' || chr(10) || '——2023年1月12日在广东省第十四届人民代表大会第一次会议上' || chr(10) || '今年主要预期目标是：地区生产总值增长5%以上，广州地区生产总值增长6%。',
                  '政府工作报告' || chr(10) || '——2024年1月23日在广东省第十四届人民代表大会第二次会议上' || chr(10) || '2023年，全省地区生产总值增长4.8%，深圳地区生产总值增长6%。');
-- user aliases reach the comparison
INSERT INTO plan_indicator_alias (alias, key) VALUES ('示例县经济总量', 'gdp');
SELECT indicator_key, target_value, actual_value, status
FROM plan_compare('示例县2021年政府工作报告。2021年主要预期目标：示例县经济总量增长7%左右。', :'results');
-- and the comparison over a table (the aliases joined, not looked up per row)
CREATE TABLE compare_alias (id int PRIMARY KEY, region text, body text NOT NULL);
INSERT INTO compare_alias VALUES
  (1, '示例县', '示例县2021年政府工作报告。2021年主要预期目标：示例县经济总量增长7%左右。'),
  (2, '示例县', :'results');
SELECT region, indicator_key, target_value, actual_value, status FROM plan_compare('compare_alias');
DROP TABLE compare_alias;
DELETE FROM plan_indicator_alias;
-- a report that reviews five years before the last one: of two actuals of
-- one year the year-on-year one is the result, not the growth over an
-- earlier base (较2015年, 较“十二五”末) stated first
\set review '示例县2021年政府工作报告。“十三五”时期，全县地区生产总值较“十二五”末增长42%，人均公园绿地面积较2015年增长38%。2020年，全县地区生产总值同比增长3.5%，人均公园绿地面积增长2.1%。'
\set plan20 '示例县2020年政府工作报告。2020年主要预期目标：地区生产总值增长6%左右，人均公园绿地面积增长2%。'
SELECT indicator_key, measure, period, year, value, quote
FROM plan_indicators(:'review') WHERE kind = 'actual' ORDER BY pos;
SELECT indicator_key, target_value, actual_value, status, actual_quote
FROM plan_compare(:'plan20', :'review');
CREATE TABLE compare_review (id int PRIMARY KEY, region text, body text NOT NULL);
INSERT INTO compare_review VALUES (1, '示例县', :'plan20'), (2, '示例县', :'review');
SELECT indicator_key, target_value, actual_value, status, actual_quote, actual_doc
FROM plan_compare('compare_review');
DROP TABLE compare_review;

-- plan_extract + plan_compare over a table: the two reports of 示例县, and
-- a third county with a target only (region from a column)
CREATE TABLE compare_small (id int PRIMARY KEY, region text, body text NOT NULL);
INSERT INTO compare_small VALUES (1, '示例县', :'targets'), (2, '示例县', :'results'),
  (3, '另一县', '2021年主要预期目标：地区生产总值增长9%左右。');
SET client_min_messages = warning;
CALL plan_extract('compare_small', target => 'compare_small_rows', region_column => 'region');
RESET client_min_messages;
SELECT doc_id, region, doc_year, indicator_key, measure, value, unit, year, kind
FROM compare_small_rows ORDER BY doc_id, ord;
SELECT region, indicator_key, target_year, target_value, actual_year, actual_value, gap, status,
       target_doc, actual_doc
FROM plan_compare('compare_small_rows');
-- the same straight from the documents table (extracted on the fly)
SELECT region, indicator_key, target_value, actual_value, status
FROM plan_compare('compare_small') WHERE status <> 'unknown';
-- a table that is neither
SELECT * FROM plan_compare('plan_indicator_alias');
-- the BI views have plain column types only
SELECT plan_create_bi_views('compare_small_rows');
SELECT c.relname, a.attname, format_type(a.atttypid, a.atttypmod) AS type
FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
WHERE c.relname IN ('compare_small_rows_bi', 'compare_small_rows_bi_compare')
  AND a.attnum > 0 AND format_type(a.atttypid, a.atttypmod)
      NOT IN ('text', 'integer', 'numeric', 'date');
SELECT region, indicator_name, indicator_en, year_end, value, unit, kind
FROM compare_small_rows_bi WHERE indicator_key = 'gdp' ORDER BY kind, region;
SELECT region, indicator, status FROM compare_small_rows_bi_compare ORDER BY indicator_key, region;
DROP VIEW compare_small_rows_bi_compare, compare_small_rows_bi;
DROP TABLE compare_small_rows, compare_small;

-- The multi-region scorecard: real passages of fourteen reports of six
-- regions (samples/compare/SOURCES), each region's year-Y report (the
-- targets) and its Y+1 report (the year-Y results).  福建 has three: the
-- 2023 work report (2023 targets), the 2024 计划执行情况 report (the 2023
-- results and the 2024 targets) and the 2025 work report (the 2024
-- results, most of them 预计).  plan_normalize folds the Traditional
-- characters of the 浙江 2012, 广东 2024 and 福建 2024 pages.
-- test/pgtap/compare_regions.sql asserts the pairs on all of
-- samples/compare/*.txt.  Known extraction errors, kept as they are
-- (docs/compare.md): 四川 2025's 预计全省地区生产总值增长5.7% is the 2024
-- result (预计 is an actual cue), so 6%左右 meets it: missed.  福建 2025's
-- 2024 GDP (预计可实现全年预期目标) has no figure, so the 2024 GDP target
-- stays unknown.  广东 2024's 广州经济总量突破3万亿元 (a city of the province)
-- is read as 广东's GDP level (no target pairs with it).
CREATE TABLE scorecard_docs (id text PRIMARY KEY, body text NOT NULL);
\set f `cat samples/compare/fujian_2023.txt`
INSERT INTO scorecard_docs VALUES ('fujian_2023', plan_normalize(:'f'));
\set f `cat samples/compare/fujian_2024.txt`
INSERT INTO scorecard_docs VALUES ('fujian_2024', plan_normalize(:'f'));
\set f `cat samples/compare/fujian_2025.txt`
INSERT INTO scorecard_docs VALUES ('fujian_2025', plan_normalize(:'f'));
\set f `cat samples/compare/guangdong_2023.txt`
INSERT INTO scorecard_docs VALUES ('guangdong_2023', plan_normalize(:'f'));
\set f `cat samples/compare/guangdong_2024.txt`
INSERT INTO scorecard_docs VALUES ('guangdong_2024', plan_normalize(:'f'));
\set f `cat samples/compare/jiangsu_2023.txt`
INSERT INTO scorecard_docs VALUES ('jiangsu_2023', plan_normalize(:'f'));
\set f `cat samples/compare/jiangsu_2024.txt`
INSERT INTO scorecard_docs VALUES ('jiangsu_2024', plan_normalize(:'f'));
\set f `cat samples/compare/sichuan_2024.txt`
INSERT INTO scorecard_docs VALUES ('sichuan_2024', plan_normalize(:'f'));
\set f `cat samples/compare/sichuan_2025.txt`
INSERT INTO scorecard_docs VALUES ('sichuan_2025', plan_normalize(:'f'));
\set f `cat samples/compare/sichuan_2026.txt`
INSERT INTO scorecard_docs VALUES ('sichuan_2026', plan_normalize(:'f'));
\set f `cat samples/compare/wuhan_2022.txt`
INSERT INTO scorecard_docs VALUES ('wuhan_2022', plan_normalize(:'f'));
\set f `cat samples/compare/wuhan_2023.txt`
INSERT INTO scorecard_docs VALUES ('wuhan_2023', plan_normalize(:'f'));
\set f `cat samples/compare/zhejiang_2011.txt`
INSERT INTO scorecard_docs VALUES ('zhejiang_2011', plan_normalize(:'f'));
\set f `cat samples/compare/zhejiang_2012.txt`
INSERT INTO scorecard_docs VALUES ('zhejiang_2012', plan_normalize(:'f'));
-- region and year of each report, read from its text
SELECT id, i.region, i.year, i.level FROM scorecard_docs, LATERAL plan_doc_info(body) i ORDER BY id;
SET client_min_messages = warning;
CALL plan_extract('scorecard_docs', target => 'scorecard_rows');
RESET client_min_messages;
-- rows whose own region is not their report's: 广州经济总量 in the 广东 2024 report
SELECT r.doc_id, r.region, r.indicator, r.indicator_key, r.measure, r.value, r.unit, r.kind
FROM scorecard_rows r JOIN scorecard_docs d ON d.id = r.doc_id, LATERAL plan_doc_info(d.body) i
WHERE r.region IS DISTINCT FROM i.region ORDER BY r.doc_id, r.ord;
-- the scorecard: every target that has a result in the next report
SELECT region, indicator_key AS key, measure, target_year AS year, target_value AS target,
       target_qualifier AS qualifier, target_unit AS unit, actual_value AS actual, actual_unit,
       gap, status, target_doc, actual_doc
FROM plan_compare('scorecard_rows') WHERE actual_value IS NOT NULL
ORDER BY region, year, key, measure;
-- every target, with or without a result, by region and status
SELECT region, target_year, status, count(*) FROM plan_compare('scorecard_rows')
GROUP BY 1, 2, 3 ORDER BY 1, 2, 3;
-- no pair joins two regions, and every result comes from a report of the next year
SELECT count(*) AS pairs,
       count(*) FILTER (WHERE ti.region IS DISTINCT FROM ai.region) AS other_region,
       count(*) FILTER (WHERE c.actual_year <> c.target_year OR ai.year <> c.target_year + 1) AS other_year
FROM plan_compare('scorecard_rows') c
JOIN scorecard_docs td ON td.id = c.target_doc, LATERAL plan_doc_info(td.body) ti,
     scorecard_docs ad, LATERAL plan_doc_info(ad.body) ai
WHERE ad.id = c.actual_doc;
-- the BI view: one row per region x indicator x year, plain columns
SELECT plan_create_bi_views('scorecard_rows');
SELECT region, indicator, target_year AS year, target_value AS target, target_qualifier AS qualifier,
       actual_value AS actual, gap, status
FROM scorecard_rows_bi_compare WHERE indicator_key !~ '^~'
ORDER BY region, year, indicator_key, measure;
DROP VIEW scorecard_rows_bi_compare, scorecard_rows_bi;
DROP TABLE scorecard_rows, scorecard_docs;

-- The ten 2021 government work reports of seed 002.
\set have_seed `test -f ../shared/seeds/002_000a05b7aea940ce.txt && echo 1 || echo 0`
SELECT :have_seed = 0 AS skip_seed \gset
\if :skip_seed
\echo 'seed 002 not found: skipping the seed part'
\quit
\endif
\set body `cat ../shared/seeds/002_000a05b7aea940ce.txt`
CREATE TABLE compare_docs (id int PRIMARY KEY, body text NOT NULL);
INSERT INTO compare_docs
SELECT s.ord, substr(:'body', s.pos, s.len) FROM plan_split_documents(:'body') s;
SELECT id, (plan_doc_info(body)).region FROM compare_docs ORDER BY id;
SET client_min_messages = warning;
CALL plan_extract('compare_docs', target => 'compare_rows', batch_size => 4);
RESET client_min_messages;
SELECT status, docs_done, docs_total FROM plan_extract_progress WHERE target = 'compare_rows';
-- 2021 targets side by side across the ten regions: GDP growth
SELECT region, target_value, target_qualifier, target_quote
FROM plan_compare('compare_rows', targets_of => 2021)
WHERE indicator_key = 'gdp' AND measure = 'growth' AND period = 'year'
ORDER BY region;
-- the 2020 results each report gives, next to its 2021 targets (GDP growth)
SELECT region, actual_value AS result_2020, target_value AS target_2021, gap, status, actual_quote
FROM plan_compare('compare_rows', targets_of => 2021, actuals_of => 2020)
WHERE indicator_key = 'gdp' AND measure = 'growth' AND period = 'year'
  AND actual_value IS NOT NULL
ORDER BY region;
-- the reports give no 2021 results: same-year comparison says unknown
SELECT count(*) > 0 AS has_targets, bool_and(status = 'unknown') AS all_unknown
FROM plan_compare('compare_rows');
-- BI views: ranking of the 2021 GDP growth targets
SELECT plan_create_bi_views('compare_rows', 'compare_bi');
SELECT region, value, qualifier, rank() OVER (ORDER BY value DESC) AS rank
FROM compare_bi
WHERE indicator_key = 'gdp' AND measure = 'growth' AND kind = 'target'
  AND period = 'year' AND year = 2021
ORDER BY rank, region;
SELECT count(*) > 0 AS compare_view_rows FROM compare_bi_compare;
-- plan_diff on a real report: one target revised
SELECT change, indicator_key, measure, old_value, new_value
FROM plan_diff((SELECT body FROM compare_docs WHERE id = 1),
               replace((SELECT body FROM compare_docs WHERE id = 1),
                       '地区生产总值增长8.5%以上', '地区生产总值增长8%以上'));
DROP VIEW compare_bi_compare, compare_bi;
DROP TABLE compare_rows, compare_docs;
