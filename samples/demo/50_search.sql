-- plan_ext demo: Chinese full-text search with the plan_zh configuration.

-- Segmentation: plan terms and slogans come out whole, numbers and 5G/PM2.5 stay whole.
SELECT plan_segment('“十四五”时期深化放管服改革，统筹推进碳达峰碳中和，建成5G基站1200个');

-- One sentence per row, indexed with GIN.  plan_tsvector(body) is the same
-- tsvector as to_tsvector('plan_zh', body), built about twice as fast.
CREATE TABLE plan_sentences AS
	SELECT d.name, s.n, s.body
	FROM plan_docs d,
		regexp_split_to_table(d.body, '[。\n]') WITH ORDINALITY AS s(body, n)
	WHERE btrim(s.body) <> '';
CREATE INDEX ON plan_sentences USING gin (plan_tsvector(body));
SELECT count(*) AS sentences,
	count(*) FILTER (WHERE plan_tsvector(body) = to_tsvector('plan_zh', body)) AS same_tsvector
FROM plan_sentences;

-- A part of a compound finds the compound: 生产总值 finds 地区生产总值.
SELECT name, n, ts_headline('plan_zh', body, q, 'MaxFragments=1, MaxWords=12, MinWords=4') AS hit
FROM plan_sentences, plan_tsquery('生产总值') AS q
WHERE plan_tsvector(body) @@ q
ORDER BY name, n LIMIT 5;

-- Words are AND-ed, each a phrase; OR gives alternatives.
SELECT plan_tsquery('固定资产投资 增长'), plan_tsquery('六稳 OR 六保');
SELECT count(*) AS sentences FROM plan_sentences
WHERE plan_tsvector(body) @@ plan_tsquery('六稳 OR 六保');

-- Word search is right where substring search is wrong: 和县 (a county) is not in 市政府和县委.
SELECT count(*) FILTER (WHERE body LIKE '%和县%') AS substring_hits,
	count(*) FILTER (WHERE plan_tsvector(body) @@ plan_tsquery('和县')) AS word_hits
FROM plan_sentences;

-- The user dictionary: a new word takes effect at once, in every session.
SELECT plan_segment('硗碛藏族乡');
INSERT INTO plan_user_words (word, note) VALUES ('硗碛藏族乡', 'township of 宝兴县');
SELECT plan_segment('硗碛藏族乡');
-- tsvectors computed before the change are stale: rebuild indexes that use
-- plan_zh or plan_tsvector.
REINDEX TABLE plan_sentences;
DELETE FROM plan_user_words;
DROP TABLE plan_sentences;
