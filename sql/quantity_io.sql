--
-- plan_quantity: text I/O round trip, accessors, conversion, casts,
-- binary I/O, the unit catalogue and the running-text scanner.
--
\pset null '(null)'

CREATE TEMP TABLE forms (ord serial, written text);
INSERT INTO forms (written) VALUES
	-- the forms named in the issue
	('8.5%左右'), ('35亿元以上'), ('6%-6.5%'), ('6%至7%'), ('不低于7.5%'),
	('控制在3%以内'), ('1.3万亿斤以上'), ('3000多人'), ('105.8亿元'),
	('1个百分点'), ('二〇三五年'), ('三分之一'), ('翻一番'),
	-- more qualifiers (民法典 §1259: 以上/以下/以内 include, 超过/不满 exclude)
	('超过500家'), ('不满18岁'), ('60岁及以上'), ('不超过5%'), ('不到1%'),
	('约3000万人'), ('近5年'), ('800余家'), ('100多万元'), ('突破1万亿元'),
	('低于3%'), ('5.5%以下'), ('控制在5.5%'), ('10%上下'), ('不少于2000亩'),
	-- ranges
	('8-9%'), ('1至3个'), ('3万-5万人'), ('1-1.5万元'), ('10～15天'),
	('2021-2025年'),
	-- units, magnitudes and unknown units
	('1200万吨标准煤'), ('300亿千瓦时'), ('50万千瓦'), ('5‰'), ('七成'),
	('百分之五'), ('千分之三'), ('4.78万亿'), ('3万株'), ('20微克/立方米'),
	('1.5公顷'), ('2.5万平方米'), ('12.9公里'), ('500立方米'), ('200美元'),
	-- taken from the seed plans
	('945.42亿元'), ('306.34万人次'), ('400万吨以上'), ('10%左右'),
	('31.69万人'), ('1.33倍'), ('三分之一以上'), ('6.5万亩'), ('5000亿元以上'),
	('12572元'), ('694户'), ('十七条'), ('2.33万元'), ('-3.1%'), ('66%以上'),
	-- spacing and full-width forms
	('  6.50 %  '), ('８．５％左右'), ('1,234万元');

-- round trip: output, and the output read back gives the same output
SELECT written, q AS output, q::text::plan_quantity::text = q::text AS stable
FROM (SELECT ord, written, written::plan_quantity AS q FROM forms) s ORDER BY ord;

-- accessors return plain types
SELECT written,
	plan_quantity_value(q) AS value,
	plan_quantity_value_max(q) AS value_max,
	plan_quantity_unit(q) AS unit,
	plan_quantity_qualifier(q) AS qualifier,
	plan_quantity_inclusive(q) AS inclusive,
	plan_quantity_dimension(q) AS dimension,
	plan_quantity_base_value(q) AS base_value,
	plan_quantity_base_value_max(q) AS base_max,
	plan_quantity_base_unit(q) AS base_unit
FROM (SELECT ord, written, written::plan_quantity AS q FROM forms) s ORDER BY ord;

SELECT pg_typeof(plan_quantity_value('1元')), pg_typeof(plan_quantity_unit('1元')),
	pg_typeof(plan_quantity_inclusive('1元以上'));

-- conversion keeps the amount exactly
SELECT q, u, plan_quantity_to(q::plan_quantity, u) AS converted
FROM (VALUES ('105.8亿元', '万元'), ('105.8亿元', '元'), ('35亿元以上', '万元'),
	('1.3万亿斤以上', '万吨'), ('1亩', '公顷'), ('15亩', '平方米'),
	('6%-6.5%', '‰'), ('3万株', '株'), ('1200万吨标准煤', '亿吨标准煤'),
	('2平方公里', '亩'), ('8.5%左右', '%'), ('1000度', '万千瓦时')) AS t(q, u);

-- plan_quantity(value, unit) builds a quantity from plain columns
SELECT plan_quantity(10.5, '亿元'), plan_quantity(3, ''), plan_quantity(-2.50, '%'),
	plan_quantity(1, '株');

-- casts to and from text
SELECT '8.5%左右'::text::plan_quantity AS from_text,
	CAST('35亿元以上'::plan_quantity AS text) AS to_text;
CREATE TEMP TABLE t_text (t text);
INSERT INTO t_text VALUES ('6%-6.5%'::plan_quantity);	-- assignment cast
SELECT t FROM t_text;

-- binary send: version byte 1 and the canonical text
SELECT plan_quantity_send('8.5%左右'), plan_quantity_send('3000多人');

-- binary round trip through COPY (recv parses like the text input)
CREATE TEMP TABLE qbin (ord int, q plan_quantity);
INSERT INTO qbin SELECT ord, written::plan_quantity FROM forms;
\copy qbin TO 'results/quantity_io.bin' WITH (FORMAT binary)
CREATE TEMP TABLE qbin2 (ord int, q plan_quantity);
\copy qbin2 FROM 'results/quantity_io.bin' WITH (FORMAT binary)
SELECT count(*) AS rows, bool_and(a.q::text = b.q::text AND a.q = b.q) AS identical
FROM qbin a JOIN qbin2 b USING (ord);

