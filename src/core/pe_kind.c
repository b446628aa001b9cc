/*-------------------------------------------------------------------------
 *
 * pe_kind.c
 *	  The kind stage of the indicator extractor: is a figure a target or an
 *	  actual (a result), and which year does it refer to?
 *
 * Three layers decide, each with a precedence (PE_CUE_RANK_*):
 *
 *	 document	the document's type (pe_docinfo.c via pe_doc_facts): a plan
 *				outline states targets, a work report or a communiqué
 *				results, unless a cue says otherwise (rank 0);
 *	 section	a heading-like sentence opening (一、2023年工作回顾, 今年主要
 *				预期目标是:) switches the running context (section_cues,
 *				rank 1; rank 3 for the sentence that holds the cue);
 *	 clause		cue words inside a clause (clause_cues): a target stance
 *				(力争, 确保, 拟, 计划; rank 3) beats an actual cue (比上年,
 *				同比, 初步核算, 按可比价格计算; rank 2), which beats the
 *				section and document context; an explicit time (到2025年,
 *				2020年, 去年, 今年; rank 4) beats everything.
 *
 * A qualifier (以上, 左右) never decides the kind: "增长6%左右" in a review
 * is a result.  The cue tables are data: each clause cue carries a real
 * sentence it decides, and test/unit/test_extract.c runs every one of them
 * against the context it must overrule.
 *
 * IDENTIFICATION
 *	  src/core/pe_kind.c
 *
 *-------------------------------------------------------------------------
 */
#include "pe_kind.h"
#include "pe_docinfo.h"
#include "pe_xtext.h"

#include <string.h>

/*
 * Section cues: a heading-like opening holding one of these sets the
 * running context.  The first code point is spelled out so that matching
 * compares whole cues only where their first character stands (checked by
 * pe_kind_tables_check).
 */
static const pe_cue section_cues[] = {
	{0x5DE5, "工作回顾", PE_KIND_ACTUAL, PE_CUE_RANK_SECTION, NULL},
	{0x53D1, "发展回顾", PE_KIND_ACTUAL, PE_CUE_RANK_SECTION, NULL},
	{0x56DE, "回顾", PE_KIND_ACTUAL, PE_CUE_RANK_SECTION, NULL},
	{0x4E00, "一年来", PE_KIND_ACTUAL, PE_CUE_RANK_SECTION, NULL},
	{0x4E94, "五年来", PE_KIND_ACTUAL, PE_CUE_RANK_SECTION, NULL},
	{0x8FC7, "过去五年", PE_KIND_ACTUAL, PE_CUE_RANK_SECTION, NULL},
	{0x8FC7, "过去一年", PE_KIND_ACTUAL, PE_CUE_RANK_SECTION, NULL},
	{0x4E3B, "主要成就", PE_KIND_ACTUAL, PE_CUE_RANK_SECTION, NULL},
	{0x5341, "十三五”时期", PE_KIND_ACTUAL, PE_CUE_RANK_SECTION, NULL},
	{0x5341, "十三五”期间", PE_KIND_ACTUAL, PE_CUE_RANK_SECTION, NULL},
	{0x5341, "十三五”以来", PE_KIND_ACTUAL, PE_CUE_RANK_SECTION, NULL},
	{0x5341, "十三五时期", PE_KIND_ACTUAL, PE_CUE_RANK_SECTION, NULL},
	{0x5341, "十三五期间", PE_KIND_ACTUAL, PE_CUE_RANK_SECTION, NULL},
	{0x201C, "“十三五”", PE_KIND_ACTUAL, PE_CUE_RANK_SECTION, NULL},
	{0x53BB, "去年", PE_KIND_ACTUAL, PE_CUE_RANK_SECTION, NULL},
	{0x76EE, "目标任务", PE_KIND_TARGET, PE_CUE_RANK_SECTION, NULL},
	{0x4E3B, "主要目标", PE_KIND_TARGET, PE_CUE_RANK_SECTION, NULL},
	{0x9884, "预期目标", PE_KIND_TARGET, PE_CUE_RANK_SECTION, NULL},
	{0x594B, "奋斗目标", PE_KIND_TARGET, PE_CUE_RANK_SECTION, NULL},
	{0x53D1, "发展目标", PE_KIND_TARGET, PE_CUE_RANK_SECTION, NULL},
	{0x9884, "预期指标", PE_KIND_TARGET, PE_CUE_RANK_SECTION, NULL},
	{0x4E3B, "主要指标", PE_KIND_TARGET, PE_CUE_RANK_SECTION, NULL},
	{0x5DE5, "工作安排", PE_KIND_TARGET, PE_CUE_RANK_SECTION, NULL},
	{0x91CD, "重点工作", PE_KIND_TARGET, PE_CUE_RANK_SECTION, NULL},
	{0x603B, "总体要求", PE_KIND_TARGET, PE_CUE_RANK_SECTION, NULL},
	{0x4ECA, "今后五年", PE_KIND_TARGET, PE_CUE_RANK_SECTION, NULL},
	{0x4ECA, "今年", PE_KIND_TARGET, PE_CUE_RANK_SECTION, NULL},
	{0x5341, "十四五”时期", PE_KIND_TARGET, PE_CUE_RANK_SECTION, NULL},
	{0x5341, "十四五”期间", PE_KIND_TARGET, PE_CUE_RANK_SECTION, NULL},
	{0x5341, "十四五时期", PE_KIND_TARGET, PE_CUE_RANK_SECTION, NULL},
	{0x4E3B, "主要任务", PE_KIND_TARGET, PE_CUE_RANK_SECTION, NULL},
	{0x6307, "指导思想", PE_KIND_TARGET, PE_CUE_RANK_SECTION, NULL},
	{0x660E, "明年", PE_KIND_TARGET, PE_CUE_RANK_SECTION, NULL},
	{0, NULL, PE_KIND_ACTUAL, 0, NULL}
};

