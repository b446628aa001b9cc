/*-------------------------------------------------------------------------
 *
 * pe_name.c
 *	  The name stage of the indicator extractor: the frames around an
 *	  indicator name, as tables of data with the real sentences they decide.
 *
 * Conventions (../shared/gold-dev/README): a name is taken as written next
 * to the number, without verbs and change words; leading scope and time
 * words are dropped, except in the fixed names 全市生产总值 / 全省生产总值 /
 * 全县生产总值.  pe_name_clean (below) cuts the name region at the first
 * predicate word; the frames here are what that cut leaves around the
 * name.  The second half of this file reads the names of a clause's
 * figures in the decoded text (pe_x): the name region, list items
 * (A、B分别), the counted object after a figure (成立7个课题组).  Each table entry carries a real sentence (gold-dev, seeds,
 * samples/compare) and the name its figure must get; test/unit/test_name.c
 * extracts every example and checks the name.
 *
 * IDENTIFICATION
 *	  src/core/pe_name.c
 *
 *-------------------------------------------------------------------------
 */
#include "pe_name.h"
#include "pe_xtext.h"
#include "pe_extract_words.h"

#include <string.h>

#include "pe_arena.h"

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
	{"●", "●预计全省地区生产总值增长6%左右", "地区生产总值"},
	/* the nation as subject (national reports and news) */
	{"我国", "我國研發投入強度提高到2.68%。", "研发投入强度"},
	{"我国", "截至2024年末,我國常住人口城鎮化率達67%。", "常住人口城镇化率"},
	{"全国", "目前,全國森林覆蓋率達25.09%。", "森林覆盖率"},
	/* stance words and budget verbs before the subject */
	{"特别是", "特别是农村居民人均可支配收入完成13006元,增长10.5%。",
	 "农村居民人均可支配收入"},
	{"拟安排", "今年擬安排地方政府專項債券3.8萬億元。", "地方政府专项债券"},
	{"拟安排", "拟安排地方政府专项债券4.4万亿元。", "地方政府专项债券"},
	/* national 2026 report: the Hong Kong digest (15) and a SingTao headline */
	{"拟发行", "拟发行超长期特别国债1.3万亿元", "超长期特别国债"},
	{"拟发行", "擬發行特別國債3000億元", "特别国债"},
	{"安排", "消费：安排超长期特别国债2500亿元支持", "超长期特别国债"},
	{NULL, NULL, NULL}
};

/*
 * Trail frames, by family:
 *	 result verbs	a change verb with its result complement (增加到 121);
 *	 adverbs		persistence and novelty before the verb (继续, 连年, 一直,
 *					首次), and 全年 (the year as a whole: 失业率全年控制在);
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
	{"一直", "城镇就业人员年均新增约1000万人,登记失业率一直控制在4.3%以内。", "登记失业率"},
	/* the year as a whole, between the name and its verb (national 2022) */
	{"全年", "城镇新增就业1100万人以上,城镇调查失业率全年控制在5.5%以内。", "城镇调查失业率"},
	{"将首次", "一般公共预算支出规模将首次达到30万亿元。", "一般公共预算支出规模"},
	{"首次", "现代农业高质量发展,农业总产值增速首次突破5%。", "农业总产值增速"},
	/* the comparison base of a change, left before a change word */
	{"同比", "其中铁路、公路、水路、民航货运量同比分别增长2.6%、3.9%、3.8%和14.5%。", "民航货运量"},
	{"同比", "分类别看,食品烟酒价格同比上涨1.7%,衣着价格上涨0.5%。", "食品烟酒价格"},
	{"同比", "其中铁路、公路、水路、民航货运量同比分别增长1.7%、3.2%、5.1%和26.0%。", "铁路货运量"},
	/* plan frames */
	{"拟按", "積極的財政政策要加力提效。赤字率擬按3%安排。", "赤字率"},
	{"拟按", "赤字率拟按4%左右安排。", "赤字率"},
	{"拟安排", "今年中央預算內投資擬安排7350億元。", "中央预算内投资"},
	{"拟安排", "中央预算内投资拟安排7000亿元。", "中央预算内投资"},
	{"拟安排", "中央预算内投资拟安排6800亿元。", "中央预算内投资"},
	{"目标为", "2023年GDP目標為增長5%左右。", "GDP"},
	{NULL, NULL, NULL}
};

