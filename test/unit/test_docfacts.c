/*
 * test_docfacts.c: document facts (issue 12): dates, 人大 sessions, the
 * region table, and pe_doc_info's level, type, report year and date on
 * the openings of real reports and news pages (each example's source is
 * a public page; the gold-dev gate covers more).
 */
#include <stdio.h>
#include <string.h>

#include "pe_docdate.h"
#include "pe_docinfo.h"
#include "pe_region.h"
#include "pe_test.h"

static char subbuf[512];

static const char *
sub(const char *s, size_t a, size_t b)
{
	size_t		n = b > a ? b - a : 0;

	if (n >= sizeof(subbuf))
		n = sizeof(subbuf) - 1;
	memcpy(subbuf, s + a, n);
	subbuf[n] = '\0';
	return subbuf;
}

/* the date readers: text, year, month, day (0 0 0: no date) */
static const struct
{
	const char *text;
	int			partial;
	int			y,
				m,
				d;
}			dates[] = {
	{"2022年1月21日在", 0, 2022, 1, 21},
	{"2025 年 3 月 5 日在第十四届", 0, 2025, 3, 5},
	{"二○二二年一月二十一日", 0, 2022, 1, 21},
	{"二〇二三年十二月三十一日", 0, 2023, 12, 31},
	{"2022-01-21 10:00", 0, 2022, 1, 21},
	{"2025年01月17日", 0, 2025, 1, 17},
	{"1月11日在", 1, 0, 1, 11},
	{"1月11日在", 0, 0, 0, 0},
	{"2021年3月发布", 1, 2021, 3, 0},
	{"2021年3月发布", 0, 0, 0, 0},
	{"20250年", 0, 0, 0, 0},
	{"2022-13-01", 0, 0, 0, 0},
	{"1.5万亿元", 1, 0, 0, 0},
};

static void
test_dates(void)
{
	size_t		k;

	for (k = 0; k < sizeof(dates) / sizeof(dates[0]); k++)
	{
		pe_date		d;
		int			got = pe_date_at(dates[k].text, strlen(dates[k].text), 0,
									 dates[k].partial, &d);
		char		name[160];

		snprintf(name, sizeof(name), "date %s%s", dates[k].text,
				 dates[k].partial ? " (partial allowed)" : "");
		if (dates[k].m == 0)
			ok(!got, name);
		else
			ok(got && d.year == dates[k].y && d.month == dates[k].m && d.day == dates[k].d,
			   name);
	}
}

static void
test_sessions(void)
{
	pe_session	ss;
	const char *s;

	is_int(pe_npc_session_year(13, 1), 2018, "13th NPC 1st session 2018");
	is_int(pe_npc_session_year(13, 5), 2022, "13th NPC 5th session 2022");
	is_int(pe_npc_session_year(14, 1), 2023, "14th NPC 1st session 2023");
	is_int(pe_npc_session_year(14, 4), 2026, "14th NPC 4th session 2026");
	is_int(pe_npc_session_year(6, 1), 1983, "6th NPC 1983");
	/* provincial-level congresses: terms from the 2023 table (devgold 08, 北京 2023, 广东 2024) */
	{
		static const struct
		{
			const char *text;
			int			year;
		}			ps[] = {
			{"上海市第十六届人大二次会议1月23日上午在世博中心开幕。", 2024},
			{"2023年1月15日在北京市第十六届人民代表大会第一次会议上", 2023},
			{"——2024年1月23日在广东省第十四届人民代表大会第二次会议上", 2024},
			{"在广东省第十三届人民代表大会第五次会议上", 2022},
			{"在福州市第十六届人民代表大会第四次会议上", 0},
		};
		size_t		k;

		for (k = 0; k < sizeof(ps) / sizeof(ps[0]); k++)
		{
			pe_session	se;

			pe_session_find(ps[k].text, strlen(ps[k].text), &se);
			is_int(se.year, ps[k].year, ps[k].text);
		}
	}
	is_int(pe_province_session_year("重庆市", 6, 3), 2025, "重庆 6th term 3rd session 2025");
	is_int(pe_province_session_year("上海市", 10, 1), 0, "a term before 2003: unknown");
	is_int(pe_npc_session_year(5, 3), 1980, "5th NPC 3rd session 1980");
	is_int(pe_npc_session_year(1, 1), 1954, "1st NPC 1954");
	is_int(pe_npc_session_year(14, 6), 0, "no sixth session");

	s = "——2022年3月5日在第十三届全国人民代表大会第五次会议上";
	ok(pe_session_find(s, strlen(s), &ss) && ss.national && ss.term == 13 &&
	   ss.number == 5 && ss.year == 2022, "第十三届全国人民代表大会第五次会议 -> 2022");
	s = "3月5日，李克强总理向十四届全国人大一次会议作政府工作报告";
	ok(pe_session_find(s, strlen(s), &ss) && ss.national && ss.year == 2023,
	   "十四届全国人大一次会议 -> 2023");
	s = "在福州市第十六届人民代表大会第一次会议上";
	ok(pe_session_find(s, strlen(s), &ss) && !ss.national && ss.term == 16 && ss.year == 0,
	   "a city session: no year from the term");
	is_str(sub(s, ss.region_start, ss.region_end), "福州市", "the session's region");
	s = "今天上午,宁夏石嘴山市第十五届人民代表大会第一次会议开幕";
	ok(pe_session_find(s, strlen(s), &ss), "石嘴山市 session");
	is_str(sub(s, ss.region_start, ss.region_end), "石嘴山市", "the known name, not 宁夏石嘴山市");
	s = "深圳市第七届人大六次会议于2月25日上午9时开幕";
	ok(pe_session_find(s, strlen(s), &ss) && ss.term == 7 && ss.number == 6, "第七届人大六次会议");
	s = "在霍邱县第十八届\n人民代表大会第三次会议上";
	ok(pe_session_find(s, strlen(s), &ss) && ss.term == 18 && ss.number == 3,
	   "a session line broken by PDF text");
	s = "已经市十四届人大二次会议审议通过";
	ok(pe_session_find(s, strlen(s), &ss) && ss.region_end == ss.region_start &&
	   ss.level_end > ss.level_start, "市十四届人大: a level, no region");
	s = "市十四届人大常委会第十次会议";
	ok(!pe_session_find(s, strlen(s), &ss), "a standing committee meeting is no session");
}