/*
 * Clause cues, in precedence order within a clause.  The example is a
 * real sentence (seeds, gold-dev, or a public report page) that the cue
 * decides against the opposite context; the unit tests run them all.
 *
 * Target stances (rank 3): 力争, 确保, 拟, 计划 (a verb, not 行动计划),
 * 预期 (before a goal or a change: 预期目标, 预期增长), 目标 (outside a
 * review: 完成全年目标 is a result).
 * Actual cues (rank 2): a comparison with the year before (比上年, 较上年,
 * 比去年, 较去年, 同比) and the statistician's accounting (初步核算,
 * 初步测算, 统一核算, 按可比价格计算, 按不变价格计算) state results,
 * and so does 预计: a report delivered early in year Y estimates year Y-1
 * before the statistics are final (预计全省地区生产总值增长5.7%, 四川 2025;
 * 预计2022年武汉地区生产总值增长4.5%左右, 武汉 2023; 研发投入强度预计提升0.65个
 * 百分点, 湖南).  A goal is 预期, never 预计.
 */
const pe_cue pe_clause_cues[] = {
	{0x529B, "力争", PE_KIND_TARGET, PE_CUE_RANK_STANCE,
	"力争全县常态化储备项目总投资保持在5000亿元以上。"},
	{0x786E, "确保", PE_KIND_TARGET, PE_CUE_RANK_STANCE,
	"确保全年空气质量优良率达95%以上。"},
	{0x62DF, "拟", PE_KIND_TARGET, PE_CUE_RANK_STANCE,
	"拟安排地方政府专项债券4.4万亿元。"},
	{0x8BA1, "计划", PE_KIND_TARGET, PE_CUE_RANK_STANCE,
	"计划总投资约309.63亿元。"},
	{0x9884, "预期", PE_KIND_TARGET, PE_CUE_RANK_STANCE,
	"地区生产总值预期增长6%左右。"},
	{0x76EE, "目标", PE_KIND_TARGET, PE_CUE_RANK_STANCE,
	"2023年GDP目標為增長5%左右。"},
	{0x6BD4, "比上年", PE_KIND_ACTUAL, PE_CUE_RANK_ACTUAL,
	"全年全市居民消费价格比上年下降0.7%。"},
	{0x8F83, "较上年", PE_KIND_ACTUAL, PE_CUE_RANK_ACTUAL,
	"全年实现一般公共预算收入12.6亿元,较上年增长32.9%。"},
	{0x6BD4, "比去年", PE_KIND_ACTUAL, PE_CUE_RANK_ACTUAL,
	"拉动GDP增长3.4个百分点,比去年同期提高0.6个百分点。"},
	{0x8F83, "较去年", PE_KIND_ACTUAL, PE_CUE_RANK_ACTUAL,
	"第三产业经济增长的贡献率达到33.5%,较去年同期提高8.7个百分点。"},
	{0x540C, "同比", PE_KIND_ACTUAL, PE_CUE_RANK_ACTUAL,
	"全区实现地区生产总值434.01亿元,同比增长2.7%。"},
	{0x521D, "初步核算", PE_KIND_ACTUAL, PE_CUE_RANK_ACTUAL,
	"初步核算,全市实现地区生产总值3347.6亿元。"},
	{0x521D, "初步测算", PE_KIND_ACTUAL, PE_CUE_RANK_ACTUAL,
	"据初步测算,全市实现生产总值617.50亿元。"},
	{0x7EDF, "统一核算", PE_KIND_ACTUAL, PE_CUE_RANK_ACTUAL,
	"根据地区生产总值统一核算结果,一季度,全市生产总值714.73亿元。"},
	{0x6309, "按可比价格", PE_KIND_ACTUAL, PE_CUE_RANK_ACTUAL,
	"全市实现地区生产总值545.0亿元,按可比价格计算,同比增长10.2%。"},
	{0x6309, "按不变价格", PE_KIND_ACTUAL, PE_CUE_RANK_ACTUAL,
	"全市生产总值714.73亿元,按不变价格计算,增长5.6%。"},
	{0x9884, "预计", PE_KIND_ACTUAL, PE_CUE_RANK_ACTUAL,
	"预计全省地区生产总值增长5.7%,经济总量超过6.4万亿元。"},
	{0, NULL, PE_KIND_ACTUAL, 0, NULL}
};

