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
-- each piece has its own facts: plan_doc_info of the piece
WITH d(doc) AS (VALUES (E'-\n【甲县招商】2021年甲县政府工作报告\n2021年甲县政府工作报告各位代表：一、工作回顾。\n2025-07-08\n-\n'
    '【乙市招商】乙市政府工作报告\n——2022年2月2日在乙市第四届人民代表大会第五次会议上\n各位代表：现在，我代表市人民政府向大会报告工作。\n2025-07-08\n-\n'
    '丙区政府工作报告\n2021年1月在丙区人民代表大会上。\n'))
SELECT s.ord, i.region, i.level, i.type, i.report_year, i.session
FROM d, plan_split_documents(doc) s, plan_doc_info(substr(doc, s.pos, s.len)) i;

-- one document: one span; empty text: none
SELECT * FROM plan_split_documents(E'第一章 总则\n正文。');
SELECT count(*) FROM plan_split_documents('');
SELECT count(*) FROM plan_split_documents(E'\n\n  \n');

-- the outline of pasted documents has one level-0 section per document
SELECT ord, level, label, title, parent
FROM plan_sections(E'【甲县招商】甲县政府工作报告\n报告正文。 一、工作回顾 正文。 二、工作安排 正文。\n2025-07-08\n-\n'
    '【乙市招商】乙市政府工作报告\n报告正文。 一、过去五年工作回顾 正文。\n');

--
-- issue 12: level, type, report year, delivery date and 人大 session from
-- the opening of real reports and news pages
--
SET datestyle = ISO;
-- the national report: 第十四届全国人民代表大会第三次会议 -> 2025, region 全国
-- (PDF text: blanks inside the date line)
SELECT region, level, type, report_year, date, session, session_year, title
FROM plan_doc_info(E'Page 2 - 政府工作报告\nP. 2\n政府工作报告\n——2025 年 3 月 5 日在第十四届全国人民代表大会第三次会议上\n国务院总理 李强\n各位代表:\n现在,我代表国务院,向大会报告政府工作,请予审议,并请全\n国政协委员提出意见。\n一、2024 年工作回顾');
-- a municipality is a province-level region; the session line breaks
SELECT region, level, type, report_year, date, session, title
FROM plan_doc_info(E'2023-01-29 16:07\n政 府 工 作 报 告\n——2023年1月15日在北京市第十六届\n人民代表大会第一次会议上\n北京市代市长 殷 勇\n一、过去五年工作回顾\n各位代表!三年来,面对起伏延宕的世纪疫情,我们认真贯彻落实党中央决策部署');
-- a county report whose date line gives the year; the name is not a title
SELECT region, level, type, report_year, date, session, title
FROM plan_doc_info(E'政 府 工 作 报 告\n——2024年1月6日在霍邱县第十八届\n人民代表大会第三次会议上\n县长 韦能武\n各位代表:\n现在,我代表县人民政府向大会作工作报告,请予审议,并请县政协委员和其他列席人员提出意见。\n一、2023年主要工作回顾');
-- a plan report delivered to a provincial session (受…委托): annual_plan
SELECT region, level, type, report_year, date, session
FROM plan_doc_info(E'——2022年1月22日在福建省第十三届人民代表大会\n第六次会议上\n福建省发展和改革委员会\n各位代表:\n受福建省人民政府委托,现将福建省2021年国民经济和社会发展计划执行情况及2022年国民经济和社会发展计划草案提请省十三届人大六次会议审议,并请省政协各位委员和其他列席人员提出意见。');
-- Traditional characters: 十四屆全國人大一次會議 -> 2023; a news digest
SELECT region, level, type, report_year, date, session_year, title
FROM plan_doc_info(E'兩岸焦點社會政治\n\n2023年GDP目標為增長5%左右\n\n文/@新華社\n\n人大政府工作報告極簡版來了!只有700字\n\n3月5日,李克強總理向十四屆全國人大一次會議作政府工作報告,要點如下:\n\n一、過去一年和五年工作回顧\n\n過去一年:\n\n全年國內生產總值增長3%');
-- news of a December session: the report is for the next year (2022年主要预期目标)
SELECT region, level, type, report_year, date, session, title
FROM plan_doc_info(E'石嘴山市第十五届人民代表大会第一次会议开幕\n人民网银川12月28日电 (梁宏鑫)今天上午,宁夏石嘴山市第十五届人民代表大会第一次会议开幕。石嘴山市委副书记、代市长王伟代表市人民政府向大会作政府工作报告。\n王伟说,2022年是实施“十四五”规划的重要一年,也是新一届政府的开局之年。2022年主要预期目标是:地区生产总值增长7%,固定资产投资增长8%以上');
-- a news page: its date line gives the year; the city from the session
SELECT region, level, type, report_year, date, session
FROM plan_doc_info(E'日期: 2023-01-05 09:49:22 来源:湖北新闻\n1月5日,武汉市第十五届人民代表大会第二次会议开幕,武汉市市长程用文作《政府工作报告》。《政府工作报告》显示,预计2022年武汉地区生产总值增长4.5%左右,总量达到1.9万亿元左右。记者:向昊');
-- a notice issuing the plan: the title is the plan; the date line is the signing date
SELECT region, level, type, report_year, date, session, title
FROM plan_doc_info(E'新乡市人民政府关于印发新乡市2024年国民经济和社会发展计划的通知\n\n发布日期: 2024-04-02\n\n各县(市)、区人民政府,市人民政府各部门:\n\n《新乡市2024年国民经济和社会发展计划》已经市十四届人大二次会议审议通过,现印发给你们,请认真组织实施。\n\n2024年3月19日\n');
-- a communiqué with no title: the statistics year, no report year stated
SELECT region, level, type, year, report_year, date
FROM plan_doc_info(E'2024年是实现“十四五”规划目标任务的关键一年。面对宏观环境的深刻变化,松原市坚持以高质量发展为主线。全市经济运行总体稳中向好。\n一、综合\n初步核算,全年全市实现地区生产总值1002.18亿元,按可比价格计算,比上年增长3.8%。');
-- the date in Chinese numerals; a short form of a province (湖北 = 湖北省)
SELECT region, level, report_year, date
FROM plan_doc_info(E'湖北省政府工作报告\n——二○二二年一月二十一日在湖北省第十三届人民代表大会第六次会议上\n各位代表：现在，我代表省人民政府，向大会报告工作。');
SELECT region, level, report_year FROM plan_doc_info(E'各位代表：现在，我代表省人民政府向大会报告工作。过去一年，湖北经济总量迈上新台阶，湖北人民……全省地区生产总值增长6%左右。\n2023年主要预期目标是：全省地区生产总值增长6.5%左右。');
