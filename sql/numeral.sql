--
-- plan_number(text): Chinese and Arabic numerals as exact numeric.
-- Most Arabic, mixed and Chinese forms below are copied from the seed
-- plan texts (../shared/seeds); the rest cover every documented form.
--
\pset null '(null)'

-- Arabic: plain, decimals, signs, thousands separators, full-width digits
SELECT n, plan_number(n) FROM (VALUES
	('0'), ('3'), ('24'), ('109'), ('1060'), ('2035'), ('12338'), ('22764'),
	('0.3'), ('0.12'), ('1.5'), ('4.8'), ('11.86'), ('29.45'), ('47.94'),
	('97.78'), ('1892.61'), ('-3.1'), ('+3'), ('6.50'), ('0.05'), ('1,234'),
	('1,234,567.89'), ('12,000'), ('１２３'), ('２０２５'), ('１２．５'),
	('999999999999999999'), ('1000000000000000000000')
) AS t(n);

-- Arabic followed by magnitude words (mixed)
SELECT n, plan_number(n) FROM (VALUES
	('0.23亿'), ('0.9万'), ('1.14亿'), ('1.39万'), ('1.5万'), ('1.2万'),
	('10.2亿'), ('100万'), ('106.27亿'), ('1128万'), ('115亿'), ('130.72亿'),
	('14.1万'), ('144.8亿'), ('15.83亿'), ('154.3亿'), ('16.9万'), ('191.64万'),
	('2.03亿'), ('2.33万'), ('2000亿'), ('2060万'), ('36.57亿'), ('105.8亿'),
	('945.42亿'), ('72.4万'), ('306.34万'), ('3.1万亿'), ('4.78万亿'),
	('1.3万亿'), ('3千万'), ('5百万'), ('12,000万')
) AS t(n);

-- Chinese numerals
SELECT n, plan_number(n) FROM (VALUES
	('一'), ('二'), ('两'), ('三'), ('五'), ('七'), ('九'), ('十'), ('十一'),
	('十二'), ('十三'), ('十五'), ('十七'), ('十九'), ('二十'), ('三十'),
	('四十'), ('七十'), ('一百'), ('一百零五'), ('一百一十'), ('一千零五'),
	('一千二百三十四'), ('一千二百三十四万'), ('两千'), ('两万'), ('两百五'),
	('一万三'), ('三千五'), ('一亿五'), ('一亿二千万'), ('十亿'), ('五十亿'),
	('五百亿'), ('三万亿'), ('一万二千亿'), ('三十万'), ('零'), ('〇'),
	('十五点七'), ('零点五'), ('二十点五'), ('三点五万'), ('十五点七零'),
	('二〇三五'), ('二○三五'), ('二〇二〇'), ('二零二五'), ('一九九八'),
	('一萬'), ('一億')
) AS t(n);

-- financial numerals
SELECT n, plan_number(n) FROM (VALUES
	('壹拾'), ('壹佰贰拾叁'), ('叁仟伍佰'), ('壹贰叁'), ('伍佰万'),
	('捌萬'), ('玖仟玖佰玖拾玖'), ('贰〇贰伍')
) AS t(n);

-- fractions, percent words, 成, 翻番, trailing % and ‰
SELECT n, plan_number(n) FROM (VALUES
	('三分之一'), ('三分之二'), ('四分之一'), ('五分之一'), ('十分之一'),
	('百分之五'), ('百分之三点五'), ('百分之百'), ('百分之0.5'), ('千分之三'),
	('万分之二'), ('2/3'), ('30/227'), ('1/4'), ('七成'), ('八成'), ('十成'),
	('5成'), ('翻一番'), ('翻两番'), ('翻番'), ('翻了一番'), ('翻三番'),
	('5%'), ('8.5%'), ('3‰'), ('５％'), ('  42  '), ('　七　')
) AS t(n);

-- not numerals: every one is an error (SQLSTATE and message shown)
CREATE FUNCTION pg_temp.try_number(t text) RETURNS text LANGUAGE plpgsql AS $$
BEGIN
	RETURN plan_number(t)::text;
EXCEPTION WHEN others THEN
	RETURN 'ERROR ' || SQLSTATE || ': ' || SQLERRM;
END
$$;
SELECT n, pg_temp.try_number(n) FROM (VALUES
	(''), (' '), ('abc'), ('万'), ('亿'), ('百'), ('万众一心'), ('十四五'),
	('三四'), ('一二三'), ('十几'), ('一百十'), ('1.2.3'), ('1,23'),
	('1,2345'), ('5%%'), ('5元'), ('约5'), ('伍'), ('陆'), ('三成员'),
	('一是'), ('两个'), ('9999999999999999999'), ('12345678901234567890123'),
	('1e5'), ('NaN'), ('--5'), ('第一'), ('萬'), ('壹')
) AS t(n);

-- direct errors with the full message
SELECT plan_number('十四五');
SELECT plan_number('9999999999999999999');

-- NULL in, NULL out
SELECT plan_number(NULL);

-- exact results: no binary floating point anywhere
SELECT plan_number('0.1') + plan_number('0.2') = 0.3 AS exact_sum,
       plan_number('一千二百三十四万') = 12340000 AS chinese_exact,
       plan_number('4.78万亿') = 4780000000000 AS mixed_exact,
       plan_number('三分之一') * 3 AS one_third_times_three;

-- errors quote at most 60 characters of a long input, with its length
SELECT plan_number(repeat('一', 70) || 'x');
SELECT plan_number(repeat('9', 100000));
CREATE FUNCTION pg_temp.error_size(n text) RETURNS int LANGUAGE plpgsql AS $$
DECLARE m text; d text; h text;
BEGIN
	PERFORM plan_number(n);
	RETURN 0;
EXCEPTION WHEN others THEN
	GET STACKED DIAGNOSTICS m = MESSAGE_TEXT, d = PG_EXCEPTION_DETAIL, h = PG_EXCEPTION_HINT;
	RETURN octet_length(m) + coalesce(octet_length(d), 0) + coalesce(octet_length(h), 0);
END $$;
SELECT pg_temp.error_size(repeat('一千', 500000) || '点') <= 2000 AS short_message,
       pg_temp.error_size(repeat('9', 1000000)) <= 2000 AS short_overflow_message;
