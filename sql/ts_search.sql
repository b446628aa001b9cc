--
-- plan_zh search: plan_tsquery, sub-word recall, phrases, GIN, user words
--
CREATE TABLE plan_docs (id int PRIMARY KEY, body text NOT NULL);
INSERT INTO plan_docs VALUES
	(1, '2021年全市地区生产总值增长8.5%以上，规模以上工业增加值增长9%。'),
	(2, '全国国内生产总值比上年增长2.3%，工业增加值增长2.4%。'),
	(3, '在市委、市政府和县委的坚强领导下，宝兴县生产总值稳步增长。'),
	(4, '和县位于安徽省，推进新型基础设施建设，建成5G基站1200个。'),
	(5, '统筹推进碳达峰碳中和，加快新型基础设施布局。'),
	(6, '生产总值的增长来自服务业，基础设施建设提速。'),
	(7, '堅持新發展理念，構建雙循環新發展格局。');
CREATE INDEX plan_docs_fts ON plan_docs USING gin (to_tsvector('plan_zh', body));

-- the query helper
-- a term becomes every way it can lie in the documents' tokens: inside one
-- token (the dictionary entries containing it), or a first chunk ending a
-- token, whole tokens, a last chunk starting one
SELECT plan_tsquery('零售总额');
SELECT plan_tsquery('碳达峰 建成区');
SELECT numnode(plan_tsquery('生产总值')) AS expanded_nodes,
	'地区生产总值'::tsvector @@ plan_tsquery('生产总值') AS finds_compound;
SELECT plan_tsquery('碳达峰 OR 碳中和');
SELECT plan_tsquery('"碳达峰 碳中和" -双循环');
SELECT plan_tsquery('  ');
-- query syntax: A|B with or without blanks, the full-width bar, negation
SELECT plan_tsquery('碳达峰|碳中和') AS bar, plan_tsquery('碳达峰｜碳中和 双循环') AS fullwidth_bar,
       plan_tsquery('-碳达峰|碳中和') AS negated_first, plan_tsquery('a||b|') AS empty_pieces;
-- letters and a number: PM2.5, PM 2.5 and ＰＭ２.５ meet; so do G20 and G 20
SELECT plan_tsquery('pm 2.5') AS spaced, plan_tsquery('PM2.5') AS joined,
       plan_tsquery('ＰＭ２.５') AS fullwidth, plan_tsquery('G 20') AS g20;
\set air '细颗粒物(PM2.5)平均浓度下降到30微克/立方米，PM 10浓度下降，G20峰会。'
SELECT to_tsvector('plan_zh', :'air') @@ plan_tsquery('pm 2.5') AS spaced_finds_joined,
       to_tsvector('plan_zh', :'air') @@ plan_tsquery('PM10') AS joined_finds_spaced,
       to_tsvector('plan_zh', :'air') @@ plan_tsquery('pm 25') AS other_number;
-- R&D is one word (letters joined by &); COVID-19 a phrase of its parts, found where written
SELECT plan_tsquery('R&D') AS rd, plan_tsquery('COVID-19') AS covid,
       to_tsvector('plan_zh', '研究与试验发展(R&D)经费投入强度') @@ plan_tsquery('R&D') AS rd_found;
-- a figure straight after an abbreviation is a word of its own: GDP and 2917.85 both find it
SELECT plan_segment('GDP2917.85亿元') AS seg,
       to_tsvector('plan_zh', '全市GDP2917.85亿元') @@ plan_tsquery('GDP') AS gdp,
       to_tsvector('plan_zh', '全市GDP2917.85亿元') @@ plan_tsquery('2917.85亿元') AS figure;
-- only stop words or punctuation: the empty query, without a notice, matching nothing
SELECT numnode(plan_tsquery('的')) AS stop_word_nodes, numnode(plan_tsquery('，。')) AS punctuation_nodes,
       plan_tsquery('的 碳达峰') AS stop_word_dropped;
