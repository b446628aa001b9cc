-- plan_ext demo: indicator identity, batch extraction and comparison.
\pset null '·'

-- One key for the many names of an indicator (docs/compare.md).
SELECT name, plan_indicator_key(name) AS key
FROM (VALUES ('地区生产总值'), ('全市GDP'), ('地方生产总值(GDP)'), ('规上工业增加值'),
             ('规模工业增加值'), ('社零总额'), ('城镇居民人均可支配收入'),
             ('农村居民人均可支配收入'), ('全县“三社联动”试点社区')) AS t(name);

-- The ten 2021 work reports pasted into one text become ten documents,
-- and one procedure extracts them all: in batches, with progress,
-- resumable, and only changed documents on the next call (docs/batch.md).
-- (samples/compare/: excerpts of the ten reports of seed 002.)  Some
-- excerpts do not say their year: a column does (year_column).
\set reports `cat samples/compare/reports_2021_ten_regions_excerpts.txt`
CREATE TABLE reports_2021 AS
SELECT s.ord AS id, 2021 AS year, substr(:'reports', s.pos, s.len) AS body
FROM plan_split_documents(:'reports') s;
CALL plan_extract('reports_2021', year_column => 'year', batch_size => 5);
SELECT target, status, docs_done, rows_written FROM plan_extract_progress;

-- The 2021 growth targets side by side across the ten regions
-- (规上, 规模 and 规模以上 join on one key).
SELECT region,
       max(value) FILTER (WHERE indicator_key = 'gdp') AS gdp,
       max(value) FILTER (WHERE indicator_key = 'industrial_value_added_above_scale') AS industry,
       max(value) FILTER (WHERE indicator_key = 'fixed_asset_investment') AS investment,
       max(value) FILTER (WHERE indicator_key = 'retail_sales') AS retail,
       max(value) FILTER (WHERE indicator_key = 'general_budget_revenue') AS budget_revenue
FROM reports_2021_indicators
WHERE kind = 'target' AND year = 2021 AND measure = 'growth' AND period = 'year'
GROUP BY region ORDER BY gdp DESC, region;

-- Target against actual for one county (示例县 is made up: the bundled
-- reports hold no 2022 report of the 2021 results).
SELECT indicator, target_value AS target, target_qualifier AS qualifier,
       actual_value AS actual, target_unit AS unit, gap, status
FROM plan_compare(
  '示例县2021年政府工作报告。2021年主要预期目标：地区生产总值增长7%左右，一般公共预算收入增长6%以上，规模以上工业增加值增长8%，城镇登记失业率控制在4.5%以内，社会消费品零售总额达到120亿元。',
  '示例县2022年政府工作报告。2021年，全县实现地区生产总值增长7.3%，一般公共预算收入增长5.2%，规上工业增加值增长9.1%，城镇登记失业率3.9%，社会消费品零售总额125.6亿元。');

-- The 2020 results each real report gives, next to its 2021 targets.
SELECT region, indicator, measure, actual_value AS result_2020,
       target_value AS target_2021, target_qualifier, target_unit AS unit, gap
FROM plan_compare('reports_2021_indicators', targets_of => 2021, actuals_of => 2020)
WHERE actual_value IS NOT NULL AND indicator_key !~ '^~'
ORDER BY region, indicator, measure;