/*
 * Estimate cues beside an explicit year: "2021年,预计实现地区生产总值56.6
 * 亿元" and "预计2022年武汉地区生产总值增长4.5%左右" estimate that year's
 * result before the statistics are final, so the year is one reported,
 * whatever year the report itself is of.  They decide the year where the
 * report year is unknown (a passage with no date line) and the year would
 * otherwise be taken for a target year of the plan period.  A cue counts
 * right after the year's 年 (a comma or a space between: after = 1) or
 * right before the year (after = 0); each entry carries a real sentence
 * (二道江 2022, test/data/devgold; 武汉 2023, a news page; a county's
 * review of the 十五 period, www.wnwk.com/doc/701595.html).
 */
const pe_estimate_cue pe_estimate_cues[] = {
	{"预计", 1, "2021年,预计实现地区生产总值56.6亿元,固定资产投资7亿元,全口径财政收入3.4亿元。"},
	{"预计", 0, "预计2022年武汉地区生产总值增长4.5%左右,总量达到1.9万亿元左右。"},
	{"预计", 0, "预计2023年实现生产总值95亿元,按可比价格计算,年均增长19%。"},
	{NULL, 0, NULL}
};

/*
 * Is the year at i (its 年 ending at ye) marked as estimated?  The cue
 * after the year may open the next clause ("2021年," is a clause of its own).
 */
static int
year_estimated(pe_x *x, size_t i, size_t ye)
{
	size_t		j = ye,
				e = x->n;
	int			k;

	if (j < e && (x->cp[j] == ',' || x->cp[j] == 0xFF0C || x->cp[j] == ' '))
		j++;
	for (k = 0; pe_estimate_cues[k].text; k++)
		if (pe_estimate_cues[k].after ? j < e && pe_x_at(x, j, pe_estimate_cues[k].text) :
			pe_x_before(x, i, pe_estimate_cues[k].text) != 0)
			return 1;
	return 0;
}

/* the cue of table t at i: its length (0: none), its index in *which */
static inline size_t
cue_at(const pe_x *x, size_t i, const pe_cue *t, int *which)
{
	uint32_t	c = x->cp[i];
	int			k;

	if (c < 0x4E00 && c != 0x201C)
		return 0;
	for (k = 0; t[k].text; k++)
	{
		size_t		m;

		if (t[k].first == c && (m = pe_x_at(x, i, t[k].text)) != 0)
		{
			*which = k;
			return m;
		}
	}
	return 0;
}

/*
 * 0 when every cue's first code point is right and f_section_cue and
 * f_clause_cue (generated by gen_extract_filters.py) hold exactly those of
 * section_cues and pe_clause_cues, else
 * 1 + the index of the wrong cue (1000 for the filter)
 */