SELECT count(*) AS rows_matched FROM (VALUES ('的'), ('和'), ('碳达峰')) v(body)
WHERE to_tsvector('plan_zh', body) @@ plan_tsquery('的 和');
-- a sentence pasted from a report finds the paragraph it came from
\set report '2021年全市地区生产总值增长8.5%以上，一般公共预算收入增长6%，城乡居民人均可支配收入分别增长8%和9%左右。'
SELECT to_tsvector('plan_zh', :'report') @@ plan_tsquery('一般公共预算收入增长6%，城乡居民人均可支配收入分别增长8%和9%左右') AS pasted,
       to_tsvector('plan_zh', :'report') @@ plan_tsquery('一般公共预算收入增长7%，城乡居民人均可支配收入分别增长8%和9%左右') AS pasted_changed;
-- many terms: AND of OR groups in order, negation kept
SELECT plan_tsquery('a | b c or d -e');
SELECT numnode(plan_tsquery(string_agg('碳达峰' || i, ' '))) FROM generate_series(1, 2000) i;
-- the tree is balanced: its text has every term once, in order
SELECT plan_tsquery(string_agg('碳达峰' || i, ' ')) FROM generate_series(1, 5) i;
-- 200 terms in 100 OR groups: the joined tree matches as the operators say
SELECT to_tsvector('plan_zh', string_agg('项目' || i, '，')) @@ plan_tsquery(string_agg('项目' || i || ' OR 工程' || i, ' ')) AS all_groups,
       to_tsvector('plan_zh', string_agg('项目' || i, '，') FILTER (WHERE i <> 77)) @@ plan_tsquery(string_agg('项目' || i || ' OR 工程' || i, ' ')) AS one_group_missing,
       to_tsvector('plan_zh', string_agg('项目' || i, '，')) @@ plan_tsquery(string_agg('项目' || i, ' ') || ' -项目50') AS negated_present
FROM generate_series(1, 100) i;
-- limits: a whole query over 1 MB, one term over 8,192 bytes (SQLSTATE 54000)
\set VERBOSITY sqlstate
SELECT plan_tsquery(repeat('增长 ', 300000));
SELECT plan_tsquery(repeat('增长', 1400));
\set VERBOSITY default
SELECT plan_tsquery(repeat('增长', 1365)) IS NOT NULL AS term_at_limit_ok;

-- sub-word recall: a part of a compound finds the compound
SELECT id FROM plan_docs WHERE to_tsvector('plan_zh', body) @@ plan_tsquery('生产总值') ORDER BY id;
SELECT id FROM plan_docs WHERE to_tsvector('plan_zh', body) @@ plan_tsquery('工业增加值') ORDER BY id;
-- phrases across a compound keep their positions
SELECT id FROM plan_docs WHERE to_tsvector('plan_zh', body) @@ plan_tsquery('"生产总值 增长"') ORDER BY id;
SELECT id FROM plan_docs WHERE to_tsvector('plan_zh', body) @@ plan_tsquery('生产总值增长') ORDER BY id;
SELECT id FROM plan_docs WHERE to_tsvector('plan_zh', body) @@ phraseto_tsquery('plan_zh', '地区生产总值增长') ORDER BY id;
-- terms are AND-ed, each one a phrase: 新型 and 基础设施 must be adjacent
SELECT id FROM plan_docs WHERE to_tsvector('plan_zh', body) @@ plan_tsquery('新型基础设施 建设') ORDER BY id;
SELECT id FROM plan_docs WHERE to_tsvector('plan_zh', body) @@ plan_tsquery('碳达峰 OR 宝兴') ORDER BY id;
SELECT id FROM plan_docs WHERE to_tsvector('plan_zh', body) @@ plan_tsquery('生产总值 -工业') ORDER BY id;
-- Traditional text is found with Simplified queries and the other way round
SELECT id FROM plan_docs WHERE to_tsvector('plan_zh', body) @@ plan_tsquery('新发展理念') ORDER BY id;
SELECT id FROM plan_docs WHERE to_tsvector('plan_zh', body) @@ plan_tsquery('雙循環') ORDER BY id;
-- alphanumerics
SELECT id FROM plan_docs WHERE to_tsvector('plan_zh', body) @@ plan_tsquery('5g基站') ORDER BY id;

