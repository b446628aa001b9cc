-- plan_ext demo: document structure (docs/outline.md).

-- Facts about each bundled document: kind, region, year, plan period.
SELECT d.name, i.kind, i.region, i.year, i.period, i.period_start, i.period_end
FROM plan_docs d, plan_doc_info(d.body) i ORDER BY d.id;

-- The outline of a work report printed on one physical line: inline headings,
-- an unmarked part title, the role (review / plan) the extractor relies on.
SELECT s.level, s.label, s.title, s.kind, s.role
FROM plan_docs d, plan_sections(d.body) s
WHERE d.name = 'baoxing_2021_report_excerpt' ORDER BY s.ord;

-- A line-based plan: chapter, the indicator table title.
SELECT s.level, s.label, s.title, s.kind, s.path
FROM plan_docs d, plan_sections(d.body) s
WHERE d.name = 'zhumadian_plan_table_excerpt' ORDER BY s.ord;

-- Sentences with exact positions (substr(body, pos, len) = text), and the
-- section each one belongs to: targets for 2021 vs the review of 2020.
WITH d AS (SELECT body FROM plan_docs WHERE name = 'baoxing_2021_report_excerpt'),
     sec AS (SELECT s.* FROM d, plan_sections(d.body) s)
SELECT t.ord, t.pos, t.len, left(t.text, 30) AS sentence,
       (SELECT role FROM sec WHERE sec.pos <= t.pos AND t.pos < sec.pos + sec.len
        ORDER BY sec.level DESC LIMIT 1) AS role
FROM d, plan_sentences(d.body) t
WHERE t.text ~ '增长' ORDER BY t.ord;

-- Several reports pasted into one text: where each begins.
SELECT s.ord, s.pos, s.len, (plan_doc_info(substr(x.doc, s.pos, s.len))).region
FROM (VALUES (E'【甲县招商】2021年甲县政府工作报告\n各位代表：一、工作回顾。\n2025-07-08\n-\n'
              '【乙市招商】乙市政府工作报告\n2021年2月2日在乙市人民代表大会上。\n')) x(doc),
     plan_split_documents(x.doc) s;
