/*-------------------------------------------------------------------------
 *
 * pe_name.c
 *	  The name stage of the indicator extractor: the frames around an
 *	  indicator name, as tables of data with the real sentences they decide.
 *
 * Conventions (../shared/gold-dev/README): a name is taken as written next
 * to the number, without verbs and change words; leading scope and time
 * words are dropped, except in the fixed names 全市生产总值 / 全省生产总值 /
 * 全县生产总值.  pe_extract.c cuts the name region at the first predicate
 * word (clean_name); the frames here are what that cut leaves around the
 * name.  Each table entry carries a real sentence (gold-dev, seeds,
 * samples/compare) and the name its figure must get; test/unit/test_name.c
 * extracts every example and checks the name.
 *
 * IDENTIFICATION
 *	  src/core/pe_name.c
 *
 *-------------------------------------------------------------------------
 */
#include "pe_name.h"

#include <string.h>

/*
 * Lead frames, by family:
 *	 list bullets	a bullet opening a line of a summary list;
 *	 subjects		the nation as subject (我国/全国 + the indicator);
 *	 stance words	a connective or a budget verb before the subject.
 */
const pe_name_frame pe_name_lead_frames[] = {
	/* list bullets (03_hubei-gwr-2025-summary) */
	{"●", "●粮食总产达到557亿斤", "粮食总产"},
	{"●", "●经济增长6%左右", "经济"},
	{"●", "●居民消费价格涨幅2%左右", "居民消费价格"},
	/* the nation as subject (national reports and news) */
	{"我国", "我國研發投入強度提高到2.68%。", "研发投入强度"},
	{"我国", "截至2024年末,我國常住人口城鎮化率達67%。", "常住人口城镇化率"},
	{"全国", "目前,全國森林覆蓋率達25.09%。", "森林覆盖率"},
	/* stance words and budget verbs before the subject */
	{"特别是", "特别是农村居民人均可支配收入完成13006元,增长10.5%。",
	 "农村居民人均可支配收入"},
	{"拟安排", "今年擬安排地方政府專項債券3.8萬億元。", "地方政府专项债券"},
	{"拟安排", "拟安排地方政府专项债券4.4万亿元。", "地方政府专项债券"},
	{NULL, NULL, NULL}
};

/*
 * Trail frames, by family:
 *	 result verbs	a change verb with its result complement (增加到 121);
 *	 adverbs		persistence and novelty before the verb (继续, 连年, 首次);
 *	 plan frames	a budget or target frame (赤字率拟按3%安排, GDP目标为增长).
 * Longer frames first where one ends another (将首次 before 首次).
 */
const pe_name_frame pe_name_trail_frames[] = {
	/* result verbs */
	{"增加到", "國內生產總值增加到121萬億元,五年年均增長5.2%。", "国内生产总值"},
	{"降到", "全年国内生产总值增长3%,年末城镇调查失业率降到5.5%。", "城镇调查失业率"},
	{"维持在", "城镇登记失业率持续维持在4%以内。", "城镇登记失业率"},
	/* adverbs */
	{"继续", "●粮食产量继续保持500亿斤以上", "粮食产量"},
	{"连年", "糧食產量連年穩定在1.3萬億斤以上。", "粮食产量"},
	{"持续", "城镇登记失业率持续维持在4%以内。", "城镇登记失业率"},
	{"将首次", "一般公共预算支出规模将首次达到30万亿元。", "一般公共预算支出规模"},
	{"首次", "现代农业高质量发展,农业总产值增速首次突破5%。", "农业总产值增速"},
	/* plan frames */
	{"拟按", "積極的財政政策要加力提效。赤字率擬按3%安排。", "赤字率"},
	{"拟按", "赤字率拟按4%左右安排。", "赤字率"},
	{"目标为", "2023年GDP目標為增長5%左右。", "GDP"},
	{NULL, NULL, NULL}
};

/* scope words kept before a fixed name */
const pe_name_frame pe_name_fixed_scopes[] = {
	{"全市生产总值", "全市生产总值达到5.67万亿元、增长5.4%。", "全市生产总值"},
	{"全省生产总值", "2011年全省国民经济和社会发展主要预期目标为:全省生产总值增长9%左右。",
	 "全省生产总值"},
	{"全县生产总值", "2022年，全县生产总值完成71.3亿元，同比增长8%。", "全县生产总值"},
	{NULL, NULL, NULL}
};