int
pe_kind_tables_check(void)
{
	const pe_cue *const tables[] = {section_cues, pe_clause_cues};
	pe_filter	f;
	int			t,
				k;

	for (t = 0; t < 2; t++)
	{
		memset(&f, 0, sizeof(f));
		for (k = 0; tables[t][k].text; k++)
			f.bits[(tables[t][k].first & 4095) >> 6] |=
				(uint64_t) 1 << (tables[t][k].first & 63);
		if (memcmp(&f, t ? &f_clause_cue : &f_section_cue, sizeof(f)) != 0)
			return 1000;
	}

	for (t = 0; t < 2; t++)
		for (k = 0; tables[t][k].text; k++)
		{
			const unsigned char *u = (const unsigned char *) tables[t][k].text;
			uint32_t	c;

			if (u[0] < 0xE0 || u[0] >= 0xF0)
				return 1 + k;
			c = ((uint32_t) (u[0] & 0x0F) << 12) | ((uint32_t) (u[1] & 0x3F) << 6) | (u[2] & 0x3F);
			if (c != tables[t][k].first)
				return 1 + k;
		}
	return 0;
}

/* ------------------------------------------------------------------ */
/* time: years written in the text                                    */
/* ------------------------------------------------------------------ */

/* 4-digit year written at i (followed by 年), else 0 */
int
pe_x_year_at(const pe_x *x, size_t i)
{
	int			y = 0,
				k;

	for (k = 0; k < 4; k++)
	{
		int			d = i + k < x->n ? pe_x_digit(x->cp[i + k]) : -1;

		if (d < 0)
			return 0;
		y = y * 10 + d;
	}
	if (i > 0 && pe_x_digit(x->cp[i - 1]) >= 0)
		return 0;
	if (i + 4 >= x->n)
		return 0;
	/* PDF text: "2025 年 3 月" */
	if (x->cp[i + 4] != 0x5E74 /* 年 */ &&
		!(x->cp[i + 4] == ' ' && i + 5 < x->n && x->cp[i + 5] == 0x5E74))
		return 0;
	if (y < 1949 || y > 2100)
		return 0;
	return y;
}

/* the character after the 年 of a pe_x_year_at year at i */
size_t
pe_x_year_end(const pe_x *x, size_t i)
{
	return x->cp[i + 4] == ' ' ? i + 6 : i + 5;
}

static const char *const enum_chars[] = {
	"一", "二", "三", "四", "五", "六", "七", "八", "九", "十", NULL
};

/*
 * The last year whose figures a document reports as results: the year
 * before a work report's year, a communiqué's own year.
 */
int
pe_kind_last_actual(const pe_xdoc *d)
{
	return d->communique ? d->report_year : d->report_year - 1;
}

/* does the cue name the five-year period (→ plan end year)? */
static int
cue_is_period(pe_x *x, size_t s, size_t e)
{
	return pe_x_find(x, s, e, "十四五”时期") != (size_t) -1 ||
		pe_x_find(x, s, e, "十四五”期间") != (size_t) -1 ||
		pe_x_find(x, s, e, "十四五”主要") != (size_t) -1 ||
		pe_x_find(x, s, e, "十四五”发展") != (size_t) -1 ||
		pe_x_find(x, s, e, "十四五时期") != (size_t) -1 ||
		pe_x_find(x, s, e, "到2025年") != (size_t) -1 ||
		pe_x_find(x, s, e, "今后五年") != (size_t) -1 ||
		pe_x_find(x, s, e, "未来五年") != (size_t) -1;
}

/*
 * Last year of the five-year plan named first in [s, e) (十三五 → 2020,
 * 十四五 → 2025, 十五五 → 2030), else 0.
 */
static int
fyp_end_in(pe_x *x, size_t s, size_t e)
{
	static const char *const ord[] = {"十一五", "十二五", "十三五", "十四五", "十五五", "十六五", NULL};
	size_t		i;

	for (i = s; i + 3 <= e; i++)
	{
		int			k;

		if (x->cp[i] != 0x5341 /* 十 */ )
			continue;
		if (pe_x_any_at(x, i, ord, &k))
			return pe_fyp_start_year(11 + k) + 4;
	}
	return 0;
}

/*
 * A target cue at t that names a goal reached: 主要目标任务顺利完成,
 * 完成全年目标任务, 实现了预期目标.
 */
static int
goal_reached(pe_x *x, size_t t, size_t e)
{
	static const char *const done[] = {"顺利完成", "全面完成", "圆满完成", "胜利完成",
	"完成", "实现", "超额完成", NULL};
	static const char *const will[] = {"确保", "力争", "努力", "争取", "要", "将", NULL};
	size_t		i,
				lo = t > 8 ? t - 8 : 0;

	for (i = t; i > lo && !pe_x_sentence_end(x->cp[i - 1]); i--)
		if (pe_x_any_at(x, i - 1, will, NULL))
			return 0;
	for (i = t + 2; i < e && i < t + 10; i++)
	{
		if (pe_x_sep(x->cp[i]) || pe_x_sentence_end(x->cp[i]))
			break;
		if (pe_x_any_at(x, i, done, NULL))
			return 1;
	}
	for (i = t; i > lo; i--)
	{
		if (pe_x_sep(x->cp[i - 1]) || pe_x_sentence_end(x->cp[i - 1]))
			break;
		if (pe_x_any_before(x, i, done, NULL))
			return 1;
	}
	return 0;
}

