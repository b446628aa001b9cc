--
-- plan_tsvector(doc): the same tsvector as to_tsvector('plan_zh', doc)
--
\set baoxing `cat samples/docs/baoxing_2021_report_excerpt.txt`
\set zhumadian `cat samples/docs/zhumadian_plan_table_excerpt.txt`
CREATE TEMP TABLE tv(name text, doc text);
INSERT INTO tv VALUES
	('baoxing', :'baoxing'),
	('zhumadian', :'zhumadian'),
	('sentence', '2021年全市地区生产总值增长8.5%以上，规模以上工业增加值增长9%。'),
	('traditional', '堅持新發展理念，構建雙循環新發展格局，ＧＤＰ增長６％。'),
	('mixed', 'PM2.5浓度下降5G基站 Ünïcödé кириллица かな 𠀀𠀁 ①②'),
	('stop words', '的了和与的'),
	('blanks only', '，。、；：！？  ——'),
	('empty', ''),
	('latin-1 and full-width', E'\u00c9\u00e8 \u3000 \uff21\uff22'),
	-- one lexeme 300 times: PostgreSQL keeps 255 positions
	('repeated', repeat('发展，', 300)),
	-- past position 16383 every position is stored as 16383, once
	('long', repeat('推进高质量发展。', 9000) || '碳达峰。碳达峰');
-- equal as tsvectors and as text, document by document
SELECT name, plan_tsvector(doc) = to_tsvector('plan_zh', doc) AS same,
	plan_tsvector(doc)::text = to_tsvector('plan_zh', doc)::text AS same_text,
	length(plan_tsvector(doc)) AS lexemes
FROM tv ORDER BY name;
-- every paragraph of the samples, cut at line breaks
SELECT count(*) AS paragraphs,
	count(*) FILTER (WHERE plan_tsvector(p) IS DISTINCT FROM to_tsvector('plan_zh', p)) AS differ
FROM tv, regexp_split_to_table(doc, E'\n') AS p
WHERE name IN ('baoxing', 'zhumadian');
-- the position caps, read back
SELECT (SELECT count(*) FROM unnest(plan_tsvector(repeat('发展，', 300))) u, unnest(u.positions) p) AS positions_of_repeated,
	(SELECT u.positions FROM unnest(plan_tsvector(repeat('推进高质量发展。', 9000) || '碳达峰。碳达峰')) u
	 WHERE u.lexeme = '碳达峰') AS positions_past_the_end;
SELECT plan_tsvector('全市地区生产总值增长8.5%');
SELECT plan_tsvector(NULL) IS NULL AS strict;
-- user words change both the same way
INSERT INTO plan_user_words(word) VALUES ('宝兴硗碛');
SELECT plan_tsvector('宝兴硗碛藏族乡') = to_tsvector('plan_zh', '宝兴硗碛藏族乡') AS same_with_user_words,
	plan_tsvector('宝兴硗碛藏族乡');
DELETE FROM plan_user_words WHERE word = '宝兴硗碛';
SELECT plan_tsvector('宝兴硗碛藏族乡');
-- an index on plan_tsvector answers plan_tsquery
CREATE TEMP TABLE tvp AS SELECT row_number() OVER () AS id, p AS body
	FROM tv, regexp_split_to_table(doc, E'\n') AS p WHERE name IN ('baoxing', 'zhumadian') AND p <> '';
CREATE INDEX tvp_fts ON tvp USING gin (plan_tsvector(body));
SET enable_seqscan = off;
EXPLAIN (COSTS OFF) SELECT id FROM tvp WHERE plan_tsvector(body) @@ plan_tsquery('生产总值');
SELECT (SELECT array_agg(id ORDER BY id) FROM tvp WHERE plan_tsvector(body) @@ plan_tsquery('生产总值'))
	= (SELECT array_agg(id ORDER BY id) FROM tvp WHERE to_tsvector('plan_zh', body) @@ plan_tsquery('生产总值')) AS same_rows,
	(SELECT count(*) FROM tvp WHERE plan_tsvector(body) @@ plan_tsquery('生产总值')) AS rows_found;
RESET enable_seqscan;