/* length of the lead frame at s[0..n), or 0 */
static size_t
lead_at(const char *s, size_t n)
{
	int			k;

	for (k = 0; pe_name_lead_frames[k].text; k++)
	{
		size_t		l = strlen(pe_name_lead_frames[k].text);

		if (l < n && memcmp(s, pe_name_lead_frames[k].text, l) == 0)
			return l;
	}
	return 0;
}

/* length of the trail frame ending s[0..n), or 0 */
static size_t
trail_at(const char *s, size_t n)
{
	int			k;

	for (k = 0; pe_name_trail_frames[k].text; k++)
	{
		size_t		l = strlen(pe_name_trail_frames[k].text);

		if (l < n && memcmp(s + n - l, pe_name_trail_frames[k].text, l) == 0)
			return l;
	}
	return 0;
}

/* length of a footnote mark ending s[0..n): [2], 〔1〕, or 0 */
static size_t
footnote_at(const char *s, size_t n)
{
	static const char *const marks[][2] = {{"[", "]"}, {"〔", "〕"}, {"［", "］"}};
	size_t		k;

	for (k = 0; k < sizeof(marks) / sizeof(marks[0]); k++)
	{
		size_t		lo = strlen(marks[k][0]),
					lc = strlen(marks[k][1]),
					d = n;

		if (n <= lc || memcmp(s + n - lc, marks[k][1], lc) != 0)
			continue;
		d = n - lc;
		while (d > 0 && s[d - 1] >= '0' && s[d - 1] <= '9' && n - lc - d < 3)
			d--;
		if (d < n - lc && d > lo && memcmp(s + d - lo, marks[k][0], lo) == 0)
			return n - (d - lo);
	}
	return 0;
}

size_t
pe_name_tidy(const char *s, size_t n, size_t *off)
{
	size_t		a = 0,
				m;
	int			changed = 1;

	while (changed)
	{
		changed = 0;
		if ((m = lead_at(s + a, n - a)) != 0)
			a += m, changed = 1;
		if ((m = footnote_at(s + a, n - a)) != 0 || (m = trail_at(s + a, n - a)) != 0)
			n -= m, changed = 1;
	}
	*off = a;
	return n - a;
}

size_t
pe_name_fixed_scope(const char *s, size_t n)
{
	int			k;

	for (k = 0; pe_name_fixed_scopes[k].text; k++)
	{
		size_t		l = strlen(pe_name_fixed_scopes[k].text);

		if (l <= n && memcmp(s, pe_name_fixed_scopes[k].text, l) == 0)
			return 6;			/* 全市: two 3-byte characters */
	}
	return 0;
}

/*
 * Items of a list sharing the last item's tail: in A、B+T the first item
 * ends with the head word that B ends with before its tail T, and takes
 * T as well (城镇居民、农村居民人均可支配收入: 城镇居民 + 人均可支配收入).
 * Real sentences, test/unit/test_name.c:
 *	 城镇居民、农村居民人均可支配收入分别增长7%、7.5% (福建 2023 work report)
 *	 城镇居民、农村居民人均可支配收入预计分别增长4.5%、6.7% (福建 2025)
 *	 城镇居民、农村居民人均可支配收入分别增长5.2%左右、7.6%左右 (福建 2023,
 *	 the 2022 results)
 * The head word is the item's last two characters; it must start after the
 * first character of last and leave a tail of at least two characters.
 * Returns the byte offset of T in last, or 0 when the item takes nothing.
 */
size_t
pe_name_shared_tail(const char *item, size_t il, const char *last, size_t ll)
{
	size_t		h = 0,
				p;
	int			k;

	/* the item's last two characters */
	for (k = 0; k < 2 && h < il; k++)
	{
		h++;
		while (h < il && ((unsigned char) item[il - h] & 0xC0) == 0x80)
			h++;
	}
	if (k < 2 || h >= il || h < 6)
		return 0;
	for (p = 1; p + h + 6 <= ll; p++)
	{
		if (((unsigned char) last[p] & 0xC0) == 0x80 ||
			memcmp(last + p, item + il - h, h) != 0)
			continue;
		return p + h;
	}
	return 0;
}