static void
test_regions(void)
{
	const pe_region_entry *e;

	e = pe_region_lookup("重庆", strlen("重庆"));
	ok(e && strcmp(pe_region_full(e), "重庆市") == 0 && e->level == PE_LEVEL_PROVINCE,
	   "重庆 = 重庆市, province level");
	e = pe_region_lookup("湖北", strlen("湖北"));
	ok(e && strcmp(pe_region_full(e), "湖北省") == 0, "湖北 = 湖北省");
	e = pe_region_lookup("广西", strlen("广西"));
	ok(e && strcmp(pe_region_full(e), "广西壮族自治区") == 0, "广西 = 广西壮族自治区");
	e = pe_region_lookup("霍邱县", strlen("霍邱县"));
	ok(e && e->level == PE_LEVEL_COUNTY, "霍邱县 is a county");
	e = pe_region_lookup("海淀区", strlen("海淀区"));
	ok(e && e->level == PE_LEVEL_DISTRICT, "海淀区 is a district");
	e = pe_region_lookup("深圳", strlen("深圳"));
	ok(e && strcmp(pe_region_full(e), "深圳市") == 0 && e->level == PE_LEVEL_CITY,
	   "深圳 = 深圳市");
	ok(pe_region_lookup("城市", strlen("城市")) == NULL, "城市 is no region");
	ok(pe_region_lookup("地区", strlen("地区")) == NULL, "地区 is no region");
	is_int(pe_region_suffix_level("普洱市", strlen("普洱市")), PE_LEVEL_CITY, "suffix 市");
	is_int(pe_region_suffix_level("宁夏回族自治区", strlen("宁夏回族自治区")),
		   PE_LEVEL_PROVINCE, "suffix 自治区");
}

