/*-------------------------------------------------------------------------
 *
 * pe_clause.c
 *	  The clause stage of the indicator extractor: the text is read from
 *	  sentence end to sentence end (documents pasted together are split,
 *	  heading lines set the section path and the running context); each
 *	  sentence with a figure is split into clauses, and each clause's
 *	  figures are read, grouped (分别增长8%和9%), named, measured and
 *	  emitted as rows.
 *
 * IDENTIFICATION
 *	  src/core/pe_clause.c
 *
 *-------------------------------------------------------------------------
 */
#include "pe_xtext.h"
#include "pe_extract_words.h"
#include "pe_kind.h"
#include "pe_outline.h"
#include "pe_docinfo.h"

#ifdef PE_EXTRACT_DEBUG
#include <stdio.h>
#endif
#include <string.h>

/* ------------------------------------------------------------------ */
/* clause processing												   */
/* ------------------------------------------------------------------ */


static int
pe_connector_span(pe_x *x, size_t s, size_t e)
{
	size_t		i;

	for (i = s; i < e; i++)
	{
		uint32_t	c = x->cp[i];

		if (c == 0x3001 || c == 0x548C || c == 0x53CA || c == 0x4E0E || c == ' ' ||
			c == 0x3000)
			continue;
		return 0;
	}
	return 1;
}

/*
 * Find the figures of the clause [cs, ce) into ms (at most MAXM); returns
 * their number.  Arabic figures always; a unitless number followed by
 * 和/、 and a number with a unit takes that unit; Chinese numerals count
 * only with their unit.
 */
static int
clause_find_mentions(pe_x *x, size_t cs, size_t ce, mention *ms)
{
	int			nm = 0;
	size_t		i = cs;

	while (i < ce && nm < MAXM)
	{
		if (pe_x_digit(x->cp[i]) >= 0 &&
			(i == 0 || (pe_x_digit(x->cp[i - 1]) < 0 && x->cp[i - 1] != '.')))
		{
			mention    *m = &ms[nm];
			size_t		nx = pe_mention_read(x, i, ce, m, 0, 0);

			if (nx == 0)
			{
				i++;
				continue;
			}
			m->skip = pe_mention_noise(x, m);
			/* unitless number followed by 和/、 and a number with a unit */
			if (!m->unit && m->num_end + 1 < ce &&
				(x->cp[m->num_end] == 0x548C || x->cp[m->num_end] == 0x3001) &&
				pe_x_digit(x->cp[m->num_end + 1]) >= 0 &&
				m->num_start > 0 && !pe_x_latin(x->cp[m->num_start - 1]) &&
				x->cp[m->num_start - 1] != 0x7B2C)
			{
				mention		tmp;

				if (pe_mention_read(x, m->num_end + 1, ce, &tmp, 0, 0) && tmp.unit && (is_pct(tmp.unit) || tmp.unit_end > tmp.unit_start))
				{
					m->unit = tmp.unit;
					m->skip = 0;
				}
			}
			nm++;
			i = nx;
			continue;
		}

		/*
		 * Chinese numerals (十年, 三个, 一百二十家, 两千万元): only at the
		 * start of a numeral, and only when a numeral character or a unit
		 * follows, so that the scanner runs at few places.
		 */
		if (i + 1 < ce && x_han_lead(x->cp[i]) && x_han_candidate(x, i))
		{
			mention    *m = &ms[nm];
			size_t		nx = pe_mention_read(x, i, ce, m, 0, 1);

			/* a Chinese numeral counts only with its unit */
			if (nx != 0 && m->unit && !(m->skip = pe_mention_noise(x, m)))
			{
				nm++;
				i = nx;
				continue;
			}
		}
		i++;
	}
	return nm;
}

/*
 * Mark the "from" values of the clause (skip = 2): 由1.87%提高到2.85%,
 * 从43万人增长至56万人, 由2015年的19家发展到45家.
 */
