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

/* ------------------------------------------------------------------ */
/* naming															   */
/* ------------------------------------------------------------------ */

/*
 * Clean a candidate name span [s, e): strip leading scope/time/stance words
 * and years, cut at the first predicate word.  Returns the cleaned span.
 */
void
pe_name_clean(pe_x *x, size_t *ps, size_t *pe)
{
	size_t		s = *ps,
				e = *pe,
				i;
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
	/* cut at the first predicate word */
	for (i = s; i < e; i++)
	{
		size_t		m = any_at_w(x, i, WORDS(predicate_words), &f_predicate);

		if (m)
		{
			/* 增加值 and 增长率 are nouns inside names */
			if (pe_x_at(x, i, "增加值") || (pe_x_at(x, i, "增速") && i + 2 < e) ||
				(pe_x_at(x, i, "为") && i + 1 < e && pe_is_han(x->cp[i + 1]) &&
				 !pe_x_at(x, i + 1, "约")))
				continue;
			if (pe_x_at(x, i, "达") && pe_x_at(x, i + 1, "标"))
				continue;
			/* 比/较 compare only with a period: 比上年, 较2015年 (not 占比下降) */
			if ((pe_x_at(x, i, "比") || pe_x_at(x, i, "较")) &&
				!(pe_x_at(x, i + 1, "上年") || pe_x_at(x, i + 1, "去年") ||
				  pe_x_at(x, i + 1, "同期") || (i + 1 < e && pe_x_digit(x->cp[i + 1]) >= 0)))
				continue;
			if (pe_x_at(x, i, "在") || pe_x_at(x, i, "到") || pe_x_at(x, i, "至") ||
				pe_x_at(x, i, "由") || pe_x_at(x, i, "从") ||
				pe_x_at(x, i, "共") || pe_x_at(x, i, "均"))
			{
				/* single-character predicates only right before digits/words we know */
				size_t		j = i + 1;

				if (!(j < e && (pe_x_digit(x->cp[j]) >= 0 ||
								any_at_w(x, j, WORDS(predicate_words), &f_predicate) ||
								pe_x_any_at(x, j, least_pre, NULL) ||
								pe_x_any_at(x, j, about_pre, NULL))))
					continue;
			}
			e = i;
			break;
		}
	}
	/* trailing punctuation and connectors */
	while (e > s && (x->cp[e - 1] == 0x3001 || x->cp[e - 1] == 0x201C ||
					 x->cp[e - 1] == ' ' || x->cp[e - 1] == 0x3000 ||
					 x->cp[e - 1] == 0x7684 /* 的 */ ))
		e--;
	/* keep the name short: the last 24 characters */
	if (e - s > 24)
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
	return n;
}
