--
-- plan_sentences and plan_sections on small, hand-made texts: the rules of
-- docs/outline.md one by one, then hostile input.  The seed documents are
-- in outline_seeds.sql.
--

-- sentences end at 。！？ and at ! ? ; closing quotes stay with the sentence
SELECT * FROM plan_sentences('地区生产总值增长8.5%。城镇化率达到60%！能否实现？“十四五”时期是关键期!');

-- a terminator inside quotes or brackets does not end a sentence, except
-- that “……。” at the end of a quotation ends it after the closing quote
SELECT * FROM plan_sentences('他强调：“要稳增长。”明年继续。会议指出（详见附件。）要加强统筹。');

-- a half-width dot ends a sentence only after a Han character: decimals
-- and "1." markers do not split
SELECT * FROM plan_sentences('增长3.5%左右.完成投资1.2亿元。1.完善体系');

-- line breaks end units (line-based outlines, table cells); blanks are trimmed
SELECT * FROM plan_sentences(E'第八章 完善治理体系\n  第一节 提高基层治理效能\n\n指标\n2020年\n');

-- unbalanced brackets and quotes never swallow the rest of the text
SELECT * FROM plan_sentences('“这是没有闭合的引号。第二句。（括号也没有闭合。第三句。》第四句。');

-- an inline heading that runs into body text gets its own unit
SELECT ord, text FROM plan_sentences('主要做了以下工作。 (一)坚持创新驱动,促进经济稳定增长提升科技创新能力。深入落实创新战略。');

-- positions are 1-based characters: substr(doc, pos, len) = text
WITH d(doc) AS (VALUES ('甲。乙！丙？' || E'\n' || 'ab。“丁。”戊'))
SELECT bool_and(substr(doc, pos, len) = text) AS substr_ok, count(*) AS n
FROM d, plan_sentences(doc);

-- empty input: no rows; NULL: NULL (STRICT)
SELECT count(*) FROM plan_sentences('');
SELECT count(*) FROM plan_sentences(NULL);

--
-- sections
--

-- a line-based outline: chapters, sections, 专栏 boxes, table titles
SELECT ord, level, label, title, parent, kind, path
FROM plan_sections(E'第一章 发展基础\n“十三五”时期成就显著，经济总量持续扩大，人民生活水平不断提高，各项事业全面进步。\n'
    '第一节 发展成就\n经济实力显著增强，创新能力不断提升，城乡面貌明显改善，民生福祉持续增进。\n'
    '专栏1：“十三五”重大工程\n一批重大项目建成投产。\n'
    '第二节 发展环境\n当今世界正经历百年未有之大变局，新一轮科技革命和产业变革深入发展。\n'
    '第二章 总体要求\n第一节 指导思想\n以习近平新时代中国特色社会主义思想为指导，全面贯彻党的十九大精神。\n'
    '“十四五”时期经济社会发展主要指标\n指标\n2020年\n');

-- 一、 / （一） / 1. / （1） / ① nest in the order the document uses them
SELECT ord, level, label, title, parent
FROM plan_sections(E'一、总体要求\n（一）指导思想\n1.坚持党的领导\n（1）加强组织\n①完善机制\n②健全制度\n（2）强化保障\n2.坚持人民至上\n（二）基本原则\n二、主要任务\n');

-- inline headings in a report on one line: title end at 。, at a blank,
-- at a body cue (2021年是 / 各位代表 / “十四五”时期，), at an end word
-- (工作回顾, 目标任务 ...), or before a verb opening the body
SELECT ord, level, label, title, kind, role
FROM plan_sections('各位代表：现在向大会报告工作。 一、2020年和“十三五”工作回顾 2020年是极不平凡的一年。'
    ' (一)坚持创新驱动,促进经济稳定增长提升科技创新能力。深入落实创新战略。'
    ' (二)深化改革开放。全面推进改革。'
    ' 二、“十四五”时期主要目标任务“十四五”时期,是开启新征程的五年。'
    ' 三、2021年工作安排2021年是“十四五”开局之年。'
    ' 四、加强政府自身建设各位代表!新时代赋予新使命。');

-- numbering must go on for an inline heading: "生态保护第 一、国家代表性"
-- and "8个 一、二级" are not headings; "十 一、" is 十一、 split by a blank
SELECT ord, label, title
FROM plan_sections('前言部分说明情况。 一、第一部分内容。正文。 二、第二部分内容。正文8个 一、二级站点。'
    '坚持生态保护第 一、国家代表性。 三、第三部分内容。 四、四。 五、五。 六、六。 七、七。 八、八。 九、九。 十、十。十 一、第十一部分。');

-- a series restarting at 一、 in paragraph style under an own-line heading
-- of the same kind nests under it
SELECT ord, level, label, title, parent
FROM plan_sections(E'前言。这是一段较长的说明文字，介绍调研的背景、过程和主要发现，供参考。
一、基本情况
正文。
二、意见建议
'
    '一、加快产业转型升级,培育新增长极。一是明确方向。
二、坚定推进改革创新,构建新格局。一是深化改革。
');

-- enumerations 一是…二是… and —— bullets are items, not sections
SELECT count(*) FROM plan_sections('一是加快推进百城提质。二是全面推动保障性住房建设。——经济发展再上新台阶。——改革开放迈出新步伐。');

-- unmarked part titles running into the text (common in work reports)
SELECT ord, level, title, kind, role
FROM plan_sections('我代表县人民政府向大会报告工作。2020年工作和“十三五”工作回顾2020年是极不平凡的一年。'
    ' (一)坚持发展。正文。 (二)坚持改革。正文。'
    '我们要不负人民新期待。“十四五”规划和2035年远景目标考虑“十四五”时期是关键五年。'
    '更好维护社会安全稳定。2021年重点工作安排2021年是开局之年。 一、着力防控疫情。正文。');

-- extent: pos/len cover the section up to the next heading of the same
-- or a higher level; substr(doc, pos, len) starts with the label
WITH d(doc) AS (VALUES (E'第一章 总则\n正文一。\n第一节 目标\n正文二。\n第二章 任务\n正文三。'))
SELECT s.ord, s.label, s.pos, s.len, substr(doc, s.pos, s.len) AS extent
FROM d, plan_sections(doc) s;

-- hostile input: no error, no rows or sane rows
SELECT count(*) FROM plan_sections('');
SELECT count(*) FROM plan_sections(repeat('（', 5000) || repeat('“', 5000) || repeat('一、', 3000));
SELECT count(*) FROM plan_sections(repeat('发展', 200000));
SELECT count(*) FROM plan_sentences(repeat('（增长。', 20000));
SELECT count(*) > 0 AS some FROM plan_sections(repeat(E'第一章 总则\n', 1000));
SELECT count(*) FROM plan_sections(NULL);