static void
clause_drop_from_values(pe_x *x, size_t cs, mention *ms, int nm)
{
	int			g;

	for (g = 0; g + 1 < nm; g++)
	{
		size_t		a = ms[g].end,
					b = ms[g + 1].num_start;
		int			sign;
		size_t		after;

		if (ms[g].skip)
			continue;
		if (b > a && b - a <= 4 && pe_change_word(x, a, b, &sign, &after) &&
			(pe_x_at(x, after, "到") || pe_x_at(x, after, "至")))
			ms[g].skip = 2;
		else if (b > a && b - a <= 2 && (pe_x_at(x, a, "到") || pe_x_at(x, a, "至")))
			ms[g].skip = 2;
		else if (b > a && b - a <= 4 && (x->cp[b - 1] == 0x5230 || x->cp[b - 1] == 0x81F3) &&
				 (pe_x_rfind(x, ms[g].start > cs + 12 ? ms[g].start - 12 : cs, ms[g].start, "由") != (size_t) -1 ||
				  pe_x_rfind(x, ms[g].start > cs + 12 ? ms[g].start - 12 : cs, ms[g].start, "从") != (size_t) -1))
			ms[g].skip = 2;		/* 由2015年的19家发展到45家 */
	}
}

/*
 * A group [g, h) of consecutive figures joined by connectors (分别增长8%和
 * 9%) and what is read from the name region before its first figure.
 * sign/after carry the latest change word from figure to figure.
 */
typedef struct clause_group
{
	int			g,
				h;
	size_t		rs,				/* start of the name region */
				ns,
				ne;				/* the cleaned name [ns, ne) */
	size_t		name_s;			/* ns, or (size_t) -1 with no name before */
	size_t		obj_end;		/* end of a naming object after the figure */
	char	   *items[8];
	int			nitems;
	int			distrib;		/* 分别 or 均 before the first figure */
	int			sign,
				has_change;
	size_t		after;
	pe_qualifier tail_q;		/* trailing qualifier of a list */
} clause_group;

/*
 * The end h of the group starting at figure g: figures with units joined
 * by 、/和/及/与 or blanks.
 */
static int
group_extent(pe_x *x, const mention *ms, int nm, int g)
{
	int			h = g + 1;

	while (h < nm && !ms[h].skip && pe_connector_span(x, ms[h - 1].end, ms[h].start) &&
		   ms[h].unit && ms[h - 1].unit)
		h++;
	return h;
}

/*
 * Name the group from prev_end to its first figure: split into one name
 * per figure (or per 分别/均 item) when the counts fit, else one name;
 * with no name, the subject of an earlier clause of the sentence.
 */
static void
group_name(pe_x *x, const sentence_state *st, const mention *ms,
		   clause_group *cg, size_t prev_end)
{
	int			g = cg->g,
				h = cg->h,
				k;

	cg->rs = prev_end;
	cg->ns = cg->rs;
	cg->ne = ms[g].start;
	pe_name_clean(x, &cg->ns, &cg->ne);
	cg->distrib = pe_x_find(x, cg->rs, ms[g].start, "分别") != (size_t) -1 ||
		pe_x_find(x, cg->rs, ms[g].start, "均") != (size_t) -1;
	if (cg->ne > cg->ns)
	{
		cg->name_s = cg->ns;
		cg->nitems = pe_name_split(x, cg->ns, cg->ne, h - g, cg->items, 8);
		if (cg->nitems < 2 || (!cg->distrib && cg->nitems != h - g))
		{
			cg->nitems = 1;
			cg->items[0] = pe_name_text(x, cg->ns, cg->ne, 0, 0);
		}
		if (cg->nitems > 1 && h - g > 1 && cg->nitems != h - g)
		{
			cg->nitems = 1;
			cg->items[0] = pe_name_text(x, cg->ns, cg->ne, 0, 0);
		}
	}
	else if (st->nitems)
	{
		cg->nitems = st->nitems;
		for (k = 0; k < cg->nitems; k++)
			cg->items[k] = st->items[k];
	}
	else
	{
		cg->nitems = 0;
	}
}

/*
 * The object after the figure names it: with a counting unit
 * (成立7个课题组), or when nothing before the figure does
 * (完成223.76万平方米拆迁任务), or after a Chinese numeral
 * (十年禁渔: a duration of the thing that follows).
 */
