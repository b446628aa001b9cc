--
-- plan_parser: token types, segmentation, lexemes, headline round trip
--
\pset null '(null)'

-- token types: default ids where meanings match, new ones from 24
SELECT * FROM ts_token_type('plan_parser');

-- every byte comes back as a token, in order
SELECT tokid, token FROM ts_parse('plan_parser',
	'“十四五”时期，地区生产总值年均增长6.5%，5G基站达到1200个。');

SELECT string_agg(token, '' ORDER BY ord) =
	'“十四五”时期，地区生产总值年均增长6.5%，5G基站达到1200个。' AS covers_input
FROM ts_parse('plan_parser', '“十四五”时期，地区生产总值年均增长6.5%，5G基站达到1200个。')
	WITH ORDINALITY AS t(tokid, token, ord);

-- plan terms and slogans come out whole
SELECT plan_segment('深化放管服改革，做好六稳六保工作，构建双循环新发展格局');
SELECT plan_segment('统筹推进碳达峰碳中和，培育专精特新企业，推行一网通办');
SELECT plan_segment('规模以上工业增加值增长9%，城镇调查失业率控制在5.5%以内');
-- a function word between two words stays alone
SELECT plan_segment('在市委、市政府和县委的坚强领导下');
SELECT plan_segment('安徽省和县');
-- each punctuation mark is a token (as word-segmentation corpora count
-- them); a dash or ellipsis run is one, white space is left out
SELECT plan_segment('“远望号”航天远洋测量船——实现新跨越…… （附图片1张）');
SELECT alias, token FROM ts_debug('plan_zh', '”，——');
-- Latin, digits, alphanumerics; full width and Traditional segment like plain text
SELECT plan_segment('PM2.5平均浓度下降，GDP突破1000亿元');
SELECT plan_segment('５Ｇ網絡覆蓋率達到９５％');

-- lexemes: folded, lower-cased, function words dropped, one per token (plan_tsquery
-- expands a query to the compounds containing it)
SELECT to_tsvector('plan_zh', '全市地区生产总值增长8.5%以上');
SELECT to_tsvector('plan_zh', '５Ｇ網絡和ＧＤＰ');
SELECT alias, token, lexemes FROM ts_debug('plan_zh', '规模以上工业增加值的增长');
SELECT ts_lexize('plan_zh_dict', '地区生产总值');
SELECT ts_lexize('plan_zh_dict', '的');
SELECT ts_lexize('plan_zh_dict', 'ＰＭ２.５');

-- a number and its unit of time, magnitude or per cent are one word (as the
-- SIGHAN segmentation standards write them) but two lexemes at consecutive
-- positions, so 2035 finds 2035年 and 万人 finds 6.7万人; the per-cent
-- sign takes no position, as it did as punctuation
SELECT plan_segment('到2035年城镇新增就业6.7万人，增长5.5%，１２月３１日');
SELECT alias, token, lexemes FROM ts_debug('plan_zh', '到2035年增长5.5%');
SELECT to_tsvector('plan_zh', '到2035年城镇新增就业6.7万人');
SELECT q, to_tsvector('plan_zh', '到2035年城镇新增就业6.7万人，二〇三五年') @@ plan_tsquery(q) AS found
FROM unnest(ARRAY['2035', '2035年', '年', '万人', '6.7万人', '二〇三五', '2036年']) AS q;
SELECT ts_headline('plan_zh', '到2035年城镇新增就业6.7万人，1.2万人次。', plan_tsquery(q)) AS headline
FROM unnest(ARRAY['2035', '2035年城镇', '万人', '万人次']) AS q;

-- dictionary options
CREATE TEXT SEARCH DICTIONARY plan_zh_plain (TEMPLATE = plan_zh_template,
	subwords = false, stopwords = false);
SELECT ts_lexize('plan_zh_plain', '地区生产总值'), ts_lexize('plan_zh_plain', '的');
DROP TEXT SEARCH DICTIONARY plan_zh_plain;
CREATE TEXT SEARCH DICTIONARY plan_zh_bad (TEMPLATE = plan_zh_template, stemming = true);

-- headline: removing the tags gives the input back
SELECT ts_headline('plan_zh',
	'全市地区生产总值增长8.5%以上，规模以上工业增加值增长9%。',
	plan_tsquery('工业增加值'));
SELECT regexp_replace(ts_headline('plan_zh', d, plan_tsquery('生产总值'),
		'HighlightAll=true'), '</?b>', '', 'g') = d AS headline_round_trip
FROM (VALUES ('预期目标：地区生产总值增长6%左右，“十四五”期间年均增长6.5%；PM2.5浓度下降。  完成省下达任务')) v(d);

-- long runs of blanks or Latin letters are cut below PostgreSQL's 2 KB
-- token limit, so nothing is skipped and the headline keeps every byte
SELECT max(length(token)) <= 1024 AS short_tokens,
	regexp_replace(ts_headline('plan_zh', d, plan_tsquery('增长'), 'HighlightAll=true'),
		'</?b>', '', 'g') = d AS headline_round_trip
FROM (VALUES ('增长' || repeat(' ', 3000) || repeat('x', 5000) || '增长')) v(d),
	ts_parse('plan_parser', d) GROUP BY d;

-- NULL in, NULL out
SELECT plan_segment(NULL), plan_tsquery(NULL);
SELECT plan_segment('');
