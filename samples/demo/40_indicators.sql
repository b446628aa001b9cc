-- plan_indicators: every quantitative statement as a row.
\pset null '·'

-- Targets and results of the 2021 Baoxing work report: the report year is
-- read from the title, 今年 targets are 2021, the review states 2020 results.
SELECT ord, indicator, measure, value, unit, qualifier, year, kind, period
FROM plan_docs d, plan_indicators(d.body)
WHERE d.name = 'baoxing_2021_report_excerpt'
ORDER BY ord;

-- The flattened indicator table of a five-year plan: baseline (2020, actual)
-- and target (2025) columns, 【】 totals, 预期性/约束性, qualitative cells.
SELECT indicator, measure, value, unit, qualifier, year, kind, period, attribute, quote
FROM plan_docs d, plan_indicators(d.body)
WHERE d.name = 'zhumadian_plan_table_excerpt'
ORDER BY ord
LIMIT 12;

-- An analyst's question in plain SQL: growth targets of 8 % or more, joined
-- across documents on the catalogue key.
SELECT d.name, r.indicator_key, r.indicator, r.value, r.qualifier, r.year
FROM plan_docs d, plan_indicators(d.body) r
WHERE r.kind = 'target' AND r.measure = 'growth' AND r.unit = '%' AND r.value >= 8
ORDER BY r.indicator_key, d.name;