static void
group_object_name(pe_x *x, const mention *ms, size_t ce, clause_group *cg)
{
	const mention *m = &ms[cg->g];

	if (cg->h - cg->g == 1 && m->unit &&
		(pe_x_any_at(x, m->unit_start + (m->unit_end - m->unit_start) - 1,
					 classifier_units, NULL) || cg->nitems == 0 || m->han) &&
		m->end < ce && pe_is_han(x->cp[m->end]) &&
		!pe_x_any_at(x, m->end, predicate_words, NULL))
	{
		size_t		os = m->end,
					oe = os;

		while (oe < ce && oe - os < 20 && (pe_is_han(x->cp[oe]) ||
										   pe_x_latin(x->cp[oe]) ||
										   x->cp[oe] == 0x201C || x->cp[oe] == 0x201D ||
										   x->cp[oe] == '(' || x->cp[oe] == ')') &&
			   pe_x_digit(x->cp[oe]) < 0)
			oe++;
		/* the counted object names the figure: 成立7个课题组 -> 课题组 */
		if (oe - os >= 2 && cg->nitems <= 1)
		{
			cg->nitems = 1;
			cg->items[0] = pe_name_text(x, os, oe, 0, 0);
			cg->obj_end = oe;
		}
	}
}

/*
 * A change word between the name and the first figure (工业增加 is a
 * name, so only after it); 提高到/增长至/增加为 is a level, no change.
 */
static void
group_change(pe_x *x, const mention *ms, clause_group *cg)
{
	cg->has_change = pe_change_word(x, cg->name_s != (size_t) -1 ? cg->ne : cg->rs,
									ms[cg->g].start, &cg->sign, &cg->after);
	if (cg->has_change && (pe_x_at(x, cg->after, "到") || pe_x_at(x, cg->after, "至") ||
						   pe_x_at(x, cg->after, "为")))
		cg->has_change = 0;
}

/*
 * The qualifier of figure m: its own, else one written before it (左右,
 * 以上 words before the number, 在…以上), else the trailing qualifier of
 * its list.
 */
static pe_qualifier
mention_qualifier(pe_x *x, const mention *m, const clause_group *cg)
{
	pe_qualifier q = m->qual;

	if (q == PE_QUAL_EXACT)
	{
		if (pe_x_any_before(x, m->start, about_pre, NULL))
			q = PE_QUAL_ABOUT;
		else if (pe_x_any_before(x, m->start, least_pre, NULL))
			q = PE_QUAL_AT_LEAST;
		else if (pe_x_any_before(x, m->start, most_pre, NULL))
			q = PE_QUAL_AT_MOST;
		else if (pe_x_before(x, m->start, "在") &&
				 (pe_x_any_before(x, m->start - 1, least_pre, NULL)))
			q = PE_QUAL_AT_LEAST;
		else if (cg->h - cg->g > 1 && cg->tail_q != PE_QUAL_EXACT && cg->tail_q != PE_QUAL_RANGE)
			q = cg->tail_q;
	}
	return q;
}

/*
 * The measure of figure k (level, growth or delta) and its sign *sg: a
 * later figure of a group may have its own change word after pre_s
 * (which then carries on to the following figures).
 */
static pe_measure
mention_measure(pe_x *x, const mention *ms, int k, size_t pre_s,
				clause_group *cg, int *sg)
{
	const mention *m = &ms[k];
	pe_measure	meas = PE_MEASURE_LEVEL;
	int			ch = cg->has_change;
	size_t		j;

	*sg = 1;
	if (k > cg->g)
	{
		int			s2;
		size_t		a2;

		if (pe_change_word(x, pre_s, m->start, &s2, &a2))
		{
			ch = !(pe_x_at(x, a2, "到") || pe_x_at(x, a2, "至") ||
				   pe_x_at(x, a2, "为"));
			cg->sign = s2;
			cg->after = a2;
		}
	}
	if (is_points(m->unit))
	{
		meas = PE_MEASURE_DELTA;
		*sg = ch ? cg->sign : 1;
	}
	else if (is_pct(m->unit))
	{
		int			cpi = 0;

		for (j = 0; j < (size_t) cg->nitems; j++)
			if (strstr(cg->items[j], "居民消费价格") || strstr(cg->items[j], "物价") ||
				strstr(cg->items[j], "CPI"))
				cpi = 1;
		if (ch || cpi)
		{
			meas = PE_MEASURE_GROWTH;
			*sg = ch ? cg->sign : 1;
		}
	}
	else if (ch && (pe_x_rfind(x, pre_s, m->start, "净增") != (size_t) -1 ||
					pe_x_rfind(x, pre_s, m->start, "净减") != (size_t) -1 ||
					pe_x_rfind(x, pre_s, m->start, "增加") != (size_t) -1 ||
					pe_x_rfind(x, pre_s, m->start, "减少") != (size_t) -1 ||
					pe_x_rfind(x, pre_s, m->start, "提高") != (size_t) -1 ||
					pe_x_rfind(x, pre_s, m->start, "下降") != (size_t) -1))
	{
		meas = PE_MEASURE_DELTA;
		*sg = cg->sign;
	}
	return meas;
}