/*
 * Update the running context from the start of a sentence [s, e): a
 * heading-like opening ("一、2020年工作回顾", "“十四五”时期主要目标任务",
 * "今年经济社会发展主要预期目标是") switches between actual and target.
 */
int
pe_kind_sentence(pe_x *x, pe_xdoc *d, size_t s, size_t e)
{
	size_t		w = s + 24 < e ? s + 24 : e;
	size_t		i,
				best_r = (size_t) -1,
				best_t = (size_t) -1,
				best_r_len = 0,
				best_t_len = 0,
				intro;
	int			fy;

	/*
	 * Section cues count only in a heading-like opening: the sentence
	 * starts a line or follows a blank, or the cue opens the sentence
	 * (after an enumerator such as 一、 or (二)).
	 */
	{
		size_t		o = s;
		int			headish;

		while (o < e && (x->cp[o] == ' ' || x->cp[o] == 0x3000 || x->cp[o] == '\t'))
			o++;
		headish = (s == 0 || x->cp[s - 1] == '\n' || o > s ||
				   (s > 1 && (x->cp[s - 2] == ' ' || x->cp[s - 2] == 0x3000)));
		{
			size_t		q = o;

			while (q < e && q < o + 4 && (x->cp[q] == '(' || x->cp[q] == 0xFF08 ||
										  x->cp[q] == ')' || x->cp[q] == 0xFF09 ||
										  x->cp[q] == 0x3001 || x->cp[q] == 0x201C ||
										  (x->cp[q] >= 0x4E00 && pe_x_any_at(x, q, enum_chars, NULL))))
				q++;
						for (i = o; i < w && (headish || i <= q + 1); i++)
			{
				size_t		m;

				int			c;

				if (filter_has(&f_section_cue, x->cp[i]) &&
					(m = cue_at(x, i, section_cues, &c)) && i + m <= w)
				{
					if (section_cues[c].kind == PE_KIND_ACTUAL && best_r == (size_t) -1)
					{
						best_r = i;
						best_r_len = m;
					}
					else if (section_cues[c].kind == PE_KIND_TARGET && best_t == (size_t) -1)
					{
						best_t = i;
						best_t_len = m;
					}
				}
			}
		}
	}
	/* a target list introduced anywhere: "…主要预期目标是:" */
	intro = (size_t) -1;
	for (i = s; i < e; i++)
	{
		if (x->cp[i] != 0x76EE /* 目 */ && x->cp[i] != 0x6307 /* 指 */ )
			continue;
		if (pe_x_at(x, i, "目标是") || pe_x_at(x, i, "目标为") ||
			pe_x_at(x, i, "目标建议为") || pe_x_at(x, i, "指标是") ||
			pe_x_at(x, i, "目标:") || pe_x_at(x, i, "目标：") ||
			pe_x_at(x, i, "目标要求是"))
		{
			intro = i;
			break;
		}
	}
	if (intro != (size_t) -1 && intro < best_t)
	{
		best_t = intro;
		best_t_len = 3;
	}
	/* 主要目标任务顺利完成, 完成全年目标任务: a goal reached is a result */
	if (best_t != (size_t) -1 && goal_reached(x, best_t, e))
	{
		best_t = (size_t) -1;
		if (best_r == (size_t) -1)
		{
			best_r = s;
			best_r_len = 0;
		}
	}
	/* "2024年是…关键一年": a frame naming the year, whatever it mentions */
	if (pe_x_year_at(x, s) && pe_x_year_end(x, s) < e && pe_x_at(x, pe_x_year_end(x, s), "是"))
		best_r = best_t = (size_t) -1;
	/* a communiqué reports results throughout */
	if (d->communique)
		best_t = (size_t) -1;
	if (best_r == (size_t) -1 && best_t == (size_t) -1)
	{
		/* a sentence opening with a year: "2020年,…" / "2021年,…" */
		int			y = pe_x_year_at(x, s);
		size_t		ye = y ? pe_x_year_end(x, s) : s;

		if (y && !d->report_year && ye < e && (pe_x_sep(x->cp[ye]) || pe_x_at(x, ye, "是")))
		{
			d->ctx_year = y;
			d->ctx_why = pe_why_at(PE_WHY_OPEN_YEAR, s, ye - s);
			return 0;
		}
		if (y && d->report_year && ye < e && (pe_x_sep(x->cp[ye]) ||
											  pe_x_at(x, ye, "是")))
		{
			if (y <= pe_kind_last_actual(d))
			{
				d->ctx_kind = PE_KIND_ACTUAL;
				d->ctx_year = y;
			}
			else
			{
				d->ctx_kind = PE_KIND_TARGET;
				d->ctx_year = y;
			}
			d->ctx_rank = PE_CUE_RANK_SECTION;
			d->ctx_why = pe_why_at(PE_WHY_OPEN_YEAR, s, ye - s);
		}
		return 0;
	}
	if (best_t != (size_t) -1 && (best_r == (size_t) -1 || best_t < best_r))
	{
		size_t		ce = intro != (size_t) -1 ? intro + 3 : w;
		int			y = 0;

		d->ctx_kind = PE_KIND_TARGET;
		d->ctx_rank = PE_CUE_RANK_SECTION;
		/* the year nearest the cue: "根据十四五规划,…2021年…预期目标是" */
		for (i = s; i < ce && i < e; i++)
		{
			int			yy = pe_x_year_at(x, i);

			/* 2035年远景目标 names the vision, not these targets */
			if (yy && !pe_x_at(x, i + 5, "远景"))
				y = yy;
		}
		if (y)
			d->ctx_year = y;
		else if ((fy = fyp_end_in(x, s, ce < e ? ce : e)) > 0 &&
				 (!d->report_year || fy >= d->report_year))
			d->ctx_year = fy;	/* "十五五"时期主要目标 → 2030 */
		else if (cue_is_period(x, s, ce < e ? ce : e) && d->plan_end)
			d->ctx_year = d->plan_end;
		else
			d->ctx_year = d->is_plan ? d->plan_end : d->report_year;
		d->ctx_why = pe_why_at(y ? PE_WHY_TARGET_YEAR : fy > 0 && d->ctx_year == fy ? PE_WHY_TARGET_FYP :
							   d->ctx_year == d->plan_end && d->plan_end ? PE_WHY_TARGET_PLAN :
							   PE_WHY_TARGET_REPORT, best_t, best_t_len);
		return 1;
	}
	else
	{
		int			y = 0;

		d->ctx_kind = PE_KIND_ACTUAL;
		d->ctx_rank = PE_CUE_RANK_SECTION;
		/* "一、2025年工作回顾": the year named */
		for (i = s; i < w && !y; i++)
			if (!(i > 0 && (x->cp[i - 1] == 0x6BD4 /* 比 */ || x->cp[i - 1] == 0x8F83 /* 较 */ )))
				y = pe_x_year_at(x, i);
		d->ctx_why = pe_why_at(best_r_len ? PE_WHY_REVIEW_LAST : PE_WHY_GOAL_REACHED, best_r, best_r_len);
		if (y && (!d->report_year || y <= d->report_year))
		{
			d->ctx_year = y;
			d->ctx_why.rule = PE_WHY_REVIEW_YEAR;
		}
		else if ((fy = fyp_end_in(x, s, w)) > 0 && fy < (d->report_year ? d->report_year : 9999))
		{
			d->ctx_year = fy;	/* 十三五时期 → 2020 */
			d->ctx_why.rule = PE_WHY_REVIEW_FYP;
		}
		else if (pe_x_find(x, s, w, "五年") != (size_t) -1 ||
				 pe_x_find(x, s, w, "5年") != (size_t) -1)
			/* 过去五年: the span ends with the last year reported */
			d->ctx_year = d->report_year ? pe_kind_last_actual(d) :
				(d->plan_end ? d->plan_end - 5 : 0);
		else
			d->ctx_year = d->report_year ? pe_kind_last_actual(d) :
				(d->plan_end ? d->plan_end - 5 : 0);
	}
	return 0;
}