-- recv rejects what the text input rejects (payloads written as bytea)
CREATE TEMP TABLE bad_payload (ord int, b bytea);
INSERT INTO bad_payload VALUES (1, '\x01'::bytea || convert_to('5 5%', 'UTF8'));
\copy bad_payload TO 'results/quantity_bad1.bin' WITH (FORMAT binary)
\copy qbin2 FROM 'results/quantity_bad1.bin' WITH (FORMAT binary)
TRUNCATE bad_payload;
INSERT INTO bad_payload VALUES (1, '\x02'::bytea || convert_to('5%', 'UTF8'));
\copy bad_payload TO 'results/quantity_bad2.bin' WITH (FORMAT binary)
\copy qbin2 FROM 'results/quantity_bad2.bin' WITH (FORMAT binary)
TRUNCATE bad_payload;
INSERT INTO bad_payload VALUES (1, '\x01'::bytea || convert_to('6%-5%', 'UTF8'));
\copy bad_payload TO 'results/quantity_bad3.bin' WITH (FORMAT binary)
\copy qbin2 FROM 'results/quantity_bad3.bin' WITH (FORMAT binary)

-- invalid input: SQLSTATE and message for each
CREATE FUNCTION pg_temp.try_quantity(t text) RETURNS text LANGUAGE plpgsql AS $$
BEGIN
	RETURN t::plan_quantity::text;
EXCEPTION WHEN others THEN
	RETURN 'ERROR ' || SQLSTATE || ': ' || SQLERRM;
END
$$;
SELECT t, pg_temp.try_quantity(t) FROM (VALUES
	(''), ('abc'), ('%'), ('亿元'), ('6%-5%'), ('2025-2021年'), ('8.5%左右左右'),
	('5 5%'), ('约'), ('5%;'), ('十四五'), ('一百十'), ('3 元 人'),
	('99999999999999999999元'), ('1,23元')
) AS x(t);
SELECT '6%-5%'::plan_quantity;
SELECT plan_quantity_to('105.8亿元', '吨');
SELECT plan_quantity_to('105.8亿元', '5元');
SELECT plan_quantity('NaN'::numeric, '元');
SELECT plan_quantity(1234567890123456789, '元');

-- NULL in, NULL out
SELECT plan_quantity_value(NULL), plan_quantity_to(NULL, '元'), NULL::text::plan_quantity;

-- the compiled-in catalogue
SELECT * FROM plan_units() ORDER BY entry;

-- the scanner over running text (1-based character positions)
SELECT ord, start_pos, end_pos, raw, quantity, plan_quantity_qualifier(quantity)
FROM plan_quantity_scan('2020年全市地区生产总值达到945.42亿元，增长3.8%，一是统一部署；'
	'“十四五”期间年均增长6%-6.5%，城镇新增就业3000多人，粮食产量稳定在1.3万亿斤以上，'
	'居民收入增长8%和9%左右，单位GDP能耗降低不低于13.5%，提高1个百分点。');
SELECT bool_and(raw = substr(doc, start_pos, end_pos - start_pos)) AS positions_ok
FROM (SELECT '增长8.5%左右，投资105.8亿元，新增3000多人'::text AS doc) d,
	LATERAL plan_quantity_scan(d.doc);

-- errors quote at most 60 characters of a long input, with its length
-- (a 1,000,000-character bad quantity once gave a 3 MB message)
SELECT ('8.5%' || repeat('左', 100))::plan_quantity;
SELECT repeat('x', 61)::plan_quantity;
SELECT repeat('x', 60)::plan_quantity;
SELECT plan_quantity_to('1亿元', repeat('万', 200));
CREATE FUNCTION pg_temp.error_size(q text) RETURNS int LANGUAGE plpgsql AS $$
DECLARE m text; d text; h text;
BEGIN
	PERFORM q::plan_quantity;
	RETURN 0;
EXCEPTION WHEN others THEN
	GET STACKED DIAGNOSTICS m = MESSAGE_TEXT, d = PG_EXCEPTION_DETAIL, h = PG_EXCEPTION_HINT;
	RETURN octet_length(m) + coalesce(octet_length(d), 0) + coalesce(octet_length(h), 0);
END $$;
SELECT pg_temp.error_size(repeat('增长', 500000)) <= 2000 AS short_message,
       pg_temp.error_size('8' || repeat('9', 999999) || '%') <= 2000 AS short_overflow_message;
-- issue 12: grain in 斤 (1斤 = 0.5 kg), written magnitudes (千亿元), the
-- middle-dot decimal (1·8%) and Traditional spellings (萬人, 萬億元, 以內)
SELECT q, q::plan_quantity AS canonical, plan_quantity_value(q::plan_quantity) AS value
FROM (VALUES ('1.3万亿斤以上'), ('557亿斤'), ('千亿元'), ('百亿元'), ('1.2千亿元'),
			 ('1·8%'), ('2・5%左右'), ('0‧6个百分点'),
			 ('3萬人'), ('2.4萬億元'), ('1200萬人左右'), ('3%以內')) v(q);
SELECT '1.3万亿斤'::plan_quantity = '6500亿公斤' AS jin_is_half_a_kilogram,
	   '3萬人'::plan_quantity = '30000人' AS traditional_wan,
	   '千亿元'::plan_quantity = '1000亿元' AS bare_qianyi,
	   '1·8%'::plan_quantity = '1.8%' AS middle_dot;
SELECT plan_quantity_to('557亿斤', '万吨') AS grain_in_tonnes;
-- a middle dot between digits that name a date is no decimal point; 千亿级 is a word
SELECT '8·11'::plan_quantity;
SELECT '千亿级'::plan_quantity;
SELECT ord, raw, quantity FROM plan_quantity_scan('“8·11”系列特大暴雨，价格上涨1·8%，突破千亿元大关，打造千亿级产业集群');