/*
 * The period of figure m: bracketed (cumulative), 年均 or 累计 earlier in
 * the clause, else one year.
 */
static pe_period
mention_period(pe_x *x, const mention *m, size_t cs)
{
	if (m->bracket)
		return PE_PERIOD_CUMULATIVE;
	if (pe_x_find(x, cs, m->start, "年均") != (size_t) -1)
		return PE_PERIOD_ANNUAL_AVG;
	if (pe_x_find(x, cs, m->start, "累计") != (size_t) -1)
		return PE_PERIOD_CUMULATIVE;
	return PE_PERIOD_YEAR;
}

/*
 * Emit the rows of figure k with their names: one name per figure
 * (distributed), every name for one figure (均: replicated), or one
 * shared name; the source span runs from the name to the figure (or the
 * end of the group, or of a naming object).
 */
static void
mention_emit(pe_x *x, pe_xdoc *d, sentence_state *st, mention *ms, int k,
			 const clause_group *cg, size_t pre_s,
			 pe_measure meas, int sg, pe_period per, pe_qualifier q)
{
	mention    *m = &ms[k];
	int			g = cg->g,
				h = cg->h,
				rep,
				nrep;
	const char *nm_;
	size_t		qs;

	qs = (cg->name_s != (size_t) -1) ? cg->name_s : pre_s;
	while (qs < m->start && (is_sep(x->cp[qs]) || x->cp[qs] == 0x3001 ||
							 x->cp[qs] == ' '))
		qs++;
	if (cg->nitems > 1 && h - g == cg->nitems)
	{
		nm_ = cg->items[k - g];
		nrep = 1;
	}
	else if (cg->nitems > 1 && h - g == 1 && cg->distrib)
		nrep = cg->nitems, nm_ = NULL;
	else
	{
		nm_ = cg->nitems ? cg->items[0] : "";
		nrep = 1;
		if (cg->nitems > 1)
			nm_ = pe_name_text(x, cg->ns, cg->ne, 0, 0);
	}
	for (rep = 0; rep < nrep; rep++)
		pe_row_emit(x, d, st, m, nm_ ? nm_ : cg->items[rep],
					k == g ? qs : (h - g > 1 ? qs : pre_s),
					(h - g > 1) ? ms[h - 1].end : (cg->obj_end > m->end ? cg->obj_end : m->end),
					meas, sg, per, q);
}

/*
 * Read one group of figures [g, h) named from prev_end: name it, then
 * give each figure its qualifier, measure and period and emit it; the
 * group's names become the subject for later clauses of the sentence.
 */