/* whole openings: region, level, type, report year, date */
static const struct
{
	const char *text;
	const char *region;
	pe_doc_level level;
	pe_doc_type type;
	int			report_year;
	int			y,
				m,
				d;
}			docs[] = {
	/* a national report (PDF text) */
	{"政府工作报告\n——2025 年 3 月 5 日在第十四届全国人民代表大会第三次会议上\n国务院总理 李强\n各位代表:\n现在,我代表国务院,向大会报告政府工作",
	 "全国", PE_LEVEL_NATIONAL, PE_TYPE_GWR, 2025, 2025, 3, 5},
	/* Beijing 2023: a municipality is province level */
	{"政 府 工 作 报 告\n——2023年1月15日在北京市第十六届\n人民代表大会第一次会议上\n北京市代市长 殷 勇\n各位代表!三年来",
	 "北京市", PE_LEVEL_PROVINCE, PE_TYPE_GWR, 2023, 2023, 1, 15},
	/* a news page in Traditional characters */
	{"人大政府工作報告極簡版來了!只有700字\n\n3月5日,李克強總理向十四屆全國人大一次會議作政府工作報告,要點如下:",
	 "全国", PE_LEVEL_NATIONAL, PE_TYPE_NEWS_SUMMARY, 2023, 0, 0, 0},
	/* a news page: the year from 2025年…的总体要求 */
	{"1月13日,济南市第十八届人民代表大会第四次会议开幕,会上作政府工作报告。\n报告中指出,2025年济南市经济社会发展的总体要求是:坚持以习近平新时代中国特色社会主义思想为指导",
	 "济南市", PE_LEVEL_CITY, PE_TYPE_NEWS_SUMMARY, 2025, 0, 0, 0},
	/* a review paper: 我国, the page's date */
	{"2025年10月02日08:16 來源:人民網-人民日報\n“十四五”時期,我國經濟總量連續跨越110萬億元。2024年,我國研發投入強度提高到2.68%。",
	 "全国", PE_LEVEL_NATIONAL, PE_TYPE_OTHER, 2025, 2025, 10, 2},
	/* a page titled by the State Council's report, the review first */
	{"2022年国务院政府工作报告\n\n2021年，我国国内生产总值达到114万亿元，增长8.1%。全国财政收入突破20万亿元，增长10.7%。",
	 "全国", PE_LEVEL_NATIONAL, PE_TYPE_GWR, 2022, 0, 0, 0},
	/* a December session reports on the next year */
	{"政府工作报告\n——2021年12月28日在石嘴山市第十五届人民代表大会第一次会议上\n各位代表:现在,我代表市人民政府向大会报告工作",
	 "石嘴山市", PE_LEVEL_CITY, PE_TYPE_GWR, 2022, 2021, 12, 28},
	/* a province named by its short form only; 全省 */
	{"各位代表：现在，我代表省人民政府向大会报告工作。过去一年，湖北经济总量迈上新台阶，湖北人民……全省地区生产总值增长6%左右。\n2023年主要预期目标是：",
	 "湖北省", PE_LEVEL_PROVINCE, PE_TYPE_GWR, 2023, 0, 0, 0},
	/* 全省 alone: a level, no region */
	{"政府工作报告摘要与导读\n\n长江日报 2025年01月17日\n\n■ 2024年成绩单\n\n●预计全省地区生产总值增长6%左右",
	 NULL, PE_LEVEL_PROVINCE, PE_TYPE_NEWS_SUMMARY, 2025, 2025, 1, 17},
};

static void
test_docs(void)
{
	size_t		k;

	for (k = 0; k < sizeof(docs) / sizeof(docs[0]); k++)
	{
		pe_doc_info d;
		char		buf[128];
		char		name[200];
		const char *r;

		pe_doc_info_get(docs[k].text, strlen(docs[k].text), &d);
		r = pe_doc_region(docs[k].text, &d, buf, sizeof(buf));
		snprintf(name, sizeof(name), "doc %d: region", (int) k);
		is_str(r, docs[k].region, name);
		snprintf(name, sizeof(name), "doc %d: level", (int) k);
		is_int(d.level, docs[k].level, name);
		snprintf(name, sizeof(name), "doc %d: type %s", (int) k, pe_doc_type_name(d.type));
		is_int(d.type, docs[k].type, name);
		snprintf(name, sizeof(name), "doc %d: report year", (int) k);
		is_int(d.report_year, docs[k].report_year, name);
		snprintf(name, sizeof(name), "doc %d: date", (int) k);
		ok(d.date.year == docs[k].y && d.date.month == docs[k].m && d.date.day == docs[k].d, name);
	}
}

/* any bytes: no crash, spans inside the text */
static void
test_robust(void)
{
	static const char junk[] = "\xE5\xB1\x8A\xE5\xB1\x8A第届人大次会议\xFF\xFE——2022年年月日在\xE5";
	pe_doc_info d;

	pe_doc_info_get(junk, sizeof(junk) - 1, &d);
	ok(d.region_end <= sizeof(junk) - 1 && d.title_end <= sizeof(junk) - 1 &&
	   d.date.end <= sizeof(junk) - 1, "invalid UTF-8: spans stay inside");
	pe_doc_info_get("", 0, &d);
	ok(d.level == PE_LEVEL_UNKNOWN && d.report_year == 0 && d.region_name == NULL, "empty text");
}

int
main(void)
{
	test_dates();
	test_sessions();
	test_regions();
	test_docs();
	test_robust();
	return pe_done_testing();
}