/* may c start a clause cue or a time cue (a digit, 到, 至, 去, 今, 明)? */
static inline int
clause_cue_start(uint32_t c)
{
	int			k;

	if (pe_x_digit(c) >= 0)
		return 1;
	if (c < 0x4E00)
		return 0;
	if (c == 0x5230 /* 到 */ || c == 0x81F3 /* 至 */ || c == 0x53BB /* 去 */ ||
		c == 0x4ECA /* 今 */ || c == 0x660E /* 明 */ )
		return 1;
	if (!filter_has(&f_clause_cue, c))
		return 0;
	for (k = 0; pe_clause_cues[k].text; k++)
		if (pe_clause_cues[k].first == c)
			return 1;
	return 0;
}

/*
 * Is the clause cue at i (index k of pe_clause_cues) a word other than
 * the cue: 稳预期 (a noun), 行动计划, 需要; 目标 in a review (完成全年目标)?
 */
static int
cue_is_other_word(pe_x *x, pe_xdoc *d, size_t i, size_t e, int k)
{
	const char *t = pe_clause_cues[k].text;

	if (strcmp(t, "预期") == 0)
		return !(pe_x_at(x, i + 2, "目标") || pe_x_at(x, i + 2, "增长") ||
				 pe_x_at(x, i + 2, "达到") || pe_x_at(x, i + 2, "实现") ||
				 pe_x_at(x, i + 2, "完成") ||
				 (i + 2 < e && pe_x_digit(x->cp[i + 2]) >= 0));
	if (strcmp(t, "计划") == 0)
		return i >= 2 &&
			(pe_x_before(x, i, "行动") || pe_x_before(x, i, "发展") ||
			 pe_x_before(x, i, "工作") || pe_x_before(x, i, "投资") ||
			 pe_x_before(x, i, "五年") || pe_x_before(x, i, "三年"));
	if (strcmp(t, "目标") == 0)
		return d->ctx_kind == PE_KIND_ACTUAL;
	/* 模拟, 虚拟: no plan */
	if (strcmp(t, "拟") == 0)
		return i > 0 && (x->cp[i - 1] == 0x6A21 /* 模 */ || x->cp[i - 1] == 0x865A /* 虚 */ );
	/* 同比 only before a change: 同比增长, 同比下降, 同比提高 */
	return 0;
}