-- substring search is wrong where word search is right: 和县 in 市政府和县委
SELECT id, body LIKE '%和县%' AS substring_match,
	to_tsvector('plan_zh', body) @@ plan_tsquery('和县') AS word_match
FROM plan_docs WHERE body LIKE '%和县%' ORDER BY id;

-- the GIN index is used
SET enable_seqscan = off;
EXPLAIN (COSTS OFF)
SELECT id FROM plan_docs WHERE to_tsvector('plan_zh', body) @@ plan_tsquery('生产总值');
SELECT id FROM plan_docs WHERE to_tsvector('plan_zh', body) @@ plan_tsquery('生产总值') ORDER BY id;
RESET enable_seqscan;

-- headlines mark the words searched for
SELECT id, ts_headline('plan_zh', body, plan_tsquery('生产总值 增长')) FROM plan_docs
WHERE to_tsvector('plan_zh', body) @@ plan_tsquery('生产总值 增长') ORDER BY id;
-- only what satisfies the query: a phrase as one span, never a lone piece
-- (城镇 of 城镇新增就业), nothing across a boundary (和县), options kept
SELECT ts_headline('plan_zh', '城镇新增就业1.2万人，城镇调查失业率控制在5.5%以内。', plan_tsquery('城镇调查失业率')) AS phrase,
	ts_headline('plan_zh', '全市地区生产总值增长8.5%，国内生产总值增长6%。', plan_tsquery('总值')) AS part,
	ts_headline('plan_zh', '在市委、市政府和县委的坚强领导下', plan_tsquery('和县')) AS boundary;
SELECT ts_headline('plan_zh', '全市地区生产总值增长8.5%，生产总值增长7%，工业增加值增长，规模以上工业战略性新兴产业增加值增长', plan_tsquery('生产总值增长 | 工业增加值'),
	'HighlightAll=true, StartSel=[, StopSel=]') AS all_marked,
	ts_headline('plan_zh', '碳达峰、碳中和工作扎实推进。'  || repeat('其他工作稳步推进。', 20) || '碳达峰行动方案印发。', plan_tsquery('碳达峰'),
	'MaxFragments=2, MaxWords=6, MinWords=2, FragmentDelimiter=" … "') AS fragments;

-- user words take effect on the next statement
SELECT plan_segment('宝兴县硗碛藏族乡');
INSERT INTO plan_user_words (word, note) VALUES ('硗碛藏族乡', 'township in 宝兴县');
SELECT plan_segment('宝兴县硗碛藏族乡');
SELECT alias, token, lexemes FROM ts_debug('plan_zh', '硗碛藏族乡');
-- parallel workers load the user words too
SET force_parallel_mode = on;
SELECT plan_segment('宝兴县硗碛藏族乡');
RESET force_parallel_mode;
-- Traditional user words match Simplified text
INSERT INTO plan_user_words (word) VALUES ('鄉村振興示範帶');
SELECT plan_segment('打造乡村振兴示范带');
DELETE FROM plan_user_words;
SELECT plan_segment('宝兴县硗碛藏族乡');
-- rolled back words are gone again
BEGIN;
INSERT INTO plan_user_words (word) VALUES ('硗碛藏族乡');
SELECT plan_segment('硗碛藏族乡');
ROLLBACK;
SELECT plan_segment('硗碛藏族乡');
-- only Han words are accepted
\set VERBOSITY terse
INSERT INTO plan_user_words (word) VALUES ('5G基站');
INSERT INTO plan_user_words (word) VALUES ('县');

DROP TABLE plan_docs;
