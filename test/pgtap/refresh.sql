-- plan_refresh_search_columns: recompute stored generated columns that use
-- plan_ext after the user words changed (or after a restore, where
-- pg_dump loads table data before plan_user_words: test/shell/dump_restore.sh).
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS plan_ext;
SET client_min_messages = warning;
SELECT plan(12);

CREATE SCHEMA rf;
CREATE TABLE rf.docs (
	id int PRIMARY KEY,
	body text,
	tsv tsvector GENERATED ALWAYS AS (to_tsvector('plan_zh', body)) STORED,
	len int GENERATED ALWAYS AS (length(body)) STORED);
CREATE TABLE rf.plain (id int, body text, len int GENERATED ALWAYS AS (length(body)) STORED);
CREATE TABLE rf.parts (id int, body text, v tsvector GENERATED ALWAYS AS (plan_tsvector(body)) STORED)
	PARTITION BY RANGE (id);
CREATE TABLE rf.parts_1 PARTITION OF rf.parts FOR VALUES FROM (0) TO (100);
CREATE TABLE rf.parts_2 PARTITION OF rf.parts FOR VALUES FROM (100) TO (200);
INSERT INTO rf.docs (id, body) VALUES
	(1, '依托藏羌彝走廊，打造藏羌彝走廊文化旅游带。'),
	(2, '推动藏羌彝走廊文化产业发展，建设大熊猫国家公园。'),
	(3, '全市地区生产总值增长3.5%，社会消费品零售总额增长2.1%。');
INSERT INTO rf.plain (id, body) SELECT id, body FROM rf.docs;
INSERT INTO rf.parts (id, body) SELECT id * 60, body FROM rf.docs;

-- a word added after the rows were written
DELETE FROM plan_user_words WHERE word = '藏羌彝走廊';
SELECT is((SELECT count(*) FROM rf.docs WHERE tsv::text <> to_tsvector('plan_zh', body)::text)::int, 0,
	'before the new word: the stored tsvectors are current');
INSERT INTO plan_user_words (word) VALUES ('藏羌彝走廊');
SELECT is((SELECT count(*) FROM rf.docs WHERE tsv::text <> to_tsvector('plan_zh', body)::text)::int, 2,
	'after it: the two rows with the word are stale');
SELECT is((SELECT count(*) FROM rf.docs WHERE tsv @@ plan_tsquery('藏羌彝走廊'))::int, 0,
	'... and a search for the word misses them');

SELECT is((SELECT string_agg(table_name || ' ' || search_columns::text || ' ' || rows_updated, ', ')
		   FROM plan_refresh_search_columns('rf.docs')),
	'rf.docs {tsv} 2',
	'one table: its plan_zh column, the two stale rows recomputed');
SELECT is((SELECT count(*) FROM rf.docs WHERE tsv::text <> to_tsvector('plan_zh', body)::text)::int, 0,
	'the stored tsvectors are current again');
SELECT is((SELECT string_agg(id::text, ',' ORDER BY id) FROM rf.docs WHERE tsv @@ plan_tsquery('藏羌彝走廊')),
	'1,2', 'a search for the word finds both');
SELECT is((SELECT len FROM rf.docs WHERE id = 3), length('全市地区生产总值增长3.5%，社会消费品零售总额增长2.1%。'),
	'other generated columns keep their values');
SELECT is((SELECT sum(rows_updated) FROM plan_refresh_search_columns('rf.docs'))::int, 0,
	'a second call rewrites nothing');
SELECT is((SELECT count(*) FROM plan_refresh_search_columns('rf.plain'))::int, 0,
	'a table without such a column: no row');

SELECT is((SELECT string_agg(table_name || ' ' || search_columns::text || ' ' || rows_updated, ', ')
		   FROM plan_refresh_search_columns() WHERE table_name::text LIKE 'rf.%'),
	'rf.docs {tsv} 0, rf.parts {v} 2',
	'every table: a partitioned table through its parent, its partitions'' rows recomputed');
SELECT is((SELECT count(*) FROM plan_refresh_search_columns() WHERE table_name::text NOT LIKE 'rf.%')::int, 0,
	'the extension''s own tables are left alone');

CREATE ROLE rf_reader NOLOGIN;
GRANT USAGE ON SCHEMA rf TO rf_reader;
GRANT SELECT ON rf.docs TO rf_reader;
SET LOCAL ROLE rf_reader;
SELECT throws_ok($$SELECT * FROM plan_refresh_search_columns('rf.docs')$$, '42501', NULL,
	'a role that may not update the table cannot refresh it');
RESET ROLE;

SELECT * FROM finish();
ROLLBACK;