static void
group_read(pe_x *x, pe_xdoc *d, sentence_state *st, mention *ms,
		   int g, int h, size_t prev_end, size_t cs, size_t ce)
{
	clause_group cg;
	int			k;

	memset(&cg, 0, sizeof(cg));
	cg.g = g;
	cg.h = h;
	cg.sign = 1;
	cg.after = 0;
	cg.name_s = (size_t) -1;
	cg.obj_end = 0;
	group_name(x, st, ms, &cg, prev_end);
	group_object_name(x, ms, ce, &cg);
	cg.tail_q = ms[h - 1].qual;
	group_change(x, ms, &cg);
	for (k = g; k < h; k++)
	{
		size_t		pre_s = (k == g) ? (cg.name_s != (size_t) -1 ? cg.ne : cg.rs) : ms[k - 1].end;
		pe_qualifier q = mention_qualifier(x, &ms[k], &cg);
		int			sg;
		pe_measure	meas = mention_measure(x, ms, k, pre_s, &cg, &sg);
		pe_period	per = mention_period(x, &ms[k], cs);

		mention_emit(x, d, st, ms, k, &cg, pre_s, meas, sg, per, q);
	}
	if (cg.nitems > 0)
	{
		st->nitems = cg.nitems;
		for (k = 0; k < cg.nitems; k++)
			st->items[k] = cg.items[k];
	}
}

/*
 * Process one clause [cs, ce) of a sentence: find its figures, drop the
 * "from" values, and read each group of figures (a figure that is no
 * figure, 2015年 or 第4位, or a "from" value stays inside the name region
 * of the next group).
 */
static void
clause_read(pe_x *x, pe_xdoc *d, sentence_state *st, size_t cs, size_t ce)
{
	mention		ms[MAXM];
	int			nm,
				g = 0;
	size_t		prev_end = cs;

	pe_kind_clause(x, d, st, cs, ce);
	nm = clause_find_mentions(x, cs, ce, ms);
	if (nm == 0)
		return;
	clause_drop_from_values(x, cs, ms, nm);
	while (g < nm)
	{
		int			h;

		if (ms[g].skip)
		{
			g++;
			continue;
		}
		h = group_extent(x, ms, nm, g);
		group_read(x, d, st, ms, g, h, prev_end, cs, ce);
		prev_end = ms[h - 1].end;
		g = h;
	}
}
/* ------------------------------------------------------------------ */
/* sections (a light outline of heading lines)						   */
/* ------------------------------------------------------------------ */

static int
pe_heading_level(pe_x *x, size_t s, size_t e)
{
	size_t		i = s;

	while (i < e && (x->cp[i] == ' ' || x->cp[i] == 0x3000 || x->cp[i] == '\t'))
		i++;
	if (e - i > 40 || e <= i)
		return 0;
	if (pe_x_find(x, i, e, "。") != (size_t) -1)
		return 0;
	if (pe_x_at(x, i, "第") && (pe_x_find(x, i, i + 5 < e ? i + 5 : e, "章") != (size_t) -1 ||
								pe_x_find(x, i, i + 5 < e ? i + 5 : e, "篇") != (size_t) -1))
		return 1;
	if (pe_x_at(x, i, "第") && pe_x_find(x, i, i + 5 < e ? i + 5 : e, "节") != (size_t) -1)
		return 3;
	{
		size_t		j = i;

		while (j < e && j < i + 3 && (x->cp[j] == 0x4E00 || x->cp[j] == 0x4E8C ||
									  x->cp[j] == 0x4E09 || x->cp[j] == 0x56DB ||
									  x->cp[j] == 0x4E94 || x->cp[j] == 0x516D ||
									  x->cp[j] == 0x4E03 || x->cp[j] == 0x516B ||
									  x->cp[j] == 0x4E5D || x->cp[j] == 0x5341))
			j++;
		if (j > i && j < e && x->cp[j] == 0x3001)
			return 2;
		if (i < e && (x->cp[i] == '(' || x->cp[i] == 0xFF08) && j == i)
		{
			j = i + 1;
			while (j < e && j < i + 4 && (x->cp[j] == 0x4E00 || x->cp[j] == 0x4E8C ||
										  x->cp[j] == 0x4E09 || x->cp[j] == 0x56DB ||
										  x->cp[j] == 0x4E94 || x->cp[j] == 0x516D ||
										  x->cp[j] == 0x4E03 || x->cp[j] == 0x516B ||
										  x->cp[j] == 0x4E5D || x->cp[j] == 0x5341))
				j++;
			if (j > i + 1 && j < e && (x->cp[j] == ')' || x->cp[j] == 0xFF09))
				return 3;
		}
	}
	return 0;
}

