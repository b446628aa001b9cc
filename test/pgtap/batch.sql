-- plan_extract: batches, resume after an error or a cancel mid-run,
-- idempotence, changed / new / deleted documents.
--
-- plan_extract COMMITs after every batch, so this file cannot run inside
-- one BEGIN ... ROLLBACK like the other pgTAP files: it works in its own
-- schema, and drops it (and the extension, if it created it) at the end.
\set ON_ERROR_STOP 1
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS pgtap;
SELECT count(*) = 0 AS batch_created_ext FROM pg_extension WHERE extname = 'plan_ext' \gset
CREATE EXTENSION IF NOT EXISTS plan_ext;
DROP SCHEMA IF EXISTS batch_test CASCADE;
CREATE SCHEMA batch_test;

-- 40 short government-work-report excerpts, each with different figures
CREATE TABLE batch_test.docs (id int PRIMARY KEY, body text);
INSERT INTO batch_test.docs
SELECT g, pg_catalog.format(
	'%s县2021年政府工作报告。2020年，全县地区生产总值增长%s%%，社会消费品零售总额增长%s%%，'
	'城镇居民人均可支配收入增长%s%%。2021年主要预期目标：地区生产总值增长%s%%左右，'
	'规模以上工业增加值增长%s%%以上。',
	(ARRAY['宝兴', '石棉', '天全', '芦山', '名山'])[1 + g % 5],
	(g % 9) + 1, (g % 7) + 2, (g % 5) + 3, (g % 4) + 6, (g % 3) + 7)
FROM generate_series(1, 40) g;

SELECT plan(48);

-- reference: one uninterrupted run
CALL plan_extract('batch_test.docs', target => 'batch_test.once', batch_size => 7);
SELECT ok((SELECT count(*) FROM batch_test.once) > 0, 'a single run writes rows');
SELECT is((SELECT count(DISTINCT doc_id) FROM batch_test.once)::int,
	(SELECT count(*) FROM batch_test.docs WHERE
		(SELECT count(*) FROM plan_indicators(body)) > 0)::int,
	'every document with indicators has rows');
SELECT is((SELECT docs_done FROM plan_extract_progress WHERE target = 'batch_test.once'),
	40::bigint, 'progress: 40 documents done');
SELECT is((SELECT status FROM plan_extract_progress WHERE target = 'batch_test.once'),
	'done', 'progress: status done');
SELECT has_column('batch_test', 'once', 'indicator_key', 'target table has indicator_key');
SELECT col_type_is('batch_test', 'once', 'value', 'numeric', 'value is plain numeric');

-- an error in the fourth batch (document 23): a trigger simulates a crash
CREATE TABLE batch_test.resumed (LIKE batch_test.once INCLUDING ALL);
CREATE FUNCTION batch_test.fail_on_23() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF NEW.doc_id = 23 AND current_setting('batch_test.fail', true) = 'on' THEN
		RAISE EXCEPTION 'simulated crash while writing document 23';
	END IF;
	RETURN NEW;
END $$;
CREATE TRIGGER fail_on_23 BEFORE INSERT ON batch_test.resumed
	FOR EACH ROW EXECUTE FUNCTION batch_test.fail_on_23();
SET batch_test.fail = 'on';
\set ON_ERROR_STOP 0
CALL plan_extract('batch_test.docs', target => 'batch_test.resumed', batch_size => 7);
\set ON_ERROR_STOP 1
SELECT is((SELECT count(*) FROM plan_extract_state s
		   WHERE s.target = 'batch_test.resumed'::regclass)::int, 21,
	'after the error: the three committed batches (21 documents) are recorded');
SELECT is((SELECT count(DISTINCT doc_id) FROM batch_test.resumed WHERE doc_id > 21)::int, 0,
	'after the error: nothing of the failed batch was kept');
SELECT is((SELECT docs_done FROM plan_extract_progress WHERE target = 'batch_test.resumed'),
	21::bigint, 'progress shows where the run stopped');
SELECT results_eq($$SELECT status, left(error, 50) FROM plan_extract_progress WHERE target = 'batch_test.resumed'$$,
	$$VALUES ('failed'::text, 'P0001: simulated crash while writing document 23'::text)$$,
	'progress: the run failed, with the SQLSTATE and message of the error');
SELECT is((SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND classid = 1885151598
		   AND objid = 'batch_test.resumed'::regclass::oid)::int, 0,
	'the failed call released its lock on the target');
