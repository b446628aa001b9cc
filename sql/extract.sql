--
-- plan_indicators(doc, report_year): indicator rows from plan text
--
\pset null '(null)'

-- a target passage of a 2021 work report: growth, level, bounds, 城乡 distributed
SELECT ord, indicator, measure, value, value_max, unit, qualifier, year, period, kind
FROM plan_indicators('2021年主要预期目标是:地区生产总值增长8.5%以上,全社会固定资产投资完成35亿元以上,城镇登记失业率控制在4%以内;城乡居民人均可支配收入分别增长8%和9%左右,居民消费价格涨幅控制在3%左右。');

-- the quote is the exact source span
SELECT ord, quote, pos, len,
       quote = substr(d, pos, len) AS quote_ok
FROM (SELECT '地区生产总值537.51亿元,增长3.9%;金融机构人民币存、贷款余额分别增长5%、12.9%。'::text AS d) s,
     plan_indicators(d, 2021);

-- a review passage: the report year resolves 去年, 五年来 gives the last year of the period
SELECT ord, indicator, measure, value, unit, qualifier, year, period, kind
FROM plan_indicators('去年,全市地区生产总值945.42亿元、增长2.5%,高新技术企业净增6804家、达8621家,六大高耗能产业占比下降1.8个百分点。五年来,常住人口从43万人增长至56万人,累计完成固定资产投资2647.5亿元,年均增长8.9%。', 2021);

-- explicit years, ranges, counted objects
SELECT ord, indicator, value, value_max, unit, qualifier, year, kind
FROM plan_indicators('到2025年,新建高标准农田300万亩以上,明确1至2个主导产业;到2022年,创建2个国家级现代农业产业园。');

-- a flattened indicator table: baseline and target columns, 【】 cumulative,
-- attribute per group, qualitative cells with value NULL
SELECT ord, indicator, measure, value, unit, qualifier, year, period, kind, attribute, quote
FROM plan_indicators(E'“十四五”主要指标\n指标\n2020年基数\n“十四五”目标\n属性\n一、经济发展\n1\n地区生产总值增长(%)\n年均增长7.3\n年均增长8左右\n预期性\n2\n常住人口城镇化率(%)\n—\n高于全市平均水平\n3\n城镇新增就业人数(万人)\n0.12\n【0.65】\n4\n人均预期寿命(岁)\n78.3\n增加【1】\n约束性\n备注:【】为五年累计数\n');

-- section paths and catalogue keys
SELECT ord, section, indicator, indicator_key
FROM plan_indicators(E'一、2020年工作回顾\n全市地区生产总值增长4.1%。\n二、2021年工作安排\n今年主要预期目标是:地区生产总值增长7%左右。', 2021);

-- not figures: years, ranks, multiples, codes, dates
SELECT count(*) AS rows
FROM plan_indicators('2020年全市生产总值居全省第4位,是2015年的2.85倍,5G基站和G60科创走廊建设加快,3月15日开工。');

-- Chinese numerals are resolved (十年 -> 10 年; 两千万元 -> 2000 万元)
SELECT ord, indicator, measure, value, unit, qualifier, kind, quote
FROM plan_indicators('今年主要预期目标是:新增规模以上工业企业一百二十家,招商引资两千万元以上,城镇化率提高两个百分点,落实长江流域十年禁渔。', 2021);

-- more than a number: 多 or 余 before the unit, also after 万 and with Chinese
-- numerals; the typed quantity excludes the bound (30多个 is more than 30)
SELECT ord, indicator, value, unit, qualifier, quantity, quote
FROM plan_indicators('去年新增城镇就业1万多人,引进项目30多个,认定高新技术企业2000余家,实现营业收入200多万元,建成标准化厂房三十多个,新增学位一万余个。', 2021);
SELECT quantity = '30个以上'::plan_quantity AS same_as_at_least_30,
	plan_quantity_satisfies('30个', quantity) AS thirty_satisfies,
	plan_quantity_satisfies('31个', quantity) AS thirty_one_satisfies
FROM plan_indicators('引进项目30多个。');
-- a percentage in words: 百分之五 is 5 %, with the qualifiers that follow
SELECT ord, indicator, measure, value, unit, qualifier, quantity, quote
FROM plan_indicators('城镇登记失业率控制在百分之五以内,森林覆盖率达到百分之六十,城镇化率达到百分之五十五左右。', 2021);
-- but not 百分之百 (an idiom: fully) nor 千分之三 (per mille)
SELECT count(*) AS rows FROM plan_indicators('百分之百完成任务,出生缺陷率千分之三。');

-- 多 starting a word after a year is not read as more than: 多措并举, 多元化
SELECT count(*) AS rows FROM plan_indicators('2020年多措并举,2021年多元化发展。');

-- not figures: idioms, ordinals, category counts, lone digits, periods, digit strings
SELECT count(*) AS rows
FROM plan_indicators('一是统一思想,培育一批企业,出台一系列政策,推进一体化;十四五时期是第一个五年,三大产业协调,实施五大森林工程,增速保持两位数,抓好三个方面工作,到二〇三五年基本实现现代化。', 2021);

-- typed quantity beside the plain columns
SELECT ord, quantity IS NOT NULL AS has_quantity
FROM plan_indicators('地区生产总值增长8.5%以上,财政收入105.8亿元。');

-- why each row has its kind and year: the rule and its cue
\set n22 `cat samples/compare/national_2022.txt`
SELECT ord, indicator, value, unit, year, kind, rule, cue, cue_pos FROM plan_indicators_explain(:'n22');
SELECT ord, indicator, value, year, kind, rule, cue
FROM plan_indicators_explain('一、2020年工作回顾' || chr(10) || '全区实现地区生产总值537.51亿元，增长3.9%。' || chr(10) ||
  '二、2021年主要预期目标' || chr(10) || '地区生产总值增长7%左右，力争达到8%；到2025年，常住人口城镇化率达到60%。去年粮食产量93亿斤。');
-- the same rows as plan_indicators, in the same order
SELECT count(*) AS rows, bool_and(e.indicator = i.indicator AND e.pos = i.pos AND e.year IS NOT DISTINCT FROM i.year
                                  AND e.kind = i.kind) AS same_rows
FROM plan_indicators_explain(:'n22') e JOIN plan_indicators(:'n22') i USING (ord);
SELECT count(*) FROM plan_indicators_explain(NULL);
SELECT * FROM plan_indicators_explain('地区生产总值增长8%', 21);

-- NULLs and empty input
SELECT count(*) FROM plan_indicators(NULL);
SELECT count(*) FROM plan_indicators(NULL, 2021);
SELECT count(*) FROM plan_indicators('');
SELECT count(*) FROM plan_indicators('没有数字的一段文字。');

-- errors
SELECT * FROM plan_indicators('地区生产总值增长8%', 21);