static void
pe_section_update(pe_x *x, size_t s, size_t e, int level)
{
	size_t		i = s;
	int			l;

	while (i < e && (x->cp[i] == ' ' || x->cp[i] == 0x3000 || x->cp[i] == '\t'))
		i++;
	while (e > i && (x->cp[e - 1] == ' ' || x->cp[e - 1] == '\r'))
		e--;
	x->sec_s[level] = i;
	x->sec_e[level] = e;
	for (l = level + 1; l < 4; l++)
		x->sec_s[l] = x->sec_e[l] = 0;
	/* build "A > B > C" */
	{
		size_t		total = 1;
		char	   *o,
				   *p;

		for (l = 0; l < 4; l++)
			if (x->sec_e[l] > x->sec_s[l])
				total += x->boff[x->sec_e[l]] - x->boff[x->sec_s[l]] + 3;
		o = pe_arena_alloc(x->arena, total);
		if (!o)
			return;
		p = o;
		for (l = 0; l < 4; l++)
			if (x->sec_e[l] > x->sec_s[l])
			{
				size_t		bl = x->boff[x->sec_e[l]] - x->boff[x->sec_s[l]];

				if (p != o)
				{
					memcpy(p, " > ", 3);
					p += 3;
				}
				memcpy(p, x->doc + x->boff[x->sec_s[l]], bl);
				p += bl;
			}
		*p = '\0';
		x->section = o;
	}
}

/* a comma between digit groups: 1,000 (three digits, then no digit) */
static int
pe_thousands_sep(const pe_x *x, size_t k)
{
	return (x->cp[k] == ',' || x->cp[k] == 0xFF0C) && k > 0 && k + 3 < x->n &&
		pe_x_digit(x->cp[k - 1]) >= 0 && pe_x_digit(x->cp[k + 1]) >= 0 &&
		pe_x_digit(x->cp[k + 2]) >= 0 && pe_x_digit(x->cp[k + 3]) >= 0 &&
		(k + 4 >= x->n || pe_x_digit(x->cp[k + 4]) < 0);
}

/*
 * Does the sentence [ss, se) hold a digit or a Chinese-numeral candidate
 * (x_han_candidate)?  Only such sentences are read clause by clause.
 */
int
pe_sentence_figure(const pe_x *x, size_t ss, size_t se, unsigned flags)
{
	size_t		i;

	if (flags & SF_DIGIT)
		return 1;
	if (!(flags & SF_HAN))
		return 0;
	for (i = ss; i < se; i++)
		if (x_han_lead(x->cp[i]) && x_han_candidate(x, i))
			return 1;
	return 0;
}


/*
 * The last sentence that may give a row: nothing after it can (the
 * running context only flows forward), so the pass stops there.
 * (size_t) -1 when there is none.
 */
size_t
pe_last_figure_sentence(const pe_x *x, const pe_sentences *sn)
{
	size_t		k = sn->n + 1;

	while (k-- > 0)
	{
		size_t		se = k < sn->n ? sn->end[k] : x->n,
					ss = k > 0 ? sn->end[k - 1] + 1 : 0;
		unsigned	f = k < sn->n ? sn->flags[k] : sn->last_flags;

		if (se > ss && !x->skip[ss] && pe_sentence_figure(x, ss, se, f))
			return k;
	}
	return (size_t) -1;
}

/* the documents of a text: their first characters, in order */
typedef struct doc_list
{
	size_t	   *starts;
	size_t		n;
	size_t		next;			/* the next document to start */
} doc_list;

/*
 * Documents pasted into one text: the outline concern splits them (one
 * line holds one document).  -1 when out of memory.
 */
static int
split_documents(pe_x *x, size_t nlines, doc_list *dl)
{
	pe_text_span *spans = NULL;
	size_t		nspans = 0,
				i;

	if (nlines > 0 &&
		pe_split_documents(x->doc, x->len, x->arena, &spans, &nspans) < 0)
		return -1;
	dl->starts = pe_arena_alloc(x->arena, (nspans + 1) * sizeof(size_t));
	if (!dl->starts)
		return -1;
	for (i = 0; i < nspans; i++)
		dl->starts[i] = pe_x_char_of(x, spans[i].start);
	dl->n = nspans;
	dl->next = 1;
	return 0;
}

