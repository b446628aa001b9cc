/*
 * test_row_region.c: a row's own region (pe_region_subject, issue 14).
 * A provincial report that names a city's figure (广州经济总量突破3万亿元
 * in the 广东 report) states the city's figure, not the province's: the
 * row takes the city as its region.  Each sentence below is from a real
 * public page (source beside it); it is run through the whole extractor
 * with the document's region, and the named row must get the region.
 */
#include <stdio.h>
#include <string.h>

#include "pe_arena.h"
#include "pe_extract.h"
#include "pe_region.h"
#include "pe_test.h"

static const struct
{
	const char *doc_region;		/* the document's region (plan_doc_info) */
	const char *text;			/* a real sentence of that document */
	const char *indicator;		/* the row's name */
	const char *region;			/* its own region, NULL: the document's */
} examples[] = {
	/* 广东 2024 work report (samples/compare/guangdong_2024.txt) */
	{"广东省", "广东地区生产总值(GDP)突破13万亿元、增长4.8%,总量连续35年居全国首位,"
	 "广州经济总量突破3万亿元。", "广州经济总量", "广州市"},
	{"广东省", "广东地区生产总值(GDP)突破13万亿元、增长4.8%,总量连续35年居全国首位,"
	 "广州经济总量突破3万亿元。", "广东地区生产总值(GDP)", NULL},
	/* 四川 2022 work report (m.pouringspot.com, 2022-01-18, 四川日报) */
	{"四川省", "极核主干功能不断强化。成都经济总量近2万亿元。", "成都经济总量", "成都市"},
	/* 四川 12th party congress report, 2022 (四川制造, freewechat.com) */
	{"四川省", "“一干多支、五区协同”战略部署深入实施,成都经济总量接近两万亿元,"
	 "七个区域中心城市全部超过两千亿元。", "成都经济总量", "成都市"},
	/* 江苏 2021 work report news (中新网, district.ce.cn 2021-01-26) */
	{"江苏省", "2021年1月19日,江苏连续传来两个大消息,上午,南通市官宣GDP突破一万亿元,"
	 "成为江苏省第四个“万亿俱乐部”城市。", "南通市官宣GDP", "南通市"},
	/* a city report's own name (武汉 2023, samples/compare/wuhan_2023.txt) */
	{"武汉市", "预计2022年武汉地区生产总值增长4.5%左右。", "武汉地区生产总值", NULL},
};

static const char *
row_region(const char *doc_region, const char *text, const char *indicator, int *found)
{
	pe_arena	arena;
	pe_extract_result res;
	const char *r = NULL;
	size_t		j;

	*found = 0;
	pe_arena_init(&arena, NULL);
	pe_extract_indicators(text, strlen(text), 0, &arena, NULL, NULL, &res);
	for (j = 0; j < res.nrows; j++)
		if (strcmp(res.rows[j].indicator, indicator) == 0)
		{
			*found = 1;
			r = pe_region_subject(indicator, strlen(indicator), doc_region, strlen(doc_region));
			break;
		}
	pe_arena_release(&arena);
	return r;
}

int
main(void)
{
	size_t		k;

	for (k = 0; k < sizeof(examples) / sizeof(examples[0]); k++)
	{
		char		label[512];
		int			found;
		const char *r = row_region(examples[k].doc_region, examples[k].text,
								   examples[k].indicator, &found);

		snprintf(label, sizeof(label), "%s: %s -> %s", examples[k].doc_region,
				 examples[k].indicator, examples[k].region ? examples[k].region : "(own)");
		ok(found, label);
		is_str(r, examples[k].region, label);
	}
	/* the rule's edges, on names */
	is_str(pe_region_subject("深圳地区生产总值", strlen("深圳地区生产总值"), "广东省", strlen("广东省")),
		   "深圳市", "a city's short name before the name");
	is_str(pe_region_subject("广州市", strlen("广州市"), "广东省", strlen("广东省")), NULL,
		   "a region alone is no name");
	is_str(pe_region_subject("广东地区生产总值", strlen("广东地区生产总值"), "全国", strlen("全国")),
		   "广东省", "a province in a national report");
	is_str(pe_region_subject("湖北地区生产总值", strlen("湖北地区生产总值"), "武汉市", strlen("武汉市")), NULL,
		   "a region above the document's: kept");
	is_str(pe_region_subject("广州经济总量", strlen("广州经济总量"), "", 0), NULL,
		   "unknown document region: kept");
	is_str(pe_region_subject("地区生产总值", strlen("地区生产总值"), "广东省", strlen("广东省")), NULL,
		   "no region before the name");
	return pe_done_testing();
}