/*
 * Local (clause-scoped) cues within [s, e), applied to st in precedence
 * order: a cue sets the kind when its rank is above the rank of what set
 * it so far (st->rank); explicit times set kind and year outright.
 */
void
pe_kind_clause(pe_x *x, pe_xdoc *d, sentence_state *st, size_t s, size_t e)
{
	size_t		i;

	for (i = s; i < e; i++)
	{
		int			y,
					k;
		size_t		m;
		uint32_t	c = x->cp[i];

		if (!clause_cue_start(c))
			continue;
		if ((m = cue_at(x, i, pe_clause_cues, &k)) != 0)
		{
			const pe_cue *q = &pe_clause_cues[k];

			if (!st->kind_set && q->rank > st->rank && !cue_is_other_word(x, d, i, e, k))
			{
				st->rank = q->rank;
				st->why = pe_why_at(q->kind == PE_KIND_TARGET ? PE_WHY_TARGET_CUE :
									PE_WHY_ACTUAL_CUE, i, m);
				if (q->kind == PE_KIND_TARGET && st->kind != PE_KIND_TARGET)
				{
					st->kind = PE_KIND_TARGET;
					if (!st->year || st->year < (d->report_year ? d->report_year : 0))
						st->year = d->is_plan ? d->plan_end : d->report_year;
				}
				else if (q->kind == PE_KIND_ACTUAL && st->kind != PE_KIND_ACTUAL)
				{
					st->kind = PE_KIND_ACTUAL;
					/* a result is of the last year reported */
					if (d->report_year && st->year > pe_kind_last_actual(d))
						st->year = pe_kind_last_actual(d);
				}
			}
			i += m - 1;
			continue;
		}
		if ((m = pe_x_at(x, i, "到")) || (m = pe_x_at(x, i, "至")))
		{
			y = pe_x_year_at(x, i + m);
			if (y && (!d->report_year || y >= d->report_year))
			{
				st->kind = PE_KIND_TARGET;
				st->year = y;
				st->kind_set = 1;
				st->rank = PE_CUE_RANK_TIME;
				st->why = pe_why_at(PE_WHY_BY_YEAR, i, m + 5);
				i += m + 4;
				continue;
			}
		}
		y = pe_x_year_at(x, i);
		if (y)
		{
			/* "2020年,…" "2020年全市…": the figures of that year */
			int			base = d->report_year ? pe_kind_last_actual(d) + 1 :
				(d->plan_end ? d->plan_end - 4 : 0);

			if (i > 0 && (x->cp[i - 1] == 0x6BD4 /* 比 */ || x->cp[i - 1] == 0x8F83 /* 较 */ ||
						  x->cp[i - 1] == 0x662F /* 是 */ || x->cp[i - 1] == 0x7531 /* 由 */ ||
						  x->cp[i - 1] == 0x4ECE /* 从 */ ))
			{
				i += 4;
				continue;
			}
			/* 2021年,预计…: an estimated result, the report year unknown */
			if (!d->report_year && !d->is_plan &&
				year_estimated(x, i, pe_x_year_end(x, i)))
				base = y + 1;
			if (base && y < base)
			{
				st->kind = PE_KIND_ACTUAL;
				st->year = y;
				st->kind_set = 1;
				st->rank = PE_CUE_RANK_TIME;
				st->why = pe_why_at(PE_WHY_YEAR_PAST, i, 5);
			}
			else if (base && y >= base && !(i + 5 < e && pe_x_at(x, i + 5, "以来")))
			{
				st->kind = PE_KIND_TARGET;
				st->year = y;
				st->kind_set = 1;
				st->rank = PE_CUE_RANK_TIME;
				st->why = pe_why_at(PE_WHY_YEAR_FUTURE, i, 5);
			}
			i += 4;
			continue;
		}
		if (pe_x_at(x, i, "去年") && d->report_year)
		{
			st->kind = PE_KIND_ACTUAL;
			st->year = d->report_year - 1;
			st->why = pe_why_at(PE_WHY_LAST_YEAR, i, 2);
		}
		else if (pe_x_at(x, i, "今年") && d->report_year && !pe_x_at(x, i + 2, "以来"))
		{
			st->kind = PE_KIND_TARGET;
			st->year = d->report_year;
			st->why = pe_why_at(PE_WHY_THIS_YEAR, i, 2);
		}
		else if (pe_x_at(x, i, "明年") && d->report_year)
		{
			st->kind = PE_KIND_TARGET;
			st->year = d->report_year + 1;
			st->why = pe_why_at(PE_WHY_NEXT_YEAR, i, 2);
		}
	}
}