SELECT run_id AS failed_run FROM plan_extract_progress WHERE target = 'batch_test.resumed' \gset
RESET batch_test.fail;
CALL plan_extract('batch_test.docs', target => 'batch_test.resumed', batch_size => 7);
SELECT results_eq($$SELECT status, docs_todo, docs_extracted, docs_done, docs_total, percent
					FROM plan_extract_progress WHERE target = 'batch_test.resumed'$$,
	$$VALUES ('done'::text, 19::bigint, 19::bigint, 40::bigint, 40::bigint, 100.0)$$,
	'the next call extracts only the 19 documents left, and its totals cover all 40');
SELECT is((SELECT resumed_from FROM plan_extract_progress WHERE target = 'batch_test.resumed'),
	:failed_run::bigint, 'the resuming run names the failed run it finished');
SELECT is((SELECT target_rows FROM plan_extract_progress WHERE target = 'batch_test.resumed'),
	(SELECT count(*) FROM batch_test.resumed), 'target_rows counts the rows of the whole target');
SELECT bag_eq('SELECT * FROM batch_test.resumed', 'SELECT * FROM batch_test.once',
	'resumed run: the same rows as a single run, no duplicates, nothing lost');

-- a cancel mid-run (statement_timeout while document 30 is written)
CREATE TABLE batch_test.cancelled (LIKE batch_test.once INCLUDING ALL);
CREATE FUNCTION batch_test.slow_on_30() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF NEW.doc_id = 30 AND current_setting('batch_test.slow', true) = 'on' THEN
		PERFORM pg_sleep(30);
	END IF;
	RETURN NEW;
END $$;
CREATE TRIGGER slow_on_30 BEFORE INSERT ON batch_test.cancelled
	FOR EACH ROW EXECUTE FUNCTION batch_test.slow_on_30();
SET batch_test.slow = 'on';
SET statement_timeout = '3s';
\set ON_ERROR_STOP 0
CALL plan_extract('batch_test.docs', target => 'batch_test.cancelled', batch_size => 7);
\set ON_ERROR_STOP 1
RESET statement_timeout;
RESET batch_test.slow;
SELECT ok((SELECT count(*) FROM plan_extract_state s
		   WHERE s.target = 'batch_test.cancelled'::regclass) < 40,
	'the cancelled run stopped before the end');
SELECT is((SELECT count(DISTINCT doc_id) FROM batch_test.cancelled)::int,
	(SELECT count(*) FROM plan_extract_state s
	 WHERE s.target = 'batch_test.cancelled'::regclass AND s.n_rows > 0)::int,
	'after the cancel: rows exist exactly for the documents recorded as done');
SELECT is((SELECT status || ' ' || left(error, 5) FROM plan_extract_progress WHERE target = 'batch_test.cancelled'),
	'failed 57014', 'progress: the cancelled run failed with query_canceled');
CALL plan_extract('batch_test.docs', target => 'batch_test.cancelled', batch_size => 7);
SELECT bag_eq('SELECT * FROM batch_test.cancelled', 'SELECT * FROM batch_test.once',
	'cancelled then resumed: the same rows as a single run');

-- idempotence: a second call changes nothing
CREATE TABLE batch_test.before AS
	SELECT doc_id, extracted_at FROM plan_extract_state WHERE target = 'batch_test.once'::regclass;
SELECT run_id AS first_run FROM plan_extract_progress WHERE target = 'batch_test.once' \gset
CALL plan_extract('batch_test.docs', target => 'batch_test.once', batch_size => 7);
SELECT results_eq($$SELECT status, docs_todo, docs_extracted, docs_done, docs_total, rows_written
					FROM plan_extract_progress WHERE target = 'batch_test.once'$$,
	$$VALUES ('done'::text, 0::bigint, 0::bigint, 40::bigint, 40::bigint, 0::bigint)$$,
	'a second call finds nothing to extract, and shows all 40 documents done');
SELECT results_eq($$SELECT status, docs_extracted FROM plan_extract_runs
					WHERE target = 'batch_test.once'::regclass ORDER BY run_id$$,
	$$VALUES ('done'::text, 40::bigint), ('done', 0)$$,
	'the second call has a row of its own; the first run''s row is kept');
SELECT bag_eq('SELECT doc_id, extracted_at FROM plan_extract_state WHERE target = ''batch_test.once''::regclass',
	'SELECT * FROM batch_test.before', 'a second call leaves the state untouched');
SELECT bag_eq('SELECT * FROM batch_test.once', 'SELECT * FROM batch_test.resumed',
	'a second call leaves the rows untouched');