/*
 * At the end of the line [line_s, se): the next of several pasted
 * documents starts (pe_split_documents), or a heading line updates the
 * section path and the running context.
 */
static void
line_end(pe_x *x, pe_xdoc *d, doc_list *dl, size_t line_s, size_t se, int report_year)
{
	int			lvl;

	if (dl->next < dl->n && se + 1 >= dl->starts[dl->next])
	{
		d->start = dl->starts[dl->next];
		d->end = dl->next + 1 < dl->n ? dl->starts[dl->next + 1] : x->n;
		dl->next++;
		pe_doc_facts(x, d, report_year);
		memset(x->sec_s, 0, sizeof(x->sec_s));
		memset(x->sec_e, 0, sizeof(x->sec_e));
		x->section = NULL;
	}
	else if ((lvl = pe_heading_level(x, line_s, se)) > 0 && !x->skip[line_s])
	{
		pe_section_update(x, line_s, se, lvl);
		/* a vision year (2035年远景目标) ends with its section */
		if (d->plan_end && d->ctx_year > d->plan_end)
		{
			d->ctx_year = d->plan_end;
			d->ctx_why = pe_why_at(PE_WHY_VISION_END, line_s, 0);
		}
		(void) pe_kind_sentence(x, d, line_s, se);
	}
}

/*
 * The sentence [ss, se): the running context from its opening, then,
 * where it holds a figure, its clauses (split at , ; : but not inside
 * 1,000).
 */
static void
read_sentence(pe_x *x, pe_xdoc *d, size_t ss, size_t se, int figure)
{
	sentence_state st;
	size_t		cs = ss,
				j;
	int			own = pe_kind_sentence(x, d, ss, se);

#ifdef PE_EXTRACT_DEBUG
	fprintf(stderr, "ctx %d %d @%zu %.60s\n", d->ctx_kind, d->ctx_year, ss, x->doc + x->boff[ss]);
#endif
	memset(&st, 0, sizeof(st));
	st.kind = d->ctx_kind;
	st.year = d->ctx_year;
	st.why = d->ctx_why;
	st.rank = own ? PE_CUE_RANK_STANCE : d->ctx_rank;
	/* clauses only matter where there is a figure */
	if (!figure)
		return;
	pe_kind_sentence_start(x, d, &st, ss, se);
	for (j = ss; j <= se; j++)
	{
		if (j == se || (is_sep(x->cp[j]) && !pe_thousands_sep(x, j)))
		{
			if (j > cs)
				clause_read(x, d, &st, cs, j);
			cs = j + 1;
		}
	}
}

/*
 * Documents, sentences, clauses: one pass from sentence end to sentence
 * end up to the last sentence with a figure.  Sets *nspans to the number
 * of pasted documents; -1 when out of memory.
 */
int
pe_read_sentences(pe_x *x, const pe_sentences *sn, size_t last_fig,
				  int report_year, size_t *nspans, pe_extract_result *result)
{
	size_t		ss = 0,			/* sentence start */
				checked = 0,
				line_s = 0,
				k;
	pe_xdoc		d;
	doc_list	dl;

	if (split_documents(x, sn->nlines, &dl) < 0)
		return -1;
	*nspans = dl.n;
	memset(&d, 0, sizeof(d));
	d.start = 0;
	d.end = dl.n > 1 ? dl.starts[1] : x->n;
	pe_doc_facts(x, &d, report_year);
	for (k = 0; k <= last_fig; k++)
	{
		size_t		se = k < sn->n ? sn->end[k] : x->n;

		if (x->interrupt && se - checked >= 0x4000)
		{
			checked = se;
			if (x->interrupt(x->interrupt_arg))
			{
				result->aborted = 1;
				break;
			}
		}
		if (se == x->n || x->cp[se] == '\n')
		{
			line_end(x, &d, &dl, line_s, se, report_year);
			line_s = se + 1;
		}
		if (se > ss && !x->skip[ss])
			read_sentence(x, &d, ss, se, k == last_fig ||
						  pe_sentence_figure(x, ss, se, k < sn->n ? sn->flags[k] : sn->last_flags));
		ss = se + 1;
	}
	return 0;
}