/*
 * Does the sentence [s, e) state a result by an actual cue (比上年, 同比,
 * 初步核算) and hold no target stance?  The comparison describes the whole
 * statement: in "全区实现地区生产总值434.01亿元,同比增长2.7%" the level
 * before the cue is a result as much as the growth after it.
 */
int
pe_kind_sentence_actual(pe_x *x, pe_xdoc *d, size_t s, size_t e)
{
	size_t		i;
	int			actual = 0;

	for (i = s; i < e; i++)
	{
		int			k;
		size_t		m;

		if (x->cp[i] < 0x4E00 || !filter_has(&f_clause_cue, x->cp[i]) ||
			!(m = cue_at(x, i, pe_clause_cues, &k)))
			continue;
		if (!cue_is_other_word(x, d, i, e, k))
		{
			if (pe_clause_cues[k].kind == PE_KIND_TARGET)
				return 0;
			actual = 1;
		}
		i += m - 1;
	}
	return actual;
}

/* the first actual cue of the sentence [s, e), for plan_indicators_explain */
static pe_why
sentence_actual_cue(pe_x *x, pe_xdoc *d, size_t s, size_t e)
{
	size_t		i,
				m;
	int			k;

	for (i = s; i < e; i++)
		if (x->cp[i] >= 0x4E00 && filter_has(&f_clause_cue, x->cp[i]) &&
			(m = cue_at(x, i, pe_clause_cues, &k)) != 0 &&
			pe_clause_cues[k].kind == PE_KIND_ACTUAL && !cue_is_other_word(x, d, i, e, k))
			return pe_why_at(PE_WHY_SENTENCE_ACTUAL, i, m);
	return pe_why_at(PE_WHY_SENTENCE_ACTUAL, s, 0);
}

/* start the clauses of a sentence: the actual cue of the sentence applies */
void
pe_kind_sentence_start(pe_x *x, pe_xdoc *d, sentence_state *st, size_t s, size_t e)
{
	if (st->rank < PE_CUE_RANK_ACTUAL && pe_kind_sentence_actual(x, d, s, e))
	{
		st->kind = PE_KIND_ACTUAL;
		st->rank = PE_CUE_RANK_ACTUAL;
		st->why = sentence_actual_cue(x, d, s, e);
		if (d->report_year && st->year > pe_kind_last_actual(d))
			st->year = pe_kind_last_actual(d);
	}
}