-- changed, new and deleted documents
UPDATE batch_test.docs SET body = replace(body, '地区生产总值增长', '地区生产总值增长1') WHERE id IN (5, 12);
INSERT INTO batch_test.docs VALUES (41, '名山区2021年政府工作报告。2021年主要预期目标：社会消费品零售总额增长10%左右。');
DELETE FROM batch_test.docs WHERE id = 7;
CALL plan_extract('batch_test.docs', target => 'batch_test.once', batch_size => 7);
SELECT results_eq($$SELECT docs_todo, docs_total FROM plan_extract_progress WHERE target = 'batch_test.once'$$,
	$$VALUES (3::bigint, 40::bigint)$$,
	'only the two changed documents and the new one are extracted (of 40)');
CALL plan_extract('batch_test.docs', target => 'batch_test.fresh', batch_size => 100);
SELECT bag_eq('SELECT * FROM batch_test.once', 'SELECT * FROM batch_test.fresh',
	'after changes: the same rows as a fresh run');
SELECT is((SELECT count(*) FROM batch_test.once WHERE doc_id = 7)::int, 0,
	'rows of a deleted document are removed');
SELECT bag_eq($$SELECT doc_id, extracted_at FROM plan_extract_state
			   WHERE target = 'batch_test.once'::regclass AND doc_id NOT IN ('5', '12', '41')$$,
	$$SELECT * FROM batch_test.before WHERE doc_id NOT IN ('5', '7', '12')$$,
	'unchanged documents were not extracted again');

-- inside a transaction block: batch_commit => false runs as one transaction
SELECT lives_ok($$CALL plan_extract('batch_test.docs', target => 'batch_test.intx', batch_commit => false)$$,
	'batch_commit => false works inside a transaction');
SELECT bag_eq('SELECT * FROM batch_test.intx', 'SELECT * FROM batch_test.fresh',
	'batch_commit => false: the same rows');
SELECT throws_ok($$CALL plan_extract('batch_test.docs', target => 'batch_test.intx2')$$, '2D000', NULL,
	'COMMIT per batch is refused inside a transaction block (invalid_transaction_termination)');

-- a run whose backend is gone: marked running, nobody holds its lock
UPDATE plan_extract_runs SET status = 'running', finished_at = NULL
WHERE run_id = (SELECT run_id FROM plan_extract_progress WHERE target = 'batch_test.fresh');
SELECT is((SELECT status FROM plan_extract_progress WHERE target = 'batch_test.fresh'),
	'interrupted', 'a run marked running whose lock nobody holds shows as interrupted');
SELECT pg_advisory_lock(1885151598, 'batch_test.fresh'::regclass::oid::int4);
UPDATE plan_extract_runs SET backend_pid = pg_backend_pid()
WHERE run_id = (SELECT run_id FROM plan_extract_progress WHERE target = 'batch_test.fresh');
SELECT is((SELECT status FROM plan_extract_progress WHERE target = 'batch_test.fresh'),
	'running', '... and as running while its backend holds the lock');
SELECT run_id AS dead_run FROM plan_extract_progress WHERE target = 'batch_test.fresh' \gset
-- this session's own stale lock does not block its next call
CALL plan_extract('batch_test.docs', target => 'batch_test.fresh', batch_size => 100);
SELECT is((SELECT status FROM plan_extract_runs WHERE run_id = :dead_run), 'interrupted',
	'the next call marks the dead run interrupted');
SELECT is((SELECT row(status, resumed_from)::text FROM plan_extract_progress WHERE target = 'batch_test.fresh'),
	row('done', :dead_run::bigint)::text, '... and resumes from it');
SELECT is((SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND classid = 1885151598
		   AND pid = pg_backend_pid())::int, 0, 'no plan_extract lock is left behind');
-- only the latest 20 runs of a target are kept
DO $$BEGIN FOR k IN 1..22 LOOP
	CALL plan_extract('batch_test.docs', target => 'batch_test.fresh', batch_commit => false);
END LOOP; END $$;
SELECT is((SELECT count(*) FROM plan_extract_runs WHERE target = 'batch_test.fresh'::regclass)::int, 20,
	'the latest 20 runs of a target are kept');

-- any key type, region and year from columns
CREATE TABLE batch_test.named (name text PRIMARY KEY, county text, yr int, txt varchar);
INSERT INTO batch_test.named VALUES
	('a-1', '甲县', 2021, '今年主要预期目标：地区生产总值增长7%左右。'),
	('b-2', '乙县', 2022, '今年主要预期目标：地区生产总值增长6%以上。');
