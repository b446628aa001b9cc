-- Invariants of plan_sentences, plan_sections, plan_doc_info and
-- plan_split_documents: positions, nesting, coverage, hostile input.
-- The seed checks are skipped when ../shared/seeds is absent.
\set have_seeds `test -r ../shared/seeds/002_000a05b7aea940ce.txt && echo true || echo false`
\if :have_seeds
\set s001 `cat ../shared/seeds/001_7fd3883a336dc26e.txt`
\set s002 `cat ../shared/seeds/002_000a05b7aea940ce.txt`
\set s004 `cat ../shared/seeds/004_fcf9aa28d9106ca6.txt`
\else
\set s001 ''
\set s002 ''
\set s004 ''
\endif
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS plan_ext;
SELECT plan(39);

-- declarations
SELECT has_function('plan_sentences', ARRAY['text'], 'plan_sentences(text) exists');
SELECT has_function('plan_sections', ARRAY['text'], 'plan_sections(text) exists');
SELECT has_function('plan_doc_info', ARRAY['text'], 'plan_doc_info(text) exists');
SELECT has_function('plan_split_documents', ARRAY['text'], 'plan_split_documents(text) exists');
SELECT volatility_is(f, ARRAY['text'], 'immutable', f || ' is immutable')
FROM unnest(ARRAY['plan_sentences', 'plan_sections', 'plan_doc_info', 'plan_split_documents']) f;
SELECT is_strict(f, ARRAY['text'], f || ' is strict')
FROM unnest(ARRAY['plan_sentences', 'plan_sections', 'plan_doc_info', 'plan_split_documents']) f;
SELECT is(
	(SELECT array_agg(DISTINCT proparallel) FROM pg_proc
	 WHERE proname IN ('plan_sentences', 'plan_sections', 'plan_doc_info', 'plan_split_documents')),
	ARRAY['s']::"char"[], 'all four are parallel safe');

-- a mixed test text: line-based outline, one-line report, quotes, brackets
CREATE TEMP TABLE t(name text, doc text);
INSERT INTO t VALUES
 ('lines', E'第一章 总则\n“十三五”时期成就显著，经济总量持续扩大，人民生活水平不断提高，各项事业全面进步。\n第一节 目标\n（一）增长\n1.地区生产总值年均增长6%左右。\n专栏1：工程\n第二章 任务\n一、创新\n正文。\n'),
 ('report', '各位代表：现在报告工作。 一、2020年工作回顾 2020年是不平凡的一年，增长3.5%。 (一)坚持创新驱动,促进经济稳定增长提升科技创新能力。他说：“要稳增长。”正文。 二、2021年工作安排2021年是开局之年。'),
 ('hostile', repeat('“（《【', 300) || repeat('。', 50) || repeat('一、', 100) || repeat('）”', 200) || '第十章' || E'\n\n\n' || repeat('专栏:', 50)),
 ('pasted', E'-\n【甲县招商】甲县政府工作报告\n报告正文。 一、工作回顾 正文。\n2025-07-08\n-\n【乙市招商】乙市政府工作报告\n报告正文。 一、工作安排 正文。\n'),
 ('seed001', :'s001'), ('seed002', :'s002'), ('seed004', :'s004');

-- sentences: substr invariant, non-empty, strictly increasing, no overlap
SELECT is((SELECT count(*) FROM t, plan_sentences(doc) s WHERE substr(doc, s.pos, s.len) <> s.text), 0::bigint,
	'substr(doc, pos, len) = text for every sentence');
SELECT is((SELECT count(*) FROM t, plan_sentences(doc) s WHERE s.len <= 0 OR s.text ~ '^\s|\s$'), 0::bigint,
	'sentences are non-empty and trimmed');
SELECT is((SELECT count(*) FROM (
	SELECT pos, len, lag(pos + len) OVER (PARTITION BY name ORDER BY ord) AS prev_end
	FROM t, plan_sentences(doc)) x WHERE pos < prev_end), 0::bigint,
	'sentences are in order and never overlap');
SELECT is((SELECT count(*) FROM (
	SELECT ord, row_number() OVER (PARTITION BY name ORDER BY pos) AS rn FROM t, plan_sentences(doc)) x
	WHERE ord <> rn), 0::bigint, 'ord numbers sentences from 1 in text order');

-- sections: parents first, child inside parent, deeper level, path ends with title
CREATE TEMP TABLE sec AS SELECT t.name, s.* FROM t, plan_sections(doc) s;
SELECT is((SELECT count(*) FROM sec c JOIN sec p ON p.name = c.name AND p.ord = c.parent
	WHERE p.ord >= c.ord OR c.pos < p.pos OR c.pos + c.len > p.pos + p.len OR c.level <= p.level), 0::bigint,
	'every section lies inside its parent, after it, one level or more deeper');
SELECT is((SELECT count(*) FROM sec WHERE parent IS NOT NULL AND parent NOT IN (SELECT ord FROM sec s2 WHERE s2.name = sec.name)),
	0::bigint, 'parents exist');
SELECT is((SELECT count(*) FROM sec WHERE title <> '' AND right(path, length(title)) <> title), 0::bigint,
	'path ends with the title');
