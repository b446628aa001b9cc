--
-- plan_doc_info and plan_split_documents
--

-- kind, region, year and plan period from the title line
SELECT * FROM plan_doc_info(E'【宝兴县招商】2021年宝兴县政府工作报告\n各位代表：现在，我代表县人民政府，向大会报告政府工作。');
SELECT * FROM plan_doc_info(E'芜湖市弋江区国民经济和社会发展第十四个五年规划和2035年远景目标纲要\n第一章 发展基础\n');
SELECT kind, region, year, period FROM plan_doc_info(E'关于“高质量编制‘十四五’规划”的调研报告\n正文。');
SELECT kind, region, year, period FROM plan_doc_info(E'2020年湖南省国民经济和社会发展统计公报\n2021年3月发布。');
SELECT kind, region, year, period FROM plan_doc_info(E'周口市推进县域经济高质量发展实施方案\n为推进县域经济高质量发展，制定本方案。');
SELECT kind, period, period_start, period_end FROM plan_doc_info('关于“九五”计划的实施意见');

-- the year of a plan comes from its dates, not from 2035年远景目标; the
-- period of a work report is the five-year plan its year falls in
SELECT kind, year, period, period_start, period_end
FROM plan_doc_info(E'关于印发《开发区国民经济和社会发展第十四个五年规划和2035年远景目标纲要》的通知\n驻开政〔2021〕2号\n2021年12月24日\n');
SELECT kind, region, year, period FROM plan_doc_info(E'普洱市政府工作报告\n2021年2月2日在普洱市第四届人民代表大会第五次会议上');

-- nothing known: kind other, the rest NULL
SELECT * FROM plan_doc_info('这是一段普通的文字。');
SELECT * FROM plan_doc_info('');
SELECT (plan_doc_info(NULL)).kind IS NULL AS strict_null;

-- several reports pasted together: one span per document, contiguous
WITH d(doc) AS (VALUES (E'-\n【甲县招商】2021年甲县政府工作报告\n2021年甲县政府工作报告各位代表：一、工作回顾。\n2025-07-08\n-\n'
    '【乙市招商】乙市政府工作报告\n2021年2月2日在乙市人民代表大会上。一、工作回顾。\n2025-07-08\n-\n'
    '丙区政府工作报告\n2021年1月在丙区人民代表大会上。\n'))
SELECT s.ord, s.pos, s.len, (plan_doc_info(substr(doc, s.pos, s.len))).region,
       split_part(substr(doc, s.pos, s.len), E'\n', 1) AS first_line
FROM d, plan_split_documents(doc) s;

-- one document: one span; empty text: none
SELECT * FROM plan_split_documents(E'第一章 总则\n正文。');
SELECT count(*) FROM plan_split_documents('');
SELECT count(*) FROM plan_split_documents(E'\n\n  \n');

-- the outline of pasted documents has one level-0 section per document
SELECT ord, level, label, title, parent
FROM plan_sections(E'【甲县招商】甲县政府工作报告\n报告正文。 一、工作回顾 正文。 二、工作安排 正文。\n2025-07-08\n-\n'
    '【乙市招商】乙市政府工作报告\n报告正文。 一、过去五年工作回顾 正文。\n');