CALL plan_extract('batch_test.named', id_column => 'name', body_column => 'txt',
	target => 'batch_test.named_rows', region_column => 'county', year_column => 'yr');
SELECT col_type_is('batch_test', 'named_rows', 'doc_id', 'text', 'doc_id takes the type of the id column');
SELECT results_eq($$SELECT doc_id, region, doc_year, year FROM batch_test.named_rows
					WHERE indicator_key = 'gdp' ORDER BY doc_id$$,
	$$VALUES ('a-1'::text, '甲县'::text, 2021, 2021), ('b-2', '乙县', 2022, 2022)$$,
	'region and report year come from the columns, 今年 follows the report year');

-- an ordinary role: extracts what it may read, sees only its own bookkeeping
DROP ROLE IF EXISTS plan_batch_user;
CREATE ROLE plan_batch_user;
GRANT USAGE, CREATE ON SCHEMA batch_test TO plan_batch_user;
GRANT SELECT ON batch_test.docs TO plan_batch_user;
SET ROLE plan_batch_user;
CALL plan_extract('batch_test.docs', target => 'batch_test.user_rows', batch_size => 20);
SELECT is((SELECT count(*) FROM plan_extract_progress)::int, 1,
	'an ordinary role sees the progress of its own target only');
SELECT is(plan_indicator_key_user('社零总额'), 'retail_sales',
	'an ordinary role reads the catalogue and the aliases');
RESET ROLE;
SELECT bag_eq('SELECT * FROM batch_test.user_rows', 'SELECT * FROM batch_test.fresh',
	'an ordinary role extracts the same rows');
DROP TABLE batch_test.user_rows;
REVOKE ALL ON SCHEMA batch_test FROM plan_batch_user;
REVOKE ALL ON batch_test.docs FROM plan_batch_user;
DROP ROLE plan_batch_user;

-- hostile identifiers: every name plan_extract puts into SQL is quoted
CREATE TABLE batch_test."docs; DROP TABLE batch_test.docs; --" (
	"id"" x" int PRIMARY KEY, "body'); DROP TABLE batch_test.docs; --" text,
	"re""gion" text, "y;r" int);
INSERT INTO batch_test."docs; DROP TABLE batch_test.docs; --"
SELECT id, body, '某县', 2021 FROM batch_test.docs WHERE id <= 5;
CALL plan_extract('batch_test."docs; DROP TABLE batch_test.docs; --"', id_column => 'id" x',
	body_column => 'body''); DROP TABLE batch_test.docs; --', region_column => 're"gion',
	year_column => 'y;r', target => 'batch_test."rows; DROP TABLE batch_test.docs; --"');
SELECT is((SELECT count(*) FROM batch_test."rows; DROP TABLE batch_test.docs; --")::int,
	(SELECT count(*) FROM batch_test.docs d, plan_indicators(d.body, 2021) r WHERE d.id <= 5)::int,
	'names with quotes, semicolons and comments: the rows are written to the table so named');
SELECT is((SELECT count(DISTINCT region) || ' ' || min(doc_year)
		   FROM batch_test."rows; DROP TABLE batch_test.docs; --"), '1 2021',
	'... region and year from the oddly named columns');
SELECT throws_ok($$CALL plan_extract('batch_test.docs', target => 'batch_test.x; DROP TABLE batch_test.docs')$$,
	'22023', NULL, 'an unquoted target name with SQL in it is refused');
SELECT has_table('batch_test', 'docs', 'and nothing was dropped');

-- bad arguments
SELECT throws_ok($$CALL plan_extract('batch_test.docs', target => 'batch_test.docs')$$, '42809', NULL,
	'a target table without the rows layout is refused');
SELECT throws_ok($$CALL plan_extract('batch_test.docs', id_column => 'nope')$$, '42703', NULL,
	'a missing id column is an undefined_column error');
SELECT throws_ok($$CALL plan_extract('batch_test.docs', batch_size => 0)$$, '22023', NULL,
	'batch_size 0 is an invalid_parameter_value error');

SELECT * FROM finish();
DROP SCHEMA batch_test CASCADE;
DELETE FROM plan_extract_state s WHERE NOT EXISTS (SELECT 1 FROM pg_class c WHERE c.oid = s.target);
DELETE FROM plan_extract_runs r WHERE NOT EXISTS (SELECT 1 FROM pg_class c WHERE c.oid = r.target);
\if :batch_created_ext
DROP EXTENSION plan_ext;
\endif