SELECT is((SELECT count(*) FROM sec JOIN t USING (name)
	WHERE kind <> 'document' AND label <> '' AND substr(doc, pos, length(label)) <> label), 0::bigint,
	'a section starts with its label');
SELECT is((SELECT count(*) FROM sec JOIN t USING (name)
	WHERE position(title IN substr(doc, pos, len)) = 0), 0::bigint,
	'the title lies in the extent');
SELECT is((SELECT count(*) FROM sec WHERE role IS NOT NULL AND role NOT IN ('review', 'plan')), 0::bigint,
	'role is review, plan or NULL');
SELECT results_eq($$SELECT level, label, title FROM sec WHERE name = 'lines' ORDER BY ord$$,
	$$VALUES (1, '第一章', '总则'), (2, '第一节', '目标'), (3, '（一）', '增长'),
	         (4, '1.', '地区生产总值年均增长6%左右'), (5, '专栏1', '工程'), (1, '第二章', '任务'), (2, '一、', '创新')$$,
	'a line-based outline (a 专栏 box nests under the innermost open heading)');
SELECT results_eq($$SELECT label, title, role FROM sec WHERE name = 'report' ORDER BY ord$$,
	$$VALUES ('一、', '2020年工作回顾', 'review'), ('(一)', '坚持创新驱动,促进经济稳定增长', 'review'),
	         ('二、', '2021年工作安排', 'plan')$$,
	'inline headings of a one-line report');
SELECT results_eq($$SELECT level, label, title FROM sec WHERE name = 'pasted' ORDER BY ord$$,
	$$VALUES (0, '【甲县招商】', '甲县政府工作报告'), (1, '一、', '工作回顾'),
	         (0, '【乙市招商】', '乙市政府工作报告'), (1, '一、', '工作安排')$$,
	'pasted documents become level-0 sections');

-- documents: contiguous, covering all but leading blank lines
SELECT is((SELECT count(*) FROM (
	SELECT pos, len, lag(pos + len) OVER (PARTITION BY name ORDER BY ord) AS prev_end
	FROM t, plan_split_documents(doc)) x WHERE prev_end IS NOT NULL AND pos <> prev_end), 0::bigint,
	'documents are contiguous');
SELECT is((SELECT count(*) FROM t WHERE doc <> '' AND
	(SELECT max(pos + len) - 1 FROM plan_split_documents(doc)) <> length(doc)), 0::bigint,
	'the last document ends at the end of the text');
SELECT is((SELECT count(*) FROM t, plan_split_documents(doc) WHERE name = 'pasted'), 2::bigint,
	'two pasted reports');

-- doc info
SELECT row_eq($$SELECT kind, region, year, period, period_start, period_end FROM plan_doc_info('【平塘县招商】2021年平塘县政府工作报告')$$,
	ROW('government_work_report'::text, '平塘县'::text, 2021, '十四五'::text, 2021, 2025)::record, 'facts of a work report title');
SELECT is((plan_doc_info('')).kind, 'other', 'empty text is of kind other');

-- hostile input
SELECT lives_ok($$SELECT count(*) FROM plan_sections(repeat('（一）', 20000) || repeat('“', 20000))$$,
	'unbalanced brackets and 20000 markers');
SELECT lives_ok($$SELECT count(*) FROM plan_sentences(repeat('发展', 500000))$$,
	'one giant line without punctuation');
SELECT lives_ok($$SELECT count(*) FROM (SELECT string_agg(chr(CASE WHEN i % 7 = 0 THEN 12290 WHEN i % 11 = 0 THEN 10 ELSE 19968 + (i * 7919) % 20000 END), '') AS d FROM generate_series(1, 100000) i) x, plan_sections(x.d)$$,
	'pseudo-random Han text with 。 and line breaks');
SELECT lives_ok($$SELECT count(*) FROM (SELECT string_agg(chr(1 + (i * 104729) % 1114000), '') AS d FROM generate_series(1, 20000) i WHERE (1 + (i * 104729) % 1114000) NOT BETWEEN 55296 AND 57343) x, plan_sentences(x.d), plan_sections(x.d), plan_split_documents(x.d)$$,
	'pseudo-random code points over all planes');

-- seeds
\if :have_seeds
SELECT is((SELECT count(*) FROM sec WHERE name = 'seed002' AND level = 0), 10::bigint, 'seed 002: ten reports');
SELECT is((SELECT count(*) FROM sec WHERE name = 'seed002' AND level = 1), 38::bigint, 'seed 002: 38 top-level parts');
SELECT ok(EXISTS (SELECT FROM sec WHERE name = 'seed001' AND kind = 'table' AND title = '“十四五”开发区经济社会发展主要指标'),
	'seed 001: the indicator table title');
SELECT is((SELECT string_agg(level || label, ' ' ORDER BY ord) FROM sec WHERE name = 'seed004'),
	'2第三节 3专栏24 2第四节 1第八章 2第一节 2第二节 2第三节 3专栏25 1第九章 2第一节 2第二节 1第十章 2第一节 2第二节 2第三节',
	'seed 004: chapters, sections and boxes');
\else
SELECT skip('../shared/seeds absent', 4);
\endif

SELECT * FROM finish();
ROLLBACK;
