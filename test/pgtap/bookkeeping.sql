-- plan_extract's bookkeeping (plan_extract_state, plan_extract_runs) under
-- row-level security: a role sees the bookkeeping of the targets it can
-- read, and only a role that may write a target (INSERT and DELETE) can
-- insert, change or delete it (issue 17 item 2; docs/security.md).
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS plan_ext;
SET client_min_messages = warning;
SELECT plan(17);

CREATE ROLE bk_reader NOLOGIN;
CREATE ROLE bk_writer NOLOGIN;
CREATE ROLE bk_stranger NOLOGIN;
CREATE SCHEMA bk;
GRANT USAGE ON SCHEMA bk TO bk_reader, bk_writer, bk_stranger;
CREATE TABLE bk.docs (id int PRIMARY KEY, body text);
INSERT INTO bk.docs VALUES
	(1, '2021年，全市地区生产总值增长7%左右，城镇调查失业率控制在5.5%以内。'),
	(2, '2020年，全市地区生产总值增长3.5%，社会消费品零售总额增长2.1%。'),
	(3, '到2025年，常住人口城镇化率达到65%，研发经费投入年均增长7%以上。');
GRANT SELECT ON bk.docs TO bk_reader, bk_writer;
CALL plan_extract('bk.docs', target => 'bk.rows', batch_commit => false);
GRANT SELECT ON bk.rows TO bk_reader;
GRANT SELECT, INSERT, DELETE ON bk.rows TO bk_writer;

SELECT is((SELECT count(*) FROM plan_extract_state WHERE target = 'bk.rows'::regclass)::int, 3,
	'the run recorded three documents');

-- a reader: sees the bookkeeping, cannot change it
SET LOCAL ROLE bk_reader;
SELECT is((SELECT count(*) FROM plan_extract_state WHERE target = 'bk.rows'::regclass)::int, 3,
	'a reader of the target sees its bookkeeping');
SELECT is((SELECT count(*) FROM plan_extract_progress WHERE target = 'bk.rows')::int, 1,
	'a reader of the target sees its progress');
WITH d AS (DELETE FROM plan_extract_state WHERE target = 'bk.rows'::regclass RETURNING 1)
SELECT is((SELECT count(*) FROM d)::int, 0, 'a reader deletes no state row');
WITH d AS (DELETE FROM plan_extract_runs WHERE target = 'bk.rows'::regclass RETURNING 1)
SELECT is((SELECT count(*) FROM d)::int, 0, 'a reader deletes no run row');
WITH u AS (UPDATE plan_extract_state SET body_md5 = 'x' WHERE target = 'bk.rows'::regclass RETURNING 1)
SELECT is((SELECT count(*) FROM u)::int, 0, 'a reader changes no state row');
WITH u AS (UPDATE plan_extract_runs SET status = 'done' WHERE target = 'bk.rows'::regclass RETURNING 1)
SELECT is((SELECT count(*) FROM u)::int, 0, 'a reader changes no run row');
SELECT throws_ok($$INSERT INTO plan_extract_state VALUES ('bk.rows'::regclass, '9', 'x', 0, 'x', now())$$,
	'42501', NULL, 'a reader cannot add state rows');
SELECT throws_ok($$TRUNCATE plan_extract_state$$, '42501', NULL, 'nobody but the owner truncates');
SELECT throws_ok($$CALL plan_extract('bk.docs', target => 'bk.rows', batch_commit => false)$$,
	'42501', NULL, 'a reader cannot run plan_extract into the target');
RESET ROLE;
SELECT is((SELECT count(*) FROM plan_extract_state WHERE target = 'bk.rows'::regclass
		   AND body_md5 <> 'x')::int, 3, 'the bookkeeping is intact after the reader''s attempts');

-- a stranger: sees nothing
SET LOCAL ROLE bk_stranger;
SELECT is((SELECT count(*) FROM plan_extract_state)::int, 0, 'a stranger sees no state rows');
SELECT is((SELECT count(*) FROM plan_extract_progress)::int, 0, 'a stranger sees no progress');
RESET ROLE;

-- a writer: may change it, and plan_extract runs for it
SET LOCAL ROLE bk_writer;
WITH d AS (DELETE FROM plan_extract_state WHERE target = 'bk.rows'::regclass AND doc_id = '2' RETURNING 1)
SELECT is((SELECT count(*) FROM d)::int, 1, 'a writer of the target may delete its state');
CALL plan_extract('bk.docs', target => 'bk.rows', batch_commit => false);
SELECT is((SELECT count(*) FROM plan_extract_state WHERE target = 'bk.rows'::regclass)::int, 3,
	'a writer''s run re-records the document');
SELECT results_eq($$SELECT docs_todo, docs_total FROM plan_extract_progress WHERE target = 'bk.rows'$$,
	$$VALUES (1::bigint, 3::bigint)$$, '... extracting only that document (of 3)');
RESET ROLE;
SELECT bag_eq('SELECT * FROM bk.rows',
	$$SELECT d.id, di.region, di.year AS doc_year, di.kind AS doc_kind, r.ord, r.section, r.indicator, r.indicator_key,
			 r.measure, r.value, r.value_max, r.unit, r.qualifier, r.quantity::text, r.year,
			 r.period, r.kind, r.attribute, r.quote, r.pos, r.len
	  FROM bk.docs d, plan_doc_info(d.body) di, plan_indicators(d.body, di.year) r$$,
	'the target holds the rows of every document once');

SELECT * FROM finish();
ROLLBACK;
