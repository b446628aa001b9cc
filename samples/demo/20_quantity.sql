-- plan_ext demo: numbers and quantities.

-- Chinese, financial and mixed numerals as exact numeric
SELECT n, plan_number(n)
FROM (VALUES ('一千二百三十四万'), ('4.78万亿'), ('二〇三五'), ('壹佰贰拾叁'),
	('三分之一'), ('百分之五'), ('七成'), ('翻两番')) AS t(n);

-- quantities as written in plan text, with unit, qualifier and base value
SELECT q AS quantity, plan_quantity_value(q) AS value, plan_quantity_unit(q) AS unit,
	plan_quantity_qualifier(q) AS qualifier, plan_quantity_inclusive(q) AS inclusive,
	plan_quantity_base_value(q) AS base_value, plan_quantity_base_unit(q) AS base_unit
FROM unnest('{8.5%左右,35亿元以上,6%-6.5%,不低于7.5%,控制在3%以内,1.3万亿斤以上,3000多人,1个百分点}'::plan_quantity[]) AS q;

-- quantities in the bundled sample documents (years left out)
SELECT d.name, s.start_pos, s.raw, s.quantity, plan_quantity_qualifier(s.quantity) AS qualifier,
	plan_quantity_dimension(s.quantity) AS dimension
FROM plan_docs d, LATERAL plan_quantity_scan(d.body) s
WHERE plan_quantity_unit(s.quantity) IS NOT NULL
	AND plan_quantity_dimension(s.quantity) <> 'years'
ORDER BY d.id, s.ord
LIMIT 20;

-- comparison and conversion: 1亿元 = 10000万元, % is not 个百分点
SELECT '1亿元'::plan_quantity = '10000万元' AS same_money,
	'1%'::plan_quantity = '1个百分点' AS percent_is_points,
	plan_quantity_to('105.8亿元', '万元') AS in_wan_yuan,
	'9%'::plan_quantity - '8%' AS rate_difference;

-- did the actual values meet the targets?
SELECT target, actual, plan_quantity_satisfies(actual, target) AS met
FROM (VALUES ('8.5%以上'::plan_quantity, '8.2%'::plan_quantity),
	('35亿元以上', '36.1亿元'), ('10%左右', '9.96%'), ('3%以内', '3.2%'),
	('1个百分点', '1%')) AS t(target, actual);