/*
 * Comparison bases that are no name when nothing else is left before the
 * change word: the figure shares the name of the level before it, as
 * after 同比增长 (a predicate word of its own).
 */
const pe_name_frame pe_name_bare_bases[] = {
	{"同比", "2018年,全县地区生产总值完成46.1亿元,同比下降4.3%;规模以上工业增加值完成6.24亿元,同比下降34.9%。",
	 "规模以上工业增加值"},
	{"同比", "商品混凝土產量為1646838立方米,同比下降2.7%;水泥產量為2056791噸,同比增長1.2%。",
	 "商品混凝土产量"},
	{"同比", "全年造林面积19800亩。全年木材产量1868立方米,同比下降90.7%。", "木材产量"},
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

/*
 * Forecast words before a scope word: 预期 / 预计 + 全省, 全市, 全年, 我市 ...
 * and the indicator name.  A report states its estimates and plans with the
 * word in front of the subject (预期全省地区生产总值增长5.5%左右: the name is
 * 地区生产总值).  Stripped only when a scope word follows, because 预期 also
 * opens a name (预期寿命达到78.5岁); 预计 is a lead word anyway
 * (pe_extract_words.h), its sentences are the same family.
 */
const pe_name_frame pe_name_forecast_leads[] = {
	/* 福建 2024 计划执行情况 report, the 2024 targets (samples/compare) */
	{"预期", "提出2024年經濟社會發展主要預期目標:一是增強高質量發展新動能。"
	 "預期全省地區生產總值增長5.5%左右;研發經費投入增長18%以上;", "地区生产总值"},
	/* 四川 2025 work report: the 2024 estimate (samples/compare) */
	{"预计", "预计全省地区生产总值增长5.7%,经济总量超过6.4万亿元。", "地区生产总值"},
	/* 广州 2018 work report (羊城晚报, hkwb.net 2018-01-11) */
	{"预计", "2017年,广州市经济社会发展稳中向好。预计全年地区生产总值2.15万亿元,"
	 "比上年增长7%以上。", "地区生产总值"},
	/* 湖北 2025 summary (03_hubei-gwr-2025-summary) */
	{"预计", "●预计全省地区生产总值增长6%左右", "地区生产总值"},
	{NULL, NULL, NULL}
};

/* 全省 全市 全县 全年 我市 本市 ...: a scope word at code point i */
static int
scope_word_at(const pe_x *x, size_t i, size_t e)
{
	static const uint32_t heads[] = {0x5168 /* 全 */ , 0x6211 /* 我 */ , 0x672C /* 本 */ , 0};
	static const uint32_t tails[] = {
		0x7701 /* 省 */ , 0x5E02 /* 市 */ , 0x53BF /* 县 */ , 0x533A /* 区 */ ,
		0x5DDE /* 州 */ , 0x9547 /* 镇 */ , 0x4E61 /* 乡 */ , 0x65D7 /* 旗 */ ,
		0x76DF /* 盟 */ , 0x57DF /* 域 */ , 0x5E74 /* 年 */ , 0
	};
	int			a = 0,
				b = 0;

	if (i + 1 >= e)
		return 0;
	while (heads[a] && heads[a] != x->cp[i])
		a++;
	while (tails[b] && tails[b] != x->cp[i + 1])
		b++;
	return heads[a] != 0 && tails[b] != 0;
}

/*
 * Length in code points of a forecast word at s that a scope word and at
 * least two characters of a name follow (before e), else 0.
 */
static size_t
forecast_lead_at(const pe_x *x, size_t s, size_t e)
{
	int			k;

	for (k = 0; pe_name_forecast_leads[k].text; k++)
	{
		size_t		m = pe_x_at(x, s, pe_name_forecast_leads[k].text);

		if (m && s + m + 4 <= e && scope_word_at(x, s + m, e) &&
			pe_is_han(x->cp[s + m + 2]) && pe_is_han(x->cp[s + m + 3]))
			return m;
	}
	return 0;
}

/* length of the lead frame at s[0..n), or 0 */
static size_t
lead_at(const char *s, size_t n)
{
	int			k;

	if (n < 2)
		return 0;
	for (k = 0; pe_name_lead_frames[k].text; k++)
	{
		const char *t = pe_name_lead_frames[k].text;
		size_t		l;

		/* the first two bytes before the whole frame */
		if (t[0] != s[0] || (t[1] != '\0' && t[1] != s[1]))
			continue;
		l = strlen(t);
		if (l < n && memcmp(s, t, l) == 0)
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
		const char *t = pe_name_trail_frames[k].text;
		size_t		l = strlen(t);

		/* the last byte before the whole frame */
		if (l < n && t[l - 1] == s[n - 1] && memcmp(s + n - l, t, l) == 0)
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

/*
 * A ratio described in words with its name in parentheses after it: the
 * name is the parenthesised one.  城镇人口占总人口比重(常住人口城镇化率)为
 * 50.68% (松原 2024 communiqué); 城鎮常住人口81347萬人,占總人口比重(常住
 * 人口城鎮化率)為58.52% (NBS 2017 communiqué, news of 2018-02-28); 城镇常住
 * 人口84843万人,占总人口比重(常住人口城镇化率)为60。60 (NBS 2019, as a
 * news page copies it).  Returns the inner name's offset and sets *len, or
 * returns 0 when s[0..n) is no such name.
 */
static size_t
alias_at(const char *s, size_t n, size_t *len)
{
	static const char *const opens[] = {"(", "（"};
	static const char *const closes[] = {")", "）"};
	size_t		k;

	for (k = 0; k < 2; k++)
	{
		size_t		lc = strlen(closes[k]),
					lo = strlen(opens[k]),
					i;

		if (n <= lc || memcmp(s + n - lc, closes[k], lc) != 0)
			continue;
		for (i = n - lc; i > 0; i--)
			if (i >= lo && memcmp(s + i - lo, opens[k], lo) == 0)
				break;
		if (i < lo || memcmp(s + i - lo, opens[k], lo) != 0)
			continue;
		/* before: …比重; inside: …率, two characters at least */
		if (i - lo >= 6 && memcmp(s + i - lo - 6, "比重", 6) == 0 &&
			n - lc - i >= 6 && memcmp(s + n - lc - 3, "率", 3) == 0)
		{
			*len = n - lc - i;
			return i;
		}
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
	{
		size_t		l,
					i = alias_at(s + a, n - a, &l);

		if (i)
		{
			*off = a + i;
			return l;
		}
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
 * Head words shared by a distributed list (gold README: 生活用品和服务、医疗
 * 保健…价格分别上涨… gives each item with the shared head, 医疗保健价格).
 * The last item of the list carries the head; an earlier item that lacks it
 * gets it.  Longer heads first (居民人均可支配收入 before 人均可支配收入).
 * Each head has three real sentences: two go through the whole extractor
 * in test/unit/test_name.c (example and name), the others are cited here.
 *
 *	 价格			交通通信、食品烟酒、衣着价格分别下降3.8%、1.8%、0.5% (松原 2024);
 *					生活用品和服务、医疗保健、教育文化和娱乐、其他用品和服务价格分别
 *					上涨0.9%、1.0%、0.6%、4.6% (松原 2024); 交通和通信、衣着、其他
 *					用品和服务价格分别下降1.5%、0.3%和0.2% (NBS CPI, 2020-02)
 *	 居民人均可支配收入	城镇和农村居民人均可支配收入分别达到36583元和17736元 (霍邱
 *					2024); 城镇、农村居民人均可支配收入年均分别增长8%、8.8% (seeds
 *					002); 城镇、农村居民人均可支配收入分别增长7.5%、9.4% (seeds 002)
 *	 人均可支配收入	城镇居民、农村居民人均可支配收入分别增长7%、7.5% (seeds 002)
 *	 货运量			铁路、公路、水路、民航货运量同比分别增长2.6%、3.9%、3.8%和14.5%
 *					(交通运输部, 2025-09); 铁路、公路、水路、民航货运量同比分别增长
 *					1.7%、3.2%、5.1%和26.0% (交通运输部, 2024-09)
 *	 营业收入		仓储、邮政业营业收入分别增长25.8%、19.7% (samples/compare)
 */
const pe_name_frame pe_name_heads[] = {
	{"价格", "交通通信、食品烟酒、衣着价格分别下降3.8%、1.8%、0.5%。", "食品烟酒价格"},
	{"价格", "生活用品和服务、医疗保健、教育文化和娱乐、其他用品和服务价格分别上涨0.9%、1.0%、0.6%、4.6%。",
	 "教育文化和娱乐价格"},
	{"价格", "交通和通信、衣着、其他用品和服务价格分别下降1.5%、0.3%和0.2%。", "交通和通信价格"},
	{"居民人均可支配收入", "城镇和农村居民人均可支配收入分别达到36583元和17736元。",
	 "城镇居民人均可支配收入"},
	{"居民人均可支配收入", "城镇、农村居民人均可支配收入年均分别增长8%、8.8%。",
	 "城镇居民人均可支配收入"},
	{"人均可支配收入", "城镇居民、农村居民人均可支配收入分别增长7%、7.5%。",
	 "城镇居民人均可支配收入"},
	{"货运量", "其中铁路、公路、水路、民航货运量同比分别增长2.6%、3.9%、3.8%和14.5%。",
	 "公路货运量"},
	{"货运量", "其中铁路、公路、水路、民航货运量同比分别增长1.7%、3.2%、5.1%和26.0%。",
	 "民航货运量"},
	{"营业收入", "仓储、邮政业营业收入分别增长25.8%、19.7%。", "仓储营业收入"},
	{NULL, NULL, NULL}
};

/*
 * Last characters of a name that is complete without the head: 全市游客
 * 接待量、旅游总收入分别增长8%、7% (量), 港口货物吞吐量、港口集装箱吞吐量
 * 年均分别增长6.1%、5.9% (量, 广州 2021), 快递业务收入、快递业务量 (入),
 * 工业技改投资、高新技术产业投资 (资).
 */
static const char *const complete_ends[] = {
	"量", "额", "率", "值", "入", "出", "资", "数", "积", "重", "度", "费",
	"金", "款", "模", "比", "价", "格", NULL
};

static int
ends_with(const char *s, size_t n, const char *t, size_t l)
{
	return l <= n && memcmp(s + n - l, t, l) == 0;
}

static int
complete_name(const char *s, size_t n)
{
	int			k;

	for (k = 0; complete_ends[k]; k++)
		if (ends_with(s, n, complete_ends[k], strlen(complete_ends[k])))
			return 1;
	return 0;
}

/* the item with head h appended, sharing an overlap (城镇居民 + 居民人均…) */
static char *
with_head(pe_arena *arena, const char *it, const char *h)
{
	size_t		n = strlen(it),
				l = strlen(h),
				k;
	char	   *o;

	for (k = l; k > 0; k--)
		if ((((unsigned char) h[k]) & 0xC0) != 0x80 && ends_with(it, n, h, k))
			break;
	if (k == l)
		k = 0;
	o = pe_arena_alloc(arena, n + l - k + 1);
	if (!o)
		return NULL;
	memcpy(o, it, n);
	memcpy(o + n, h + k, l - k + 1);
	return o;
}

int
pe_name_share_head(char **items, int n, pe_arena *arena)
{
	const char *last;
	size_t		ll;
	int			k,
				j,
				done = 0;

	if (n < 2)
		return 0;
	last = items[n - 1];
	{
		size_t		off;

		ll = pe_name_tidy(last, strlen(last), &off);
		last += off;
	}
	for (k = 0; pe_name_heads[k].text; k++)
	{
		const char *h = pe_name_heads[k].text;
		size_t		l = strlen(h);

		if (ll <= l || !ends_with(last, ll, h, l))
			continue;
		for (j = 0; j < n - 1; j++)
		{
			size_t		m = strlen(items[j]);
			char	   *o;

			if (m == 0 || ends_with(items[j], m, h, l) || complete_name(items[j], m))
				continue;
			if ((o = with_head(arena, items[j], h)) != NULL)
				items[j] = o, done++;
		}
		break;
	}
	return done;
}

/* ------------------------------------------------------------------ */
/* naming															   */
/* ------------------------------------------------------------------ */

/*
 * Strip the leading scope, time and stance words, years (2021年, 到2025年
 * 底) and commas of [s, e), and a leading verb before its object; returns
 * the new start.  A fixed name keeps its scope.
 */
static size_t
name_strip_lead(pe_x *x, size_t s, size_t e)
{
	int			changed = 1;

	while (changed && s < e)
	{
		size_t		m;

		changed = 0;
		/* 2021年, 到2025年, 到“十四五”末 */
		if ((m = pe_x_at(x, s, "到")) || (m = pe_x_at(x, s, "至")) || 1)
		{
			size_t		j = s + m;
			size_t		d = j;

			while (d < e && pe_x_digit(x->cp[d]) >= 0)
				d++;
			if (d > j && d < e && x->cp[d] == 0x5E74 /* 年 */ )
			{
				s = d + 1;
				if (s < e && (x->cp[s] == 0x5E95 || x->cp[s] == 0x672B))	/* 底 末 */
					s++;
				changed = 1;
				continue;
			}
		}
		/* 全市生产总值: a fixed name keeps its scope (pe_name.c) */
		if (pe_name_fixed_scope(x->doc + x->boff[s], x->boff[e] - x->boff[s]))
			break;
		/* 预期全省地区生产总值: the forecast word before a scope word */
		if ((m = forecast_lead_at(x, s, e)) != 0)
		{
			s += m;
			changed = 1;
			continue;
		}
		if ((m = any_at_w(x, s, WORDS(lead_words), &f_lead)) && s + m <= e)
		{
			s += m;
			changed = 1;
			continue;
		}
		if (x->cp[s] == ',' || x->cp[s] == 0xFF0C || x->cp[s] == 0x3001)
		{
			s++;
			changed = 1;
		}
	}
	/* a verb before its object: 保持出境断面水质达标率100% */
	{
		static const char *const lead_verbs[] = {
			"保持", "达到", "提高", "提升", "突破", "稳定", NULL
		};
		size_t		m = pe_x_any_at(x, s, lead_verbs, NULL);

		if (m && s + m + 2 <= e && pe_is_han(x->cp[s + m]) &&
			!any_at_w(x, s + m, WORDS(predicate_words), &f_predicate) &&
			pe_is_han(x->cp[s + m + 1]))
			s += m;
	}
	return s;
}

/*
 * Is the predicate word at i (before e) part of the name rather than its
 * end: 增加值, 达标, 超长期, 比 without a period, and single-character
 * predicates not before a digit or a word we know.
 */
static int
name_predicate_inside(pe_x *x, size_t i, size_t e)
{
	/* 增加值 and 增长率 are nouns inside names */
	if (pe_x_at(x, i, "增加值") || pe_x_at(x, i, "增长率") ||
		(pe_x_at(x, i, "增速") && i + 2 < e) ||
		(pe_x_at(x, i, "为") && i + 1 < e && pe_is_han(x->cp[i + 1]) &&
		 !pe_x_at(x, i + 1, "约")))
		return 1;
	if (pe_x_at(x, i, "达") && pe_x_at(x, i + 1, "标"))
		return 1;
	/* 超长期特别国债: an adjective, not 超 (national 2026) */
	if (pe_x_at(x, i, "超长期"))
		return 1;
	/* 比/较 compare only with a period: 比上年, 较2015年 (not 占比下降) */
	if ((pe_x_at(x, i, "比") || pe_x_at(x, i, "较")) &&
		!(pe_x_at(x, i + 1, "上年") || pe_x_at(x, i + 1, "去年") ||
		  pe_x_at(x, i + 1, "同期") || (i + 1 < e && pe_x_digit(x->cp[i + 1]) >= 0)))
		return 1;
	/*
	 * 近 (nearly) ends a name only right before its figure (the end of the
	 * name region or a digit): 核酸检测近32万人次,
	 * 货运周转量近400亿吨 (seed 002); 就近办 and 逼近 keep it
	 */
	if (pe_x_at(x, i, "近") &&
		((i + 1 < e && pe_x_digit(x->cp[i + 1]) < 0) ||
		 (i > 0 && x->cp[i - 1] == 0x903C /* 逼 */ )))
		return 1;
	if (pe_x_at(x, i, "在") || pe_x_at(x, i, "到") || pe_x_at(x, i, "至") ||
		pe_x_at(x, i, "由") || pe_x_at(x, i, "从") ||
		pe_x_at(x, i, "共") || pe_x_at(x, i, "均") ||
		pe_x_at(x, i, "将") || pe_x_at(x, i, "要"))
	{
		/*
		 * single-character predicates only right before digits/words we
		 * know: the modal 将/要 before its verb (全市生产总值将达到, 服务业总规模要迈上)
		 * but not 主要污染物, 将来
		 */
		size_t		j = i + 1;

		if (!(j < e && (pe_x_digit(x->cp[j]) >= 0 ||
						any_at_w(x, j, WORDS(predicate_words), &f_predicate) ||
						pe_x_any_at(x, j, least_pre, NULL) ||
						pe_x_any_at(x, j, about_pre, NULL))))
			return 1;
	}
	return 0;
}

/*
 * Cut [s, e) at its first predicate word, then drop trailing punctuation,
 * connectors and 的; returns the new end.
 */
static size_t
name_cut_predicate(pe_x *x, size_t s, size_t e)
{
	size_t		i;

	/* cut at the first predicate word */
	for (i = s; i < e; i++)
	{
		if (any_at_w(x, i, WORDS(predicate_words), &f_predicate) &&
			!name_predicate_inside(x, i, e) && !pe_change_noun_at(x, i, e))
		{
			e = i;
			break;
		}
	}
	/* trailing punctuation and connectors */
	while (e > s && (x->cp[e - 1] == 0x3001 || x->cp[e - 1] == 0x201C ||
					 x->cp[e - 1] == ' ' || x->cp[e - 1] == 0x3000 ||
					 x->cp[e - 1] == 0x7684 /* 的 */ ))
		e--;
	return e;
}

/*
 * Keep the name [s, e) short (end0: the end before cleaning); returns the
 * new start.
 */
static size_t
name_shorten(pe_x *x, size_t s, size_t e, size_t end0)
{
	/*
	 * keep the name short: the last 24 characters, except a list of items
	 * separated by 、 before 分别 or 均, kept whole up to 48 (生活用品和服务、
	 * 医疗保健、教育文化和娱乐、其他用品和服务价格分别上涨…)
	 */
	if (e - s > 24 && e - s <= 48 && pe_x_find(x, s, e, "、") != (size_t) -1 &&
		(pe_x_find(x, e, end0, "分别") != (size_t) -1 || pe_x_find(x, e, end0, "均") != (size_t) -1))
		;
	else if (e - s > 24)
	{
		size_t		c = e - 24,
					k;

		/* prefer to start after a list separator or 等 */
		for (k = c; k < e; k++)
			if (x->cp[k] == 0x3001 || x->cp[k] == ',' || x->cp[k] == 0xFF0C)
			{
				c = k + 1;
				break;
			}
		s = c;
	}
	return s;
}

/* is [s, e) a comparison base alone (同比 before 下降)? */
static int
name_is_bare_base(pe_x *x, size_t s, size_t e)
{
	int			k;

	for (k = 0; pe_name_bare_bases[k].text; k++)
		if (pe_x_at(x, s, pe_name_bare_bases[k].text) == e - s && e > s)
			return 1;
	return 0;
}

/*
 * Clean a candidate name span [s, e): strip leading scope/time/stance words
 * and years, cut at the first predicate word.  Returns the cleaned span.
 */
void
pe_name_clean(pe_x *x, size_t *ps, size_t *pe)
{
	size_t		s = *ps,
				e = *pe;

	s = name_strip_lead(x, s, e);
	e = name_cut_predicate(x, s, e);
	if (name_is_bare_base(x, s, e))
		e = s;
	s = name_shorten(x, s, e, *pe);
	*ps = s;
	*pe = e;
}

/* name text with quotes/brackets removed */
char *
pe_name_text(pe_x *x, size_t s, size_t e, size_t s2, size_t e2)
{
	size_t		cap = (e > s ? x->boff[e] - x->boff[s] : 0) +
		(e2 > s2 ? x->boff[e2] - x->boff[s2] : 0) + 1;
	char	   *out = pe_arena_alloc(x->arena, cap);
	size_t		o = 0,
				i;
	int			pass;

	if (!out)
		return (char *) "";
	for (pass = 0; pass < 2; pass++)
	{
		size_t		a = pass ? s2 : s,
					b = pass ? e2 : e;

		for (i = a; i < b; i++)
		{
			uint32_t	c = x->cp[i];
			size_t		bl = x->boff[i + 1] - x->boff[i];

			if (c == 0x201C || c == 0x201D || c == '"' || c == 0x300A ||
				c == 0x300B || c == ' ' || c == 0x3000 || c == 0x3010 || c == 0x3011)
				continue;
			memcpy(out + o, x->doc + x->boff[i], bl);
			o += bl;
		}
	}
	out[o] = '\0';
	return out;
}

/* characters that abbreviate a pair of names: 存、贷款 进、出口 城、乡 */
static const char *const pair_chars[] = {
	"存", "贷", "进", "出", "城", "乡", "工", "农", "中", "小", "大", "初", "高",
	"男", "女", "水", "电", "气", "内", "外", "收", "支", "产", "销", NULL
};

/*
 * Split a subject into items: "固定资产投资、规模工业增加值" -> 2 items,
 * "城乡居民人均可支配收入" -> 城镇居民…, 农村居民…, "金融机构人民币存、贷款余额"
 * -> 存款余额, 贷款余额, "COD、氨氮等减排比例" -> COD减排比例, 氨氮减排比例.
 * Returns the number of items (at most max), names in out[].
 */
int
pe_name_split(pe_x *x, size_t s, size_t e, int want, char **out, int max)
{
	size_t		seps[8];
	int			nsep = 0,
				n = 0,
				k;
	size_t		i,
				deng = (size_t) -1;

	if (e <= s)
		return 0;
	/* 城乡居民 -> 城镇居民 / 农村居民 */
	if (want == 2 && (i = pe_x_find(x, s, e, "城乡居民")) != (size_t) -1)
	{
		char	   *pre = pe_name_text(x, s, i, 0, 0);
		char	   *post = pe_name_text(x, i + 2, e, 0, 0);
		size_t		lp = strlen(pre),
					lq = strlen(post);

		out[0] = pe_arena_alloc(x->arena, lp + lq + 7);
		out[1] = pe_arena_alloc(x->arena, lp + lq + 7);
		if (!out[0] || !out[1])
			return 0;
		memcpy(out[0], pre, lp);
		memcpy(out[0] + lp, "城镇", 6);
		memcpy(out[0] + lp + 6, post, lq + 1);
		memcpy(out[1], pre, lp);
		memcpy(out[1] + lp, "农村", 6);
		memcpy(out[1] + lp + 6, post, lq + 1);
		return 2;
	}
	for (i = s; i < e && nsep < 8; i++)
	{
		if (x->cp[i] == 0x3001 || x->cp[i] == 0x548C /* 和 */ ||
			(x->cp[i] == 0x53CA /* 及 */ && !pe_x_at(x, i, "及以")))
			seps[nsep++] = i;
		if (x->cp[i] == 0x7B49 /* 等 */ )
			deng = i;
	}
	/*
	 * 和 and 及 inside items (生活用品和服务、医疗保健、教育文化和娱乐、其他用品
	 * 和服务价格分别上涨…4 figures): when the count of items is off and 、
	 * separates the list, only 、 separates it
	 */
	if (nsep > 0 && nsep + 1 != want)
	{
		int			nd = 0,
					inner = x->cp[seps[0]] != 0x3001;

		for (k = 0; k < nsep; k++)
			if (x->cp[seps[k]] == 0x3001)
				seps[nd++] = seps[k];
		/* with one figure (均), only when 和 sits inside an earlier item */
		if (nd > 0 && nd < nsep &&
			(nd + 1 == want || (want == 1 && inner)))
			nsep = nd;
	}
	if (nsep == 0 || nsep + 1 > max)
		return 0;
	if (deng != (size_t) -1 && deng > seps[nsep - 1])
	{
		/* A、B等C: items A+C, B+C */
		size_t		a = s;

		for (k = 0; k <= nsep; k++)
		{
			size_t		b = k < nsep ? seps[k] : deng;

			out[n++] = pe_name_text(x, a, b, deng + 1, e);
			a = b + 1;
		}
		return n;
	}
	{
		size_t		a = s;
		size_t		last_s = seps[nsep - 1] + 1;
		size_t		first_len = seps[0] - s;

		/*
		 * 存、贷款余额, 进、出口总额: a one-character item before 、 pairs
		 * with the first character after it; both share the text before
		 * (金融机构人民币) and the tail after (款余额).
		 */
		(void) first_len;
		if (nsep == 1 && x->cp[seps[0]] == 0x3001 && e - last_s > 2 &&
			pe_x_any_at(x, seps[0] - 1, pair_chars, NULL) &&
			(seps[0] - 1 == s || !pe_x_any_at(x, seps[0] - 2, pair_chars, NULL)))
		{
			char	   *pre = pe_name_text(x, s, seps[0] - 1, 0, 0);
			char	   *a = pe_name_text(x, seps[0] - 1, seps[0], last_s + 1, e);
			char	   *b = pe_name_text(x, last_s, e, 0, 0);
			size_t		lp = strlen(pre);

			out[0] = pe_arena_alloc(x->arena, lp + strlen(a) + 1);
			out[1] = pe_arena_alloc(x->arena, lp + strlen(b) + 1);
			if (!out[0] || !out[1])
				return 0;
			memcpy(out[0], pre, lp);
			strcpy(out[0] + lp, a);
			memcpy(out[1], pre, lp);
			strcpy(out[1] + lp, b);
			return 2;
		}
		for (k = 0; k <= nsep; k++)
		{
			size_t		b = k < nsep ? seps[k] : e;

			out[n++] = pe_name_text(x, a, b, 0, 0);
			a = b + 1;
		}
	}
	/* the head of the last item is every item's: 衣着价格 */
	pe_name_share_head(out, n, x->arena);
	/* 城镇居民、农村居民人均可支配收入: 城镇居民 takes the tail too */
	for (k = 0; k + 1 < n && out[k] && out[n - 1]; k++)
	{
		size_t		t = pe_name_shared_tail(out[k], strlen(out[k]),
											out[n - 1], strlen(out[n - 1]));
		size_t		l0 = strlen(out[k]),
					l1 = strlen(out[n - 1] + t);
		char	   *j = t ? pe_arena_alloc(x->arena, l0 + l1 + 1) : NULL;

		if (j)
		{
			memcpy(j, out[k], l0);
			memcpy(j + l0, out[n - 1] + t, l1 + 1);
			out[k] = j;
		}
	}
	return n;
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
