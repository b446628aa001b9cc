--
-- plan_sections, plan_sentences, plan_doc_info and plan_split_documents on
-- the five seed documents in ../shared/seeds.  Skipped (expected output
-- outline_seeds_1.out) when ../shared is absent.
--
\set have_seeds `test -r ../shared/seeds/002_000a05b7aea940ce.txt && echo true || echo false`
\if :have_seeds
\else
\echo seeds absent: skipping
\quit
\endif
\set s000 `cat ../shared/seeds/000_f901c8674c5fa765.txt`
\set s001 `cat ../shared/seeds/001_7fd3883a336dc26e.txt`
\set s002 `cat ../shared/seeds/002_000a05b7aea940ce.txt`
\set s003 `cat ../shared/seeds/003_20fdf0012a0c1d08.txt`
\set s004 `cat ../shared/seeds/004_fcf9aa28d9106ca6.txt`
CREATE TEMP TABLE seed(name text, doc text);
INSERT INTO seed VALUES ('000', :'s000'), ('001', :'s001'), ('002', :'s002'),
                        ('003', :'s003'), ('004', :'s004');

-- substr(doc, pos, len) = text for every sentence of every seed
SELECT name, count(*) AS sentences, bool_and(substr(doc, pos, len) = text) AS substr_ok,
       bool_and(len > 0) AS nonempty
FROM seed, plan_sentences(doc) GROUP BY name ORDER BY name;

-- every section's label and title are where pos says, and inside its extent
SELECT name, count(*) AS sections,
       bool_and(position(label || CASE WHEN label = '' THEN title ELSE '' END
                         IN substr(doc, pos, len)) > 0) AS label_in_extent,
       bool_and(parent IS NULL OR parent < ord) AS parents_first
FROM seed, plan_sections(doc) GROUP BY name ORDER BY name;

-- 002: ten reports pasted together
SELECT s.ord, i.kind, i.region, i.year, i.period
FROM seed, plan_split_documents(doc) s,
     plan_doc_info(substr(doc, s.pos, s.len)) i
WHERE name = '002' ORDER BY s.ord;

-- 002: every report and its top-level parts (the table of contents)
SELECT ord, level, label, title, role
FROM seed, plan_sections(doc) WHERE name = '002' AND level <= 1 ORDER BY ord;

-- 002: the second level of the first report (宝兴县)
SELECT ord, level, label, title
FROM seed, plan_sections(doc) WHERE name = '002' AND level = 2 AND ord < 26 ORDER BY ord;

-- 004: chapters, sections and 专栏 boxes
SELECT ord, level, label, title, parent, kind
FROM seed, plan_sections(doc) WHERE name = '004' ORDER BY ord;
SELECT kind, region, year, period FROM seed, plan_doc_info(doc) WHERE name = '004';

-- 001: the outline to level 2, with the indicator table title, and the
-- 专栏 boxes
SELECT ord, level, label, title, kind
FROM seed, plan_sections(doc) WHERE name = '001' AND (level <= 2 OR kind IN ('table', 'box'))
ORDER BY ord;
SELECT kind, region, year, period, period_start, period_end FROM seed, plan_doc_info(doc) WHERE name = '001';

-- 000 and 003
SELECT ord, level, label, title FROM seed, plan_sections(doc) WHERE name = '000' ORDER BY ord;
SELECT ord, level, label, title FROM seed, plan_sections(doc) WHERE name = '003' ORDER BY ord;
SELECT name, kind, region, year, period FROM seed, plan_doc_info(doc) WHERE name IN ('000', '003') ORDER BY name;

-- the enclosing section of a sentence: 2021 targets vs the review
WITH d AS (SELECT doc FROM seed WHERE name = '002'),
     sec AS (SELECT s.* FROM d, plan_sections(d.doc) s),
     sen AS (SELECT t.* FROM d, plan_sentences(d.doc) t
             WHERE t.text LIKE '%地区生产总值增长8.5%以上%'
                OR t.text LIKE '%地区生产总值年均增长%')
SELECT sen.ord AS sentence, x.path, x.role
FROM sen CROSS JOIN LATERAL (
    SELECT path, role FROM sec
    WHERE sec.pos <= sen.pos AND sen.pos < sec.pos + sec.len
    ORDER BY sec.level DESC LIMIT 1) x
ORDER BY sen.ord;
